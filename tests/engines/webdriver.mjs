// A minimal W3C WebDriver client (https://www.w3.org/TR/webdriver2/) over fetch, for the
// engines Playwright cannot drive here: Debian's Firefox ESR (through geckodriver) and
// WebKitGTK (through WebKitWebDriver and its MiniBrowser, under Xvfb). It speaks only
// what the smoke tests need: a session, navigation, elements by CSS, clicks, keys,
// scripts, attributes and properties, frames.
import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/** WebDriver's key codes (section 17.4.2 of the spec). */
export const KEY = { TAB: "\uE004", ENTER: "\uE007", ESCAPE: "\uE00C", SPACE: "\uE00D", RIGHT: "\uE014" };

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

/** Where each engine's pieces are on Debian (overridable by the environment). */
export const ENGINES = {
  firefox: {
    name: "Firefox ESR",
    driver: process.env.GECKODRIVER || which("geckodriver") || path.join(os.homedir(), ".cargo/bin/geckodriver"),
    browser: process.env.FIREFOX || "/usr/bin/firefox-esr",
    needsDisplay: false,
    args: (port) => ["--port", String(port), "--host", "127.0.0.1", "--log", "error"],
    capabilities: (browser) => ({
      browserName: "firefox",
      "moz:firefoxOptions": { binary: browser, args: ["-headless", "-width", "1280", "-height", "900"] },
    }),
  },
  webkit: {
    name: "WebKitGTK",
    driver: process.env.WEBKIT_WEBDRIVER || which("WebKitWebDriver") || "/usr/bin/WebKitWebDriver",
    browser: process.env.MINIBROWSER || findMiniBrowser(),
    needsDisplay: true,
    args: (port) => [`--port=${port}`],
    capabilities: (browser) => ({
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": { binary: browser, args: ["--automation"] },
    }),
  },
};

function which(cmd) {
  for (const dir of (process.env.PATH || "").split(":")) {
    const p = path.join(dir, cmd);
    if (dir && fs.existsSync(p)) return p;
  }
  return null;
}

function findMiniBrowser() {
  const candidates = ["/usr/bin/MiniBrowser"];
  for (const lib of ["/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib"]) {
    for (const api of ["4.1", "4.0", "6.0"]) candidates.push(`${lib}/webkit2gtk-${api}/MiniBrowser`, `${lib}/webkitgtk-${api}/MiniBrowser`);
  }
  return candidates.find((p) => fs.existsSync(p)) || candidates[0];
}

/** What is missing to run an engine (empty when it can run). */
export function missing(engine) {
  const e = ENGINES[engine];
  const out = [];
  if (!fs.existsSync(e.driver)) out.push(`driver ${e.driver}`);
  if (!fs.existsSync(e.browser)) out.push(`browser ${e.browser}`);
  if (e.needsDisplay && !process.env.DISPLAY && !which("Xvfb")) out.push("Xvfb (no DISPLAY)");
  return out;
}

/** The engine's version, as its browser prints it (for the test's name). */
export function version(engine) {
  try {
    if (engine === "firefox") return execFileSync(ENGINES.firefox.browser, ["--version"], { timeout: 10000 }).toString().trim();
    const out = execFileSync("dpkg-query", ["-W", "-f=${Version}", "libwebkit2gtk-4.1-0"], { timeout: 10000 }).toString();
    return `WebKitGTK ${out.trim()}`;
  } catch {
    return ENGINES[engine].name;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts Xvfb on a free display; resolves to { display, stop() }. */
async function startXvfb() {
  const child = launch("Xvfb", ["-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], {
    stdio: ["ignore", "ignore", "pipe", "pipe"],
  });
  let err = "";
  child.stderr.on("data", (d) => (err += d));
  const display = await new Promise((resolve, reject) => {
    let buf = "";
    const timer = setTimeout(() => reject(new Error("Xvfb did not start within 20 s: " + err)), 20000);
    child.stdio[3].on("data", (d) => {
      buf += d;
      if (buf.includes("\n")) {
        clearTimeout(timer);
        resolve(":" + buf.trim());
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}): ${err}`));
    });
  });
  return { display, stop: () => stop(child) };
}

// Each driver and Xvfb runs in a process group of its own (with the browser the driver
// starts), so that stopping it stops the browser too, and a test run that ends early
// (a timeout, an uncaught error) leaves nothing running behind it.
const running = new Set();
process.on("exit", () => {
  for (const child of running) signal(child, "SIGKILL");
});

function launch(cmd, args, options) {
  const child = spawn(cmd, args, { ...options, detached: true });
  running.add(child);
  child.once("exit", () => running.delete(child));
  return child;
}

function signal(child, sig) {
  try {
    process.kill(-child.pid, sig);
  } catch {
    try {
      child.kill(sig);
    } catch {}
  }
}

function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => signal(child, "SIGKILL"), 5000);
    child.once("exit", () => {
      clearTimeout(timer);
      // What the group still holds (a browser the driver did not close) goes too.
      signal(child, "SIGKILL");
      resolve();
    });
    signal(child, "SIGTERM");
  });
}

/**
 * Starts an engine's driver (and Xvfb when it needs a display) and opens a session.
 * Resolves to a Session; `session.quit()` ends the session and stops what was started.
 */
export async function start(engine, { timeout = 60000 } = {}) {
  const e = ENGINES[engine];
  const port = await freePort();
  const env = { ...process.env };
  let xvfb = null;
  // An Xvfb of its own when there is one (no window on a developer's screen), else $DISPLAY.
  if (e.needsDisplay && (which("Xvfb") || !process.env.DISPLAY)) {
    xvfb = await startXvfb();
    env.DISPLAY = xvfb.display;
  }
  const driver = launch(e.driver, e.args(port), { env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const keep = (d) => (log = (log + d).slice(-4000));
  driver.stdout.on("data", keep);
  driver.stderr.on("data", keep);
  const cleanup = async () => {
    await stop(driver);
    if (xvfb) await xvfb.stop();
  };
  const base = `http://127.0.0.1:${port}`;
  try {
    // Wait for the driver to listen.
    const deadline = Date.now() + 20000;
    for (;;) {
      if (driver.exitCode !== null) throw new Error(`${e.driver} exited (${driver.exitCode}): ${log}`);
      try {
        const res = await fetch(base + "/status");
        if (res.ok) break;
      } catch {}
      if (Date.now() > deadline) throw new Error(`${e.driver} did not listen on ${port} within 20 s: ${log}`);
      await sleep(100);
    }
    const value = await request(base, "POST", "/session", { capabilities: { alwaysMatch: e.capabilities(e.browser) } }, timeout);
    const session = new Session(base, value.sessionId, value.capabilities, cleanup);
    session.driverLog = () => log;
    await session.timeouts({ script: 30000, pageLoad: 60000, implicit: 0 });
    return session;
  } catch (err) {
    await cleanup();
    throw err;
  }
}

async function request(base, method, url, body, timeout = 60000) {
  const res = await fetch(base + url, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json; charset=utf-8" },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeout),
  });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${method} ${url}: HTTP ${res.status}, not JSON: ${text.slice(0, 300)}`);
  }
  const value = json.value;
  if (!res.ok || (value && typeof value === "object" && "error" in value && value.error)) {
    const err = new Error(`${method} ${url}: ${value?.error}: ${value?.message}`);
    err.code = value?.error;
    throw err;
  }
  return value;
}

/** An element reference, as the driver returns it. */
const ref = (el) => {
  if (!el || !el[ELEMENT]) throw new Error("not an element: " + JSON.stringify(el));
  return el[ELEMENT];
};

export class Session {
  constructor(base, id, capabilities, cleanup) {
    this.base = base;
    this.id = id;
    this.capabilities = capabilities;
    this.cleanup = cleanup;
  }

  cmd(method, url, body) {
    return request(this.base, method, `/session/${this.id}${url}`, body);
  }

  timeouts(t) {
    return this.cmd("POST", "/timeouts", t);
  }

  navigate(url) {
    return this.cmd("POST", "/url", { url });
  }

  /** The first element matching `css`, or null. */
  async find(css, from = null) {
    const all = await this.findAll(css, from);
    return all[0] ?? null;
  }

  findAll(css, from = null) {
    const url = from ? `/element/${ref(from)}/elements` : "/elements";
    return this.cmd("POST", url, { using: "css selector", value: css });
  }

  /** Like find, but waits until the element exists (polling), or throws after `timeout`. */
  async waitFor(css, { timeout = 20000, gone = false } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const el = await this.find(css);
      if (gone ? !el : el) return el;
      if (Date.now() > deadline) throw new Error(`${gone ? "still present" : "no element"} after ${timeout} ms: ${css}`);
      await sleep(100);
    }
  }

  /** Waits until `script` (a function body) returns a truthy value; returns it. */
  async until(script, args = [], { timeout = 20000, message = script } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await this.execute(script, args);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`not true after ${timeout} ms: ${message}`);
      await sleep(100);
    }
  }

  /** Clicks an element, first scrolled to the middle of the top page's viewport (as
   *  Playwright does): geckodriver scrolls only the element's own frame, so an element in
   *  an iframe below the fold of the top page would be clicked where nothing receives it. */
  async click(el) {
    await this.execute("arguments[0].scrollIntoView({ block: 'center', inline: 'center' })", [el]);
    return this.cmd("POST", `/element/${ref(el)}/click`, {});
  }

  sendKeys(el, text) {
    return this.cmd("POST", `/element/${ref(el)}/value`, { text });
  }

  activeElement() {
    return this.cmd("GET", "/element/active");
  }

  /** Presses keys (characters or KEY codes) where the focus is, as a keyboard would. */
  async keys(text) {
    const actions = [];
    for (const ch of text) actions.push({ type: "keyDown", value: ch }, { type: "keyUp", value: ch });
    await this.cmd("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions }] });
    await this.cmd("DELETE", "/actions");
  }

  /** Runs a function body synchronously in the page; `arguments` are `args`. */
  execute(script, args = []) {
    return this.cmd("POST", "/execute/sync", { script, args });
  }

  /** Runs a function body that calls `arguments[arguments.length - 1](value)` when done. */
  executeAsync(script, args = []) {
    return this.cmd("POST", "/execute/async", { script, args });
  }

  attribute(el, name) {
    return this.cmd("GET", `/element/${ref(el)}/attribute/${encodeURIComponent(name)}`);
  }

  property(el, name) {
    return this.cmd("GET", `/element/${ref(el)}/property/${encodeURIComponent(name)}`);
  }

  text(el) {
    return this.cmd("GET", `/element/${ref(el)}/text`);
  }

  rect(el) {
    return this.cmd("GET", `/element/${ref(el)}/rect`);
  }

  setWindowRect(rect) {
    return this.cmd("POST", "/window/rect", rect);
  }

  /** Switches into an iframe (an element), or back to the top page with null. */
  switchToFrame(el) {
    return this.cmd("POST", "/frame", { id: el === null ? null : { [ELEMENT]: ref(el) } });
  }

  screenshot() {
    return this.cmd("GET", "/screenshot").then((b64) => Buffer.from(b64, "base64"));
  }

  /** Ends the session and stops the driver (and Xvfb). */
  async quit() {
    try {
      await request(this.base, "DELETE", `/session/${this.id}`, undefined, 20000);
    } catch {}
    await this.cleanup();
  }
}
