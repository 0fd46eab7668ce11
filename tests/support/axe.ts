/**
 * The one way the browser tests run axe: WCAG 2.2 A and AA by default, over the page as it is now.
 *
 * axe runs with `axe.run` in the page itself (AxeBuilder's legacy mode) and collects only violations:
 * our pages have no frames, so the default's per-frame `runPartial` and the blank page it opens to
 * merge the results cost a second a page and test nothing more; the passing nodes we never read cost
 * as much again. Measured on an article: 2.1–2.7 s per run before, 0.75–1.0 s after, same rules.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One line per failing element: "axe color-contrast (serious): main p — Fix any of the following: …". */
export async function axeViolations(page: Page, tags: string[] | 'every rule' = WCAG_TAGS): Promise<string[]> {
  // `options()` replaces what withTags() sets, so it comes first.
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).setLegacyMode();
  const { violations } = await (tags === 'every rule' ? builder : builder.withTags(tags)).analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `axe ${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ')}`),
  );
}
