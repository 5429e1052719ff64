// An editor's terms file may carry plans of its own (schema ukraine-peace-map/terms/2):
// they join ours in the plans control, proposal= may name one, their text stays text, and
// a broken plan is told in the reader's language while the map keeps our data.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { setup, open, ready, ROOT, DESKTOP } from "./helpers.mjs";

const ours = JSON.parse(fs.readFileSync(path.join(ROOT, "data/terms.json"), "utf8"));
const passage = "The newsroom's own reading: the line would run along the <b>Dnipro</b>.";
const editorsPlan = {
  id: "newsroom-reading",
  name: { en: "A newsroom's <i>reading</i>", uk: "Прочитання редакції" },
  date: "2025-12-01",
  kind: "reported-proposal",
  presented_by: { en: "An example newsroom", uk: "Приклад редакції" },
  summary: { en: "What the example newsroom reported the plan would do.", uk: "Що, за повідомленням редакції, передбачав би план." },
  sources: [{ id: "s1", publisher: "Example <script>alert(1)</script>", title: "A title", url: "javascript:alert(2)", date: "2025-12-01", passages: [passage] }],
  provisions: [
    { kind: "frozen", regions: ["UA-23", "UA-65"], part: "occupied", text: { en: "The line would stay, the newsroom reported.", uk: "Лінія, за повідомленням редакції, залишилася б." }, source: "s1", quote: "along the <b>Dnipro</b>" },
    { kind: "withdrawal", regions: ["UA-14"], part: "held", text: { en: "Ukraine would leave, the newsroom reported.", uk: "Україна, за повідомленням редакції, вийшла б." }, source: "s1", quote: "The newsroom's own reading" },
  ],
};
const v2 = (proposals) => JSON.stringify({ ...ours, schema: "ukraine-peace-map/terms/2", proposals });
const json = (body) => (req, res) => res.writeHead(200, { "content-type": "application/json" }).end(body);
const broken = { ...editorsPlan, id: "broken", provisions: [{ ...editorsPlan.provisions[0], quote: "words the source never wrote" }] };

let env;
before(async () => {
  env = await setup({
    routes: {
      "/terms-v2.json": json(v2([editorsPlan])),
      "/terms-v2-broken.json": json(v2([broken])),
      "/terms-v2-none.json": json(v2(undefined)),
      "/terms-v2-april.json": json(v2([{ ...editorsPlan, id: "april-2025" }])),
    },
  });
});
after(async () => env.close());

test("an editor's plan joins ours, proposal= names it, and its text stays text", async () => {
  const page = await open(env, "?terms=/terms-v2.json&proposal=newsroom-reading", DESKTOP);
  await ready(page);
  await page.waitForFunction(() => document.querySelector("[data-map-root]").dataset.proposal === "newsroom-reading");
  const ids = await page.locator("[data-proposals] [data-proposal]").evaluateAll((els) => els.map((e) => e.dataset.proposal));
  assert.deepEqual(ids.slice(0, 3), ["april-2025", "28-points", "20-points"], "ours first");
  assert.equal(ids.at(-1), "newsroom-reading");
  assert.equal(await page.locator('[data-proposals] [aria-checked="true"]').getAttribute("data-proposal"), "newsroom-reading");
  assert.equal(await page.locator('[role="alert"][data-alert="proposal"]').count(), 0, "no alert: the plan came with the file");
  // Drawn over the line of its own date (the latest of ours on or before 1 Dec 2025).
  assert.equal(await page.locator("[data-map-root]").getAttribute("data-date"), "2025-11-20");
  assert.deepEqual(
    (await page.locator('.upm-map [data-provision="frozen"] path').evaluateAll((els) => els.map((e) => e.dataset.region))).sort(),
    ["UA-23", "UA-65"],
  );
  const legend = page.locator('[data-proposal-legend="newsroom-reading"]');
  assert.match(await legend.innerText(), /A newsroom's <i>reading<\/i>/, "the name as text, tags and all");
  assert.ok(Number(await legend.locator('[data-legend-provision="withdrawal"] [data-km2]').getAttribute("data-km2")) > 1000);
  assert.equal(await page.locator("[data-proposal-legend] script, [data-proposal-legend] i, [data-proposal-legend] b").count(), 0);
  // A link that is not https: is dropped, the source still named.
  assert.equal(await legend.locator('a[href^="javascript"]').count(), 0);
  assert.match(await legend.innerText(), /Example <script>alert\(1\)<\/script>/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("Ukrainian: the editor's plan in Ukrainian; a broken plan is told without an English word, and ours stay", async () => {
  const page = await open(env, "?terms=/terms-v2.json&proposal=newsroom-reading&lang=uk", DESKTOP);
  await ready(page);
  await page.waitForFunction(() => document.querySelector("[data-map-root]").dataset.proposal === "newsroom-reading");
  assert.match(await page.locator('[data-proposal-legend="newsroom-reading"]').innerText(), /Прочитання редакції/);
  await page.context().close();

  const bad = await open(env, "?terms=/terms-v2-broken.json&proposal=broken&lang=uk", DESKTOP);
  await ready(bad);
  const alerts = await bad.locator('[role="alert"]').allInnerTexts();
  const terms = alerts.find((a) => /terms-v2-broken/.test(a));
  assert.ok(terms, `the file is named: ${alerts.join(" | ")}`);
  assert.match(terms, /quote/, "the field, by its name in the file");
  // No English word but the file's own names (the address, the plan's id, the field).
  const words = terms.replace(/\/terms-v2-broken\.json|broken|quote/g, "").match(/[A-Za-z]{3,}/g) ?? [];
  assert.deepEqual(words, [], terms);
  // proposal= names a plan the widget never got: told once, and ours stay.
  assert.equal(await bad.locator('[data-alert="proposal"]').count(), 1);
  assert.equal(await bad.locator("[data-map-root]").getAttribute("data-proposal"), "april-2025");
  await bad.context().close();
});

test("schema 2 without plans reads as schema 1 did", async () => {
  const page = await open(env, "?terms=/terms-v2-none.json", DESKTOP);
  await ready(page);
  assert.equal(await page.locator('[role="alert"]').count(), 0);
  assert.equal(await page.locator("[data-proposals] [data-proposal]").count(), 4);
  await page.context().close();
});

test("an editor's plan that takes the place of the one drawn at start is drawn whole, outlines and all", async () => {
  const page = await open(env, "?terms=/terms-v2-april.json", DESKTOP);
  await ready(page);
  const frozen = page.locator('.upm-map [data-provision="frozen"] path');
  await frozen.first().waitFor({ state: "attached" });
  const outlines = await frozen.evaluateAll((els) => els.map((e) => [e.dataset.region, (e.getAttribute("d") ?? "").length]));
  assert.deepEqual(outlines.map(([r]) => r).sort(), ["UA-23", "UA-65"]);
  for (const [region, length] of outlines) assert.ok(length > 100, `${region}'s outline is drawn (${length} characters)`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
