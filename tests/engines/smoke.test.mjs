// A smoke subset of the end-to-end tests in the two engines besides Chromium (issue 23):
// Firefox ESR (Gecko, through geckodriver) and WebKitGTK (Safari's engine, through
// WebKitWebDriver and MiniBrowser under Xvfb), spoken to over W3C WebDriver
// (./webdriver.mjs). The subset: ready, a dialog by click and by keyboard, Escape and
// focus return, a date switch, embed.js auto-height, and an editor's file through the
// worker. The release build (dist/) is served by tests/e2e/server.mjs.
//
// An engine that is not installed is skipped with a message, unless UPM_ENGINES=required
// or CI is set (as `make test-engines` does): then it fails.
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../e2e/server.mjs";
import { start, missing, version, ENGINES, KEY } from "./webdriver.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = path.join(ROOT, "dist");
const ARTIFACTS = path.join(ROOT, "test-results");
// UPM_ENGINES: "required" (a missing engine fails), and/or the engines to run ("webkit").
const CHOICE = (process.env.UPM_ENGINES || "").split(",").map((e) => e.trim());
const REQUIRED = CHOICE.includes("required") || !!(process.env.CI && !/^(0|false)$/i.test(process.env.CI));
const ONLY = CHOICE.filter((e) => e in ENGINES);

if (!fs.existsSync(path.join(DIST, "index.html"))) {
  throw new Error("dist/ is missing: run `make test-engines` (it builds the release first)");
}
fs.mkdirSync(ARTIFACTS, { recursive: true });

// The widget page with a recorder of script errors in front of everything else (WebDriver
// classic has no console events): errors, unhandled rejections and console.error calls.
const RECORDER = `<script>window.__problems=[];addEventListener("error",function(e){__problems.push("error: "+e.message)});addEventListener("unhandledrejection",function(e){__problems.push("rejection: "+(e.reason&&e.reason.message||e.reason))});(function(c){console.error=function(){__problems.push("console: "+[].join.call(arguments," "));return c.apply(console,arguments)}})(console.error);</script>`;
const index = fs.readFileSync(path.join(DIST, "index.html"), "utf8").replace("<head>", "<head>" + RECORDER);
assert.ok(index.includes(RECORDER), "the recorder is in the page");
const html = (body) => (req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(body);
const json = (body) => (req, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
const polygon = (ring) => ({ type: "FeatureCollection", features: [{ type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [ring] } }] });

const ROUTES = {
  "/": html(index),
  "/index.html": html(index),
  // An editor's file: a square of about 16,500 km² in the south-east, wholly inside Ukraine's outline.
  "/ok/square.geojson": json(polygon([[36, 47.2], [38, 47.2], [38, 48.2], [36, 48.2], [36, 47.2]])),
  "/bad/bowtie.geojson": json(polygon([[36, 47], [38, 48], [38, 47], [36, 48], [36, 47]])),
};

const READY = "[data-map-root][data-state=ready]";
const TIMEOUT = { timeout: 180000 }; // per test: WebKit under Xvfb on two shared cores is slow

for (const engine of Object.keys(ENGINES)) {
  const { name } = ENGINES[engine];
  const lacking = missing(engine);
  const skipped = ONLY.length > 0 && !ONLY.includes(engine);
  const skip = skipped ? `UPM_ENGINES=${process.env.UPM_ENGINES}` : lacking.length && !REQUIRED ? `${name} is not installed (${lacking.join(", ")}): run scripts/setup.sh` : false;

  describe(`${skip ? name : version(engine)}`, { skip }, () => {
    let server;
    let s;
    before(async () => {
      if (lacking.length) throw new Error(`${name} is required (UPM_ENGINES=required or CI) but not installed: ${lacking.join(", ")}; run scripts/setup.sh`);
      server = await serve(DIST, { routes: ROUTES });
      s = await start(engine);
      await s.setWindowRect({ width: 1280, height: 900 }).catch(() => {});
    });
    after(async () => {
      await s?.quit();
      await server?.close();
    });

    /** Opens a page of the server and waits until the widget is ready. */
    async function open(pathAndQuery = "") {
      await s.navigate(server.url + "/" + pathAndQuery);
      await s.waitFor(READY, { timeout: 60000 });
    }
    const rootAttr = (attr) => s.execute("return document.querySelector('[data-map-root]').getAttribute(arguments[0])", [attr]);
    const activeIso = () => s.execute("return document.activeElement && document.activeElement.getAttribute('data-iso')");
    const problems = () => s.execute("return window.__problems || []");
    const innerText = (css) => s.execute("var e = document.querySelector(arguments[0]); return e && e.innerText", [css]);

    /** A test that saves a screenshot of the page when it fails. */
    function smoke(title, fn) {
      test(title, TIMEOUT, async () => {
        try {
          await fn();
        } catch (err) {
          try {
            await s.switchToFrame(null);
            const file = path.join(ARTIFACTS, `engines-${engine}-${title.replace(/[^a-z0-9]+/gi, "-").slice(0, 60)}.png`);
            fs.writeFileSync(file, await s.screenshot());
            err.message += `\n(screenshot: ${path.relative(ROOT, file)})`;
          } catch {}
          throw err;
        }
      });
    }

    smoke("ready: 27 regions, the three layers, the headline, no script errors", async () => {
      await open();
      assert.equal((await s.findAll("[data-iso]")).length, 27);
      for (const layer of ["annexed-2014", "occupied-2014", "occupied-2022"]) {
        assert.equal((await s.findAll(`.upm-map [data-layer="${layer}"]`)).length, 1, layer);
      }
      assert.equal(await rootAttr("data-date"), "2025-04-25");
      assert.match(await innerText(".upm-headline"), /^Russia occupies about 1\d% of Ukraine$/);
      assert.match(await innerText("[data-legend]"), /As of 25 April 2025/);
      // The regions are drawn: Crimea's path has a real box on the page.
      const crimea = await s.rect(await s.find('[data-iso="UA-43"]'));
      assert.ok(crimea.width > 20 && crimea.height > 20, `Crimea drawn at ${JSON.stringify(crimea)}`);
      assert.equal((await s.findAll('[role="alert"]')).length, 0, "no alert");
      assert.deepEqual(await problems(), []);
    });

    smoke("a click on Crimea opens its dialog; Escape closes it and focus returns to the region", async () => {
      await open();
      await s.click(await s.find('[data-iso="UA-43"]'));
      const dialog = await s.waitFor('[role="dialog"]');
      assert.equal(await s.attribute(dialog, "data-region"), "UA-43");
      const titleId = await s.attribute(dialog, "aria-labelledby");
      assert.equal(await innerText(`#${titleId}`), "Autonomous Republic of Crimea");
      assert.equal((await s.findAll('[data-term="crimea-recognition"]', dialog)).length, 1);
      assert.match(await s.property(dialog, "innerText"), /annexed by Russia in 2014/);
      await s.until("return !!document.activeElement.closest('[role=dialog]')", [], { timeout: 5000, message: "focus moves into the dialog" });
      await s.keys(KEY.ESCAPE);
      await s.waitFor('[role="dialog"]', { gone: true, timeout: 5000 });
      assert.equal(await activeIso(), "UA-43", "focus is back on Crimea");
      assert.deepEqual(await problems(), []);
    });

    smoke("keyboard only: Tab to a region, an arrow moves, Enter opens, Escape closes, focus returns", async () => {
      await open();
      let iso = null;
      for (let i = 0; i < 30 && !iso; i++) {
        await s.keys(KEY.TAB);
        iso = await activeIso();
      }
      assert.ok(iso, "a region is reachable with Tab");
      assert.match(await s.execute("return document.activeElement.getAttribute('aria-label')"), /: (not occupied|.*occupied|annexed)/);
      await s.keys(KEY.RIGHT);
      const moved = await activeIso();
      assert.ok(moved && moved !== iso, `ArrowRight moves from ${iso}`);
      await s.keys(KEY.ENTER);
      const dialog = await s.waitFor('[role="dialog"]', { timeout: 5000 });
      assert.equal(await s.attribute(dialog, "data-region"), moved);
      await s.until("return !!document.activeElement.closest('[role=dialog]')", [], { timeout: 5000, message: "focus moves into the dialog" });
      await s.keys(KEY.ESCAPE);
      await s.waitFor('[role="dialog"]', { gone: true, timeout: 5000 });
      assert.equal(await activeIso(), moved, "focus is back on the region");
      // Space opens it too.
      await s.keys(" ");
      await s.waitFor('[role="dialog"]', { timeout: 5000 });
      assert.deepEqual(await problems(), []);
    });

    smoke("a date switch redraws the map, headline and legend without a page load", async () => {
      await open();
      const before = await s.attribute(await s.find('[data-iso="UA-63"]'), "aria-label");
      await s.execute("window.__sameDocument = true");
      await s.click(await s.find('[data-timeline] [data-date="2022-03-22"]'));
      await s.until("return document.querySelector('[data-map-root]').getAttribute('data-date') === '2022-03-22'", [], { timeout: 10000 });
      assert.equal(await s.attribute(await s.find('[data-timeline] [aria-checked="true"]'), "data-date"), "2022-03-22");
      assert.equal(await s.execute("return window.__sameDocument"), true, "no page load");
      assert.match(await innerText(".upm-headline"), /^Russia occupied about 2\d% of Ukraine$/);
      assert.match(await innerText("[data-legend]"), /As of 22 March 2022/);
      assert.match(await s.attribute(await s.find('[data-iso="UA-63"]'), "aria-label"), /^Kharkiv Oblast: \d{1,2}% occupied since 2022$/);
      assert.notEqual(await s.attribute(await s.find('[data-iso="UA-63"]'), "aria-label"), before);
      assert.equal((await s.findAll('.upm-map [data-layer="gained"]')).length, 1, "the change since the previous date is drawn");
      // The keyboard moves the choice too: the checked stop has the focus after a click.
      await s.keys(KEY.RIGHT);
      await s.until("return document.querySelector('[data-map-root]').getAttribute('data-date') === '2022-08-31'", [], { timeout: 10000, message: "ArrowRight chooses 31 August 2022" });
      assert.equal((await s.findAll('.upm-map [data-layer="regained"]')).length, 1, "the north regained");
      assert.deepEqual(await problems(), []);
    });

    smoke("embed.js: the article's iframe is as tall as the widget, and follows it", async () => {
      await s.navigate(server.url + "/article.html");
      const iframe = await s.waitFor("iframe[data-upm-mounted], [data-upm-mounted] iframe, iframe", { timeout: 20000 });
      assert.match(await s.attribute(iframe, "title"), /Map: Russian-occupied territory of Ukraine/);
      const heights = () =>
        s.execute(`var f = document.querySelector("iframe"), r = f.contentDocument && f.contentDocument.querySelector("[data-map-root]");
          return { outer: f.getBoundingClientRect().height, inner: r ? r.getBoundingClientRect().height : -1 };`);
      const fits = async (message) => {
        let h;
        const deadline = Date.now() + 10000;
        do {
          h = await heights();
          if (h.inner > 0 && Math.abs(h.outer - h.inner) <= 2) return h;
          await new Promise((r) => setTimeout(r, 100));
        } while (Date.now() < deadline);
        assert.fail(`${message}: iframe ${h.outer}px vs content ${h.inner}px`);
      };
      await s.switchToFrame(iframe);
      await s.waitFor(READY, { timeout: 60000 });
      await s.switchToFrame(null);
      const first = await fits("on load");
      assert.ok(first.outer > 300, `a real height: ${first.outer}px`);
      assert.equal(await s.execute("return document.documentElement.scrollWidth <= innerWidth"), true, "no horizontal scroll");
      // The table alternative makes the widget taller: the iframe follows.
      await s.switchToFrame(iframe);
      assert.equal(await s.execute("return document.documentElement.scrollHeight <= innerHeight + 1"), true, "no scrollbar inside the iframe");
      await s.click(await s.find(".upm-table-toggle"));
      await s.waitFor("[data-text-alternative]", { timeout: 5000 });
      await s.switchToFrame(null);
      const grown = await fits("with the table");
      assert.ok(grown.outer > first.outer + 200, `the iframe grew with the table (${first.outer} → ${grown.outer})`);
      await s.switchToFrame(iframe);
      assert.deepEqual(await problems(), []);
      await s.switchToFrame(null);
    });

    smoke("an editor's file through the worker: a new stop, measured; a broken one, an alert", async () => {
      await open("?occupied=ok/square.geojson&asof=2026-11-01");
      assert.equal((await s.findAll('[role="alert"]')).length, 0, "no alert: " + (await innerText('[role="alert"]')));
      const stops = await s.execute("return [...document.querySelectorAll('[data-timeline] [data-date]')].map((e) => e.getAttribute('data-date'))");
      assert.equal(stops.length, 10, `the editor's date joined the timeline: ${stops}`);
      assert.equal(stops[stops.length - 1], "2026-11-01");
      assert.equal(await rootAttr("data-date"), "2026-11-01", "the editor's file is shown");
      const total = Number(await s.attribute(await s.find('[data-legend] [data-legend-layer="total"] [data-km2]'), "data-km2"));
      assert.ok(total > 15000 && total < 17500, `measured inside Ukraine: ${total} km²`);
      assert.deepEqual(await problems(), []);
      // The worker also reports what is wrong with a broken file; the map keeps its data.
      await open("?occupied=bad/bowtie.geojson&asof=2026-11-01");
      assert.match(await innerText('[role="alert"]'), /self-intersecting ring.*built-in data/s);
      assert.equal(await rootAttr("data-date"), "2025-04-25");
    });
  });
}
