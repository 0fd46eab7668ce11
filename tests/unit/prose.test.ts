import { describe, expect, it } from 'vitest';
import { proseOf, sentencesOf, wordCount, wordOverlap } from '../../src/lib/prose';

describe('proseOf', () => {
  it('keeps what a reader sees and drops markup, citations and headings', () => {
    const body = '## Heading\n\nSome <Term id="x">gut</Term> text <Cite id="a" />. A [link](/articles/y/) here.';
    expect(proseOf(body)).toBe('Some gut text. A link here.');
  });

  it('ends every paragraph and list item as a sentence, so readability sees the breaks', () => {
    const body = 'First paragraph without a stop\n\nsecond paragraph.\n\n- one item\n- another item';
    expect(proseOf(body)).toBe('First paragraph without a stop. Second paragraph. One item. Another item.');
  });

  it('treats a callout as its own block', () => {
    expect(proseOf('Before it\n<Callout type="note" title="T">\ninside it\n</Callout>\nafter it')).toBe('Before it. Inside it. After it.');
  });

  it('counts words', () => {
    expect(wordCount('One two, three — four.')).toBe(4);
  });
});

describe('sentencesOf and wordOverlap', () => {
  it('splits a paragraph at sentence ends but not after an initial', () => {
    expect(sentencesOf('Probiotics may help. Is it C. difficile? Ask a doctor!')).toEqual(['Probiotics may help.', 'Is it C. difficile?', 'Ask a doctor!']);
  });

  it('measures how much of the shorter text the other repeats', () => {
    expect(wordOverlap('Probiotics probably do not treat eczema.', 'Probiotics probably do not treat eczema in adults or children.')).toBe(1);
    expect(wordOverlap('Keep using moisturisers.', 'Probiotics probably do not treat eczema.')).toBe(0);
  });
});
