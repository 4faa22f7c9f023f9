// Shared browser set-up for the end-to-end tests and the bench: Debian's
// Chromium driven by playwright-core, and a static server for dist/.
import { chromium } from "playwright-core";
import http from "node:http";
import fs from "node:fs";
import path from "node:path";

export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm", ".json": "application/json", ".svg": "image/svg+xml" };

/** Serves `dir` on 127.0.0.1 (a free port); resolves to {url, close}. */
export function serve(dir, headers = {}) {
  const server = http.createServer((req, res) => {
    const u = new URL(req.url, "http://x");
    let p = path.join(dir, decodeURIComponent(u.pathname));
    if (!p.startsWith(path.resolve(dir))) return res.writeHead(403).end();
    if (fs.existsSync(p) && fs.statSync(p).isDirectory()) p = path.join(p, "index.html");
    if (!fs.existsSync(p)) return res.writeHead(404).end("not found");
    res.writeHead(200, { "content-type": TYPES[path.extname(p)] || "application/octet-stream", ...headers });
    fs.createReadStream(p).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() })));
}
