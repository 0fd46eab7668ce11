/** CONTRIBUTING.md is tested against the code, so the editors' guide cannot drift from the rules. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EDITOR_COMPONENTS } from '../../src/schemas/editorComponents';
import { evidenceTable, frontmatterTable, renderGenerated } from '../../src/lib/editorDocs';
import { ANSWERS, CERTAINTIES } from '../../src/lib/evidence';

const root = new URL('../../', import.meta.url).pathname;
const contributing = readFileSync(`${root}CONTRIBUTING.md`, 'utf8');

describe('CONTRIBUTING.md', () => {
  it('has the frontmatter and evidence tables generated from the current schema (run `npm run docs:contributing` if not)', () => {
    expect(renderGenerated(contributing)).toBe(contributing);
  });

  it('lists every frontmatter field, marking required ones and defaults', () => {
    const table = frontmatterTable();
    for (const field of ['title', 'description', 'summary', 'topics', 'published', 'updated', 'lastReviewed', 'keyTakeaways', 'references']) {
      expect(table).toMatch(new RegExp(`^\\| \`${field}\` \\| yes \\|`, 'm'));
    }
    expect(table).toMatch(/^\| `questions` \| yes, unless `guide: true` \|/m);
    expect(table).toMatch(/^\| `guide` \| no \(default: `false`\) \|/m);
    expect(table).toMatch(/^\| `draft` \| no \(default: `false`\) \|/m);
    expect(table).toMatch(/^\| `authors` \| no \(default: `\[editorial-team\]`\) \|/m);
    expect(table).toMatch(/^\| `image` \| no \|/m);
  });

  it('explains every answer and every certainty', () => {
    for (const value of [...ANSWERS, ...CERTAINTIES]) expect(evidenceTable()).toContain(`| \`${value}\` |`);
  });

  it('documents every editor component, and the checker knows exactly those', () => {
    const components = readdirSync(`${root}src/components/mdx`)
      .filter((name) => name.endsWith('.astro') && name !== 'Link.astro')
      .map((name) => name.replace('.astro', ''));
    expect(Object.keys(EDITOR_COMPONENTS).sort()).toEqual(components.sort());
    for (const name of components) expect(contributing).toContain(`<${name} `);
  });

  it('shows the commands editors use, and they exist', () => {
    const scripts = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).scripts;
    for (const command of ['new:article', 'check:content', 'dev', 'build']) {
      expect(contributing).toContain(`npm run ${command}`);
      expect(scripts[command]).toBeTruthy();
    }
  });
});
