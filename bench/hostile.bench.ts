/**
 * The hostile files of issue 9, built here (never committed), each answered by the shipped CLI
 * in a child process: exit code, time from start to end (node's start-up included) and peak
 * memory (maxRSS). Target per file: ≤ 2 s and ≤ 300 MB, with one Dutch `ekv:` line (exit 2)
 * or a normal report.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { once } from "node:events";
import { minimalWorkbook, sheetXml, writeZip, type ZipInput } from "../test/xlsx/zip-writer";
import { fmt, measureCli } from "./cli-process";

interface Hostile {
  label: string;
  build: () => Buffer | Promise<Buffer>;
}

/** A part of `repeat` copies of `chunk` between `head` and `tail`, deflated as a stream. */
async function hugePart(
  name: string,
  head: string,
  chunk: string,
  repeat: number,
  tail: string
): Promise<ZipInput> {
  const [h, c, t] = [Buffer.from(head), Buffer.from(chunk), Buffer.from(tail)];
  const deflate = zlib.createDeflateRaw({ level: 9, chunkSize: 1024 * 1024 });
  const out: Buffer[] = [];
  deflate.on("data", (d: Buffer) => out.push(d));
  const done = once(deflate, "end");
  let crc = zlib.crc32(h);
  let size = h.length;
  const write = async (b: Buffer): Promise<void> => {
    if (!deflate.write(b)) await once(deflate, "drain");
  };
  await write(h);
  for (let i = 0; i < repeat; i++) {
    crc = zlib.crc32(c, crc);
    size += c.length;
    await write(c);
  }
  crc = zlib.crc32(t, crc);
  size += t.length;
  deflate.end(t);
  await done;
  return { name, data: "", raw: { compressed: Buffer.concat(out), size, crc } };
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

async function withSharedStrings(p: Promise<ZipInput>): Promise<Buffer> {
  const part = await p;
  const base = minimalWorkbook(sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), {
    sharedStrings: "",
  });
  return writeZip(base.map((p) => (p.name === "xl/sharedStrings.xml" ? part : p)));
}

async function withSheet(p: Promise<ZipInput>): Promise<Buffer> {
  const part = await p;
  return writeZip(
    minimalWorkbook("").map((p) => (p.name === "xl/worksheets/sheet1.xml" ? part : p))
  );
}

/** Rewrites the declared uncompressed size of `name` in its central-directory entry. */
async function lying(built: Promise<Buffer>, name: string, declared: number): Promise<Buffer> {
  const b = await built;
  let p = b.indexOf("PK\x01\x02");
  for (; p >= 0; p = b.indexOf("PK\x01\x02", p + 4)) {
    const n = b.readUInt16LE(p + 28);
    if (b.toString("utf8", p + 46, p + 46 + n) === name) break;
  }
  if (p < 0) throw new Error(name);
  b.writeUInt32LE(declared, p + 24);
  return b;
}

const HOSTILE: Hostile[] = [
  {
    label: "één cel op ZZZZZZ1",
    build: () =>
      writeZip(minimalWorkbook(sheetXml('<row r="1"><c r="ZZZZZZ1"><v>1</v></c></row>'))),
  },
  {
    label: "één cel op A999999999",
    build: () =>
      writeZip(
        minimalWorkbook(sheetXml('<row r="999999999"><c r="A999999999"><v>1</v></c></row>'))
      ),
  },
  {
    label: "150.000 rijen, één cel in kolom XFD (geldig)",
    build: () => {
      const rows: string[] = [];
      for (let i = 1; i <= 150_000; i++)
        rows.push(`<row r="${i}"><c r="XFD${i}"><v>${i}</v></c></row>`);
      return writeZip(minimalWorkbook(sheetXml(rows.join(""))));
    },
  },
  {
    label: "150.000 rijen, cellen in A en XFD",
    build: () => {
      const rows: string[] = [];
      for (let i = 1; i <= 150_000; i++) {
        rows.push(`<row r="${i}"><c r="A${i}"><v>${i}</v></c><c r="XFD${i}"><v>${i}</v></c></row>`);
      }
      return writeZip(minimalWorkbook(sheetXml(rows.join(""))));
    },
  },
  {
    label: "sharedStrings: 150 miljoen lege <si/>",
    build: () =>
      withSharedStrings(
        hugePart("xl/sharedStrings.xml", `<sst ${NS}>`, "<si/>".repeat(1_000_000), 150, "</sst>")
      ),
  },
  {
    label: "sharedStrings: 55 miljoen lege <si/>",
    build: () =>
      withSharedStrings(
        hugePart("xl/sharedStrings.xml", `<sst ${NS}>`, "<si/>".repeat(1_000_000), 55, "</sst>")
      ),
  },
  {
    label: "idem, grootte verzwegen (1 MB opgegeven)",
    build: () =>
      lying(
        withSharedStrings(
          hugePart("xl/sharedStrings.xml", `<sst ${NS}>`, "<si/>".repeat(1_000_000), 55, "</sst>")
        ),
        "xl/sharedStrings.xml",
        1024 * 1024
      ),
  },
  {
    label: "zip-bom: blad van 3 GB spaties",
    build: () =>
      withSheet(
        hugePart(
          "xl/worksheets/sheet1.xml",
          `<worksheet ${NS}><sheetData>`,
          " ".repeat(16 * 1024 * 1024),
          192,
          "</sheetData></worksheet>"
        )
      ),
  },
  {
    label: "zip-bom, grootte verzwegen (400 MB opgegeven)",
    build: () =>
      lying(
        withSheet(
          hugePart(
            "xl/worksheets/sheet1.xml",
            `<worksheet ${NS}><sheetData>`,
            " ".repeat(16 * 1024 * 1024),
            192,
            "</sheetData></worksheet>"
          )
        ),
        "xl/worksheets/sheet1.xml",
        400 * 1024 * 1024
      ),
  },
  {
    label: "één gedeelde tekst van 900 MB",
    build: () =>
      withSharedStrings(
        hugePart(
          "xl/sharedStrings.xml",
          `<sst ${NS}><si><t>`,
          "a".repeat(9 * 1024 * 1024),
          100,
          "</t></si></sst>"
        )
      ),
  },
  {
    label: "idem, grootte verzwegen (500 MB opgegeven)",
    build: () =>
      lying(
        withSharedStrings(
          hugePart(
            "xl/sharedStrings.xml",
            `<sst ${NS}><si><t>`,
            "a".repeat(9 * 1024 * 1024),
            100,
            "</t></si></sst>"
          )
        ),
        "xl/sharedStrings.xml",
        500 * 1024 * 1024
      ),
  },
  {
    label: "voorbeeldwerkmap, blad met beschadigde deflate-data",
    build: () => {
      const b = Buffer.from(
        fs.readFileSync(path.join(__dirname, "..", "examples", "begroting-2016-hoofdstuk-IX.xlsx"))
      );
      const local = b.indexOf("xl/worksheets/sheet1.xml") - 30;
      const data = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
      for (let i = data + 200; i < data + 230; i++) b[i] ^= 0x5a;
      return b;
    },
  },
  {
    label: "voorbeeldwerkmap, CRC van styles.xml fout",
    build: () => {
      const b = Buffer.from(
        fs.readFileSync(path.join(__dirname, "..", "examples", "begroting-2016-hoofdstuk-IX.xlsx"))
      );
      let p = b.indexOf("PK\x01\x02");
      for (; p >= 0; p = b.indexOf("PK\x01\x02", p + 4)) {
        const n = b.readUInt16LE(p + 28);
        if (b.toString("utf8", p + 46, p + 46 + n) === "xl/styles.xml") break;
      }
      b.writeUInt32LE((b.readUInt32LE(p + 16) ^ 0xffff) >>> 0, p + 16);
      return b;
    },
  },
  {
    label: "DTD met geneste entiteiten (miljard lachen)",
    build: () => {
      const decls = Array.from({ length: 10 }, (_, i) =>
        i === 0 ? '<!ENTITY l0 "lol">' : `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`
      ).join("");
      const sst = `<?xml version="1.0"?><!DOCTYPE sst [${decls}]><sst ${NS}><si><t>&l9;</t></si></sst>`;
      return writeZip(
        minimalWorkbook(sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), {
          sharedStrings: sst,
        })
      );
    },
  },
  {
    label: "XML 100.000 niveaus diep",
    build: () =>
      writeZip(
        minimalWorkbook(
          sheetXml("").replace(
            "<sheetData>",
            `${"<x>".repeat(100_000)}${"</x>".repeat(100_000)}<sheetData>`
          )
        )
      ),
  },
];

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ekv-hostile-"));
  try {
    console.log(
      "| bestand | grootte | antwoord | tijd | piekgeheugen | ≤ 2 s en ≤ 300 MB |\n|---|---|---|---|---|---|"
    );
    let all = true;
    for (const h of HOSTILE) {
      const file = path.join(dir, "vijandig.xlsx");
      fs.writeFileSync(file, await h.build());
      const size = fs.statSync(file).size;
      const m = measureCli(["check", file]);
      fs.rmSync(file);
      const ok =
        m.ms <= 2000 && m.maxRssMb <= 300 && (m.code === 0 || m.code === 1 || m.code === 2);
      all &&= ok;
      const answer =
        m.code === 2
          ? `2: ${m.message
              .replace(file, "…")
              .replace(/^ekv: …: /, "")
              .slice(0, 110)}`
          : `${String(m.code)}: rapport`;
      const kb =
        size >= 1024 * 1024 ? `${fmt(size / 1024 / 1024, 1)} MB` : `${fmt(size / 1024, 1)} KB`;
      console.log(
        `| ${h.label} | ${kb} | ${answer} | ${fmt(m.ms)} ms | ${fmt(m.maxRssMb)} MB | ${ok ? "ja" : "NEE"} |`
      );
    }
    console.log(
      all
        ? "alle vijandige bestanden binnen de doelen"
        : "NIET alle vijandige bestanden binnen de doelen"
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
