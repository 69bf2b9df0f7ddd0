"""The offline explorer page: self-contained, capped, escaped; and, in Chromium, drawn,
searchable, filterable, expandable and inert to markup in article text.

The browser tests drive Debian's Chromium (``/usr/bin/chromium``) with Playwright, with
every request but the page's own file aborted; they skip when either is missing.
"""

from __future__ import annotations

import importlib.resources
import json
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest

import kg
from kg import explore
from kg.errors import KgError
from kg.explore import EntityNode, FactEdge, render, render_network, script_json, write
from kg.graph import KnowledgeGraph

SAMPLES = Path(str(importlib.resources.files("kg.resources").joinpath("samples")))
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

# Markup in an article's text and title; the second sentence yields facts whose evidence
# and statement name carry it (the first, the brief's own, yields none on its own).
XSS_TEXT = (
    '区长<script>window.__xss=1</script>高晓梅出席会议。<img src=x onerror="window.__xss=2">\n'
    "4月10日,青山区召开文明城区创建动员大会。区委书记林志远出席会议并讲话。"
    '区长高晓梅表示,要<script>alert(1)</script>全力推进创建工作<img src=x onerror="alert(2)">。'
)
XSS_TITLE = '<script>alert(3)</script>青山区<img src=x onerror="window.__xss=3">动员大会'


def page_data(html: str) -> dict[str, Any]:
    """The JSON embedded in a page."""
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert match, "no data block"
    data: dict[str, Any] = json.loads(match.group(1))
    return data


def status_of(html: str) -> str:
    match = re.search(r'<p id="kg-status" role="status">(.*?)</p>', html)
    assert match
    return match.group(1)


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeGraph]:
    """A store built from the bundled sample articles."""
    paths = sorted(str(p) for p in SAMPLES.iterdir() if p.suffix != ".md")
    with KnowledgeGraph(tmp_path_factory.mktemp("explore") / "store") as built:
        summary = built.add(kg.load_articles(paths))
        assert not summary.errors
        yield built


def synthetic(n: int) -> tuple[list[EntityNode], list[FactEdge]]:
    """``n`` entities: persons each holding a post, the posts grouped under places."""
    nodes = [EntityNode(f"e{i}", f"实体{i}", ("Person", "Post", "Place")[i % 3]) for i in range(n)]
    edges = [
        FactEdge(
            f"e{i}", f"e{(i // 10) * 10 + 1}", "holdsPost", f"句子{i}。", "a", "标题", "2024-01-01"
        )
        for i in range(n)
        if i % 10 != 1
    ]
    return nodes, edges


# Without a browser


def test_page_loads_nothing_from_the_network(graph: KnowledgeGraph) -> None:
    html = render(graph)
    external = re.findall(
        r"""(?:\b(?:src|href|action|poster|srcset)\s*=\s*["']?\s*(?:https?:)?//)|@import|url\(\s*["']?\s*(?:https?:)?//""",
        html,
        re.I,
    )
    assert external == []
    assert "<link" not in html
    assert re.findall(r"<script[^>]*\bsrc=", html, re.I) == []
    assert "cdn.jsdelivr" not in html and "unpkg.com" not in html
    assert "bootstrap" not in html.lower()
    assert "sourceMappingURL" not in html
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html)
    assert csp and "default-src 'none'" in csp.group(1) and "connect-src 'none'" in csp.group(1)
    # vis-network itself is inlined (its code, not a reference to it).
    tags = re.findall(r"<script[^>]*>", html)
    assert tags.count('<script type="application/json" id="kg-data">') == 1
    assert tags.count("<script>") == 3  # ours, vis-network and a "<script>" string in it
    assert len(html) > 400_000


def test_page_carries_the_graph(graph: KnowledgeGraph) -> None:
    html = render(graph)
    data = page_data(html)
    networkx = graph.to_networkx()
    assert len(data["nodes"]) == networkx.number_of_nodes()
    assert {n["iri"] for n in data["nodes"]} == set(networkx.nodes)
    assert (
        status_of(html)
        == f"{networkx.number_of_nodes()} of {networkx.number_of_nodes()} entities shown, 0 hidden"
    )
    titles = {a["id"]: (a["title"], a["date"]) for a in data["articles"]}
    assert titles["longhu-2023-10-09"] == ("龙湖区召开民营企业高质量发展座谈会", "2023-10-09")
    alias = next(n for n in data["nodes"] if n["label"] == "青山区委宣传部")
    assert "区委宣传部" in alias["aliases"]
    assert all("x" in n and "y" in n for n in data["nodes"] if n["open"])


def test_rendering_is_deterministic(graph: KnowledgeGraph) -> None:
    assert render(graph, max_nodes=40) == render(graph, max_nodes=40)


def test_script_json_cannot_end_its_script() -> None:
    value = {"t": "</script><script>alert(1)</script><!-- & \u2028\u2029 >"}
    text = script_json(value)
    assert not set(text) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(text) == value


def test_large_graph_is_capped_with_the_hidden_count() -> None:
    nodes, edges = synthetic(1500)
    started = time.perf_counter()
    html = render_network(nodes, edges, max_nodes=1000)
    elapsed = time.perf_counter() - started
    data = page_data(html)
    assert sum(n["open"] for n in data["nodes"]) == 1000
    assert len(data["nodes"]) == 1500  # carried, revealed on click
    assert status_of(html) == "1000 of 1500 entities shown, 500 hidden"
    assert elapsed < 20, f"rendering 1500 entities took {elapsed:.1f} s"

    capped = page_data(render_network(nodes, edges, max_nodes=300, max_embedded=400))
    assert len(capped["nodes"]) == 400
    assert sum(n["open"] for n in capped["nodes"]) == 300
    # Entities at the edge of what is carried know how many neighbours were left out.
    assert sum(n["more"] for n in capped["nodes"]) > 0


def test_empty_graph_renders() -> None:
    html = render_network([], [])
    assert status_of(html) == "0 of 0 entities shown, 0 hidden"
    assert page_data(html)["nodes"] == []


def test_opening_prefers_the_most_connected(graph: KnowledgeGraph) -> None:
    data = page_data(render(graph, max_nodes=5))
    degree = {n["iri"]: n["deg"] for n in data["nodes"]}
    opened = [n["iri"] for n in data["nodes"] if n["open"]]
    assert len(opened) == 5
    assert min(degree[i] for i in opened) >= max(d for i, d in degree.items() if i not in opened)


def test_focus_opens_on_the_ego_network(graph: KnowledgeGraph) -> None:
    data = page_data(render(graph, focus="林志远", max_nodes=6))
    opened = [n for n in data["nodes"] if n["open"]]
    assert opened[0]["label"] == "林志远"
    assert data["meta"]["focus"] == 0
    first = {e["to"] for e in data["edges"] if e["from"] == 0} | {
        e["from"] for e in data["edges"] if e["to"] == 0
    }
    assert {i for i, n in enumerate(data["nodes"]) if n["open"]} - {0} <= first


def test_focus_by_alias_and_unknown_focus(graph: KnowledgeGraph) -> None:
    data = page_data(render(graph, focus="区委宣传部", max_nodes=3))
    assert data["nodes"][0]["label"] == "青山区委宣传部"
    with pytest.raises(KgError, match="no entity of that name"):
        render(graph, focus="无此人")


@pytest.mark.parametrize(
    "endpoint",
    ["javascript:alert(1)", "http://x y/sparql", "ftp://host/q", "http://h/'; script-src *"],
)
def test_endpoint_must_be_a_url(graph: KnowledgeGraph, endpoint: str) -> None:
    with pytest.raises(KgError, match="not a SPARQL endpoint"):
        render(graph, endpoint=endpoint)


def test_endpoint_opens_only_its_origin(graph: KnowledgeGraph) -> None:
    html = render(graph, endpoint="http://127.0.0.1:7878/sparql")
    assert "connect-src http://127.0.0.1:7878;" in html
    assert "connect-src 'self'" in render(graph, endpoint="/sparql")


def test_write_replaces_the_file_whole(graph: KnowledgeGraph, tmp_path: Path) -> None:
    target = tmp_path / "graph.html"
    target.write_text("old", encoding="utf-8")
    assert write(graph, target, max_nodes=10) == target
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]


def test_show_puts_the_page_in_a_sandboxed_frame(graph: KnowledgeGraph) -> None:
    pytest.importorskip("IPython")
    shown = explore.show(graph, max_nodes=20, height=500)
    outer = shown.data
    prefix = '<div class="kg-explorer"><iframe srcdoc="'
    assert outer.startswith(prefix + "&lt;!DOCTYPE html&gt;")
    assert 'sandbox="allow-scripts"' in outer and "height: 500px" in outer
    assert "<script" not in outer and '"' not in outer[len(prefix) : outer.index('" sandbox')]


# In Chromium


@dataclass
class Opened:
    """A page opened in Chromium with the network blocked, and what it tried."""

    page: Any
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"browser tests need Chromium at {CHROMIUM}: apt-get install -y chromium")
    playwright = pytest.importorskip(
        "playwright.sync_api", reason="browser tests need playwright: pip install playwright"
    )
    with playwright.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def open_page(browser: Any, tmp_path: Path) -> Iterator[Callable[..., Opened]]:
    contexts: list[Any] = []

    def opener(html: str, allow: str | None = None) -> Opened:
        path = tmp_path / f"page{len(contexts)}.html"
        path.write_text(html, encoding="utf-8")
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        contexts.append(context)

        def route(r: Any) -> None:
            url = r.request.url
            if url.startswith("file:") or (allow is not None and url.startswith(allow)):
                r.continue_()
            else:
                r.abort()

        context.route("**/*", route)
        context.add_init_script(
            "window.__csp = []; document.addEventListener('securitypolicyviolation',"
            " (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"
        )
        page = context.new_page()
        opened = Opened(page)
        context.on("request", lambda r: opened.requests.append(r.url))

        def dialog(d: Any) -> None:
            opened.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", dialog)
        page.on("pageerror", lambda e: opened.errors.append(str(e)))
        page.goto(path.as_uri())
        page.wait_for_function("() => window.kgExplorer && window.kgExplorer.ready", timeout=30_000)
        assert opened.errors == []
        assert opened.requests == [path.as_uri()], "the page asked for more than its own file"
        return opened

    yield opener
    for context in contexts:
        context.close()


def screen_position(page: Any, node: int) -> tuple[float, float]:
    """Where node ``node`` is drawn, in page coordinates."""
    x, y = page.evaluate(
        """(id) => {
          const net = kgExplorer.network;
          const p = net.canvasToDOM(net.getPositions([id])[id]);
          const box = document.querySelector('#kg-graph canvas').getBoundingClientRect();
          return [box.left + p.x, box.top + p.y];
        }""",
        node,
    )
    return float(x), float(y)


def away(page: Any) -> None:
    """Moves the mouse to the graph's empty top-left corner, so that tooltips close."""
    box = page.locator("#kg-graph canvas").bounding_box()
    page.mouse.move(box["x"] + 3, box["y"] + 3)
    page.locator("div.vis-tooltip").wait_for(state="hidden")


def idle(page: Any) -> None:
    page.wait_for_function("() => !kgExplorer.busy", timeout=15_000)


def test_draws_every_entity(graph: KnowledgeGraph, open_page: Callable[..., Opened]) -> None:
    total = graph.to_networkx().number_of_nodes()
    opened = open_page(render(graph))
    page = opened.page
    assert page.locator("#kg-graph canvas").count() == 1
    assert page.evaluate("kgExplorer.visibleNodeIds().length") == total
    assert page.evaluate("Object.keys(kgExplorer.network.getPositions()).length") == total
    assert page.evaluate("kgExplorer.visibleEdgeIds().length") > 100
    assert page.locator("#kg-status").inner_text() == f"{total} of {total} entities shown, 0 hidden"
    assert page.evaluate("window.__csp") == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "explorer.png"))
    assert opened.requests == [opened.requests[0]] and opened.dialogs == []


def test_search_selects_and_focuses(
    graph: KnowledgeGraph, open_page: Callable[..., Opened]
) -> None:
    page = open_page(render(graph)).page
    target = page.evaluate("kgExplorer.findByName('林志远')")
    assert target is not None
    page.fill("#kg-search", "林志远")
    assert page.locator("#kg-results li").first.inner_text().strip().endswith("林志远")
    page.press("#kg-search", "Enter")
    assert page.evaluate("kgExplorer.network.getSelectedNodes()") == [target]
    # By alias: 区委宣传部 is what the article calls 青山区委宣传部.
    page.fill("#kg-search", "区委宣传部")
    page.press("#kg-search", "Enter")
    selected = page.evaluate("kgExplorer.network.getSelectedNodes()")
    assert [page.evaluate(f"kgExplorer.node({selected[0]}).label")] == ["青山区委宣传部"]


def test_search_waits_for_the_input_method(
    graph: KnowledgeGraph, open_page: Callable[..., Opened]
) -> None:
    page = open_page(render(graph)).page
    results = page.locator("#kg-results li")
    # While a Chinese input method composes (pinyin "lin"), nothing is looked up.
    page.evaluate(
        """() => {
          const box = document.getElementById('kg-search');
          box.dispatchEvent(new CompositionEvent('compositionstart'));
          box.value = 'lin';
          box.dispatchEvent(new InputEvent('input', { isComposing: true }));
        }"""
    )
    assert results.count() == 0
    page.evaluate(
        """() => {
          const box = document.getElementById('kg-search');
          box.value = '林志';
          box.dispatchEvent(new CompositionEvent('compositionend', { data: '林志' }));
        }"""
    )
    assert "林志远" in page.locator("#kg-results").inner_text()
    page.fill("#kg-search", "无此人")
    page.press("#kg-search", "Enter")
    assert "无此人" in page.locator("#kg-status").inner_text()


def test_search_reveals_a_hidden_entity(
    graph: KnowledgeGraph, open_page: Callable[..., Opened]
) -> None:
    page = open_page(render(graph, max_nodes=5)).page
    target = page.evaluate("kgExplorer.findByName('高晓梅')")
    assert target not in page.evaluate("kgExplorer.visibleNodeIds()")
    page.fill("#kg-search", "高晓梅")
    page.locator("#kg-results button").first.click()
    assert target in page.evaluate("kgExplorer.visibleNodeIds()")
    assert page.evaluate("kgExplorer.network.getSelectedNodes()") == [target]


def test_type_and_predicate_filters(
    graph: KnowledgeGraph, open_page: Callable[..., Opened]
) -> None:
    page = open_page(render(graph)).page
    types = "kgExplorer.visibleNodeIds().map((i) => kgExplorer.node(i).type)"
    before = page.evaluate(types)
    assert "Post" in before
    page.uncheck('#kg-types input[data-type="Post"]')
    after = page.evaluate(types)
    assert "Post" not in after and len(after) == len(before) - before.count("Post")
    assert page.evaluate("Object.keys(kgExplorer.network.getPositions()).length") == len(after)
    page.check('#kg-types input[data-type="Post"]')
    assert len(page.evaluate(types)) == len(before)

    predicates = "kgExplorer.visibleEdgeIds().map((i) => kgExplorer.edge(i).predicate)"
    assert "stated" in page.evaluate(predicates)
    page.uncheck('#kg-predicates input[data-predicate="stated"]')
    assert "stated" not in page.evaluate(predicates)


def test_date_filter(graph: KnowledgeGraph, open_page: Callable[..., Opened]) -> None:
    page = open_page(render(graph)).page
    total = page.evaluate("kgExplorer.visibleNodeIds().length")
    page.fill("#kg-from", "2024-01-01")
    page.fill("#kg-to", "2024-12-31")
    dates = page.evaluate(
        "kgExplorer.visibleEdgeIds().map((i) => kgExplorer.edge(i).sources.map((s) => s.date))"
    )
    assert dates and all(any("2024-01-01" <= d <= "2024-12-31" for d in ds if d) for ds in dates)
    shown = page.evaluate("kgExplorer.visibleNodeIds().length")
    assert 0 < shown < total
    assert (
        page.locator("#kg-status").inner_text()
        == f"{shown} of {total} entities shown, {total - shown} hidden"
    )
    page.click("#kg-clear-dates")
    assert page.evaluate("kgExplorer.visibleNodeIds().length") == total


def test_click_reveals_hidden_neighbours(
    graph: KnowledgeGraph, open_page: Callable[..., Opened]
) -> None:
    page = open_page(render(graph, max_nodes=5)).page
    visible = page.evaluate("kgExplorer.visibleNodeIds()")
    assert len(visible) == 5
    assert page.locator("#kg-status").inner_text().startswith("5 of ")
    node = max(visible, key=lambda i: page.evaluate(f"kgExplorer.hiddenNeighbours({i})"))
    hidden = page.evaluate(f"kgExplorer.hiddenNeighbours({node})")
    assert hidden > 0
    x, y = screen_position(page, node)
    page.mouse.click(x, y)
    idle(page)
    after = page.evaluate("kgExplorer.visibleNodeIds()")
    assert len(after) == 5 + hidden
    assert page.evaluate(f"kgExplorer.hiddenNeighbours({node})") == 0
    assert page.evaluate("kgExplorer.network.getSelectedNodes()") == [node]


def test_tooltips_show_names_evidence_and_articles(
    graph: KnowledgeGraph, open_page: Callable[..., Opened]
) -> None:
    page = open_page(render(graph, focus="林志远", max_nodes=12)).page
    node = page.evaluate("kgExplorer.findByName('林志远')")
    page.mouse.move(*screen_position(page, node))
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible")
    assert "林志远" in tooltip.inner_text() and "Person" in tooltip.inner_text()

    edge = page.evaluate(
        f"kgExplorer.visibleEdgeIds().find((i) => kgExplorer.edge(i).from === {node}"
        " && kgExplorer.edge(i).predicate === 'holdsPost')"
    )
    info = page.evaluate(f"kgExplorer.edge({edge})")
    (x1, y1), (x2, y2) = screen_position(page, info["from"]), screen_position(page, info["to"])
    away(page)
    page.mouse.move(x1 + (x2 - x1) * 0.3, y1 + (y2 - y1) * 0.3)
    tooltip.wait_for(state="visible")
    text = tooltip.inner_text()
    source = info["sources"][0]
    assert "holdsPost" in text and source["evidence"] in text
    assert source["title"] in text and source["date"] in text


def test_markup_in_articles_is_text(tmp_path: Path, open_page: Callable[..., Opened]) -> None:
    article = kg.Article(id="xss", text=XSS_TEXT, title=XSS_TITLE, date="2024-04-12")
    with KnowledgeGraph(tmp_path / "store") as store:
        store.add([article])
        nodes, edges = explore.network_of(store)
    assert any("<script>" in e.evidence for e in edges), "the article gave no fact carrying markup"
    assert any("<script>" in n.label for n in nodes)
    # Names and aliases with markup too, as no extractor would produce them.
    evil = '<img src=x onerror="alert(6)"><script>alert(7)</script>'
    nodes.append(EntityNode("evil", f"坏{evil}", "Person", aliases=(f"别{evil}",)))
    edges.append(
        FactEdge("evil", nodes[0].id, "attended", f"</script>{evil}", "xss2", evil, "2024-04-12")
    )
    html = render_network(nodes, edges)
    assert "<script>alert" not in html and "<img src=x" not in html

    opened = open_page(html)
    page = opened.page
    for node in page.evaluate("kgExplorer.visibleNodeIds()"):
        page.mouse.move(*screen_position(page, node))
        page.wait_for_timeout(150)
    for edge in page.evaluate("kgExplorer.visibleEdgeIds()"):
        info = page.evaluate(f"kgExplorer.edge({edge})")
        (x1, y1), (x2, y2) = screen_position(page, info["from"]), screen_position(page, info["to"])
        page.mouse.move(x1 + (x2 - x1) * 0.4, y1 + (y2 - y1) * 0.4)
        page.wait_for_timeout(150)
    page.fill("#kg-search", "坏")
    assert evil in page.locator("#kg-results").inner_text()
    page.press("#kg-search", "Enter")
    page.wait_for_timeout(500)  # the view moves to it
    # The markup is there, as text: in the search results and a tooltip.
    bad = page.evaluate("kgExplorer.findByName('别' + " + json.dumps(evil) + ")")
    assert page.evaluate(f"kgExplorer.node({bad}).label") == f"坏{evil}"
    away(page)
    page.mouse.move(*screen_position(page, bad))
    page.locator("div.vis-tooltip").wait_for(state="visible")
    assert evil in page.locator("div.vis-tooltip").inner_text()
    # And the article's title, with its markup, in the tooltip of a fact it states.
    edge = page.evaluate(
        "kgExplorer.visibleEdgeIds().find((i) => kgExplorer.edge(i).sources"
        f".some((s) => s.title === {json.dumps(XSS_TITLE)} && s.evidence.includes('<script>')))"
    )
    info = page.evaluate(f"kgExplorer.edge({edge})")
    (x1, y1), (x2, y2) = screen_position(page, info["from"]), screen_position(page, info["to"])
    away(page)
    page.mouse.move(x1 + (x2 - x1) * 0.3, y1 + (y2 - y1) * 0.3)
    page.locator("div.vis-tooltip").wait_for(state="visible")
    assert XSS_TITLE in page.locator("div.vis-tooltip").inner_text()
    assert "<script>alert(1)</script>" in page.locator("div.vis-tooltip").inner_text()
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert opened.dialogs == []
    assert page.locator("img").count() == 0
    assert page.locator("script").count() == 3
    assert page.evaluate("window.__csp") == [], (
        "markup reached the DOM and was blocked only by the CSP"
    )
    assert opened.errors == []


def test_show_runs_in_a_notebook_frame(graph: KnowledgeGraph, browser: Any, tmp_path: Path) -> None:
    pytest.importorskip("IPython")
    path = tmp_path / "notebook.html"
    path.write_text(explore.show(graph, max_nodes=20).data, encoding="utf-8")
    context = browser.new_context()
    requests: list[str] = []
    context.route(
        "**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort()
    )
    context.on("request", lambda r: requests.append(r.url))
    try:
        page = context.new_page()
        page.goto(path.as_uri())
        frame = page.frames[1]
        frame.wait_for_function("() => window.kgExplorer && window.kgExplorer.ready")
        assert frame.evaluate("kgExplorer.visibleNodeIds().length") == 20
        assert requests == [path.as_uri()]
    finally:
        context.close()


class _Sparql(BaseHTTPRequestHandler):
    """A SPARQL protocol endpoint (POST, JSON results) over one store, for the page."""

    graph: KnowledgeGraph

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        query = parse_qs(self.rfile.read(length).decode("utf-8"))["query"][0]
        import pyoxigraph as ox

        body = self.graph.store.query(query).serialize(format=ox.QueryResultsFormat.JSON)
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


def test_endpoint_fetches_neighbours_the_page_does_not_carry(
    graph: KnowledgeGraph, open_page: Callable[..., Opened]
) -> None:
    handler = type("Handler", (_Sparql,), {"graph": graph})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        endpoint = f"http://127.0.0.1:{server.server_address[1]}/sparql"
        html = render(graph, focus="林志远", max_nodes=1, max_embedded=1, endpoint=endpoint)
        assert len(page_data(html)["nodes"]) == 1
        opened = open_page(html, allow=endpoint)
        page = opened.page
        page.mouse.click(*screen_position(page, 0))
        page.wait_for_function("() => kgExplorer.visibleNodeIds().length > 1", timeout=15_000)
        idle(page)
        labels = page.evaluate("kgExplorer.visibleNodeIds().map((i) => kgExplorer.node(i).label)")
        expected = {r["post"] for r in graph.query_named("posts-of", name="林志远")}
        assert expected <= set(labels)
        assert set(opened.requests[1:]) == {endpoint}
        assert page.evaluate("kgExplorer.errors") == []
    finally:
        server.shutdown()
        server.server_close()
