/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /**
     * Set by the article page before it renders the MDX body, so that the editor components
     * (<Cite>, <Term>) can number citations and check keys against the article being built.
     */
    article?: import('./lib/articleContext').ArticleContext;
  }
}

/** True in `astro dev`, false in a build: set by src/integrations/drafts.ts, never by the environment. */
declare const __SHOW_DRAFTS__: boolean;
