/**
 * What a workbook may hold before it is refused as too large (a zip bomb expands a few kilobytes
 * into gigabytes). Checked on the sizes the package declares before anything is inflated, and
 * again while inflating, since a hostile package can lie about its sizes. The largest real sheet
 * (1.048.576 rows of the template) fits comfortably.
 */
export const LIMITS = {
  /** The file itself. */
  fileBytes: 512 * 1024 * 1024,
  /** One XML part once inflated (a sheet, the shared strings, the styles). */
  partBytes: 1024 * 1024 * 1024,
  /** All XML parts together once inflated. */
  totalBytes: 2 * 1024 * 1024 * 1024,
  /** Every part but the sheets and shared strings (workbook, styles, relationships). */
  smallPartBytes: 64 * 1024 * 1024,
  /** Cells that hold something, over the whole workbook: a full sheet of 1.048.576 rows × 23 columns. */
  cells: 25_000_000,
  /** A used range (rows × columns) the snapshot would have to lay out. */
  rangeCells: 40_000_000,
} as const;
