/**
 * Finds an article's frontmatter exactly as Astro does, so the checker validates the very text the build
 * will use. Astro's MDX integration takes everything from the opening `---` to the first line that *starts*
 * with `---` (`@astrojs/internal-helpers/frontmatter`, pinned in package.json to the version @astrojs/mdx
 * uses). Anything that would make the two readings differ — a byte-order mark, blank lines before the
 * opening line, TOML (`+++`), a line inside the frontmatter that starts with `---` — is refused by name.
 */
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { parseYaml, type YamlSource } from './yamlSource';

export type Frontmatter = { source: YamlSource } | { problem: { line: number; problem: string; fix: string } };

const TEMPLATE_FIX = 'Start the file with the fields between two "---" lines; copy content/articles/_template.mdx.';

/** Reads the frontmatter of `text` (line endings already "\n"). */
export function readFrontmatter(file: string, text: string): Frontmatter {
  if (text.startsWith('\uFEFF')) {
    return {
      problem: {
        line: 1,
        problem: 'the file starts with an invisible byte-order mark (BOM)',
        fix: 'Save the file as "UTF-8" without BOM (in VS Code: click "UTF-8 with BOM" in the status bar, then "Save with Encoding" → "UTF-8").',
      },
    };
  }
  const lines = text.split('\n');
  if (lines[0]!.trim() === '' && lines.some((line) => line.trimEnd() === '---')) {
    const first = lines.findIndex((line) => line.trim() !== '');
    return {
      problem: {
        line: 1,
        problem: `the file starts with ${first === 1 ? 'a blank line' : `${first} blank lines`} before the opening "---"`,
        fix: 'Delete the blank lines: "---" must be the very first line.',
      },
    };
  }
  if (lines[0]!.trimEnd() === '+++') return { problem: { line: 1, problem: 'the frontmatter is written in TOML (+++)', fix: TEMPLATE_FIX } };
  if (lines[0]!.trimEnd() !== '---') return { problem: { line: 1, problem: 'is missing', fix: TEMPLATE_FIX } };
  // Astro's end: the first later line that starts with "---".
  const end = lines.findIndex((line, index) => index > 0 && line.startsWith('---'));
  if (end < 0)
    return { problem: { line: 1, problem: 'has no closing "---" line', fix: 'End the fields with a line that is exactly "---", before the article text.' } };
  if (lines[end]!.trimEnd() !== '---') {
    return {
      problem: {
        line: end + 1,
        problem: `"${lines[end]}" ends the frontmatter, because it starts with ---`,
        fix: 'The frontmatter ends at the first line starting with "---": write that line as exactly "---", and start no other line inside it with ---.',
      },
    };
  }
  const yaml = lines.slice(1, end).join('\n');
  // The text Astro will parse must be the text checked; if Astro's helper ever changes, say so rather than guess.
  const astro = extractFrontmatter(text);
  if (astro === undefined || astro.replace(/^\n/, '').replace(/\n$/, '') !== yaml) {
    return {
      problem: {
        line: 1,
        problem: "the site's build would find a different frontmatter in this file",
        fix: "Keep the file's shape as in content/articles/_template.mdx, and tell a maintainer: the checker and Astro disagree.",
      },
    };
  }
  return { source: parseYaml(file, yaml, 2) };
}
