/**
 * A count (or any safe integer) as `toLocaleString("nl-NL")` writes it: "1.048.576", "-3", "-0".
 * Written out here because the first call of toLocaleString loads the engine's ICU locale data,
 * which costs a command-line run some 6 MB of memory for a few thousands separators;
 * test/core/count.test.ts holds it to toLocaleString. Other numbers go to toLocaleString itself.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString("nl-NL");
  if (Object.is(n, -0)) return "-0";
  const digits = String(Math.abs(n));
  const grouped = digits.length > 3 ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".") : digits;
  return n < 0 ? `-${grouped}` : grouped;
}
