/**
 * The documents being compared (each with its type and year, identified or set by hand), progress,
 * the summary and the timelines: shown once files are picked, a chunk of its own (parts.ts:
 * CompareDetailsPart) so that the Controle tab opens without it.
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Suspense } from "react";
import {
  documentLabel,
  type DocumentId,
  type DocumentIdentification,
  type DocumentType,
} from "../core/documents";
import { compareStrings } from "./compare-strings";
import type { CompareApi } from "./ComparePanel";
import { TimelinePart } from "./parts";
import type { Strings } from "./strings";
import { THIS_WORKBOOK } from "./workbook-name";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: "6px", minWidth: 0 },
  doc: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    minWidth: 0,
    paddingTop: "4px",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  pickers: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 3fr) minmax(0, 2fr)",
    gap: "6px",
  },
  select: { minWidth: 0, width: "100%" },
  buttons: {
    display: "flex",
    gap: "6px",
    flexWrap: "wrap",
    "& > button": { flexGrow: 1, minWidth: 0 },
  },
});

const YEARS_BACK = 12;
const YEARS_AHEAD = 4;

function DocumentPicker({
  identification,
  chosen,
  label,
  disabled,
  onChange,
  s,
}: {
  identification: DocumentIdentification | undefined;
  chosen: DocumentId | undefined;
  label: string;
  disabled: boolean;
  onChange: (d: DocumentId | undefined) => void;
  s: Strings;
}) {
  const styles = useStyles();
  const c = compareStrings(s);
  const shown = chosen ?? identification?.id ?? undefined;
  const thisYear = new Date().getFullYear();
  const year = shown?.year ?? thisYear;
  const years: number[] = [];
  for (
    let y = Math.min(year, thisYear - YEARS_BACK);
    y <= Math.max(year, thisYear + YEARS_AHEAD);
    y++
  )
    years.push(y);
  return (
    <div className={styles.pickers}>
      <Field label={c.typeShort} size="small">
        <Select
          size="small"
          aria-label={c.documentType(label)}
          className={styles.select}
          select={{ className: styles.select }}
          disabled={disabled}
          value={chosen ? chosen.type : ""}
          onChange={(_, d) =>
            onChange(d.value === "" ? undefined : { type: d.value as DocumentType, year })
          }
        >
          <option value="">
            {c.automatic}
            {identification?.id ? `: ${documentLabel(identification.id)}` : ""}
          </option>
          <option value="begroting">{c.begroting}</option>
          <option value="jaarverslag">{c.jaarverslag}</option>
        </Select>
      </Field>
      <Field label={c.yearShort} size="small">
        <Select
          size="small"
          aria-label={c.documentYear(label)}
          className={styles.select}
          select={{ className: styles.select }}
          disabled={disabled || !chosen}
          value={String(year)}
          onChange={(_, d) => chosen && onChange({ type: chosen.type, year: Number(d.value) })}
        >
          {years.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}

export interface CompareDetailsProps {
  s: Strings;
  compare: CompareApi;
}

export function CompareDetails({ s, compare }: CompareDetailsProps) {
  const styles = useStyles();
  const c = compareStrings(s);
  const { state } = compare;
  const docOf = (file: string) => state.result?.documents.find((d) => d.file === file);
  const errorOf = (file: string) => state.result?.errors.find((e) => e.file === file);
  const compared = state.result?.documents.filter((d) => d.id).length ?? 0;
  const findings = state.result?.findings ?? [];
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;

  const docBlock = (file: string, label: string, chosen: DocumentId | undefined, own: boolean) => {
    const ident = docOf(file);
    const unreadable = errorOf(file);
    return (
      <div key={`${own ? "w" : "f"}:${file}`} className={styles.doc} data-testid="compare-document">
        <Text size={200} className={styles.name}>
          {!own ? file : file === THIS_WORKBOOK ? file : `${file} (${c.thisWorkbook})`}
        </Text>
        {unreadable ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody data-testid="compare-file-error">
              {c.unreadable(file, unreadable.message)}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <>
            {ident && (
              <Text size={200} className={styles.meta} data-testid="compare-identified">
                {ident.id
                  ? c.identified(documentLabel(ident.id), ident.reason)
                  : c.unknown(ident.reason)}
              </Text>
            )}
            <DocumentPicker
              identification={ident}
              chosen={chosen}
              label={label}
              disabled={state.running}
              s={s}
              onChange={(d) => compare.setDocument(own ? null : file, d)}
            />
          </>
        )}
      </div>
    );
  };

  return (
    <section className={styles.column} aria-label={c.compareHeading} data-testid="compare">
      {docBlock(state.workbookFile, c.thisWorkbook, state.workbookDocument, true)}
      {state.files.map((f) => docBlock(f.name, f.name, f.document, false))}
      <div aria-live="polite" className={styles.column}>
        {state.running && (
          <>
            <Field
              validationMessage={
                state.progress
                  ? state.progress.phase === "workbook"
                    ? s.progress(state.progress.index, state.progress.total, state.progress.name)
                    : c.reading(state.progress.index, state.progress.total, state.progress.name)
                  : c.comparing
              }
              validationState="none"
            >
              <ProgressBar aria-label={c.comparing} />
            </Field>
            <div>
              <Button size="small" onClick={compare.cancel}>
                {s.cancelCheck}
              </Button>
            </div>
          </>
        )}
        {state.cancelled && !state.running && (
          <Text size={200} className={styles.meta}>
            {c.cancelled}
          </Text>
        )}
        {state.error !== null && !state.running && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody data-testid="compare-error">{s.unexpected(state.error)}</MessageBarBody>
          </MessageBar>
        )}
        {state.result && !state.running && (
          <MessageBar
            layout="multiline"
            intent={
              compared < 2
                ? "info"
                : errors
                  ? "error"
                  : warnings
                    ? "warning"
                    : findings.length
                      ? "info"
                      : "success"
            }
          >
            <MessageBarBody data-testid="compare-summary">
              {compared < 2 ? c.notCompared : c.summary(findings)}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.result && !state.running && (
          <Suspense fallback={null}>
            <TimelinePart.Component timelines={state.result.timelines} idPrefix="vergelijk" />
          </Suspense>
        )}
      </div>
      <div className={styles.buttons}>
        <Button size="small" disabledFocusable={state.running} onClick={compare.again}>
          {c.again}
        </Button>
        <Button size="small" onClick={compare.close}>
          {c.close}
        </Button>
      </div>
    </section>
  );
}
