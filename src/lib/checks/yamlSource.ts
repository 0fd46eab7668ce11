/**
 * YAML read with line numbers, so that every problem can name the line an editor must change.
 * Used for the data collections (`content/*.yaml`) and for article frontmatter.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

export interface YamlSource {
  /** Path from the project root. */
  file: string;
  /** The parsed value (plain objects, arrays, strings …). */
  value: unknown;
  /** Line of the value at `path`, or of its nearest parent that exists. */
  lineOf(path: PropertyKey[]): number;
  /** YAML syntax errors, each with its line. */
  syntaxErrors: { line: number; message: string }[];
}

/**
 * Parses YAML text. `firstLine` is the file line the text starts on (2 for frontmatter, which follows
 * the opening `---`). Dates stay strings (YAML 1.2), so the schema sees exactly what the editor wrote.
 */
export function parseYaml(file: string, text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  return {
    file,
    value: doc.errors.length ? undefined : doc.toJS(),
    lineOf: (path) => lineAt(offsetOf(doc, path) ?? 0),
    syntaxErrors: doc.errors.map((error) => ({ line: lineAt(error.pos[0]), message: error.message.split('\n')[0]! })),
  };
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
