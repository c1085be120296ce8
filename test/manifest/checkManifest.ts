/**
 * The project's own manifest check, offline: `office-addin-manifest validate` needs Microsoft's
 * web service, which this machine and CI cannot reach. Returns the problems found, [] when none.
 * Needs a DOMParser (run under jsdom).
 */

// Child order as the XML schema's sequences require (Office add-in manifest, TaskPaneApp 1.1 and
// VersionOverrides 1.0). A name absent from a list may appear anywhere.
const ORDER: Record<string, string[]> = {
  OfficeApp: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "AllowSnapshot",
    "VersionOverrides",
  ],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources"],
  Host: ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  Group: ["Label", "Icon", "Control"],
  Control: ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};

const MAX_ID = 32;
const MAX_SHORT = 125;
const MAX_LONG = 250;

function elements(root: Element): Element[] {
  return Array.from(root.getElementsByTagName("*"));
}
function children(el: Element): Element[] {
  return Array.from(el.children);
}
function named(root: Element, localName: string): Element[] {
  return elements(root).filter((e) => e.localName === localName);
}

export interface ManifestSources {
  /** The text of the source files, to find each FunctionName's Office.actions.associate. */
  sources: string[];
}

export function checkManifest(xml: string, { sources }: ManifestSources): string[] {
  const problems: string[] = [];
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const parseError = doc.getElementsByTagName("parsererror")[0];
  if (parseError) return [`not well-formed XML: ${parseError.textContent ?? ""}`];
  const root = doc.documentElement;

  // 1. Element order.
  for (const el of [root, ...elements(root)]) {
    const order = ORDER[el.localName];
    if (!order) continue;
    let last = -1;
    let lastName = "";
    for (const child of children(el)) {
      const idx = order.indexOf(child.localName);
      if (idx < 0) continue;
      if (idx < last)
        problems.push(`element order: <${child.localName}> must come before <${lastName}> in <${el.localName}>`);
      else {
        last = idx;
        lastName = child.localName;
      }
    }
  }

  // 2. Resources by kind; every resid resolves to one of the right kind.
  const resources = named(root, "Resources")[0];
  const pool = (kind: string) =>
    new Map(
      (resources ? named(resources, kind) : []).flatMap((k) => children(k)).map((e) => [e.getAttribute("id") ?? "", e]),
    );
  const images = pool("Images");
  const urls = pool("Urls");
  const shorts = pool("ShortStrings");
  const longs = pool("LongStrings");
  const kindOf = (el: Element): [string, Map<string, Element>] => {
    if (el.localName === "Image") return ["Images", images];
    if (["Runtime", "FunctionFile", "SourceLocation", "LearnMoreUrl"].includes(el.localName)) return ["Urls", urls];
    if (el.localName === "Description") return ["LongStrings", longs];
    return ["ShortStrings", shorts];
  };
  for (const el of elements(root)) {
    const resid = el.getAttribute("resid");
    if (resid === null) continue;
    if (resid.length > MAX_ID) problems.push(`resid "${resid}" is longer than ${MAX_ID} characters`);
    const [kind, map] = kindOf(el);
    if (!map.has(resid)) problems.push(`resid "${resid}" of <${el.localName}> has no ${kind} resource`);
  }
  for (const el of elements(root)) {
    const id = el.getAttribute("id");
    if (id !== null && id.length > MAX_ID) problems.push(`id "${id}" is longer than ${MAX_ID} characters`);
  }

  // 3. String lengths, default values and overrides alike.
  const lengths: [Map<string, Element>, number, string][] = [
    [shorts, MAX_SHORT, "short"],
    [longs, MAX_LONG, "long"],
  ];
  for (const [map, max, what] of lengths) {
    for (const [id, el] of map) {
      const values = [el.getAttribute("DefaultValue") ?? "", ...children(el).map((o) => o.getAttribute("Value") ?? "")];
      for (const v of values)
        if (v.length > max) problems.push(`${what} string "${id}" has ${v.length} characters (at most ${max})`);
    }
  }

  // 4. Every URL is https.
  const urlElements = ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "Image", "Url"];
  for (const el of elements(root)) {
    if (!urlElements.includes(el.localName)) continue;
    for (const v of [el.getAttribute("DefaultValue"), ...children(el).map((o) => o.getAttribute("Value"))]) {
      if (v !== null && !v.startsWith("https://")) problems.push(`URL of <${el.localName}> is not https: ${v}`);
    }
  }

  // 5. Each FunctionName is associated in the source.
  for (const fn of named(root, "FunctionName")) {
    const name = (fn.textContent ?? "").trim();
    const pattern = new RegExp(`Office\\.actions\\.associate\\(\\s*["'\`]${name}["'\`]`);
    if (!sources.some((s) => pattern.test(s)))
      problems.push(`FunctionName "${name}" is not associated with Office.actions.associate in the source`);
  }

  // 6. The shared runtime: one page for the runtime, the function file and the pane.
  const runtimes = named(root, "Runtime");
  if (runtimes.length > 0) {
    const runtimeResid = runtimes[0]!.getAttribute("resid");
    if (runtimes[0]!.getAttribute("lifetime") !== "long")
      problems.push('shared runtime: <Runtime> needs lifetime="long"');
    for (const el of [
      ...named(root, "FunctionFile"),
      ...named(root, "Action").flatMap((a) => named(a, "SourceLocation")),
    ]) {
      if (el.getAttribute("resid") !== runtimeResid)
        problems.push(
          `shared runtime: <${el.localName}> resid "${el.getAttribute("resid")}" differs from the runtime's "${runtimeResid}"`,
        );
    }
    const runtimeUrl = urls.get(runtimeResid ?? "")?.getAttribute("DefaultValue");
    const defaultSource = named(root, "DefaultSettings")
      .flatMap((d) => named(d, "SourceLocation"))[0]
      ?.getAttribute("DefaultValue");
    if (runtimeUrl && defaultSource && runtimeUrl !== defaultSource)
      problems.push(
        `shared runtime: DefaultSettings SourceLocation ${defaultSource} differs from the runtime page ${runtimeUrl}`,
      );
    const sets = named(root, "Set").map((s) => s.getAttribute("Name"));
    if (!sets.includes("SharedRuntime"))
      problems.push("shared runtime: the SharedRuntime requirement set is not declared");
  }
  return problems;
}
