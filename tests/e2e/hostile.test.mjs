// Reliability and security: bad data from an editor's URL, broken servers, a strict
// Content-Security-Policy, and hostile strings. Each bad case must show a readable
// alert and leave the map working on its embedded data.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { setup, open, ready, artifact, DIST, DESKTOP } from "./helpers.mjs";

const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

const json = (body) => (req, res) => res.writeHead(200, { "content-type": "application/json" }).end(typeof body === "string" ? body : JSON.stringify(body));
const polygon = (ring) => ({ type: "FeatureCollection", features: [{ type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [ring] } }] });
const square = [[36, 47], [38, 47], [38, 48], [36, 48], [36, 47]];

// Terms in our schema, full of things that must stay text.
const hostileTerms = {
  schema: "ukraine-peace-map/terms/1",
  as_of: "2025-04-25",
  parties: { us: { en: "<b>United</b> States", uk: "США" } },
  terms: [
    {
      id: "x\"><img src=x onerror=alert(1)>",
      title: { en: "<img src=x onerror=alert('title')>", uk: "<script>alert(1)</script>" },
      summary: { en: "\u202Eevil reversed text\u202C and a verylong" + "word".repeat(80), uk: "\u202Eтекст" },
      status: "proposed",
      regions: ["UA-23"],
      positions: [{ party: "us", text: { en: "<svg onload=alert(2)>", uk: "—" } }],
      source: { publication: "<a href=javascript:alert(3)>Evil</a>", date: "2025-04-25", quote: "\"); alert(4); //", url: "javascript:alert(5)" },
    },
  ],
};

/** A route that sends 50 MB of spaces, with or without a Content-Length. */
function fiftyMegabytes(announce) {
  return (req, res) => {
    res.writeHead(200, { "content-type": "application/geo+json", ...(announce ? { "content-length": String(50_000_000) } : {}) });
    const chunk = Buffer.alloc(1_000_000, 32);
    let sent = 0;
    const pump = () => {
      while (sent < 50 && res.write(chunk)) sent++;
      if (sent < 50) res.once("drain", pump);
      else res.end();
    };
    res.on("error", () => {});
    req.on("close", () => res.destroy());
    pump();
  };
}

let slowTimer = [];
let env;
before(async () => {
  env = await setup({
    routes: {
      "/bad/invalid.geojson": json("{ this is not json"),
      "/bad/not-geojson.json": json({ hello: "world", features: 3 }),
      "/bad/linestring.geojson": json({ type: "FeatureCollection", features: [{ type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: [[36, 47], [37, 48]] } }] }),
      "/bad/nan.geojson": json('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[36,47],[NaN,48],[38,48],[36,47]]]}}]}'),
      "/bad/out-of-range.geojson": json(polygon([[36, 47], [380, 47], [38, 95], [36, 47]])),
      "/bad/unclosed.geojson": json(polygon([[36, 47], [38, 47], [38, 48], [36, 48]])),
      "/bad/bowtie.geojson": json(polygon([[36, 47], [38, 48], [38, 47], [36, 48], [36, 47]])),
      "/bad/empty.geojson": json({ type: "FeatureCollection", features: [] }),
      "/bad/unknown-iso.json": json({ ...hostileTerms, terms: [{ ...hostileTerms.terms[0], id: "ok", regions: ["UA-99"] }] }),
      // 50 MB, announced in Content-Length, and not announced (the cap must hold while streaming).
      "/bad/huge.geojson": fiftyMegabytes(true),
      "/bad/huge-chunked.geojson": fiftyMegabytes(false),
      "/bad/slow.geojson": (req, res) => {
        // Trickles one byte a second: never finishes within the time limit.
        res.writeHead(200, { "content-type": "application/geo+json" });
        const t = setInterval(() => res.write(" "), 1000);
        slowTimer.push(t);
        req.on("close", () => clearInterval(t));
      },
      "/bad/silent.geojson": (req) => {
        // Never answers at all.
        req.on("close", () => {});
      },
      "/bad/loop.geojson": (req, res) => res.writeHead(302, { location: "/bad/loop.geojson" }).end(),
      "/terms/hostile.json": json(hostileTerms),
      "/ok/square.geojson": json(polygon(square)),
    },
  });
  env.csp = await setup({ headers: { "content-security-policy": CSP } });
  // A host that lost the worker's files (a partial upload): its loader answers 404.
  const loader = fs.readFileSync(path.join(DIST, "index.html"), "utf8").match(/data-worker="\.\/([^"]+)"/)[1];
  env.noWorker = await setup({ routes: { [`/${loader}`]: (req, res) => res.writeHead(404).end() } });
});
after(async () => {
  slowTimer.forEach(clearInterval);
  await env.csp.close();
  await env.noWorker.close();
  await env.close();
});

/** Loads the widget with a query, checks the alert text, and that the map still works. */
async function expectAlert(query, pattern, { lang = "en", wait = 20000 } = {}) {
  const page = await open(env, `?${query}${lang === "uk" ? "&lang=uk" : ""}`);
  await page.waitForSelector("[data-map-root][data-state=ready]", { timeout: wait });
  const alert = page.locator('[role="alert"]');
  assert.equal(await alert.count(), 1, `one alert for ${query}`);
  const text = await alert.innerText();
  assert.match(text, pattern, `${query}: ${text}`);
  assert.equal(await page.locator("[data-iso]").count(), 27);
  await page.click('[data-iso="UA-23"]');
  await page.locator('[role="dialog"]').waitFor();
  assert.equal(await page.locator('[role="dialog"] [data-term="znpp-us-oversight"]').count(), 1, "embedded terms still work");
  await page.context().close();
  return text;
}

const cases = [
  ["invalid JSON", "occupied=bad/invalid.geojson", /occupied-areas file: not valid JSON/],
  ["JSON that is not GeoJSON", "occupied=bad/not-geojson.json", /not the expected document/],
  ["a LineString instead of polygons", "occupied=bad/linestring.geojson", /wrong geometry type: .*LineString/],
  ["NaN in coordinates", "occupied=bad/nan.geojson", /not valid JSON/],
  ["coordinates out of range", "occupied=bad/out-of-range.geojson", /invalid coordinates: .*380/],
  ["an unclosed ring", "occupied=bad/unclosed.geojson", /unclosed ring/],
  ["a self-intersecting ring", "occupied=bad/bowtie.geojson", /self-intersecting ring/],
  ["an empty collection", "occupied=bad/empty.geojson", /no features/],
  ["an unknown region code in terms", "terms=bad/unknown-iso.json", /terms file: unknown region code: UA-99/],
  ["a 50 MB file (announced)", "occupied=bad/huge.geojson", /larger than 5 MB/],
  ["a 50 MB file (streamed)", "occupied=bad/huge-chunked.geojson", /larger than 5 MB/],
  ["a 404", "occupied=bad/missing.geojson", /HTTP 404/],
  ["a redirect loop", "occupied=bad/loop.geojson", /network error/],
  ["a slow server", "occupied=bad/slow.geojson", /no answer within 10 s/],
  ["a server that never answers", "occupied=bad/silent.geojson", /no answer within 10 s/],
];
for (const [name, query, pattern] of cases) {
  test(`bad data: ${name}`, async () => {
    const text = await expectAlert(query, pattern);
    assert.match(text, /The map shows its built-in data instead/);
  });
}

test("a worker that cannot start: an alert, and the map works on its embedded data", async () => {
  const page = await open(env.noWorker, "?occupied=ok/square.geojson&asof=2025-12-01");
  await page.waitForSelector("[data-map-root][data-state=ready]", { timeout: 20000 });
  const text = await page.locator('[role="alert"]').innerText();
  assert.match(text, /occupied-areas file: .*worker could not start.*built-in data/s);
  assert.equal(await page.locator("[data-map-root]").getAttribute("data-date"), "2025-04-25");
  await page.click('[data-iso="UA-23"]');
  await page.locator('[role="dialog"]').waitFor();
  // A download needs the worker too: the reader is told it failed, nothing is saved.
  await page.keyboard.press("Escape");
  const downloads = [];
  page.on("download", (d) => downloads.push(d));
  await page.click(".upm-data summary");
  await page.click('[data-get="csv"]');
  const failed = page.locator('[role="alert"][data-alert="download"]');
  await failed.waitFor({ timeout: 10000 });
  assert.match(await failed.innerText(), /could not be made.*try again/is);
  assert.deepEqual(downloads, []);
  await page.context().close();
});

test("bad data: the alert speaks the reader's language", async () => {
  const text = await expectAlert("occupied=bad/unclosed.geojson", /Не вдалося використати файл окупованих територій: незамкнений контур/, { lang: "uk" });
  assert.match(text, /Натомість мапа показує вбудовані дані/);
});

test("hostile strings in terms are shown as text, never run, and links must be https", async () => {
  const page = await open(env, "?terms=terms/hostile.json&occupied=ok/square.geojson&asof=%3Cscript%3Ealert(6)%3C/script%3E&region=UA-23");
  const dialogs = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  await ready(page);
  const popup = page.locator('[role="dialog"]');
  await popup.waitFor();
  const text = await popup.innerText();
  assert.match(text, /<img src=x onerror=alert\('title'\)>/, "markup shown literally");
  assert.match(text, /<svg onload=alert\(2\)>/);
  assert.match(text, /<b>United<\/b> States/);
  assert.equal(await page.locator(".upm img, .upm [onerror], .upm [onload], .upm script").count(), 0, "nothing injected");
  assert.equal(await popup.locator("a").count(), 0, "the javascript: link is dropped");
  // A very long word wraps instead of widening the popup or the page.
  const overflow = await popup.evaluate((el) => el.scrollWidth - el.clientWidth);
  assert.ok(overflow <= 1, `popup overflows by ${overflow}px`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), "no horizontal scroll");
  assert.match(await page.locator(".upm-sub").innerText(), /<script>alert\(6\)<\/script>/, "asof shown as text");
  await page.click(".upm-download");
  await page.waitForTimeout(500);
  assert.deepEqual(dialogs, [], "no script ran");
  await page.screenshot({ path: artifact("hostile-terms.png") });
  await page.context().close();
});

test("strict Content-Security-Policy: no violations, map ready, popups work", async () => {
  const ctx = await env.browser.newContext(DESKTOP);
  await ctx.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await ctx.newPage();
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  const response = await page.goto(env.csp.url("?region=UA-14"));
  assert.equal(response.headers()["content-security-policy"], CSP);
  await page.waitForSelector("[data-map-root][data-state=ready]", { timeout: 20000 });
  // The items for all of Ukraine are folded in the card: there, one tap away.
  await page.locator('[role="dialog"] [data-national-terms] summary').waitFor();
  await page.locator('[role="dialog"] [data-term="territorial-concessions"]').waitFor({ state: "attached" });
  await page.keyboard.press("Escape");
  await page.click('[data-iso="UA-43"]');
  await page.locator('[role="dialog"] [data-term="crimea-recognition"]').waitFor();
  await page.hover('[data-iso="UA-05"]');
  await page.locator(".upm-tooltip").waitFor();
  await page.click(".upm-zoom__crimea");
  await page.click(".upm-table-toggle");
  await page.click(".upm-download");
  await page.waitForTimeout(500);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await ctx.close();
});

test("an editor's file on another origin is refused by connect-src, with a clear alert", async () => {
  const ctx = await env.browser.newContext(DESKTOP);
  const page = await ctx.newPage();
  await page.goto(env.csp.url(`?occupied=${encodeURIComponent(env.url("bad/empty.geojson"))}`));
  await page.waitForSelector("[data-map-root][data-state=ready]", { timeout: 20000 });
  assert.match(await page.locator('[role="alert"]').innerText(), /network error/);
  assert.equal(await page.locator("[data-iso]").count(), 27);
  await ctx.close();
});
