/**
 * Office's theme as a Fluent theme: dark when Office's body background is dark, high contrast when
 * the system forces colours (Windows high contrast), light otherwise. The themes themselves are
 * loaded by parts.ts (the dark and high-contrast ones on demand).
 */

/** Relative luminance (0–1) of "#rrggbb"; null for anything else. */
export function luminance(color: string | undefined): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? "");
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export type ThemeKind = "light" | "dark" | "contrast";

export function themeKind(bodyBackground: string | undefined, forcedColors: boolean): ThemeKind {
  if (forcedColors) return "contrast";
  const l = luminance(bodyBackground);
  return l !== null && l < 0.2 ? "dark" : "light";
}

/** The theme Office and the system ask for now. */
export function officeThemeKind(): ThemeKind {
  let background: string | undefined;
  try {
    background = Office.context?.officeTheme?.bodyBackgroundColor;
  } catch {
    background = undefined;
  }
  const forced =
    typeof window !== "undefined" &&
    typeof window.matchMedia === "function" &&
    window.matchMedia("(forced-colors: active)").matches;
  return themeKind(background, forced);
}
