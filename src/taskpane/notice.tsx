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
        <MessageBar intent={notice.intent}>
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
      setNotice({ intent: "error", text: s.unexpected(messageOf(e)) });
    } finally {
      setBusy(false);
    }
  };
  return { notice, setNotice, busy, run };
}
