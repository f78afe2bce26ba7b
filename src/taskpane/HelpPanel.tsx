/**
 * The Help tab: what the pane does, how to start, and one entry per rule generated from the rule
 * metadata (title, what must hold, the article or model it enforces, its severity), so the help
 * can never disagree with the checker.
 */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { ruleCatalogue } from "../core/tables";
import { ruleInfo } from "../report/findings";
import type { Strings } from "./strings";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: "8px", minWidth: 0 },
  heading: { margin: "8px 0 0" },
  p: { margin: 0, overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground2 },
  rule: {
    margin: 0,
    padding: "6px 0",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  dl: { margin: 0 },
  dd: { margin: "0 0 2px" },
});

export function HelpPanel({ s }: { s: Strings }) {
  const styles = useStyles();
  return (
    <div className={styles.column}>
      <Text as="h2" size={400} weight="semibold" className={styles.heading}>
        {s.welcomeTitle}
      </Text>
      <Text as="p" className={styles.p}>
        {s.welcomeBody}
      </Text>
      <Text as="p" className={styles.p}>
        {s.markExplain}
      </Text>
      <Text as="p" className={styles.p}>
        {s.reportExplain}
      </Text>
      <Text as="p" className={styles.p}>
        {s.live}
      </Text>
      <Text as="p" className={styles.p}>
        {s.shortcuts}
      </Text>
      <Text as="h2" size={400} weight="semibold" className={styles.heading}>
        {s.rulesHeading}
      </Text>
      <div data-testid="rule-help">
        {ruleCatalogue.map((meta) => {
          const info = ruleInfo(meta.id);
          return (
            <section key={meta.id} className={styles.rule} aria-labelledby={`regel-${meta.id}`}>
              <Text as="h3" size={300} weight="semibold" id={`regel-${meta.id}`}>
                {info.title}
              </Text>
              <dl className={styles.dl}>
                {info.description !== info.title && (
                  <>
                    <dt className={styles.meta}>{s.why}</dt>
                    <dd className={styles.dd}>{info.description}</dd>
                  </>
                )}
                <dt className={styles.meta}>{s.source}</dt>
                <dd className={styles.dd}>{info.source}</dd>
                <dt className={styles.meta}>{s.filterSeverity}</dt>
                <dd className={styles.dd}>
                  {meta.severity === "error" ? s.severity.error : s.severity.warning}
                  <span className={styles.meta}> · {meta.id}</span>
                </dd>
              </dl>
            </section>
          );
        })}
      </div>
    </div>
  );
}
