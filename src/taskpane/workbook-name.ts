/**
 * The name under which findings between tables and documents name the open workbook: its file
 * name as Office gives it (`Office.context.document.url`, a path or URL on desktop and the web),
 * or "Deze werkmap" for a workbook that was never saved or a host that does not say.
 */
export const THIS_WORKBOOK = "Deze werkmap";

export function workbookName(): string {
  let url: unknown;
  try {
    url = (globalThis as { Office?: { context?: { document?: { url?: unknown } } } }).Office
      ?.context?.document?.url;
  } catch {
    return THIS_WORKBOOK;
  }
  if (typeof url !== "string" || !url.trim()) return THIS_WORKBOOK;
  const last =
    url
      .split(/[?#]/)[0]
      .replace(/[\\/]+$/, "")
      .split(/[\\/]/)
      .pop() ?? "";
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // A name with a lone "%" is shown as it stands.
  }
  return name.trim() || THIS_WORKBOOK;
}
