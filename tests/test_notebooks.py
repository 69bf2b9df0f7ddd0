"""The notebooks in notebooks/ run from a clean kernel, as a user runs them, and are
committed without outputs.

Each runs in a fresh IPython kernel (nbclient) with the notebook's folder as working
directory, as Jupyter does; temporary folders go under the test's own. The corpus
notebook reads the politics corpus in ../shared where it is present, else the samples.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
PATHS = sorted(NOTEBOOKS.glob("*.ipynb"))
# matplotlib's inline backend: figures are drawn with Agg into PNG outputs, never in a window.
INLINE = "module://matplotlib_inline.backend_inline"


def test_there_are_notebooks() -> None:
    assert {p.name for p in PATHS} >= {"quickstart.ipynb", "corpus.ipynb"}


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.name)
def test_committed_without_outputs(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    dirty = [
        index
        for index, cell in enumerate(notebook.cells)
        if cell.cell_type == "code" and (cell.outputs or cell.execution_count is not None)
    ]
    assert not dirty, f"{path.name}: cells {dirty} have outputs; clear them before committing"


def _outputs(notebook: Any, kind: str) -> list[Any]:
    """The data of every output of MIME type ``kind``."""
    return [
        output["data"][kind]
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.outputs
        if kind in output.get("data", {})
    ]


def _stderr(notebook: Any) -> str:
    return "".join(
        output["text"]
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.outputs
        if output.output_type == "stream" and output.name == "stderr"
    )


def _run(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("MPLBACKEND", INLINE)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    # jupyter_core's warning about its future paths says nothing about the notebooks.
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")
    notebook = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        kernel_name="python3",
        timeout=300,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    assert "Warning" not in _stderr(notebook)
    assert not list(tmp_path.iterdir()), "the notebook left temporary files behind"
    return notebook


def test_quickstart_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notebook = _run(NOTEBOOKS / "quickstart.ipynb", tmp_path, monkeypatch)
    pages = [html for html in _outputs(notebook, "text/html") if "kg-explorer" in html]
    assert len(pages) == 1 and "<iframe srcdoc=" in pages[0]
    page = html.unescape(pages[0].split('srcdoc="', 1)[1].split('"', 1)[0])
    assert "vis.Network" in page and not re.search(r"<script[^>]*\bsrc=", page)
    assert len(_outputs(notebook, "image/png")) == 1


def test_corpus_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notebook = _run(NOTEBOOKS / "corpus.ipynb", tmp_path, monkeypatch)
    assert "articles/s" in _stderr(notebook)  # the progress bar
    assert len(_outputs(notebook, "image/png")) == 1
