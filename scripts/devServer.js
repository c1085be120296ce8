#!/usr/bin/env node
// Serves the pane over https on localhost:3000 without sudo. office-addin-dev-certs' own
// `install` also adds its CA to the system store, which needs sudo and still exits 0 when it
// fails; here only its library generates the files, and webpack-dev-server reads them.
// To make Excel trust the certificate on Windows or Mac, run `npx office-addin-dev-certs install`.
const fs = require("fs");
const { spawn } = require("child_process");
const { certificatePaths } = require("./certificates");

const RENEW_DAYS = 3;

function expiresSoon(certFile) {
  try {
    const { X509Certificate } = require("crypto");
    const cert = new X509Certificate(fs.readFileSync(certFile));
    return new Date(cert.validTo).getTime() - Date.now() < RENEW_DAYS * 86400e3;
  } catch {
    return true;
  }
}

async function main() {
  const paths = certificatePaths();
  if (!fs.existsSync(paths.key) || expiresSoon(paths.cert)) {
    const { generateCertificates } = require("office-addin-dev-certs/lib/generate");
    await generateCertificates(paths.ca, paths.cert, paths.key, 30);
    console.log(`Development certificate written to ${paths.dir}`);
  }
  const webpack = require.resolve("webpack-cli/bin/cli.js");
  const child = spawn(process.execPath, [webpack, "serve", "--mode", "development"], { stdio: "inherit" });
  child.on("exit", (code) => process.exit(code === null ? 1 : code));
}

main().catch((err) => {
  console.error(`dev-server: ${err instanceof Error ? err.message : err}`);
  process.exit(2);
});
