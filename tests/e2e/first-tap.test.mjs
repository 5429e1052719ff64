// The first tap: the map is painted from the HTML before the WebAssembly is live. A tap,
// click or Enter in that time is kept (and shown as heard), then answered as soon as the
// widget is live: the dialog opens, focus moves as usual, the date and plan chosen are shown.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, ready, artifact, DESKTOP, PHONE } from "./helpers.mjs";

let env;
before(async () => (env = await setup()));
after(async () => env.close());

/** A page whose WebAssembly is held back until `release()`: only the painted map. With
 *  `fails`, the WebAssembly's request then fails instead. */
async function held(context, query = "", { fails = false } = {}) {
  const ctx = await env.browser.newContext(context);
  const page = await ctx.newPage();
  page.problems = [];
  page.on("pageerror", (e) => page.problems.push(e.message));
  page.on("console", (m) => m.type() === "error" && page.problems.push(m.text()));
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route(/_bg\.wasm$/, async (route) => {
    await gate;
    await (fails ? route.abort() : route.continue());
  });
  await page.goto(env.url(query), { waitUntil: "domcontentloaded" });
  // The boot script has run (it has no import): it is listening.
  await page.waitForFunction(() => document.querySelector("script[type=module]") && performance.getEntriesByType("resource").some((r) => /boot-/.test(r.name)));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  return { ctx, page, release };
}

test("a tap on a region at first paint opens its card once the widget is live (phone)", async () => {
  const { ctx, page, release } = await held(PHONE);
  assert.equal(await page.locator("[data-map-root]").getAttribute("data-state"), "loading");
  await page.locator('[data-iso="UA-46"]').tap();
  // Heard: a ring where the finger landed, the region marked; no card yet.
  assert.equal(await page.locator(".upm-heard-ring").count(), 1, "a ring shows the tap was heard");
  assert.equal(await page.locator('[data-iso="UA-46"].upm-heard').count(), 1);
  assert.equal(await page.locator('[role="dialog"]').count(), 0);
  await page.screenshot({ path: artifact("first-tap-heard-phone.png") });
  release();
  await ready(page);
  const dialog = page.locator('[role="dialog"]');
  await dialog.waitFor({ timeout: 10000 });
  assert.equal(await dialog.getAttribute("data-region"), "UA-46");
  assert.equal(await page.locator(".upm-heard-ring").count(), 0, "the ring is gone once answered");
  assert.equal(await page.locator(".upm-heard").count(), 0);
  // As after any tap: focus is in the card, and Escape returns it to the region.
  assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), "focus moved into the card");
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("data-iso")), "UA-46");
  await page.screenshot({ path: artifact("first-tap-answered-phone.png") });
  assert.deepEqual(page.problems, []);
  await ctx.close();
});

test("Enter on the focused region before the widget is live opens its card (keyboard)", async () => {
  const { ctx, page, release } = await held(DESKTOP);
  // The server-rendered map is already in the tab order: Tab reaches the region tab stop.
  await page.locator("[data-iso][tabindex='0']").focus();
  const iso = await page.evaluate(() => document.activeElement.getAttribute("data-iso"));
  assert.ok(iso, "a region has focus");
  await page.keyboard.press("Enter");
  assert.equal(await page.locator(`[data-iso="${iso}"].upm-heard`).count(), 1);
  release();
  const dialog = page.locator('[role="dialog"]');
  await dialog.waitFor({ timeout: 10000 });
  assert.equal(await dialog.getAttribute("data-region"), iso);
  assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), "focus moved into the card");
  assert.deepEqual(page.problems, []);
  await ctx.close();
});

test("a plan, a date and a region tapped before the widget is live are all answered, in order", async () => {
  const { ctx, page, release } = await held(DESKTOP);
  const date = await page.locator("[data-timeline] [data-date]").nth(2).getAttribute("data-date");
  // A plan brings its own date: the date chosen after it must win, as it would once live.
  await page.locator('[data-proposals] [data-proposal="28-points"]').click();
  await page.locator(`[data-timeline] [data-date="${date}"]`).click();
  await page.locator('[data-iso="UA-23"]').click();
  // A second tap on another region replaces the first: one ring per kind.
  await page.locator('[data-iso="UA-12"]').click();
  assert.equal(await page.locator(".upm-heard-ring").count(), 3);
  assert.equal(await page.locator('[data-iso="UA-23"].upm-heard').count(), 0);
  release();
  const dialog = page.locator('[role="dialog"]');
  await dialog.waitFor({ timeout: 10000 });
  const root = page.locator("[data-map-root]");
  assert.equal(await dialog.getAttribute("data-region"), "UA-12");
  assert.equal(await root.getAttribute("data-date"), date);
  assert.equal(await root.getAttribute("data-proposal"), "28-points");
  assert.equal(await page.locator("[data-timeline] [aria-checked=true]").getAttribute("data-date"), date);
  // The card was opened after the plan was chosen: it carries the plan's section.
  await page.locator('[role="dialog"] [data-plan-section="28-points"]').waitFor({ timeout: 5000 });
  assert.equal(await page.locator(".upm-heard-ring").count(), 0);
  assert.deepEqual(page.problems, []);
  await ctx.close();
});

test("taps after the widget is live are not replayed again", async () => {
  const { ctx, page, release } = await held(DESKTOP);
  release();
  await ready(page);
  await page.locator('[data-iso="UA-46"]').click();
  const dialog = page.locator('[role="dialog"]');
  await dialog.waitFor();
  assert.equal(await page.locator(".upm-heard-ring").count(), 0, "no ring once live");
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  await page.waitForTimeout(300);
  assert.equal(await page.locator('[role="dialog"]').count(), 0, "nothing reopens it");
  await ctx.close();
});

test("a WebAssembly that cannot start lets the kept taps go: no ring pulses over a map that will not answer", async () => {
  const { ctx, page, release } = await held(PHONE, "", { fails: true });
  await page.locator('[data-iso="UA-46"]').tap();
  assert.equal(await page.locator(".upm-heard-ring").count(), 1);
  release();
  await page.waitForFunction(() => !document.querySelector(".upm-heard-ring"), null, { timeout: 10000 });
  assert.equal(await page.locator(".upm-heard").count(), 0);
  assert.equal(await page.locator(".upm-host--waiting").count(), 0);
  await ctx.close();
});
