/**
 * Fields a schema does not know. Zod drops them silently, so a typo ("descripton") would vanish from
 * the page without a word; the checker names each one, with the field it probably meant.
 */
import type { Problem } from './problem';
import { objectShape, type validate } from './schemaIssues';
import type { YamlSource } from './yamlSource';

/** The fields of `value` that `schema` does not know, each with its line and the field it most likely meant. */
export function unknownFields(
  source: YamlSource,
  base: PropertyKey[],
  value: unknown,
  schema: Parameters<typeof validate>[0],
  prefix: string,
  noun: string,
  allowed: string[] = [],
): Problem[] {
  const shape = objectShape(schema);
  if (!shape || !value || typeof value !== 'object' || Array.isArray(value)) return [];
  const fields = Object.keys(shape);
  return Object.keys(value)
    .filter((key) => !Object.hasOwn(shape, key) && !allowed.includes(key))
    .map((key) => {
      if (key === 'slug' && noun === 'an article') {
        return {
          file: source.file,
          line: source.lineOf([...base, key]),
          field: key,
          problem: 'cannot be set: the file name is the URL',
          fix: 'Remove slug; to change the address, rename the file (e.g. content/articles/new-address.mdx).',
          severity: 'error' as const,
        };
      }
      const guess = fields.find((field) => field.toLowerCase() === key.toLowerCase()) ?? closestField(key, fields);
      return {
        file: source.file,
        line: source.lineOf([...base, key]),
        field: prefix + key,
        problem: `is not a field of ${noun}`,
        fix: guess ? `Did you mean "${guess}"? Rename it.` : `Remove it, or use one of: ${fields.join(', ')}.`,
        severity: 'error' as const,
      };
    });
}

function closestField(key: string, fields: string[]): string | undefined {
  const letters = (text: string) => [...text.toLowerCase()].sort().join('');
  return fields.find(
    (field) => Math.abs(field.length - key.length) <= 2 && (letters(field) === letters(key) || field.toLowerCase().startsWith(key.toLowerCase().slice(0, 5))),
  );
}
