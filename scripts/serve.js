#!/usr/bin/env node
// `npm run serve`: the built pane on http://localhost for the browser mode (open index.html).
// A static server on the loopback address only, with the pane's Content Security Policy.
const http = require("http");
const fs = require("fs");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

/** Serves `dir` on 127.0.0.1:`port` (0 = any free port); resolves with the server and its address. */
function startServer(dir, port = 0) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url || "/", "http://localhost");
    const file = path.resolve(root, "." + decodeURIComponent(url.pathname === "/" ? "/index.html" : url.pathname));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("not found");
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
      "Content-Security-Policy": CSP,
      "Cache-Control": "no-store",
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(port, "127.0.0.1", () => resolve({ server, url: `http://localhost:${server.address().port}/` })),
  );
}

module.exports = { startServer, CSP };

if (require.main === module) {
  const dist = path.resolve(__dirname, "..", "dist");
  if (!fs.existsSync(path.join(dist, "index.html"))) {
    console.error("serve: no dist/index.html; run `npm run build` first (npm run serve does).");
    process.exit(2);
  }
  startServer(dist, Number(process.env.PORT || 8080)).then(({ url }) => {
    console.log(`xeploai in the browser: ${url}  (files stay in the page; Ctrl+C to stop)`);
  });
}
