// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { SITE } from './src/site.config.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/securityHeaders.ts';
import { searchIndex } from './src/integrations/searchIndex.ts';
import { contentGate } from './src/integrations/contentGate.ts';
import { cspHashes } from './src/integrations/cspHashes.ts';
import { drafts } from './src/integrations/drafts.ts';
import { editorMarkers } from './src/lib/editorMarkers.ts';

export default defineConfig({
  site: SITE.url,
  base: SITE.base,
  trailingSlash: 'always',
  // Inside the project, not node_modules/: the tests' and benchmark's temporary copies share
  // node_modules through a symlink, and a shared content cache lets parallel builds clobber each other.
  cacheDir: './.astro/cache',
  // searchIndex() writes the Pagefind index into dist/pagefind after every build (src/integrations/searchIndex.ts).
  // cspHashes() adds the inline scripts' hashes to the CSP in dist/_headers (src/integrations/cspHashes.ts).
  // contentGate() runs `npm run check:content` first: any content problem stops the build before a page is written.
  // drafts() shows drafts in `astro dev` only, decided by the command, never by an environment variable.
  integrations: [drafts(), contentGate(), mdx(), sitemap(), searchIndex(), cspHashes()],
  build: {
    // One shared stylesheet, never inlined: cached across pages, and allowed by `style-src 'self'` alone.
    inlineStylesheets: 'never',
    // Render four pages at a time: page generation then overlaps its file writes with rendering.
    // Measured on 1,000 generated articles (2 cores): 5.2–5.6 s instead of 7.3 s, same peak memory.
    concurrency: 4,
  },
  // Shiki colours code with inline style attributes, which the CSP (style-src 'self') blocks; articles have no code.
  // editorMarkers() numbers citations and places glossary definitions from the MDX tree, before anything renders.
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [editorMarkers()] }) },
  // Astro writes a CSP <meta> tag with the hashes of its scripts into every page (see src/lib/securityHeaders.ts).
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  vite: {
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
        // Astro's content-asset modules trip one harmless rolldown warning per MDX file ("use astro:head-inject"),
        // 15 lines each with its code frame: thousands of lines that would bury real warnings in the build log.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
