import { describe, expect, it } from 'vitest';
import { absoluteUrl, articleUrl, articlesUrl, doiUrl, glossaryUrl, pubmedUrl, searchUrl, topicUrl } from '../../src/lib/urls';
import { SITE } from '../../src/site.config';

describe('urls', () => {
  it('builds every page URL with a trailing slash', () => {
    expect(articleUrl('probiotics-for-eczema')).toBe('/articles/probiotics-for-eczema/');
    expect(topicUrl('diet')).toBe('/topics/diet/');
    expect(topicUrl('diet', 2)).toBe('/topics/diet/page/2/');
    expect(articlesUrl()).toBe('/articles/');
    expect(articlesUrl(3)).toBe('/articles/page/3/');
  });
  it('links glossary terms by anchor and encodes search queries', () => {
    expect(glossaryUrl('dysbiosis')).toBe('/glossary/#dysbiosis');
    expect(searchUrl('leaky gut & acne')).toBe('/search/?q=leaky%20gut%20%26%20acne');
  });
  it('makes absolute URLs on the configured site', () => {
    expect(absoluteUrl('/articles/x/')).toBe(new URL('/articles/x/', SITE.url).toString());
  });
  it('links DOIs and PubMed IDs to their resolvers', () => {
    expect(doiUrl('10.1000/xyz')).toBe('https://doi.org/10.1000/xyz');
    expect(pubmedUrl('123')).toBe('https://pubmed.ncbi.nlm.nih.gov/123/');
  });
});
