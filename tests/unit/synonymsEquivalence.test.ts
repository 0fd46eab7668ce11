/**
 * `mentions` splits a text into words by hand and looks the names up by their first word, instead of
 * normalising with a Unicode regex and scanning the whole text for every glossary name; on every real
 * article and every glossary name it must answer exactly as the plain definition does: the normalised
 * name, space-padded, is a substring of the normalised text.
 */
import { describe, expect, it } from 'vitest';
import { publishedArticles, readYaml } from '../support/articles';
import { mentions, type SynonymEntry } from '../../src/lib/synonyms';

const normalise = (text: string, keepCase: boolean) => {
  const spaced = ` ${text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  return keepCase ? spaced : spaced.toLowerCase();
};
const isAcronym = (name: string) => /^[A-Z0-9]{2,6}s?$/.test(name.replace(/[^\p{L}\p{N}]/gu, ''));
// Each article's normalised text is computed once, not once per glossary name.
const normalisedTexts = new Map<string, string>();
const normalisedText = (text: string, keepCase: boolean) => {
  const key = `${keepCase}\u0000${text}`;
  if (!normalisedTexts.has(key)) normalisedTexts.set(key, normalise(text, keepCase));
  return normalisedTexts.get(key)!;
};
const plainMentions = (text: string, name: string) => {
  const acronym = isAcronym(name);
  const needle = normalise(name, acronym);
  return needle.trim() !== '' && normalisedText(text, acronym).includes(needle);
};

describe('mentions agrees with the plain definition', () => {
  const names = readYaml<SynonymEntry[]>('glossary.yaml').flatMap((entry) => [entry.term, ...entry.aliases]);
  const texts = publishedArticles().map((article) => article.body);

  // mentions() prepares the text on every call here (~4,000 calls), so this test needs more than the default 5 s.
  it('on every article and every glossary name', { timeout: 30_000 }, () => {
    expect(names.length).toBeGreaterThan(50);
    const disagreements = texts.flatMap((text, index) =>
      names.filter((name) => mentions(text, name) !== plainMentions(text, name)).map((name) => `article ${index}: ${name}`),
    );
    expect(disagreements).toEqual([]);
  });

  it('on edge cases: repeated first words, names at the very start and end, punctuation-only names', () => {
    for (const [text, name] of [
      ['gut gut barrier', 'gut barrier'],
      ['barrier gut', 'gut barrier'],
      ['Gut barrier.', 'gut-barrier'],
      ['the end of the gut', 'the gut'],
      ['', 'gut'],
      ['a -- b', '--'],
      ['IBD and ibd', 'IBD'],
      // Letters and digits beyond ASCII: Greek, accents, a character outside the Basic Multilingual Plane.
      ['TNF-α rises', 'TNF α'],
      ['TNF-α rises', 'TNF'],
      ['café au lait', 'cafe'],
      ['café au lait', 'Café'],
      ['the 𝛂𝛃 cells', '𝛂𝛃'],
      ['x–y “z”', 'x y z'],
      ['İstanbul', 'istanbul'],
    ]) {
      expect(mentions(text!, name!), `${text} / ${name}`).toBe(plainMentions(text!, name!));
    }
  });
});
