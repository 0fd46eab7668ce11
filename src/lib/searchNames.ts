/**
 * The names readers search by, from the data: each glossary term's name and aliases, each topic's and
 * each condition's. A topic or condition that is the same idea as a glossary term names it (`term:`),
 * and their names become one group. A group is two things to search:
 *   - synonyms: a page that uses one of its names is also indexed under the others (src/lib/synonyms.ts);
 *   - the best match: a query that is one of its names shows its defining page above the results, a
 *     condition's page before a topic's before the glossary's entry.
 * The checker refuses a name that two groups claim (src/lib/checks/crossCollection.ts), so a search word
 * leads to one meaning. Pure, for the build, the checker and tests.
 */
import { topicWords } from './search';
import type { SynonymEntry } from './synonyms';

export type NamedKind = 'condition' | 'topic' | 'glossary';

export interface NamedEntry {
  kind: NamedKind;
  id: string;
  name: string;
  aliases: string[];
  /** The glossary term this topic or condition is the same idea as. */
  term?: string;
  url: string;
}

/** Where a group's best match leads, and what its card says. */
export interface BestMatchTarget {
  kind: NamedKind;
  name: string;
  url: string;
}

export interface NameGroup {
  /** Every name, the defining page's first. */
  names: string[];
  target: BestMatchTarget;
}

/** The data the names come from, as plain values (content.ts passes the collections; tests pass the YAML). */
export interface NameSources {
  glossary: { id: string; term: string; aliases?: string[] }[];
  topics: { id: string; name: string; aliases?: string[]; term?: string }[];
  conditions: { id: string; name: string; aliases?: string[]; term: string }[];
}

/** Every named thing, with the address of its page (the URL helpers are passed in: this module also runs in the browser). */
export function namedEntries({ glossary, topics, conditions }: NameSources, urlOf: Record<NamedKind, (id: string) => string>): NamedEntry[] {
  return [
    ...glossary.map((term): NamedEntry => ({ kind: 'glossary', id: term.id, name: term.term, aliases: term.aliases ?? [], url: urlOf.glossary(term.id) })),
    ...topics.map((topic): NamedEntry => ({
      kind: 'topic',
      id: topic.id,
      name: topic.name,
      aliases: topic.aliases ?? [],
      ...(topic.term ? { term: topic.term } : {}),
      url: urlOf.topic(topic.id),
    })),
    ...conditions.map((condition): NamedEntry => ({
      kind: 'condition',
      id: condition.id,
      name: shortConditionName(condition.name),
      aliases: condition.aliases ?? [],
      term: condition.term,
      url: urlOf.condition(condition.id),
    })),
  ];
}

const PRIORITY: Record<NamedKind, number> = { condition: 0, topic: 1, glossary: 2 };

/** How a name is compared: case, accents, hyphens and spacing aside ("Atopic-dermatitis" = "atopic dermatitis"). */
export const nameKey = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A condition's display name without its bracketed other name: "Eczema (atopic dermatitis)" → "Eczema". */
export const shortConditionName = (name: string) => name.replace(/\s*\(.*\)\s*$/, '');

/** The group an entry belongs to: its glossary term's, or its own. */
export const groupKeyOf = (entry: Pick<NamedEntry, 'kind' | 'id' | 'term'>) =>
  entry.kind === 'glossary' ? `glossary:${entry.id}` : entry.term ? `glossary:${entry.term}` : `${entry.kind}:${entry.id}`;

export function nameGroups(entries: NamedEntry[]): NameGroup[] {
  const groups = new Map<string, NamedEntry[]>();
  for (const entry of entries) {
    const key = groupKeyOf(entry);
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(entry);
  }
  return [...groups.values()].map((members) => {
    const ordered = [...members].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind]);
    const first = ordered[0]!;
    const seen = new Set<string>();
    const names = ordered
      .flatMap((entry) => [entry.name, ...entry.aliases])
      .filter((name) => {
        const key = nameKey(name);
        return key !== '' && !seen.has(key) && seen.add(key);
      });
    return { names, target: { kind: first.kind, name: first.name, url: first.url } };
  });
}

/** The groups as synonyms: a page that mentions any name is indexed under the others. */
export const synonymEntriesOf = (groups: NameGroup[]): SynonymEntry[] =>
  groups.filter((group) => group.names.length > 1).map((group) => ({ term: group.names[0]!, aliases: group.names.slice(1) }));

/**
 * Name (as nameKey gives it) → the page a query for it should show first. The search page carries it as
 * JSON, so each target is written once and the names point at it by position.
 */
export interface BestMatchIndex {
  targets: BestMatchTarget[];
  names: Record<string, number>;
}

export function bestMatchIndex(groups: NameGroup[]): BestMatchIndex {
  const index: BestMatchIndex = { targets: [], names: {} };
  for (const group of groups) {
    const position = index.targets.push(group.target) - 1;
    for (const name of group.names) index.names[nameKey(name)] ??= position;
  }
  return index;
}

/** The best match for a query that is a name as typed, or once its filler words are left out ("what is eczema"). */
export function bestMatchFor(query: string, index: BestMatchIndex): BestMatchTarget | undefined {
  for (const key of [nameKey(query), nameKey(topicWords(query).words.join(' '))]) {
    const position = key ? index.names[key] : undefined;
    if (position !== undefined) return index.targets[position];
  }
  return undefined;
}

/** An index's names of two words or more, longest first: worked out once per index, not once per search. */
const phrasesByIndex = new WeakMap<BestMatchIndex, string[]>();
function phrasesOf(index: BestMatchIndex): string[] {
  let phrases = phrasesByIndex.get(index);
  if (!phrases) {
    phrases = Object.keys(index.names)
      .filter((name) => name.includes(' '))
      .sort((a, b) => b.length - a.length);
    phrasesByIndex.set(index, phrases);
  }
  return phrases;
}

/**
 * A query with each everyday phrase replaced by the site's name for it ("friendly bacteria eczema" →
 * "probiotics eczema"): a name of two words or more that a group holds, found as whole words, becomes
 * the group's main name when that is one word. Search would otherwise look for "friendly" and "bacteria"
 * apart, and rank pages that say "bacteria" often above the article on probiotics. A phrase whose main
 * name is a phrase too ("leaky gut", "intestinal permeability") is left as typed: it gains nothing, and
 * the reader's words are often the article's own. Single words are left alone: pages carry their
 * synonyms already, and a word alone is more often meant as itself.
 */
export function withMainNames(query: string, index: BestMatchIndex): { query: string; replaced: { from: string; to: string }[] } {
  let text = ` ${nameKey(query)} `;
  const replaced: { from: string; to: string }[] = [];
  for (const phrase of phrasesOf(index)) {
    const main = index.targets[index.names[phrase]!]!.name;
    if (nameKey(main).includes(' ') || nameKey(main) === phrase || !text.includes(` ${phrase} `)) continue;
    text = text.replaceAll(` ${phrase} `, ` ${nameKey(main)} `);
    replaced.push({ from: phrase, to: main.toLowerCase() });
  }
  return replaced.length ? { query: text.trim(), replaced } : { query, replaced };
}
