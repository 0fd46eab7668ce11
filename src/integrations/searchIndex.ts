/**
 * Builds the Pagefind index, and lets `astro dev` use the last build's index. `npm run build`
 * (scripts/build.ts) calls buildSearchIndex() itself once Astro has exited, so that the indexer never
 * holds its memory while Astro still holds Astro's (peak memory is the larger of the two, not their
 * sum); a plain `astro build` still indexes in its build:done hook, so it too writes a whole site. Pages opt in with `data-pagefind-body` (articles, topics);
 * glossary terms are added as one record each (glossaryRecords.ts).
 *
 * Content-Security-Policy note for the quality gates (issue 6): the search page loads
 * /pagefind/pagefind.js as a module, which fetches same-origin files and instantiates
 * WebAssembly, so script-src needs 'self' 'wasm-unsafe-eval' and connect-src 'self'.
 * No inline script is used anywhere by search.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { SITE } from '../site.config';
import { startedByBuildScript } from './buildScript';
import { glossaryRecords } from './glossaryRecords';

/**
 * The only pages that opt in with `data-pagefind-body`: article pages and each topic's and condition's first page
 * (src/layouts/ArticleLayout.astro, src/pages/topics/[topic]/[...page].astro, src/pages/conditions/[condition]/[...page].astro). Pagefind reads every file its
 * glob matches, parses it and keeps it in memory until the index is written, only to drop the pages without
 * `data-pagefind-body`; reading just these skips the list pages (/articles/page/N/, /topics/x/page/N/), the
 * glossary (added as records below) and the rest, which would not be indexed anyway. A page type that opts in
 * later must be added here (tests/site/search-index.test.ts checks the index holds exactly what it should).
 */
export const INDEXED_PAGES = '{articles,topics,conditions}/*/index.html';

/** Pagefind's prebuilt UIs, which this site does not use (it has its own search page). */
const UNUSED_BUNDLE_FILES = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

export interface SearchIndexSummary {
  pages: number;
  glossaryTerms: number;
  outputPath: string;
}

/** Indexes the built site in `distDir` into `distDir/pagefind`. Throws with Pagefind's messages on failure. */
export async function buildSearchIndex(distDir: string, base = '/', logger?: Pick<AstroIntegrationLogger, 'info'>): Promise<SearchIndexSummary> {
  const fail = (step: string, errors: string[]) => {
    throw new Error(`search index: ${step} failed:\n${errors.join('\n')}`);
  };
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) return fail('creating the index', errors);
  try {
    const added = await index.addDirectory({ path: distDir, glob: INDEXED_PAGES });
    if (added.errors.length) fail('indexing pages', added.errors);

    const glossaryFile = join(distDir, 'glossary', 'index.html');
    const records = existsSync(glossaryFile) ? glossaryRecords(readFileSync(glossaryFile, 'utf8'), `${base.replace(/\/?$/, '/')}glossary/`) : [];
    for (const record of records) {
      const response = await index.addCustomRecord(record);
      if (response.errors.length) fail(`adding glossary term ${record.url}`, response.errors);
    }

    const outputPath = join(distDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) fail('writing the index', written.errors);
    for (const file of await readdir(outputPath)) {
      if (UNUSED_BUNDLE_FILES.test(file)) await rm(join(outputPath, file));
    }
    // Pagefind counts every HTML file it read; only those with data-pagefind-body become records.
    logger?.info(
      `read ${added.page_count} pages (the articles, topics and conditions, marked data-pagefind-body) and ${records.length} glossary terms into ${outputPath}`,
    );
    return { pages: added.page_count, glossaryTerms: records.length, outputPath };
  } finally {
    await pagefind.close();
  }
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};

export function searchIndex(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'gut-skin-axis:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (startedByBuildScript()) return;
        await buildSearchIndex(fileURLToPath(dir), base, logger);
      },
      // In `astro dev` there is no fresh index: serve the last build's, and say so either way.
      'astro:server:setup': ({ server, logger }) => {
        const indexDir = join(outDir, 'pagefind');
        const entry = join(indexDir, 'pagefind.js');
        if (existsSync(entry)) {
          logger.info(`search uses the index from the last build (${statSync(entry).mtime.toLocaleString(SITE.locale)}); run \`npm run build\` to refresh it.`);
        } else {
          logger.warn("search has no index yet: run `npm run build` once, then reload /search/ (the dev server serves the last build's index).");
        }
        const prefix = `${base}pagefind/`;
        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent((request.url ?? '').split('?')[0]!);
          if (!path.startsWith(prefix)) return next();
          const file = normalize(join(indexDir, path.slice(prefix.length)));
          if (!file.startsWith(indexDir) || !existsSync(file) || !statSync(file).isFile()) {
            response.statusCode = 404;
            response.end('No search index: run `npm run build` to create one.');
            return;
          }
          response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          response.setHeader('Cache-Control', 'no-cache');
          createReadStream(file).pipe(response);
        });
      },
    },
  };
}
