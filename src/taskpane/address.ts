/** A1 addresses: pure helpers shared by the gateway, the templates and the panels. */

/** Column letters and A1 addresses come from the core, so the pane and the checker agree. */
export { columnLetters as columnName, a1, splitAddress } from "../core/tables/a1";

/** A sheet name as a formula reference needs it: quoted unless it is a plain name. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
