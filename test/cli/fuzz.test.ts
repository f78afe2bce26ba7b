/**
 * Fuzzing `ekv check` with fast-check: valid workbooks mutated the way damaged and hostile files
 * are (truncated, bytes flipped, entries duplicated and reordered, huge and negative indexes,
 * deep nesting, entity declarations, wrong CRCs, absurd lengths in the zip headers), each run
 * through the CLI as a child process with a 256 MB heap, so that a blow-up fails the test
 * instead of exhausting the machine. Every answer must be a normal report (exit 0 or 1, nothing
 * on stderr) or exit 2 with exactly one Dutch `ekv:` line; the JSON is always one document
 * valid under docs/ekv-check.schema.json; never a crash, a signal or a stack trace.
 *
 * Deterministic by default (seed 20261129); EKV_FUZZ_SEED and EKV_FUZZ_RUNS explore further.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import fc from "fast-check";
import { minimalWorkbook, sheetXml, writeZip, type ZipInput } from "../xlsx/zip-writer";
import { BIN, EXAMPLE, REPO, removeTmp, tmpPath } from "./helpers";
import { schemaErrors } from "./json-schema";

afterAll(removeTmp);

const SEED = Number(process.env.EKV_FUZZ_SEED ?? 20261129);
const RUNS = Number(process.env.EKV_FUZZ_RUNS ?? 40);

const SST = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3"><si><t>Omschrijving</t></si><si><t>Regeling A</t></si><si><t>Totaal</t></si></sst>`;
const STYLES = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0\\ \\m\\l\\n"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
const ROWS = [
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Uitstaande garanties 2015</t></is></c><c r="C1" t="inlineStr"><is><t>Uitstaande garanties 2016</t></is></c></row>',
  '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" s="1"><v>100</v></c><c r="C2"><f>B2+10</f><v>110</v></c></row>',
  '<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3"><v>100</v></c><c r="C3"><v>110</v></c></row>',
].join("");

/** The small structured workbook the zip- and XML-level mutations work on. */
function parts(sheet = sheetXml(ROWS), sst = SST): ZipInput[] {
  return minimalWorkbook(sheet, { sharedStrings: sst, styles: STYLES });
}

const NUMBERS = fc.constantFrom(
  "-1",
  "0",
  "4294967296",
  "99999999999999999999",
  "1048577",
  "-99999",
  "1e308",
  "NaN"
);

/** A mutation, applied to one of the two base workbooks; returns the bytes to check. */
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant("truncate"),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    example: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant("flip"),
    flips: fc.array(
      fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 255 })),
      {
        minLength: 1,
        maxLength: 8,
      }
    ),
    example: fc.boolean(),
  }),
  fc.record({ kind: fc.constant("duplicate"), index: fc.nat({ max: 6 }) }),
  fc.record({
    kind: fc.constant("reorder"),
    order: fc.array(fc.nat({ max: 6 }), { minLength: 7, maxLength: 7 }),
  }),
  fc.record({
    kind: fc.constant("index"),
    where: fc.constantFrom("row", "cell", "sst", "style", "count", "merge"),
    value: NUMBERS,
  }),
  fc.record({ kind: fc.constant("nest"), depth: fc.integer({ min: 50, max: 5000 }) }),
  fc.record({ kind: fc.constant("entity"), count: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant("crc"), index: fc.nat({ max: 6 }), value: fc.nat() }),
  fc.record({
    kind: fc.constant("header"),
    entry: fc.nat({ max: 10 }),
    field: fc.constantFrom(8, 10, 16, 20, 24, 28, 30, 32, 42),
    value: fc.constantFrom(0, 1, 0xffff, 0x7fffffff, 0xffffffff, 12345),
    example: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant("end"),
    field: fc.constantFrom(8, 10, 12, 16, 20),
    value: fc.constantFrom(0, 1, 0xffff, 0xffffffff, 999999),
  })
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

const example = fs.readFileSync(EXAMPLE);

function base(useExample: boolean): Buffer {
  return useExample ? Buffer.from(example) : writeZip(parts());
}

function centralEntries(b: Buffer): number[] {
  const out: number[] = [];
  for (let p = b.indexOf("PK\x01\x02"); p >= 0; p = b.indexOf("PK\x01\x02", p + 4)) out.push(p);
  return out;
}

function apply(m: Mutation): Buffer {
  switch (m.kind) {
    case "truncate": {
      const b = base(m.example);
      return b.subarray(0, Math.floor(m.at * b.length));
    }
    case "flip": {
      const b = base(m.example);
      for (const [at, x] of m.flips) {
        const i = Math.min(b.length - 1, Math.floor(at * b.length));
        b[i] ^= x;
      }
      return b;
    }
    case "duplicate": {
      const p = parts();
      return writeZip([...p, p[m.index % p.length]]);
    }
    case "reorder": {
      const p = parts();
      const keyed = p.map((x, i) => ({ x, k: m.order[i] ?? 0 }));
      return writeZip(keyed.sort((a, b) => a.k - b.k).map((e) => e.x));
    }
    case "index": {
      const v = m.value;
      const rows = {
        row: ROWS.replace('<row r="2">', `<row r="${v}">`),
        cell: ROWS.replace('r="B2"', `r="B${v}"`),
        sst: ROWS.replace('t="s"><v>1</v>', `t="s"><v>${v}</v>`),
        style: ROWS.replace('s="1"', `s="${v}"`),
        count: ROWS,
        merge: ROWS,
      }[m.where];
      let sheet = sheetXml(rows);
      if (m.where === "merge")
        sheet = sheet.replace(
          "</sheetData>",
          `</sheetData><mergeCells><mergeCell ref="A1:XFD${v}"/></mergeCells>`
        );
      const sst = m.where === "count" ? SST.replace('count="3"', `count="${v}"`) : SST;
      return writeZip(parts(sheet, sst));
    }
    case "nest": {
      const sheet = sheetXml(ROWS).replace(
        "<sheetData>",
        `${"<x>".repeat(m.depth)}${"</x>".repeat(m.depth)}<sheetData>`
      );
      return writeZip(parts(sheet));
    }
    case "entity": {
      const decls = Array.from({ length: m.count }, (_, i) =>
        i === 0
          ? '<!ENTITY e0 "lol">'
          : `<!ENTITY e${i} "&e${i - 1};&e${i - 1};&e${i - 1};&e${i - 1};">`
      ).join("");
      const sst = `<?xml version="1.0"?><!DOCTYPE sst [${decls}]>${SST.replace("Totaal", `&e${m.count - 1};`)}`;
      return writeZip(parts(sheetXml(ROWS), sst));
    }
    case "crc": {
      const p = parts();
      const i = m.index % p.length;
      p[i] = { ...p[i], crc: m.value };
      return writeZip(p);
    }
    case "header": {
      const b = base(m.example);
      const entries = centralEntries(b);
      const at = entries[m.entry % entries.length] + m.field;
      if (m.field === 28 || m.field === 30 || m.field === 32 || m.field === 8 || m.field === 10) {
        b.writeUInt16LE(m.value & 0xffff, at);
      } else {
        b.writeUInt32LE(m.value >>> 0, at);
      }
      return b;
    }
    default: {
      const b = writeZip(parts());
      const end = b.lastIndexOf("PK\x05\x06");
      if (m.field === 8 || m.field === 10 || m.field === 20)
        b.writeUInt16LE(m.value & 0xffff, end + m.field);
      else b.writeUInt32LE(m.value >>> 0, end + m.field);
      return b;
    }
  }
}

let counter = 0;

test("mutated workbooks: a report or one Dutch line with exit 2, never a crash (256 MB heap)", () => {
  const outcomes = new Map<number, number>();
  fc.assert(
    fc.property(mutation, (m) => {
      const file = tmpPath(`fuzz-${counter++}.xlsx`);
      fs.writeFileSync(file, apply(m));
      const r = spawnSync(
        process.execPath,
        ["--max-old-space-size=256", BIN, "check", file, "--json"],
        {
          cwd: REPO,
          encoding: "utf8",
          timeout: 60_000,
        }
      );
      fs.rmSync(file, { force: true });
      const verdict = { mutation: m.kind, signal: r.signal, code: r.status, stderr: r.stderr };
      if (r.signal !== null || r.status === null || ![0, 1, 2].includes(r.status)) {
        throw new Error(`crash: ${JSON.stringify(verdict)}`);
      }
      outcomes.set(r.status, (outcomes.get(r.status) ?? 0) + 1);
      const lines = r.stderr.split("\n").filter((l) => l !== "");
      if (r.status === 2) {
        if (lines.length !== 1 || !/^ekv: /.test(lines[0]) || /\n\s+at /.test(r.stderr)) {
          throw new Error(`not one line: ${JSON.stringify(verdict)}`);
        }
        if (/interne fout/.test(lines[0]))
          throw new Error(`internal error: ${JSON.stringify(verdict)}`);
      } else if (lines.length !== 0) {
        throw new Error(`stderr on a report: ${JSON.stringify(verdict)}`);
      }
      const doc = JSON.parse(r.stdout) as { files: Array<{ error?: unknown }> };
      const errors = schemaErrors(doc);
      if (errors.length > 0) throw new Error(`schema: ${errors.join("; ")}`);
      if (doc.files.length !== 1 || (r.status === 2) !== Boolean(doc.files[0].error)) {
        throw new Error(`files: ${r.stdout.slice(0, 200)}`);
      }
    }),
    { seed: SEED, numRuns: RUNS, endOnFailure: true }
  );
  // The mutations reach both kinds of answer (a generator that only ever breaks files, or never
  // does, would test less than it claims).
  expect(outcomes.get(2) ?? 0).toBeGreaterThan(0);
  expect((outcomes.get(0) ?? 0) + (outcomes.get(1) ?? 0)).toBeGreaterThan(0);
}, 600_000);
