import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { CheckState } from "./use-checker";
import {
  getSelection,
  markCells,
  sheetExists,
  unmarkAll,
  writeBlockIfEmpty,
  writeReportSheet,
} from "./excel-gateway";
import { REPORT_SHEET, buildReportRows } from "./report";
import type { Strings } from "./strings";
import { NoticeBar, messageOf, useNoticeAction } from "./notice";
import { TemplateKind, buildTemplate, toDutchNotation, validateTemplateOptions } from "./templates";

export const usePanelStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: "10px" },
  row: { display: "flex", gap: "8px", flexWrap: "wrap" },
  explain: { color: tokens.colorNeutralForeground2 },
  code: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all" },
  years: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: "8px" },
});

export function MarkPanel({ s, state }: { s: Strings; state: CheckState }) {
  const styles = usePanelStyles();
  const { notice, busy, run } = useNoticeAction(s);
  const findings = state.result?.findings ?? [];
  const act = (f: () => Promise<string>) =>
    run(async () => ({ intent: "success", text: await f() }));
  return (
    <div className={styles.column}>
      <Text as="p" className={styles.explain}>
        {s.markExplain}
      </Text>
      {!state.result && <Text as="p">{s.markNeedsCheck}</Text>}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={busy || !state.result}
          onClick={() =>
            act(async () => {
              if (!findings.length) return s.nothingToMark;
              // One mark per cell, even when several rules report the same cell.
              const cells = [...new Map(findings.map((f) => [`${f.sheet}!${f.cell}`, f])).values()];
              await unmarkAll();
              await markCells(cells.map((f) => ({ sheet: f.sheet, address: f.cell })));
              return s.marked(cells.length);
            })
          }
        >
          {s.mark}
        </Button>
        <Button disabled={busy} onClick={() => act(async () => s.unmarked(await unmarkAll()))}>
          {s.unmark}
        </Button>
      </div>
      <NoticeBar notice={notice} />
    </div>
  );
}

export function ReportPanel({ s, state }: { s: Strings; state: CheckState }) {
  const styles = usePanelStyles();
  const { notice, setNotice, busy, run } = useNoticeAction(s);
  const [confirm, setConfirm] = useState(false);
  const write = async (replace: boolean) => {
    const result = state.result;
    if (!result) return;
    await run(async () => {
      const report = buildReportRows(result, state.sheets, state.options, new Date(), s);
      await writeReportSheet(REPORT_SHEET, report.rows, {
        replace,
        boldRows: report.boldRows,
        numberFormat: report.numberFormat,
      });
      return { intent: "success", text: s.reportWritten };
    });
  };
  const start = async () => {
    setNotice(null);
    try {
      if (await sheetExists(REPORT_SHEET)) setConfirm(true);
      else await write(false);
    } catch (e) {
      setNotice({ intent: "error", text: s.unexpected(messageOf(e)) });
    }
  };
  return (
    <div className={styles.column}>
      <Text as="p" className={styles.explain}>
        {s.reportExplain}
      </Text>
      {!state.result && <Text as="p">{s.reportNeedsCheck}</Text>}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || !state.result} onClick={() => void start()}>
          {s.writeReport}
        </Button>
      </div>
      <NoticeBar notice={notice} />
      <Dialog open={confirm} modalType="alert" onOpenChange={(_, d) => setConfirm(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{s.confirmTitle}</DialogTitle>
            <DialogContent>{s.confirmBody}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirm(false);
                  void write(true);
                }}
              >
                {s.replace}
              </Button>
              <Button
                onClick={() => {
                  setConfirm(false);
                  setNotice({ intent: "info", text: s.reportCancelled });
                }}
              >
                {s.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}

export function TemplatesPanel({ s }: { s: Strings }) {
  const styles = usePanelStyles();
  const thisYear = new Date().getFullYear();
  const [kind, setKind] = useState<TemplateKind>("garanties");
  const [first, setFirst] = useState(String(thisYear - 1));
  const [last, setLast] = useState(String(thisYear + 1));
  const [rows, setRows] = useState("5");
  const { notice, setNotice, busy, run } = useNoticeAction(s);
  const options = {
    kind,
    firstYear: Number(first),
    lastYear: Number(last),
    itemRows: Number(rows),
  };
  const problem = validateTemplateOptions(options);
  const problemText = (() => {
    if (!problem) return null;
    const t = s.templateProblems[problem.code];
    return typeof t === "function" ? t("max" in problem ? problem.max : 0) : t;
  })();
  const insert = async () => {
    if (problem) return;
    setNotice(null);
    await run(async () => {
      const sel = await getSelection();
      const layout = buildTemplate(options, { row: sel.row, col: sel.col });
      const outcome = await writeBlockIfEmpty(
        {
          row: sel.row,
          col: sel.col,
          cells: layout.cells,
          numberFormat: layout.numberFormat,
          boldRows: layout.boldRows,
        },
        sel.sheet
      );
      return outcome.ok
        ? {
            intent: "success",
            text: s.inserted(sel.address, toDutchNotation(layout.check.formula)),
          }
        : { intent: "warning", text: s.refused(outcome.occupied) };
    });
  };
  return (
    <div className={styles.column}>
      <Text as="p" className={styles.explain}>
        {s.templatesExplain}
      </Text>
      <Field label={s.templateKind} size="small">
        <Select size="small" value={kind} onChange={(_, d) => setKind(d.value as TemplateKind)}>
          <option value="garanties">{s.tableKinds.garanties}</option>
          <option value="uitgaven-ontvangsten">{s.tableKinds["uitgaven-ontvangsten"]}</option>
          <option value="benutting">{s.tableKinds.benutting}</option>
        </Select>
      </Field>
      <div className={styles.years}>
        <Field label={s.firstYear} size="small">
          <Input
            size="small"
            value={first}
            inputMode="numeric"
            onChange={(_, d) => setFirst(d.value)}
          />
        </Field>
        <Field label={s.lastYear} size="small">
          <Input
            size="small"
            value={last}
            inputMode="numeric"
            onChange={(_, d) => setLast(d.value)}
          />
        </Field>
      </div>
      {kind !== "benutting" && (
        <Field label={s.itemRows} size="small">
          <Input
            size="small"
            value={rows}
            inputMode="numeric"
            onChange={(_, d) => setRows(d.value)}
          />
        </Field>
      )}
      {problemText && (
        <MessageBar intent="warning">
          <MessageBarBody>{problemText}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={busy || problem !== null}
          onClick={() => void insert()}
        >
          {s.insert}
        </Button>
      </div>
      <NoticeBar notice={notice} />
    </div>
  );
}
