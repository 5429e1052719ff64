// Cities on the map (issue 24, item 3): GeoNames places by id, names that never touch
// another name, about a dozen on a desktop and six on a phone, and each on the side of the
// line where it really is (Zaporizhzhia and Kherson cities held, Donetsk occupied...).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { setup, open, ready, artifact, ROOT, PHONE, DESKTOP } from "./helpers.mjs";

let env;
before(async () => (env = await setup()));
after(async () => env.close());

const data = JSON.parse(fs.readFileSync(path.join(ROOT, "data/cities.json"), "utf8"));
const byId = Object.fromEntries(data.places.map((p) => [String(p.geonames_id), p]));

/** The marks drawn: id, name, and the screen boxes of every name on the map. */
async function marks(page) {
  return page.evaluate(() => {
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return [r.left, r.top, r.right, r.bottom];
    };
    const cities = [...document.querySelectorAll(".upm-map .upm-city")].map((g) => ({
      id: g.dataset.city ?? null,
      site: g.dataset.site ?? null,
      name: g.textContent,
      text: box(g.querySelector("text")),
      mark: box(g.querySelector(".upm-city__mark")),
    }));
    const labels = [...document.querySelectorAll(".upm-labels text")].filter((t) => getComputedStyle(t).display !== "none").map((t) => ({ name: t.textContent.trim(), box: box(t) }));
    // What lies over the map: the zoom bar, and from 900 px the key (scene/cities.rs
    // mirrors their boxes from the stylesheet; this checks the mirror).
    const over = [".upm-zoom", ".upm-stage .upm-key--map"]
      .map((s) => document.querySelector(s))
      .filter((el) => el && getComputedStyle(el).display !== "none")
      .map((el) => ({ name: el.className, box: box(el) }));
    return { cities, labels, over };
  });
}

/** Whether a place's mark ("plant" for the nuclear plant's) lies in an occupied layer: the
 *  mark is drawn outside the zoom transform, so its point goes back to map units through
 *  it (the identity at rest). Null when the place is not marked. */
const inside = (page, id) =>
  page.evaluate((id) => {
    const g = document.querySelector(id === "plant" ? ".upm-map [data-site]" : `.upm-map [data-city="${id}"]`);
    if (!g) return null;
    const m = g.transform.baseVal.consolidate().matrix;
    const vp = document.querySelector(".upm-viewport").transform.baseVal.consolidate()?.matrix.inverse() ?? new DOMMatrix();
    const p = new DOMPoint(m.e, m.f).matrixTransform(vp);
    return [...document.querySelectorAll(".upm-map [data-layer^='annexed'], .upm-map [data-layer^='occupied']")].some((l) => l.isPointInFill(p));
  }, id);

const overlap = (a, b) => a[0] < b[2] - 0.5 && b[0] < a[2] - 0.5 && a[1] < b[3] - 0.5 && b[1] < a[3] - 0.5;

function assertNoCollision({ cities, labels, over }, where) {
  for (const c of cities)
    for (const o of over) {
      assert.ok(!overlap(c.text, o.box) && !overlap(c.mark, o.box), `${where}: "${c.name}" lies under ${o.name}`);
    }
  const names = [...cities.map((c) => ({ name: c.name, box: c.text })), ...cities.map((c) => ({ name: c.name + " (mark)", box: c.mark })), ...labels];
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++) {
      if (names[i].name.startsWith(names[j].name) || names[j].name.startsWith(names[i].name)) continue; // a place's own mark
      assert.ok(!overlap(names[i].box, names[j].box), `${where}: "${names[i].name}" touches "${names[j].name}"`);
    }
}

test("desktop: a dozen GeoNames cities and the nuclear plant, named in both languages, none over another name", async () => {
  for (const lang of ["en", "uk"]) {
    const page = await open(env, `?lang=${lang}`, DESKTOP);
    await ready(page);
    await page.locator(".upm-map [data-city]").first().waitFor();
    const m = await marks(page);
    const cities = m.cities.filter((c) => c.id);
    assert.ok(cities.length >= 10, `${lang}: ${cities.length} cities`);
    for (const c of cities) {
      assert.ok(byId[c.id], `${c.id} is one of data/cities.json's GeoNames ids`);
      assert.equal(c.name, lang === "en" ? byId[c.id].name_en : byId[c.id].name_uk);
    }
    const plant = m.cities.find((c) => c.site === "zaporizhzhia-nuclear-plant");
    assert.ok(plant, "the Zaporizhzhia nuclear plant is marked");
    assert.equal(plant.name, lang === "en" ? "Zaporizhzhia nuclear plant" : "Запорізька АЕС");
    assert.equal(m.over.length, 2, "the zoom bar and the key lie over the map");
    assertNoCollision(m, `desktop ${lang}`);
    // Kyiv is named once: by its city's mark, not also by the region's label.
    const kyiv = lang === "en" ? "Kyiv" : "Київ";
    assert.equal([...m.cities.map((c) => c.name), ...m.labels.map((l) => l.name)].filter((n) => n === kyiv).length, 1);
    // The names keep their size: 10–16 px tall on screen.
    for (const c of m.cities) assert.ok(c.text[3] - c.text[1] > 9 && c.text[3] - c.text[1] < 17, `${c.name}: ${c.text}`);
    await page.context().close();
  }
});

test("phone: five or six cities, Zaporizhzhia and Kherson among them, none over another name", async () => {
  for (const lang of ["en", "uk"]) {
    const page = await open(env, `?lang=${lang}`, PHONE);
    await ready(page);
    await page.locator(".upm-map [data-city]").first().waitFor();
    const m = await marks(page);
    const ids = m.cities.map((c) => c.id);
    assert.ok(ids.length >= 5 && ids.length <= 6, `${lang}: ${ids.length} marks`);
    for (const id of ["687700", "706448", "703448"]) assert.ok(ids.includes(id), `${lang}: ${byId[id].name_en} is marked`);
    assert.equal(m.over.length, 1, "the zoom bar lies over the map");
    assertNoCollision(m, `phone ${lang}`);
    for (const c of m.cities) assert.ok(c.text[3] - c.text[1] > 8, `${c.name} is readable`);
    await page.locator(".upm-stage").screenshot({ path: artifact(`cities-phone-${lang}.png`) });
    await page.context().close();
  }
});

test("a map under 480 px in a window a little wider: the names are the size their layout placed, none over another, the zoom bar as on a phone", async () => {
  // 500 px of window, a map of about 468 px: the stylesheet's window query says 12 px, the
  // names' layout (scene/labels.rs, scene/cities.rs) says 10 px and no seas' names.
  for (const lang of ["en", "uk"]) {
    const page = await open(env, `?lang=${lang}`, { viewport: { width: 500, height: 900 } });
    await ready(page);
    await page.locator(".upm-map [data-city]").first().waitFor();
    const width = await page.evaluate(() => document.querySelector(".upm-stage").getBoundingClientRect().width);
    assert.ok(width < 480 && width > 440, `the map is ${width} px wide`);
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll(".upm-labels text")].filter((t) => getComputedStyle(t).display !== "none").map((t) => [t.textContent, getComputedStyle(t).fontSize]),
    );
    assert.ok(sizes.length > 0, "some region is named");
    for (const [name, size] of sizes) assert.equal(size, "10px", `${lang}: ${name}`);
    // The zoom bar as on a phone's window too: the presets give way (the layout counts on it).
    const presets = await page.evaluate(() => [".upm-zoom__crimea", ".upm-zoom__donbas"].map((s) => getComputedStyle(document.querySelector(s)).display));
    assert.deepEqual(presets, ["none", "none"], `${lang}: the presets on a ${width} px map`);
    assertNoCollision(await marks(page), `500 px window, ${lang}`);
    await page.context().close();
  }
});

test("each city is on its side of the line: held cities outside the occupied layers, occupied ones inside", async () => {
  const cases = {
    "2025-04-25": { held: ["703448", "706483", "709930", "687700", "706448", "698740", "704508", "704422"], occupied: ["709717", "701822", "702658", "694423"] },
    "2022-08-31": { held: ["687700", "706483"], occupied: ["706448", "701822"] },
    "2022-11-12": { held: ["706448", "687700"], occupied: ["701822"] },
  };
  for (const [date, { held, occupied }] of Object.entries(cases)) {
    const page = await open(env, `?date=${date}`, DESKTOP);
    await ready(page);
    await page.locator(".upm-map [data-city]").first().waitFor();
    for (const id of held) assert.equal(await inside(page, id), false, `${date}: ${byId[id].name_en} is held`);
    for (const id of occupied) assert.equal(await inside(page, id), true, `${date}: ${byId[id].name_en} is occupied`);
    // The Zaporizhzhia nuclear plant (marked at Enerhodar), occupied since 4 March 2022.
    assert.equal(await inside(page, "plant"), true, `${date}: the plant is occupied`);
    await page.context().close();
  }
});

test("zoomed in on the Donbas, the front's towns are marked, each on its side of the line", async () => {
  const page = await open(env, "?date=2025-04-25", DESKTOP);
  await ready(page);
  await page.locator(".upm-map [data-city]").first().waitFor();
  // At rest the towns wait for a zoom.
  for (const id of ["693468", "705104", "713174"]) assert.equal(await page.locator(`.upm-map [data-city="${id}"]`).count(), 0);
  await page.locator(".upm-zoom__donbas").click();
  await page.waitForTimeout(400);
  for (const id of ["693468", "705104", "704508"]) assert.equal(await inside(page, id), false, `${byId[id].name_en} is held on 25 April 2025`);
  // The preset is centred on the front, not on the two oblasts' box against the border:
  // Pokrovsk and Kostiantynivka lie in the middle half of the map.
  const map = await page.locator(".upm-map").boundingBox();
  for (const id of ["704422", "705104"]) {
    const box = await page.locator(`.upm-map [data-city="${id}"] .upm-city__mark`).boundingBox();
    const x = (box.x + box.width / 2 - map.x) / map.width;
    assert.ok(x > 0.25 && x < 0.75, `${byId[id].name_en} at ${Math.round(100 * x)}% of the map's width`);
  }
  for (const id of ["713174", "709717"]) assert.equal(await inside(page, id), true, `${byId[id].name_en} is occupied on 25 April 2025`);
  await page.context().close();
});

test("zoomed in, the names keep their size and stay on the map", async () => {
  const page = await open(env, "", DESKTOP);
  await ready(page);
  await page.locator(".upm-zoom [data-zoom='donbas'], .upm-zoom button:has-text('Donbas')").first().click();
  await page.waitForTimeout(400);
  const m = await marks(page);
  const map = await page.locator(".upm-map").boundingBox();
  assert.ok(m.cities.length >= 3, `${m.cities.length} marks in the Donbas`);
  for (const c of m.cities) {
    assert.ok(c.text[3] - c.text[1] < 17, `${c.name} did not grow with the zoom`);
    assert.ok(c.text[0] >= map.x - 1 && c.text[2] <= map.x + map.width + 1, `${c.name} stays on the map`);
  }
  assertNoCollision(m, "Donbas zoom");
  await page.locator(".upm-stage").screenshot({ path: artifact("cities-donbas.png") });
  await page.context().close();
});
