// Embeds that work in every newsroom CMS as it is: NPR's pym.js (the real library from
// npm), AMP's amp-iframe (a host that behaves as AMP's runtime does), no layout shift on
// the host page, the static image for where no script runs, and "Get the data".
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { setup, open, ready, artifact, pngStats, ROOT, DIST, DESKTOP } from "./helpers.mjs";
import { serve } from "./server.mjs";
import { measureHeights } from "../../scripts/heights.mjs";

const PYM = fs.readFileSync(path.join(ROOT, "node_modules/pym.js/dist/pym.v1.min.js"));
const html = (body) => (req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
const article = (widget, script = "") => `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title>
<style>body{margin:0;font:18px/1.6 Georgia,serif}main{max-width:760px;margin:0 auto;padding:0 16px}</style></head>
<body><main><h1>A story</h1><p>${"Text before the map. ".repeat(25)}</p>${widget}<p id="after">${"Text after the map. ".repeat(60)}</p></main>${script}</body></html>`;

let env;
let host; // another origin, as a newsroom's page would be
before(async () => {
  env = await setup();
  const w = env.url();
  host = await serve(fs.mkdtempSync(path.join(os.tmpdir(), "upm-host-")), {
    routes: {
      "/pym.js": (req, res) => res.writeHead(200, { "content-type": "text/javascript" }).end(PYM),
      "/pym.html": html(article(`<div id="map-container"></div>`,
        // Every pym message the child sends, by type: the widget may only ever send "height".
        `<script>window.pymTypes = []; addEventListener("message", (e) => { if (typeof e.data === "string" && e.data.startsWith("pymxPYMx")) window.pymTypes.push(e.data.split("xPYMx")[2]); });</script><script src="/pym.js"></script><script>window.parentPym = new pym.Parent("map-container", ${JSON.stringify(w)}, {});</script>`)),
      "/amp.html": html(article(`<div id="amp" style="position:relative"><iframe id="amp-frame" src="${w}#amp=1" sandbox="allow-scripts allow-same-origin" style="width:100%;border:0" height="900" scrolling="no"></iframe></div>`,
        // What AMP's runtime does with an amp-iframe: resize on {sentinel: "amp", type: "embed-size"} from it.
        `<script>window.ampMessages = [];addEventListener("message", (e) => { const f = document.getElementById("amp-frame"); if (e.source !== f.contentWindow || !e.data || e.data.sentinel !== "amp" || e.data.type !== "embed-size") return; window.ampMessages.push(e.data.height); f.style.height = e.data.height + "px"; });</script>`)),
      "/embed.html": html(article(`<div data-ukraine-peace-map data-src="${w}"></div><script src="${w}embed.js"></script>`,
        `<script>window.shifts = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.shifts.push(e.value); }).observe({ type: "layout-shift", buffered: true });</script>`)),
    },
  });
});
after(async () => {
  await host.close();
  await env.close();
});

/** A page of the host site (another origin than the widget). */
const openHost = (pathAndQuery, context) => open({ browser: env.browser, url: (p) => `${host.url}/${p}` }, pathAndQuery, context);

async function frameOf(page, selector = "iframe") {
  const handle = await page.locator(selector).elementHandle();
  const frame = await handle.contentFrame();
  await ready(page, frame);
  return frame;
}

/** Waits until the iframe is as tall as the widget in it (within 2 px), and returns both. */
async function fitted(page, frame, selector = "iframe") {
  let outer, inner;
  for (let i = 0; i < 60; i++) {
    outer = await page.locator(selector).evaluate((el) => el.getBoundingClientRect().height);
    inner = await frame.evaluate(() => document.querySelector("[data-map-root]").getBoundingClientRect().height);
    if (Math.abs(outer - inner) <= 2) break;
    await page.waitForTimeout(50);
  }
  return { outer, inner };
}

for (const width of [375, 768, 1280]) {
  test(`pym.js parent at ${width}px: the iframe follows the widget, also after opening the table`, async () => {
    const page = await openHost("pym.html", { viewport: { width, height: 900 }, isMobile: width < 480, hasTouch: width < 480 });
    const frame = await frameOf(page);
    assert.match(frame.url(), /[?&]childId=map-container(&|$)/, "pym passed its childId");
    let h = await fitted(page, frame);
    assert.ok(Math.abs(h.outer - h.inner) <= 2, `iframe ${h.outer} vs widget ${h.inner}`);
    assert.equal(await page.evaluate(() => scrollY), 0, "loading the widget did not scroll the parent");
    const before = h.outer;
    await frame.click(".upm-table-toggle");
    h = await fitted(page, frame);
    assert.ok(h.outer > before + 200 && Math.abs(h.outer - h.inner) <= 2, `with the table: iframe ${h.outer} vs widget ${h.inner}`);
    // pym's width message (sent on resize) is answered with our height.
    await page.setViewportSize({ width: Math.max(320, width - 40), height: 900 });
    h = await fitted(page, frame);
    assert.ok(Math.abs(h.outer - h.inner) <= 2, `after a resize: iframe ${h.outer} vs widget ${h.inner}`);
    // Never scroll or navigate the parent: the only messages are heights. (At 1,280 px a
    // resize does not change the height, so the answer to pym's width message may come
    // after the frame already fits: wait for it.)
    await page.waitForFunction(() => window.pymTypes.length >= 3, null, { timeout: 5000 }).catch(() => {});
    const types = await page.evaluate(() => window.pymTypes);
    assert.ok(types.length >= 3 && types.every((t) => t === "height"), `pym messages: ${types}`);
    assert.equal(await page.evaluate(() => location.pathname), "/pym.html");
    assert.deepEqual(page.problems, []);
    await page.screenshot({ path: artifact(`pym-${width}.png`) });
    await page.context().close();
  });
}

test("AMP: embed-size messages under #amp=1, and downloads open in the widget inside AMP's sandbox", async () => {
  const page = await openHost("amp.html", { viewport: { width: 400, height: 900 }, acceptDownloads: true });
  const frame = await frameOf(page, "#amp-frame");
  const h = await fitted(page, frame, "#amp-frame");
  assert.ok(Math.abs(h.outer - h.inner) <= 2, `iframe ${h.outer} vs widget ${h.inner}`);
  assert.ok((await page.evaluate(() => window.ampMessages.length)) >= 1);
  let downloads = 0;
  page.on("download", () => downloads++);
  await frame.click(".upm-data summary");
  await frame.click('[data-get="csv"]');
  const panel = frame.locator("[data-file-panel]");
  await panel.waitFor();
  assert.match(await panel.locator("pre").innerText(), /^# Ukraine's regions/);
  await frame.click(".upm-download");
  await panel.locator("img").waitFor();
  assert.match(await panel.locator("img").getAttribute("src"), /^data:image\/png;base64,/);
  assert.equal(downloads, 0, "nothing was offered as a download inside the sandbox");
  await page.screenshot({ path: artifact("amp-sandbox.png"), fullPage: true });
  await page.context().close();
});

for (const width of [375, 1280]) {
  test(`no layout shift on the host page while the widget loads (${width}px): CLS under 0.01`, async () => {
    const page = await openHost("embed.html", { viewport: { width, height: width < 480 ? 667 : 900 }, isMobile: width < 480 });
    const frame = await frameOf(page);
    await fitted(page, frame);
    await page.waitForTimeout(500);
    const cls = await page.evaluate(() => window.shifts.reduce((a, b) => a + b, 0));
    assert.ok(cls < 0.01, `cumulative layout shift ${cls.toFixed(4)}`);
    await page.context().close();
  });
}

test("embed.js reserves the heights this build really has (scripts/heights.mjs --write after a layout change)", async () => {
  const src = fs.readFileSync(path.join(DIST, "embed.js"), "utf8");
  const table = JSON.parse(src.match(/var HEIGHTS = (\{.*\});/)[1].replace(/(\w+):/g, '"$1":'));
  const widths = [300, 370, 480, 720, 1000, 1200];
  const measured = await measureHeights(env.url(), widths, env.browser);
  for (const lang of ["en", "uk"]) {
    widths.forEach((w, i) => {
      const reserved = table[lang][(w - table.from) / table.step];
      assert.ok(Math.abs(reserved - measured[lang][i]) <= 2, `${lang} at ${w}px: embed.js reserves ${reserved}, the widget is ${measured[lang][i]}`);
    });
  }
});

test("Get the data: the regions as CSV with the figures the widget shows, our layers as GeoJSON, the map as SVG", async () => {
  const page = await open(env, "?date=2022-11-12", { ...DESKTOP, acceptDownloads: true });
  await ready(page);
  const get = async (what) => {
    if ((await page.locator(".upm-data").getAttribute("open")) === null) await page.click(".upm-data summary");
    const [d] = await Promise.all([page.waitForEvent("download"), page.click(`[data-get="${what}"]`)]);
    const file = artifact(d.suggestedFilename());
    await d.saveAs(file);
    return { name: d.suggestedFilename(), text: fs.readFileSync(file, "utf8") };
  };
  const csv = await get("csv");
  assert.equal(csv.name, "ukraine-occupied-2022-11-12.csv");
  const rows = csv.text.split("\n").filter((l) => l && !l.startsWith("#"));
  // The plan drawn (the article's, by default) follows the date's columns.
  assert.equal(
    rows[0],
    "iso,name_en,name_uk,area_km2,annexed_2014_km2,occupied_2014_km2,occupied_2022_km2,occupied_km2,occupied_pct,as_of,proposal,recognised_km2,frozen_km2,withdrawal_km2,russia_withdraws_km2,unresolved_km2",
  );
  assert.equal(rows.length, 28);
  assert.match(csv.text, /GeoNames places \(CC BY 4\.0\)/);
  // The figures equal the table's: exact in its data-km2, rounded as the widget shows areas
  // (100 km² from 1,000 up, 10 below).
  await page.click(".upm-table-toggle");
  const rounded = (x) => (x >= 1000 ? Math.round(x / 100) * 100 : Math.round(x / 10) * 10);
  for (const iso of ["UA-63", "UA-14", "UA-43"]) {
    const cells = rows.find((r) => r.startsWith(iso + ",")).split(",");
    const cell = page.locator(`[data-iso-row="${iso}"] td.upm-num`);
    assert.ok(Math.abs(Number(await cell.getAttribute("data-km2")) - Number(cells[7])) < 0.1, `${iso} exact km²`);
    assert.equal((await cell.innerText()).replace(/\D/g, ""), String(rounded(Number(cells[7]))), `${iso} km² as shown`);
    assert.equal(cells[9], "2022-11-12");
  }
  const geojson = await get("geojson");
  const fc = JSON.parse(geojson.text);
  // Our three layers, then the plan drawn: the article's recognises Crimea and Sevastopol, whole.
  assert.deepEqual(fc.features.map((f) => f.properties.layer), ["annexed-2014", "occupied-2014", "occupied-2022", "provision", "provision"]);
  assert.deepEqual(fc.features.slice(3).map((f) => [f.properties.region, f.properties.kind, f.properties.part]), [["UA-43", "recognised", "whole"], ["UA-40", "recognised", "whole"]]);
  assert.match(fc.features[0].properties.licence, /CC BY 4\.0/);
  assert.equal(fc.features[2].properties.as_of, "2022-11-12");
  const svg = await get("svg");
  assert.match(svg.text, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(svg.text, /<pattern id="pa"/, "the legend and map carry the map's patterns");
  assert.match(svg.text, /Russia occupied about 18% of Ukraine/);
  await page.context().close();
});

test("a downloaded file's memory is freed: its blob URL is revoked once the browser has the file", async () => {
  const page = await open(env, "", { ...DESKTOP, acceptDownloads: true });
  await ready(page);
  // Every blob URL the widget makes, and a clock the test moves by hand from here on.
  await page.evaluate(() => {
    const create = URL.createObjectURL;
    window.blobUrls = [];
    URL.createObjectURL = (blob) => {
      const url = create.call(URL, blob);
      window.blobUrls.push(url);
      return url;
    };
  });
  await page.clock.install();
  await page.click(".upm-data summary");
  const [d] = await Promise.all([page.waitForEvent("download"), page.click('[data-get="csv"]')]);
  await d.saveAs(artifact("released.csv"));
  const readable = () => page.evaluate(() => Promise.all(window.blobUrls.map((u) => fetch(u).then(() => true, () => false))));
  assert.deepEqual(await readable(), [true], "one blob, readable while the browser may still be fetching it");
  await page.clock.runFor(39_000);
  assert.deepEqual(await readable(), [true], "still there after 39 s");
  assert.deepEqual(page.problems, []);
  await page.clock.runFor(2_000);
  // (Fetching the revoked URL logs a failed load: the test's own doing, after the check above.)
  assert.deepEqual(await readable(), [false], "revoked after 40 s");
  await page.context().close();
});

test("the static picture and the social card are built, and the widget page points link previews at the card", async () => {
  const png = (f) => {
    const b = fs.readFileSync(path.join(DIST, f));
    assert.equal(b.subarray(1, 4).toString(), "PNG", f);
    return [b.readUInt32BE(16), b.readUInt32BE(20)];
  };
  const [w, h] = png("map.png");
  assert.equal(w, 1200);
  assert.ok(h > 900, `map.png is ${w}x${h}`);
  assert.deepEqual(png("social-card.png"), [1200, 630]);
  const index = fs.readFileSync(path.join(DIST, "index.html"), "utf8");
  for (const meta of ['property="og:image" content="social-card.png"', 'property="og:title"', 'property="og:description"', 'name="twitter:card" content="summary_large_image"']) {
    assert.ok(index.includes(meta), meta);
  }
  // Not blank: decode it in a page and count colours.
  const page = await open(env);
  const stats = await pngStats(page, fs.readFileSync(path.join(DIST, "social-card.png")));
  assert.ok(stats.reddish > 2000, "the occupied areas are in the card");
  await page.context().close();
});
