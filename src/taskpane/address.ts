/** A1 addresses: pure helpers shared by the gateway, the templates and the panels. */

/** Column letters and A1 addresses come from the core, so the pane and the checker agree. */
export { columnLetters as columnName, a1 } from "../core/tables/a1";

/** "Blad1!B3:C4" / "'Mijn blad'!B3" → the sheet name and the top-left cell without sheet. */
export function splitAddress(address: string): { sheet: string; cell: string } {
  const bang = address.lastIndexOf("!");
  const sheet = bang >= 0 ? address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'") : "";
  const ref = (bang >= 0 ? address.slice(bang + 1) : address).split(":")[0].replace(/\$/g, "");
  return { sheet, cell: ref };
}

/** A sheet name as a formula reference needs it: quoted unless it is a plain name. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
