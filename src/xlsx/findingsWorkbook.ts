import ExcelJS from "exceljs";
import type { Issue } from "../core/issues/Issue";
import { findingsLayout, type FindingsOptions } from "../core/layout/findingsLayout";
import { addLayoutSheet } from "./writeXlsx";

/** "Xuất danh sách lỗi" as .xlsx bytes: for the pane (a download) and the command line (-o). */
export async function findingsWorkbook(issues: readonly Issue[], options: FindingsOptions): Promise<Uint8Array> {
  const out = new ExcelJS.Workbook();
  out.creator = "xeploai";
  for (const layout of findingsLayout(issues, options)) addLayoutSheet(out, layout);
  return new Uint8Array(await out.xlsx.writeBuffer());
}
