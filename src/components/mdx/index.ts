/**
 * The components editors can use in any article without importing them.
 * Documented, with examples, in CONTRIBUTING.md.
 */
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Link from './Link.astro';
import Term from './Term.astro';

export const editorComponents = { Callout, Cite, Term, a: Link };
