// Accessibility audit with axe-core (WCAG 2.1 A and AA rules) of the widget in its
// main states: default, popup open, table shown, Ukrainian, dark theme, phone.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { setup, open, ready, ROOT, PHONE } from "./helpers.mjs";

const AXE = fs.readFileSync(path.join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

let env;
before(async () => (env = await setup()));
after(async () => env.close());

async function audit(page) {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async () =>
    window.axe.run(document.querySelector("[data-map-root]"), { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
  );
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
}

for (const [name, query, context, act] of [
  ["default", "", undefined, null],
  ["popup open", "?region=UA-23", undefined, null],
  ["table shown", "", undefined, (page) => page.click(".upm-table-toggle")],
  ["Ukrainian", "?lang=uk&region=UA-43", undefined, null],
  ["dark theme", "?theme=dark&region=UA-14", undefined, null],
  ["phone", "?region=UA-09", PHONE, null],
]) {
  test(`axe: no WCAG 2.1 AA violations (${name})`, async () => {
    const page = await open(env, query, context);
    await ready(page);
    if (act) await act(page);
    const violations = await audit(page);
    assert.deepEqual(violations, []);
    await page.context().close();
  });
}
