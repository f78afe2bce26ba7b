/**
 * controle.html: the same check without Office. Drop or pick .xlsx files; each is read in this
 * browser with the project's reader and checked in a worker with the same rules; nothing is sent
 * anywhere. The findings use the task pane's list; the report downloads as one HTML file.
 */
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { documentLabel, type CrossDocumentResult } from "../core/documents";
import type { CheckOptions } from "../core/tables/model";
import { crossItems, uniqueNames } from "../report/cross-items";
import { htmlReport, summaryLine } from "../report/html";
import type { ReportFile } from "../report/html";
import { parseTolerance, type ToleranceResult } from "../core/tolerance";
import { FindingsList } from "../taskpane/FindingsList";
import { TimelineView } from "../taskpane/TimelineView";
import { compareStrings } from "../taskpane/compare-strings";
import { dutch as s } from "../taskpane/strings";
import type { FileAnswer, WebRequest } from "./protocol";

const c = compareStrings(s);
const WORDS = { expected: s.expected, found: s.found, difference: s.difference };
/** The list's input for the findings between documents (no tables of its own). */
const NO_CHECK = { tables: [], findings: [] };

export interface WorkerPort {
  postMessage(m: WebRequest, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((e: { data: FileAnswer }) => void) | null;
  onerror: ((e: { message?: string }) => void) | null;
}

const useStyles = makeStyles({
  page: {
    maxWidth: "1100px",
    margin: "0 auto",
    padding: "16px",
    display: "flex",
    flexDirection: "column",
    gap: "12px",
    minWidth: 0,
  },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: "24px 16px",
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: "8px",
    textAlign: "center",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  dragging: {
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  options: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(200px, 1fr))",
    gap: "8px",
    alignItems: "end",
  },
  file: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: "8px",
    display: "flex",
    flexDirection: "column",
    gap: "6px",
    minWidth: 0,
  },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
});

/** The comparison of the files with each other, once every file is checked (two or more). */
interface BetweenState {
  key: number;
  status: "running" | "done" | "error";
  result?: CrossDocumentResult;
  error?: string;
}

interface FileState extends ReportFile {
  key: number;
  status: "reading" | "checking" | "done";
  progress: { done: number; total: number } | null;
}

/** Lower-case hex SHA-256, or undefined where the browser offers no Web Crypto (insecure origin). */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  const digest = new Uint8Array(await subtle.digest("SHA-256", bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/html;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function WebApp({ makeWorker }: { makeWorker: () => WorkerPort }) {
  const styles = useStyles();
  const [files, setFiles] = useState<FileState[]>([]);
  const [tolerance, setTolerance] = useState("0");
  const [rounding, setRounding] = useState(false);
  const [ceiling, setCeiling] = useState<"bruto" | "netto">("bruto");
  const [dragging, setDragging] = useState(false);
  const [checkedAt, setCheckedAt] = useState<Date | null>(null);
  const [usedOptions, setUsedOptions] = useState<CheckOptions>({});
  const [between, setBetween] = useState<BetweenState | null>(null);
  const worker = useRef<WorkerPort | null>(null);
  const nextKey = useRef(1);
  const betweenKey = useRef(-1);
  const parsed: ToleranceResult =
    tolerance.trim() === "" ? { ok: true, value: 0 } : parseTolerance(tolerance);
  const toleranceError = parsed.ok ? null : s.toleranceInvalid(tolerance, parsed.reason);

  // The worker is made at once, so that the page works offline once it has loaded.
  const port = () => {
    if (!worker.current) {
      const w = makeWorker();
      w.onmessage = (e) => {
        const a = e.data;
        if (a.id === betweenKey.current) {
          if (a.type === "compared") {
            setBetween((b) => b && { ...b, status: "done", result: a.result });
          } else if (a.type === "error") {
            setBetween((b) => b && { ...b, status: "error", error: a.error.message });
          }
          return;
        }
        if (a.type === "compared") return;
        setFiles((fs) =>
          fs.map((f) => {
            if (f.key !== a.id) return f;
            if (a.type === "progress") {
              return {
                ...f,
                status: a.phase === "read" ? "reading" : "checking",
                progress: { done: a.done, total: a.total },
              };
            }
            if (a.type === "result") {
              return {
                ...f,
                status: "done",
                progress: null,
                result: a.result,
                crossTable: a.crossTable,
              };
            }
            return { ...f, status: "done", progress: null, error: a.error };
          })
        );
      };
      w.onerror = (e) => {
        setFiles((fs) =>
          fs.map((f) =>
            f.status === "done"
              ? f
              : {
                  ...f,
                  status: "done",
                  progress: null,
                  error: {
                    code: "internal",
                    message: e.message || "de controle kon niet starten.",
                  },
                }
          )
        );
        setBetween((b) =>
          b && b.status === "running"
            ? { ...b, status: "error", error: e.message || "de vergelijking kon niet starten." }
            : b
        );
        worker.current = null;
      };
      worker.current = w;
    }
    return worker.current;
  };
  useEffect(() => {
    port();
    return () => worker.current?.terminate();
  }, []);

  const start = async (list: File[]) => {
    if (!list.length || toleranceError || !parsed.ok) return;
    const options: CheckOptions = { tolerance: parsed.value, rounding, ceiling };
    setUsedOptions(options);
    setCheckedAt(new Date());
    // Findings between documents name the files: two files of one name get "(2)".
    const names = uniqueNames(
      list.map((f) => f.name),
      []
    );
    const entries = list.map((f, i) => ({ file: f, name: names[i], key: nextKey.current++ }));
    setBetween(null);
    betweenKey.current = -1;
    port().postMessage({ type: "forget" });
    setFiles(
      entries.map(({ file, name, key }) => ({
        key,
        name,
        size: file.size,
        status: "reading",
        progress: null,
      }))
    );
    for (const { file, name, key } of entries) {
      const bytes = await file.arrayBuffer();
      const sha256 = await sha256Hex(bytes);
      setFiles((fs) => fs.map((f) => (f.key === key ? { ...f, sha256 } : f)));
      port().postMessage({ id: key, name, bytes, options }, [bytes]);
    }
  };

  // Once every file is checked, two or more that could be read are compared (in the worker,
  // which kept them), as `ekv check a.xlsx b.xlsx` does.
  const filesDone = files.length > 0 && files.every((f) => f.status === "done");
  useEffect(() => {
    if (!filesDone || between) return;
    const read = files.filter((f) => f.result);
    if (read.length < 2) return;
    const key = nextKey.current++;
    betweenKey.current = key;
    setBetween({ key, status: "running" });
    port().postMessage({ type: "compare", id: key, files: read.map((f) => ({ id: f.key })) });
  }, [filesDone, files, between]);

  const cancel = () => {
    worker.current?.terminate();
    worker.current = null;
    setFiles((fs) =>
      fs.map((f) =>
        f.status === "done"
          ? f
          : {
              ...f,
              status: "done",
              progress: null,
              error: { code: "cancelled", message: "afgebroken." },
            }
      )
    );
    // The new worker has not kept the files read so far: no comparison of an incomplete set.
    if (files.length > 1) {
      setBetween((b) =>
        b?.status === "done" ? b : { key: -1, status: "error", error: "afgebroken." }
      );
    }
    port();
  };

  const busy = files.some((f) => f.status !== "done") || between?.status === "running";
  const report = () =>
    download(
      `controle-${(checkedAt ?? new Date()).toISOString().slice(0, 10)}.html`,
      htmlReport({
        files,
        options: usedOptions,
        date: checkedAt ?? new Date(),
        generator: "controle.html (ekv-begroting)",
        ...(between?.result ? { between: between.result } : {}),
      })
    );

  return (
    <main
      className={styles.page}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void start(Array.from(e.dataTransfer.files));
      }}
    >
      <Text as="h1" size={600} weight="semibold">
        Controle van de garantietabellen
      </Text>
      <Text as="p">
        Controleert de garantietabellen van de begroting (verstrekte garanties, uitgaven en
        ontvangsten, benutting) in .xlsx-bestanden, met dezelfde regels als de
        Excel-invoegtoepassing en <code>ekv check</code>. De bestanden worden in deze browser
        gelezen en gecontroleerd: er wordt niets verstuurd, en na het laden werkt de pagina ook
        zonder netwerk. Geeft u meer bestanden tegelijk (begrotingen en jaarverslagen, in
        willekeurige volgorde), dan worden ze ook met elkaar vergeleken, zoals{" "}
        <code>ekv check a.xlsx b.xlsx</code> doet: realisaties die verschillen, bijgestelde ramingen
        en verdwenen regelingen.
      </Text>
      <div className={mergeClasses(styles.drop, dragging && styles.dragging)} data-testid="drop">
        <Text weight="semibold">Sleep .xlsx-bestanden hierheen, of kies ze:</Text>
        <input
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple
          aria-label="Kies .xlsx-bestanden"
          data-testid="file-input"
          onChange={(e) => {
            void start(Array.from(e.currentTarget.files ?? []));
            e.currentTarget.value = "";
          }}
        />
      </div>
      <fieldset className={styles.options} style={{ border: "none", padding: 0, margin: 0 }}>
        <legend className={styles.meta}>{s.optionsLabel}</legend>
        <Field
          label={s.tolerance}
          validationState={toleranceError ? "error" : "none"}
          validationMessage={toleranceError ?? undefined}
          size="small"
        >
          <Input size="small" value={tolerance} onChange={(_, d) => setTolerance(d.value)} />
        </Field>
        <Field label={s.ceilingLabel} size="small">
          <Select
            size="small"
            value={ceiling}
            onChange={(_, d) => setCeiling(d.value === "netto" ? "netto" : "bruto")}
          >
            <option value="bruto">{s.ceilingKinds.bruto}</option>
            <option value="netto">{s.ceilingKinds.netto}</option>
          </Select>
        </Field>
        <Checkbox
          checked={rounding}
          onChange={(_, d) => setRounding(d.checked === true)}
          label={s.rounding}
        />
      </fieldset>
      {busy && (
        <div className={styles.row} aria-live="polite">
          <ProgressBar aria-label={s.checking} style={{ flexGrow: 1, minWidth: "120px" }} />
          <Button size="small" onClick={cancel}>
            {s.cancelCheck}
          </Button>
        </div>
      )}
      {files.length > 0 && !busy && (
        <div className={styles.row}>
          <Button appearance="primary" onClick={report} data-testid="download">
            Download rapport (HTML)
          </Button>
          <Text size={200} className={styles.meta}>
            Met bestandsnamen en SHA-256, datum, opties, herkende tabellen en alle bevindingen.
          </Text>
        </div>
      )}
      {between && (
        <section className={styles.file} aria-labelledby="tussen-documenten" data-testid="between">
          <Text as="h2" size={500} weight="semibold" id="tussen-documenten">
            Tussen documenten
          </Text>
          {between.status === "running" && <Text size={200}>{c.comparing}</Text>}
          {between.status === "error" && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody data-testid="between-error">
                De vergelijking tussen documenten: {between.error}
              </MessageBarBody>
            </MessageBar>
          )}
          {between.result && (
            <>
              <ul className={styles.meta} style={{ margin: 0, paddingLeft: "20px" }}>
                {between.result.documents.map((d) => (
                  <li key={d.file} data-testid="between-document">
                    {d.file}:{" "}
                    {d.id
                      ? `${documentLabel(d.id)} (${d.reason})`
                      : `niet vergeleken — document en jaar onbekend: ${d.reason}`}
                  </li>
                ))}
              </ul>
              <MessageBar
                layout="multiline"
                intent={
                  between.result.documents.filter((d) => d.id).length < 2
                    ? "info"
                    : between.result.findings.some((x) => x.severity === "error")
                      ? "error"
                      : between.result.findings.some((x) => x.severity === "warning")
                        ? "warning"
                        : between.result.findings.length
                          ? "info"
                          : "success"
                }
              >
                <MessageBarBody data-testid="between-summary">
                  {between.result.documents.filter((d) => d.id).length < 2
                    ? c.notCompared
                    : c.summary(between.result.findings)}
                </MessageBarBody>
              </MessageBar>
              {between.result.findings.length > 0 && (
                <FindingsList
                  result={NO_CHECK}
                  cross={crossItems(between.result.findings, null, WORDS)}
                  s={s}
                  headingLevel={3}
                  idPrefix="tussen"
                />
              )}
              <TimelineView timelines={between.result.timelines} idPrefix="tussen" />
            </>
          )}
        </section>
      )}
      {files.map((f, i) => (
        <section key={f.key} className={styles.file} aria-labelledby={`bestand-${f.key}`}>
          <Text as="h2" size={500} weight="semibold" id={`bestand-${f.key}`}>
            {f.name}
          </Text>
          <Text size={200} className={styles.meta} data-testid="file-meta">
            {f.size?.toLocaleString("nl-NL")} bytes · SHA-256 {f.sha256 ?? "…"}
          </Text>
          {f.status !== "done" && (
            <Text size={200}>
              {f.status === "reading"
                ? "Lezen…"
                : f.progress
                  ? `Tabel ${f.progress.done} van ${f.progress.total} gecontroleerd`
                  : s.checking}
            </Text>
          )}
          {f.error && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody data-testid="file-error">
                {f.name}: {f.error.message}
              </MessageBarBody>
            </MessageBar>
          )}
          {f.result && (
            <>
              <MessageBar
                layout="multiline"
                intent={
                  f.result.findings.some((x) => x.severity === "error")
                    ? "error"
                    : f.result.findings.length
                      ? "warning"
                      : f.result.tables.length
                        ? "success"
                        : "info"
                }
              >
                <MessageBarBody data-testid="file-summary">{summaryLine(f.result)}</MessageBarBody>
              </MessageBar>
              {f.crossTable && f.crossTable.length > 0 && (
                <Text size={200} className={styles.meta} data-testid="file-cross-table">
                  {c.crossTable(f.crossTable)}
                </Text>
              )}
              <FindingsList
                result={f.result}
                cross={crossItems(f.crossTable ?? [], f.name, WORDS)}
                s={s}
                headingLevel={3}
                idPrefix={`bestand-${i}`}
              />
            </>
          )}
        </section>
      ))}
    </main>
  );
}
