// A static file server on 127.0.0.1 for the end-to-end tests and the benchmark.
// It serves the release build (dist/) and lets a test add routes (slow, broken or
// hostile answers) and headers (a Content-Security-Policy) of its own.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".geojson": "application/geo+json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/**
 * Starts a server. `routes` maps a path ("/x.geojson") to a handler (req, res) that
 * answers instead of the file system; `headers` are added to every file response.
 * Files are gzip-compressed when the client accepts it, as a CDN would.
 */
export async function serve(root, { routes = {}, headers = {}, port = 0, gzip = true } = {}) {
  const compressed = new Map(); // file -> gzip bytes, compressed once as a CDN would cache them
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    const route = routes[url.pathname];
    if (route) return route(req, res);
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(path.resolve(root))) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!fs.existsSync(file)) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const body = fs.readFileSync(file);
    const type = TYPES[path.extname(file)] || "application/octet-stream";
    const zip = gzip && /\bgzip\b/.test(req.headers["accept-encoding"] || "");
    if (zip && !compressed.has(file)) compressed.set(file, zlib.gzipSync(body, { level: 9 }));
    const out = zip ? compressed.get(file) : body;
    res.writeHead(200, {
      "content-type": type,
      "content-length": out.length,
      "cache-control": "no-store",
      ...(zip ? { "content-encoding": "gzip" } : {}),
      ...headers,
    });
    res.end(out);
  });
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: actual } = server.address();
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(resolve);
      }),
  };
}
