"""The README's examples run: the command-line tour, the Python API, and the SPARQL
endpoint with curl and with SPARQLWrapper, against a real ``kg serve`` of the samples."""

from __future__ import annotations

import gc
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

import kg
from kg.graph import KnowledgeGraph
from tests.serving import start, stop

README = Path(__file__).resolve().parents[1] / "README.md"
SAMPLES = Path(str(resources.files("kg.resources").joinpath("samples")))
# The address the README's endpoint examples use; the tests put the server's in its place.
DOCUMENTED = "http://127.0.0.1:8000/sparql"


def blocks(language: str) -> list[str]:
    """The README's fenced code blocks in ``language``."""
    text = README.read_text(encoding="utf-8")
    return re.findall(rf"^```{language}\n(.*?)^```", text, re.M | re.S)


def block(language: str, containing: str) -> str:
    """The one block in ``language`` that contains ``containing``."""
    found = [b for b in blocks(language) if containing in b]
    assert len(found) == 1, f"README: {len(found)} {language} blocks contain {containing!r}"
    return found[0]


def commands(shell: str) -> list[str]:
    """The commands of a shell block, one a line (continuations joined, comments cut)."""
    joined = shell.replace("\\\n", " ")
    lines = (re.sub(r"\s+#.*$", "", line).strip() for line in joined.splitlines())
    return [line for line in lines if line]


def test_the_tour_runs(tmp_path: Path) -> None:
    kg_command = Path(sys.executable).with_name("kg")
    if not kg_command.exists():
        pytest.skip(f"no kg command beside {sys.executable}")
    # The tour's paths, relative to the repository, laid out in a scratch folder.
    (tmp_path / ".venv" / "bin").mkdir(parents=True)
    (tmp_path / ".venv" / "bin" / "kg").symlink_to(kg_command)
    (tmp_path / "src" / "kg" / "resources").mkdir(parents=True)
    (tmp_path / "src" / "kg" / "resources" / "samples").symlink_to(SAMPLES)
    tour = commands(block("sh", "kg extract src/kg/resources/samples"))
    assert len(tour) >= 8
    for command in tour:
        if " serve " in command:  # it would serve until stopped: the tests below run it
            continue
        done = subprocess.run(
            ["bash", "-c", command], cwd=tmp_path, capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, f"{command}\n{done.stderr}"
        if "--named posts-of 高晓梅" in command:
            assert "青山区长" in done.stdout
    assert {"graph-store", "graph.html", "graph.trig"} <= {p.name for p in tmp_path.iterdir()}


def test_the_python_api_example_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(SAMPLES, tmp_path / "articles")
    exec(compile(block("python", "KnowledgeGraph("), "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert "光明区 convened 2021年宣传思想文化工作会议" in printed
    assert "6 articles" in printed and "0 errors" in printed
    assert (tmp_path / "graph.graphml").stat().st_size and (tmp_path / "graph.html").stat().st_size


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The SPARQL endpoint of a ``kg serve`` process over a store built from the samples."""
    store = tmp_path_factory.mktemp("readme") / "store"
    graph = KnowledgeGraph(store)
    assert graph.add(kg.load_articles(SAMPLES)).articles == 6
    graph.close()
    del graph
    gc.collect()  # the last reference gone, the server can open the store
    server = start(store)
    try:
        yield server.sparql
    finally:
        stop(server)


def test_the_curl_example(endpoint: str) -> None:
    if shutil.which("curl") is None:
        pytest.skip("curl is not installed")
    [command] = [c for c in commands(block("sh", "curl ")) if c.startswith("curl ")]
    assert DOCUMENTED in command
    done = subprocess.run(
        ["bash", "-c", command.replace(DOCUMENTED, endpoint) + " --fail --silent --show-error"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert sorted(done.stdout.split()) == ["post", "青山区委副书记", "青山区长"]


def test_the_sparqlwrapper_example(endpoint: str, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("SPARQLWrapper")
    code = block("python", "SPARQLWrapper(")
    assert DOCUMENTED in code
    exec(compile(code.replace(DOCUMENTED, endpoint), "README.md", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    attendees = {"何文澜", "周建国", "林志远", "陈思雨", "高晓梅"}
    assert {line.split()[1] for line in printed} == attendees
    assert {line.split()[0] for line in printed} == {
        "2024年宣传思想文化工作会议",
        "全国文明城区创建动员大会",
    }
