/**
 * `npm run docs:contributing`: regenerates the tables in CONTRIBUTING.md from the code (the article
 * schema and the evidence levels). Run it after changing either; a unit test fails until you do.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderGenerated } from '../src/lib/editorDocs';

const file = resolve(import.meta.dirname, '..', 'CONTRIBUTING.md');
const before = readFileSync(file, 'utf8');
const after = renderGenerated(before);
if (after === before) console.log('CONTRIBUTING.md is up to date.');
else {
  writeFileSync(file, after);
  console.log('CONTRIBUTING.md: regenerated its generated blocks (frontmatter, evidence, what you can write, urgent-care tiers).');
}
