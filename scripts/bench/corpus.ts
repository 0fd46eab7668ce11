/**
 * A synthetic but realistic corpus for `npm run bench`: N articles that look like ours — valid
 * frontmatter, ~1,400 words in sections with h2/h3 headings, lists, bold text, glossary terms,
 * citations of every listed source, a callout, site links and an external link — built from the
 * sentences of the real articles, so word lengths and vocabulary match. Seeded: the same N gives
 * the same corpus on every run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface CorpusSources {
  sentences: string[];
  words: string[];
  glossary: string[];
  bibliography: string[];
  topics: string[];
}

/** Reads the real content for sentences, glossary ids, source keys and topic ids. */
export function readSources(contentDir: string): CorpusSources {
  const articlesDir = join(contentDir, 'articles');
  const sentences: string[] = [];
  for (const name of readdirSync(articlesDir).filter((file) => /^[a-z].*\.mdx$/.test(file))) {
    const body = readFileSync(join(articlesDir, name), 'utf8').split(/^---$/m).slice(2).join('---');
    const plain = body
      .replace(/<[^>]+>/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^[#>*\-\d.|: ]+/gm, '')
      .replace(/[*_`]/g, '');
    // No braces or angle brackets: in MDX they would start an expression or a tag.
    sentences.push(...(plain.match(/[A-Z][^.!?\n{}<>]{30,220}[.!?]/g) ?? []));
  }
  const ids = (file: string) => (parse(readFileSync(join(contentDir, file), 'utf8')) as { id: string }[]).map((entry) => entry.id);
  const words = sentences.flatMap((sentence) => sentence.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  return { sentences, words, glossary: ids('glossary.yaml'), bibliography: ids('bibliography.yaml'), topics: ids('topics.yaml') };
}

function seeded(seed: number) {
  return () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const LEVELS = ['strong', 'moderate', 'limited', 'emerging'];
const CALLOUTS = ['note', 'warning', 'clinician'];

/** `count` articles as { 'content/articles/bench-00001.mdx': text, … }. */
export function generateCorpus(count: number, sources: CorpusSources, seed = 7): Record<string, string> {
  const next = seeded(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const pickDistinct = <T,>(list: readonly T[], n: number): T[] => {
    const chosen = new Set<T>();
    while (chosen.size < Math.min(n, list.length)) chosen.add(pick(list));
    return [...chosen];
  };
  const sentence = () => pick(sources.sentences);
  const words = (n: number) => Array.from({ length: n }, () => pick(sources.words)).join(' ');
  const capital = (text: string) => text[0]!.toUpperCase() + text.slice(1);
  const quoted = (text: string) => JSON.stringify(text);

  const today = Date.now();
  const files: Record<string, string> = {};
  for (let index = 1; index <= count; index++) {
    const slug = `bench-${String(index).padStart(5, '0')}`;
    const topics = pickDistinct(sources.topics, 1 + Math.floor(next() * 2));
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
        parts.push(`<Callout type="${pick(CALLOUTS)}" title=${quoted(capital(words(4)))}>\n${paragraph(2, false)}\n</Callout>`);
      }
      if (section === 3) parts.push(`See [${words(3)}](/topics/${topics[0]}/) and the [${words(2)}](https://www.ncbi.nlm.nih.gov/books/NBK${10000 + index}/) for background. ${paragraph(3, false)}`);
      parts.push(paragraph(4, section % 2 === 0));
      sections.push(parts.join('\n\n'));
    }
    // Every listed source must be cited at least once.
    const remaining = references.slice(Math.min(cited, references.length)).map((key) => `<Cite id="${key}" />`).join(' ');
    files[`content/articles/${slug}.mdx`] = `---
title: ${quoted(`${capital(words(5))} (${index})`.slice(0, 88))}
description: ${quoted(`${capital(words(14))}.`.slice(0, 150).padEnd(80, ' more words here'))}
summary: ${quoted(Array.from({ length: 4 }, sentence).join(' ').slice(0, 690))}
topics: [${topics.join(', ')}]
published: ${day}
updated: ${day}
lastReviewed: ${day}
evidence: ${pick(LEVELS)}
keyTakeaways:
${Array.from({ length: 3 + Math.floor(next() * 3) }, () => `  - ${quoted(sentence())}`).join('\n')}
references: [${references.join(', ')}]
---

${paragraph(3, true)}

${sections.join('\n\n')}

${remaining ? `${sentence()} ${remaining}` : ''}
`;
  }
  return files;
}
