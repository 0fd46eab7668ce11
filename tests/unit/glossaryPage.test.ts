import { describe, expect, it } from 'vitest';
import { byLetter, letterOf, realSynonyms } from '../../src/lib/glossaryPage';

describe('the glossary page', () => {
  it('shows other names, not plurals or case variants of the term or of each other', () => {
    expect(realSynonyms('Randomised controlled trial', ['RCT', 'RCTs', 'randomized controlled trial', 'Randomised controlled trials'])).toEqual([
      'RCT',
      'randomized controlled trial',
    ]);
    expect(realSynonyms('Probiotic', ['probiotics', 'good bacteria'])).toEqual(['good bacteria']);
  });

  it('files terms under their first letter, A–Z, digits and symbols under #', () => {
    expect(letterOf('eczema')).toBe('E');
    expect(letterOf('5-ASA')).toBe('#');
    expect(
      byLetter([{ term: 'Dysbiosis' }, { term: 'Acne' }, { term: 'Diet' }]).map((group) => [group.letter, group.terms.map((entry) => entry.term)]),
    ).toEqual([
      ['A', ['Acne']],
      ['D', ['Dysbiosis', 'Diet']],
    ]);
  });
});
