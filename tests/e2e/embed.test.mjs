// Embedding: the article page with embed.js, auto-height, several widgets, forged
// messages, themes, an editor's occupied-area file, and the image download.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { setup, open, ready, artifact, pngStats, SHARED, DESKTOP } from "./helpers.mjs";
import { serve } from "./server.mjs";

const REFERENCE = path.join(SHARED, "data/occupied/deepstatemap_data_20250425.geojson");
const FIGURES = path.join(SHARED, "data/occupied/figures.json");

const twoWidgets = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Two maps</title></head><body>
<h1>Two maps</h1><div data-ukraine-peace-map data-src="./" data-lang="en" data-vars='{"--upm-font": "Georgia, serif", "--upm-bg": "#fdf6e3", "--upm-occupied-2022": "url(https://evil.example/x.png)"}'></div>
<p id="between">Between the maps.</p><div data-ukraine-peace-map data-src="./" data-lang="uk" data-theme="dark"></div>
<script>window.__host = () => document.head.innerHTML + "|" + document.getElementById("between").outerHTML + "|" + [...document.body.children].filter((e) => e.tagName !== "SCRIPT").length + "|" + document.documentElement.getAttribute("style");
window.__before = window.__host();</script>
<script src="embed.js"></script><script src="embed.js"></script></body></html>`;

let env;
let other;
before(async () => {
  env = await setup({
    routes: {
      "/two.html": (req, res) => res.writeHead(200, { "content-type": "text/html" }).end(twoWidgets),
      "/reference.geojson": (req, res) => res.writeHead(200, { "content-type": "application/geo+json" }).end(fs.readFileSync(REFERENCE)),
    },
  });
  // A page on another origin that tries to resize the widget's iframe.
  other = await serve(fs.mkdtempSync(path.join(os.tmpdir(), "upm-other-")), {
    routes: {
      "/forge.html": (req, res) =>
        res.writeHead(200, { "content-type": "text/html" }).end(`<script>
          const id = new URLSearchParams(location.search).get("id");
          parent.postMessage({ type: "ukraine-peace-map:height", id, height: 4321 }, "*");
          document.title = "sent";
        </script>`),
    },
  });
});
after(async () => {
  await other.close();
  await env.close();
});

/** Iframe height vs the widget's content height, in CSS pixels. */
async function heights(page, index = 0) {
  const iframe = page.locator("iframe").nth(index);
  const frame = await (await iframe.elementHandle()).contentFrame();
  const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => document.querySelector("[data-map-root]").getBoundingClientRect().height);
  const scrolls = await frame.evaluate(() => document.documentElement.scrollHeight > innerHeight + 1);
  return { outer, inner, scrolls, frame };
}

async function settled(page, index = 0) {
  // Resize messages arrive within a frame or two of a layout change.
  let h;
  for (let i = 0; i < 40; i++) {
    h = await heights(page, index);
    if (Math.abs(h.outer - h.inner) <= 2) return h;
    await page.waitForTimeout(50);
  }
  return h;
}

for (const width of [1280, 768, 375]) {
  test(`article at ${width}px: the iframe is exactly as tall as the widget, and follows it`, async () => {
    const page = await open(env, "article.html", { viewport: { width, height: 900 }, isMobile: width < 480, hasTouch: width < 480 });
    const iframe = page.locator("iframe");
    await iframe.waitFor();
    const frame = await (await iframe.elementHandle()).contentFrame();
    await ready(page, frame);
    let h = await settled(page);
    assert.ok(Math.abs(h.outer - h.inner) <= 2, `iframe ${h.outer}px vs content ${h.inner}px`);
    assert.equal(h.scrolls, false, "no scrollbar inside the iframe");
    assert.match(await iframe.getAttribute("title"), /Map: Russian-occupied territory of Ukraine/);
    const noHorizontal = await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth);
    assert.ok(noHorizontal, "no horizontal scroll on the article page");
    await page.screenshot({ path: artifact(`article-${width}.png`), fullPage: true });

    // A popup opens: the iframe still fits the content.
    await frame.click('[data-iso="UA-14"]');
    await frame.locator('[role="dialog"]').waitFor();
    h = await settled(page);
    assert.ok(Math.abs(h.outer - h.inner) <= 2, `with popup: iframe ${h.outer}px vs content ${h.inner}px`);
    await frame.locator(".upm-close").click();

    // The table alternative makes the widget taller: the iframe follows.
    const before = h.outer;
    await frame.click(".upm-table-toggle");
    await frame.locator("[data-text-alternative]").waitFor();
    h = await settled(page);
    assert.ok(h.outer > before + 200, `the iframe grew with the table (${before} → ${h.outer})`);
    assert.ok(Math.abs(h.outer - h.inner) <= 2, `with table: iframe ${h.outer}px vs content ${h.inner}px`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test("two widgets with different languages work independently; embed.js included twice", async () => {
  const page = await open(env, "two.html");
  await page.locator("iframe").nth(1).waitFor();
  assert.equal(await page.locator("iframe").count(), 2, "one iframe per element even with embed.js twice");
  const titles = await page.locator("iframe").evaluateAll((els) => els.map((e) => e.title));
  assert.notEqual(titles[0], titles[1], "unique titles");
  const frames = await Promise.all([0, 1].map(async (i) => (await page.locator("iframe").nth(i).elementHandle()).contentFrame()));
  await Promise.all(frames.map((f) => ready(page, f)));
  assert.equal(await frames[0].locator("[data-map-root]").getAttribute("lang"), "en");
  assert.equal(await frames[1].locator("[data-map-root]").getAttribute("lang"), "uk");
  assert.equal(await frames[1].locator("[data-map-root]").getAttribute("data-theme"), "dark");
  // data-vars: the house style reaches the first widget only, and a url() value is refused.
  await frames[0].waitForFunction(() => getComputedStyle(document.querySelector("[data-map-root]")).backgroundColor === "rgb(253, 246, 227)");
  const styled = await frames[0].evaluate(() => {
    const s = getComputedStyle(document.querySelector("[data-map-root]"));
    return { font: s.fontFamily, layer: getComputedStyle(document.querySelector('[data-layer="occupied-2022"]')).fill };
  });
  assert.match(styled.font, /Georgia/);
  assert.equal(styled.layer, "rgb(210, 90, 68)", "url() refused, the default colour stays");
  assert.notEqual(await frames[1].evaluate(() => getComputedStyle(document.querySelector("[data-map-root]")).backgroundColor), "rgb(253, 246, 227)");
  for (const i of [0, 1]) {
    const h = await settled(page, i);
    assert.ok(Math.abs(h.outer - h.inner) <= 2, `widget ${i}: iframe ${h.outer} vs content ${h.inner}`);
  }
  // Opening the table in one changes only that one's height.
  const second = (await heights(page, 1)).outer;
  await frames[0].click(".upm-table-toggle");
  await settled(page, 0);
  await page.waitForTimeout(200);
  assert.equal((await heights(page, 1)).outer, second, "the other widget kept its height");
  const globals = await page.evaluate(() => Object.keys(window).filter((k) => /peace|upm/i.test(k)));
  assert.deepEqual(globals, ["ukrainePeaceMap"], "one namespaced global");
  assert.equal(await page.evaluate(() => window.__host()), await page.evaluate(() => window.__before), "nothing outside its own elements changed");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("forged height messages (another origin, or the host window itself) change nothing", async () => {
  const page = await open(env, "article.html");
  const iframe = page.locator("iframe").first();
  const frame = await (await iframe.elementHandle()).contentFrame();
  await ready(page, frame);
  const before = (await settled(page)).outer;
  const id = new URL(await iframe.getAttribute("src")).searchParams.get("id");
  // From a frame on another origin, with the right id and shape.
  await page.evaluate(
    ([src]) =>
      new Promise((resolve) => {
        const f = document.createElement("iframe");
        f.src = src;
        f.onload = () => setTimeout(resolve, 200);
        document.body.appendChild(f);
      }),
    [`${other.url}/forge.html?id=${encodeURIComponent(id)}`],
  );
  const forger = page.frames().find((f) => f.url().startsWith(other.url));
  assert.equal(await forger.title(), "sent", "the forged message was sent");
  // From the host page's own window (same origin as the widget, wrong source).
  await page.evaluate((id) => window.postMessage({ type: "ukraine-peace-map:height", id, height: 4321 }, "*"), id);
  // Wrong shapes from the widget's origin.
  await frame.evaluate((id) => {
    parent.postMessage({ type: "ukraine-peace-map:height", id, height: "99999px" }, "*");
    parent.postMessage("ukraine-peace-map:height", "*");
    parent.postMessage({ type: "ukraine-peace-map:height", id: "nope", height: 400 }, "*");
  }, id);
  await page.waitForTimeout(300);
  assert.equal(await iframe.evaluate((el) => el.getBoundingClientRect().height), before);
  await page.context().close();
});

async function rootColours(frame) {
  return frame.evaluate(() => {
    const s = getComputedStyle(document.querySelector("[data-map-root]"));
    return { bg: s.backgroundColor, region: getComputedStyle(document.querySelector("[data-iso]")).fill };
  });
}

test("theme=dark, and the host page's run-time switch, change the widget's colours", async () => {
  const light = await open(env, "?theme=light");
  await ready(light);
  const dark = await open(env, "?theme=dark");
  await ready(dark);
  const [l, d] = [await rootColours(light), await rootColours(dark)];
  assert.notEqual(l.bg, d.bg);
  assert.notEqual(l.region, d.region);
  await dark.screenshot({ path: artifact("widget-dark.png") });
  await light.context().close();
  await dark.context().close();

  const page = await open(env, "article.html");
  const frame = await (await page.locator("iframe").elementHandle()).contentFrame();
  await ready(page, frame);
  const before = await rootColours(frame);
  await page.click("#theme-toggle");
  await frame.waitForSelector('[data-map-root][data-theme="dark"]');
  const after = await rootColours(frame);
  assert.notEqual(before.bg, after.bg, "background changed");
  assert.equal(after.bg, d.bg, "same colours as theme=dark");
  await page.screenshot({ path: artifact("article-dark.png"), fullPage: true });
  await page.context().close();
});

test("occupied= with DeepStateMap's export: drawn, and measured inside Ukraine", { skip: !fs.existsSync(REFERENCE) && "../shared is absent" }, async () => {
  const expected = JSON.parse(fs.readFileSync(FIGURES, "utf8")).snapshots["2025-04-25"].share_pct;
  const page = await open(env, "?occupied=reference.geojson&asof=2025-04-25");
  await ready(page);
  assert.equal(await page.locator('[role="alert"]').count(), 0, "no alert");
  const share = Number(await page.locator('[data-legend-layer="total"] [data-share-pct]').getAttribute("data-share-pct"));
  assert.ok(Math.abs(share - expected) <= 0.3, `legend ${share}% vs reference ${expected}%`);
  // The editor's layer is drawn, clipped to Ukraine, and the legend says whose data it is.
  const layer = page.locator('.upm-map [data-layer="occupied-2022"]');
  assert.equal(await layer.getAttribute("clip-path"), "url(#upm-clip-ukraine)");
  assert.match(await page.locator("[data-legend]").innerText(), /editor’s data/);
  assert.match(await page.locator(".upm-sub").innerText(), /As of 25 April 2025/);
  await page.screenshot({ path: artifact("widget-deepstate.png") });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("Download image: a PNG of the map's width with its legend, not blank", async () => {
  const page = await open(env, "", { ...DESKTOP, deviceScaleFactor: 1, acceptDownloads: true });
  await ready(page);
  const map = await page.locator(".upm-map").boundingBox();
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(".upm-download")]);
  assert.match(download.suggestedFilename(), /^ukraine-occupied-2025-04-25\.png$/);
  const file = artifact("download.png");
  await download.saveAs(file);
  const png = fs.readFileSync(file);
  assert.equal(png.subarray(1, 4).toString(), "PNG");
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  assert.equal(width, Math.round(map.width), "PNG width = map width");
  assert.ok(height > map.height, "map plus headline and legend");
  // Decode it in the page and check that it is not blank.
  const stats = await pngStats(page, png);
  assert.ok(stats.colours > 50, `${stats.colours} colours`);
  assert.ok(stats.reddish > 500, "the occupied areas are in the image");
  await page.context().close();
});
