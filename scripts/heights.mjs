// Measures the widget's height at each width its iframe can have (240–1200 px, every 10 px), in both
// languages, so that embed.js can reserve that height before the widget loads (no layout
// shift on the host page). `node scripts/heights.mjs` prints the table; `--write` puts it
// into www/embed.js. tests/e2e/embed.test.mjs checks the table against the build.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../tests/e2e/server.mjs";
import { launch } from "../tests/e2e/browser.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const WIDTHS = Array.from({ length: 97 }, (_, i) => 240 + i * 10);

/** Heights of the widget (its root, in CSS px, rounded up) at each width, per language. */
export async function measureHeights(url, widths = WIDTHS, browser = null) {
  const own = !browser;
  browser = browser || (await launch());
  const out = {};
  for (const lang of ["en", "uk"]) {
    const ctx = await browser.newContext({ viewport: { width: widths[0], height: 900 } });
    const page = await ctx.newPage();
    await page.goto(`${url}?lang=${lang}&embed=1`);
    await page.waitForSelector("[data-map-root][data-state=ready]");
    out[lang] = [];
    for (const w of widths) {
      await page.setViewportSize({ width: w, height: 900 });
      await page.waitForTimeout(60);
      out[lang].push(await page.evaluate(() => Math.ceil(document.querySelector("[data-map-root]").getBoundingClientRect().height)));
    }
    await ctx.close();
  }
  if (own) await browser.close();
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serve(path.join(ROOT, "dist"));
  const heights = await measureHeights(server.url + "/");
  await server.close();
  const line = `  var HEIGHTS = { from: ${WIDTHS[0]}, step: 10, en: [${heights.en.join(", ")}], uk: [${heights.uk.join(", ")}] };`;
  console.log(line);
  if (process.argv.includes("--write")) {
    const file = path.join(ROOT, "www/embed.js");
    const js = fs.readFileSync(file, "utf8").replace(/^ {2}var HEIGHTS = .*$/m, line);
    fs.writeFileSync(file, js);
    console.log("wrote www/embed.js");
  }
}
