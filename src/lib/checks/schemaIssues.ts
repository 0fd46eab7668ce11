/**
 * Turns zod's validation issues into editor-facing problems. The schema's own messages (written for
 * editors, in src/schemas/) say what to do; what is wrong is read from the value the editor wrote.
 */
import { z } from 'astro/zod';
import type { FieldDoc } from '../../schemas/tools';
import type { Problem } from './problem';
import type { YamlSource } from './yamlSource';

type Issue = z.core.$ZodIssue & { params?: { problem?: string } };

/** Zod's built-in messages ("Invalid input: …", "Too small: …") are for programmers; ours are not. */
const isDefaultMessage = (message: string) => /^(Invalid|Too (small|big)|Expected|Unrecognized)/.test(message);

export function fieldName(path: PropertyKey[]): string {
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)), '');
}

function valueAt(value: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((current, key) => (current && typeof current === 'object' ? (current as Record<PropertyKey, unknown>)[key] : undefined), value);
}

const describe = (value: unknown) =>
  Array.isArray(value)
    ? 'a list'
    : value === null
      ? 'empty'
      : typeof value === 'object'
        ? 'a group of fields'
        : typeof value === 'string'
          ? `"${value}"`
          : String(value);

const expectedNoun: Record<string, string> = {
  string: 'text',
  array: 'a list',
  date: 'a date written YYYY-MM-DD',
  boolean: 'true or false',
  number: 'a number',
  object: 'a group of fields',
};

/** What is wrong, from the issue and the value the editor actually wrote. */
function whatIsWrong(issue: Issue, raw: unknown): string {
  if (issue.params?.problem) return issue.params.problem;
  if (raw === undefined || raw === null) return 'is missing';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'date') return `${describe(raw)} is not a date written YYYY-MM-DD`;
      return `should be ${expectedNoun[issue.expected] ?? issue.expected}, not ${describe(raw)}`;
    case 'too_small':
    case 'too_big': {
      const limit = issue.code === 'too_small' ? `the minimum is ${issue.minimum}` : `the maximum is ${issue.maximum}`;
      if (typeof raw === 'string') return `is ${raw.length} characters long; ${limit}`;
      if (Array.isArray(raw)) return `has ${raw.length} item${raw.length === 1 ? '' : 's'}; ${limit}`;
      return `is ${describe(raw)}; ${limit}`;
    }
    case 'invalid_value':
      return `${describe(raw)} is not one of the allowed values`;
    case 'invalid_format':
      return `${describe(raw)} is not in the right format`;
    default:
      return `${describe(raw)} is not valid`;
  }
}

/**
 * Validates `source.value` (or its part at `base`, e.g. one entry of a YAML list) against `schema`;
 * returns the data and one problem per issue.
 */
export function validate<T extends z.ZodType>(
  schema: T,
  source: YamlSource,
  options: { base?: PropertyKey[]; fieldPrefix?: string; docs?: (field: string) => FieldDoc | undefined } = {},
): { data?: z.output<T>; problems: Problem[] } {
  const base = options.base ?? [];
  const input = valueAt(source.value, base);
  const result = schema.safeParse(input);
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.map((issue): Problem => {
    const path = issue.path as PropertyKey[];
    const raw = valueAt(input, path);
    const field = fieldName(path);
    const doc = options.docs?.(String(path[0] ?? ''));
    const missing = raw === undefined && !(issue as Issue).params?.problem;
    const fix = missing
      ? `Add ${field}${doc?.example ? `, e.g. ${field}: ${doc.example}` : ''}.${doc ? ` ${doc.description}` : isDefaultMessage(issue.message) ? '' : ` ${issue.message}`}`
      : isDefaultMessage(issue.message)
        ? (doc?.description ?? issue.message)
        : issue.message;
    return {
      file: source.file,
      line: source.lineOf([...base, ...path]),
      field: (options.fieldPrefix ?? '') + field,
      problem: whatIsWrong(issue as Issue, raw),
      fix: fix.trim(),
      severity: 'error',
    };
  });
  return { problems };
}

/** The editors' documentation of each field of an object schema, read from `.meta()`. */
export function fieldDocs(schema: z.ZodType): Map<string, FieldDoc> {
  const docs = new Map<string, FieldDoc>();
  const shape = objectShape(schema);
  for (const [name, field] of Object.entries(shape ?? {})) {
    const meta = (field as z.ZodType).meta() as FieldDoc | undefined;
    if (meta?.description) docs.set(name, meta);
  }
  return docs;
}

/** The fields of an object schema, through any `.refine()` wrappers. */
export function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = (schema as unknown as { def: { type: string; shape?: Record<string, z.ZodType>; in?: z.ZodType; innerType?: z.ZodType } }).def;
  if (def.type === 'object') return def.shape;
  if (def.in) return objectShape(def.in);
  if (def.innerType) return objectShape(def.innerType);
  return undefined;
}
