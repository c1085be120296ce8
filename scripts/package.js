#!/usr/bin/env node
// `npm run package -- --url https://host/path/`: the deployment kit for the add-in. Builds the
// bundle for that address, then writes kit/xeploai-VERSION/ (the folder to copy onto any static
// https server, its manifest pointing there) and kit/xeploai-VERSION.zip. Nothing half-made is left:
// the folder and the zip are written beside their final names and renamed once checked.
// Options: --out DIR (default kit), --no-build (package the dist/ already built).
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { checkUrl, transformManifest } = require("./manifestUrl");
const { checkKit } = require("./kit/checkKit");
const { webConfig, kitReadme } = require("./kit/serverFiles");
const { zip } = require("./kit/zip");

const root = path.resolve(__dirname, "..");
const dist = path.join(root, "dist");
const USAGE =
  "Cách dùng / usage: npm run package -- --url https://may-chu.example.vn/xeploai/ [--out kit] [--no-build]\n" +
  "  --url: địa chỉ https nơi thư mục sẽ được đặt / the https address the folder will be served from";

function fail(message, code = 2) {
  console.error(`package: ${message}`);
  process.exit(code);
}

function parseArgs(argv) {
  const args = { url: null, out: path.join(root, "kit"), build: true };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (flag === "--url") args.url = value();
    else if (flag === "--out") args.out = path.resolve(value() || "");
    else if (flag === "--no-build") args.build = false;
    else fail(`không hiểu "${argv[i]}" / unknown argument "${argv[i]}"\n${USAGE}`);
  }
  return args;
}

/** Every file under dir, as paths relative to it with "/" separators, sorted. */
function filesUnder(dir, prefix = "") {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.url)
    fail(
      `thiếu địa chỉ --url: manifest phải trỏ tới nơi đặt add-in / no --url: the manifest must point where the add-in is served\n${USAGE}`,
    );
  const checked = checkUrl(args.url);
  if (checked.error) fail(checked.error);
  const url = checked.url;

  if (args.build) {
    const webpack = require.resolve("webpack-cli/bin/cli.js");
    const env = { ...process.env, XEPLOAI_URL_PROD: url };
    const r = spawnSync(process.execPath, [webpack, "--mode", "production"], { cwd: root, stdio: "inherit", env });
    if (r.status !== 0) fail("webpack build failed; nothing packaged", 1);
  } else if (!fs.existsSync(path.join(dist, "xeploai.html"))) {
    fail("--no-build: dist/ has no finished build; run `npm run build` first", 1);
  }

  const version = require(path.join(root, "package.json")).version;
  const name = `xeploai-${version}`;
  const folder = path.join(args.out, name);
  const temp = path.join(args.out, `.${name}.partial`);
  fs.rmSync(temp, { recursive: true, force: true });
  fs.mkdirSync(temp, { recursive: true });
  // The build's files; the manifest is written here from manifest.xml for this address.
  for (const rel of filesUnder(dist).filter((f) => f !== "manifest.xml")) {
    fs.mkdirSync(path.dirname(path.join(temp, rel)), { recursive: true });
    fs.copyFileSync(path.join(dist, rel), path.join(temp, rel));
  }
  fs.writeFileSync(
    path.join(temp, "manifest.xml"),
    transformManifest(fs.readFileSync(path.join(root, "manifest.xml")), url),
  );
  fs.writeFileSync(path.join(temp, "web.config"), webConfig());
  fs.writeFileSync(path.join(temp, "DOC-TRUOC.txt"), kitReadme(url, version));

  const problems = checkKit(temp, url);
  if (problems.length > 0) {
    fs.rmSync(temp, { recursive: true, force: true });
    fail(`the kit is incomplete, nothing written:\n  ${problems.join("\n  ")}`, 1);
  }
  const entries = filesUnder(temp).map((rel) => ({
    name: `${name}/${rel}`,
    bytes: fs.readFileSync(path.join(temp, rel)),
  }));
  const zipFile = path.join(args.out, `${name}.zip`);
  fs.writeFileSync(`${zipFile}.partial`, zip(entries));
  fs.rmSync(folder, { recursive: true, force: true });
  fs.renameSync(temp, folder);
  fs.renameSync(`${zipFile}.partial`, zipFile);

  const kb = (n) => `${Math.round(n / 1024)} KB`;
  console.log(`\nxeploai ${version}: deployment kit for ${url}`);
  console.log(`  folder: ${path.relative(process.cwd(), folder) || folder} (${entries.length} files)`);
  console.log(`  zip:    ${path.relative(process.cwd(), zipFile) || zipFile} (${kb(fs.statSync(zipFile).size)})`);
  console.log(`  1. copy the folder's content to ${url} (any static https server; docs/DEPLOY.md)`);
  console.log(`  2. check ${url}help.html opens, then deploy ${name}/manifest.xml (docs/DEPLOY.md)`);
}

main();
