/**
 * The synthetic corpus for `npm run bench` and `npm run bench:search`: N articles that look like ours —
 * valid frontmatter, ~1,400 words in sections with h2/h3 headings, lists, bold text, glossary terms,
 * citations of every listed source, a callout, an urgent-care list, site links and an external link — built from the
 * sentences of the real articles, so word lengths match. Seeded: the same N gives the same corpus.
 *
 * Word statistics matter for search (index chunk sizes, result counts), so they follow real collections
 * (Zipf/Heaps) rather than one pooled bag of words, which would put every topical word ("leaky",
 * "dairy", "rosacea") in nearly every article:
 *   - each article is modelled on one real article (its theme, which also gives its main topic): 80% of
 *     its sentences come from that article, 20% from a second one, so a word's document frequency in
 *     the corpus follows its frequency among the real articles ("gut": most, "leaky": a few);
 *   - about 12% of the words are replaced by terms from a long tail of 40,000 synthetic words with Zipf
 *     frequencies (strains, drugs, foods, study names in real articles), so the vocabulary keeps growing
 *     with the collection as it does in practice.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ANSWERS, CERTAINTIES } from '../../src/lib/evidence';
import { keepsSummaryRules, repeatedSummarySentence } from '../../src/schemas/article';
import { CALLOUT_TYPES } from '../../src/schemas/editorComponents';

/** One real article's sentences, words and topics. */
export interface Theme {
  sentences: string[];
  words: string[];
  topics: string[];
}

export interface CorpusSources {
  themes: Theme[];
  glossary: string[];
  bibliography: string[];
  topics: string[];
}

/** Reads the real content for sentences, glossary ids, source keys and topic ids. */
export function readSources(contentDir: string): CorpusSources {
  const articlesDir = join(contentDir, 'articles');
  const themes: Theme[] = [];
  for (const name of readdirSync(articlesDir).filter((file) => /^[a-z].*\.mdx$/.test(file))) {
    const text = readFileSync(join(articlesDir, name), 'utf8');
    const body = text.split(/^---$/m).slice(2).join('---');
    const plain = body
      .replace(/<[^>]+>/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^[#>*\-\d.|: ]+/gm, '')
      .replace(/[*_`]/g, '');
    // No braces or angle brackets: in MDX they would start an expression or a tag.
    const sentences = plain.match(/[A-Z][^.!?\n{}<>]{30,220}[.!?]/g) ?? [];
    const words = sentences.flatMap((sentence) => sentence.toLowerCase().match(/[a-z]{4,}/g) ?? []);
    const topics = /^topics:\s*\[([^\]]*)\]/m.exec(text)?.[1]!.split(',').map((id) => id.trim()).filter(Boolean) ?? [];
    if (sentences.length) themes.push({ sentences, words, topics });
  }
  const ids = (file: string) => (parse(readFileSync(join(contentDir, file), 'utf8')) as { id: string }[]).map((entry) => entry.id);
  return { themes, glossary: ids('glossary.yaml'), bibliography: ids('bibliography.yaml'), topics: ids('topics.yaml') };
}

/** Pronounceable synthetic terms for the long tail, one per rank ("cobafenlo"). */
const SYLLABLES = ['ba', 'co', 'di', 'fen', 'gal', 'hex', 'ki', 'lo', 'mar', 'nu', 'pro', 'qui', 'ra', 'sul', 'ta', 'vo', 'xi', 'zo', 'lin', 'tor'];
const TAIL = 40_000;
function tailWord(rank: number): string {
  let word = '';
  for (let n = rank + 7919; word.length < 7 || n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
  return word;
}

function seeded(seed: number) {
  return () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}


/** `count` articles as { 'content/articles/bench-00001.mdx': text, … }. */
export function generateCorpus(count: number, sources: CorpusSources, seed = 7): Record<string, string> {
  const next = seeded(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const pickDistinct = <T,>(list: readonly T[], n: number): T[] => {
    const chosen = new Set<T>();
    while (chosen.size < Math.min(n, list.length)) chosen.add(pick(list));
    return [...chosen];
  };
  // A tail rank with Zipf frequencies (rank r ∝ 1/r), by inverting the harmonic CDF.
  const harmonic = Math.log(TAIL) + 0.5772;
  const zipf = () => Math.min(TAIL - 1, Math.floor(Math.exp(next() * harmonic - 0.5772)));
  const withTail = (text: string) => text.replace(/\b[a-z]{4,}\b/g, (word) => (next() < 0.12 ? tailWord(zipf()) : word));
  let theme = sources.themes[0]!;
  let secondary = sources.themes[0]!;
  const sentence = () => withTail(pick(next() < 0.8 ? theme.sentences : secondary.sentences));
  const word = () => (next() < 0.12 ? tailWord(zipf()) : pick(next() < 0.8 ? theme.words : secondary.words));
  const words = (n: number) => Array.from({ length: n }, word).join(' ');
  const capital = (text: string) => text[0]!.toUpperCase() + text.slice(1);
  const quoted = (text: string) => JSON.stringify(text);
  // Graded questions read their words from the site's own scale, as real articles do.
  const questionLines = (references: string[]) =>
    Array.from({ length: 1 + Math.floor(next() * 3) }, () =>
      [
        `  - question: ${quoted(`${capital(words(6))}?`)}`,
        `    answer: ${pick(ANSWERS)}`,
        `    certainty: ${pick(CERTAINTIES)}`,
        `    sources: [${references[Math.floor(next() * references.length)]}]`,
      ].join('\n'),
    ).join('\n');

  const today = Date.now();
  const files: Record<string, string> = {};
  for (let index = 1; index <= count; index++) {
    const slug = `bench-${String(index).padStart(5, '0')}`;
    theme = pick(sources.themes);
    secondary = pick(sources.themes);
    // The theme's main topic first, then sometimes a second topic.
    const main = theme.topics.find((topic) => sources.topics.includes(topic)) ?? pick(sources.topics);
    const topics = [main, ...(next() < 0.6 ? [pick(sources.topics)] : [])].filter((topic, position, all) => all.indexOf(topic) === position);
    const references = pickDistinct(sources.bibliography, 3 + Math.floor(next() * 5));
    const terms = pickDistinct(sources.glossary, 6);
    // Within the last 300 days: published, and not yet due for review (12-month cycle).
    const day = new Date(today - Math.floor(1 + next() * 300) * 86_400_000).toISOString().slice(0, 10);
    let cited = 0;
    const cite = () => `<Cite id="${references[cited++ % references.length]}" />`;
    const paragraph = (sentencesInIt: number, withCite: boolean) => {
      const text = Array.from({ length: sentencesInIt }, sentence);
      const termAt = Math.floor(next() * text.length);
      const term = pick(terms);
      text[termAt] = `${text[termAt]} <Term id="${term}">${words(2)}</Term> matters here.`;
      return text.join(' ') + (withCite ? ` ${cite()}` : '');
    };
    const sections: string[] = [];
    for (let section = 0; section < 5; section++) {
      const parts = [`## ${capital(words(3 + Math.floor(next() * 4)))}`, paragraph(4, true), paragraph(5, true)];
      if (section === 1) parts.push(`- **${capital(words(2))}:** ${sentence()} ${cite()}\n- **${capital(words(2))}:** ${sentence()}\n- ${sentence()}`);
      if (section === 2) {
        parts.push(`### ${capital(words(4))}`, paragraph(4, true));
        parts.push(`<Callout type="${pick(CALLOUT_TYPES)}" title=${quoted(capital(words(4)))}>\n${paragraph(2, false)}\n</Callout>`);
      }
      // Every article on a clinical topic says when to get help (the checker requires it); real articles do.
      if (section === 4) parts.push(`<UrgentCare tier="soon">\n\n- ${words(6)} for more than a few weeks\n- ${words(5)} keeps coming back\n\n</UrgentCare>`);
      if (section === 3) parts.push(`See [${words(3)}](/topics/${topics[0]}/) and the [${words(2)}](https://www.ncbi.nlm.nih.gov/books/NBK${10000 + index}/) for background. ${paragraph(3, false)}`);
      parts.push(paragraph(4, section % 2 === 0));
      sections.push(parts.join('\n\n'));
    }
    // The short answer follows the schema's rules (2–3 sentences, 100–420 characters), and no takeaway repeats it.
    let summary = '';
    while (!keepsSummaryRules(summary)) {
      summary = `${sentence()} ${sentence()}`;
    }
    const takeaways: string[] = [];
    while (takeaways.length < 3 + (index % 3)) {
      const candidate = sentence();
      if (!repeatedSummarySentence(candidate, summary) && !takeaways.includes(candidate)) takeaways.push(candidate);
    }
    // Every listed source must be cited at least once.
    const remaining = references.slice(Math.min(cited, references.length)).map((key) => `<Cite id="${key}" />`).join(' ');
    files[`content/articles/${slug}.mdx`] = `---
title: ${quoted(`${capital(words(5))} (${index})`.slice(0, 88))}
description: ${quoted(`${capital(words(14))}.`.slice(0, 150).padEnd(80, ' more words here'))}
summary: ${quoted(summary)}
topics: [${topics.join(', ')}]
published: ${day}
updated: ${day}
lastReviewed: ${day}
questions:
${questionLines(references)}
keyTakeaways:
${takeaways.map((takeaway) => `  - ${quoted(takeaway)}`).join('\n')}
references: [${references.join(', ')}]
---

${paragraph(3, true)}

${sections.join('\n\n')}

${remaining ? `${sentence()} ${remaining}` : ''}
`;
  }
  return files;
}
