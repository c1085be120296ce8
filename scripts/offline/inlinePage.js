// Writes dist/xeploai.html: the browser mode's one script, the engine worker's code (when there is
// a worker) and the icon inside one HTML file, under a Content-Security-Policy that allows nothing
// from outside: the script runs by its sha256 hash, the worker from a blob: URL of its text.
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const { sources, Compilation } = require("webpack");

const root = path.resolve(__dirname, "..", "..");
const pkg = require(path.join(root, "package.json"));

/**
 * Where the HTML tokenizer ends inside a script element's text (HTML §13.2.5, script data states):
 * "<!--" enters the escaped state, "<script" there the double-escaped one, in which the element's real
 * end tag would not end it. Overlaps such as "<!-->" are not modelled; they only make this stricter.
 */
function tokenizerEndState(text) {
  let state = "data";
  for (const [token] of text.matchAll(/<!--|-->|<\/?script[\s/>]/gi)) {
    const t = token.toLowerCase();
    if (state === "data" && t === "<!--") state = "escaped";
    else if (state !== "data" && t === "-->") state = "data";
    else if (state === "escaped" && t.startsWith("<script")) state = "double-escaped";
    else if (state === "double-escaped" && t.startsWith("</script")) state = "escaped";
  }
  return state;
}

/**
 * Script text safe inside <script>…</script>: "</script" would close the element early, so it becomes
 * "<\/script" (the same string to JavaScript). Text that would leave the parser double-escaped (its real
 * end tag ignored) is refused, not guessed at.
 */
function scriptText(code, what) {
  const text = code.replace(/<\/script/gi, "<\\/script");
  if (tokenizerEndState(text) === "double-escaped")
    throw new Error(`xeploai.html: ${what} holds "<!--" then "<script" without "-->": its end tag would be lost`);
  return text;
}

function sha256(text) {
  return `'sha256-${crypto.createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** The policy: scripts by hash only, no eval; Fluent's run-time styles; the worker from blob:. */
function policy(scriptHash) {
  return [
    "default-src 'none'",
    `script-src ${scriptHash}`,
    "style-src 'unsafe-inline'",
    "img-src data: blob:",
    "font-src data:",
    "worker-src blob:",
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** The build's date: SOURCE_DATE_EPOCH (seconds) for a reproducible build, else today (UTC). */
function buildDate() {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return new Date(Number.isFinite(epoch) && epoch > 0 ? epoch * 1000 : Date.now()).toISOString().slice(0, 10);
}

const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

function page({ script, worker, licenses, icon, version, date }) {
  const [y, m, d] = date.split("-");
  const main = scriptText(script, "the page's script");
  const workerTag =
    worker === null
      ? ""
      : `<script type="text/plain" id="xeploai-worker-src">${scriptText(worker, "the worker's script")}</script>\n`;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy(sha256(main))}">
<meta name="xeploai-version" content="${escapeHtml(version)}">
<meta name="xeploai-build-date" content="${date}">
<title>Xếp loại đảng viên — xeploai ${escapeHtml(version)}</title>
<link rel="icon" type="image/png" href="data:image/png;base64,${icon.toString("base64")}">
<style>#xeploai-about{font:12px/1.4 system-ui,sans-serif;color:#616161;padding:8px 16px 16px}</style>
</head>
<body>
<div id="container"></div>
<footer id="xeploai-about">xeploai ${escapeHtml(version)} · bản dựng ngày ${d}/${m}/${y} (built ${date}) ·
Tệp này chạy ngay trên máy, không cần mạng, không gửi dữ liệu đi đâu. / This file runs on this computer, needs no network and sends nothing anywhere.</footer>
${workerTag}<script type="text/plain" id="xeploai-licenses">${scriptText(licenses, "the licences")}</script>
<script>${main}</script>
</body>
</html>
`;
}

class InlinePage {
  /** @param {{script: string, workerFile: string | null, dev: boolean}} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("InlinePage", (compilation) => {
      compilation.hooks.processAssets.tap(
        // After minification: the hash is of the text as written.
        { name: "InlinePage", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          const { script, workerFile } = this.options;
          const js = Object.keys(assets).filter((f) => f.endsWith(".js"));
          if (js.length !== 1 || js[0] !== script) {
            compilation.errors.push(new Error(`xeploai.html: expected one script ${script}, got ${js.join(", ")}`));
            return;
          }
          // The libraries' licence comments, which terser puts in a file beside the script, go inside.
          const licenseFile = `${script}.LICENSE.txt`;
          const licenses = assets[licenseFile] ? assets[licenseFile].source().toString() : "";
          const html = page({
            script: assets[script]
              .source()
              .toString()
              .replace(`For license information please see ${licenseFile}`, "Licences: #xeploai-licenses"),
            licenses,
            worker: workerFile ? fs.readFileSync(workerFile, "utf8") : null,
            icon: fs.readFileSync(path.join(root, "assets", "icon-32.png")),
            version: pkg.version,
            date: buildDate(),
          });
          compilation.deleteAsset(script);
          if (assets[licenseFile]) compilation.deleteAsset(licenseFile);
          compilation.emitAsset("xeploai.html", new sources.RawSource(html));
        },
      );
    });
  }
}

module.exports = { InlinePage, page, policy, scriptText, tokenizerEndState };
