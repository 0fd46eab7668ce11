import { describe, expect, it } from 'vitest';
import { bestMatchFor, bestMatchIndex, nameGroups, nameKey, synonymEntriesOf, withMainNames, type NamedEntry } from '../../src/lib/searchNames';

const entries: NamedEntry[] = [
  { kind: 'glossary', id: 'atopic-dermatitis', name: 'Atopic dermatitis', aliases: ['eczema', 'atopic eczema'], url: '/glossary/#atopic-dermatitis' },
  { kind: 'glossary', id: 'probiotic', name: 'Probiotic', aliases: ['probiotics'], url: '/glossary/#probiotic' },
  { kind: 'glossary', id: 'butyrate', name: 'Butyrate', aliases: [], url: '/glossary/#butyrate' },
  { kind: 'condition', id: 'eczema', name: 'Eczema', aliases: [], term: 'atopic-dermatitis', url: '/conditions/eczema/' },
  { kind: 'topic', id: 'probiotics', name: 'Probiotics', aliases: ['good bacteria', 'friendly bacteria'], term: 'probiotic', url: '/topics/probiotics/' },
  { kind: 'topic', id: 'diet', name: 'Diet', aliases: ['nutrition'], url: '/topics/diet/' },
];
const groups = nameGroups(entries);
const index = bestMatchIndex(groups);

describe('nameGroups', () => {
  it('joins a topic or condition with its glossary term, the defining page first, each name once', () => {
    expect(groups.map((group) => [group.target.url, group.names])).toEqual([
      ['/conditions/eczema/', ['Eczema', 'Atopic dermatitis', 'atopic eczema']],
      ['/topics/probiotics/', ['Probiotics', 'good bacteria', 'friendly bacteria', 'Probiotic']],
      ['/glossary/#butyrate', ['Butyrate']],
      ['/topics/diet/', ['Diet', 'nutrition']],
    ]);
  });

  it('gives synonyms only for groups with more than one name', () => {
    expect(synonymEntriesOf(groups).map((entry) => entry.term)).toEqual(['Eczema', 'Probiotics', 'Diet']);
  });
});

describe('bestMatchFor', () => {
  it('finds the defining page for a name as typed or once its filler words are gone, and nothing for other queries', () => {
    expect(bestMatchFor('eczema', index)?.url).toBe('/conditions/eczema/');
    expect(bestMatchFor('Atopic-Dermatitis', index)?.url).toBe('/conditions/eczema/');
    expect(bestMatchFor('what is butyrate?', index)?.url).toBe('/glossary/#butyrate');
    expect(bestMatchFor('probiotics eczema', index)).toBeUndefined();
  });
});

describe('withMainNames', () => {
  it('searches an everyday phrase as the one-word name the site uses, and says so', () => {
    expect(withMainNames('Friendly bacteria for eczema', index)).toEqual({
      query: 'probiotics for eczema',
      replaced: [{ from: 'friendly bacteria', to: 'probiotics' }],
    });
    expect(withMainNames('atopic eczema in babies', index).query).toBe('eczema in babies');
  });

  it('leaves single words, phrases whose main name is a phrase, and queries without a phrase as typed', () => {
    expect(withMainNames('nutrition and acne', index).replaced).toEqual([]);
    expect(withMainNames('probiotics', index)).toEqual({ query: 'probiotics', replaced: [] });
  });
});

describe('nameKey', () => {
  it('ignores case, accents, hyphens and spacing', () => {
    expect(nameKey('  Crohn’s-Disease ')).toBe('crohn s disease');
    expect(nameKey('Coeliac Disease')).toBe(nameKey('coeliac  disease'));
  });
});
