import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { formatSource, numberReferences } from '../../src/lib/citations';
import { editorMarkers, MAX_DEFINITIONS_PER_PAGE } from '../../src/lib/editorMarkers';

/** Compiles `body` as Astro does, with the plugin; returns the props each component gets and the cited keys. */
async function compile(body: string, references: string[]) {
  const frontmatter: Record<string, unknown> = { references };
  const data = { astro: { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } };
  const { code } = await mdxToJs(body, { mdastPlugins: [editorMarkers()], jsxImportSource: 'astro', data, fileURL: pathToFileURL('content/articles/x.mdx') });
  const props = (name: string) =>
    [...code.matchAll(new RegExp(`_jsxs?\\(${name}, \\{([^}]*)\\}`, 'g'))].map((match) =>
      Object.fromEntries([...match[1]!.matchAll(/(\w+): ("[^"]*"|true)/g)].map(([, key, value]) => [key, JSON.parse(value!)])),
    );
  return { cites: props('Cite'), terms: props('Term'), citedKeys: frontmatter.citedKeys };
}

const body = `Intro <Cite id="b" /> then <Cite id='a'></Cite> and again <Cite id="b" />.

## Later

More <Cite id="c" />. Not markers: \`<Cite id="d" />\` and {/* <Cite id="d" /> */}.
`;

describe('editorMarkers', () => {
  it('numbers citations by first citation, in any form, and marks only the first of each key', async () => {
    const { cites, citedKeys } = await compile(body, ['a', 'b', 'c', 'd']);
    expect(citedKeys).toEqual(['b', 'a', 'c']);
    expect(cites).toEqual([
      { id: 'b', number: '1', first: true },
      { id: 'a', number: '2', first: true },
      { id: 'b', number: '1' },
      { id: 'c', number: '3', first: true },
    ]);
  });

  it('fails the build on a key missing from the references, naming the file and the key', async () => {
    await expect(compile(body, ['a', 'b'])).rejects.toThrow(
      /^content\/articles\/x\.mdx: references — <Cite id="c" \/> is not listed in the frontmatter references/,
    );
  });

  it('defines each glossary term at its first use, opens it after, and links terms past the page limit', async () => {
    const ids = Array.from({ length: MAX_DEFINITIONS_PER_PAGE + 1 }, (_, index) => `term-${index}`);
    const { terms } = await compile([...ids, 'term-0'].map((id) => `<Term id="${id}">${id}</Term>`).join(' '), []);
    expect(terms.map((term) => `${term.id} ${term.mode}`)).toEqual([...ids.slice(0, -1).map((id) => `${id} define`), `${ids.at(-1)} link`, 'term-0 open']);
  });
});

describe('numberReferences', () => {
  it('numbers cited references by first citation, then lists uncited ones', () => {
    expect(numberReferences(['b', 'a', 'c'], ['a', 'b', 'c', 'd'])).toEqual({ order: ['b', 'a', 'c', 'd'], unlisted: [], uncited: ['d'] });
  });
  it('reports keys cited in the body but missing from the frontmatter', () => {
    expect(numberReferences(['b', 'a', 'c'], ['a', 'b']).unlisted).toEqual(['c']);
  });
});

describe('formatSource', () => {
  it('formats a journal article consistently', () => {
    expect(formatSource({ authors: ['Smith A', 'Jones B'], title: 'A title', journal: 'J Test', year: 2020, volume: '12', pages: '1-9' })).toBe(
      'Smith A, Jones B. A title. J Test. 2020;12:1-9.',
    );
  });
  it('does not double the full stop after a title that ends in punctuation', () => {
    expect(formatSource({ authors: ['WHO'], title: 'Is it safe?', journal: 'World Health Organization', year: 2018 })).toBe(
      'WHO. Is it safe? World Health Organization. 2018.',
    );
  });

  it('never doubles a full stop after "et al." or a title or journal that ends a sentence', () => {
    const text = formatSource({ authors: ['A B', 'C D', 'E F', 'G H', 'I J', 'K L', 'et al.'], title: 'Does it work?', journal: 'J. Test.', year: 2021 });
    expect(text).toBe('A B, C D, E F, G H, I J, K L, et al. Does it work? J. Test. 2021.');
    expect(text).not.toMatch(/\.\./);
  });
});
