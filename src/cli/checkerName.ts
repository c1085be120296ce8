import fs from "fs";
import os from "os";
import path from "path";

/**
 * Where the command line remembers the checker's name on this machine: XEPLOAI_CONFIG if set,
 * else the user's configuration folder (%APPDATA% on Windows, $XDG_CONFIG_HOME or ~/.config).
 */
export function configFile(): string {
  if (process.env.XEPLOAI_CONFIG) return process.env.XEPLOAI_CONFIG;
  const base =
    process.platform === "win32"
      ? (process.env.APPDATA ?? path.join(os.homedir(), "AppData", "Roaming"))
      : (process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), ".config"));
  return path.join(base, "xeploai", "config.json");
}

function readConfig(): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(configFile(), "utf8"));
    return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * The checker's name: the one given now (remembered for next time), else XEPLOAI_CHECKER, else
 * the one remembered; `null` when none is known.
 */
export function checkerName(given: string | undefined): string | null {
  if (given !== undefined && given.trim()) {
    const name = given.normalize("NFC").trim();
    const file = configFile();
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, `${JSON.stringify({ ...readConfig(), checker: name }, null, 2)}\n`);
    } catch {
      // Not remembered (a read-only home): the stamp is still made with the name given.
    }
    return name;
  }
  const env = process.env.XEPLOAI_CHECKER?.trim();
  if (env) return env.normalize("NFC");
  const remembered = readConfig().checker;
  return typeof remembered === "string" && remembered.trim() ? remembered : null;
}
