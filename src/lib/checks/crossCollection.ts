/**
 * Rules that only the data files together show: ids that are URL-safe, a glossary alias that is another
 * term's name (search would then index every "acne" article under "dysbiosis"), a topic related to
 * itself, the default author, and ids that articles use but a data file no longer has (a rename or a
 * deletion, named at the data file with every article that still uses the id).
 */
import { ID_PATTERN } from '../../schemas/editorComponents';
import { groupKeyOf, nameKey, shortConditionName } from '../searchNames';
import type { Problem } from './problem';
import type { YamlSource } from './yamlSource';

/** Articles that leave out `authors`/`reviewers` are credited to this author (src/schemas/article.ts). */
export const DEFAULT_AUTHOR = 'editorial-team';

export interface Collection {
  source: YamlSource;
  entries: { id: string; index: number; value: Record<string, unknown> }[];
}

const error = (source: YamlSource, path: PropertyKey[], field: string, problem: string, fix: string): Problem => ({
  file: source.file,
  line: source.lineOf(path),
  field,
  problem,
  fix,
  severity: 'error',
});

/** An id that can be a URL segment or an anchor: lower-case words and digits joined by hyphens. */
export function idProblem(source: YamlSource, index: number, id: string): Problem | undefined {
  if (ID_PATTERN.test(id)) return undefined;
  const suggestion = id
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return error(
    source,
    [index, 'id'],
    `${id}.id`,
    `"${id}" is not a URL-safe id`,
    `Use lower-case letters, digits and hyphens only, e.g. "${suggestion || 'new-term'}".`,
  );
}

/** A glossary alias may not be another term's name or id, nor appear under two terms. */
export function glossaryNameClashes(glossary: Collection | undefined): Problem[] {
  if (!glossary) return [];
  const owner = new Map<string, string>();
  for (const { id, value } of glossary.entries) {
    owner.set(id.toLowerCase(), id);
    if (typeof value.term === 'string') owner.set(value.term.trim().toLowerCase(), id);
  }
  const problems: Problem[] = [];
  const aliasOwner = new Map<string, string>();
  for (const { id, index, value } of glossary.entries) {
    const aliases = Array.isArray(value.aliases) ? value.aliases : [];
    aliases.forEach((alias, position) => {
      if (typeof alias !== 'string') return;
      const key = alias.trim().toLowerCase();
      const other = owner.get(key);
      if (other && other !== id) {
        problems.push(
          error(
            glossary.source,
            [index, 'aliases', position],
            `${id}.aliases[${position}]`,
            `"${alias}" is the name of another term (${other})`,
            `Remove it: search would show ${other}'s articles as ${id}. Link the two terms in their definitions instead.`,
          ),
        );
      }
      const twice = aliasOwner.get(key);
      if (twice && twice !== id) {
        problems.push(
          error(
            glossary.source,
            [index, 'aliases', position],
            `${id}.aliases[${position}]`,
            `"${alias}" is also an alias of ${twice}`,
            'Keep it under one term only: an alias must lead to one meaning.',
          ),
        );
      }
      aliasOwner.set(key, id);
    });
  }
  return problems;
}

/**
 * A topic's or condition's names (its name and aliases) are search synonyms of each other and of its
 * glossary term's (src/lib/searchNames.ts), so none may be a name of another idea: "eczema" as an alias of
 * "Skin conditions" would index every article on acne or rosacea under "eczema". A topic whose name is a
 * glossary term's is the same idea, and says so with `term:`.
 */
export function searchNameClashes(glossary: Collection | undefined, topics: Collection | undefined, conditions: Collection | undefined): Problem[] {
  const owner = new Map<string, { group: string; label: string }>();
  for (const { id, value } of glossary?.entries ?? []) {
    const names = [value.term, ...(Array.isArray(value.aliases) ? value.aliases : [])].filter((name): name is string => typeof name === 'string');
    for (const name of names) if (!owner.has(nameKey(name))) owner.set(nameKey(name), { group: `glossary:${id}`, label: `the glossary term ${id}` });
  }
  const problems: Problem[] = [];
  const claim = (collection: Collection, kind: 'topic' | 'condition') => {
    for (const { id, index, value } of collection.entries) {
      const term = typeof value.term === 'string' ? value.term : undefined;
      const group = groupKeyOf({ kind, id, term });
      const name = typeof value.name === 'string' ? (kind === 'condition' ? shortConditionName(value.name) : value.name) : undefined;
      const fields: [PropertyKey[], string, string][] = [
        ...(name ? [[[index, 'name'], `${id}.name`, name] as [PropertyKey[], string, string]] : []),
        ...(Array.isArray(value.aliases) ? value.aliases : []).flatMap((alias, position) =>
          typeof alias === 'string' ? [[[index, 'aliases', position], `${id}.aliases[${position}]`, alias] as [PropertyKey[], string, string]] : [],
        ),
      ];
      for (const [path, field, text] of fields) {
        const key = nameKey(text);
        const other = owner.get(key);
        if (other && other.group !== group) {
          const fix =
            other.group.startsWith('glossary:') && path[1] === 'name' && kind === 'topic'
              ? `If the ${kind} is that term's idea, write term: ${other.group.slice('glossary:'.length)}, so search treats their names as one; if not, rename it.`
              : "Remove it, or reword it so it means this one thing: search would show the other's pages for it.";
          problems.push(error(collection.source, path, field, `"${text}" is also a name of ${other.label}`, fix));
        } else if (!other) owner.set(key, { group, label: `the ${kind} ${id}` });
      }
    }
  };
  if (topics) claim(topics, 'topic');
  if (conditions) claim(conditions, 'condition');
  return problems;
}

/** A topic cannot relate to itself ("Diet feeds Diet"). */
export function selfRelations(topics: Collection | undefined): Problem[] {
  if (!topics) return [];
  return topics.entries.flatMap(({ id, index, value }) =>
    (Array.isArray(value.relations) ? value.relations : []).flatMap((relation, position) =>
      relation && typeof relation === 'object' && (relation as { to?: unknown }).to === id
        ? [
            error(
              topics.source,
              [index, 'relations', position, 'to'],
              `${id}.relations[${position}].to`,
              `"${id}" relates to itself`,
              'Point the relation at another topic, or remove it.',
            ),
          ]
        : [],
    ),
  );
}

/** The default author must exist: every article that names no author relies on it. */
export function defaultAuthorProblem(authors: Collection | undefined, relying: string[]): Problem | undefined {
  if (!authors || authors.entries.some((entry) => entry.id === DEFAULT_AUTHOR) || !relying.length) return undefined;
  return error(
    authors.source,
    [],
    DEFAULT_AUTHOR,
    `"${DEFAULT_AUTHOR}" is missing, and ${relying.length === 1 ? `1 article (${listed(relying)}) is` : `${relying.length} articles (${listed(relying)}) are`} credited to it because ${relying.length === 1 ? 'it names' : 'they name'} no author`,
    `Restore the entry "- id: ${DEFAULT_AUTHOR}" (rename its name: field instead of its id), or add authors: to each of those articles.`,
  );
}

/**
 * Ids that articles use but a data file does not have, reported once at the data file with every
 * article that uses them, so that whoever renamed or removed the entry sees what it broke.
 */
export function missingIds(file: string, noun: string, uses: Map<string, string[]>): Problem[] {
  return [...uses].map(([id, articles]) => ({
    file,
    line: 1,
    field: id,
    problem: `${noun} "${id}" is not here, but ${articles.length} article${articles.length === 1 ? ' uses' : 's use'} it (${listed(articles)})`,
    fix: `If you renamed or removed it, restore "${id}" or change those articles to the new id.`,
    severity: 'error',
  }));
}

const listed = (files: string[]) => (files.length > 5 ? `${files.slice(0, 5).join(', ')} and ${files.length - 5} more` : files.join(', '));
