import { describe, expect, it } from 'vitest';
import { render } from './container';
import BowelWarningSigns from '../../src/components/mdx/BowelWarningSigns.astro';
import Callout from '../../src/components/mdx/Callout.astro';
import UrgentCare from '../../src/components/mdx/UrgentCare.astro';
import { BOWEL_WARNING_SIGNS, URGENCY, URGENCY_TIERS } from '../../src/lib/urgentCare';
import Cite from '../../src/components/mdx/Cite.astro';
import Link from '../../src/components/mdx/Link.astro';
import Term from '../../src/components/mdx/Term.astro';
import type { ArticleContext } from '../../src/lib/articleContext';

const articleContext = (): ArticleContext => ({
  file: 'content/articles/example.mdx',
  glossary: new Map([['dysbiosis', { term: 'Dysbiosis', definition: 'An imbalance in a microbial community.' }]]),
});

// The marks (number, first, mode) are what src/lib/editorMarkers.ts sets from the MDX tree (tests/unit/citations.test.ts).
describe('<Cite>', () => {
  it('renders the reference number linked to the reference list, and the back-link anchor on the first marker', async () => {
    const html = await render(Cite, { props: { id: 'second', number: '2', first: true } });
    expect(html).toContain('href="#ref-second"');
    expect(html).toContain('[2]');
    expect(html).toContain('aria-label="Reference 2"');
    expect(html).toContain('id="cite-second"');
  });

  it('gives a later citation of the same source no anchor', async () => {
    const again = await render(Cite, { props: { id: 'first', number: '1' } });
    expect(again).toContain('[1]');
    expect(again).not.toContain('id="cite-first"');
  });
});

describe('<Term>', () => {
  const term = (mode: 'define' | 'open' | 'link', text = 'dysbiosis') =>
    render(Term, { props: { id: 'dysbiosis', mode }, slots: { default: text }, locals: { article: articleContext() } });

  it('opens its definition in place, with a link to the glossary entry', async () => {
    const html = await term('define');
    expect(html).toMatch(/<button type="button" class="term" popovertarget="definition-dysbiosis"[^>]*>dysbiosis<\/button>/);
    expect(html).toMatch(/<span popover id="definition-dysbiosis"[^>]*>/);
    expect(html).toContain('An imbalance in a microbial community.');
    expect(html).toContain('href="/glossary/#dysbiosis"');
  });

  it("links to the glossary, without a definition, past the page's definitions", async () => {
    const html = await term('link');
    expect(html).toMatch(/<a href="\/glossary\/#dysbiosis" class="term">dysbiosis<\/a>/);
    expect(html).not.toContain('popover');
  });

  it('writes the definition once per page: later uses open the first one', async () => {
    const again = await term('open', 'an imbalance');
    expect(again).toContain('popovertarget="definition-dysbiosis"');
    expect(again).not.toContain('popover id=');
  });

  it('refuses to render outside an article', async () => {
    await expect(render(Term, { props: { id: 'dysbiosis', mode: 'define' }, slots: { default: 'x' } })).rejects.toThrow('only be used inside an article');
  });

  it('fails with the file when the term does not exist', async () => {
    await expect(render(Term, { props: { id: 'leakygut', mode: 'define' }, slots: { default: 'x' }, locals: { article: articleContext() } })).rejects.toThrow(
      'content/articles/example.mdx: glossary — <Term id="leakygut"> links to a glossary term that does not exist.',
    );
  });
});

describe('<Callout>', () => {
  it('renders a labelled aside with its title and content', async () => {
    const html = await render(Callout, {
      props: { type: 'warning', title: 'Before you start' },
      slots: { default: '<p>Tell your pharmacist about your medicines.</p>' },
    });
    expect(html).toContain('aria-label="Before you start"');
    expect(html).toContain('data-callout="warning"');
    expect(html).toContain('Tell your pharmacist about your medicines.');
  });
});

describe('<UrgentCare>', () => {
  it.each(URGENCY_TIERS)("%s: the tier's own heading and action, a label in words, and the signs as a list", async (tier) => {
    const html = await render(UrgentCare, { props: { tier }, slots: { default: '<ul><li>you have trouble breathing</li></ul>' } });
    expect(html).toContain(`data-urgency="${tier}"`);
    expect(html).toContain(URGENCY[tier].label);
    expect(html).toContain(URGENCY[tier].heading.replace('&', '&amp;'));
    expect(html).toContain(URGENCY[tier].elsewhere);
    expect(html).toContain('<li>you have trouble breathing</li>');
  });

  it('<BowelWarningSigns /> prints the one shared list, in the soon tier', async () => {
    const html = await render(BowelWarningSigns, {});
    expect(html).toContain('data-urgency="soon"');
    for (const sign of BOWEL_WARNING_SIGNS) expect(html).toContain(`<li>${sign.replace(/&/g, '&amp;')}</li>`);
  });
});

describe('Markdown links in articles', () => {
  it('open external links safely and say so', async () => {
    const html = await render(Link, { props: { href: 'https://www.who.int/' }, slots: { default: 'WHO' } });
    expect(html).toContain('rel="noopener noreferrer external"');
    expect(html).toContain('target="_blank"');
    expect(html).toContain('opens in a new tab');
  });

  it('leave site links as same-tab links', async () => {
    const html = await render(Link, { props: { href: '/articles/x/' }, slots: { default: 'x' } });
    expect(html).toContain('href="/articles/x/"');
    expect(html).not.toContain('target=');
  });
});
