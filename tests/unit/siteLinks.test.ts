import { describe, expect, it } from 'vitest';
import { checkLink, type SiteIndex } from '../../src/lib/checks/siteLinks';

const site: SiteIndex = {
  articles: new Map([
    ['what-are-probiotics', { anchors: new Set(['main', 'how-they-work']), draft: false }],
    ['coming-soon', { anchors: new Set(), draft: true }],
  ]),
  topics: new Map([
    ['diet', 30],
    ['probiotics', 1],
  ]),
  conditions: new Map([['eczema', 2]]),
  glossary: new Set(['dysbiosis']),
};
const check = (url: string) => checkLink(url, 'what-are-probiotics', site);

describe('links within the site', () => {
  it.each([
    '/',
    '/articles/',
    '/articles/what-are-probiotics/',
    '/articles/what-are-probiotics/#how-they-work',
    '#how-they-work',
    '/topics/diet/',
    '/topics/diet/page/3/',
    '/glossary/#dysbiosis',
    '/editorial-policy/#evidence-levels',
    '/rss.xml',
    'https://www.nhs.uk/',
    'mailto:editors@example.org',
  ])('%s resolves', (url) => {
    expect(check(url)).toBeUndefined();
  });

  it.each([
    ['/articles/what-are-probiotic/', '"/articles/what-are-probiotic/" is not a page on this site'],
    ['/articles/what-are-probiotics', '"/articles/what-are-probiotics" has no trailing slash'],
    ['articles/what-are-probiotics/', '"articles/what-are-probiotics/" is a relative link'],
    ['/articles/coming-soon/', '"/articles/coming-soon/" links to a draft'],
    ['/articles/what-are-probiotics/#nope', '"/articles/what-are-probiotics/#nope": the article what-are-probiotics has no heading "#nope"'],
    ['#nope', '"#nope" is not a heading in this article'],
    ['/topics/diet/page/4/', '"/topics/diet/page/4/" is not a page on this site'],
    ['/topics/probiotics/page/2/', '"/topics/probiotics/page/2/" is not a page on this site'],
    ['/glossary/#leaky', '"/glossary/#leaky": the glossary has no term "leaky"'],
    ['javascript:alert(1)', 'the link "javascript:alert(1)" uses the javascript: scheme, which is not allowed'],
  ])('%s is reported', (url, problem) => {
    expect(check(url)?.problem).toBe(problem);
  });

  it('says what to write instead', () => {
    expect(check('/articles/what-are-probiotics#how-they-work')?.fix).toBe('Write /articles/what-are-probiotics/#how-they-work.');
    expect(check('#nope')?.fix).toBe('Use one of its heading anchors: #how-they-work.');
  });
});
