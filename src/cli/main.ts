/**
 * `ekv`: the command-line checker of the garanties tables in .xlsx files.
 *
 *   ekv check BESTAND.xlsx [BESTAND…] [--json] [--tolerance N] [--rounding] [--html RAPPORT]
 *             [--document BESTAND=JV2024 …] [--tijdlijn]
 *
 * Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 an input could not be checked
 * (or the command line is wrong). Every failure is one Dutch line on stderr, never a stack trace.
 * When several files are given and one cannot be read, the others are still checked and
 * reported, and the exit code is 2.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { parseArgs } from "node:util";
import {
  checkDocuments,
  crossTableFindings,
  parseDocumentSpec,
  type CrossDocumentResult,
  type DocumentId,
} from "../core/documents";
import { checkTables, recogniseSheets } from "../core/tables/check";
import { htmlReport, type ReportFile } from "../report/html";
import { TOLERANCE_HINT, parseTolerance } from "../core/tolerance";
import { DASH } from "../core/vocabulary";
import type { CheckOptions } from "../core/tables/model";
import { countFindings, crossCounts } from "../core/summary";
import { formatJson, formatText, type FileReport } from "./format";
import { InputError, shortReason } from "./input-error";
import { DEFAULT_LIMITS } from "../xlsx";
import { readXlsxFile } from "./read-file";
import { formatCount } from "../core/count";

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
  --document BESTAND=JV2024
                   soort en jaar van een bestand opgeven (JV = jaarverslag, OWB = begroting),
                   als de titels en koppen ze niet noemen; mag vaker
  --tijdlijn       bij meerdere bestanden: per regeling elk cijfer van elk document
  --html RAPPORT   schrijf ook een op zichzelf staand HTML-rapport (bestandsnamen met SHA-256,
                   datum, opties, herkende tabellen en alle bevindingen), hetzelfde als dat
                   van controle.html; een bestaand bestand wordt niet overschreven
  -h, --help       deze hulp

Herkend worden: Overzicht verstrekte garanties, Overzicht uitgaven en ontvangsten garanties,
Benutting garantieregeling, Overzicht verstrekte leningen, Overzicht achterborgstellingen en
Risicovoorziening (ook meerdere tabellen op één blad). De tabellen van één bestand worden
ook met elkaar vergeleken ("Tussen tabellen"); meerdere bestanden (begrotingen en jaarverslagen,
in willekeurige volgorde) met elkaar ("Tussen documenten").

Afsluitcode: 0 geen fouten (waarschuwingen toegestaan), 1 fouten gevonden,
2 een bestand kon niet worden gecontroleerd (ontbreekt, geen .xlsx, beschadigd, versleuteld,
te groot) of de opdracht is onjuist.

Grenzen: bestanden tot ${DEFAULT_LIMITS.fileBytes / 1024 / 1024} MB (EKV_MAX_BYTES) en ${formatCount(DEFAULT_LIMITS.workbookCells)} gevulde cellen (EKV_MAX_CELLS);
de andere grenzen staan in docs/cli.md.
Het bestand wordt alleen gelezen, nooit gewijzigd. Zie docs/cli.md.
`;

const USAGE_HINT =
  "Gebruik: ekv check BESTAND.xlsx [BESTAND.xlsx …] [--json] [--tolerance N] [--rounding] [--document BESTAND=JV2024] [--tijdlijn]; zie ekv --help.";

/** A value after --tolerance that starts with a minus sign: a negative tolerance, not an option. */
const NEGATIVE_VALUE = new RegExp(`^${DASH}\\s*[\\d.,]`);

/**
 * `--tolerance` through the core's one tolerance parser (the task pane and EKV.CONTROLEER use it
 * too). Throws InputError with the reason.
 */
export function parseToleranceOption(raw: string): number {
  const r = parseTolerance(raw);
  if (!r.ok)
    throw new InputError(`Ongeldige waarde voor --tolerance: ${r.reason} ${TOLERANCE_HINT}`);
  return r.value;
}

interface Parsed {
  help: boolean;
  command?: string;
  files: string[];
  json: boolean;
  html?: string;
  options: CheckOptions;
  /** Document type and year per file, from --document. */
  documents: Map<string, DocumentId>;
  timeline: boolean;
}

/** Reads the --document values ("BESTAND=JV2024") against the files given. */
export function parseDocumentOptions(
  raw: readonly string[],
  files: readonly string[]
): Map<string, DocumentId> {
  const out = new Map<string, DocumentId>();
  for (const value of raw) {
    const eq = value.lastIndexOf("=");
    const file = eq > 0 ? value.slice(0, eq) : "";
    const id = eq > 0 ? parseDocumentSpec(value.slice(eq + 1)) : undefined;
    if (!file || !id) {
      throw new InputError(
        `Ongeldige waarde voor --document: "${value}". Schrijf BESTAND=JV2024 (jaarverslag) of BESTAND=OWB2025 (begroting).`
      );
    }
    const base = (p: string): string => p.replace(/^.*[\\/]/, "");
    const match = files.filter((f) => f === file || base(f) === base(file));
    if (match.length !== 1) {
      throw new InputError(
        match.length === 0
          ? `--document ${value}: "${file}" is niet een van de opgegeven bestanden.`
          : `--document ${value}: "${file}" past op meer dan één opgegeven bestand; geef het pad zoals op de opdrachtregel.`
      );
    }
    if (out.has(match[0])) {
      throw new InputError(`--document: voor "${match[0]}" is het document twee keer opgegeven.`);
    }
    out.set(match[0], id);
  }
  return out;
}

function parseCommandLine(argv: string[]): Parsed {
  let values: {
    json?: boolean;
    tolerance?: string;
    rounding?: boolean;
    help?: boolean;
    document?: string[];
    tijdlijn?: boolean;
    html?: string;
  };
  let positionals: string[];
  // parseArgs takes "--tolerance -1" for a missing value followed by an option; joined as
  // "--tolerance=-1" the value reaches parseToleranceOption, which says what is wrong with it.
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
        document: { type: "string", multiple: true },
        tijdlijn: { type: "boolean" },
        html: { type: "string" },
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
  if (values.tolerance !== undefined) options.tolerance = parseToleranceOption(values.tolerance);
  if (values.rounding) options.rounding = true;
  return {
    help: Boolean(values.help),
    command,
    files,
    json: Boolean(values.json),
    html: values.html,
    options,
    documents: parseDocumentOptions(values.document ?? [], files),
    timeline: Boolean(values.tijdlijn),
  };
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
    if (args.html !== undefined) checkReportTarget(args.html, args.files);
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
  const workbooks: Parameters<typeof checkDocuments>[0][number][] = [];
  for (const file of files) {
    try {
      const sheets = readXlsxFile(file);
      let result;
      let crossTable;
      try {
        const tables = recogniseSheets(sheets);
        result = checkTables(tables, { ...args.options, file }, sheets);
        crossTable = crossTableFindings(file, sheets, tables);
        workbooks.push({ file, sheets, tables, document: args.documents.get(file) });
      } catch (err) {
        throw new InputError(
          `${file}: de controle is afgebroken door een interne fout (${shortReason(err)}).`,
          "internal"
        );
      }
      reports.push({ file, result, crossTable });
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
  let between: CrossDocumentResult | undefined;
  if (files.length > 1) {
    try {
      between = checkDocuments(workbooks);
    } catch (err) {
      io.stderr(
        `ekv: de vergelijking tussen documenten is afgebroken door een interne fout (${shortReason(err)}).`
      );
      unusable = true;
    }
  }
  if (args.json) io.stdout(formatJson(reports, between));
  else if (reports.some((r) => r.result)) io.stdout(formatText(reports, between, args.timeline));
  if (args.html !== undefined) writeHtmlReport(args.html, reports, args.options, between);
  if (unusable) return EXIT_UNUSABLE;
  const errors =
    reports.some((r) => r.result && countFindings(r.result).errors > 0) ||
    reports.some((r) => crossCounts(r.crossTable ?? []).errors > 0) ||
    crossCounts(between?.findings ?? []).errors > 0;
  return errors ? EXIT_FINDINGS : EXIT_OK;
}

function withoutFile(message: string, file: string): string {
  return message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
}

/** The report must not overwrite anything: not an existing file, never one of the inputs. */
function checkReportTarget(target: string, inputs: string[]): void {
  if (!/\.html?$/i.test(target)) {
    throw new InputError(`--html ${target}: geef een bestandsnaam die eindigt op .html.`);
  }
  if (inputs.includes(target) || fs.existsSync(target)) {
    throw new InputError(
      `--html ${target}: dat bestand bestaat al; kies een nieuwe naam (ekv overschrijft niets).`
    );
  }
}

function digest(file: string): { size?: number; sha256?: string } {
  try {
    const bytes = fs.readFileSync(file);
    return { size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
  } catch {
    return {};
  }
}

function writeHtmlReport(
  target: string,
  reports: FileReport[],
  options: CheckOptions,
  between: CrossDocumentResult | undefined
): void {
  const files: ReportFile[] = reports.map((r) => ({
    name: r.file,
    ...digest(r.file),
    ...(r.result ? { result: r.result } : {}),
    ...(r.crossTable ? { crossTable: r.crossTable } : {}),
    ...(r.error ? { error: r.error } : {}),
  }));
  // The same sections as the text output: "Tussen tabellen" per file, "Tussen documenten".
  const html = htmlReport({
    files,
    options,
    date: new Date(),
    generator: "ekv check",
    ...(between ? { between } : {}),
  });
  try {
    // "wx": fails if the file appeared meanwhile; nothing is overwritten.
    fs.writeFileSync(target, html, { encoding: "utf8", flag: "wx" });
  } catch (err) {
    throw new InputError(
      `--html ${target}: het rapport kan niet worden geschreven (${shortReason(err)}).`
    );
  }
}
