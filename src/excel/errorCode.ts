/** The code of an Office.js error (`"ItemNotFound"`), or "" for anything else. */
export function errorCode(err: unknown): string {
  return typeof err === "object" && err !== null && "code" in err ? String((err as { code: unknown }).code) : "";
}

/** Excel on the web refuses requests and answers over 5 MB. */
export function isPayloadLimit(err: unknown): boolean {
  const code = errorCode(err);
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/** Excel accepts no call while the user is typing in a cell. */
export const CELL_EDIT_MODE = "InvalidOperationInCellEditMode";
