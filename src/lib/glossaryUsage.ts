/** The glossary ids an MDX body links with <Term id="…">, once each. */
const termIdsIn = (body: string) => new Set([...body.matchAll(/<Term\s+id=["']([^"']+)["']/g)].map((match) => match[1]!));

/** How many articles link each glossary term with <Term id="…">, to suggest the most used terms. */
export function termUsage(bodies: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const body of bodies) for (const id of termIdsIn(body)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** The `limit` most linked term ids, most used first (ties by id, so the list is stable). */
export function mostUsedTerms(bodies: string[], limit: number): string[] {
  return [...termUsage(bodies)]
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .slice(0, limit)
    .map(([id]) => id);
}
