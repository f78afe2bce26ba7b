/** A1 addresses (0-based coordinates in, Excel notation out, and back). */

/** Column letters of a 0-based column: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of 0-based (row, col). */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A1 range of two 0-based corners. */
export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  return `${a1(top, left)}:${a1(bottom, right)}`;
}

/** 0-based coordinates of an A1 address ("B3", "$B$3"), or undefined. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/**
 * The sheet and the first cell of an address such as "'Mijn blad'!$B$3:C4" (→ "Mijn blad", "B3")
 * or "[Map1]Blad1!B3" (the workbook prefix is dropped); the sheet is "" when the address has none.
 */
export function splitAddress(address: string): { sheet: string; cell: string } {
  const bang = address.lastIndexOf("!");
  let sheet = bang >= 0 ? address.slice(0, bang).trim() : "";
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) {
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  sheet = sheet.replace(/^\[[^\]]*\]/, "");
  const cell = (bang >= 0 ? address.slice(bang + 1) : address)
    .split(":")[0]
    .replace(/\$/g, "")
    .trim();
  return { sheet, cell };
}
