/**
 * What the search page gives findResults besides the index, read from the built site as the page
 * reads it: the best-match names in its JSON script and the spelling vocabulary file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BestMatchIndex } from '../../src/lib/searchNames';
import type { SearchHelpers } from '../../src/client/searchQuery';
import { readPage } from './dist';

export function searchHelpersFrom(dist: string): SearchHelpers & { vocabularyLoads: () => number } {
  const bestMatches = JSON.parse(readPage(dist, 'search/index.html').querySelector('script[data-best-matches]')!.text) as BestMatchIndex;
  let loads = 0;
  const words = readFileSync(join(dist, 'search/vocabulary.txt'), 'utf8').split('\n').filter(Boolean);
  return {
    bestMatches,
    vocabulary: async () => {
      loads++;
      return words;
    },
    vocabularyLoads: () => loads,
  };
}
