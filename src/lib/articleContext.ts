/**
 * What the editor components need to know about the article they are rendered in.
 * The article page puts one in `Astro.locals.article`; a missing one means a component was used
 * outside an article, which is a programming error.
 */
export interface ArticleContext {
  /** Path of the MDX file, for error messages. */
  file: string;
  /** Reference number of each cited bibliography key. */
  referenceNumbers: Map<string, number>;
  /** Keys already cited once on this page: only the first marker carries the back-link anchor. */
  citedSoFar: Set<string>;
  /** The glossary terms <Term> may show, by id. */
  glossary: Map<string, { term: string; definition: string }>;
  /** Terms whose definition is already on this page: later uses open the same one. */
  definedSoFar: Set<string>;
}

export function requireArticleContext(locals: App.Locals, component: string): ArticleContext {
  if (!locals.article) throw new Error(`<${component}> can only be used inside an article's MDX body.`);
  return locals.article;
}
