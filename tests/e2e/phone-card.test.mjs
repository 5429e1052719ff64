// The region card on a phone inside an article (issue 24, item 1): the frame is as tall as
// the widget, so the card opens in the part of it the reader sees, at any scroll position;
// its heading and first item are on screen without another gesture, and the page scrolls.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, open, artifact, swipe, PHONE } from "./helpers.mjs";

let env;
before(async () => (env = await setup()));
after(async () => env.close());

/** Scrolls the article so that the map's top is at `y` px from the screen's top. */
async function mapAt(page, y) {
  const frame = page.frameLocator("iframe");
  const iframeTop = await page.locator("iframe").evaluate((f) => f.getBoundingClientRect().top + scrollY);
  const mapTop = await frame.locator(".upm-map").evaluate((m) => m.getBoundingClientRect().top);
  await page.evaluate((to) => window.scrollTo(0, to), iframeTop + mapTop - y);
  await page.waitForTimeout(250);
}

for (const [name, y] of [["the map in the lower half of the screen", 420], ["the map's top above the screen", -60]]) {
  test(`phone, in the article, ${name}: a tap shows the card where the reader looks`, async () => {
    const page = await open(env, "article.html", PHONE);
    const frame = page.frameLocator("iframe");
    await frame.locator("[data-map-root][data-state=ready]").waitFor({ timeout: 20000 });
    await mapAt(page, y);
    const frameTop = await page.locator("iframe").evaluate((f) => f.getBoundingClientRect().top);
    // Tap Donetsk oblast where it is on screen.
    const region = await frame.locator('[data-iso="UA-14"]').boundingBox();
    assert.ok(region && region.y > 0 && region.y + region.height / 2 < 667, "Donetsk is on screen");
    await page.touchscreen.tap(region.x + region.width * 0.4, region.y + region.height * 0.5);
    const dialog = frame.locator('[role="dialog"]');
    await dialog.waitFor();
    const heading = await dialog.locator("h2").boundingBox();
    // Its first item: the region's own terms, or (Donetsk has none of its own) the fold
    // that holds the terms for all of Ukraine.
    const first = await dialog.locator(".upm-popup__section").first().boundingBox();
    assert.ok(heading.y >= 0 && heading.y + heading.height <= 667, `the heading is on screen: ${JSON.stringify(heading)} (frame at ${frameTop})`);
    assert.ok(first.y >= 0 && first.y + 20 <= 667, `the first item starts on screen: ${JSON.stringify(first)}`);
    assert.equal(await dialog.locator("h2").innerText(), "Donetsk Oblast");
    await page.screenshot({ path: artifact(`phone-card-${y}.png`) });
    // The page still scrolls under a swipe on the map above the card.
    const before = await page.evaluate(() => scrollY);
    const above = Math.max(30, heading.y - 40);
    await swipe(page, 190, Math.round(above), -100);
    assert.notEqual(await page.evaluate(() => scrollY), before, "the page scrolled");
    await page.context().close();
  });
}

test("a card opens short: its region's own items, at most about 120 words; the items for all of Ukraine one tap away", async () => {
  for (const lang of ["en", "uk"]) {
    for (const iso of ["UA-43", "UA-23", "UA-63", "UA-14", "UA-46"]) {
      const page = await open(env, `?lang=${lang}&region=${iso}`, PHONE);
      const dialog = page.locator('[role="dialog"]');
      await dialog.waitFor();
      const words = (await dialog.innerText()).split(/\s+/).filter(Boolean).length;
      assert.ok(words <= 125, `${lang} ${iso}: ${words} words on first open`);
      const fold = dialog.locator("[data-national-terms]");
      assert.equal(await fold.getAttribute("open"), null, "folded");
      await fold.locator("summary").tap();
      assert.equal(await fold.getAttribute("open"), "", "a tap unfolds it");
      assert.ok((await fold.locator("[data-term]").count()) >= 4);
      await page.context().close();
    }
  }
});

test("a tap a few pixels beside Kyiv city or Sevastopol opens them, not the region around them", async () => {
  // 6 px beside its outline's box, on the region around it: west of Kyiv city (Kyiv
  // oblast), east of Sevastopol (Crimea; west of it is the sea).
  for (const [iso, name, side] of [["UA-30", "Kyiv", -1], ["UA-40", "Sevastopol", 1]]) {
    const page = await open(env, "", PHONE);
    await page.waitForSelector("[data-map-root][data-state=ready]", { timeout: 20000 });
    const box = await page.locator(`[data-iso="${iso}"]`).boundingBox();
    const x = side < 0 ? box.x - 6 : box.x + box.width + 6;
    const around = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.getAttribute("data-iso"), [x, box.y + box.height / 2]);
    assert.ok(around && around !== iso, `${name}: the tap lands on ${around}`);
    await page.touchscreen.tap(x, box.y + box.height / 2);
    const dialog = page.locator('[role="dialog"]');
    await dialog.waitFor();
    assert.equal(await dialog.getAttribute("data-region"), iso, `${name}`);
    await page.context().close();
  }
  // Far from them, the region around them opens as before.
  const page = await open(env, "", PHONE);
  await page.waitForSelector("[data-map-root][data-state=ready]", { timeout: 20000 });
  const kyiv = await page.locator('[data-iso="UA-30"]').boundingBox();
  const [x, y] = [kyiv.x - 24, kyiv.y + kyiv.height / 2];
  const under = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.getAttribute("data-iso"), [x, y]);
  assert.ok(under && under !== "UA-30");
  await page.touchscreen.tap(x, y);
  await page.locator('[role="dialog"]').waitFor();
  assert.equal(await page.locator('[role="dialog"]').getAttribute("data-region"), under);
  await page.context().close();
});
