/**
 * The fields of the Controle tab's options (tolerance, rounding, ceiling kind): a chunk of its own
 * (parts.ts: OptionsPart), shown when the user opens "Opties"; the pane opens with them folded.
 */
import { Checkbox, Field, Input, Select, makeStyles } from "@fluentui/react-components";
import type { SavedOptions } from "./CheckPanel";
import { toCheckOptions } from "./options";
import type { Strings } from "./strings";

const useStyles = makeStyles({
  input: { minWidth: 0, width: "100%" },
});

export interface OptionsFieldsProps {
  s: Strings;
  opts: SavedOptions;
  onChange: (update: (o: SavedOptions) => SavedOptions) => void;
}

export function OptionsFields({ s, opts, onChange }: OptionsFieldsProps) {
  const styles = useStyles();
  const checked = toCheckOptions(opts, s);
  const toleranceError = checked.ok ? null : checked.error;
  return (
    <>
      <Field
        label={s.tolerance}
        hint={s.toleranceHint}
        validationState={toleranceError ? "error" : "none"}
        validationMessage={toleranceError ?? undefined}
        size="small"
      >
        <Input
          size="small"
          className={styles.input}
          value={opts.tolerance}
          onChange={(_, d) => onChange((o) => ({ ...o, tolerance: d.value }))}
          inputMode="decimal"
        />
      </Field>
      <Checkbox
        checked={opts.rounding}
        onChange={(_, d) => onChange((o) => ({ ...o, rounding: d.checked === true }))}
        label={s.rounding}
      />
      <Field label={s.ceilingLabel} size="small">
        <Select
          size="small"
          className={styles.input}
          select={{ className: styles.input }}
          value={opts.ceiling}
          onChange={(_, d) =>
            onChange((o) => ({ ...o, ceiling: d.value === "netto" ? "netto" : "bruto" }))
          }
        >
          <option value="bruto">{s.ceilingKinds.bruto}</option>
          <option value="netto">{s.ceilingKinds.netto}</option>
        </Select>
      </Field>
    </>
  );
}
