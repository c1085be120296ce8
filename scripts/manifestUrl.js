// The address the add-in is served from, and the manifest that points there. One place for the
// production build (XEPLOAI_URL_PROD) and `npm run package -- --url`, so both write the same file.
const urlDev = "https://localhost:3000/";

/** The address as the manifest needs it (https, ending in "/"), or an error message in both languages. */
function checkUrl(raw) {
  let url;
  try {
    url = new URL(String(raw));
  } catch {
    return {
      error: `"${raw}" không phải địa chỉ web / is not a web address (e.g. https://intranet.example.vn/xeploai/)`,
    };
  }
  if (url.protocol !== "https:")
    return { error: `${raw}: Office chỉ nạp add-in qua https / Office loads add-ins only over https` };
  if (url.search || url.hash) return { error: `${raw}: không được có ?… hay #… / no query or fragment, please` };
  const href = url.href.endsWith("/") ? url.href : `${url.href}/`;
  return { url: href };
}

/** The manifest as built: the dev URL rewritten to `url` (left as is when `url` is the dev URL). */
function transformManifest(content, url) {
  return content.toString().replace(new RegExp(urlDev.replace(/[.]/g, "\\."), "g"), url);
}

/** The one line a production build without an address prints. */
const NO_MANIFEST =
  "xeploai: no dist/manifest.xml written (no address given). For the add-in, run " +
  "`npm run package -- --url https://your.server/xeploai/` (a folder and a zip to host), or build with " +
  "XEPLOAI_URL_PROD=https://your.server/xeploai/. The browser pages and dist/xeploai.html are built.";

module.exports = { urlDev, checkUrl, transformManifest, NO_MANIFEST };
