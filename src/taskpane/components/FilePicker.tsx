import * as React from "react";
import type { PickedFile } from "../../core/port";

/* global HTMLInputElement */

export interface FilePickerProps {
  accept: string;
  label: string;
  testId?: string;
  onPick: (files: PickedFile[]) => void | Promise<void>;
}

/**
 * A hidden file input: a button elsewhere opens it. The files are read in the page, into bytes;
 * nothing is sent anywhere.
 */
export const FilePicker = React.forwardRef<HTMLInputElement, FilePickerProps>(function FilePicker(
  { accept, label, testId, onPick },
  ref,
) {
  return (
    <input
      ref={ref}
      style={{ display: "none" }}
      type="file"
      multiple
      accept={accept}
      aria-label={label}
      data-testid={testId}
      onChange={async (e) => {
        const input = e.currentTarget;
        const files = Array.from(input.files ?? []);
        input.value = "";
        await onPick(
          await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))),
        );
      }}
    />
  );
});
