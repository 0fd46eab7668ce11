/**
 * The publication's measurable editorial standards (issue #3), enforced for every published
 * article so that future articles are held to them too.
 */
import { readFileSync } from 'node:fs';
import rs from 'text-readability';
import { describe, expect, it } from 'vitest';
import { bodyFactsOf } from '../../src/lib/bodyFacts';
import { ANSWERS, CERTAINTIES } from '../../src/lib/evidence';
import { wordCount } from '../../src/lib/prose';
import { publishedArticles, readYaml } from '../support/articles';

const articles = publishedArticles();
const bibliography: { id: string }[] = readYaml('bibliography.yaml');
const glossary: { id: string }[] = readYaml('glossary.yaml');
const topics: { id: string }[] = readYaml('topics.yaml');
const sourceIds = new Set(bibliography.map((source) => source.id));
const termIds = new Set(glossary.map((term) => term.id));

/** Topics whose articles discuss symptoms that may need medical care. */
const CLINICAL_TOPICS = new Set(['skin-conditions', 'medication-safety']);
/** Ceiling on the Flesch–Kincaid grade: plain language a general reader handles (see npm run reading-level). */
const MAX_GRADE = 10;

describe('the collection', () => {
  it('has at least 18 published articles', () => {
    expect(articles.length).toBeGreaterThanOrEqual(18);
  });

  it('gives every topic at least 3 articles', () => {
    for (const topic of topics) {
      const count = articles.filter((article) => article.data.topics.includes(topic.id)).length;
      expect(count, topic.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('has at least 40 sources, every one cited by a published article', () => {
    expect(bibliography.length).toBeGreaterThanOrEqual(40);
    const cited = new Set(articles.flatMap((article) => article.data.references as string[]));
    expect(bibliography.map((source) => source.id).filter((id) => !cited.has(id))).toEqual([]);
  });

  it('has at least 30 glossary terms with unique ids', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(30);
    expect(termIds.size).toBe(glossary.length);
  });

  it('has unique titles', () => {
    const titles = articles.map((article) => article.data.title);
    expect(titles.filter((title, index) => titles.indexOf(title) !== index)).toEqual([]);
  });
});

describe.each(articles.map((article) => [article.slug, article] as const))('%s', (_slug, article) => {
  const { data, body, file } = article;
  // Parsed once per article, as Astro parses it, for the tests that read its prose and its citations.
  const { prose, citedKeys: citedInOrder, termIds: linkedTerms } = bodyFactsOf(readFileSync(file, 'utf8'));

  it('is 900–2,000 words of prose', () => {
    expect(wordCount(prose)).toBeGreaterThanOrEqual(900);
    expect(wordCount(prose)).toBeLessThanOrEqual(2000);
  });

  it('has a one-paragraph summary and 3–5 key takeaways', () => {
    expect(data.summary).toBeTypeOf('string');
    expect(data.summary).not.toMatch(/\n\s*\n/);
    expect(data.keyTakeaways.length).toBeGreaterThanOrEqual(3);
    expect(data.keyTakeaways.length).toBeLessThanOrEqual(5);
  });

  it('grades each question it answers, from sources it cites, or is a practical guide', () => {
    if (data.guide === true) {
      expect(data.questions).toBeUndefined();
      return;
    }
    expect(data.questions.length).toBeGreaterThanOrEqual(1);
    const cited = new Set(citedInOrder);
    for (const graded of data.questions) {
      expect(graded.question).toMatch(/\?$/);
      expect(ANSWERS).toContain(graded.answer);
      expect(CERTAINTIES).toContain(graded.certainty);
      for (const source of graded.sources) expect(cited, `${graded.question} rests on ${source}, cited in the text`).toContain(source);
    }
  });

  it('has at least one topic and consistent dates', () => {
    expect(data.topics.length).toBeGreaterThanOrEqual(1);
    const [published, updated, reviewed] = [data.published, data.updated, data.lastReviewed].map((date) => new Date(date).getTime());
    expect(updated).toBeGreaterThanOrEqual(published!);
    expect(reviewed).toBeGreaterThanOrEqual(published!);
  });

  it('cites at least 3 distinct sources, all in the bibliography, each cited in the text', () => {
    const references: string[] = data.references;
    expect(new Set(references).size).toBe(references.length);
    expect(references.length).toBeGreaterThanOrEqual(3);
    expect(references.filter((key) => !sourceIds.has(key))).toEqual([]);
    const cited = citedInOrder;
    expect(
      cited.filter((key) => !references.includes(key)),
      'cited but not in references',
    ).toEqual([]);
    expect(
      references.filter((key) => !cited.includes(key)),
      'in references but never cited',
    ).toEqual([]);
  });

  it('links only to glossary terms that exist', () => {
    expect(linkedTerms.filter((id) => !termIds.has(id))).toEqual([]);
  });

  it('says when to see a clinician where symptoms could be serious', () => {
    if (!data.topics.some((topic: string) => CLINICAL_TOPICS.has(topic))) return;
    expect(body).toMatch(/^##\s+When to (see a (clinician|doctor)|get help)/im);
  });

  it(`reads at Flesch–Kincaid grade ${MAX_GRADE} or below`, () => {
    expect(rs.fleschKincaidGrade(prose)).toBeLessThanOrEqual(MAX_GRADE);
  });

  it('makes no cure claims', () => {
    // "Cure" may only appear where the sentence denies or warns about it ("there is no cure").
    const claims = prose
      .split(/(?<=[.!?])\s+/)
      .filter((sentence) => /\b(cures?|cured|curing|miracle|detox(es|ify)?)\b/i.test(sentence))
      .filter((sentence) => !/\b(no|not|never|nor|cannot|unproven|claims?|promises?|sold as|be (wary|cautious))\b/i.test(sentence));
    expect(claims).toEqual([]);
  });
});
