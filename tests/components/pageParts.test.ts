import { describe, expect, it } from 'vitest';
import { render } from './container';
import Breadcrumbs from '../../src/components/Breadcrumbs.astro';
import EvidenceBadge from '../../src/components/EvidenceBadge.astro';
import Pagination from '../../src/components/Pagination.astro';
import ReferenceList from '../../src/components/ReferenceList.astro';
import TopicDiagram from '../../src/components/TopicDiagram.astro';

const source = (id: string, extra: Record<string, string> = {}) => ({
  id,
  collection: 'bibliography',
  data: { type: 'review', authors: ['Smith A', 'Jones B'], title: `Title of ${id}`, journal: 'J Test', year: 2020, ...extra },
});

describe('<EvidenceBadge>', () => {
  it('names the level and links to its explanation on the editorial policy', async () => {
    const html = await render(EvidenceBadge, { props: { level: 'moderate' } });
    expect(html).toContain('Moderate evidence');
    expect(html).toContain('href="/editorial-policy/#evidence-moderate"');
  });
});

describe('<ReferenceList>', () => {
  it('numbers sources in the order given, with DOI and PubMed links and a back-link for cited ones', async () => {
    const html = await render(ReferenceList, {
      props: {
        sources: [source('a', { doi: '10.1000/abc' }), source('b', { pmid: '123' })],
        cited: new Set(['a']),
      },
    });
    expect(html.indexOf('id="ref-a"')).toBeLessThan(html.indexOf('id="ref-b"'));
    expect(html).toContain('href="https://doi.org/10.1000/abc"');
    expect(html).toContain('href="https://pubmed.ncbi.nlm.nih.gov/123/"');
    expect(html).toContain('href="#cite-a"');
    expect(html).not.toContain('href="#cite-b"');
    expect(html).toContain('Smith A, Jones B. Title of a. J Test. 2020.');
  });
});

describe('<Breadcrumbs>', () => {
  it('links every crumb but the current page, which is marked as such', async () => {
    const html = await render(Breadcrumbs, {
      props: { trail: [{ name: 'Home', href: '/' }, { name: 'Diet', href: '/topics/diet/' }, { name: 'Fibre' }] },
    });
    expect(html).toContain('<a href="/topics/diet/">Diet</a>');
    expect(html).toContain('<span aria-current="page">Fibre</span>');
  });
});

describe('<Pagination>', () => {
  it('links to newer and older pages and hides itself when there is one page', async () => {
    const urlFor = (page: number) => `/p/${page}/`;
    const middle = await render(Pagination, { props: { number: 2, total: 3, urlFor } });
    expect(middle).toContain('href="/p/1/" rel="prev"');
    expect(middle).toContain('href="/p/3/" rel="next"');
    const single = await render(Pagination, { props: { number: 1, total: 1, urlFor } });
    expect(single).not.toContain('<nav');
  });
});

describe('<TopicDiagram>', () => {
  const topic = (id: string, name: string, order: number, relations: { to: string; verb: string }[]) => ({
    id,
    collection: 'topics',
    data: { name, definition: '', aliases: [], order, relations: relations.map((r) => ({ to: { id: r.to, collection: 'topics' }, verb: r.verb })) },
  });

  it('draws a linked node per topic and describes every relation in text', async () => {
    const html = await render(TopicDiagram, {
      props: {
        topics: [topic('diet', 'Diet', 1, [{ to: 'microbiome', verb: 'feeds' }]), topic('microbiome', 'Gut microbiome', 2, [])],
      },
    });
    expect(html).toContain('<a href="/topics/diet/" aria-label="Diet topic">');
    expect(html).toContain('<a href="/topics/microbiome/" aria-label="Gut microbiome topic">');
    expect(html.match(/<line /g)).toHaveLength(1);
    expect(html).toMatch(/<li>\s*Diet feeds gut microbiome\.\s*<\/li>/);
    expect(html).not.toContain('<script');
  });
});
