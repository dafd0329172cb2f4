// Builds src/dyad/web/static/world.svg: Natural Earth 110m country outlines (via world-atlas),
// projected equirectangularly (x = lon + 180, y = 90 - lat) so that the map page can place any
// point with plain arithmetic and no projection code in the browser. Run: npm ci && npm run build
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { feature } from "topojson-client";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "node_modules");
const out = join(here, "..", "src", "dyad", "web", "static");
const topo = JSON.parse(readFileSync(join(modules, "world-atlas", "countries-110m.json"), "utf8"));
const countries = feature(topo, topo.objects.countries).features;

const r = (v) => Math.round(v * 10) / 10;
// Rings that cross the antimeridian jump from one edge of the map to the other; unwrap them
// into one continuous ring and draw it again shifted by a full turn, so the viewBox clips both.
function rings(points) {
  const xs = [];
  let prev = null;
  for (const [lon, lat] of points) {
    let x = lon + 180;
    if (prev !== null) x += 360 * Math.round((prev - x) / 360);
    xs.push([x, 90 - lat]);
    prev = x;
  }
  const lo = Math.min(...xs.map((p) => p[0]));
  const hi = Math.max(...xs.map((p) => p[0]));
  const shifts = [0];
  if (lo < 0) shifts.push(360);
  if (hi > 360) shifts.push(-360);
  return shifts.map((dx) => draw(xs.map(([x, y]) => [x + dx, y]))).join("");
}
function draw(points) {
  let d = "";
  let last = "";
  for (const [x, y] of points) {
    const p = `${r(x)},${r(y)}`;
    if (p === last) continue;  // rounding merges neighbours; keep the path short
    d += (d ? "L" : "M") + p;
    last = p;
  }
  return d + "Z";
}
function path(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((poly) => poly.map(rings).join("")).join("");
}
const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

const lines = [
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 180" width="360" height="180">',
  "<!-- Country outlines: Natural Earth 1:110m (public domain) via world-atlas 2.0.2 (ISC). -->",
  '<rect width="360" height="180" fill="#eef4f8"/>',
  '<g fill="#dfe3d8" stroke="#9aa39a" stroke-width="0.15" stroke-linejoin="round">',
];
for (const f of countries) {
  if (!f.geometry) continue;
  const name = escape(f.properties?.name ?? "");
  lines.push(`<path data-id="${f.id ?? ""}" d="${path(f.geometry)}"><title>${name}</title></path>`);
}
lines.push("</g>", "</svg>");
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "world.svg"), lines.join("\n") + "\n");

const licences = join(here, "LICENSES");
mkdirSync(licences, { recursive: true });
copyFileSync(join(modules, "world-atlas", "LICENSE"), join(licences, "world-atlas.txt"));
copyFileSync(join(modules, "topojson-client", "LICENSE"), join(licences, "topojson-client.txt"));
console.log(`world.svg: ${countries.length} countries`);
