// The benchmark's anchor: a minimal d3-geo + topojson-client page (bench/d3-anchor/)
// drawing the same 27 regions from the same Natural Earth data as the widget (our
// data/regions.geojson, turned into TopoJSON here by topojson-server, quantized 1e5 as
// newsrooms usually ship it). It is what a newsroom would hand-build without us, so our
// load and interaction times are reported as ratios to it, measured in the same run.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Assembles the anchor page into `dir` and returns it. */
export function buildAnchor(root, dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const f of ["index.html", "map.js"]) fs.copyFileSync(path.join(root, "bench/d3-anchor", f), path.join(dir, f));
  for (const [pkg, file] of [["d3-array", "d3-array.min.js"], ["d3-geo", "d3-geo.min.js"], ["topojson-client", "topojson-client.min.js"]]) {
    fs.copyFileSync(path.join(root, "node_modules", pkg, "dist", file), path.join(dir, file));
  }
  const { topology } = require(path.join(root, "node_modules/topojson-server"));
  const regions = JSON.parse(fs.readFileSync(path.join(root, "data/regions.geojson"), "utf8"));
  regions.features = regions.features.map((f) => ({ type: "Feature", properties: { iso: f.properties.iso, name: f.properties.name_en }, geometry: f.geometry }));
  fs.writeFileSync(path.join(dir, "regions.topojson"), JSON.stringify(topology({ regions }, 1e5)));
  return dir;
}
