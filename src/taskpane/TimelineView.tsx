/**
 * The timeline per scheme, shared by the task pane's comparison and the web page: pick a scheme,
 * see per measure and year what each document gives (R = realisatie, r = raming), with the file
 * and cell in each value's title. Realisations of one year that disagree are marked: that is
 * the cross-document error the findings list names. The timelines come from the worker's
 * comparison (core/documents); nothing is recomputed here.
 */
import { Field, Select, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { formatDutch } from "../core/amount";
import { MEASURE_LABEL, type Timeline, type TimelineEntry } from "../core/documents";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", rowGap: "6px", minWidth: 0 },
  // The table scrolls inside its own box, so the page never scrolls sideways at 270 px.
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  th: {
    textAlign: "right",
    fontWeight: tokens.fontWeightSemibold,
    padding: "2px 6px",
    whiteSpace: "nowrap",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // The figure's name may wrap ("risicovoorziening / 2020"); the amounts never do.
  rowHead: { textAlign: "left", fontWeight: tokens.fontWeightRegular, whiteSpace: "normal" },
  td: { textAlign: "right", padding: "2px 6px", whiteSpace: "nowrap" },
  mismatch: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  meta: { color: tokens.colorNeutralForeground3 },
  // Fluent's Select keeps a minimum width of its own; at 270 px it must shrink with the pane.
  select: { minWidth: 0, width: "100%" },
});

/** Whether the realisations given for one figure disagree. */
export function realisationsDisagree(entries: readonly TimelineEntry[]): boolean {
  const values = new Set(entries.filter((e) => e.kind === "realisatie").map((e) => e.value));
  return values.size > 1;
}

/** The documents in the order they first appear (the comparison's publication order). */
function documentsOf(timelines: readonly Timeline[]): string[] {
  const out: string[] = [];
  for (const t of timelines)
    for (const f of t.figures)
      for (const e of f.entries) if (!out.includes(e.document)) out.push(e.document);
  return out;
}

export function TimelineView({
  timelines,
  idPrefix,
}: {
  timelines: readonly Timeline[];
  /** Keeps the ids unique when both the pane and a page show a timeline. */
  idPrefix: string;
}) {
  const styles = useStyles();
  const [chosen, setChosen] = useState(0);
  if (!timelines.length) return null;
  const index = chosen < timelines.length ? chosen : 0;
  const timeline = timelines[index];
  const documents = documentsOf(timelines);
  const headingId = `${idPrefix}-tijdlijn`;
  return (
    <section className={styles.column} aria-labelledby={headingId} data-testid="timeline">
      <Text as="h3" size={400} weight="semibold" id={headingId}>
        Tijdlijn per regeling
      </Text>
      <Field label="Regeling" size="small">
        <Select
          size="small"
          className={styles.select}
          select={{ className: styles.select }}
          value={String(index)}
          data-testid="timeline-scheme"
          onChange={(_, d) => setChosen(Number(d.value))}
        >
          {timelines.map((t, i) => (
            <option key={`${i}:${t.scheme}`} value={String(i)}>
              {t.scheme}
            </option>
          ))}
        </Select>
      </Field>
      <Text size={200} className={styles.meta}>
        R = realisatie, r = raming; realisaties die verschillen zijn gemarkeerd. Bestand en cel
        staan bij elk bedrag (wijs het aan).
      </Text>
      <div
        className={styles.scroll}
        data-scroll-inside=""
        tabIndex={0}
        aria-label={`Tijdlijn ${timeline.scheme}`}
      >
        <table className={styles.table} data-testid="timeline-table">
          <thead>
            <tr>
              <th className={mergeClasses(styles.th, styles.rowHead)} scope="col">
                Cijfer
              </th>
              {documents.map((d) => (
                <th key={d} className={styles.th} scope="col">
                  {d}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {timeline.figures.map((f) => {
              const mismatch = realisationsDisagree(f.entries);
              return (
                <tr
                  key={`${f.measure}:${f.year}`}
                  data-testid="timeline-row"
                  data-measure={f.measure}
                  data-year={f.year}
                  data-mismatch={mismatch ? "true" : undefined}
                  className={mismatch ? styles.mismatch : undefined}
                >
                  <th className={mergeClasses(styles.td, styles.rowHead)} scope="row">
                    {`${MEASURE_LABEL[f.measure]} ${f.year}`}
                  </th>
                  {documents.map((d) => {
                    const e = f.entries.find((x) => x.document === d);
                    if (!e)
                      return (
                        <td key={d} className={styles.td} aria-label="niet gegeven">
                          ·
                        </td>
                      );
                    return (
                      <td
                        key={d}
                        className={styles.td}
                        data-testid="timeline-cell"
                        data-document={d}
                        data-kind={e.kind}
                        title={`${e.kind} · ${e.file} · '${e.sheet}'!${e.cell}`}
                      >
                        {`${formatDutch(e.value)} ${e.kind === "realisatie" ? "R" : "r"}`}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
