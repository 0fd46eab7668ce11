/** Edit distance between two short strings (ids, keys), for "did you mean" hints. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The known id closest to a mistyped one, if it is close enough to be a likely typo. */
export function closest(wrong: string, known: Iterable<string>): string | undefined {
  let best: { id: string; score: number } | undefined;
  for (const id of known) {
    const score = distance(wrong.toLowerCase(), id.toLowerCase());
    if (!best || score < best.score) best = { id, score };
  }
  return best && best.score <= Math.max(2, Math.floor(wrong.length / 4)) ? best.id : undefined;
}

/** ` Did you mean "diet"?` or nothing. */
export const didYouMean = (wrong: string, known: Iterable<string>) => {
  const guess = closest(wrong, known);
  return guess ? ` Did you mean "${guess}"?` : '';
};
