// Preloaded into the command line by the hostile-file tests: records the process's peak resident
// memory (kilobytes) in the file XEPLOAI_RSS_FILE names when it ends.
const fs = require("fs");
process.on("exit", () => {
  if (process.env.XEPLOAI_RSS_FILE)
    fs.writeFileSync(process.env.XEPLOAI_RSS_FILE, String(process.resourceUsage().maxRSS));
});
