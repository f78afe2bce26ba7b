/**
 * The tolerance of the table checker in Dutch notation, read the one way every front end reads
 * it (the CLI's `--tolerance`, the task pane's tolerance field, EKV.CONTROLEER's `tolerantie`):
 * exactly as EKV.GETAL reads text, so "1.000" is a thousand and "0,5" a half. Text a Dutch reader
 * could read two ways ("1.27", "0.5") is refused with the reason, never guessed; a percentage or
 * a negative amount is no tolerance.
 */
import { parseDutchAmount } from "./amount";

export type ToleranceResult = { ok: true; value: number } | { ok: false; reason: string };

/** Parses a tolerance; never throws. The reason is one Dutch sentence, quoting the text. */
export function parseTolerance(raw: string): ToleranceResult {
  const r = parseDutchAmount(raw);
  if (!r.ok) {
    return { ok: false, reason: r.reason.startsWith('"') ? r.reason : `"${raw}": ${r.reason}` };
  }
  if (/%\s*$/.test(raw)) {
    return {
      ok: false,
      reason: `"${raw}" is een percentage; de tolerantie is een bedrag in de eenheid van de tabel.`,
    };
  }
  if (r.value < 0) return { ok: false, reason: `"${raw}" is negatief.` };
  return { ok: true, value: r.value };
}

/** What to type instead, for the message after the reason. */
export const TOLERANCE_HINT = "Geef 0 of meer, bijvoorbeeld 1, 0,5 of 1.000.";
