import { describe, expect, it } from 'vitest';
import { render } from './container';
import Breadcrumbs from '../../src/components/Breadcrumbs.astro';
import EvidenceSummary from '../../src/components/evidence/EvidenceSummary.astro';
import EvidenceTable from '../../src/components/evidence/EvidenceTable.astro';
import Pagination from '../../src/components/Pagination.astro';
import ReferenceList from '../../src/components/ReferenceList.astro';
import TopicChain from '../../src/components/TopicChain.astro';

const source = (id: string, extra: Record<string, string> = {}) => ({
  id,
  collection: 'bibliography',
  data: { type: 'review', authors: ['Smith A', 'Jones B'], title: `Title of ${id}`, journal: 'J Test', year: 2020, ...extra },
});

const graded = (question: string, answer: string, certainty: string, ...sources: string[]) => ({
  question,
  answer,
  certainty,
  sources: sources.map((id) => ({ id, collection: 'bibliography' })),
});

describe('<EvidenceSummary>', () => {
  it('shows the headline question with its answer and certainty, each linked to its definition', async () => {
    const html = await render(EvidenceSummary, {
      props: {
        questions: [graded('Do probiotics treat eczema?', 'little-or-no-benefit', 'moderate', 'a'), graded('Do they prevent it?', 'helps', 'low', 'b')],
      },
    });
    expect(html).toContain('Do probiotics treat eczema?');
    expect(html).not.toContain('Do they prevent it?');
    expect(html).toContain('Little or no benefit');
    expect(html).toContain('Moderate certainty');
    expect(html).toContain('href="/editorial-policy/#answer-little-or-no-benefit"');
    expect(html).toContain('href="/editorial-policy/#certainty-moderate"');
    expect(html).toContain('href="#what-the-evidence-says"');
    expect(html).toContain('All 2 questions');
  });

  it('says a practical guide is not graded, and shows no level', async () => {
    const html = await render(EvidenceSummary, { props: {} });
    expect(html).toContain('Practical guide: not graded');
    expect(html).toContain('href="/editorial-policy/#not-graded"');
    expect(html).not.toMatch(/certainty/i);
  });
});

describe('<EvidenceTable>', () => {
  it('lists every question with its answer, certainty and numbered sources in reference order', async () => {
    const html = await render(EvidenceTable, {
      props: {
        questions: [graded('Do probiotics treat eczema?', 'little-or-no-benefit', 'moderate', 'b', 'a'), graded('Do they prevent it?', 'helps', 'low', 'b')],
        referenceNumbers: new Map([
          ['a', 1],
          ['b', 2],
        ]),
      },
    });
    expect(html).toContain('id="what-the-evidence-says"');
    expect(html.match(/<th scope="row"/g)).toHaveLength(2);
    expect(html).toContain('Low certainty');
    expect(html.indexOf('href="#ref-a"')).toBeLessThan(html.indexOf('href="#ref-b"'));
    expect(html).toContain('[1]');
    expect(html).toContain('[2]');
  });
});

describe('<ReferenceList>', () => {
  it('numbers sources in the order given, with one link each (PubMed, else the DOI) and a back-link for cited ones', async () => {
    const html = await render(ReferenceList, {
      props: {
        sources: [source('a', { doi: '10.1000/abc' }), source('b', { pmid: '123' }), source('c', { doi: '10.1000/both', pmid: '456' })],
        cited: new Set(['a']),
      },
    });
    expect(html.indexOf('id="ref-a"')).toBeLessThan(html.indexOf('id="ref-b"'));
    expect(html).toContain('href="https://doi.org/10.1000/abc"');
    expect(html).toContain('href="https://pubmed.ncbi.nlm.nih.gov/123/"');
    // With both, the DOI is printed once as text and PubMed is the link.
    expect(html).toContain('doi:10.1000/both');
    expect(html).not.toContain('href="https://doi.org/10.1000/both"');
    expect(html).toContain('href="https://pubmed.ncbi.nlm.nih.gov/456/"');
    expect(html).toContain('href="#cite-a"');
    expect(html).not.toContain('href="#cite-b"');
    expect(html).toContain('Smith A, Jones B. Title of a. J Test. 2020.');
  });
});

describe('<Breadcrumbs>', () => {
  it('links every crumb but the current page, which is named for screen readers only (the title below shows it)', async () => {
    const html = await render(Breadcrumbs, {
      props: { trail: [{ name: 'Home', href: '/' }, { name: 'Diet', href: '/topics/diet/' }, { name: 'Fibre' }] },
    });
    expect(html).toContain('<a href="/topics/diet/">Diet</a>');
    expect(html).toContain('<span aria-current="page" class="sr-only">Fibre</span>');
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

describe('<TopicChain>', () => {
  const topic = (id: string, name: string, stage: string, order: number, relations: { to: string; verb: string }[], extra: Record<string, string> = {}) => ({
    id,
    collection: 'topics',
    data: {
      name,
      definition: '',
      aliases: [],
      icon: 'circle',
      stage,
      order,
      ...extra,
      relations: relations.map((r) => ({ to: { id: r.to, collection: 'topics' }, verb: r.verb })),
    },
  });

  it('draws the chain stage by stage, a linked box per topic and one labelled arrow per relation to the next stage, also as sentences', async () => {
    const html = await render(TopicChain, {
      props: {
        topics: [
          topic('diet', 'Diet', 'lever', 1, [
            { to: 'microbiome', verb: 'feeds' },
            { to: 'skin', verb: 'may affect' },
          ]),
          topic('medicines', 'Medication safety', 'lever', 2, [{ to: 'microbiome', verb: 'can disturb' }], { shortName: 'Medicines' }),
          topic('microbiome', 'Gut microbiome', 'gut', 3, [{ to: 'skin', verb: 'is linked to' }], { nameInSentence: 'the gut microbiome' }),
          topic('skin', 'Skin conditions', 'skin', 4, []),
        ],
      },
    });
    // Each box is its topic's link: its icon (hidden from assistive technology), then its name.
    expect(html).toMatch(/<a href="\/topics\/diet\/"[^>]*><svg aria-hidden="true"[^>]*>.*?<\/svg>Diet<\/a>/);
    expect(html).toMatch(/<a href="\/topics\/medicines\/"[^>]*><svg aria-hidden="true"[^>]*>.*?<\/svg>Medicines<\/a>/);
    // Arrows only into the next stage: the microbiome has no "gut → skin" arrow (inflammation lies between, absent here, so skin is next).
    expect(html.match(/data-arrow/g)).toHaveLength(3);
    expect(html).toContain('Diet feeds the gut microbiome. Medicines can disturb the gut microbiome. Gut microbiome is linked to skin conditions.');
    expect(html).not.toContain('<script');
  });
});
