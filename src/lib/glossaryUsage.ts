/** How many articles link each glossary term with <Term id="…">, from each article's term ids (src/lib/bodyFacts.ts). */
export function termUsage(termIdsPerArticle: Iterable<readonly string[]>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ids of termIdsPerArticle) for (const id of new Set(ids)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** The `limit` most linked term ids, most used first (ties by id, so the list is stable). */
export function mostUsedTerms(termIdsPerArticle: Iterable<readonly string[]>, limit: number): string[] {
  return [...termUsage(termIdsPerArticle)]
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .slice(0, limit)
    .map(([id]) => id);
}
