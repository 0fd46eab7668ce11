/**
 * Glossary terms as search records, one per term, each linked to the term's anchor on /glossary/
 * (a single glossary page would be one result for 80 terms). Read from the built glossary page,
 * which is rendered from content/glossary.yaml, so the build output stays the one source.
 */
import { parse } from 'node-html-parser';
import type { CustomRecord } from 'pagefind';
import { sentence } from '../lib/citations';
import { CONTENT_TYPES, UNDATED_SORT_KEY } from '../lib/search';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Records for every `[data-glossary-entry]` in the glossary page's HTML. `pageUrl` is the page's URL path. */
export function glossaryRecords(html: string, pageUrl: string, language = 'en'): CustomRecord[] {
  return parse(html)
    .querySelectorAll('[data-glossary-entry]')
    .map((entry) => {
      entry.querySelectorAll('[data-glossary-ignore]').forEach((node) => node.remove());
      const term = squash(entry.querySelector('dt')?.text ?? '');
      const definition = squash(entry.querySelector('dd')?.text ?? '');
      const topic = entry.getAttribute('data-topic');
      if (!entry.id || !term || !definition) {
        throw new Error(`search index: a glossary entry in ${pageUrl} is missing its id, term or definition: ${squash(entry.text).slice(0, 80)}`);
      }
      return {
        url: `${pageUrl}#${entry.id}`,
        content: squash(
          entry
            .querySelectorAll('dt, dd')
            .map((node) => sentence(squash(node.text)))
            .join(' '),
        ),
        language,
        meta: { title: term, description: definition, ...(topic ? { mainTopic: topic } : {}) },
        filters: { type: [CONTENT_TYPES.glossary], ...(topic ? { topic: [topic] } : {}) },
        sort: { updated: UNDATED_SORT_KEY },
      };
    });
}
