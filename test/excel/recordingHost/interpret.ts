import { ModelError, notModelled, type ModelNode } from "./modelNodes";

/** The JSON body of a request as Microsoft's client builds it (the part this host reads). */
export interface RequestBody {
  Actions: {
    Id: number;
    ActionType: number;
    Name: string;
    ObjectPathId: number;
    ArgumentInfo?: { Arguments?: unknown[] };
    QueryInfo?: { Select?: string[]; Expand?: string[] };
  }[];
  ObjectPaths: Record<
    string,
    {
      Id: number;
      ObjectPathType: number;
      Name: string;
      ParentObjectPathId?: number;
      ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
    }
  >;
}

export interface ResponseBody {
  Results: { ActionId: number; Value: unknown }[];
  Error?: { Code: string; Message: string; HttpStatusCode: number; ActionIndex: number; Location: string };
}

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const camel = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4 } as const;
const PATH = { global: 1, method: 3, property: 4, indexer: 5 } as const;

/**
 * Runs a request's actions in order against the model, as Excel does: object paths resolved when
 * an action needs them, results keyed by action id, the first failing action ending the request
 * with an error that names it (what ran before it stays done).
 */
export function interpret(root: ModelNode, body: RequestBody, used: Set<string> = new Set()): ResponseBody {
  const use = (node: ModelNode | undefined, name: string) => {
    if (node?.type && !name.startsWith("_")) used.add(`${node.type}.${camel(name)}`);
  };
  const resolved = new Map<number, ModelNode>();
  const resolve = (id: number): ModelNode => {
    const known = resolved.get(id);
    if (known) return known;
    const p = body.ObjectPaths[String(id)] ?? notModelled(`object path ${id}`);
    const parent = () => resolve(p.ParentObjectPathId!);
    // An argument that is an object (getBoundingRect(otherRange)) is passed as its object path.
    const refs = p.ArgumentInfo?.ReferencedObjectPathIds ?? [];
    const args = (p.ArgumentInfo?.Arguments ?? []).map((a, i) => (refs[i] ? resolve(refs[i]) : a));
    let node: ModelNode;
    if (p.ObjectPathType !== PATH.global) use(parent(), p.ObjectPathType === PATH.indexer ? "getItem" : p.Name);
    if (p.ObjectPathType === PATH.global) node = root;
    else if (p.ObjectPathType === PATH.property) node = parent().nav?.(p.Name) ?? notModelled(`property ${p.Name}`);
    else if (p.ObjectPathType === PATH.method) node = parent().call?.(p.Name, args) as ModelNode;
    else if (p.ObjectPathType === PATH.indexer) node = parent().index?.(args) ?? notModelled(`indexer of ${p.Name}`);
    else node = notModelled(`object path type ${p.ObjectPathType}`);
    resolved.set(id, node);
    return node;
  };
  const results: ResponseBody["Results"] = [];
  for (const [i, action] of body.Actions.entries()) {
    try {
      const node = resolve(action.ObjectPathId);
      const args = action.ArgumentInfo?.Arguments ?? [];
      if (action.ActionType === ACTION.method || action.ActionType === ACTION.setProperty) use(node, action.Name);
      if (action.ActionType === ACTION.instantiate)
        results.push({ ActionId: action.Id, Value: node.isNull ? null : {} });
      else if (action.ActionType === ACTION.query)
        results.push({ ActionId: action.Id, Value: query(node, action.QueryInfo?.Select ?? [], use) });
      else if (action.ActionType === ACTION.method && action.Name.startsWith("_"))
        // The client's own bookkeeping (_KeepReference of a tracked object): nothing to model.
        results.push({ ActionId: action.Id, Value: null });
      else if (action.ActionType === ACTION.method)
        results.push({
          ActionId: action.Id,
          Value: (node.call ?? notModelled(action.Name))(action.Name, args) ?? null,
        });
      else if (action.ActionType === ACTION.setProperty)
        (node.set ?? notModelled(`${action.Name} =`))(action.Name, args[0]);
      else notModelled(`action type ${action.ActionType}`);
    } catch (err) {
      if (!(err instanceof ModelError)) throw err;
      return {
        Results: results,
        Error: { Code: err.code, Message: err.message, HttpStatusCode: 400, ActionIndex: i, Location: action.Name },
      };
    }
  }
  return { Results: results };
}

/** A loaded object or collection, in Excel's answer format: PascalCase keys, `_Items`, null for a null object. */
type Use = (node: ModelNode | undefined, name: string) => void;

function query(node: ModelNode, select: readonly string[], use: Use): unknown {
  if (node.isNull) return null;
  if (node.items) {
    use(node, "items");
    return { _Items: node.items().map((item) => pick(item, select, true, use)) };
  }
  return pick(node, select, false, use);
}

function pick(node: ModelNode, paths: readonly string[], asItem: boolean, use: Use): unknown {
  if (node.isNull) return null;
  const out: Record<string, unknown> = {};
  if (asItem) {
    try {
      out.Id = node.field?.("id");
    } catch {
      // Items without an id are addressed by their index.
    }
  }
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const [first, ...rest] = path.split("/").filter((seg, i) => !(seg === "items" && i > 0));
    if (!first) continue;
    groups.set(first, [...(groups.get(first) ?? []), ...(rest.length ? [rest.join("/")] : [])]);
  }
  for (const [name, rest] of groups) {
    use(node, name);
    if (rest.length === 0) out[pascal(name)] = (node.field ?? notModelled(name))(name);
    else out[pascal(name)] = query(node.nav?.(pascal(name)) ?? notModelled(name), rest, use);
  }
  return out;
}
