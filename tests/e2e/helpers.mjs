// Shared set-up for the end-to-end tests: the release build (dist/) served on
// 127.0.0.1, Debian's Chromium, and pages that record console errors.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./server.mjs";
import { launch } from "./browser.mjs";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const DIST = path.join(ROOT, "dist");
export const ARTIFACTS = path.join(ROOT, "test-results");
export const SHARED = path.resolve(ROOT, "../shared");

if (!fs.existsSync(path.join(DIST, "index.html"))) {
  throw new Error("dist/ is missing: run `make test-e2e` (it builds the release first)");
}
fs.mkdirSync(ARTIFACTS, { recursive: true });

export const PHONE = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
export const DESKTOP = { viewport: { width: 1280, height: 900 } };

/** A server on dist/ (plus test routes) and a browser, for one test file. */
export async function setup(serverOptions = {}) {
  const server = await serve(DIST, serverOptions);
  const browser = await launch();
  return {
    server,
    browser,
    url: (p = "") => server.url + "/" + p,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** A new page that collects console errors, page errors and CSP violations. */
export async function open(env, pathAndQuery = "", context = DESKTOP) {
  const ctx = await env.browser.newContext(context);
  const page = await ctx.newPage();
  page.problems = [];
  page.on("console", (m) => {
    if (m.type() === "error") page.problems.push("console: " + m.text());
  });
  page.on("pageerror", (e) => page.problems.push("pageerror: " + e.message));
  await page.goto(env.url(pathAndQuery));
  return page;
}

/** Waits until the widget says it can be clicked. */
export async function ready(page, frame = page) {
  await frame.waitForSelector("[data-map-root][data-state=ready]", { timeout: 20000 });
}

export function artifact(name) {
  return path.join(ARTIFACTS, name);
}

/** A one-finger swipe by `dy` pixels, as raw touch events (what a phone sends). */
export async function swipe(page, x, y, dy) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y }] });
  for (let i = 1; i <= 10; i++) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x, y: y + (dy * i) / 10 }] });
    await page.waitForTimeout(16);
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await page.waitForTimeout(300);
}

/** A two-finger pinch around (x, y): fingers move from `from` to `to` pixels apart. */
export async function pinch(page, x, y, from, to) {
  const cdp = await page.context().newCDPSession(page);
  const points = (d) => [{ x: x - d / 2, y, id: 0 }, { x: x + d / 2, y, id: 1 }];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: points(from) });
  for (let i = 1; i <= 10; i++) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: points(from + ((to - from) * i) / 10) });
    await page.waitForTimeout(16);
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await page.waitForTimeout(300);
}

/** Decodes a PNG (bytes) in the page: how many colours it has (sampling every fourth
 *  pixel), and how many of those samples are the occupied areas' red: not blank. */
export async function pngStats(page, png) {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = "data:image/png;base64," + b64;
    await img.decode();
    const c = document.createElement("canvas");
    [c.width, c.height] = [img.width, img.height];
    const ctx = c.getContext("2d");
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const colours = new Set();
    let reddish = 0;
    for (let i = 0; i < d.length; i += 16) {
      colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      if (d[i] > 150 && d[i + 1] < 120 && d[i + 2] < 110) reddish++;
    }
    return { colours: colours.size, reddish };
  }, Buffer.from(png).toString("base64"));
}
