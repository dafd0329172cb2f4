// The article view: pointing at or clicking a quote, place or event word shows what the record
// says about it in the side panel. Everything shown is set as text, never as HTML.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("record-data").textContent);
  const rec = data.record;
  const byId = (list) => Object.fromEntries(list.map((x) => [x.id, x]));
  const actors = byId(rec.actors), quotes = byId(rec.quotes), events = byId(rec.events),
    places = byId(rec.places);
  const panel = document.getElementById("detail");
  const QUAD = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
    4: "material conflict"};
  let pinned = null;

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }
  function actorLink(id) {
    const a = actors[id];
    if (!a) return el("span", "—");
    const link = el("a", a.name);
    link.href = "/actors/" + encodeURIComponent(data.entities[id] || "");
    return link;
  }
  function facts(rows) {
    const dl = el("dl");
    for (const [k, v] of rows) {
      if (v === null || v === undefined || v === "") continue;
      dl.append(el("dt", k));
      const dd = el("dd");
      if (v instanceof Node) dd.append(v); else dd.textContent = String(v);
      dl.append(dd);
    }
    return dl;
  }
  function showQuote(q) {
    const box = [el("h3", (q.kind === "direct" ? "Quote" : q.kind + " quote")),
      el("blockquote", q.text)];
    box.push(facts([["speaker", q.speaker ? actorLink(q.speaker) : "unattributed"],
      ["cue", q.cue], ["to", q.addressee ? actorLink(q.addressee) : null]]));
    return box;
  }
  function showEvent(e) {
    const code = `${e.cameo} ${e.plover}`;
    return [el("h3", `Event ${code}`), facts([
      ["source", e.source ? actorLink(e.source) : null],
      ["target", e.target ? actorLink(e.target) : null],
      ["trigger", e.trigger + (e.negated ? " (negated)" : "")],
      ["QuadClass", `${e.quad_class} ${QUAD[e.quad_class] || ""}`],
      ["Goldstein", e.goldstein], ["modality", e.modality], ["date", e.date],
      ["place", e.place && places[e.place] ? places[e.place].name : null],
      ["confidence", e.confidence], ["evidence", e.evidence]])];
  }
  function showActor(a) {
    return [el("h3", a.name), facts([["kind", a.kind], ["code", a.code], ["country", a.country],
      ["role", a.role], ["sector", a.sector.join(", ")],
      ["affiliation", a.affiliation ? actorLink(a.affiliation) : null],
      ["mentions", a.mentions.length]])];
  }
  function showPlace(p) {
    return [el("h3", p.name), facts([["kind", p.feature], ["country", p.country],
      ["lat, lon", p.lat !== null ? `${p.lat}, ${p.lon}` : null], ["GeoNames", p.geonames_id]])];
  }
  function show(target) {
    const parts = [];
    for (const id of (target.dataset.events || "").split(" ").filter(Boolean)) {
      if (events[id]) parts.push(...showEvent(events[id]));
    }
    if (target.dataset.quote && quotes[target.dataset.quote]) {
      parts.push(...showQuote(quotes[target.dataset.quote]));
    }
    if (target.dataset.actor && actors[target.dataset.actor]) {
      parts.push(...showActor(actors[target.dataset.actor]));
    }
    if (target.dataset.place && places[target.dataset.place]) {
      parts.push(...showPlace(places[target.dataset.place]));
    }
    if (parts.length) panel.replaceChildren(...parts);
  }
  const text = document.getElementById("text");
  text.addEventListener("mouseover", (ev) => {
    const t = ev.target.closest("[data-quote],[data-events],[data-actor],[data-place]");
    if (t && !pinned) show(t);
  });
  text.addEventListener("click", (ev) => {
    const t = ev.target.closest("[data-quote],[data-events],[data-place]");
    // Actor names are links to the actor's page; everything else pins its details.
    if (!t || ev.target.closest("a")) return;
    if (pinned) pinned.classList.remove("selected");
    pinned = pinned === t ? null : t;
    if (pinned) { pinned.classList.add("selected"); show(pinned); }
  });
})();
