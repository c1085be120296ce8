// Where the development certificate lives: the same place office-addin-dev-certs uses, so a
// certificate that `npx office-addin-dev-certs install` trusted on Windows or Mac is reused.
const os = require("os");
const path = require("path");

function certificatePaths() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  return {
    dir,
    ca: path.join(dir, "ca.crt"),
    cert: path.join(dir, "localhost.crt"),
    key: path.join(dir, "localhost.key"),
  };
}

module.exports = { certificatePaths };
