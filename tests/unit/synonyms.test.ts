import { describe, expect, it } from 'vitest';
import { readYaml } from '../support/articles';
import { mentions, synonymIndexText, synonymText, synonymsFor, type SynonymEntry } from '../../src/lib/synonyms';

const eczema: SynonymEntry = { term: 'Atopic dermatitis', aliases: ['eczema', 'atopic eczema'] };
const scfa: SynonymEntry = { term: 'Short-chain fatty acids', aliases: ['SCFA', 'SCFAs'] };
const uc: SynonymEntry = { term: 'Ulcerative colitis', aliases: ['UC'] };

describe('mentions', () => {
  it('matches whole words, ignoring case, hyphens and punctuation', () => {
    expect(mentions('Short chain fatty acids (SCFAs) feed the colon.', 'short-chain fatty acids')).toBe(true);
    expect(mentions('<Term id="atopic-dermatitis">atopic dermatitis</Term>', 'Atopic dermatitis')).toBe(true);
    expect(mentions('Eczematous skin', 'eczema')).toBe(false);
  });

  it('matches all-capital acronyms only in capitals, so ordinary words do not trigger them', () => {
    expect(mentions('People with UC often…', 'UC')).toBe(true);
    expect(mentions('the uc berkeley study', 'UC')).toBe(false);
  });
});

describe('synonymsFor', () => {
  it('adds the names a text does not use for every term it mentions', () => {
    expect(synonymsFor('Atopic dermatitis often starts in infancy.', [eczema, scfa])).toEqual([
      { term: 'Atopic dermatitis', missing: ['eczema', 'atopic eczema'] },
    ]);
  });

  it('works from an alias too: "SCFA" adds the full name', () => {
    expect(synonymsFor('SCFA levels rose.', [scfa])).toEqual([{ term: 'Short-chain fatty acids', missing: ['Short-chain fatty acids', 'SCFAs'] }]);
  });

  it('adds nothing for terms the text does not mention, or names it already uses', () => {
    expect(synonymsFor('Nothing about the bowel here.', [eczema, scfa, uc])).toEqual([]);
    expect(synonymsFor('Atopic dermatitis, also called eczema or atopic eczema.', [eczema])).toEqual([]);
  });

  it('renders one sentence per term', () => {
    expect(synonymText([{ term: 'Atopic dermatitis', missing: ['eczema', 'atopic eczema'] }])).toBe('Atopic dermatitis: eczema, atopic eczema.');
  });

  it('indexes the words of the missing names, each once, without repeating the term', () => {
    expect(
      synonymIndexText([
        { term: 'Atopic dermatitis', missing: ['eczema', 'atopic eczema'] },
        { term: 'Small intestinal bacterial overgrowth', missing: ['Small intestinal bacterial overgrowth', 'small intestinal bacterial overgrowth', 'SIBO'] },
        { term: 'Eczema herpeticum', missing: ['Eczema'] },
        { term: 'Ulcerative colitis', missing: ['UC', 'uc'] },
      ]),
    ).toBe('eczema, atopic. small, intestinal, bacterial, overgrowth, SIBO. UC, uc.');
  });

  it('leaves out the words the page already uses (plurals included), but compares acronyms as written', () => {
    const groups = [
      { term: 'Acne', missing: ['acne vulgaris', 'pimples'] },
      { term: 'Antibiotic', missing: ['antibacterials', 'antibacterial drug'] },
      { term: 'Short-chain fatty acids', missing: ['SCFA'] },
    ];
    expect(synonymIndexText(groups, 'Acne and antibacterial creams: how scfa levels change.')).toBe('vulgaris, pimples. drug. SCFA.');
  });

  it('is driven by content/glossary.yaml: the synonyms the issue names exist there', () => {
    const glossary = readYaml<SynonymEntry[]>('glossary.yaml');
    const added = (text: string) => synonymsFor(text, glossary).flatMap((group) => group.missing.map((name) => name.toLowerCase()));
    expect(added('The evidence on atopic dermatitis')).toContain('eczema');
    expect(added('Increased intestinal permeability')).toContain('leaky gut');
    expect(added('Short-chain fatty acids such as butyrate')).toContain('scfa');
  });
});
