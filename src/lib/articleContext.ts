/**
 * What the editor components need to know about the article they are rendered in, read-only: the
 * article page puts one in `Astro.locals.article` before rendering, and nothing changes it during the
 * render (what depends on order, such as citation numbers, is settled from the MDX tree: src/lib/editorMarkers.ts).
 * A missing one means a component was used outside an article, which is a programming error.
 */
export interface ArticleContext {
  /** Path of the MDX file, for error messages. */
  readonly file: string;
  /** The glossary terms <Term> may show, by id. */
  readonly glossary: ReadonlyMap<string, { term: string; definition: string }>;
}

export function requireArticleContext(locals: App.Locals, component: string): ArticleContext {
  if (!locals.article) throw new Error(`<${component}> can only be used inside an article's MDX body.`);
  return locals.article;
}
