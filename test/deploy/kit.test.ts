// The deployment kit's parts without a build: the arguments of `npm run package`, the folder check
// on hand-made folders, and the zip writer read back by JSZip (a second, independent reader).
import fs from "fs";
import os from "os";
import path from "path";
import { spawnSync } from "child_process";
import JSZip from "jszip";

const root = path.resolve(__dirname, "../..");
const { checkKit } = require("../../scripts/kit/checkKit.js") as {
  checkKit: (folder: string, url: string) => string[];
};
const { zip, crc32 } = require("../../scripts/kit/zip.js") as {
  zip: (entries: { name: string; bytes: Buffer }[]) => Buffer;
  crc32: (b: Uint8Array) => number;
};

const URL_ = "https://intranet.example.vn/xeploai/";
const packageRun = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(root, "scripts/package.js"), ...args], { encoding: "utf8" });

/** A minimal complete kit: the required pages, one script, the icons its manifest names. */
function makeKit(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xeploai-kit-"));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  write(
    "manifest.xml",
    `<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"><IconUrl DefaultValue="${URL_}assets/icon-32.png"/><SupportUrl DefaultValue="${URL_}help.html#top"/><SourceLocation DefaultValue="${URL_}taskpane.html"/></OfficeApp>`,
  );
  write(
    "taskpane.html",
    '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script defer src="taskpane.1234abcd.js"></script>',
  );
  write("index.html", '<script defer src="taskpane.1234abcd.js"></script>');
  write(
    "xeploai.html",
    '<script>var a = \'<a href="nowhere.html">\';</script><link rel="icon" href="data:image/png;base64,AA">',
  );
  write("help.html", '<a href="xeploai.html">xeploai.html</a><img src="assets/icon-32.png">');
  write("taskpane.1234abcd.js", "/* the pane */");
  write("assets/icon-32.png", "png");
  return dir;
}

describe("npm run package", () => {
  test("without --url it exits non-zero, says why in Vietnamese and English, and writes nothing", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "xeploai-out-"));
    const r = packageRun("--no-build", "--out", out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("thiếu địa chỉ --url");
    expect(r.stderr).toContain("no --url");
    expect(fs.readdirSync(out)).toEqual([]);
  });

  test("refuses an address Office cannot load from (http) or that is not an address", () => {
    expect(packageRun("--url", "http://intranet.example.vn/xeploai/").stderr).toContain("https");
    const notUrl = packageRun("--url=may chu xeploai");
    expect(notUrl.status).toBe(2);
    expect(notUrl.stderr).toContain("không phải địa chỉ web");
  });
});

describe("the kit's check", () => {
  test("a complete folder passes (script text and data: addresses are not references)", () => {
    expect(checkKit(makeKit(), URL_)).toEqual([]);
  });

  test("names a missing page, a missing script, an address outside the kit and a foreign script", () => {
    const dir = makeKit();
    expect(checkKit(dir, "https://other.example.vn/")).toEqual(
      expect.arrayContaining([`manifest.xml: ${URL_}taskpane.html is not under https://other.example.vn/`]),
    );
    fs.rmSync(path.join(dir, "taskpane.1234abcd.js"));
    fs.rmSync(path.join(dir, "assets/icon-32.png"));
    fs.appendFileSync(path.join(dir, "index.html"), '<script src="https://cdn.example.com/x.js"></script>');
    expect(checkKit(dir, URL_).sort()).toEqual(
      [
        `manifest.xml: ${URL_}assets/icon-32.png names no file of the kit`,
        "help.html: assets/icon-32.png is not in the kit",
        "index.html: names https://cdn.example.com/x.js, outside the kit",
        "index.html: taskpane.1234abcd.js is not in the kit",
        "taskpane.html: taskpane.1234abcd.js is not in the kit",
      ].sort(),
    );
    fs.rmSync(path.join(dir, "help.html"));
    expect(checkKit(dir, URL_)).toEqual(["missing help.html"]);
  });
});

describe("the zip writer", () => {
  test("CRC-32 of the standard check string", () => {
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
  });

  test("JSZip reads back every entry, Vietnamese names and stored (incompressible) files included", async () => {
    const random = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919 + (i >> 3) * 104729) % 251));
    const entries = [
      { name: "xeploai-1/DOC-TRUOC.txt", bytes: Buffer.from("Đọc trước. ".repeat(300)) },
      { name: "xeploai-1/assets/icon.png", bytes: fs.readFileSync(path.join(root, "assets/icon-16.png")) },
      { name: "xeploai-1/biểu số 1.bin", bytes: random },
      { name: "xeploai-1/empty.txt", bytes: Buffer.alloc(0) },
    ];
    const back = await JSZip.loadAsync(zip(entries), { checkCRC32: true });
    expect(Object.keys(back.files).sort()).toEqual(entries.map((e) => e.name).sort());
    for (const e of entries) expect(Buffer.from(await back.file(e.name)!.async("uint8array"))).toEqual(e.bytes);
  });
});
