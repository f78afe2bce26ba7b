/**
 * Coverage per recognised table (issue 8), as the CLI gives it: one line "N bedragen
 * gecontroleerd, M niet", and on demand the ranges that were not checked with the reason (from the
 * core, in Dutch); a range selects its cells in Excel. Arelle's principle: say what could not be
 * checked.
 */
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import { useState } from "react";
import type { RecognisedTable } from "../core/tables/model";
import { tableName } from "../report/findings";
import type { Strings } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "4px", minWidth: 0 },
  dimmed: { opacity: 0.45 },
  heading: { margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, minWidth: 0 },
  table: { padding: "2px 0", minWidth: 0, overflowWrap: "anywhere" },
  name: { fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground2 },
  line: {
    display: "flex",
    alignItems: "flex-start",
    gap: "4px",
    padding: "2px 0",
    border: "none",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    textAlign: "left",
    cursor: "pointer",
    minWidth: 0,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  plain: { fontSize: tokens.fontSizeBase200, paddingLeft: "20px" },
  reasons: { margin: "0 0 4px 20px", padding: 0, listStyleType: "none" },
  reason: { fontSize: tokens.fontSizeBase200, minWidth: 0, overflowWrap: "anywhere" },
  range: {
    padding: 0,
    border: "none",
    backgroundColor: "transparent",
    color: tokens.colorBrandForegroundLink,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    textDecorationLine: "underline",
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

export interface CoverageListProps {
  tables: RecognisedTable[];
  s: Strings;
  /** Selects the range in Excel (a range such as "L5:L7" on the table's sheet). */
  onSelect: (ref: { sheet: string; address: string }) => void;
  headingLevel?: 2 | 3;
  /** A new check is running: this coverage is the old one, dimmed as the findings are. */
  stale?: boolean;
}

export function CoverageList({
  tables,
  s,
  onSelect,
  headingLevel = 2,
  stale = false,
}: CoverageListProps) {
  const styles = useStyles();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const withCoverage = tables.map((t, i) => ({ t, i })).filter(({ t }) => t.coverage);
  if (withCoverage.length === 0) return null;
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <section
      className={mergeClasses(styles.root, stale && styles.dimmed)}
      aria-labelledby="dekking-kop"
      aria-busy={stale || undefined}
      data-testid="coverage"
    >
      <Text as={H} id="dekking-kop" size={300} weight="semibold" className={styles.heading}>
        {s.coverageHeading}
      </Text>
      <ul className={styles.list}>
        {withCoverage.map(({ t, i }) => {
          const c = t.coverage!;
          const expanded = open.has(i);
          const line = s.coverageLine(c.checkedCells, c.uncheckedCells);
          const toggle = () =>
            setOpen((o) => {
              const n = new Set(o);
              if (n.has(i)) n.delete(i);
              else n.add(i);
              return n;
            });
          return (
            <li key={`${t.sheet}!${t.range}`} className={styles.table} data-testid="coverage-table">
              <Text size={200} className={styles.name}>
                {tableName(t, s.tableKinds)}
              </Text>{" "}
              <Text size={200} className={styles.meta}>
                {t.sheet}!{t.range}
              </Text>
              {c.unchecked.length > 0 ? (
                <button
                  type="button"
                  className={styles.line}
                  aria-expanded={expanded}
                  aria-controls={`dekking-${i}`}
                  onClick={toggle}
                  data-testid="coverage-line"
                >
                  {expanded ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
                  <span>{line}</span>
                </button>
              ) : (
                <div className={styles.plain} data-testid="coverage-line">
                  {line}
                </div>
              )}
              {expanded && (
                <ul id={`dekking-${i}`} className={styles.reasons}>
                  {c.unchecked.map((u) => (
                    <li key={u.range} className={styles.reason}>
                      <button
                        type="button"
                        className={styles.range}
                        onClick={() => onSelect({ sheet: t.sheet, address: u.range })}
                        aria-label={s.coverageSelect(t.sheet, u.range)}
                      >
                        {u.range}
                      </button>
                      : {u.reason}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
