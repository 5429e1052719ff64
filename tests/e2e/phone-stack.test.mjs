// The compact phone stack (issue 24, item 4): headline, dates, plans, the map, a one-line
// key, the legends one tap away; at most 900 px at 375 px in both languages, with every
// figure still there for the reader who asks. Wider screens keep the full legends.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, open, ready, artifact, pinch, PHONE, DESKTOP } from "./helpers.mjs";

let env;
before(async () => (env = await setup()));
after(async () => env.close());

const height = (page) => page.evaluate(() => document.querySelector("[data-map-root]").getBoundingClientRect().height);

test("at 375 px: the widget is under 900 px in both languages, with and without a plan", async () => {
  for (const query of ["?lang=en", "?lang=uk", "?lang=en&proposal=28-points", "?lang=uk&proposal=28-points"]) {
    const page = await open(env, query, PHONE);
    await ready(page);
    const h = await height(page);
    assert.ok(h <= 900, `${query}: ${h} px`);
    // The map takes a real part of it (it was a fifth).
    const map = await page.locator(".upm-map").boundingBox();
    assert.ok(map.height / h > 0.27, `${query}: the map is ${Math.round((100 * map.height) / h)}% of the widget`);
    await page.context().close();
  }
});

test("the key under the map, the legends one tap away, and back", async () => {
  const page = await open(env, "", PHONE);
  await ready(page);
  const key = page.locator(".upm-key:not(.upm-key--map)");
  assert.ok(await key.isVisible());
  assert.equal(await page.locator(".upm-key--map").isVisible(), false, "no key over a phone's small map");
  assert.match(await key.innerText(), /Crimea \(2014\)[\s\S]*Donbas \(2014\)[\s\S]*Since 2022[\s\S]*Total: 1\d\.\d%/);
  // The key sits right under the map.
  const [mapBox, keyBox] = [await page.locator(".upm-stage").boundingBox(), await key.boundingBox()];
  assert.ok(keyBox.y - (mapBox.y + mapBox.height) < 16, "the key is under the map");
  const more = page.locator(".upm-key__more");
  assert.equal(await more.getAttribute("aria-expanded"), "false");
  assert.equal(await page.locator("[data-legend]").isVisible(), false, "folded");
  // The plan's kinds stay under the key; its words and sources are folded.
  assert.ok(await page.locator('[data-legend-provision="recognised"]').isVisible());
  assert.equal(await page.locator(".upm-plan-legend__sources").isVisible(), false);
  await page.screenshot({ path: artifact("phone-stack-folded.png"), fullPage: true });
  await more.tap();
  assert.equal(await more.getAttribute("aria-expanded"), "true");
  assert.ok(await page.locator("[data-legend]").isVisible(), "open");
  assert.ok(await page.locator('[data-legend-layer="total"] [data-km2]').isVisible());
  assert.ok(await page.locator(".upm-plan-legend__sources").isVisible());
  await page.screenshot({ path: artifact("phone-stack-open.png"), fullPage: true });
  await more.tap();
  assert.equal(await page.locator("[data-legend]").isVisible(), false, "folded again");
  await page.context().close();
});

test("on a phone the zoom presets give way to the map; the reset shows once it is zoomed", async () => {
  const page = await open(env, "", PHONE);
  await ready(page);
  for (const b of [".upm-zoom__crimea", ".upm-zoom__donbas", ".upm-zoom__in", ".upm-zoom__reset"]) {
    assert.equal(await page.locator(b).isVisible(), false, `${b} hidden at rest`);
  }
  const box = await page.locator(".upm-stage").boundingBox();
  await pinch(page, box.x + box.width / 2, box.y + box.height / 2, 60, 160);
  const reset = page.locator(".upm-zoom__reset");
  await reset.waitFor({ state: "visible" });
  const r = await reset.boundingBox();
  assert.ok(r.width >= 44 && r.height >= 44, "a 44 px target");
  assert.ok(r.y + r.height <= box.y + box.height && r.y >= box.y, "over the map, not a row of its own");
  await reset.tap();
  await reset.waitFor({ state: "hidden" });
  await page.context().close();
});

test("on a desktop the full legends stay open, the key sits on the map, and so does the zoom bar", async () => {
  const page = await open(env, "", { viewport: { width: 1280, height: 800 } });
  await ready(page);
  assert.equal(await page.locator(".upm-key:not(.upm-key--map)").isVisible(), false);
  assert.ok(await page.locator("[data-legend]").isVisible());
  // On a 1,280 x 800 laptop the key is where the eye is: on the map, above the fold.
  const [stage, zoom, key] = [await page.locator(".upm-stage").boundingBox(), await page.locator(".upm-zoom").boundingBox(), await page.locator(".upm-key--map").boundingBox()];
  assert.ok(key && key.y >= stage.y && key.x >= stage.x && key.y + key.height < 800, `the key on the map, above the fold: ${JSON.stringify(key)}`);
  assert.match(await page.locator(".upm-key--map").innerText(), /Crimea \(2014\)[\s\S]*Total: 1\d\.\d%/);
  assert.ok(zoom.y >= stage.y && zoom.y + zoom.height <= stage.y + stage.height, "inside the map's frame");
  for (const b of [".upm-zoom__in", ".upm-zoom__out", ".upm-zoom__reset", ".upm-zoom__crimea", ".upm-zoom__donbas"]) {
    assert.ok(await page.locator(b).isVisible(), b);
  }
  await page.context().close();
});

test("the tables on a phone: none wider than its column, quiet regions in one row, the dates one line per region", async () => {
  for (const lang of ["en", "uk"]) {
    const page = await open(env, `?lang=${lang}`, PHONE);
    await ready(page);
    await page.locator(".upm-table-toggle").tap();
    await page.locator("[data-text-alternative]").waitFor();
    const widths = await page.evaluate(() =>
      [...document.querySelectorAll(".upm-table")].map((t) => [t.getBoundingClientRect().width, document.querySelector(".upm-table-wrap").clientWidth]),
    );
    for (const [w, column] of widths) assert.ok(w <= column + 0.5, `${lang}: a table of ${w} px in a column of ${column} px`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), "the page does not scroll sideways");
    // The occupied regions and those a term names are rows; the others one row.
    const shown = await page.locator("[data-iso-row]:visible").count();
    const others = page.locator(".upm-row--others");
    assert.ok(await others.isVisible());
    const n = Number((await others.innerText()).match(/^\d+/)[0]);
    assert.equal(shown + n, 27, `${shown} rows and ${n} folded`);
    assert.match(await others.innerText(), lang === "en" ? /^\d+ other regions: not occupied: / : /^\d+ інш(их|і) регіон(ів|и): не окупован/);
    assert.equal(await page.locator("[data-text-alternative] tbody tr").count(), 28, "every region keeps its row for screen readers");
    // The per-region shares: one line each, instead of 13 columns.
    assert.equal(await page.locator(".upm-col-region").first().isVisible(), false);
    assert.ok((await page.locator(".upm-dates-by-region li").count()) >= 8);
    await page.context().close();
  }
  const desk = await open(env, "", DESKTOP);
  await ready(desk);
  await desk.click(".upm-table-toggle");
  assert.equal(await desk.locator("[data-iso-row]:visible").count(), 27, "a desktop lists every region");
  assert.equal(await desk.locator(".upm-row--others").isVisible(), false);
  assert.ok(await desk.locator(".upm-col-region").first().isVisible());
  assert.equal(await desk.locator(".upm-dates-by-region").isVisible(), false);
  await desk.context().close();
});
