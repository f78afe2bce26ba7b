/**
 * A question before the add-in changes something of the user's workbook (replace the report
 * sheet, place a template elsewhere). The safe choice comes first and has the focus; Escape and
 * every other way of closing mean the same as that choice. Loaded on demand (see lazy.tsx): Fluent's
 * Dialog and its motion are not needed until the pane asks.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";

export interface ConfirmDialogProps {
  title: string;
  body: string;
  /** The label of the safe choice (Annuleren). */
  safe: string;
  /** The label of the choice that changes the workbook. */
  act: string;
  onSafe: () => void;
  onAct: () => void;
}

export default function ConfirmDialog({
  title,
  body,
  safe,
  act,
  onSafe,
  onAct,
}: ConfirmDialogProps) {
  const safeButton = useRef<HTMLButtonElement>(null);
  // The dialog focuses its first focusable element when tabster can find it; the safe button is
  // first, and focusing it here as well makes that hold wherever tabster cannot (jsdom).
  useEffect(() => {
    safeButton.current?.focus();
  }, []);
  return (
    <Dialog
      open
      modalType="alert"
      onOpenChange={(_, d) => {
        if (!d.open) onSafe();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{body}</DialogContent>
          <DialogActions>
            <Button ref={safeButton} onClick={onSafe}>
              {safe}
            </Button>
            <Button appearance="primary" onClick={onAct}>
              {act}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
