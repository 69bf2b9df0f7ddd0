/* kg explorer: draws the graph embedded in #kg-data with vis-network.
 *
 * Every string of the data (names, evidence, titles) comes from articles: it is read
 * with JSON.parse and only ever written with textContent or as vis-network labels
 * (drawn on a canvas) and tooltips built as DOM elements, never as HTML.
 */
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const meta = data.meta;
  const endpoint = meta.endpoint;
  const LABEL_CHARS = 14;
  const TIP_SOURCES = 5;
  const FONT = getComputedStyle(document.body).fontFamily;

  const styles = new Map(data.types.map((t) => [t.name, t]));
  const fallbackStyle = data.fallback;
  const articles = data.articles.slice();
  const articleIndex = new Map(articles.map((a, i) => [a.id, i]));

  // The model: entities and merged facts by integer id, and who neighbours whom.
  const nodes = [];
  const edges = [];
  const neighbours = [];
  const incident = [];
  const byIri = new Map();
  const edgeByKey = new Map();
  const pairCount = new Map();

  const revealed = new Set();
  const fetched = new Set();
  const typeVisible = new Map();
  const predicateVisible = new Map();
  let dateFrom = "";
  let dateTo = "";
  let visibleNode = [];
  let visibleEdge = [];
  let busy = 0;
  let ready = false;
  const errors = [];

  const nodeSet = new vis.DataSet();
  const edgeSet = new vis.DataSet();

  function el(tag, className, text) {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined && text !== null) element.textContent = String(text);
    return element;
  }

  function short(text) {
    const chars = Array.from(text);
    return chars.length > LABEL_CHARS ? chars.slice(0, LABEL_CHARS).join("") + "…" : text;
  }

  function styleOf(type) {
    return styles.get(type) || fallbackStyle;
  }

  function addNode(item) {
    const id = nodes.length;
    const node = {
      id: id,
      iri: item.iri,
      label: String(item.label),
      type: String(item.type),
      aliases: (item.aliases || []).map(String),
      more: item.more === undefined ? 0 : item.more,
      x: item.x,
      y: item.y,
      placed: item.x !== undefined && item.x !== null,
      shownLabel: null,
    };
    nodes.push(node);
    neighbours.push(new Set());
    incident.push([]);
    if (node.iri) byIri.set(node.iri, id);
    const style = styleOf(node.type);
    const vnode = {
      id: id,
      label: short(node.label),
      shape: style.shape,
      color: {
        background: style.color,
        border: style.border,
        highlight: { background: style.color, border: "#d62728" },
        hover: { background: style.color, border: "#222222" },
      },
      value: Math.max(item.deg || 1, 1),
      font: { face: FONT, size: 14, color: "#222222" },
      title: nodeTip(node),
    };
    if (node.placed) {
      vnode.x = node.x;
      vnode.y = node.y;
    }
    nodeSet.add(vnode);
    return id;
  }

  function addArticle(id, title, date) {
    if (!articleIndex.has(id)) {
      articleIndex.set(id, articles.length);
      articles.push({ id: id, title: title || null, date: date || null });
    }
    return articleIndex.get(id);
  }

  function addEdge(from, to, predicate, sources) {
    const key = from + " " + to + " " + predicate;
    if (edgeByKey.has(key)) {
      const edge = edges[edgeByKey.get(key)];
      const known = new Set(edge.sources.map((s) => s[0] + "\u001f" + s[1]));
      let grew = false;
      for (const s of sources) {
        if (!known.has(s[0] + "\u001f" + s[1])) {
          edge.sources.push(s);
          grew = true;
        }
      }
      if (grew) edgeSet.update({ id: edge.id, title: edgeTip(edge) });
      return edge.id;
    }
    const id = edges.length;
    const edge = { id: id, from: from, to: to, predicate: String(predicate), sources: sources };
    edges.push(edge);
    edgeByKey.set(key, id);
    if (from !== to) {
      neighbours[from].add(to);
      neighbours[to].add(from);
    }
    incident[from].push(id);
    if (from !== to) incident[to].push(id);
    if (!predicateVisible.has(edge.predicate)) predicateVisible.set(edge.predicate, true);
    // Facts between one pair are bent apart so that their labels stay readable.
    const pair = Math.min(from, to) + " " + Math.max(from, to);
    const nth = pairCount.get(pair) || 0;
    pairCount.set(pair, nth + 1);
    edgeSet.add({
      id: id,
      from: from,
      to: to,
      label: edge.predicate,
      arrows: "to",
      title: edgeTip(edge),
      font: { face: FONT, size: 11, color: "#555555", strokeWidth: 3, align: "middle" },
      smooth:
        nth === 0
          ? false
          : { enabled: true, type: nth % 2 ? "curvedCW" : "curvedCCW", roundness: 0.2 * Math.ceil(nth / 2) },
    });
    return id;
  }

  // Tooltips: DOM elements, so that no name or sentence is ever parsed as HTML.

  function nodeTip(node) {
    const tip = el("div", "kg-tip");
    tip.appendChild(el("div", "kg-tip-name", node.label));
    const kind = el("div", "kg-tip-type");
    kind.appendChild(el("span", "kg-glyph", styleOf(node.type).glyph)).style.color = styleOf(node.type).color;
    kind.appendChild(document.createTextNode(" " + node.type));
    tip.appendChild(kind);
    if (node.aliases.length) {
      tip.appendChild(el("div", "kg-tip-aliases", "别名 aliases: " + node.aliases.join("、")));
    }
    return tip;
  }

  function edgeTip(edge) {
    const tip = el("div", "kg-tip");
    const head = el("div", "kg-tip-name");
    head.appendChild(el("span", null, nodes[edge.from].label));
    head.appendChild(el("span", "kg-tip-predicate", " " + edge.predicate + " "));
    head.appendChild(el("span", null, nodes[edge.to].label));
    tip.appendChild(head);
    const list = el("ol", "kg-tip-sources");
    for (const source of edge.sources.slice(0, TIP_SOURCES)) {
      const article = articles[source[1]] || {};
      const item = el("li");
      item.appendChild(el("div", "kg-tip-evidence", "“" + source[0] + "”"));
      const where = [article.title || article.id, article.date].filter(Boolean).join(" · ");
      item.appendChild(el("div", "kg-tip-article", where));
      list.appendChild(item);
    }
    tip.appendChild(list);
    if (edge.sources.length > TIP_SOURCES) {
      tip.appendChild(el("div", "kg-tip-more", "+" + (edge.sources.length - TIP_SOURCES) + " more"));
    }
    return tip;
  }

  // Visibility: revealed, of a checked type, and stated in an article in the date range.

  function sourceInDates(source) {
    const date = (articles[source[1]] || {}).date;
    if (!date) return false;
    return (!dateFrom || date >= dateFrom) && (!dateTo || date.slice(0, dateTo.length) <= dateTo);
  }

  function edgeInDates(edge) {
    return (!dateFrom && !dateTo) || edge.sources.some(sourceInDates);
  }

  function nodeInDates(id) {
    return (!dateFrom && !dateTo) || incident[id].some((e) => edgeInDates(edges[e]));
  }

  function hiddenNeighbours(id) {
    let n = 0;
    for (const m of neighbours[id]) if (!revealed.has(m)) n += 1;
    return n;
  }

  function computeVisibility() {
    visibleNode = nodes.map(
      (n) => revealed.has(n.id) && typeVisible.get(n.type) !== false && nodeInDates(n.id)
    );
    visibleEdge = edges.map(
      (e) =>
        visibleNode[e.from] &&
        visibleNode[e.to] &&
        predicateVisible.get(e.predicate) !== false &&
        edgeInDates(e)
    );
  }

  // Remembers where drawn entities are, so that one hidden and shown again stays put.
  function keepPositions() {
    const positions = network.getPositions();
    for (const key of Object.keys(positions)) {
      const node = nodes[Number(key)];
      node.x = positions[key].x;
      node.y = positions[key].y;
      node.placed = true;
    }
  }

  function refresh() {
    keepPositions();
    computeVisibility();
    const updates = [];
    for (const node of nodes) {
      if (!visibleNode[node.id]) continue;
      const hidden = hiddenNeighbours(node.id);
      const extra = endpoint && node.more !== 0 && !fetched.has(node.id) ? "+" : "";
      const text = short(node.label) + (hidden ? " +" + hidden : extra ? " " + extra : "");
      const update = { id: node.id };
      if (text !== node.shownLabel) {
        node.shownLabel = text;
        update.label = text;
      }
      if (node.placed) {
        update.x = node.x;
        update.y = node.y;
      }
      updates.push(update);
    }
    nodeSet.update(updates);
    nodeView.refresh();
    edgeView.refresh();
    showStatus();
  }

  function visibleCount() {
    return visibleNode.filter(Boolean).length;
  }

  function totalCount() {
    return Math.max(meta.total, nodes.length);
  }

  function showStatus(note) {
    const shown = visibleCount();
    const total = totalCount();
    status.textContent = shown + " of " + total + " entities shown, " + (total - shown) + " hidden";
    if (note) status.appendChild(el("span", "kg-note", note));
  }

  // Places newly revealed entities on a sunflower spiral around the one they were
  // reached from (as the page's Python side places entities beyond its layout).
  const GOLDEN = Math.PI * (3 - Math.sqrt(5));
  function place(center, ids) {
    const fresh = ids.filter((i) => !nodes[i].placed);
    const c = nodes[center];
    fresh.forEach((i, k) => {
      const radius = 40 + 24 * Math.sqrt(k);
      nodes[i].x = c.x + radius * Math.cos(k * GOLDEN);
      nodes[i].y = c.y + radius * Math.sin(k * GOLDEN);
      nodes[i].placed = true;
    });
  }

  function settle() {
    if (visibleCount() > meta.physicsLimit) return;
    busy += 1;
    network.setOptions({ physics: { enabled: true } });
    network.once("stabilizationIterationsDone", () => {
      network.setOptions({ physics: { enabled: false } });
      busy -= 1;
    });
    network.stabilize(120);
  }

  function expand(id) {
    keepPositions();
    const added = [];
    revealed.add(id);
    for (const m of neighbours[id]) {
      if (!revealed.has(m)) {
        revealed.add(m);
        added.push(m);
      }
    }
    place(id, added);
    refresh();
    if (added.length) settle();
    if (endpoint && nodes[id].more !== 0 && !fetched.has(id)) fetchNeighbours(id);
    return added.length;
  }

  // Live neighbours from a SPARQL endpoint, for entities the page does not carry.

  const IRI = /^[^<>"{}|^`\\\u0000-\u0020]+$/;

  async function sparql(query) {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: {
        Accept: "application/sparql-results+json",
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({ query: query }),
    });
    if (!response.ok) throw new Error("the endpoint answered " + response.status);
    const json = await response.json();
    return json.results.bindings.map((b) => {
      const row = {};
      for (const key of Object.keys(b)) row[key] = String(b[key].value);
      return row;
    });
  }

  async function fetchNeighbours(id) {
    const iri = nodes[id].iri;
    if (!iri || !IRI.test(iri)) return;
    busy += 1;
    fetched.add(id);
    try {
      const restrict = "VALUES ?x { <" + iri + "> } { ?f rdf:subject ?x } UNION { ?f rdf:object ?x }";
      const rows = await sparql(meta.queries.facts.replace("#FOCUS", restrict) + "\nLIMIT 5000");
      const fresh = [];
      const entity = (key, label, type) => {
        if (!IRI.test(key)) return null;
        if (!byIri.has(key)) {
          fresh.push(addNode({ iri: key, label: label, type: type, more: -1 }));
        }
        return byIri.get(key);
      };
      for (const row of rows) {
        const s = entity(row.s, row.slabel, row.stype);
        const o = entity(row.o, row.olabel, row.otype);
        if (s === null || o === null) continue;
        const a = addArticle(row.article, row.title, row.date);
        addEdge(s, o, row.predicate, [[row.evidence || "", a]]);
      }
      if (fresh.length) await fetchAliases(fresh);
      nodes[id].more = 0;
      keepPositions();
      const added = [...neighbours[id]].filter((m) => !revealed.has(m));
      added.forEach((m) => revealed.add(m));
      place(id, added);
      buildPredicateFilters();
      refresh();
      if (added.length) settle();
    } catch (error) {
      fetched.delete(id);
      errors.push(String(error));
      showStatus(" (endpoint: " + String(error.message || error) + ")");
    } finally {
      busy -= 1;
    }
  }

  async function fetchAliases(ids) {
    const values = ids.map((i) => "<" + nodes[i].iri + ">").join(" ");
    const rows = await sparql(meta.queries.aliases.replace("#FOCUS", "VALUES ?x { " + values + " }"));
    for (const row of rows) {
      const id = byIri.get(row.x);
      if (id === undefined || row.alias === nodes[id].label || nodes[id].aliases.includes(row.alias)) continue;
      nodes[id].aliases.push(row.alias);
      nodeSet.update({ id: id, title: nodeTip(nodes[id]) });
    }
  }

  // Search by name or alias; Chinese input methods compose before they commit.

  function normal(text) {
    return String(text).normalize("NFKC").toLowerCase().trim();
  }

  function degree(id) {
    return neighbours[id].size + Math.max(nodes[id].more, 0);
  }

  function matches(query) {
    const q = normal(query);
    if (!q) return [];
    const scored = [];
    for (const node of nodes) {
      const names = [normal(node.label)];
      const aliases = node.aliases.map(normal);
      let score = null;
      if (names[0] === q) score = 0;
      else if (aliases.includes(q)) score = 1;
      else if (names[0].startsWith(q)) score = 2;
      else if (aliases.some((a) => a.startsWith(q))) score = 3;
      else if (names[0].includes(q)) score = 4;
      else if (aliases.some((a) => a.includes(q))) score = 5;
      if (score !== null) scored.push([score, -degree(node.id), node.label, node.id]);
    }
    scored.sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
    return scored.map((s) => s[3]);
  }

  function select(id) {
    keepPositions();
    revealed.add(id);
    const node = nodes[id];
    if (typeVisible.get(node.type) === false) {
      typeVisible.set(node.type, true);
      const box = document.querySelector('#kg-types input[data-type="' + CSS.escape(node.type) + '"]');
      if (box) box.checked = true;
    }
    if (!node.placed) {
      const near = [...neighbours[id]].find((m) => visibleNode[m] && nodes[m].placed);
      if (near !== undefined) {
        place(near, [id]);
      } else {
        const view = network.getViewPosition();
        node.x = view.x;
        node.y = view.y;
        node.placed = true;
      }
    }
    refresh();
    if (!visibleNode[id]) {
      showStatus(" — " + node.label + ": outside the date range");
      return;
    }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 300 } });
  }

  function search(query) {
    const found = matches(query);
    if (!found.length) {
      showStatus(" — no entity here is called “" + query + "”");
      return null;
    }
    select(found[0]);
    return found[0];
  }

  function showResults() {
    const list = document.getElementById("kg-results");
    list.replaceChildren();
    for (const id of matches(searchBox.value).slice(0, 20)) {
      const item = el("li");
      const button = el("button", "kg-result");
      button.type = "button";
      const glyph = button.appendChild(el("span", "kg-glyph", styleOf(nodes[id].type).glyph));
      glyph.style.color = styleOf(nodes[id].type).color;
      button.appendChild(el("span", null, " " + nodes[id].label));
      if (nodes[id].aliases.length) button.appendChild(el("span", "kg-alias", " (" + nodes[id].aliases.join("、") + ")"));
      button.addEventListener("click", () => {
        select(id);
        list.replaceChildren();
      });
      item.appendChild(button);
      list.appendChild(item);
    }
  }

  // Filters.

  function buildPredicateFilters() {
    const list = document.getElementById("kg-predicates");
    const known = new Set([...list.querySelectorAll("input")].map((i) => i.dataset.predicate));
    for (const predicate of predicateVisible.keys()) {
      if (known.has(predicate)) continue;
      const item = el("li");
      const label = el("label");
      const box = el("input");
      box.type = "checkbox";
      box.checked = predicateVisible.get(predicate);
      box.dataset.predicate = predicate;
      label.appendChild(box);
      label.appendChild(document.createTextNode(" " + predicate));
      item.appendChild(label);
      list.appendChild(item);
    }
  }

  function wireFilters() {
    for (const box of document.querySelectorAll("#kg-types input[data-type]")) {
      typeVisible.set(box.dataset.type, box.checked);
    }
    document.getElementById("kg-types").addEventListener("change", (event) => {
      const box = event.target;
      if (!box.dataset || !box.dataset.type) return;
      typeVisible.set(box.dataset.type, box.checked);
      refresh();
    });
    document.getElementById("kg-predicates").addEventListener("change", (event) => {
      const box = event.target;
      if (!box.dataset || !box.dataset.predicate) return;
      predicateVisible.set(box.dataset.predicate, box.checked);
      refresh();
    });
    const from = document.getElementById("kg-from");
    const to = document.getElementById("kg-to");
    const onDates = () => {
      dateFrom = from.value;
      dateTo = to.value;
      refresh();
    };
    from.addEventListener("change", onDates);
    to.addEventListener("change", onDates);
    document.getElementById("kg-clear-dates").addEventListener("click", () => {
      from.value = "";
      to.value = "";
      onDates();
    });
  }

  // Build the model from the embedded data.

  for (const item of data.nodes) addNode(item);
  for (const e of data.edges) addEdge(e.from, e.to, e.predicate, e.sources);
  const opening = data.nodes.map((n, i) => (n.open ? i : -1)).filter((i) => i >= 0);
  opening.forEach((i) => revealed.add(i));

  const status = document.getElementById("kg-status");
  const searchBox = document.getElementById("kg-search");
  wireFilters();
  computeVisibility();

  const nodeView = new vis.DataView(nodeSet, { filter: (item) => visibleNode[item.id] === true });
  const edgeView = new vis.DataView(edgeSet, { filter: (item) => visibleEdge[item.id] === true });
  const physics = visibleCount() <= meta.physicsLimit;
  const network = new vis.Network(
    document.getElementById("kg-graph"),
    { nodes: nodeView, edges: edgeView },
    {
      autoResize: true,
      nodes: {
        borderWidth: 1,
        borderWidthSelected: 4,
        scaling: { min: 8, max: 24, label: { enabled: false } },
      },
      edges: { color: { color: "#9e9e9e", highlight: "#d62728", hover: "#555555" }, width: 1, selectionWidth: 2 },
      physics: {
        enabled: physics,
        solver: "forceAtlas2Based",
        stabilization: { enabled: true, iterations: 150, updateInterval: 50, fit: true },
      },
      interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: !physics, navigationButtons: false },
      layout: { improvedLayout: false, randomSeed: 7 },
    }
  );

  function markReady() {
    if (ready) return;
    ready = true;
    keepPositions();
  }

  if (physics && visibleCount() > 0) {
    network.once("stabilizationIterationsDone", () => {
      network.setOptions({ physics: { enabled: false } });
      markReady();
    });
  } else {
    network.once("afterDrawing", () => {
      network.fit();
      markReady();
    });
  }

  network.on("click", (params) => {
    if (params.nodes.length) expand(params.nodes[0]);
  });

  searchBox.addEventListener("input", (event) => {
    if (!event.isComposing) showResults();
  });
  searchBox.addEventListener("compositionend", showResults);
  searchBox.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || event.isComposing) return;
    event.preventDefault();
    search(searchBox.value);
    document.getElementById("kg-results").replaceChildren();
  });
  document.getElementById("kg-fit").addEventListener("click", () => network.fit());
  document.getElementById("kg-reset").addEventListener("click", () => {
    keepPositions();
    revealed.clear();
    opening.forEach((i) => revealed.add(i));
    refresh();
    network.fit();
  });

  if (meta.focus !== null && meta.focus !== undefined) {
    network.once("afterDrawing", () => network.selectNodes([meta.focus]));
  }
  showStatus();

  // A small handle for tests and for the console.
  window.kgExplorer = Object.freeze({
    network: network,
    nodes: nodeSet,
    edges: edgeSet,
    get ready() {
      return ready;
    },
    get busy() {
      return busy > 0;
    },
    errors: errors,
    visibleNodeIds: () => nodes.filter((n) => visibleNode[n.id]).map((n) => n.id),
    visibleEdgeIds: () => edges.filter((e) => visibleEdge[e.id]).map((e) => e.id),
    node: (id) => {
      const n = nodes[id];
      return n && { id: n.id, iri: n.iri, label: n.label, type: n.type, aliases: n.aliases.slice() };
    },
    edge: (id) => {
      const e = edges[id];
      return (
        e && {
          id: e.id,
          from: e.from,
          to: e.to,
          predicate: e.predicate,
          sources: e.sources.map((s) => ({ evidence: s[0], ...(articles[s[1]] || {}) })),
        }
      );
    },
    findByName: (name) => {
      const n = nodes.find((x) => x.label === name) || nodes.find((x) => x.aliases.includes(name));
      return n ? n.id : null;
    },
    hiddenNeighbours: hiddenNeighbours,
    search: search,
    expand: expand,
    status: () => status.textContent,
  });
})();
