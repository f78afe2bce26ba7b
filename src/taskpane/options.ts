/**
 * The Controle tab's options (as saved with the workbook) as the check's options. Loaded when the
 * options are shown or a check starts: the tolerance is read with the core's Dutch amount parser.
 */
import type { CheckOptions } from "../core/tables/model";
import { parseTolerance } from "../core/tolerance";
import type { SavedOptions } from "./CheckPanel";
import type { Strings } from "./strings";

export type OptionsResult = { ok: true; options: CheckOptions } | { ok: false; error: string };

/** Blank is the default 0; anything else is read as --tolerance and EKV.CONTROLEER read it. */
export function toCheckOptions(opts: SavedOptions, s: Strings): OptionsResult {
  const parsed =
    opts.tolerance.trim() === "" ? { ok: true as const, value: 0 } : parseTolerance(opts.tolerance);
  if (!parsed.ok) return { ok: false, error: s.toleranceInvalid(opts.tolerance, parsed.reason) };
  return {
    ok: true,
    options: { tolerance: parsed.value, rounding: opts.rounding, ceiling: opts.ceiling },
  };
}
