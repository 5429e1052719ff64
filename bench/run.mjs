// `make bench`: bytes on the wire, load times, interaction latency and memory of the
// release build, in headless Chromium, with and without a mid-range-phone throttle, and
// with 1×, 4× and 16× the regions' vertices; the same figures for a hand-built d3-geo
// page of the same regions (bench/anchor.mjs), as ratios; the longest main-thread task
// while an editor's 4 MB file loads (bench/editor-file.mjs); layout shift of a host page
// (bench/embed-shift.mjs); and the wasm's largest contributors by crate
// (bench/wasm-profile.mjs). Prints a table and PASS/FAIL per budget (it never fails the
// test suite) and writes bench/results.json.
//
// Environment: BENCH_RUNS (cold loads per configuration, default 15),
// BENCH_INTERACTIONS (default 50), BENCH_SCALING=0 to skip the 4×/16× builds,
// BENCH_DIST (another build to measure, e.g. an older commit's dist/).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { serve } from "../tests/e2e/server.mjs";
import { launch } from "../tests/e2e/browser.mjs";
import { buildAnchor } from "./anchor.mjs";
import { largeFile, longestTask } from "./editor-file.mjs";
import { embedRoute, embedShift } from "./embed-shift.mjs";
import { crateProfile } from "./wasm-profile.mjs";
import { adversarial } from "./adversarial.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = Number(process.env.BENCH_RUNS || 15);
const INTERACTIONS = Number(process.env.BENCH_INTERACTIONS || 50);
const SCALING = process.env.BENCH_SCALING !== "0";

// Issue 22's goals (the page on the way to 150 KB); the times as ratios to the d3 anchor
// measured in the same run, on the same machine, loads taking turns.
const BUDGETS = {
  "worst hostile file, over the fastest (ms)": 2000,
  "total transfer, gzip (KB)": 200,
  "phone: first map paint ÷ d3 anchor's": 0.6,
  "phone: ready ÷ d3 anchor's": 1.5,
  "phone: taps at first paint lost": 0,
  "loopback: ready ÷ d3 anchor's": 1.15,
  "longest main-thread task during start-up (ms)": 50,
  "click to popup in the DOM, p95 (ms)": 16,
  "date switch to the DOM, p95 (ms)": 16,
  "longest main-thread task, 4 MB editor's file (ms)": 50,
  "layout shift of a host page (CLS, worst)": 0.01,
  "data of every date beyond the default, gzip (KB)": 12,
};

// Lighthouse's "Slow 4G" profile (150 ms RTT, 1.6 Mbps down, 750 Kbps up) and a 4× CPU slowdown.
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };
const PHONE = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const DESKTOP = { viewport: { width: 1280, height: 900 } };

// ---------------------------------------------------------------- bytes on the wire
function sizes(dist) {
  const rows = [];
  const worker = [];
  for (const name of fs.readdirSync(dist).sort()) {
    if (!/\.(html|js|wasm|css)$/.test(name) || ["embed.js", "noscript.css", "article.html"].includes(name)) continue;
    const body = fs.readFileSync(path.join(dist, name));
    // The worker loads only for an editor's file or a download: not part of the page.
    (name.startsWith("upm-worker") ? worker : rows).push({
      asset: name,
      kind: name.endsWith(".wasm") ? "wasm" : name.endsWith(".js") ? "js" : name.endsWith(".css") ? "css" : "html",
      raw: body.length,
      gzip: zlib.gzipSync(body, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  // The data is compiled into the wasm as one binary (build.rs); it is reported on its own
  // too, with every date of the timeline and with the default date only.
  const dir = path.join(ROOT, "target/bench-bundles");
  execFileSync("cargo", ["run", "--release", "-q", "-p", "prepare-data", "--", "--bundles", dir], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  const data = ["all-dates", "default-date"].map((name) => {
    const body = fs.readFileSync(path.join(dir, `bundle-${name}.bin`));
    return { asset: `data bundle, ${name} (inside the wasm)`, kind: "data", raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length, brotli: zlib.brotliCompressSync(body).length };
  });
  const workerTotal = worker.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { rows, data, total, worker, workerTotal, timelineData: data[0].gzip - data[1].gzip };
}

// ---------------------------------------------------------------- page instrumentation
const INSTRUMENT = () => {
  const b = (window.__bench = { marks: {}, clicks: [], memory: null, shift: 0, tasks: [] });
  // Main-thread tasks over 50 ms (the long-task API's threshold), stamped by their start.
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) b.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (!e.hadRecentInput) b.shift += e.value;
  }).observe({ type: "layout-shift", buffered: true });
  const now = () => performance.now();
  const afterPaint = (cb) => requestAnimationFrame(() => setTimeout(() => cb(now()), 0));
  for (const k of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[k];
    WebAssembly[k] = async function (...args) {
      const r = await original.apply(this, args);
      b.memory = (r.instance || r).exports.memory;
      return r;
    };
  }
  new MutationObserver(() => {
    if (!b.marks.mapInDom && document.querySelector("[data-iso]")) {
      b.marks.mapInDom = now();
      afterPaint((t) => (b.marks.mapPainted = t));
    }
    const root = document.querySelector("[data-map-root]");
    if (!b.marks.ready && root && root.dataset.state === "ready") b.marks.ready = now();
    if (b.waitFor && document.querySelector(b.waitFor) && !b.seen) {
      b.seen = true;
      b.tDom = now();
      afterPaint((t) => (b.t1 = t));
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-state", "data-date", "class", "d"] });
  const arm = (e) => {
    if (b.armed === e.type) {
      b.t0 = e.timeStamp;
      b.armed = null;
    }
  };
  document.addEventListener("click", arm, true);
  document.addEventListener("keydown", arm, true);
  document.addEventListener("pointermove", arm, true);
};

async function coldLoad(browser, url, throttle) {
  // The phone profile is a phone: its screen, its touch, its network and CPU.
  const ctx = await browser.newContext(throttle ? PHONE : DESKTOP);
  await ctx.addInitScript(INSTRUMENT);
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (throttle) {
    await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  }
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.marks.ready && window.__bench.marks.mapPainted, null, { timeout: 60000 });
  // Long tasks still running when ready was marked are reported a frame later.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  const r = await page.evaluate(() => {
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null;
    const m = window.__bench.marks;
    // The frame after the map is in the DOM (requestAnimationFrame, then a task): the same
    // instrument for every page, so that ratios to the d3 anchor compare like with like.
    // (Chromium's first-contentful-paint, kept as fcp, is stamped later, at presentation.)
    const mapPaint = m.mapPainted;
    // Start-up: every task that began before the page was ready.
    const startup = window.__bench.tasks.filter((t) => t.start <= m.ready).map((t) => t.duration);
    return { fcp, mapPaint, ready: m.ready, longestStartupTask: Math.max(0, ...startup), shift: window.__bench.shift, wasmBytes: window.__bench.memory?.buffer.byteLength ?? null };
  });
  r.jsHeap = (await cdp.send("Runtime.getHeapUsage")).usedSize;
  await ctx.close();
  return r;
}

/** A point inside a region's shape where the region itself receives the pointer. */
async function pointIn(page, iso) {
  return page.evaluate((iso) => {
    const el = document.querySelector(`[data-iso="${iso}"]`);
    const box = el.getBoundingClientRect();
    const svg = el.ownerSVGElement;
    const m = el.getScreenCTM().inverse();
    for (let i = 1; i < 20; i++) {
      for (let j = 1; j < 20; j++) {
        const x = box.left + (box.width * i) / 20;
        const y = box.top + (box.height * j) / 20;
        const p = svg.createSVGPoint();
        p.x = x;
        p.y = y;
        if (el.isPointInFill(p.matrixTransform(m)) && document.elementFromPoint(x, y) === el) return { x, y };
      }
    }
    return null;
  }, iso);
}

/** A tap on a region as soon as the map is painted, on the phone profile: answered (its
 * dialog opens, with the time from the tap) or lost (nothing within 20 s). */
async function tapAtFirstPaint(browser, url, iso) {
  const ctx = await browser.newContext(PHONE);
  await ctx.addInitScript(INSTRUMENT);
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(() => window.__bench.marks.mapPainted, null, { timeout: 60000, polling: 16 });
  const p = await pointIn(page, iso);
  const before = await page.evaluate(() => ({ now: performance.now(), ready: window.__bench.marks.ready ?? null }));
  await page.touchscreen.tap(p.x, p.y);
  const answer = await page
    .waitForFunction((iso) => document.querySelector(`[role="dialog"][data-region="${iso}"]`) && performance.now(), iso, { timeout: 20000, polling: 16 })
    .then((h) => h.jsonValue())
    .catch(() => null);
  await ctx.close();
  return { iso, readyBeforeTap: before.ready !== null, answered: answer !== null, afterTapMs: answer === null ? null : answer - before.now };
}

async function interactions(browser, url, throttle, clicksOnly = false) {
  // The phone profile is a phone here too: its screen and its touch. It taps; it has no
  // hover, and its readers rarely a keyboard: those two are measured on the desktop only.
  const phone = throttle;
  const ctx = await browser.newContext(phone ? PHONE : DESKTOP);
  await ctx.addInitScript(INSTRUMENT);
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  if (throttle) await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.marks.ready);
  const isos = await page.$$eval("[data-iso]", (els) => els.map((e) => e.getAttribute("data-iso")));
  const points = {};
  for (const iso of isos) points[iso] = await pointIn(page, iso);
  const usable = isos.filter((i) => points[i]);
  // Two figures per interaction: input → DOM updated (our code's work, which must fit
  // in a frame for the popup to show in the next one), and input → next frame painted.
  const measure = async (type, selector, act, into) => {
    await page.evaluate(([t, s]) => Object.assign(window.__bench, { armed: t, t0: null, t1: null, tDom: null, seen: false, waitFor: s }), [type, selector]);
    await act();
    await page.waitForFunction(() => window.__bench.t1 && window.__bench.t0, null, { timeout: 10000 });
    const [dom, paint] = await page.evaluate(() => [window.__bench.tDom - window.__bench.t0, window.__bench.t1 - window.__bench.t0]);
    into.dom.push(dom);
    into.paint.push(paint);
  };
  const click = { dom: [], paint: [] };
  const key = { dom: [], paint: [] };
  const hover = { dom: [], paint: [] };
  for (let i = 0; i < INTERACTIONS; i++) {
    const iso = usable[i % usable.length];
    // Focus returning to a region can scroll the page: start each round from the top.
    await page.evaluate(() => window.scrollTo(0, 0));
    const p = points[iso];
    const press = phone ? () => page.touchscreen.tap(p.x, p.y) : () => page.mouse.click(p.x, p.y);
    // A tap within 12 px of Kyiv city or Sevastopol means them (regions.rs): any card will do.
    await measure("click", phone ? '[role="dialog"][data-region]' : `[role="dialog"][data-region="${iso}"]`, press, click);
    await page.keyboard.press("Escape");
    await page.waitForSelector('[role="dialog"]', { state: "detached" });
    if (clicksOnly || phone) continue;
    // Keyboard: the region has focus after Escape; Enter reopens it.
    await measure("keydown", `[role="dialog"][data-region="${iso}"]`, () => page.keyboard.press("Enter"), key);
    await page.keyboard.press("Escape");
    await page.waitForSelector('[role="dialog"]', { state: "detached" });
    // Hover: from outside the map into a region.
    const q = points[usable[(i + 7) % usable.length]];
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(2, 2);
    await page.waitForSelector(".upm-outline--hover", { state: "detached" });
    await measure("pointermove", ".upm-outline--hover", () => page.mouse.move(q.x, q.y), hover);
  }
  // Choosing a date on the timeline: input → the map root names the new date.
  const dates = clicksOnly ? [] : await page.$$eval("[data-timeline] [data-date]", (els) => els.map((e) => e.dataset.date));
  const dateSwitch = { dom: [], paint: [] };
  for (let i = 0; i < (clicksOnly ? 0 : INTERACTIONS); i++) {
    const date = dates[(i + 1) % dates.length];
    await page.evaluate(() => window.scrollTo(0, 0));
    const button = page.locator(`[data-timeline] [data-date="${date}"]`);
    if (phone) await button.scrollIntoViewIfNeeded();
    const box = await button.boundingBox();
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await measure("click", `[data-map-root][data-date="${date}"]`, () => (phone ? page.touchscreen.tap(x, y) : page.mouse.click(x, y)), dateSwitch);
  }
  const jsHeapAfter = (await cdp.send("Runtime.getHeapUsage")).usedSize;
  const wasmBytes = await page.evaluate(() => window.__bench.memory?.buffer.byteLength ?? null);
  await ctx.close();
  return { click, key, hover, dateSwitch, jsHeapAfter, wasmBytesAfter: wasmBytes };
}

// ---------------------------------------------------------------- statistics and output
function stats(xs) {
  const s = [...xs].filter((x) => x != null).sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  return { n: s.length, min: s[0], p50: q(0.5), p95: q(0.95), max: s[s.length - 1], iqr: q(0.75) - q(0.25) };
}
const ms = (x) => (x == null ? "–" : x.toFixed(1));
const kb = (x) => (x / 1024).toFixed(1);

/** RUNS cold loads of each page, taking turns, so that a machine whose speed drifts
 * during the run (a shared VM) weighs on every page alike: what the ratios need. */
async function alternatingLoads(browser, urls, throttle) {
  const loads = urls.map(() => []);
  for (let i = 0; i < RUNS; i++) for (const [k, url] of urls.entries()) loads[k].push(await coldLoad(browser, url, throttle));
  return loads;
}

async function measureConfig(browser, url, label, throttle, clicksOnly = false, loads = null) {
  if (!loads) loads = (await alternatingLoads(browser, [url], throttle))[0];
  const inter = await interactions(browser, url, throttle, clicksOnly);
  return {
    label,
    throttle,
    fcp: stats(loads.map((l) => l.fcp)),
    mapPaint: stats(loads.map((l) => l.mapPaint)),
    ready: stats(loads.map((l) => l.ready)),
    shift: stats(loads.map((l) => l.shift)),
    click: stats(inter.click.paint),
    clickDom: stats(inter.click.dom),
    key: stats(inter.key.paint),
    keyDom: stats(inter.key.dom),
    hover: stats(inter.hover.paint),
    hoverDom: stats(inter.hover.dom),
    date: stats(inter.dateSwitch.paint),
    dateDom: stats(inter.dateSwitch.dom),
    longestStartupTask: stats(loads.map((l) => l.longestStartupTask)),
    peakJsHeap: Math.max(...loads.map((l) => l.jsHeap), inter.jsHeapAfter),
    wasmMemory: Math.max(...loads.map((l) => l.wasmBytes || 0), inter.wasmBytesAfter || 0),
  };
}

/** The data bundle build.rs compiled into the release wasm (to find it in `.rodata`). */
function embeddedBundle() {
  const build = path.join(ROOT, "target/wasm32-unknown-unknown/release/build");
  const found = fs.existsSync(build)
    ? fs.readdirSync(build).filter((d) => d.startsWith("ukraine-peace-map-")).map((d) => path.join(build, d, "out/embedded.bin")).filter((f) => fs.existsSync(f))
    : [];
  found.sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  return found.length ? fs.readFileSync(found[0]) : null;
}

function buildVariant(name, toleranceArgs) {
  const regions = path.join(ROOT, "bench/data", `regions-${name}.geojson`);
  const dist = path.join(ROOT, "bench", `dist-${name}`);
  fs.mkdirSync(path.dirname(regions), { recursive: true });
  execFileSync("cargo", ["run", "--release", "-q", "-p", "prepare-data", "--", ...toleranceArgs, "--regions-only", regions], { cwd: ROOT, stdio: "inherit" });
  execFileSync("trunk", ["build", "--release", "--dist", dist], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, UPM_REGIONS: regions } });
  const vertices = JSON.parse(fs.readFileSync(regions, "utf8")).features.reduce((n, f) => n + JSON.stringify(f.geometry.coordinates).split("],[").length, 0);
  return { dist, vertices };
}

async function main() {
  const dist = path.resolve(process.env.BENCH_DIST || path.join(ROOT, "dist"));
  const size = sizes(dist);
  console.log("\nBytes on the wire (widget page and everything it loads)");
  console.log("asset".padEnd(48), "raw".padStart(9), "gzip".padStart(9), "brotli".padStart(9));
  for (const r of [...size.rows, ...size.data]) console.log(r.asset.padEnd(48), String(r.raw).padStart(9), String(r.gzip).padStart(9), String(r.brotli).padStart(9));
  console.log("total".padEnd(48), String(size.total.raw).padStart(9), String(size.total.gzip).padStart(9), String(size.total.brotli).padStart(9));
  for (const r of size.worker) console.log(`${r.asset} (on demand)`.padEnd(48), String(r.raw).padStart(9), String(r.gzip).padStart(9), String(r.brotli).padStart(9));
  console.log("worker, loaded only for an editor's file or a download".padEnd(48), String(size.workerTotal.raw).padStart(9), String(size.workerTotal.gzip).padStart(9), String(size.workerTotal.brotli).padStart(9));

  // Where the widget's wasm comes from (names kept: before wasm-opt, so shares, not bytes).
  const wasmProfile = crateProfile(path.join(ROOT, "target/wasm32-unknown-unknown/release/ukraine-peace-map.wasm"), embeddedBundle());
  console.log(`\nThe widget's wasm by crate (${wasmProfile.file}, before wasm-opt): code ${wasmProfile.code} bytes, data ${wasmProfile.data} bytes`);
  for (const r of wasmProfile.rows.slice(0, 12)) console.log(`  ${String(r.bytes).padStart(8)}  ${((100 * r.bytes) / wasmProfile.code).toFixed(1).padStart(5)}%  ${r.crate}`);
  for (const [part, bytes] of Object.entries(wasmProfile.dataParts)) console.log(`  data ${String(bytes).padStart(8)}  ${part}`);

  const variants = [{ name: "1x", dist, vertices: null }];
  if (SCALING) {
    variants.push({ name: "4x", ...buildVariant("4x", ["--tolerance", "0.0005"]) });
    variants.push({ name: "16x", ...buildVariant("16x", ["--tolerance", "0.0005", "--densify", "4"]) });
  }
  const browser = await launch();
  const configs = [];
  // The anchor and the widget in this run on this machine, their cold loads taking turns.
  const anchorServer = await serve(buildAnchor(ROOT, path.join(ROOT, "target/bench-anchor")));
  const firstServer = await serve(dist);
  const [anchorLoads, firstLoads] = await alternatingLoads(browser, [anchorServer.url + "/", firstServer.url + "/"], false);
  const [anchorPhoneLoads, phoneLoads] = await alternatingLoads(browser, [anchorServer.url + "/", firstServer.url + "/"], true);
  // Taps at first paint on the phone profile, over a few regions.
  const taps = [];
  for (let i = 0; i < Math.max(4, Math.ceil(RUNS / 3)); i++) taps.push(await tapAtFirstPaint(browser, firstServer.url + "/", ["UA-46", "UA-12", "UA-63", "UA-05"][i % 4]));
  await firstServer.close();
  const anchor = await measureConfig(browser, anchorServer.url + "/", "d3-geo anchor loopback", false, true, anchorLoads);
  const anchorPhone = await measureConfig(browser, anchorServer.url + "/", "d3-geo anchor phone", true, true, anchorPhoneLoads);
  await anchorServer.close();
  for (const v of variants) {
    const server = await serve(v.dist);
    const loads = v.name === "1x" ? firstLoads : null;
    configs.push({ variant: v.name, vertices: v.vertices, ...(await measureConfig(browser, server.url + "/", `${v.name} loopback`, false, false, loads)) });
    if (v.name === "1x") configs.push({ variant: v.name, ...(await measureConfig(browser, server.url + "/", "1x phone (slow 4G, 4× CPU)", true, false, phoneLoads)) });
    await server.close();
  }
  // An editor's large file, and a host page embedding the widget.
  const large = largeFile(ROOT, path.join(ROOT, "target/bench-files"));
  const fileServer = await serve(dist, {
    routes: {
      "/large.geojson": (req, res) => res.writeHead(200, { "content-type": "application/geo+json", "access-control-allow-origin": "*" }).end(fs.readFileSync(large.file)),
      ...embedRoute("/"),
    },
  });
  const editorRuns = await longestTask(browser, `${fileServer.url}/?occupied=/large.geojson&asof=2025-11-21`, Math.max(3, Math.ceil(RUNS / 3)));
  const shifts = [];
  for (const width of [375, 1280]) shifts.push(...(await embedShift(browser, `${fileServer.url}/bench-embed.html`, Math.max(3, Math.ceil(RUNS / 3)), width)));
  await fileServer.close();
  await browser.close();

  console.log(`\nLoads (${RUNS} cold runs each) and interactions (${INTERACTIONS} each); ms, median [p95] (IQR)`);
  console.log("(interactions: input → DOM updated / input → next frame painted)");
  const head = ["configuration", "first map paint", "ready", "click→popup", "Enter→popup", "hover→highlight", "date→map", "heap MB JS/wasm"];
  console.log(head.map((h, i) => h.padEnd(i ? 24 : 22)).join(""));
  for (const c of configs) {
    const cell = (s) => `${ms(s.p50)} [${ms(s.p95)}] (${ms(s.iqr)})`;
    const pair = (d, p) => `${ms(d.p50)}/${ms(p.p50)} [${ms(d.p95)}/${ms(p.p95)}]`;
    console.log(
      [
        c.label.padEnd(22),
        cell(c.mapPaint).padEnd(24),
        cell(c.ready).padEnd(24),
        pair(c.clickDom, c.click).padEnd(24),
        pair(c.keyDom, c.key).padEnd(24),
        pair(c.hoverDom, c.hover).padEnd(24),
        pair(c.dateDom, c.date).padEnd(24),
        `${(c.peakJsHeap / 1e6).toFixed(1)}/${(c.wasmMemory / 1e6).toFixed(1)}`,
      ].join(""),
    );
  }
  for (const c of [anchor, anchorPhone]) console.log([c.label.padEnd(22), `${ms(c.mapPaint.p50)} [${ms(c.mapPaint.p95)}] (${ms(c.mapPaint.iqr)})`.padEnd(24), `${ms(c.ready.p50)} [${ms(c.ready.p95)}] (${ms(c.ready.iqr)})`.padEnd(24), `${ms(c.clickDom.p50)}/${ms(c.click.p50)} [${ms(c.clickDom.p95)}/${ms(c.click.p95)}]`].join(""));
  const base = configs.find((c) => c.label === "1x loopback");
  const phone = configs.find((c) => c.throttle);
  const ratio = (a, b) => a / b;
  console.log(`\nAgainst the d3-geo anchor (same run, medians): loopback first map paint ×${ratio(base.mapPaint.p50, anchor.mapPaint.p50).toFixed(2)}, ready ×${ratio(base.ready.p50, anchor.ready.p50).toFixed(2)}, click→popup in the DOM p95 ×${ratio(base.clickDom.p95, anchor.clickDom.p95).toFixed(2)}; phone first map paint ×${ratio(phone.mapPaint.p50, anchorPhone.mapPaint.p50).toFixed(2)}, ready ×${ratio(phone.ready.p50, anchorPhone.ready.p50).toFixed(2)}`);
  console.log(`Longest main-thread task during start-up, median [max]: loopback ${ms(base.longestStartupTask.p50)} [${ms(base.longestStartupTask.max)}] ms, phone ${ms(phone.longestStartupTask.p50)} [${ms(phone.longestStartupTask.max)}] ms`);
  console.log(`Taps at first paint (phone profile): ${taps.filter((t) => t.answered).length} of ${taps.length} answered; tap → dialog ${taps.map((t) => (t.answered ? ms(t.afterTapMs) : "lost") + (t.readyBeforeTap ? " (already ready)" : "")).join(", ")} ms`);
  const longest = stats(editorRuns.map((r) => r.longest));
  console.log(`\nAn editor's file of ${(large.bytes / 1e6).toFixed(1)} MB and ${large.vertices} vertices (densified from ${large.source}), ${editorRuns.length} loads:`);
  console.log(`  longest main-thread task from the file's start to the frame showing it: median ${ms(longest.p50)} ms, max ${ms(longest.max)} ms; window median ${ms(stats(editorRuns.map((r) => r.window)).p50)} ms; shown: ${[...new Set(editorRuns.map((r) => r.shown))].join(", ")}; alerts: ${Math.max(...editorRuns.map((r) => r.alerts))}`);
  console.log(`Layout shift of a host page embedding the widget (375 and 1280 px, ${shifts.length} loads): worst CLS ${Math.max(...shifts).toFixed(4)}; widget page itself: worst ${Math.max(base.shift.max, 0).toFixed(4)}`);
  // Hostile files within the limits (tests/bounds.rs's), through the worker in Chromium.
  const hostile = await adversarial();
  const fastest = Math.min(...hostile.map((r) => r.ms));
  console.log("\nHostile editors' files within the limits (time from the page's start to the widget's answer):");
  for (const r of hostile) console.log(`  ${r.file.padEnd(24)} ${String(r.kb).padStart(5)} KB ${String(r.ms).padStart(6)} ms (+${r.ms - fastest})  ${r.outcome}`);
  const actual = {
    "worst hostile file, over the fastest (ms)": Math.max(...hostile.map((r) => r.ms - fastest)),
    "total transfer, gzip (KB)": size.total.gzip / 1024,
    "phone: first map paint ÷ d3 anchor's": ratio(phone.mapPaint.p50, anchorPhone.mapPaint.p50),
    "phone: ready ÷ d3 anchor's": ratio(phone.ready.p50, anchorPhone.ready.p50),
    "phone: taps at first paint lost": taps.filter((t) => !t.answered).length,
    "loopback: ready ÷ d3 anchor's": ratio(base.ready.p50, anchor.ready.p50),
    "longest main-thread task during start-up (ms)": base.longestStartupTask.p50,
    "click to popup in the DOM, p95 (ms)": base.clickDom.p95,
    "date switch to the DOM, p95 (ms)": base.dateDom.p95,
    "longest main-thread task, 4 MB editor's file (ms)": longest.max,
    "layout shift of a host page (CLS, worst)": Math.max(...shifts),
    "data of every date beyond the default, gzip (KB)": size.timelineData / 1024,
  };
  console.log("\nBudgets");
  const verdicts = {};
  for (const [name, limit] of Object.entries(BUDGETS)) {
    verdicts[name] = { limit, actual: actual[name], pass: actual[name] <= limit };
    console.log(`${verdicts[name].pass ? "PASS" : "FAIL"}  ${name.padEnd(50)} ${actual[name].toFixed(limit < 1 ? 3 : limit < 2 ? 2 : 1).padStart(8)}  (budget ${limit})`);
  }
  const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30) };
  const results = { date: new Date().toISOString(), machine, runs: RUNS, interactions: INTERACTIONS, sizes: size, wasmProfile, configs, anchor, anchorPhone, taps, editorFile: { ...large, file: path.relative(ROOT, large.file), runs: editorRuns }, hostShift: shifts, hostileFiles: hostile, budgets: verdicts };
  const out = process.env.BENCH_OUT || path.join(ROOT, "bench/results.json");
  fs.writeFileSync(out, JSON.stringify(results, null, 2));
  console.log(`\nwrote ${path.relative(ROOT, out)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
