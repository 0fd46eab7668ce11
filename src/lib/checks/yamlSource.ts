/**
 * YAML read with line numbers, so that every problem can name the line an editor must change.
 * Used for the data collections (`content/*.yaml`) and for article frontmatter.
 *
 * Astro reads the same text with js-yaml (its frontmatter and `file()` loaders), and this module reads it
 * with `yaml` (which knows lines). So that the checker and the build can never disagree, the text is also
 * read with js-yaml and the two values compared; and YAML's programmer features — anchors and aliases
 * (an "alias bomb" expands a few lines into gigabytes), tags (`!!js/…`) and merge keys (`<<`) — are
 * refused, since editors never need them.
 */
import jsYaml from 'js-yaml';
import { hasInvisibleCharacters } from './text';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';

export interface YamlSource {
  /** Path from the project root. */
  file: string;
  /** The parsed value (plain objects, arrays, strings …); undefined when the text cannot be used. */
  value: unknown;
  /** Line of the value at `path`, or of its nearest parent that exists. */
  lineOf(path: PropertyKey[]): number;
  /** YAML syntax errors, each with its line. */
  syntaxErrors: { line: number; message: string }[];
  /** YAML that parses but is refused (aliases, tags, merge keys, text the build would read differently). */
  refusals: { line: number; problem: string; fix: string }[];
}

/** A date written YYYY-MM-DD: js-yaml turns it into a Date (rolling 2026-02-30 over to March), checked by the schemas instead. */
const DAY_TEXT = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parses YAML text. `firstLine` is the file line the text starts on (2 for frontmatter, which follows
 * the opening `---`). Dates stay strings (YAML 1.2), so the schema sees exactly what the editor wrote.
 */
export function parseYaml(file: string, text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const syntaxErrors = doc.errors.map((error) => ({ line: lineAt(error.pos[0]), message: error.message.split('\n')[0]! }));
  const refusals = syntaxErrors.length ? [] : programmerFeatures(doc, lineAt);
  let value: unknown;
  if (!syntaxErrors.length && !refusals.length) {
    value = doc.toJS();
    // Invisible characters are reported on their own (text.ts), with a clearer message than either parser's.
    const astro = hasInvisibleCharacters(text) ? value : readLikeAstro(text);
    const difference = astro instanceof AstroReadError ? undefined : firstDifference(value, astro, []);
    if (astro instanceof AstroReadError) {
      refusals.push({
        line: astro.line + firstLine,
        problem: `the site's build cannot read this YAML (${astro.message})`,
        fix: 'Put text in double quotes, indent with spaces, start list items with "- ".',
      });
      value = undefined;
    } else if (difference) {
      const line = lineAt(offsetOf(doc, difference.path) ?? 0);
      refusals.push({
        line,
        problem: `the site's build would read this differently (${difference.what})`,
        fix: 'Write the value in double quotes, as plain text, a number, true/false or a list; see the examples in CONTRIBUTING.md.',
      });
      value = undefined;
    }
  }
  return { file, value, lineOf: (path) => lineAt(offsetOf(doc, path) ?? 0), syntaxErrors, refusals };
}

class AstroReadError {
  readonly message: string;
  /** 0-based line within the text. */
  readonly line: number;
  constructor(message: string, line: number) {
    this.message = message;
    this.line = line;
  }
}

function readLikeAstro(text: string): unknown {
  try {
    return jsYaml.load(text) ?? null;
  } catch (error) {
    const { reason, mark } = error as { reason?: string; mark?: { line: number } };
    return new AstroReadError(reason ?? String(error).split('\n')[0]!, mark?.line ?? 0);
  }
}

function programmerFeatures(doc: Document, lineAt: (offset: number) => number): YamlSource['refusals'] {
  const found = { alias: [] as { line: number; name: string }[], anchor: [] as { line: number; name: string }[] };
  const refusals: YamlSource['refusals'] = [];
  const at = (node: { range?: [number, number, number] | null }) => lineAt(node.range?.[0] ?? 0);
  visit(doc, {
    Alias(_, node) {
      found.alias.push({ line: at(node), name: node.source });
    },
    Node(_, node) {
      if (isAlias(node)) return;
      if (node.anchor) found.anchor.push({ line: at(node), name: node.anchor });
      if (node.tag)
        refusals.push({
          line: at(node),
          problem: `"${node.tag.replace('tag:yaml.org,2002:', '!!')}" is a YAML tag`,
          fix: 'Remove the tag; to keep a value as text, put it in double quotes.',
        });
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<')
        refusals.push({ line: at(pair.key), problem: '"<<" is a YAML merge key', fix: 'Write the fields out in full.' });
    },
  });
  // One problem per kind, at its first use: an alias bomb has hundreds of them.
  const more = (count: number) => (count > 1 ? ` (and ${count - 1} more)` : '');
  const [anchor] = found.anchor;
  const [alias] = found.alias;
  if (anchor)
    refusals.push({
      line: anchor.line,
      problem: `"&${anchor.name}" is a YAML anchor${more(found.anchor.length)}`,
      fix: 'Remove it: anchors (&name) and aliases (*name) are not allowed; write each value out in full.',
    });
  if (alias)
    refusals.push({
      line: alias.line,
      problem: `"*${alias.name}" is a YAML alias${more(found.alias.length)}`,
      fix: 'Write the value out in full: aliases (*name) and anchors (&name) are not allowed.',
    });
  return refusals;
}

/** Where two parsed values differ, if anywhere (a YYYY-MM-DD string against a Date counts as the same). */
function firstDifference(ours: unknown, astro: unknown, path: PropertyKey[]): { path: PropertyKey[]; what: string } | undefined {
  if (astro instanceof Date && typeof ours === 'string' && DAY_TEXT.test(ours)) return undefined;
  if (Array.isArray(ours) && Array.isArray(astro)) {
    if (ours.length !== astro.length) return { path, what: 'a list of a different length' };
    for (let index = 0; index < ours.length; index++) {
      const difference = firstDifference(ours[index], astro[index], [...path, index]);
      if (difference) return difference;
    }
    return undefined;
  }
  if (ours && astro && typeof ours === 'object' && typeof astro === 'object' && !Array.isArray(ours) && !Array.isArray(astro)) {
    const keys = new Set([...Object.keys(ours), ...Object.keys(astro)]);
    for (const key of keys) {
      if (!Object.hasOwn(ours, key) || !Object.hasOwn(astro, key)) return { path: [...path, key], what: `the field "${key}"` };
      const difference = firstDifference((ours as Record<string, unknown>)[key], (astro as Record<string, unknown>)[key], [...path, key]);
      if (difference) return difference;
    }
    return undefined;
  }
  if (Object.is(ours, astro)) return undefined;
  const shown = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : (JSON.stringify(value) ?? String(value))).slice(0, 60);
  return { path, what: `${shown(ours)} as ${shown(astro)}` };
}

/** Offset of the key (for a map entry) or item at `path`, falling back to the deepest parent found. */
function offsetOf(doc: Document, path: PropertyKey[]): number | undefined {
  let node: unknown = doc.contents;
  let offset: number | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      offset = (pair.key as { range?: [number, number, number] }).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key];
      offset = (node as { range?: [number, number, number] }).range?.[0] ?? offset;
    } else break;
  }
  return offset;
}
