/**
 * `ekv`: the command-line checker of the garanties tables in .xlsx files.
 *
 *   ekv check BESTAND.xlsx [BESTAND…] [--json] [--tolerance N] [--rounding]
 *
 * Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 an input could not be checked
 * (or the command line is wrong). Every failure is one Dutch line on stderr, never a stack trace.
 * When several files are given and one cannot be read, the others are still checked and
 * reported, and the exit code is 2.
 */
import { parseArgs } from "node:util";
import { checkSheets } from "../core/tables/check";
import { parseDutchAmount } from "../core/amount";
import { DASH } from "../core/vocabulary";
import type { CheckOptions } from "../core/tables/model";
import { countFindings, formatJson, formatText, type FileReport } from "./format";
import { InputError, shortReason } from "./input-error";
import { DEFAULT_LIMITS } from "../xlsx";
import { readXlsxFile } from "./read-file";

export interface Io {
  stdout: (text: string) => void;
  stderr: (line: string) => void;
}

const defaultIo: Io = {
  stdout: (text) => {
    process.stdout.write(text);
  },
  stderr: (line) => {
    process.stderr.write(`${line}\n`);
  },
};

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE = 2;

export const HELP = `ekv — controleer de garantietabellen van de rijksbegroting in Excel-bestanden

Gebruik:
  ekv check BESTAND.xlsx [BESTAND.xlsx …] [opties]
  ekv --help

Opties:
  --json           één JSON-document op stdout in plaats van tekst
  --tolerance N    verschillen tot en met N (in de eenheid van de tabel) niet melden;
                   standaard 0 (exact). Nederlandse notatie: 0,5 of 1.000 (duizend);
                   dubbelzinnige tekst zoals 1.27 of 0.5 wordt geweigerd
  --rounding       verschillen die door afronding van de termen op hele eenheden verklaard
                   kunnen worden, als waarschuwing (afronding) melden in plaats van als fout
  -h, --help       deze hulp

Herkend worden: Overzicht verstrekte garanties, Overzicht uitgaven en ontvangsten garanties en
Benutting garantieregeling (ook meerdere tabellen op één blad).

Afsluitcode: 0 geen fouten (waarschuwingen toegestaan), 1 fouten gevonden,
2 een bestand kon niet worden gecontroleerd (ontbreekt, geen .xlsx, beschadigd, versleuteld,
te groot) of de opdracht is onjuist.

Grenzen: bestanden tot ${DEFAULT_LIMITS.fileBytes / 1024 / 1024} MB (EKV_MAX_BYTES) en ${DEFAULT_LIMITS.workbookCells.toLocaleString("nl-NL")} gevulde cellen (EKV_MAX_CELLS);
de andere grenzen staan in docs/cli.md.
Het bestand wordt alleen gelezen, nooit gewijzigd. Zie docs/cli.md.
`;

const USAGE_HINT =
  "Gebruik: ekv check BESTAND.xlsx [--json] [--tolerance N] [--rounding]; zie ekv --help.";

/** A value after --tolerance that starts with a minus sign: a negative tolerance, not an option. */
const NEGATIVE_VALUE = new RegExp(`^${DASH}\\s*[\\d.,]`);

/**
 * Parses a tolerance in Dutch notation, exactly as EKV.GETAL reads text: "1.000" is a thousand,
 * "0,5" a half; text a Dutch reader could read two ways ("1.27", "0.5") is refused with the
 * reason, never guessed. Throws InputError.
 */
export function parseTolerance(raw: string): number {
  const invalid = (why: string) =>
    new InputError(
      `Ongeldige waarde voor --tolerance: ${why} Geef 0 of meer, bijvoorbeeld 1, 0,5 of 1.000.`
    );
  const r = parseDutchAmount(raw);
  if (!r.ok) {
    throw invalid(r.reason.startsWith('"') ? r.reason : `"${raw}": ${r.reason}`);
  }
  if (/%\s*$/.test(raw)) {
    throw invalid(
      `"${raw}" is een percentage; de tolerantie is een bedrag in de eenheid van de tabel.`
    );
  }
  if (r.value < 0) throw invalid(`"${raw}" is negatief.`);
  return r.value;
}

interface Parsed {
  help: boolean;
  command?: string;
  files: string[];
  json: boolean;
  options: CheckOptions;
}

function parseCommandLine(argv: string[]): Parsed {
  let values: { json?: boolean; tolerance?: string; rounding?: boolean; help?: boolean };
  let positionals: string[];
  // parseArgs takes "--tolerance -1" for a missing value followed by an option; joined as
  // "--tolerance=-1" the value reaches parseTolerance, which says what is wrong with it.
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--tolerance" && NEGATIVE_VALUE.test(argv[i + 1] ?? "")) {
      args.push(`--tolerance=${argv[i + 1]}`);
      i++;
    } else {
      args.push(argv[i]);
    }
  }
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: "boolean" },
        tolerance: { type: "string" },
        rounding: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (err) {
    const code = (err as { code?: string }).code;
    const msg = err instanceof Error ? err.message : "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const name = /'([^']+)'/.exec(msg)?.[1] ?? "";
      throw new InputError(`Onbekende optie: ${name}. ${USAGE_HINT}`);
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const name = /--(\w+)/.exec(msg)?.[0] ?? "een optie";
      throw new InputError(`De optie ${name} verwacht een waarde. ${USAGE_HINT}`);
    }
    throw new InputError(`De opdracht is onjuist. ${USAGE_HINT}`);
  }
  const [command, ...files] = positionals;
  const options: CheckOptions = {};
  if (values.tolerance !== undefined) options.tolerance = parseTolerance(values.tolerance);
  if (values.rounding) options.rounding = true;
  return { help: Boolean(values.help), command, files, json: Boolean(values.json), options };
}

/** Runs the CLI; returns the exit code. Never throws. */
export async function run(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    const args = parseCommandLine(argv);
    if (args.help || args.command === "help") {
      io.stdout(HELP);
      return EXIT_OK;
    }
    if (args.command === undefined) {
      throw new InputError(`Geen opdracht gegeven. ${USAGE_HINT}`);
    }
    if (args.command !== "check") {
      throw new InputError(`Onbekende opdracht: "${args.command}". ${USAGE_HINT}`);
    }
    if (args.files.length === 0) {
      throw new InputError(`Geen bestand opgegeven. ${USAGE_HINT}`);
    }
    return await checkFiles(args.files, args, io);
  } catch (err) {
    io.stderr(
      err instanceof InputError ? `ekv: ${err.message}` : `ekv: interne fout: ${shortReason(err)}`
    );
    return EXIT_UNUSABLE;
  }
}

async function checkFiles(files: string[], args: Parsed, io: Io): Promise<number> {
  const reports: FileReport[] = [];
  let unusable = false;
  for (const file of files) {
    try {
      const sheets = readXlsxFile(file);
      let result;
      try {
        result = checkSheets(sheets, { ...args.options, file });
      } catch (err) {
        throw new InputError(
          `${file}: de controle is afgebroken door een interne fout (${shortReason(err)}).`,
          "internal"
        );
      }
      reports.push({ file, result });
    } catch (err) {
      unusable = true;
      const error =
        err instanceof InputError
          ? { code: err.code, message: withoutFile(err.message, file) }
          : { code: "internal", message: shortReason(err) };
      io.stderr(`ekv: ${file}: ${error.message}`);
      reports.push({ file, error });
    }
  }
  if (args.json) io.stdout(formatJson(reports));
  else if (reports.some((r) => r.result)) io.stdout(formatText(reports));
  if (unusable) return EXIT_UNUSABLE;
  return reports.some((r) => r.result && countFindings(r.result).errors > 0)
    ? EXIT_FINDINGS
    : EXIT_OK;
}

function withoutFile(message: string, file: string): string {
  return message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
}
