import * as React from "react";
import { Button, Field, Input } from "@fluentui/react-components";
import type { Lang } from "../../core/issues/describeIssue";

/* global localStorage */

const KEY = "xeploai.checker";

const WORDS = {
  vi: {
    name: "Người kiểm tra",
    hint: "Tên được nhớ trên máy này. Dấu kiểm tra ghi tên, thời gian, phiên bản và mã số của số liệu; nằm trong sổ làm việc, không ở ô nào.",
    // Not "… kiểm tra": the button Kiểm tra must stay the only one of that name.
    stamp: "Đóng dấu",
    section: "Dấu kiểm tra",
  },
  en: {
    name: "Checked by",
    hint: "The name is remembered on this machine. The stamp records the name, time, version and a digest of the figures, inside the workbook, in no cell.",
    stamp: "Stamp",
    section: "Check stamp",
  },
};

/** The name typed last time on this machine (the pane's storage; none where it is blocked). */
function remembered(): string {
  try {
    return localStorage.getItem(KEY) ?? "";
  } catch {
    return "";
  }
}

function remember(name: string): void {
  try {
    localStorage.setItem(KEY, name);
  } catch {
    // Storage blocked (a locked-down host): the name is asked again next time.
  }
}

export interface StampCardProps {
  lang: Lang;
  disabled: boolean;
  onStamp: (checker: string) => void;
}

/** After a Kiểm tra with no error: the checker's name and Đóng dấu (the stamp). */
export function StampCard({ lang, disabled, onStamp }: StampCardProps) {
  const w = WORDS[lang];
  const [name, setName] = React.useState(remembered);
  return (
    <section aria-label={w.section}>
      <Field label={w.name} hint={w.hint}>
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Button
        disabled={disabled || !name.trim()}
        onClick={() => {
          remember(name.trim());
          onStamp(name.trim());
        }}
      >
        {w.stamp}
      </Button>
    </section>
  );
}
