import { describe, expect, it } from 'vitest';
import { buildVocabulary, correction, editDistance, foundAsTyped, MAX_PAGE_WORDS } from '../../src/lib/spelling';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    expect(editDistance('exzema', 'eczema', 2)).toBe(1);
    expect(editDistance('probiotcs', 'probiotics', 2)).toBe(1);
    expect(editDistance('psoraisis', 'psoriasis', 2)).toBe(1);
    expect(editDistance('rosasea', 'rosacea', 2)).toBe(1);
    expect(editDistance('eczema', 'eczema', 2)).toBe(0);
  });

  it('stops at the limit', () => {
    expect(editDistance('acne', 'rosacea', 1)).toBe(2);
    expect(editDistance('butyrate', 'bacteria', 2)).toBe(3);
  });
});

describe('correction', () => {
  const vocabulary = ['eczema', 'rosacea', 'probiotics', 'probiotic', 'ibuprofen', 'diary', 'dairy'];

  it('finds the nearest word, the earlier of equals', () => {
    expect(correction('exzema', vocabulary)).toBe('eczema');
    expect(correction('Rosasea', vocabulary)).toBe('rosacea');
    expect(correction('probiotcs', vocabulary)).toBe('probiotics');
    expect(correction('ibuprofin', vocabulary)).toBe('ibuprofen');
    expect(correction('daisy', vocabulary)).toBe('dairy');
    expect(correction('rats', ['cats', 'bats'])).toBe('cats');
  });

  it('leaves alone a known word, a short word, a word with digits and a word too far from any', () => {
    expect(correction('dairy', vocabulary)).toBeUndefined();
    expect(correction('ecz', vocabulary)).toBeUndefined();
    expect(correction('b12s', vocabulary)).toBeUndefined();
    expect(correction('kombucha', vocabulary)).toBeUndefined();
  });
});

describe('foundAsTyped', () => {
  it('accepts a match on the word or its stem, and refuses Pagefind falling back to a shorter beginning', () => {
    expect(foundAsTyped('probiotics', ['Probiotic'])).toBe(true);
    expect(foundAsTyped('studies', ['study'])).toBe(true);
    expect(foundAsTyped('ibuprofin', ['IBS', 'IBD'])).toBe(false);
    expect(foundAsTyped('herpetiformus', ['herpes'])).toBe(false);
  });
});

describe('buildVocabulary', () => {
  it('puts names first, then the words of pages by how many pages use them, dropping words on one page', () => {
    const vocabulary = buildVocabulary({
      names: ['Atopic dermatitis'],
      pages: ['## What the trials found\nFibre feeds bacteria. Bacteria make butyrate.', '## Trials\nBacteria and fibre.', 'Bacteria again; a rareword here.'],
    });
    expect(vocabulary).toEqual(['atopic', 'dermatitis', 'bacteria', 'fibre', 'trials']);
  });

  it(`keeps at most ${MAX_PAGE_WORDS} page words, however many pages there are`, () => {
    const words = Array.from(
      { length: MAX_PAGE_WORDS + 50 },
      (_, index) =>
        `word${String.fromCharCode(97 + (index % 26))}${String.fromCharCode(97 + (Math.floor(index / 26) % 26))}${String.fromCharCode(97 + Math.floor(index / 676))}`,
    );
    const page = words.join(' ');
    expect(buildVocabulary({ names: [], pages: [page, page] })).toHaveLength(MAX_PAGE_WORDS);
  });
});
