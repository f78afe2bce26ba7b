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
import { useState } from "react";
import { getSelection, writeBlockIfEmpty } from "./excel-gateway";
import type { Strings } from "./strings";
import { NoticeBar, useNoticeAction } from "./notice";
import { TemplateKind, buildTemplate, toDutchNotation, validateTemplateOptions } from "./templates";

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
    </div>
  );
}
