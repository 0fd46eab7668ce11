import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_PARAM, highlightPattern } from '../../src/lib/highlight';
import { mostUsedTerms } from '../../src/lib/glossaryUsage';
import {
  SEARCH_HIGHLIGHT_PARAM,
  emptyFilters,
  filterSummary,
  withHighlight,
  pagefindFilters,
  parseSearchState,
  resultSummary,
  searchStateToQuery,
  type SearchState,
} from '../../src/lib/search';

const state = (partial: Omit<Partial<SearchState>, 'filters'> & { filters?: Partial<SearchState['filters']> }): SearchState => ({
  q: '',
  sort: 'relevance',
  ...partial,
  filters: { ...emptyFilters(), ...partial.filters },
});

describe('search state in the URL', () => {
  it('round-trips query, several values per facet and sort', () => {
    const original = state({ q: 'probiotics eczema', filters: { topic: ['Diet', 'Probiotics'], evidence: ['High certainty'] }, sort: 'newest' });
    const query = searchStateToQuery(original);
    expect(query).toBe('?q=probiotics+eczema&topic=Diet&topic=Probiotics&evidence=High+certainty&sort=newest');
    expect(parseSearchState(query)).toEqual(original);
  });

  it('reads a bare or odd URL safely', () => {
    expect(parseSearchState('')).toEqual(state({}));
    expect(parseSearchState('?q=%20acne%20&sort=bogus&topic=&topic=Diet&topic=Diet')).toEqual(state({ q: 'acne', filters: { topic: ['Diet'] } }));
    expect(searchStateToQuery(state({}))).toBe('');
  });
});

describe('Pagefind filters', () => {
  const selected = state({ filters: { topic: ['Diet', 'Probiotics'], type: ['Article'] } });

  it('widens within a facet (any) and narrows across facets', () => {
    expect(pagefindFilters(selected)).toEqual({ topic: { any: ['Diet', 'Probiotics'] }, type: { any: ['Article'] } });
  });

  it('can leave one facet out, to count its values', () => {
    expect(pagefindFilters(selected, 'topic')).toEqual({ type: { any: ['Article'] } });
  });

  it('describes results and filters in words', () => {
    expect(resultSummary(0, 'xyz')).toBe('No results for “xyz”');
    expect(resultSummary(1, 'acne')).toBe('1 result for “acne”');
    expect(resultSummary(12, '')).toBe('12 results');
    expect(filterSummary(selected)).toBe('Topic: Diet or Probiotics; Type: Article');
  });
});

describe('highlighting on the opened page', () => {
  it('uses one parameter name on both sides (the search page and the opened page)', () => {
    expect(SEARCH_HIGHLIGHT_PARAM).toBe(HIGHLIGHT_PARAM);
  });

  it('adds the words before any #heading', () => {
    expect(withHighlight('/articles/x/', 'leaky gut')).toBe(`/articles/x/?${HIGHLIGHT_PARAM}=leaky%20gut`);
    expect(withHighlight('/articles/x/#diet', 'fibre')).toBe('/articles/x/?highlight=fibre#diet');
    expect(withHighlight('/articles/x/', '  ')).toBe('/articles/x/');
  });

  it('matches stems at word starts, as Pagefind does', () => {
    const pattern = highlightPattern('Probiotics (eczema)')!;
    expect('A probiotic for eczematous skin, not antiprobiotic'.match(pattern)).toEqual(['probiotic', 'eczematous']);
    expect(highlightPattern(' a ')).toBeUndefined();
  });

  it('escapes characters that mean something in a pattern', () => {
    expect('c++ and c'.match(highlightPattern('c++')!)).not.toBeNull();
  });
});

describe('suggested glossary terms', () => {
  it('are the terms most articles link, most used first', () => {
    const termIdsPerArticle = [['b', 'a'], ['b', 'b'], ['c']];
    expect(mostUsedTerms(termIdsPerArticle, 2)).toEqual(['b', 'a']);
  });
});
