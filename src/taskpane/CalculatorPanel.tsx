import {
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { euro } from "../core/regulations/common";
import type { Opbouw } from "../core/regulations/matching";
import { subsidieOpbouw } from "../core/regulations/matching";
import { vergoedingOpbouw } from "../core/regulations/riv";
import { MatchingForm, RivForm, matchingFormula, parseField, rivFormula } from "./calculators";
import { insertWorkedSheet, writeFormulaToSelection } from "./excel-gateway";
import { usePanelStyles } from "./OtherPanels";
import { NoticeBar, messageOf, useNoticeAction } from "./notice";
import type { Strings } from "./strings";
import { toDutchNotation } from "./templates";
import { WorkedKind, workedSheet } from "./worked-sheets";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    paddingBottom: "16px",
    marginBottom: "8px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  result: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  binding: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  amount: { textAlign: "right", whiteSpace: "nowrap", width: "120px" },
  fill: { minWidth: 0, width: "100%" },
});

/** Reads the named fields; returns the Dutch reason of the first unusable one. */
function readFields<K extends string>(
  fields: Array<{ key: K; label: string; text: string; required: boolean }>,
  s: Strings
): { values: Record<K, number | undefined> } | { error: string } {
  const values = {} as Record<K, number | undefined>;
  for (const f of fields) {
    const r = parseField(f.text);
    if (!r.ok) return { error: s.amountInvalid(f.label, r.reason) };
    if (r.value === undefined && f.required) return { error: s.required(f.label) };
    values[f.key] = r.value;
  }
  return { values };
}

function Breakdown({ opbouw, s, testId }: { opbouw: Opbouw; s: Strings; testId: string }) {
  const styles = useStyles();
  return (
    <div data-testid={testId}>
      <Text as="p" className={styles.result}>
        {opbouw.uitkomstLabel}: {euro(opbouw.uitkomst)}
      </Text>
      <Table size="extra-small" aria-label={s.breakdownCaption}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{s.limit}</TableHeaderCell>
            <TableHeaderCell className={styles.amount}>{s.amount}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {opbouw.limieten.map((l) => (
            <TableRow
              key={l.label}
              className={l.bindend ? styles.binding : undefined}
              data-binding={l.bindend}
            >
              <TableCell>
                {l.label}{" "}
                {l.bindend && (
                  <Badge appearance="tint" color="warning" size="small">
                    {s.binding}
                  </Badge>
                )}
              </TableCell>
              <TableCell className={styles.amount}>
                {l.bedrag !== undefined ? euro(l.bedrag) : s.notApplicable(l.nvt ?? "")}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** A calculator's outcome: the breakdown with its formula, or why the input is unusable. */
type Outcome = { opbouw: Opbouw; formula: string } | { error: string } | null;

function CalculatorResult({
  out,
  s,
  testIdPrefix,
}: {
  out: Outcome;
  s: Strings;
  testIdPrefix: string;
}) {
  if (!out) return null;
  if ("error" in out) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody data-testid={`${testIdPrefix}-error`}>{out.error}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <>
      <Breakdown opbouw={out.opbouw} s={s} testId={`${testIdPrefix}-breakdown`} />
      <FormulaWriter formula={out.formula} s={s} />
    </>
  );
}

function FormulaWriter({ formula, s }: { formula: string; s: Strings }) {
  const styles = usePanelStyles();
  const { notice, run } = useNoticeAction(s);
  return (
    <>
      <Text size={200}>
        {s.formulaLabel}: <code className={styles.code}>{toDutchNotation(formula)}</code>
      </Text>
      <div className={styles.row}>
        <Button
          onClick={() =>
            run(async () => {
              const out = await writeFormulaToSelection(formula);
              return out.ok
                ? { intent: "success", text: s.formulaWritten(out.address) }
                : { intent: "warning", text: s.cellNotEmpty(out.occupied.join(", ")) };
            })
          }
        >
          {s.writeFormula}
        </Button>
      </div>
      <NoticeBar notice={notice} />
    </>
  );
}

function MatchingCalculator({ s }: { s: Strings }) {
  const styles = useStyles();
  const [kosten, setKosten] = useState("");
  const [exportdeel, setExportdeel] = useState("");
  const [nlAandeel, setNlAandeel] = useState("");
  const [gelijkwaardig, setGelijkwaardig] = useState("");
  const [ontheffing, setOntheffing] = useState(false);
  const [soort, setSoort] = useState<MatchingForm["soort"]>("overig");
  const [out, setOut] = useState<Outcome>(null);

  const calculate = () => {
    const read = readFields(
      [
        { key: "kosten", label: s.kosten, text: kosten, required: true },
        { key: "exportdeel", label: s.exportdeel, text: exportdeel, required: true },
        { key: "nlAandeel", label: s.nlAandeel, text: nlAandeel, required: true },
        { key: "gelijkwaardig", label: s.gelijkwaardig, text: gelijkwaardig, required: false },
      ],
      s
    );
    if ("error" in read) return setOut({ error: read.error });
    const v = read.values;
    const form: MatchingForm = {
      kosten: v.kosten as number,
      exportdeel: v.exportdeel as number,
      nlAandeel: v.nlAandeel as number,
      gelijkwaardig: v.gelijkwaardig,
      ontheffing,
      soort,
    };
    try {
      const opbouw = subsidieOpbouw({
        eerste: form.kosten,
        exportdeel: form.exportdeel,
        nlAandeel: form.nlAandeel,
        gelijkwaardigBedrag: form.gelijkwaardig,
        ontheffing: form.ontheffing,
        soort: form.soort,
      });
      setOut({ opbouw, formula: matchingFormula(form) });
    } catch (e) {
      setOut({ error: messageOf(e) });
    }
  };

  return (
    <section className={styles.section} aria-labelledby="calc-matching">
      <Text as="h3" id="calc-matching" weight="semibold">
        {s.calcMatching}
      </Text>
      <Field label={s.kosten} size="small">
        <Input size="small" value={kosten} onChange={(_, d) => setKosten(d.value)} />
      </Field>
      <Field label={s.exportdeel} size="small">
        <Input size="small" value={exportdeel} onChange={(_, d) => setExportdeel(d.value)} />
      </Field>
      <Field label={s.nlAandeel} size="small">
        <Input size="small" value={nlAandeel} onChange={(_, d) => setNlAandeel(d.value)} />
      </Field>
      <Field label={s.gelijkwaardig} size="small">
        <Input size="small" value={gelijkwaardig} onChange={(_, d) => setGelijkwaardig(d.value)} />
      </Field>
      <Field label={s.soort} size="small">
        <Select
          size="small"
          className={styles.fill}
          select={{ className: styles.fill }}
          value={soort}
          onChange={(_, d) => setSoort(d.value as MatchingForm["soort"])}
        >
          {(Object.keys(s.soorten) as Array<MatchingForm["soort"]>).map((k) => (
            <option key={k} value={k}>
              {s.soorten[k]}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox
        checked={ontheffing}
        onChange={(_, d) => setOntheffing(d.checked === true)}
        label={s.ontheffing}
      />
      <div>
        <Button appearance="primary" onClick={calculate}>
          {s.calculate}
        </Button>
      </div>
      <CalculatorResult out={out} s={s} testIdPrefix="matching" />
    </section>
  );
}

function RivCalculator({ s }: { s: Strings }) {
  const styles = useStyles();
  const [schade, setSchade] = useState("");
  const [aanvangswaarde, setAanvangswaarde] = useState("");
  const [eigenRisico, setEigenRisico] = useState("10%");
  const [soort, setSoort] = useState<RivForm["soort"]>("investering");
  const [out, setOut] = useState<Outcome>(null);

  const calculate = () => {
    const read = readFields(
      [
        { key: "schade", label: s.schade, text: schade, required: true },
        { key: "aanvangswaarde", label: s.aanvangswaarde, text: aanvangswaarde, required: true },
        { key: "eigenRisico", label: s.eigenRisico, text: eigenRisico, required: true },
      ],
      s
    );
    if ("error" in read) return setOut({ error: read.error });
    const form: RivForm = {
      schade: read.values.schade as number,
      aanvangswaarde: read.values.aanvangswaarde as number,
      eigenRisico: read.values.eigenRisico as number,
      soort,
    };
    try {
      const opbouw = vergoedingOpbouw(
        form.schade,
        form.aanvangswaarde,
        form.eigenRisico,
        form.soort
      );
      setOut({ opbouw, formula: rivFormula(form) });
    } catch (e) {
      setOut({ error: messageOf(e) });
    }
  };

  return (
    <section className={styles.section} aria-labelledby="calc-riv">
      <Text as="h3" id="calc-riv" weight="semibold">
        {s.calcRiv}
      </Text>
      <Field label={s.schade} size="small">
        <Input size="small" value={schade} onChange={(_, d) => setSchade(d.value)} />
      </Field>
      <Field label={s.aanvangswaarde} size="small">
        <Input
          size="small"
          value={aanvangswaarde}
          onChange={(_, d) => setAanvangswaarde(d.value)}
        />
      </Field>
      <Field label={s.eigenRisico} size="small">
        <Input size="small" value={eigenRisico} onChange={(_, d) => setEigenRisico(d.value)} />
      </Field>
      <Field label={s.rivSoort} size="small">
        <Select
          size="small"
          className={styles.fill}
          select={{ className: styles.fill }}
          value={soort}
          onChange={(_, d) => setSoort(d.value as RivForm["soort"])}
        >
          <option value="investering">{s.rivSoorten.investering}</option>
          <option value="lening">{s.rivSoorten.lening}</option>
        </Select>
      </Field>
      <div>
        <Button appearance="primary" onClick={calculate}>
          {s.calculate}
        </Button>
      </div>
      <CalculatorResult out={out} s={s} testIdPrefix="riv" />
    </section>
  );
}

/** Inserts a worked calculation sheet (src/taskpane/worked-sheets.ts) as a new sheet. */
function WorkedSheets({ s }: { s: Strings }) {
  const styles = usePanelStyles();
  const { notice, busy, run } = useNoticeAction(s);
  const insert = (kind: WorkedKind) =>
    run(async () => ({
      intent: "success",
      text: s.workedInserted(await insertWorkedSheet(workedSheet(kind))),
    }));
  return (
    <section aria-labelledby="calc-worked">
      <Text as="h3" id="calc-worked" weight="semibold">
        {s.workedTitle}
      </Text>
      <Text as="p" className={styles.explain}>
        {s.workedExplain}
      </Text>
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => insert("matching")}>
          {s.workedMatching}
        </Button>
        <Button disabled={busy} onClick={() => insert("riv")}>
          {s.workedRiv}
        </Button>
      </div>
      <NoticeBar notice={notice} />
    </section>
  );
}

export function CalculatorPanel({ s }: { s: Strings }) {
  return (
    <div>
      <MatchingCalculator s={s} />
      <RivCalculator s={s} />
      <WorkedSheets s={s} />
    </div>
  );
}
