import { describe, expect, it } from 'vitest';
import { citedKeysInOrder, formatSource, numberReferences } from '../../src/lib/citations';

const body = `Intro <Cite id="b" /> then <Cite id='a'/> and again <Cite id="b" />.\n\n## Later\nMore <Cite id="c" />`;

describe('citedKeysInOrder', () => {
  it('returns each key once, in order of first citation, with either quote style', () => {
    expect(citedKeysInOrder(body)).toEqual(['b', 'a', 'c']);
  });
});

describe('numberReferences', () => {
  it('numbers cited references by first citation, then lists uncited ones', () => {
    expect(numberReferences(body, ['a', 'b', 'c', 'd'])).toEqual({ order: ['b', 'a', 'c', 'd'], unlisted: [], uncited: ['d'] });
  });
  it('reports keys cited in the body but missing from the frontmatter', () => {
    expect(numberReferences(body, ['a', 'b']).unlisted).toEqual(['c']);
  });
});

describe('formatSource', () => {
  it('formats a journal article consistently', () => {
    expect(formatSource({ authors: ['Smith A', 'Jones B'], title: 'A title', journal: 'J Test', year: 2020, volume: '12', pages: '1-9' })).toBe(
      'Smith A, Jones B. A title. J Test. 2020;12:1-9.',
    );
  });
  it('does not double the full stop after a title that ends in punctuation', () => {
    expect(formatSource({ authors: ['WHO'], title: 'Is it safe?', journal: 'World Health Organization', year: 2018 })).toBe(
      'WHO. Is it safe? World Health Organization. 2018.',
    );
  });

  it('never doubles a full stop after "et al." or a title or journal that ends a sentence', () => {
    const text = formatSource({ authors: ['A B', 'C D', 'E F', 'G H', 'I J', 'K L', 'et al.'], title: 'Does it work?', journal: 'J. Test.', year: 2021 });
    expect(text).toBe('A B, C D, E F, G H, I J, K L, et al. Does it work? J. Test. 2021.');
    expect(text).not.toMatch(/\.\./);
  });
});
