import { describe, expect, it } from 'vitest';
import { bodyFactsOf } from '../../src/lib/bodyFacts';
import { sentencesOf, wordCount, wordOverlap } from '../../src/lib/prose';

const proseOf = (body: string) => bodyFactsOf(body).prose;

describe('the prose of an MDX body, from its tree', () => {
  it('keeps what a reader sees and drops markup, citations and headings', () => {
    const body = '## Heading\n\nSome <Term id="x">gut</Term> text <Cite id="a" />. A [link](/articles/y/) here.';
    expect(proseOf(body)).toBe('Some gut text. A link here.');
    expect(bodyFactsOf(body).headings).toEqual(['Heading']);
  });

  it('ends every paragraph, list item and table row as a sentence, so readability sees the breaks', () => {
    const body = 'First paragraph without a stop\n\nsecond paragraph.\n\n- one item\n- another item\n\n| Food | Effect |\n| --- | --- |\n| milk | small |';
    expect(proseOf(body)).toBe('First paragraph without a stop. Second paragraph. One item. Another item. Food, Effect. Milk, small.');
  });

  it('treats a callout as its own block', () => {
    expect(proseOf('Before it\n\n<Callout type="note" title="T">\ninside it\n</Callout>\n\nafter it')).toBe('Before it. Inside it. After it.');
  });

  it('leaves out the frontmatter, code, images and comments, which a reader does not read as prose', () => {
    const body = '---\ntitle: A title\n---\n\nText.\n\n```\n<Cite id="a" /> in code\n```\n\n![a gut](./gut.png)\n\n{/* a note to editors */}';
    expect(bodyFactsOf(body)).toEqual({ prose: 'Text.', headings: [], citedKeys: [], termIds: [] });
  });

  it('lists cited keys and linked terms once each, in order of first use', () => {
    const body = 'A <Cite id="b" /> and <Term id="x">x</Term>.\n\nB <Cite id="a" /><Cite id="b" /> <Term id="y">y</Term> <Term id="x">x</Term>.';
    expect(bodyFactsOf(body)).toMatchObject({ citedKeys: ['b', 'a'], termIds: ['x', 'y'] });
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
