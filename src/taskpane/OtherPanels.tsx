import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Suspense, useState } from "react";
import { a1 } from "../core/tables/a1";
import type { RecognisedTable, SheetData } from "../core/tables/model";
import { tableName } from "../report/findings";
import { startCheck } from "./check-client";
import { getSelection, readSheet, writeBlockIfEmpty } from "./excel-gateway";
import type { Strings } from "./strings";
import { NoticeBar, useNoticeAction } from "./notice";
import type { Notice } from "./notice";
import { ConfirmPart } from "./parts";
import { freePlaces, placementProblem, readsApart, withTemplate } from "./placement";
import { TemplateKind, buildTemplate, toDutchNotation, validateTemplateOptions } from "./templates";

/** Places tried (each a check of the rows around it) before the pane gives up looking. */
const MAX_PLACES = 12;

/** The sheet as the checker sees it and the tables it recognises there (checked in the worker). */
async function recognised(name: string): Promise<{ sheet: SheetData; tables: RecognisedTable[] }> {
  const sheet = await readSheet(name);
  const result = await startCheck([sheet], {}).result;
  return { sheet, tables: result.tables };
}

export const usePanelStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: "10px" },
  row: { display: "flex", gap: "8px", flexWrap: "wrap" },
  explain: { color: tokens.colorNeutralForeground2 },
  code: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all" },
  // minmax(0, …): a grid track of 1fr never shrinks below its content (the input's own width),
  // which cut the second field off at 270–350 px.
  years: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: "8px" },
  input: { minWidth: 0, width: "100%" },
});

export interface InsertPanelProps {
  s: Strings;
}

export function TemplatesPanel({ s }: InsertPanelProps) {
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
  // A place the user is asked about: the chosen one is not free, this one is the nearest that is.
  const [proposal, setProposal] = useState<{
    sheet: string;
    at: { row: number; col: number };
    reason: string;
  } | null>(null);

  /** Writes the template at `at` (never over anything), then checks the sheet again. */
  const place = async (sheet: string, at: { row: number; col: number }): Promise<Notice> => {
    const layout = buildTemplate(options, at);
    const outcome = await writeBlockIfEmpty(
      {
        row: at.row,
        col: at.col,
        cells: layout.cells,
        numberFormat: layout.numberFormat,
        boldRows: layout.boldRows,
      },
      sheet
    );
    if (!outcome.ok) return { intent: "warning", text: s.refused(outcome.occupied) };
    const after = await recognised(sheet);
    const own = after.tables.some((t) => t.range === layout.tableRange);
    return {
      intent: own ? "success" : "warning",
      text: s.inserted(
        a1(at.row, at.col),
        toDutchNotation(layout.check.formula),
        own ? layout.tableRange : null
      ),
    };
  };

  const insert = async () => {
    if (problem) return;
    setNotice(null);
    await run(async () => {
      const sel = await getSelection();
      const layout = buildTemplate(options, { row: sel.row, col: sel.col });
      const size = {
        rows: layout.cells.length,
        cols: Math.max(...layout.cells.map((r) => r.length)),
      };
      const { sheet, tables } = await recognised(sel.sheet);
      const block = {
        top: sel.row,
        left: sel.col,
        bottom: sel.row + size.rows - 1,
        right: sel.col + size.cols - 1,
      };
      const trouble = placementProblem(block, sheet, tables);
      // Is the template, written at `at`, read by the check as a table of its own, with every
      // table around it as it was? Checked on the rows concerned, before anything is written.
      const apart = async (at: { row: number; col: number }) => {
        const cells = buildTemplate(options, at);
        const band = withTemplate(sheet, tables, at, cells.cells);
        const after = await startCheck([band], {}).result;
        return readsApart(after.tables, tables, band, cells.tableRange);
      };
      const here = { row: sel.row, col: sel.col };
      if (!trouble && (await apart(here))) return place(sel.sheet, here);
      const reason = !trouble
        ? s.placeMerges
        : trouble.kind === "table"
          ? s.placeTable(tableName(trouble.table, s.tableKinds), trouble.table.range)
          : s.placeOccupied(trouble.cells);
      let at: { row: number; col: number } | null = null;
      let tried = 0;
      for (const p of freePlaces(size, here, sheet, tables)) {
        if (p.row === here.row && p.col === here.col) continue;
        if (++tried > MAX_PLACES) break;
        if (await apart(p)) {
          at = p;
          break;
        }
      }
      if (!at) return { intent: "warning", text: s.notPlaced(reason) };
      // Nothing is written without the user's yes; the dialog's chunk is loaded before it opens.
      await ConfirmPart.preload();
      setProposal({ sheet: sel.sheet, at, reason });
      return null;
    });
  };
  const declinePlace = () => {
    if (proposal) setNotice({ intent: "info", text: s.notPlaced(proposal.reason) });
    setProposal(null);
  };
  const acceptPlace = () => {
    const p = proposal;
    setProposal(null);
    if (p) void run(() => place(p.sheet, p.at));
  };
  return (
    <div className={styles.column}>
      <Text as="p" className={styles.explain}>
        {s.templatesExplain}
      </Text>
      <Field label={s.templateKind} size="small">
        <Select
          size="small"
          className={styles.input}
          select={{ className: styles.input }}
          value={kind}
          onChange={(_, d) => setKind(d.value as TemplateKind)}
        >
          <option value="garanties">{s.tableKinds.garanties}</option>
          <option value="uitgaven-ontvangsten">{s.tableKinds["uitgaven-ontvangsten"]}</option>
          <option value="benutting">{s.tableKinds.benutting}</option>
        </Select>
      </Field>
      <div className={styles.years}>
        <Field label={s.firstYear} size="small">
          <Input
            size="small"
            className={styles.input}
            value={first}
            inputMode="numeric"
            onChange={(_, d) => setFirst(d.value)}
          />
        </Field>
        <Field label={s.lastYear} size="small">
          <Input
            size="small"
            className={styles.input}
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
        <MessageBar intent="warning" layout="multiline">
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
      {proposal && (
        <Suspense fallback={null}>
          <ConfirmPart.Component
            title={s.placeTitle}
            body={s.placeAsk(proposal.reason, a1(proposal.at.row, proposal.at.col))}
            safe={s.cancel}
            act={s.placeAct(a1(proposal.at.row, proposal.at.col))}
            onSafe={declinePlace}
            onAct={acceptPlace}
          />
        </Suspense>
      )}
    </div>
  );
}
