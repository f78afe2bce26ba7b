/** The pane's status messages: one notice bar and one way to run an Excel action behind it. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import type { Strings } from "./strings";

export type Notice = { intent: "success" | "error" | "warning" | "info"; text: string } | null;

export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function NoticeBar({ notice }: { notice: Notice }) {
  return (
    <div aria-live="polite">
      {notice && (
        // layout="multiline": Fluent measures a bar once; a longer text replacing a short one in
        // the same bar would stay cut off on one line. key: a new text is a new announcement.
        <MessageBar intent={notice.intent} layout="multiline" key={notice.text}>
          <MessageBarBody data-testid="notice">{notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

/**
 * A notice plus a busy flag, and `run(action)`: shows the notice the action returns, or the
 * unexpected error it throws, and keeps the buttons disabled while it runs.
 */
export function useNoticeAction(s: Strings) {
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<Notice>): Promise<void> => {
    setBusy(true);
    try {
      setNotice(await action());
    } catch (e) {
      setNotice({ intent: "error", text: s.unexpected(e) });
    } finally {
      setBusy(false);
    }
  };
  return { notice, setNotice, busy, run };
}
