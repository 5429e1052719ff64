// embed.js reads `data-lang` and `data-theme` exactly as the widget reads `lang=` and
// `theme=`: the widget's answers for thousands of strings (written by tests/contract.rs,
// which `make test` runs first) against embed.js's own reading of the same strings, run
// here in a bare JavaScript context with the loader's generated rules.
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CASES = path.join(ROOT, "target/contract/option-cases.json");

/** embed.js's generated rules and its `named` function, evaluated on their own. */
function embedRules() {
  const js = fs.readFileSync(path.join(ROOT, "www/embed.js"), "utf8");
  const block = js.slice(js.indexOf("  // BEGIN rules generated"), js.indexOf("  // END rules generated"));
  const named = js.slice(js.indexOf("  function named("), js.indexOf("  /** An http(s) URL resolved"));
  const context = vm.createContext({});
  vm.runInContext(`${block}\n${named}\nthis.named = named; this.LANGS = LANGS; this.THEMES = THEMES;`, context);
  return context;
}

test("embed.js and the widget read every data-lang and data-theme alike", () => {
  assert.ok(fs.existsSync(CASES), `${CASES} is missing: run \`cargo test --test contract\` first (make test does)`);
  const cases = JSON.parse(fs.readFileSync(CASES, "utf8"));
  const rules = embedRules();
  let checked = 0;
  for (const c of cases) {
    assert.equal(rules.named(c.value, rules.LANGS), c.lang, `data-lang=${JSON.stringify(c.value)}`);
    assert.equal(rules.named(c.value, rules.THEMES), c.theme, `data-theme=${JSON.stringify(c.value)}`);
    checked++;
  }
  assert.ok(checked > 3000);
});
