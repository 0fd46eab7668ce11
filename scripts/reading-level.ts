/**
 * Prints each published article's length and reading level, so editors can aim for plain language
 * (Flesch–Kincaid grade 10 or below). Run: npm run reading-level
 */
import { readdirSync, readFileSync } from 'node:fs';
import rs from 'text-readability';
import { bodyFactsOf } from '../src/lib/bodyFacts.ts';
import { wordCount } from '../src/lib/prose.ts';

const dir = new URL('../content/articles/', import.meta.url);
const rows = readdirSync(dir)
  .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
  .map((name) => {
    const source = readFileSync(new URL(name, dir), 'utf8');
    const [, frontmatter = ''] = source.split(/^---$/m);
    if (/^draft:\s*true/m.test(frontmatter)) return undefined;
    const { prose } = bodyFactsOf(source);
    return { article: name.replace(/\.mdx$/, ''), words: wordCount(prose), grade: rs.fleschKincaidGrade(prose) };
  })
  .filter((row) => row !== undefined);

console.log(`${'article'.padEnd(52)} words  grade`);
for (const row of rows) console.log(`${row.article.padEnd(52)} ${String(row.words).padStart(5)}  ${row.grade.toFixed(1).padStart(5)}`);
const mean = rows.reduce((sum, row) => sum + row.grade, 0) / rows.length;
console.log(`\n${rows.length} articles, mean Flesch–Kincaid grade ${mean.toFixed(1)} (aim: 10 or below)`);
