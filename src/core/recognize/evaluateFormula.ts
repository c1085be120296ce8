import { parseA1 } from "../issues/a1";

/**
 * Computes a formula that a file carries without its result (files written by programs, not by
 * Excel): numbers, references to cells of the same sheet, + − × ÷, parentheses and SUM over cells
 * and ranges. Anything else (another sheet, another function, text) gives `null`: the cell is then
 * reported (CELL-NOT-CALCULATED), never summed as 0. `valueAt` gives 0 for a blank or text cell
 * (as Excel's SUM and references do) and `null` for a cell whose value is itself unknown.
 *
 * @example evaluateFormula("SUM(C8:C10)+2", (r, c) => 1) // 5
 */
export function evaluateFormula(formula: string, valueAt: (row: number, col: number) => number | null): number | null {
  const tokens = formula
    .replace(/^=/, "")
    .replace(/\$/g, "")
    .toUpperCase()
    .match(/\d+(?:\.\d+)?|[A-Z]+\d+(?::[A-Z]+\d+)?|[A-Z]+(?=\()|[-+*/(),]|\S/g);
  if (!tokens) return null;
  let i = 0;
  const fail = Symbol("fail");
  const peek = () => tokens[i];
  const cell = (ref: string): number => {
    const at = parseA1(ref);
    const v = at ? valueAt(at.row, at.col) : null;
    if (v === null) throw fail;
    return v;
  };
  const range = (ref: string): number[] => {
    const [a, b] = ref.split(":");
    const from = parseA1(a!);
    const to = parseA1(b!);
    if (!from || !to) throw fail;
    const out: number[] = [];
    for (let r = Math.min(from.row, to.row); r <= Math.max(from.row, to.row); r++)
      for (let c = Math.min(from.col, to.col); c <= Math.max(from.col, to.col); c++) {
        const v = valueAt(r, c);
        if (v === null) throw fail;
        out.push(v);
      }
    return out;
  };
  const primary = (): number => {
    const t = tokens[i++];
    if (t === undefined) throw fail;
    if (t === "-") return -primary();
    if (t === "+") return primary();
    if (t === "(") {
      const v = sum();
      if (tokens[i++] !== ")") throw fail;
      return v;
    }
    if (/^\d/.test(t)) return Number(t);
    if (t === "SUM" && tokens[i] === "(") {
      i++;
      let total = 0;
      while (peek() !== ")") {
        const arg = peek()!;
        if (/^[A-Z]+\d+:[A-Z]+\d+$/.test(arg)) {
          i++;
          // SUM skips blanks and text, as Excel does.
          total += range(arg).reduce((s, v) => s + v, 0);
        } else total += sum();
        if (peek() === ",") i++;
        else if (peek() !== ")") throw fail;
      }
      i++;
      return total;
    }
    if (/^[A-Z]+\d+$/.test(t)) return cell(t);
    throw fail;
  };
  const product = (): number => {
    let v = primary();
    while (peek() === "*" || peek() === "/") {
      const op = tokens[i++];
      const w = primary();
      if (op === "/" && w === 0) throw fail; // #DIV/0!
      v = op === "*" ? v * w : v / w;
    }
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (peek() === "+" || peek() === "-") v = tokens[i++] === "+" ? v + product() : v - product();
    return v;
  };
  try {
    const v = sum();
    return i === tokens.length && Number.isFinite(v) ? v : null;
  } catch (e) {
    if (e === fail) return null;
    throw e;
  }
}
