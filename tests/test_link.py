"""Which place or body a post belongs to, the key that keeps two persons of one name apart."""

from __future__ import annotations

import pytest

from kg.link import jurisdiction


@pytest.mark.parametrize(
    ("post", "owner"),
    [
        ("江川市青山区委书记", ("Place", "青山区")),
        ("南湾市龙湖区副区长", ("Place", "龙湖区")),
        ("青山区常务副区长", ("Place", "青山区")),
        ("国务院副总理", ("Organization", "国务院")),
        ("秘书长", None),
        # A title or a body ending in 区 or 村 is no place.
        ("常务副区长", None),
        ("区农业农村局局长", None),
    ],
)
def test_the_jurisdiction_of_a_post(post: str, owner: tuple[str, str] | None) -> None:
    assert jurisdiction(post) == owner
