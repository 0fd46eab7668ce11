/**
 * The components editors can use in any article without importing them.
 * Documented, with examples, in CONTRIBUTING.md.
 */
import BowelWarningSigns from './BowelWarningSigns.astro';
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Link from './Link.astro';
import Term from './Term.astro';
import UrgentCare from './UrgentCare.astro';

export const editorComponents = { Callout, Cite, Term, UrgentCare, BowelWarningSigns, a: Link };
