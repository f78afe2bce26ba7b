import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  CheckmarkCircle16Filled,
  ErrorCircle16Filled,
  Warning16Filled,
} from "@fluentui/react-icons";
import { useState } from "react";
import type { CheckOptions, CheckResult, Finding } from "../core/tables/model";
import { selectCell } from "./excel-gateway";
import { ruleTitle } from "../core/rules";
import { summaryText } from "./report";
import type { Strings } from "./strings";
import type { CheckScope, CheckState } from "./use-checker";
import { parseField } from "./calculators";

const useStyles = makeStyles({
  buttons: { display: "flex", gap: "8px", flexWrap: "wrap", "& > button": { flexGrow: 1 } },
  options: {
    display: "flex",
    flexDirection: "column",
    gap: "4px",
    padding: "8px 0 0",
    margin: 0,
    border: "none",
  },
  legend: { padding: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  group: { marginTop: "12px" },
  groupHead: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "baseline",
    gap: "8px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: "2px",
    marginBottom: "4px",
  },
  groupTitle: { fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "grid",
    gridTemplateColumns: "20px 1fr",
    columnGap: "6px",
    width: "100%",
    textAlign: "left",
    padding: "6px 4px",
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  icon: { paddingTop: "1px" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  rule: { fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground2 },
  cell: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorBrandForeground1 },
  summary: { marginTop: "8px" },
});

function FindingItem({ f, s }: { f: Finding; s: Strings }) {
  const styles = useStyles();
  const [error, setError] = useState<string | null>(null);
  const label = f.severity === "error" ? s.severity.error : s.severity.warning;
  return (
    <li>
      <button
        type="button"
        className={styles.item}
        title={s.goToCell(`${f.sheet}!${f.cell}`)}
        data-cell={`${f.sheet}!${f.cell}`}
        onClick={() => {
          setError(null);
          selectCell({ sheet: f.sheet, address: f.cell }).catch((e: unknown) =>
            setError(s.unexpected(e instanceof Error ? e.message : String(e)))
          );
        }}
      >
        <span className={styles.icon}>
          {f.severity === "error" ? (
            <ErrorCircle16Filled className={styles.error} aria-label={label} role="img" />
          ) : (
            <Warning16Filled className={styles.warning} aria-label={label} role="img" />
          )}
        </span>
        <span>
          <span className={styles.rule}>{ruleTitle(f.rule)}</span>{" "}
          <span className={styles.cell}>{f.cell}</span>
          <br />
          {/* Core's message already says where the cell is and what was expected and found. */}
          <span className={styles.meta}>{f.message}</span>
        </span>
      </button>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </li>
  );
}

export function Findings({ result, s }: { result: CheckResult; s: Strings }) {
  const styles = useStyles();
  return (
    <div>
      {result.tables.map((t, i) => {
        const findings = result.findings.filter((f) => f.table === i);
        const headingId = `tabel-${i}`;
        return (
          <section key={i} className={styles.group} aria-labelledby={headingId}>
            <div className={styles.groupHead}>
              <Text as="h3" id={headingId} size={300} className={styles.groupTitle}>
                {t.title ? t.title.replace(/\s*\(bedragen.*$/i, "") : s.tableKinds[t.kind]}
              </Text>
              <Text size={200} className={styles.meta}>
                {t.sheet}!{t.range}
              </Text>
            </div>
            {findings.length ? (
              <ul className={styles.list} aria-label={s.findingsOf(findings.length)}>
                {findings.map((f) => (
                  <FindingItem key={f.id} f={f} s={s} />
                ))}
              </ul>
            ) : (
              <Text size={200}>
                <CheckmarkCircle16Filled className={styles.ok} aria-hidden /> {s.findingsOf(0)}
              </Text>
            )}
          </section>
        );
      })}
    </div>
  );
}

export function CheckPanel({
  s,
  state,
  run,
}: {
  s: Strings;
  state: CheckState;
  run: (scope: CheckScope, options: CheckOptions) => Promise<void>;
}) {
  const styles = useStyles();
  const [tolerance, setTolerance] = useState("0");
  const [rounding, setRounding] = useState(false);
  const parsed = parseField(tolerance);
  const toleranceError =
    parsed.ok && (parsed.value ?? 0) >= 0 ? null : s.toleranceInvalid(tolerance);
  const start = (scope: CheckScope) => {
    if (toleranceError || !parsed.ok) return;
    void run(scope, { tolerance: parsed.value ?? 0, rounding });
  };
  const result = state.result;
  const errors = result?.findings.filter((f) => f.severity === "error").length ?? 0;
  return (
    <div>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={state.running} onClick={() => start("sheet")}>
          {s.checkSheet}
        </Button>
        <Button disabled={state.running} onClick={() => start("workbook")}>
          {s.checkWorkbook}
        </Button>
      </div>
      <fieldset className={styles.options}>
        <legend className={styles.legend}>{s.optionsLabel}</legend>
        <Field
          label={s.tolerance}
          hint={s.toleranceHint}
          validationState={toleranceError ? "error" : "none"}
          validationMessage={toleranceError ?? undefined}
          size="small"
        >
          <Input
            size="small"
            value={tolerance}
            onChange={(_, d) => setTolerance(d.value)}
            inputMode="decimal"
          />
        </Field>
        <Checkbox
          checked={rounding}
          onChange={(_, d) => setRounding(d.checked === true)}
          label={s.rounding}
        />
      </fieldset>
      <div aria-live="polite">
        {state.running && (
          <Field
            validationMessage={
              state.progress
                ? s.progress(state.progress.index, state.progress.total, state.progress.sheet)
                : s.checking
            }
            validationState="none"
          >
            <ProgressBar
              value={state.progress ? state.progress.index / state.progress.total : undefined}
              aria-label={s.checking}
            />
          </Field>
        )}
        {state.error && (
          <MessageBar intent="error">
            <MessageBarBody>{s.unexpected(state.error)}</MessageBarBody>
          </MessageBar>
        )}
        {result && !state.running && (
          <MessageBar
            className={styles.summary}
            intent={
              errors
                ? "error"
                : result.findings.length
                  ? "warning"
                  : result.tables.length
                    ? "success"
                    : "info"
            }
          >
            <MessageBarBody data-testid="summary">
              {summaryText(result, s)}
              {state.refreshed ? ` ${s.refreshed(state.refreshed)}` : ""}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {result && <Findings result={result} s={s} />}
      {result && result.tables.length > 0 && (
        <Text size={200} as="p" className={styles.meta}>
          {s.live}
        </Text>
      )}
    </div>
  );
}
