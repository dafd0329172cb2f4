// The network view: a small force layout run for a fixed number of steps, drawn as SVG. Nodes can be dragged; a click opens
// the actor.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("network-data").textContent);
  const svg = document.getElementById("network");
  const NS = "http://www.w3.org/2000/svg";
  const W = 960, H = 600;
  const nodes = data.nodes.map((n, i) => ({...n,
    x: W / 2 + 250 * Math.cos(i * 2.4) * Math.sqrt((i + 1) / data.nodes.length),
    y: H / 2 + 200 * Math.sin(i * 2.4) * Math.sqrt((i + 1) / data.nodes.length)}));
  const index = Object.fromEntries(nodes.map((n) => [n.id, n]));
  const edges = data.edges.filter((e) => index[e.source] && index[e.target])
    .map((e) => ({...e, s: index[e.source], t: index[e.target]}));
  const maxEvents = Math.max(1, ...edges.map((e) => e.events));
  const maxNode = Math.max(1, ...nodes.map((n) => n.events));

  // Fruchterman–Reingold: repulsion k²/d between all nodes, attraction d²/k along edges, a
  // pull to the centre that keeps separate components on screen, and moves capped by a
  // temperature that cools to zero.
  const k = 0.4 * Math.sqrt(W * H / Math.max(nodes.length, 1));
  // Pull strength at which n nodes' repulsion balances at radius R: n·k²/R = g·R.
  const R = 0.4 * Math.min(W, H);
  const g = nodes.length * k * k / (R * R);
  const STEPS = 300;
  for (let s = 0; s < STEPS; s++) {
    const t = (W / 8) * (1 - s / STEPS);
    const disp = nodes.map(() => [0, 0]);
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const dx = nodes[j].x - nodes[i].x, dy = nodes[j].y - nodes[i].y;
        const d = Math.max(Math.hypot(dx, dy), 0.5);
        const f = k * k / d / d;
        disp[i][0] -= dx * f; disp[i][1] -= dy * f; disp[j][0] += dx * f; disp[j][1] += dy * f;
      }
    }
    for (const e of edges) {
      const i = nodes.indexOf(e.s), j = nodes.indexOf(e.t);
      const dx = e.t.x - e.s.x, dy = e.t.y - e.s.y;
      const f = Math.hypot(dx, dy) / k;
      disp[i][0] += dx * f; disp[i][1] += dy * f; disp[j][0] -= dx * f; disp[j][1] -= dy * f;
    }
    nodes.forEach((n, i) => {
      disp[i][0] += (W / 2 - n.x) * g; disp[i][1] += (H / 2 - n.y) * g;
      const len = Math.max(Math.hypot(disp[i][0], disp[i][1]), 1e-9);
      const move = Math.min(len, t);
      n.x = Math.min(W - 30, Math.max(30, n.x + disp[i][0] / len * move));
      n.y = Math.min(H - 20, Math.max(20, n.y + disp[i][1] / len * move));
    });
  }

  function make(tag, attrs) {
    const node = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    return node;
  }
  const lines = edges.map((e) => {
    const line = make("line", {"class": e.conflict > e.cooperation ? "conflict" : "coop",
      "stroke-width": (1 + 7 * e.events / maxEvents).toFixed(1)});
    const title = make("title", {});
    title.textContent = `${e.s.name} → ${e.t.name}: ${e.events} events ` +
      `(${e.cooperation} cooperation, ${e.conflict} conflict)`;
    line.append(title);
    svg.append(line);
    return line;
  });
  const marks = nodes.map((n) => {
    const g = make("g", {});
    const c = make("circle", {"r": (4 + 10 * Math.sqrt(n.events / maxNode)).toFixed(1),
      "class": n.kind});
    const title = make("title", {});
    title.textContent = `${n.name} (${n.code || n.kind}): ${n.events} events`;
    c.append(title);
    const label = make("text", {"dx": 10, "dy": 4});
    label.textContent = n.name;
    g.append(c, label);
    svg.append(g);
    let moved = false;
    c.addEventListener("pointerdown", (ev) => {
      moved = false;
      c.setPointerCapture(ev.pointerId);
      const move = (m) => {
        const box = svg.getBoundingClientRect();
        n.x = (m.clientX - box.left) * W / box.width; n.y = (m.clientY - box.top) * H / box.height;
        moved = true; draw();
      };
      c.addEventListener("pointermove", move);
      c.addEventListener("pointerup", () => c.removeEventListener("pointermove", move),
        {once: true});
    });
    c.addEventListener("click", () => {
      if (!moved) window.location.href = "/actors/" + encodeURIComponent(n.id);
    });
    return g;
  });
  function draw() {
    edges.forEach((e, i) => {
      lines[i].setAttribute("x1", e.s.x.toFixed(1)); lines[i].setAttribute("y1", e.s.y.toFixed(1));
      lines[i].setAttribute("x2", e.t.x.toFixed(1)); lines[i].setAttribute("y2", e.t.y.toFixed(1));
    });
    nodes.forEach((n, i) => marks[i].setAttribute("transform",
      `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`));
  }
  draw();
})();
