/**
 * What only the whole collection shows: two articles with one URL or one title, sources no article
 * cites, and ids that several articles use but their data file lacks (renamed or removed there).
 */
import type { ArticleInput } from './articleFile';
import { defaultAuthorProblem, missingIds, type Collection } from './crossCollection';
import type { Problem } from './problem';
import type { CollectionName, KnownIds } from './schemaTools';

/** Two articles with the same URL or the same title. */
export function checkDuplicates(articles: ArticleInput[], problems: Problem[]) {
  const bySlug = new Map<string, ArticleInput>();
  const byTitle = new Map<string, ArticleInput>();
  for (const article of articles) {
    const first = bySlug.get(article.slug);
    if (first) {
      problems.push({
        file: article.file,
        line: 1,
        field: 'file name',
        problem: `has the same URL (/articles/${article.slug}/) as ${first.file}`,
        fix: 'Give this article a different file name: the file name is the URL.',
        severity: 'error',
      });
    } else bySlug.set(article.slug, article);
    const title = typeof article.raw?.title === 'string' ? article.raw.title.trim().toLowerCase().replace(/\s+/g, ' ') : undefined;
    if (!title) continue;
    const same = byTitle.get(title);
    if (same) {
      problems.push({
        file: article.file,
        line: article.source!.lineOf(['title']),
        field: 'title',
        problem: `is the same as the title of ${same.file}`,
        fix: 'Give each article its own title, so readers and search engines can tell them apart.',
        severity: 'error',
      });
    } else byTitle.set(title, article);
  }
}

/** Sources in the bibliography that no article lists. */
export function checkUnusedSources(sources: (Collection | undefined)[], articles: ArticleInput[], problems: Problem[]) {
  const used = new Set(articles.flatMap((article) => (Array.isArray(article.raw?.references) ? (article.raw.references as unknown[]).map(String) : [])));
  for (const collection of sources) {
    for (const entry of collection?.entries ?? []) {
      if (used.has(entry.id)) continue;
      problems.push({
        file: collection!.source.file,
        line: collection!.source.lineOf([entry.index]),
        field: `${entry.id}`,
        problem: 'is not cited by any article',
        fix: `Cite it from an article (add ${entry.id} to its references and <Cite id="${entry.id}" /> in the text), or remove the entry.`,
        severity: 'error',
      });
    }
  }
}

/** Ids used by several articles but missing from their data file: most likely renamed or removed there. */
export function checkMissingIds(articles: ArticleInput[], known: KnownIds, authors: Collection | undefined, problems: Problem[]) {
  const relying = articles
    .filter((article) => article.raw && (article.raw.authors === undefined || article.raw.reviewers === undefined))
    .map((article) => article.file);
  const defaultAuthor = defaultAuthorProblem(authors, relying);
  if (defaultAuthor) problems.push(defaultAuthor);
  const collect = (ids: (article: ArticleInput) => unknown) => {
    const uses = new Map<string, string[]>();
    for (const article of articles) {
      const value = ids(article);
      for (const id of new Set(Array.isArray(value) ? value.map(String) : [])) uses.set(id, [...(uses.get(id) ?? []), article.file]);
    }
    return uses;
  };
  const missing = (collection: CollectionName, uses: Map<string, string[]>) =>
    known.unreadable?.has(collection) ? new Map() : new Map([...uses].filter(([id, files]) => !known[collection].has(id) && files.length >= 2));
  problems.push(
    ...missingIds(
      'content/topics.yaml',
      'the topic',
      missing(
        'topics',
        collect((article) => article.raw?.topics),
      ),
    ),
    ...missingIds(
      'content/conditions.yaml',
      'the condition',
      missing(
        'conditions',
        collect((article) => article.raw?.conditions),
      ),
    ),
    ...missingIds(
      'content/bibliography.yaml',
      'the source',
      missing(
        'bibliography',
        collect((article) => article.raw?.references),
      ),
    ),
    ...missingIds(
      'content/glossary.yaml',
      'the term',
      missing(
        'glossary',
        collect((article) => article.facts?.terms.map((term) => term.id)),
      ),
    ),
    ...missingIds(
      'content/authors.yaml',
      'the author',
      missing(
        'authors',
        collect((article) => [...((article.raw?.authors as unknown[]) ?? []), ...((article.raw?.reviewers as unknown[]) ?? [])]),
      ),
    ),
  );
}
