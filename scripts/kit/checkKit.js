// Is a deployment folder complete? Every file its manifest and its pages name must be in it, and
// every address in the manifest must live under the address the folder is served from.
const fs = require("fs");
const path = require("path");

/** The pages and files a kit cannot be without (the hashed scripts are found through the pages). */
const REQUIRED = ["manifest.xml", "taskpane.html", "index.html", "xeploai.html", "help.html"];
// The one address outside the kit any page may name: Office.js, which Office requires from its CDN.
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Addresses the manifest gives (DefaultValue / Value attributes), not its XML namespaces. */
function manifestUrls(xml) {
  return [...xml.matchAll(/\b(?:DefaultValue|Value)="([a-z][a-z0-9+.-]*:[^"]*)"/gi)].map((m) => m[1]);
}

/** Every src/href in an HTML page's markup (the text inside its script and style elements is not markup). */
function pageRefs(html) {
  const markup = html.replace(/(<(script|style)\b[^>]*>)[\s\S]*?<\/\2\s*>/gi, "$1");
  return [...markup.matchAll(/\b(?:src|href)\s*=\s*["']([^"']*)["']/gi)].map((m) => m[1]);
}

/** The file a path under the kit names, without query or fragment; null when it climbs out. */
function fileUnder(folder, rel) {
  const clean = decodeURIComponent(rel.replace(/[?#].*$/, "")) || "index.html";
  const file = path.resolve(folder, clean);
  return file.startsWith(path.resolve(folder) + path.sep) ? file : null;
}

/** Problems found in `folder`, served from `url` (ending in "/"); [] when none. */
function checkKit(folder, url) {
  const problems = [];
  const has = (file) => file !== null && fs.existsSync(file) && fs.statSync(file).isFile();
  for (const f of REQUIRED) if (!has(path.join(folder, f))) problems.push(`missing ${f}`);
  if (problems.length > 0) return problems;

  const manifest = fs.readFileSync(path.join(folder, "manifest.xml"), "utf8");
  const urls = manifestUrls(manifest);
  if (urls.length === 0) problems.push("manifest.xml names no address");
  for (const u of urls) {
    if (!u.startsWith(url)) problems.push(`manifest.xml: ${u} is not under ${url}`);
    else if (!has(fileUnder(folder, u.slice(url.length)))) problems.push(`manifest.xml: ${u} names no file of the kit`);
  }

  for (const page of fs.readdirSync(folder).filter((f) => f.endsWith(".html"))) {
    for (const ref of pageRefs(fs.readFileSync(path.join(folder, page), "utf8"))) {
      if (/^(data:|blob:|#)/.test(ref)) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith("//")) {
        if (!(page === "taskpane.html" && ref === OFFICE_JS)) problems.push(`${page}: names ${ref}, outside the kit`);
        continue;
      }
      if (!has(fileUnder(folder, ref))) problems.push(`${page}: ${ref} is not in the kit`);
    }
  }
  return problems;
}

module.exports = { checkKit, manifestUrls, REQUIRED };
