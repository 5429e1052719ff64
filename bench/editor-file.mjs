// The longest main-thread task while an editor's large file loads (`occupied=`): a file
// near both of the loader's limits (5 MB, 200,000 vertices), made by densifying a real
// map (DeepStateMap's export from ../shared when present, read at run time and written
// only to target/; else our own latest layers) to about 190,000 vertices and 4 MB.
// The window runs from the moment the page starts on the file (its fetch, or the worker
// that fetches it) to the frame after the widget shows it; the longest task in it is the
// longer of what the Long Tasks API reports and the longest stall of a 4 ms timer.
import fs from "node:fs";
import path from "node:path";

const TARGET_VERTICES = 190_000;

function rings(geometry) {
  if (!geometry) return [];
  if (geometry.type === "Polygon") return geometry.coordinates;
  if (geometry.type === "MultiPolygon") return geometry.coordinates.flat();
  if (geometry.type === "GeometryCollection") return geometry.geometries.flatMap(rings);
  return [];
}

/** Writes the large file under `dir`; returns {file, vertices, bytes, source}. */
export function largeFile(root, dir) {
  const shared = path.join(root, "../shared/data/occupied/deepstatemap_data_20251120.geojson");
  const own = path.join(root, "data/occupied/2025-11-20.geojson");
  const source = fs.existsSync(shared) ? shared : own;
  const fc = JSON.parse(fs.readFileSync(source, "utf8"));
  const polygons = fc.features.filter((f) => f.geometry && /Polygon/.test(f.geometry.type));
  // Points are added along the edges, evenly by length, rounded to 6 decimals (as map
  // exports are); edges shorter than two steps keep their ends only, so that rounding
  // never makes two nearly touching edges cross.
  const all = polygons.flatMap((f) => rings(f.geometry));
  const count = all.reduce((n, r) => n + r.length, 0);
  const length = all.reduce((n, r) => n + r.slice(1).reduce((m, b, i) => m + Math.hypot(b[0] - r[i][0], b[1] - r[i][1]), 0), 0);
  const step = length / (TARGET_VERTICES - count);
  const densify = (ring) => {
    const out = [];
    for (let i = 0; i + 1 < ring.length; i++) {
      const [a, b] = [ring[i], ring[i + 1]];
      out.push(a);
      const parts = Math.hypot(b[0] - a[0], b[1] - a[1]) / step;
      const n = parts >= 2 ? Math.round(parts) : 1;
      for (let k = 1; k < n; k++) {
        const t = k / n;
        out.push([+(a[0] + (b[0] - a[0]) * t).toFixed(6), +(a[1] + (b[1] - a[1]) * t).toFixed(6)]);
      }
    }
    out.push(ring[ring.length - 1]);
    return out;
  };
  const dense = (g) => (g.type === "Polygon" ? { type: g.type, coordinates: g.coordinates.map(densify) } : { type: g.type, coordinates: g.coordinates.map((p) => p.map(densify)) });
  const out = { type: "FeatureCollection", features: polygons.map((f) => ({ type: "Feature", properties: {}, geometry: dense(f.geometry) })) };
  const text = JSON.stringify(out);
  const vertices = out.features.reduce((n, f) => n + rings(f.geometry).reduce((m, r) => m + r.length, 0), 0);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "large.geojson");
  fs.writeFileSync(file, text);
  return { file, vertices, bytes: text.length, source: path.relative(root, source) };
}

const OBSERVE = () => {
  const w = (window.__editor = { tasks: [], start: null, gaps: [] });
  // The Long Tasks API reports only tasks of 50 ms and more: a timer ticking every few
  // milliseconds measures shorter ones too (the longest gap between ticks, less the tick).
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    w.gaps.push({ start: last, duration: now - last - 4 });
    last = now;
    if (!w.stopped) setTimeout(tick, 4);
  };
  setTimeout(tick, 4);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  const mark = () => (w.start ??= performance.now());
  const fetch0 = window.fetch;
  window.fetch = function (input, ...rest) {
    if (String(input?.url ?? input).includes("large.geojson")) mark();
    return fetch0.call(this, input, ...rest);
  };
  const Worker0 = window.Worker;
  window.Worker = function (...args) {
    mark();
    return new Worker0(...args);
  };
  window.Worker.prototype = Worker0.prototype;
};

/** Loads the widget with the large file `runs` times; the longest task in each window. */
export async function longestTask(browser, url, runs) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await ctx.addInitScript(OBSERVE);
    const page = await ctx.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector("[data-map-root]")?.dataset.state === "ready", null, { timeout: 60000 });
    const r = await page.evaluate(
      () =>
        new Promise((resolve) =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              const end = performance.now();
              const w = window.__editor;
              w.stopped = true;
              // Tasks that begin once the page has started on the file (the widget's start-up
              // task, in which it does so, is not the file's).
              const within = (t) => w.start != null && t.start >= w.start && t.start <= end;
              const inside = [...w.tasks, ...w.gaps].filter(within);
              const external = document.querySelector("[data-map-root]")?.dataset.date;
              resolve({ longest: Math.max(0, ...inside.map((t) => t.duration)), window: end - (w.start ?? end), shown: external, alerts: document.querySelectorAll('[role="alert"]').length });
            }, 50),
          ),
        ),
    );
    out.push(r);
    await ctx.close();
  }
  return out;
}
