// The map through time: the timeline control (pointer, touch, keyboard), the change
// layers, the chart, the dates table, date= and an editor's file as the newest stop.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { setup, open, ready, artifact, SHARED, PHONE, DESKTOP } from "./helpers.mjs";

const DATES = ["2022-02-23", "2022-03-22", "2022-08-31", "2022-11-12", "2023-12-31", "2024-12-31", "2025-04-25", "2025-11-20", "2026-08-22"];
const REFERENCE = path.join(SHARED, "data/occupied/deepstatemap_data_20260822.geojson");

let env;
before(async () => {
  env = await setup({
    routes: {
      "/newest.geojson": (req, res) => {
        if (!fs.existsSync(REFERENCE)) return res.writeHead(404).end();
        res.writeHead(200, { "content-type": "application/geo+json" }).end(fs.readFileSync(REFERENCE));
      },
    },
  });
});
after(async () => env.close());

const chosen = (page) => page.locator('[data-timeline] [aria-checked="true"]').getAttribute("data-date");
const rootDate = (page) => page.locator("[data-map-root]").getAttribute("data-date");
const legendKm2 = async (page, layer) => Number(await page.locator(`[data-legend] [data-legend-layer="${layer}"] [data-km2]`).getAttribute("data-km2"));

test("one stop per date, labelled with its date and share; 25 April 2025 by default", async () => {
  const page = await open(env);
  await ready(page);
  const stops = page.locator("[data-timeline] [data-date]");
  assert.deepEqual(await stops.evaluateAll((els) => els.map((e) => e.dataset.date)), DATES);
  assert.equal(await chosen(page), "2025-04-25");
  assert.equal(await rootDate(page), "2025-04-25");
  assert.equal(await page.locator("[data-timeline]").getAttribute("role"), "radiogroup");
  for (const text of await stops.allInnerTexts()) assert.match(text, /\d{4}\s+\d{1,2}\.\d%/);
  assert.match(await stops.nth(1).getAttribute("aria-label"), /^22 Mar 2022 2\d\.\d%$/);
  assert.match(await stops.nth(2).innerText(), /^31 Aug 2022\s+2\d\.\d%$/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("choosing a date redraws the map, headline, legend, table and accessible names without a page load", async () => {
  const page = await open(env);
  await ready(page);
  const before = await page.locator('[data-iso="UA-63"]').getAttribute("aria-label");
  await page.evaluate(() => (window.__sameDocument = true));
  await page.click('[data-timeline] [data-date="2022-03-22"]');
  assert.equal(await rootDate(page), "2022-03-22");
  assert.equal(await chosen(page), "2022-03-22");
  assert.equal(await page.evaluate(() => window.__sameDocument), true, "no page load");
  assert.match(await page.locator(".upm-headline").innerText(), /^Russia occupied about 2\d% of Ukraine$/);
  assert.match(await page.locator("[data-legend]").innerText(), /As of 22 March 2022/);
  const kharkiv = await page.locator('[data-iso="UA-63"]').getAttribute("aria-label");
  assert.notEqual(kharkiv, before);
  assert.match(kharkiv, /^Kharkiv Oblast: \d{1,2}% occupied since 2022$/);
  // Change since 23 February 2022: all of the 2022 layer is new, nothing was regained.
  assert.equal(await page.locator('.upm-map [data-layer="gained"]').count(), 1);
  assert.equal(await page.locator('.upm-map [data-layer="regained"]').count(), 0);
  assert.ok((await legendKm2(page, "gained")) > 70000);
  assert.equal(await legendKm2(page, "regained"), 0);
  // By 31 August 2022 the north (Kyiv, Chernihiv, Sumy oblasts) was no longer occupied.
  await page.click('[data-timeline] [data-date="2022-08-31"]');
  assert.equal(await rootDate(page), "2022-08-31");
  assert.equal(await page.locator('.upm-map [data-layer="regained"]').count(), 1);
  assert.ok((await legendKm2(page, "regained")) > 10000, "the north regained");
  // After the Kharkiv and Kherson counteroffensives both layers show.
  await page.click('[data-timeline] [data-date="2022-11-12"]');
  assert.equal(await page.locator('.upm-map [data-layer="regained"]').count(), 1);
  assert.ok((await legendKm2(page, "regained")) > 10000, "Kharkiv oblast and the Kherson right bank regained");
  // A change row says what the two lines show, not a date on which anything happened.
  assert.match(await page.locator("[data-legend]").innerText(), /Occupied on 31 Aug 2022, not on 12 Nov 2022/);
  assert.match(await page.locator("[data-change-threshold]").innerText(), /^Changes under 20 km² within a region are not shown/);
  // The first date has no previous one: no change layers.
  await page.click('[data-timeline] [data-date="2022-02-23"]');
  assert.equal(await page.locator('.upm-map [data-layer="gained"], .upm-map [data-layer="regained"]').count(), 0);
  assert.equal(await page.locator('.upm-map [data-layer="occupied-2022"]').count(), 0);
  await page.screenshot({ path: artifact("timeline-2022-02-23.png") });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("a change the independent record does not show is not drawn: 25 April 2025 has nothing no longer occupied since 31 December 2024", async () => {
  const page = await open(env);
  await ready(page);
  assert.equal(await rootDate(page), "2025-04-25");
  assert.equal(await page.locator('.upm-map [data-layer="regained"]').count(), 0);
  assert.equal(await legendKm2(page, "regained"), 0);
  assert.ok((await legendKm2(page, "gained")) > 500, "the spring 2025 advances are drawn");
  await page.click('[data-iso="UA-23"]');
  const dialog = page.locator('[role="dialog"]');
  await dialog.waitFor();
  assert.doesNotMatch(await dialog.innerText(), /−\d[\d.,]* points/, "Zaporizhzhia shows no regain");
  await page.context().close();
});

test("keyboard: the timeline is one tab stop; arrows, Home and End move the choice and the focus", async () => {
  const page = await open(env);
  await ready(page);
  let at = null;
  for (let i = 0; i < 10 && !at; i++) {
    await page.keyboard.press("Tab");
    at = await page.evaluate(() => document.activeElement?.closest("[data-timeline]") ? document.activeElement.dataset.date : null);
  }
  assert.equal(at, "2025-04-25", "Tab reaches the chosen date");
  const focused = () => page.evaluate(() => document.activeElement.dataset.date);
  await page.keyboard.press("ArrowRight");
  assert.equal(await focused(), "2025-11-20");
  assert.equal(await chosen(page), "2025-11-20");
  await page.keyboard.press("Home");
  assert.equal(await chosen(page), "2022-02-23");
  await page.keyboard.press("ArrowLeft");
  assert.equal(await chosen(page), "2026-08-22", "wraps around");
  assert.equal(await focused(), "2026-08-22");
  await page.keyboard.press("End");
  assert.equal(await rootDate(page), "2026-08-22");
  // One more Tab leaves the group (roving tabindex).
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => !!document.activeElement.closest("[data-timeline]")), false);
  await page.context().close();
});

test("touch: tapping a date and a point of the chart", async () => {
  // On a phone the dates are one row that scrolls sideways, and the chart gives way.
  const phone = await open(env, "", PHONE);
  await ready(phone);
  await phone.locator('[data-timeline] [data-date="2023-12-31"]').tap();
  assert.equal(await rootDate(phone), "2023-12-31");
  const row = await phone.locator(".upm-timeline").boundingBox();
  assert.ok(row.height < 70, `the dates take one row (${row.height} px)`);
  assert.equal(await phone.locator("[data-timeline-chart]").isVisible(), false);
  await phone.context().close();
  // On a tablet, the chart's points take taps.
  const page = await open(env, "", { viewport: { width: 768, height: 1000 }, isMobile: true, hasTouch: true });
  await ready(page);
  await page.locator('[data-timeline] [data-date="2023-12-31"]').tap();
  assert.equal(await page.locator("[data-timeline-chart] [data-date]").count(), DATES.length);
  await page.locator('[data-timeline-chart] [data-date="2022-11-12"] .upm-chart__dot').tap();
  assert.equal(await rootDate(page), "2022-11-12");
  assert.equal(await page.locator("[data-timeline-chart] .upm-chart__point--chosen").getAttribute("data-date"), "2022-11-12");
  assert.match(await page.locator("[data-timeline-chart] svg").getAttribute("aria-label"), /7\.\d% on 23 February 2022/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `horizontal overflow ${overflow}px`);
  await page.screenshot({ path: artifact("timeline-phone.png"), fullPage: true });
  await page.context().close();
});

test("the popup gives the region's share on the date and its change since the previous one", async () => {
  const page = await open(env, "?date=2022-11-12&region=UA-63");
  await ready(page);
  const dialog = page.locator('[role="dialog"]');
  await dialog.waitFor();
  assert.match(await dialog.locator(".upm-popup__status").innerText(), /^1(\.\d)?% occupied since 2022$/);
  assert.match(await dialog.locator("[data-change]").innerText(), /^−3\d\.\d points \(−\d{1,2},\d{3} km²\) since 31 August 2022$/);
  // The popup follows the date.
  await page.click('[data-timeline] [data-date="2022-08-31"]');
  assert.match(await dialog.locator(".upm-popup__status").innerText(), /^3\d% occupied since 2022$/);
  await page.context().close();
});

test("the table of dates: total, change and each region ever occupied", async () => {
  const page = await open(env);
  await ready(page);
  await page.click(".upm-table-toggle");
  const rows = page.locator("[data-dates-table] tbody tr");
  assert.equal(await rows.count(), DATES.length);
  assert.equal(await page.locator('[data-dates-table] tr[aria-current="true"]').getAttribute("data-date-row"), "2025-04-25");
  assert.match(await rows.nth(1).innerText(), /22 March 2022\s+1\d\d,\d{3} km² · 2\d\.\d%\s+\+1\d\.\d points/);
  assert.match(await rows.nth(2).innerText(), /31 August 2022\s+12\d,\d{3} km² · 2\d\.\d%\s+−\d\.\d points/);
  const headers = await page.locator("[data-dates-table] thead th").allInnerTexts();
  for (const name of ["Crimea", "Donetsk", "Kharkiv", "Mykolaiv", "Sumy"]) assert.ok(headers.includes(name), `${name} column`);
  await page.context().close();
});

test("on every date a region's figures agree with its status: \"not occupied\" stands beside no area and no share", async () => {
  const page = await open(env, "", PHONE);
  await ready(page);
  await page.click(".upm-table-toggle");
  let slivers = 0;
  for (const date of DATES) {
    await page.click(`[data-timeline] [data-date="${date}"]`);
    await page.waitForFunction((d) => document.querySelector("[data-map-root]").dataset.date === d, date);
    const rows = await page.$$eval("[data-text-alternative] [data-iso-row]", (trs) =>
      trs.map((tr) => ({ iso: tr.dataset.isoRow, status: tr.cells[1].textContent, area: tr.cells[2].textContent, km2: Number(tr.cells[2].dataset.km2) })),
    );
    for (const r of rows.filter((r) => /^not occupied/.test(r.status))) {
      assert.equal(r.area, "–", `${date} ${r.iso}: "${r.status}" beside "${r.area}"`);
      if (r.km2 > 0.5) slivers++;
    }
  }
  // The lines do cross a region's edge by a sliver somewhere (a tracing along a shore):
  // without one this test would check nothing.
  assert.ok(slivers > 0, "a sliver under the noise threshold was found");
  // The phone's one line per region says the same: no share where the status says none.
  await page.click('[data-timeline] [data-date="2022-03-22"]');
  const line = await page.locator(".upm-dates-by-region li", { hasText: "Dnipropetrovsk" }).innerText();
  assert.match(line, /22 Mar 2022 0\.0%,/, line);
  await page.context().close();
  // And a plan over that line never has Russia leave a region the table calls not occupied.
  const plan = await open(env, "?proposal=20-points&date=2022-03-22");
  await ready(plan);
  await plan.click(".upm-table-toggle");
  const row = await plan.locator('[data-proposals-table] tr[data-proposal-row="20-points"][data-provision="russia-withdraws"]', { hasText: "Dnipropetrovsk" }).innerText();
  assert.match(row, /Dnipropetrovsk\s+0 km² · 0\.0%/, row);
  await plan.context().close();
});

test("every area on screen is rounded as the note under the legend says: 100 km², 10 km² under 1,000", async () => {
  const page = await open(env, "?proposal=20-points");
  await ready(page);
  const note = await page.locator("[data-legend]").innerText();
  assert.match(note, /Areas are rounded to 100 km² \(10 km² under 1,000\)/);
  await page.click(".upm-table-toggle");
  const seen = [];
  for (const date of DATES) {
    await page.click(`[data-timeline] [data-date="${date}"]`);
    await page.waitForFunction((d) => document.querySelector("[data-map-root]").dataset.date === d, date);
    for (const iso of ["UA-23", "UA-12", "UA-63"]) {
      await page.click(`.upm-map [data-iso="${iso}"]`, { force: true });
      await page.locator('[role="dialog"]').waitFor();
      const text = await page.locator(".upm").first().innerText();
      for (const m of text.matchAll(/([\d,]+) km²/g)) seen.push([date, iso, m[1]]);
      await page.keyboard.press("Escape");
    }
  }
  const wrong = seen.filter(([, , n]) => {
    const x = Number(n.replace(/,/g, ""));
    return x % (x >= 1000 ? 100 : 10) !== 0;
  });
  assert.ok(seen.length > 200, `${seen.length} areas read`);
  assert.deepEqual(wrong, [], "areas finer than the note says");
  await page.context().close();
});

test("date= and data-date: a stop, latest, and an unknown date (alert naming the dates and the date shown instead)", async () => {
  let page = await open(env, "?date=2023-12-31");
  await ready(page);
  assert.equal(await rootDate(page), "2023-12-31");
  await page.context().close();
  page = await open(env, "?date=latest&lang=uk");
  await ready(page);
  assert.equal(await rootDate(page), "2026-08-22");
  await page.context().close();
  page = await open(env, "?date=2020-01-01");
  await ready(page);
  const alert = page.locator('[role="alert"]');
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(text, /Unknown date: there is no map for “2020-01-01”\. Dates: 23 February 2022, .*22 August 2026/);
  assert.equal(await rootDate(page), "2025-04-25");
  // It says what the map shows instead: the date it opened on.
  assert.match(text, /22 August 2026\. The map shows 25 April 2025 instead\.$/);
  await page.context().close();
});

test("an editor's occupied file joins the timeline as the newest stop, with its change since our latest line", async (t) => {
  if (!fs.existsSync(REFERENCE)) return t.skip("../shared is absent: no third-party file to load");
  const page = await open(env, "?occupied=newest.geojson&asof=2026-11-01");
  await ready(page);
  const stops = page.locator("[data-timeline] [data-date]");
  assert.equal(await stops.count(), DATES.length + 1);
  assert.equal(await stops.last().getAttribute("data-date"), "2026-11-01");
  assert.equal(await chosen(page), "2026-11-01", "the editor's file is shown");
  assert.match(await page.locator("[data-legend]").innerText(), /Occupied on 1 Nov 2026, not on 22 Aug 2026/);
  assert.ok((await legendKm2(page, "total")) > 110000);
  // Its previous stop is our latest line, and it can be left and chosen again.
  await page.click('[data-timeline] [data-date="2026-08-22"]');
  assert.equal(await rootDate(page), "2026-08-22");
  await page.click('[data-timeline] [data-date="2026-11-01"]');
  assert.equal(await rootDate(page), "2026-11-01");
  await page.click(".upm-table-toggle"); // the tables are built when opened
  assert.equal(await page.locator("[data-dates-table] tbody tr").count(), DATES.length + 1);
  await page.screenshot({ path: artifact("timeline-editor-file.png") });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("Play starts from the first date, steps when pressed, ends on the date it started from, and is not offered under reduced motion", async () => {
  const page = await open(env, "?date=2022-11-12");
  await ready(page);
  await page.click(".upm-play");
  assert.equal(await page.locator(".upm-play").getAttribute("aria-pressed"), "true");
  assert.equal(await rootDate(page), "2022-02-23", "Play starts on the eve of the invasion");
  await page.waitForFunction(() => document.querySelector("[data-map-root]").dataset.date === "2022-03-22", null, { timeout: 5000 });
  // It ends where the reader was, and stops there.
  await page.waitForFunction(() => document.querySelector(".upm-play").getAttribute("aria-pressed") === "false", null, { timeout: 12000 });
  assert.equal(await rootDate(page), "2022-11-12");
  // Pressed again, it can be paused.
  await page.click(".upm-play");
  await page.click(".upm-play");
  assert.equal(await page.locator(".upm-play").getAttribute("aria-pressed"), "false");
  await page.context().close();
  const still = await open(env, "", { ...DESKTOP, reducedMotion: "reduce" });
  await ready(still);
  assert.equal(await still.locator(".upm-play").isVisible(), false);
  // Nothing plays by itself.
  await still.waitForTimeout(2000);
  assert.equal(await rootDate(still), "2025-04-25");
  await still.context().close();
});
