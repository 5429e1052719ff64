// The widget page on its own: regions, layers, popups, keyboard, touch, languages.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, open, ready, artifact, swipe, pinch, PHONE, DESKTOP } from "./helpers.mjs";

let env;
before(async () => (env = await setup()));
after(async () => env.close());

test("27 regions, the three layers, and no console errors", async () => {
  const page = await open(env);
  await ready(page);
  assert.equal(await page.locator("[data-iso]").count(), 27);
  for (const layer of ["annexed-2014", "occupied-2014", "occupied-2022"]) {
    assert.equal(await page.locator(`.upm-map [data-layer="${layer}"]`).count(), 1, layer);
  }
  const legend = await page.locator("[data-legend]").innerText();
  assert.match(legend, /As of 25 April 2025/);
  assert.match(await page.locator(".upm-headline").innerText(), /^Russia occupies about 1\d% of Ukraine$/);
  await page.screenshot({ path: artifact("widget-desktop.png"), fullPage: true });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("the toolbar's controls are one height, \"Get the data\" (a summary) included", async () => {
  for (const context of [DESKTOP, PHONE]) {
    const page = await open(env, "", context);
    await ready(page);
    const heights = await page.evaluate(() =>
      [...document.querySelectorAll(".upm-table-toggle, .upm-download, .upm-data > summary")].map((e) => [e.textContent.trim(), Math.round(e.getBoundingClientRect().height)]),
    );
    assert.ok(heights.length >= 3, JSON.stringify(heights));
    assert.equal(new Set(heights.map(([, h]) => h)).size, 1, JSON.stringify(heights));
    await page.context().close();
  }
});

test("clicking Crimea opens a dialog that names it and its terms", async () => {
  const page = await open(env);
  await ready(page);
  await page.click('[data-iso="UA-43"]');
  const dialog = page.locator('[role="dialog"]');
  await dialog.waitFor();
  const titleId = await dialog.getAttribute("aria-labelledby");
  assert.equal(await page.locator(`#${titleId}`).innerText(), "Autonomous Republic of Crimea");
  assert.equal(await dialog.locator('[data-term="crimea-recognition"]').count(), 1);
  assert.match(await dialog.innerText(), /annexed by Russia in 2014/);
  await page.screenshot({ path: artifact("widget-desktop-crimea.png") });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("Zaporizhzhia shows the nuclear plant term", async () => {
  const page = await open(env);
  await ready(page);
  await page.click('[data-iso="UA-23"]');
  const dialog = page.locator('[role="dialog"]');
  await dialog.waitFor();
  assert.equal(await dialog.locator('[data-term="znpp-us-oversight"]').count(), 1);
  assert.match(await dialog.locator('[data-term="znpp-us-oversight"]').innerText(), /United States/);
  await page.context().close();
});

test("keyboard only: Tab to a region, Enter opens, Escape closes, focus returns", async () => {
  const page = await open(env);
  await ready(page);
  // Tab through the page until a region has focus.
  let iso = null;
  for (let i = 0; i < 20 && !iso; i++) {
    await page.keyboard.press("Tab");
    iso = await page.evaluate(() => document.activeElement?.getAttribute("data-iso"));
  }
  assert.ok(iso, "a region is reachable with Tab");
  const name = await page.evaluate(() => document.activeElement.getAttribute("aria-label"));
  assert.match(name, /: (not occupied|.*occupied|annexed)/, "accessible name with status");
  // Arrow keys move between regions.
  await page.keyboard.press("ArrowRight");
  const moved = await page.evaluate(() => document.activeElement?.getAttribute("data-iso"));
  assert.ok(moved && moved !== iso, `ArrowRight moves from ${iso}`);
  await page.keyboard.press("Enter");
  await page.locator('[role="dialog"]').waitFor();
  // Focus moves into the dialog in the frame that shows it (not inside the key's handler).
  await page.waitForFunction(() => !!document.activeElement.closest('[role="dialog"]'), null, { timeout: 1000 }).catch(() => {});
  assert.equal(await page.evaluate(() => !!document.activeElement.closest('[role="dialog"]')), true, "focus moves into the dialog");
  await page.keyboard.press("Escape");
  await page.locator('[role="dialog"]').waitFor({ state: "detached" });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("data-iso")), moved, "focus is back on the region");
  // Space opens too.
  await page.keyboard.press(" ");
  await page.locator('[role="dialog"]').waitFor();
  await page.context().close();
});

test("phone: a tap opens a bottom sheet, no horizontal scroll, a swipe over the map scrolls the page", async () => {
  const page = await open(env, "", PHONE);
  await ready(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px`);
  await page.screenshot({ path: artifact("widget-phone.png"), fullPage: true });

  // One-finger swipe up over the middle of the map: the page must scroll.
  const box = await page.locator(".upm-map").boundingBox();
  const transform = () => page.locator(".upm-viewport").getAttribute("transform");
  const before = await transform();
  await swipe(page, Math.round(box.x + box.width / 2), Math.round(box.y + box.height * 0.7), -150);
  assert.ok((await page.evaluate(() => window.scrollY)) > 30, "the page scrolled under a one-finger swipe");
  assert.equal(await transform(), before, "a one-finger swipe does not move the map");
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(100);

  // Two fingers pinch the map instead.
  const b = await page.locator(".upm-map").boundingBox();
  await pinch(page, Math.round(b.x + b.width / 2), Math.round(b.y + b.height / 2), 60, 180);
  assert.notEqual(await transform(), before, "a pinch zooms the map");
  await page.locator(".upm-zoom__reset").click();

  await page.locator('[data-iso="UA-14"]').tap();
  const dialog = page.locator('[role="dialog"]');
  await dialog.waitFor();
  const sheet = await dialog.boundingBox();
  assert.ok(sheet.y >= 0 && sheet.y + sheet.height <= 667 + 1, `sheet inside the viewport: ${JSON.stringify(sheet)}`);
  assert.ok(sheet.width >= 370, "full width");
  assert.equal(await dialog.locator('[data-term="territorial-concessions"]').count(), 1);
  await page.screenshot({ path: artifact("widget-phone-donetsk.png") });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("lang=uk shows Ukrainian names", async () => {
  const page = await open(env, "?lang=uk");
  await ready(page);
  assert.equal(await page.locator("[data-map-root]").getAttribute("lang"), "uk");
  assert.match(await page.locator(".upm-headline").innerText(), /^Росія окупує/);
  assert.match(await page.locator('[data-iso="UA-14"]').getAttribute("aria-label"), /^Донецька область/);
  await page.click('[data-iso="UA-65"]');
  assert.equal(await page.locator('[role="dialog"] h2').innerText(), "Херсонська область");
  await page.screenshot({ path: artifact("widget-desktop-uk.png") });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("region=UA-43 opens that popup on load", async () => {
  const page = await open(env, "?region=UA-43", DESKTOP);
  await ready(page);
  assert.equal(await page.locator('[role="dialog"] h2').innerText(), "Autonomous Republic of Crimea");
  await page.context().close();
});

test("zoom: buttons, Ctrl + wheel; a plain wheel scrolls the page instead", async () => {
  const page = await open(env, "", { viewport: { width: 1280, height: 700 } });
  await ready(page);
  const transform = () => page.locator(".upm-viewport").getAttribute("transform");
  const whole = await transform();
  const box = await page.locator(".upm-map").boundingBox();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
  await page.mouse.wheel(0, 300);
  await page.waitForTimeout(200);
  assert.equal(await transform(), whole, "a plain wheel does not zoom");
  assert.ok((await page.evaluate(() => window.scrollY)) > 0, "a plain wheel scrolls the page");
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.keyboard.down("Control");
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
  await page.mouse.wheel(0, -300);
  await page.keyboard.up("Control");
  await page.waitForTimeout(200);
  assert.notEqual(await transform(), whole, "Ctrl + wheel zooms");
  assert.equal(await page.evaluate(() => window.scrollY), 0, "and does not scroll the page");
  await page.click(".upm-zoom__reset");
  assert.equal(await transform(), whole);
  await page.click(".upm-zoom__crimea");
  assert.match(await transform(), /scale\((?!1\.0000)/, "zoomed to Crimea");
  // The zoomed map keeps working: Crimea is under the centre of the map now.
  await page.click(".upm-zoom__donbas");
  await page.click('[data-iso="UA-14"]');
  await page.locator('[role="dialog"]').waitFor();
  await page.screenshot({ path: artifact("widget-zoom-donbas.png") });
  await page.context().close();
});

test("hover: the region is outlined and a tooltip names it with its share", async () => {
  const page = await open(env);
  await ready(page);
  await page.hover('[data-iso="UA-63"]');
  const tip = page.locator(".upm-tooltip");
  await tip.waitFor();
  assert.match(await tip.innerText(), /Kharkiv Oblast\s+\d(\.\d)?% occupied since 2022/);
  assert.equal(await page.locator(".upm-outline--hover").count(), 1);
  await page.mouse.move(1, 1);
  await tip.waitFor({ state: "detached" });
  await page.context().close();
});

test("forced colours: the three layers are told apart by pattern, in system colours", async () => {
  const page = await open(env);
  await page.emulateMedia({ forcedColors: "active" });
  await ready(page);
  const fills = await page.$$eval(".upm-map [data-layer]", (els) => els.map((e) => [e.dataset.layer, getComputedStyle(e).fill]));
  const byLayer = Object.fromEntries(fills);
  assert.match(byLayer["annexed-2014"], /url\(.*upm-pattern-annexed/);
  assert.match(byLayer["occupied-2014"], /url\(.*upm-pattern-2014/);
  assert.match(byLayer["occupied-2022"], /url\(.*upm-pattern-2022/);
  await page.screenshot({ path: artifact("widget-forced-colors.png") });
  await page.context().close();
});

test("zoomed in, hatching keeps its size on screen on the map, and the swatches keep theirs", async () => {
  const page = await open(env);
  await ready(page);
  // A tile's width on screen: its width, times its pattern's scale, times the map's.
  const tile = () =>
    page.evaluate(() => {
      const p = document.getElementById("upm-pattern-2014");
      const scale = Number((p.getAttribute("patternTransform") ?? "scale(1)").match(/scale\(([\d.]+)\)/)?.[1] ?? 1);
      return Number(p.getAttribute("width")) * scale * document.querySelector(".upm-viewport").getScreenCTM().a;
    });
  const swatch = () =>
    page.evaluate(() => {
      const fill = getComputedStyle(document.querySelector(".upm-swatch .upm-layer--occupied-2014")).fill;
      const id = fill.match(/#([\w-]+)/)?.[1];
      return { id, transform: document.getElementById(id)?.getAttribute("patternTransform") ?? null };
    });
  const [restTile, restSwatch] = [await tile(), await swatch()];
  await page.click(".upm-zoom__donbas");
  await page.waitForFunction(() => document.getElementById("upm-pattern-2014").getAttribute("patternTransform"));
  // The zoom may ease in: wait until the map's scale holds still.
  await page.waitForFunction(() => {
    const a = document.querySelector(".upm-viewport").getScreenCTM().a;
    const still = window.__lastScale === a;
    window.__lastScale = a;
    return still;
  }, null, { polling: 100 });
  const zoomedTile = await tile();
  assert.ok(Math.abs(zoomedTile / restTile - 1) < 0.01, `tile ${restTile} px at rest, ${zoomedTile} px zoomed`);
  assert.deepEqual(await swatch(), restSwatch);
  assert.deepEqual(restSwatch, { id: "upm-pattern-2014-key", transform: null }, "the swatches' own tiles, never scaled");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("theme=auto in a dark system theme uses exactly the dark palette, and light otherwise", async () => {
  const palette = async (query, scheme) => {
    const page = await open(env, query);
    await page.emulateMedia({ colorScheme: scheme });
    await ready(page);
    const values = await page.evaluate(() => {
      const css = getComputedStyle(document.querySelector(".upm"));
      return ["--upm-bg", "--upm-text", "--upm-occupied-2014", "--upm-alert", "--upm-sea"].map((n) => css.getPropertyValue(n).trim());
    });
    await page.context().close();
    return values;
  };
  const dark = await palette("?theme=dark", "light");
  const light = await palette("?theme=light", "dark");
  assert.notDeepEqual(dark, light);
  assert.deepEqual(await palette("", "dark"), dark, "auto + dark system = dark");
  assert.deepEqual(await palette("", "light"), light, "auto + light system = light");
});

// For the standards desk: the popups of the regions the editorial audit names, in both
// languages, on a desktop and a phone (test-results/editorial-*.png).
test("editorial screenshots: Kharkiv, Donetsk, Zaporizhzhia and Crimea in English and Ukrainian", async () => {
  for (const [lang, context] of [["en", DESKTOP], ["uk", DESKTOP], ["uk", PHONE]]) {
    for (const iso of ["UA-63", "UA-14", "UA-23", "UA-43"]) {
      const page = await open(env, `?lang=${lang}&region=${iso}`, context);
      await ready(page);
      const dialog = page.locator('[role="dialog"]');
      await dialog.waitFor();
      assert.equal(await dialog.getAttribute("data-region"), iso);
      // Territorial concessions name no region: listed once in every popup, for all of Ukraine.
      const concessions = await dialog.locator('[data-term="territorial-concessions"]').count();
      assert.equal(concessions, 1, `${iso}: territorial concessions`);
      const phone = context === PHONE ? "-phone" : "";
      await page.screenshot({ path: artifact(`editorial-${lang}-${iso}${phone}.png`) });
      assert.deepEqual(page.problems, []);
      await page.context().close();
    }
  }
});
