// Editors' words (issue 24, item 11): a headline, a subtitle and a note set by the URL or
// the snippet's data-* attributes, shown as plain text (never HTML), bounded in length.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, open, ready } from "./helpers.mjs";

const html = (body) => (req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title></head><body>${body}</body></html>`;

let env;
before(async () => {
  env = await setup({
    routes: {
      "/host/words.html": html(page(`<div data-ukraine-peace-map data-src="/" data-headline="What the plans would mean" data-subtitle="Our newsroom's subtitle" data-note="Note: <img src=x onerror=alert(1)>"></div><script src="/embed.js"></script>`)),
    },
  });
});
after(async () => env.close());

test("headline=, subtitle= and note= from the URL are plain text", async () => {
  const q = new URLSearchParams({ headline: "<b>Bold?</b>  A\nheadline", subtitle: "A subtitle", note: "x".repeat(600) });
  const p = await open(env, "?" + q.toString());
  await ready(p);
  assert.equal(await p.locator(".upm-headline").innerText(), "<b>Bold?</b> A headline");
  assert.equal(await p.locator(".upm-headline b").count(), 0, "never HTML");
  assert.match(await p.locator(".upm-sub").innerText(), /^As of 25 April 2025\. A subtitle$/);
  const note = await p.locator("[data-editor-note]").innerText();
  assert.equal([...note].length, 400);
  assert.ok(note.endsWith("…"));
  assert.deepEqual(p.problems, []);
  await p.context().close();
});

test("data-headline, data-subtitle and data-note on the snippet reach the widget as text", async () => {
  const p = await open(env, "host/words.html");
  const frame = p.frameLocator("iframe");
  await frame.locator("[data-map-root][data-state=ready]").waitFor({ timeout: 20000 });
  assert.equal(await frame.locator(".upm-headline").innerText(), "What the plans would mean");
  assert.match(await frame.locator(".upm-sub").innerText(), /Our newsroom's subtitle$/);
  assert.equal(await frame.locator("[data-editor-note]").innerText(), "Note: <img src=x onerror=alert(1)>");
  assert.equal(await frame.locator("[data-editor-note] img").count(), 0);
  assert.deepEqual(p.problems, []);
  await p.context().close();
});
