/**
 * Builds the second example: the garanties overviews of begroting hoofdstuk XVII (Buitenlandse
 * Handel en Ontwikkelingssamenwerking) as published in three consecutive documents — the budget
 * 2020, the annual report 2020 and the budget 2022, whose column 2020 is the realisation the
 * annual report accounts for — from the fixtures in test/documents/fixtures/published.ts.
 *
 *   npm run examples
 *
 * Each workbook has the document's title in A1 (that is how `ekv check` knows which document it
 * is: the annual report's headers say only "t-1" and "t"), an empty row, then the table exactly
 * as published. Deterministic like the 2016 example (fixed dates and zip timestamps).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { XVII_JV2020, XVII_OWB2020, XVII_OWB2022 } from "../test/documents/fixtures/published";
import type { PublishedTable } from "../test/documents/fixtures/published";
import { addSheet, normaliseZipTimestamps } from "./build-example-workbook";

export const DOCUMENTS_DIR = path.join(__dirname, "..", "examples", "xvii-2020-2022");

export const EXAMPLE_DOCUMENTS: Array<{ file: string; title: string; table: PublishedTable }> = [
  {
    file: "begroting-2020-XVII.xlsx",
    title: "Begroting Buitenlandse Handel en Ontwikkelingssamenwerking (XVII) 2020",
    table: XVII_OWB2020,
  },
  {
    file: "jaarverslag-2020-XVII.xlsx",
    title: "Jaarverslag en slotwet Buitenlandse Handel en Ontwikkelingssamenwerking (XVII) 2020",
    table: XVII_JV2020,
  },
  {
    file: "begroting-2022-XVII.xlsx",
    title: "Begroting Buitenlandse Handel en Ontwikkelingssamenwerking (XVII) 2022",
    table: XVII_OWB2022,
  },
];

const FIXED_DATE = new Date(Date.UTC(2021, 8, 21, 12, 0, 0));

/** One example workbook as bytes. */
export async function buildDocumentWorkbook(title: string, table: PublishedTable): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "ekv-begroting";
  wb.lastModifiedBy = "ekv-begroting";
  wb.title = title;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  addSheet(wb, { name: "Verstrekte garanties", values: [[title], [], ...table.grid] });
  return normaliseZipTimestamps(Buffer.from(await wb.xlsx.writeBuffer()));
}

async function main(): Promise<void> {
  fs.mkdirSync(DOCUMENTS_DIR, { recursive: true });
  for (const d of EXAMPLE_DOCUMENTS) {
    const buf = await buildDocumentWorkbook(d.title, d.table);
    const file = path.join(DOCUMENTS_DIR, d.file);
    fs.writeFileSync(file, buf);
    process.stdout.write(
      `${path.relative(process.cwd(), file)} geschreven (${buf.length} bytes)\n`
    );
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
