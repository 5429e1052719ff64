// Every promise at every edge (issue 19): what an embedder, an editor's file or a URL
// does can neither hurt the host page, nor stall the widget, nor show another date than
// asked. Each case here failed before the fix it checks.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { setup, open, ready, artifact, DIST, DESKTOP, PHONE } from "./helpers.mjs";

const html = (body) => (req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
const json = (body) => (req, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Host</title></head><body style="margin:0">${body}</body></html>`;
const square = { type: "FeatureCollection", features: [{ type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [[[36, 47], [38, 47], [38, 48], [36, 48], [36, 47]]] } }] };

const index = fs.readFileSync(path.join(DIST, "index.html"), "utf8");
const loader = index.match(/data-worker="\.\/([^"]+)"/)[1];
const workerWasm = fs.readdirSync(DIST).find((f) => f.startsWith("upm-worker-") && f.endsWith("_bg.wasm"));

let env;
let slow = [];
before(async () => {
  env = await setup({
    routes: {
      "/host/javascript.html": html(page(`<div id="w" data-ukraine-peace-map data-src="javascript:alert(document.domain)//"></div><div id="d" data-ukraine-peace-map data-src="data:text/html,<script>alert(1)</script>"></div><script src="/embed.js"></script>`)),
      "/host/bad-occupied.html": html(page(`<div data-ukraine-peace-map data-src="/" data-occupied="javascript:alert(1)" data-terms=" java\tscript:alert(2)"></div><script src="/embed.js"></script>`)),
      "/host/narrow.html": html(page(`<div style="width:240px;margin:0 20px"><p>A sidebar of 240 px.</p><div data-ukraine-peace-map data-src="/"></div></div><script src="/embed.js"></script>`)),
      "/host/langs.html": html(page(["UK", " uk ", "ua", "Uk\n"].map((l) => `<div data-ukraine-peace-map data-src="/" data-lang="${l}"></div>`).join("") + `<script src="/embed.js"></script><script>window.__reserved = [...document.querySelectorAll("iframe")].map((f) => parseFloat(f.style.height));</script>`)),
      "/host/spa.html": html(page(`<main id="m"></main><script src="/embed.js"></script>`)),
      "/host/plain-iframe.html": html(page(`<iframe id="f" src="/?lang=en" style="width:600px;height:1200px;border:0"></iframe>`)),
      "/ok/square.geojson": json(square),
      "/ok/slow-square.geojson": (req, res) => {
        const t = setTimeout(() => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(square)), 3000);
        slow.push(t);
      },
    },
  });
  // A worker that says it is ready and then never answers (a stalled computation).
  const ok = { "/ok/square.geojson": json(square) };
  env.hung = await setup({ routes: { ...ok, [`/${loader}`]: (req, res) => res.writeHead(200, { "content-type": "text/javascript" }).end("postMessage({ ready: true }); onmessage = function () {};") } });
  // A worker whose WebAssembly is missing, or is an HTML page (an SPA's fallback), or is
  // refused by the worker's own Content-Security-Policy (no 'wasm-unsafe-eval').
  env.noWasm = await setup({ routes: { ...ok, [`/${workerWasm}`]: (req, res) => res.writeHead(404).end("not found") } });
  env.htmlWasm = await setup({ routes: { ...ok, [`/${workerWasm}`]: html("<!doctype html><p>Not here") } });
  env.cspWorker = await setup({
    routes: {
      ...ok,
      [`/${loader}`]: (req, res) =>
        res.writeHead(200, { "content-type": "text/javascript", "content-security-policy": "script-src 'self'" }).end(fs.readFileSync(path.join(DIST, loader))),
    },
  });
});
after(async () => {
  slow.forEach(clearTimeout);
  for (const e of [env.hung, env.noWasm, env.htmlWasm, env.cspWorker]) await e.close();
  await env.close();
});

test("embed.js: a data-src that is not http(s) never becomes a frame; the element is left as it was, with a warning", async () => {
  const p = await open(env, "host/javascript.html");
  const warnings = [];
  p.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  const dialogs = [];
  p.on("dialog", (d) => (dialogs.push(d.message()), d.dismiss()));
  await p.reload();
  await p.waitForTimeout(500);
  assert.equal(await p.locator("iframe").count(), 0);
  assert.equal(await p.locator("[data-upm-mounted]").count(), 0);
  assert.deepEqual(dialogs, []);
  assert.ok(warnings.some((w) => /data-src must be an http\(s\) URL/.test(w)), warnings.join("\n"));
  await p.context().close();
});

test("embed.js: occupied/terms addresses that are not http(s) are not passed to the widget", async () => {
  const p = await open(env, "host/bad-occupied.html");
  const src = await p.locator("iframe").getAttribute("src");
  assert.ok(!/occupied=|terms=/.test(src), src);
  const frame = p.frameLocator("iframe");
  await frame.locator("[data-map-root][data-state=ready]").waitFor({ timeout: 20000 });
  assert.equal(await frame.locator('[role="alert"]').count(), 0);
  await p.context().close();
});

test("the widget page refuses occupied=/terms= addresses that are not http(s), and says so", async () => {
  const p = await open(env, "?occupied=javascript%3Aalert(1)&terms=%20data%3Aapplication%2Fjson%2C%7B%7D&lang=uk");
  await ready(p);
  const alerts = await p.locator('[role="alert"]').allInnerTexts();
  assert.equal(alerts.length, 2, alerts.join("\n"));
  assert.match(alerts.join("\n"), /лише адреси http\(s\), не javascript:/);
  assert.match(alerts.join("\n"), /не data:/);
  await p.context().close();
});

test("embed.js: the widget fits a 240 px column without the host page scrolling sideways", async () => {
  const p = await open(env, "host/narrow.html", { viewport: { width: 280, height: 700 }, isMobile: true, hasTouch: true });
  const frame = p.frameLocator("iframe");
  await frame.locator("[data-map-root][data-state=ready]").waitFor({ timeout: 20000 });
  const iframeWidth = await p.locator("iframe").evaluate((f) => f.getBoundingClientRect().width);
  assert.ok(iframeWidth <= 240.5, `iframe ${iframeWidth} px`);
  assert.ok(await p.evaluate(() => document.documentElement.scrollWidth <= innerWidth), "the host page scrolls sideways");
  const inner = await (await p.locator("iframe").elementHandle()).contentFrame();
  const overflow = await inner.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `the widget overflows its frame by ${overflow} px`);
  await p.screenshot({ path: artifact("embed-240px.png"), fullPage: true });
  await p.context().close();
});

test("embed.js reads data-lang exactly as the widget reads lang=: title, reserved height and widget agree", async () => {
  const p = await open(env, "host/langs.html", { viewport: { width: 375, height: 700 } });
  const frames = p.locator("iframe");
  assert.equal(await frames.count(), 4);
  for (let i = 0; i < 4; i++) {
    const title = await frames.nth(i).getAttribute("title");
    assert.match(title, /^Мапа: окуповані/, `frame ${i}: ${title}`);
    // As reserved before the widget loads (it then reports its real height).
    const reserved = await p.evaluate((i) => window.__reserved[i], i);
    const expected = await p.evaluate((w) => window.ukrainePeaceMap.expectedHeight(w, "uk"), await frames.nth(i).evaluate((f) => f.getBoundingClientRect().width));
    assert.equal(reserved, expected, `frame ${i} reserved the Ukrainian height`);
    const inner = await (await frames.nth(i).elementHandle()).contentFrame();
    await inner.waitForSelector("[data-map-root][data-state=ready]", { timeout: 20000 });
    assert.equal(await inner.locator("[data-map-root]").getAttribute("lang"), "uk", `frame ${i}`);
  }
  await p.context().close();
});

test("embed.js forgets frames a single-page host removes", async () => {
  const p = await open(env, "host/spa.html");
  const count = await p.evaluate(async () => {
    const m = document.getElementById("m");
    for (let i = 0; i < 5; i++) {
      m.innerHTML = '<div data-ukraine-peace-map data-src="/"></div>';
      window.ukrainePeaceMap.scan();
    }
    window.ukrainePeaceMap.setTheme("dark");
    return window.ukrainePeaceMap.scan();
  });
  assert.equal(count, 1, "one live frame is remembered, not five");
  assert.deepEqual(p.problems, []);
  await p.context().close();
});

test("a plain iframe takes the host's theme messages (not only embed.js frames)", async () => {
  const p = await open(env, "host/plain-iframe.html");
  const frame = p.frameLocator("#f");
  await frame.locator("[data-map-root][data-state=ready]").waitFor({ timeout: 20000 });
  await p.evaluate(() => document.getElementById("f").contentWindow.postMessage({ type: "ukraine-peace-map:theme", theme: "dark", vars: { "--upm-bg": "#101820", "--upm-font": 'image-set("//evil.example/x.png" 1x)' } }, "*"));
  await frame.locator('[data-map-root][data-theme="dark"]').waitFor({ timeout: 5000 });
  const style = await frame.locator("[data-map-root]").getAttribute("style");
  assert.match(style || "", /--upm-bg: ?#101820/);
  assert.ok(!/image-set|evil/.test(style || ""), style);
  await p.context().close();
});

test("date= wins over an editor's file: the page's date stays shown, and latest means the newest", async () => {
  let p = await open(env, "?date=2022-08-31&occupied=ok/square.geojson&asof=2026-11-01");
  await ready(p);
  assert.equal(await p.locator("[data-map-root]").getAttribute("data-date"), "2022-08-31");
  assert.equal(await p.locator('[data-timeline] [data-date="2026-11-01"]').count(), 1, "the editor's date joined the timeline");
  await p.context().close();
  p = await open(env, "?date=latest&occupied=ok/square.geojson&asof=2024-10-01");
  await ready(p);
  const dates = await p.locator("[data-timeline] [data-date]").evaluateAll((b) => b.map((e) => e.getAttribute("data-date")));
  assert.equal(await p.locator("[data-map-root]").getAttribute("data-date"), dates[dates.length - 1]);
  assert.notEqual(dates[dates.length - 1], "2024-10-01");
  await p.context().close();
});

test("a date the reader picks while an editor's file loads stays picked", async () => {
  const p = await open(env, "?occupied=ok/slow-square.geojson&asof=2026-11-01");
  await p.locator('[data-timeline] [data-date="2022-11-12"]').waitFor();
  await p.waitForFunction(() => document.querySelector("[data-map-root]").getAttribute("data-state") !== null);
  await p.click('[data-timeline] [data-date="2022-11-12"]');
  await ready(p);
  assert.equal(await p.locator('[data-timeline] [data-date="2026-11-01"]').count(), 1);
  assert.equal(await p.locator("[data-map-root]").getAttribute("data-date"), "2022-11-12");
  await p.context().close();
});

test("an editor's file on one of our dates replaces ours: one stop, one row, one hook per date", async () => {
  const p = await open(env, "?occupied=ok/square.geojson&asof=2025-04-25");
  await ready(p);
  assert.equal(await p.locator('[data-timeline] [data-date="2025-04-25"]').count(), 1);
  assert.equal(await p.locator('[data-timeline] .upm-stop--editor[data-date="2025-04-25"]').count(), 1, "marked as the editor's");
  await p.click(".upm-table-toggle");
  assert.equal(await p.locator('[data-date-row="2025-04-25"]').count(), 1);
  assert.deepEqual(p.problems, []);
  await p.context().close();
});

test("asof=1000-01-01 is a label, not a date: no axis of a thousand years", async () => {
  const p = await open(env, "?occupied=ok/square.geojson&asof=1000-01-01");
  await ready(p);
  const years = await p.locator(".upm-chart__year").count();
  assert.ok(years <= 8, `${years} year labels`);
  await p.context().close();
});

test("the CSV of an editor's date cannot run a formula in a spreadsheet", async () => {
  const asof = encodeURIComponent('=HYPERLINK("https://evil.example","x")');
  const p = await open(env, `?occupied=${encodeURIComponent("ok/square.geojson?a=1,2")}&asof=${asof}`, { ...DESKTOP, acceptDownloads: true });
  await ready(p);
  await p.click(".upm-data summary");
  const [d] = await Promise.all([p.waitForEvent("download"), p.click('[data-get="csv"]')]);
  const file = artifact("editor-formula.csv");
  await d.saveAs(file);
  const csv = fs.readFileSync(file, "utf8");
  for (const line of csv.split("\n").filter(Boolean)) {
    for (const cell of line.match(/("([^"]|"")*"|[^,]*)/g).filter((c) => c !== "")) {
      const text = cell.replace(/^"|"$/g, "");
      assert.ok(!/^[=+\-@\t\r]/.test(text), `a cell a spreadsheet would run: ${cell}`);
    }
  }
  assert.match(csv, /"ok\/square\.geojson\?a=1,2"|"[^"]*square\.geojson\?a=1,2"/, "the address is quoted in a cell of its own");
  await p.context().close();
});

test("a worker that stalls: past its deadline the reader is told, the embedded data stays", async () => {
  const p = await open(env.hung, "", { ...DESKTOP, acceptDownloads: true });
  await ready(p);
  await p.clock.install();
  await p.click(".upm-data summary");
  await p.click('[data-get="csv"]');
  await p.clock.runFor(21_000);
  const failed = p.locator('[role="alert"][data-alert="download"]');
  await failed.waitFor({ timeout: 5000 });
  assert.equal(await p.locator("[data-iso]").count(), 27);
  await p.context().close();
});

test("an editor's file on a stalled worker: ready with an alert after the deadline, never loading for ever", async () => {
  const ctx = await env.hung.browser.newContext({ ...DESKTOP, lang: "uk-UA" });
  const p = await ctx.newPage();
  await p.clock.install();
  await p.goto(env.hung.url("?occupied=ok/square.geojson&lang=uk"));
  for (let i = 0; i < 30 && (await p.locator("[data-map-root]").getAttribute("data-state")) !== "ready"; i++) {
    await p.clock.runFor(1000);
    await p.waitForTimeout(50);
  }
  assert.equal(await p.locator("[data-map-root]").getAttribute("data-state"), "ready");
  assert.match(await p.locator('[role="alert"]').innerText(), /немає відповіді протягом 25 с/);
  await ctx.close();
});

for (const [name, which] of [
  ["is missing (404)", "noWasm"],
  ["is an HTML page", "htmlWasm"],
  ["is refused by the worker's Content-Security-Policy", "cspWorker"],
]) {
  test(`a worker whose WebAssembly ${name} is reported at once, not waited on`, async () => {
    const e = env[which];
    const p = await open(e, "?occupied=ok/square.geojson");
    const started = Date.now();
    await p.waitForSelector("[data-map-root][data-state=ready]", { timeout: 15000 });
    assert.ok(Date.now() - started < 15000);
    assert.match(await p.locator('[role="alert"]').innerText(), /worker could not start/);
    assert.equal(await p.locator("[data-map-root]").getAttribute("data-date"), "2025-04-25");
    await p.context().close();
  });
}

test("accessible names hold the visible text, and the widget page has one h1", async () => {
  const p = await open(env, "", PHONE);
  await ready(p);
  for (const button of await p.locator("[data-timeline] [role=radio]").all()) {
    const visible = (await button.innerText()).replace(/\s+/g, " ").trim();
    const name = (await button.getAttribute("aria-label")) || visible;
    assert.ok(name.replace(/\s+/g, " ").includes(visible), `"${name}" does not contain "${visible}"`);
  }
  assert.equal(await p.locator("h1").count(), 1);
  assert.match(await p.locator("h1").innerText(), /^Russia occupies about/);
  await p.context().close();
});
