// Layout shift on a host page while the embedded widget loads (embed.js reserves the
// widget's height before the iframe reports it): cumulative layout shift of an article
// with text above and below the widget, at a phone's and a desktop's width.
const HOST = (w) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<script>window.shifts = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.shifts.push(e.value); }).observe({ type: "layout-shift", buffered: true });</script>
</head><body style="font: 18px/1.5 Georgia, serif; max-width: 720px; margin: 0 auto; padding: 0 12px">
<h1>An article</h1>${"<p>Paragraph of the article above the map, long enough to wrap over several lines on a phone.</p>".repeat(2)}
<div data-ukraine-peace-map data-src="${w}"></div><script src="${w}embed.js"></script>
${"<p>Paragraph of the article below the map: it would jump if the widget's height changed.</p>".repeat(6)}</body></html>`;

export const embedRoute = (widgetUrl) => ({
  "/bench-embed.html": (req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(HOST(widgetUrl)),
});

/** CLS of the host page per run, once the iframe's widget is ready and settled. */
export async function embedShift(browser, url, runs, width) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const ctx = await browser.newContext({ viewport: { width, height: width < 480 ? 667 : 900 }, isMobile: width < 480 });
    const page = await ctx.newPage();
    await page.goto(url);
    const frame = await (await page.locator("iframe").elementHandle({ timeout: 30000 })).contentFrame();
    await frame.waitForFunction(() => document.querySelector("[data-map-root]")?.dataset.state === "ready", null, { timeout: 60000 });
    await page.waitForTimeout(700);
    out.push(await page.evaluate(() => window.shifts.reduce((a, b) => a + b, 0)));
    await ctx.close();
  }
  return out;
}
