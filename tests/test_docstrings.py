"""Every public name of kg has a docstring: the API reference is read from them.

Public means: a module of the kg package whose dotted name has no part starting with
``_``; a class or function defined in such a module (its ``__module__``) whose name does
not start with ``_``; and the methods and properties defined in such a class whose names
do not start with ``_``. A method that overrides a documented one inherits its docstring,
as documentation tools show it; a class must have its own.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from types import ModuleType

import kg


def public_modules() -> Iterator[ModuleType]:
    """kg and every public module under it, imported."""
    yield kg
    for info in pkgutil.walk_packages(kg.__path__, "kg."):
        if any(part.startswith("_") for part in info.name.split(".")):
            continue
        yield importlib.import_module(info.name)


def _documented(doc: str | None) -> bool:
    return bool(doc and doc.strip())


def _own_class_doc(cls: type) -> str | None:
    doc = cls.__dict__.get("__doc__")
    # dataclasses and NamedTuples write their signature where a docstring is missing.
    if doc and doc.startswith(f"{cls.__name__}("):
        return None
    return doc


def _members(cls: type) -> Iterator[tuple[str, str | None]]:
    """The public methods and properties defined in ``cls``, with their docstrings."""
    for name, value in vars(cls).items():
        if name.startswith("_"):
            continue
        if isinstance(value, staticmethod | classmethod):
            value = value.__func__
        if isinstance(value, property):
            doc = value.__doc__ or (value.fget.__doc__ if value.fget else None)
            if not _documented(doc):
                doc = inspect.getdoc(getattr(cls, name, None))
            yield name, doc
        elif inspect.isfunction(value):
            yield name, inspect.getdoc(getattr(cls, name))


def undocumented() -> list[str]:
    """Dotted names of the public modules, classes, functions, methods and properties
    that have no docstring."""
    missing: list[str] = []
    for module in public_modules():
        if not _documented(module.__doc__):
            missing.append(module.__name__)
        for name, value in sorted(vars(module).items()):
            if name.startswith("_") or getattr(value, "__module__", None) != module.__name__:
                continue
            qualified = f"{module.__name__}.{name}"
            if inspect.isclass(value):
                if not _documented(_own_class_doc(value)):
                    missing.append(qualified)
                missing.extend(
                    f"{qualified}.{member}"
                    for member, doc in _members(value)
                    if not _documented(doc)
                )
            elif inspect.isfunction(value) and not _documented(value.__doc__):
                missing.append(qualified)
    return missing


def test_walk_finds_the_public_api() -> None:
    # A walk that saw nothing would pass the test below for no reason.
    modules = {m.__name__ for m in public_modules()}
    assert {"kg", "kg.graph", "kg.model", "kg.extract.people", "kg.serve"} <= modules
    assert not any(part.startswith("_") for m in modules for part in m.split("."))


def test_every_public_name_has_a_docstring() -> None:
    missing = undocumented()
    assert not missing, "public names without a docstring:\n  " + "\n  ".join(missing)
