const { chromium } = require("playwright-core");
const { startServer } = require("/work/i13/scripts/serve.js");
(async () => {
  const { server, url } = await startServer("/work/i13/dist");
  const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const p = await b.newPage({ viewport: { width: +process.argv[2] || 320, height: 520 } });
  p.on("console", (m) => console.log("console:", m.text()));
  p.on("pageerror", (e) => console.log("pageerror:", e.message));
  await p.goto(url);
  await p.getByRole("button", { name: "Mở tệp" }).waitFor();
  await p.getByTestId("open-files").setInputFiles(["/work/i13/seeds/faults/bieu-co-loi.xlsx"]);
  await p.waitForTimeout(3000);
  await p.screenshot({ path: "/tmp/i13-shot.png" });
  console.log(await p.locator("[role=toolbar]").first().innerHTML().then(h => h.slice(0, 1500)));
  await b.close(); server.close();
})();
