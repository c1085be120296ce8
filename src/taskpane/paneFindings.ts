import type { Controller } from "./controller";
import { findingsWorkbook } from "../xlsx/findingsWorkbook";

/**
 * Xuất danh sách lỗi: the pane's findings as a workbook, grouped by the unit named in each sheet's
 * title. One maker for both hosts: Excel opens it as a new workbook, the browser downloads it.
 */
export function paneFindings(controller: Controller, perUnit: boolean): Promise<Uint8Array> {
  const { issues, units } = controller.getState();
  return findingsWorkbook(issues ?? [], {
    unitOf: (i) => units[i.sheet] ?? i.sheet,
    perUnit,
    title: "DANH SÁCH LỖI CẦN SỬA",
  });
}
