/** Names as findings show them: unique, and none equal to a name already `taken`. */
export function uniqueNames(names: readonly string[], taken: readonly string[]): string[] {
  const used = new Set(taken);
  return names.map((name) => {
    let candidate = name;
    for (let k = 2; used.has(candidate); k++) candidate = `${name} (${k})`;
    used.add(candidate);
    return candidate;
  });
}
