import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import type { Lang } from "../../core/issues/describeIssue";

/* global navigator, document */

const WORDS = {
  vi: {
    title: "Đoạn báo cáo",
    copy: "Sao chép",
    copied: "Đã chép vào bộ nhớ tạm.",
    failed: "Không chép được: hãy chọn đoạn văn và bấm Ctrl+C.",
  },
  en: {
    title: "Report paragraph",
    copy: "Copy",
    copied: "Copied to the clipboard.",
    failed: "Could not copy: select the text and press Ctrl+C.",
  },
};

/** Copies text: the Clipboard API where the host allows it, else a selected textarea and "copy". */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    document.body.appendChild(area);
    area.select();
    const ok = typeof document.execCommand === "function" && document.execCommand("copy");
    area.remove();
    return ok;
  }
}

export interface ReportCardProps {
  text: string;
  lang: Lang;
}

/** "Đoạn báo cáo" after Tổng hợp: the report's sentences (always Vietnamese), with a copy button. */
export function ReportCard({ text, lang }: ReportCardProps) {
  const w = WORDS[lang];
  const [note, setNote] = React.useState<string | null>(null);
  return (
    <section aria-label={w.title}>
      <Text as="h2" weight="semibold" size={400}>
        {w.title}
      </Text>
      <Text as="p" lang="vi" data-testid="report-paragraph" style={{ whiteSpace: "pre-wrap" }}>
        {text}
      </Text>
      <Button onClick={() => void copyText(text).then((ok) => setNote(ok ? w.copied : w.failed))}>{w.copy}</Button>
      {note && (
        <Text size={200} role="status">
          {" "}
          {note}
        </Text>
      )}
    </section>
  );
}
