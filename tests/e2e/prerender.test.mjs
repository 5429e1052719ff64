// First paint before WebAssembly: the release page carries the server-rendered map,
// readers without JavaScript still get it, and the WebAssembly hydrates that same DOM.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, ready, artifact, DESKTOP, PHONE } from "./helpers.mjs";

let env;
before(async () => (env = await setup()));
after(async () => env.close());

test("with JavaScript disabled: the 27 regions, the legend, the headline and the table", async () => {
  const ctx = await env.browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(env.url());
  assert.equal(await page.locator("[data-iso]").count(), 27);
  for (const layer of ["annexed-2014", "occupied-2014", "occupied-2022"]) {
    assert.equal(await page.locator(`.upm-map [data-layer="${layer}"]`).count(), 1);
  }
  assert.ok(await page.locator("[data-legend]").isVisible(), "legend visible");
  assert.match(await page.locator("[data-legend]").innerText(), /Total occupied\s+1\d\d,\d{3} km² · 1\d\.\d%/);
  assert.match(await page.locator(".upm-headline").innerText(), /^Russia occupies about 1\d% of Ukraine$/);
  assert.ok(await page.locator("[data-text-alternative]").isVisible(), "the table is shown without the script");
  assert.equal(await page.locator("[data-text-alternative] tbody tr[data-iso-row]").count(), 27);
  assert.equal(await page.locator("[data-text-alternative] tbody tr[data-iso-row]:visible").count(), 27, "every region a row of its own on a desktop");
  for (const control of [".upm-table-toggle", ".upm-download", ".upm-data", ".upm-play"]) {
    assert.equal(await page.locator(control).isVisible(), false, `no ${control}: it needs the script`);
  }
  // The SVG is laid out, not just present: the map has a size.
  const box = await page.locator(".upm-map").boundingBox();
  assert.ok(box.width > 1000 && box.height > 600, JSON.stringify(box));
  await page.screenshot({ path: artifact("nojs-desktop.png"), fullPage: true });
  await ctx.close();
});

test("without JavaScript on a phone the page still fits", async () => {
  const ctx = await env.browser.newContext({ ...PHONE, javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(env.url());
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth));
  await page.screenshot({ path: artifact("nojs-phone.png"), fullPage: true });
  await ctx.close();
});

test("the WebAssembly hydrates the server-rendered DOM instead of drawing it again", async () => {
  const ctx = await env.browser.newContext(DESKTOP);
  const page = await ctx.newPage();
  // Hold the WebAssembly back until the server-rendered page has been marked.
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(env.url(), { waitUntil: "domcontentloaded" });
  assert.equal(await page.locator("[data-map-root]").getAttribute("data-state"), "loading");
  await page.evaluate(() => {
    document.querySelector('[data-iso="UA-14"]').__ssr = true;
    document.querySelector("[data-legend]").__ssr = true;
  });
  release();
  await ready(page);
  const same = await page.evaluate(() => [document.querySelector('[data-iso="UA-14"]').__ssr, document.querySelector("[data-legend]").__ssr]);
  assert.deepEqual(same, [true, true], "the same nodes, now interactive");
  await page.click('[data-iso="UA-14"]');
  // The items for all of Ukraine are folded in the card: there, one tap away.
  await page.locator('[role="dialog"] [data-national-terms] summary').waitFor();
  await page.locator('[role="dialog"] [data-term="territorial-concessions"]').waitFor({ state: "attached" });
  await ctx.close();
});

test("hydration then applies the page's options (lang=uk)", async () => {
  const ctx = await env.browser.newContext(DESKTOP);
  const page = await ctx.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(env.url("?lang=uk"));
  await ready(page);
  assert.match(await page.locator(".upm-headline").innerText(), /^Росія окупує/);
  assert.equal(await page.locator("[data-iso]").count(), 27, "no duplicate map after hydration");
  assert.equal(await page.locator("[data-map-root]").count(), 1);
  assert.deepEqual(errors, []);
  await ctx.close();
});
