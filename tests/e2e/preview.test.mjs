// The README's first command, `make serve`, on a fresh copy of the tree: it must serve
// the widget (and the example article) until the map is ready in Chromium. A preview
// that fails on a fresh clone (as it once did, on a watch path that only `make test`
// creates) cannot land again.
//
// The copy holds what git tracks (plus new files not ignored), none of what earlier
// commands left behind (node_modules/, test-results/, dist/): `make serve` installs what
// it needs there as it would for a newcomer. Only Cargo's build cache is shared
// (CARGO_TARGET_DIR), so the preview compiles our crates but not their dependencies.
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import net from "node:net";
import { spawn, execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { launch } from "./browser.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** First build of the preview in the copy: our crates for wasm (debug) and the prerender. */
const FIRST_BUILD_MS = 15 * 60 * 1000;

/** The tree as a fresh clone would have it (with this checkout's uncommitted changes). */
function freshCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "upm-preview-"));
  const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT })
    .toString()
    .split("\0")
    .filter(Boolean);
  for (const file of listed) {
    const from = path.join(ROOT, file);
    if (!fs.existsSync(from)) continue; // deleted in the work tree, not yet committed
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(from, path.join(dir, file));
  }
  return dir;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** Polls `url` until it answers 200, the process exits, or the time is up. */
async function answered(url, child, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) return false;
    try {
      const res = await fetch(url);
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  return false;
}

test("`make serve` on a fresh copy of the tree serves a widget that becomes ready", { timeout: FIRST_BUILD_MS + 120_000 }, async () => {
  const dir = freshCopy();
  const port = await freePort();
  const log = [];
  const started = Date.now();
  const child = spawn("make", ["serve", `SERVE_PORT=${port}`], {
    cwd: dir,
    detached: true, // its own process group: make, trunk, cargo and the server stop together
    env: { ...process.env, CARGO_TARGET_DIR: process.env.CARGO_TARGET_DIR || path.join(ROOT, "target") },
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [child.stdout, child.stderr]) stream.on("data", (b) => log.push(b.toString()));
  const browser = await launch();
  try {
    const base = `http://127.0.0.1:${port}/`;
    const up = await answered(base, child, FIRST_BUILD_MS);
    assert.ok(up, `make serve did not serve ${base} (exit code ${child.exitCode}):\n${log.join("").slice(-4000)}`);
    console.log(`preview: served after ${((Date.now() - started) / 1000).toFixed(0)} s`);
    const page = await browser.newPage();
    const problems = [];
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(base);
    await page.waitForSelector("[data-map-root][data-state=ready]", { timeout: 60_000 });
    assert.equal(await page.locator(".upm-map [data-iso]").count(), 27);
    // The example article a newcomer is pointed at, with the widget embedded in it.
    await page.goto(base + "article.html");
    const frame = page.frameLocator("iframe").first();
    await frame.locator("[data-map-root][data-state=ready]").waitFor({ timeout: 60_000 });
    assert.deepEqual(problems, []);
    console.log(`preview: widget and article ready after ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await browser.close();
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
    await new Promise((r) => (child.exitCode !== null ? r() : child.once("exit", r)));
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
