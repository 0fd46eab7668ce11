/**
 * The data files (topics, conditions, glossary, authors, bibliography): each read once as a list of
 * entries with unique, safe ids; YAML that cannot be read, or is not a list, is a problem of its own.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { idProblem, type Collection } from './crossCollection';
import { dataFileProblem } from './files';
import type { Problem } from './problem';
import { invisibleCharacterProblems } from './text';
import { parseYaml, type YamlSource } from './yamlSource';

/** A data file's entries, or undefined (with its problems) if it cannot be read as a list of entries. */
export function readCollection(root: string, file: string, problems: Problem[]): Collection | undefined {
  const unreadable = dataFileProblem(root, file);
  if (unreadable) {
    problems.push(unreadable);
    return undefined;
  }
  const { source, invisible } = parseCached(file, join(root, file));
  for (const error of source.syntaxErrors) {
    problems.push({
      file,
      line: error.line,
      field: 'YAML',
      problem: error.message,
      fix: 'Fix the YAML: indent with spaces, put text containing ": " in quotes, start list items with "- ".',
      severity: 'error',
    });
  }
  for (const refusal of source.refusals)
    problems.push({ file, line: refusal.line, field: 'YAML', problem: refusal.problem, fix: refusal.fix, severity: 'error' });
  problems.push(...invisible);
  if (source.value === undefined) return undefined;
  if (!Array.isArray(source.value)) {
    problems.push({
      file,
      line: 1,
      field: 'YAML',
      problem: 'is not a list of entries',
      fix: 'Start each entry with "- id: …", as in the rest of the file.',
      severity: 'error',
    });
    return undefined;
  }
  const entries: Collection['entries'] = [];
  const seen = new Map<string, number>();
  source.value.forEach((value: unknown, index) => {
    const id = value && typeof value === 'object' ? (value as Record<string, unknown>).id : undefined;
    const line = source.lineOf([index]);
    if (typeof id !== 'string' || !id) {
      problems.push({ file, line, field: 'id', problem: 'is missing', fix: 'Give the entry an id, e.g. "- id: smith2024gut".', severity: 'error' });
      return;
    }
    const unsafe = idProblem(source, index, id);
    if (unsafe) {
      problems.push(unsafe);
      return;
    }
    if (seen.has(id)) {
      problems.push({
        file,
        line,
        field: `${id}.id`,
        problem: `"${id}" is used twice (also line ${seen.get(id)})`,
        fix: 'Give each entry its own id, or merge the two entries.',
        severity: 'error',
      });
      return;
    }
    seen.set(id, line);
    entries.push({ id, index, value: value as Record<string, unknown> });
  });
  return { source, entries };
}

/**
 * The bibliography and glossary are large and rarely change between runs (dev server, tests): read and
 * parse each version once, and scan its text for invisible characters in the same read.
 */
const parsedYaml = new Map<string, { version: string; source: YamlSource; invisible: Problem[] }>();
function parseCached(file: string, path: string): { source: YamlSource; invisible: Problem[] } {
  const { mtimeMs, size } = statSync(path);
  const version = `${mtimeMs}:${size}`;
  const cached = parsedYaml.get(path);
  if (cached?.version === version && cached.source.file === file) return cached;
  const text = readFileSync(path, 'utf8');
  const entry = { version, source: parseYaml(file, text), invisible: invisibleCharacterProblems(file, text, 1) };
  parsedYaml.set(path, entry);
  return entry;
}

/** The ids of every entry in `collections`. */
export const idsOf = (collections: (Collection | undefined)[]) =>
  new Set(collections.flatMap((collection) => collection?.entries.map((entry) => entry.id) ?? []));
