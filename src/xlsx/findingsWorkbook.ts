import type { Issue } from "../core/issues/Issue";
import { findingsLayout, type FindingsOptions } from "../core/layout/findingsLayout";
import { writeLayouts } from "./writeLayouts";

/** "Xuất danh sách lỗi" as .xlsx bytes: for the pane (a download) and the command line (-o). */
export function findingsWorkbook(issues: readonly Issue[], options: FindingsOptions): Promise<Uint8Array> {
  return writeLayouts(findingsLayout(issues, options));
}
