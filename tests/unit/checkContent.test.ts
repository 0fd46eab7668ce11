/**
 * The bad-input suite: one fixture article per problem an editor can make, each asserting the exact
 * lines `npm run check:content` (and the build) print for it: file, line, field, what is wrong and
 * what to do. Fixtures live in tests/fixtures/bad-articles/ and are checked together with the real
 * content/ (topics, glossary, bibliography, articles), as if they had been added to content/articles/.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/checks/checkContent';
import { formatProblem, formatReport, githubAnnotation, type Problem } from '../../src/lib/checks/problem';

const root = new URL('../../', import.meta.url).pathname;
/** Dates in the fixtures are relative to this day. */
const today = new Date('2026-12-02T12:00:00Z');
const GOOD = 'tests/fixtures/good-articles/fermented-foods-fixture-article.mdx';
/** Fixtures that clash with the good fixture article are checked together with it. */
const WITH_GOOD = new Set(['duplicate-title.mdx', 'Fermented-Foods-Fixture-Article.mdx']);

const lines = (problems: Problem[]) => problems.map((p) => (p.severity === 'warning' ? 'warning: ' : '') + formatProblem(p));

function check(fixture: string) {
  const extraArticles = [...(WITH_GOOD.has(fixture) ? [GOOD] : []), `tests/fixtures/bad-articles/${fixture}`];
  const report = checkContent({ root, extraArticles, today });
  // The real content's own warnings (sources still to verify) are not the fixture's.
  const ours = (p: Problem) => extraArticles.includes(p.file);
  return [...lines(report.errors), ...lines(report.warnings.filter(ours))];
}

const BAD_ARTICLES: [string, string[]][] = [
  [
    'Fermented-Foods-Fixture-Article.mdx',
    [
      'tests/fixtures/bad-articles/Fermented-Foods-Fixture-Article.mdx:1 — file name — "Fermented-Foods-Fixture-Article.mdx" is not a URL slug — Rename the file to fermented-foods-fixture-article.mdx: lower-case words joined by hyphens (the file name is the URL).',
      'tests/fixtures/bad-articles/Fermented-Foods-Fixture-Article.mdx:1 — file name — has the same URL (/articles/fermented-foods-fixture-article/) as tests/fixtures/good-articles/fermented-foods-fixture-article.mdx — Give this article a different file name: the file name is the URL.',
    ],
  ],
  [
    'bad-date.mdx',
    ['tests/fixtures/bad-articles/bad-date.mdx:6 — published — "20/11/2026" is not a date written YYYY-MM-DD — Write the date as YYYY-MM-DD, e.g. 2026-11-25.'],
  ],
  [
    'broken-heading-anchor.mdx',
    [
      'tests/fixtures/bad-articles/broken-heading-anchor.mdx:27 — body — "#what-the-trials-found" is not a heading in this article — Use one of its heading anchors: #what-the-studies-looked-at.',
    ],
  ],
  [
    'broken-internal-link.mdx',
    [
      'tests/fixtures/bad-articles/broken-internal-link.mdx:27 — body — "/articles/what-is-the-gut-skin-axes/" is not a page on this site — Check the article\'s file name in content/articles/ (the URL is /articles/<file name without .mdx>/).',
    ],
  ],
  [
    'cite-not-in-references.mdx',
    [
      'tests/fixtures/bad-articles/cite-not-in-references.mdx:21 — body — <Cite id="abrahamsson2012low" /> is not listed in references — Add abrahamsson2012low to references in the frontmatter, e.g. references: [salem2018gut, oneill2016gut, bowe2011acne, abrahamsson2012low].',
    ],
  ],
  [
    'description-too-long.mdx',
    [
      'tests/fixtures/bad-articles/description-too-long.mdx:3 — description — is 174 characters long; the maximum is 160 — Shorten the description to 160 characters or fewer; search engines cut longer ones.',
    ],
  ],
  [
    'description-too-short.mdx',
    [
      'tests/fixtures/bad-articles/description-too-short.mdx:3 — description — is 41 characters long; the minimum is 70 — Write a description of at least 70 characters so search results have a useful summary.',
    ],
  ],
  [
    'duplicate-title.mdx',
    [
      'tests/fixtures/bad-articles/duplicate-title.mdx:2 — title — is the same as the title of tests/fixtures/good-articles/fermented-foods-fixture-article.mdx — Give each article its own title, so readers and search engines can tell them apart.',
    ],
  ],
  [
    'future-date.mdx',
    [
      "tests/fixtures/bad-articles/future-date.mdx:6 — published — 2027-03-01 is in the future — Use today's date (2026-12-02) or an earlier one.",
      "tests/fixtures/bad-articles/future-date.mdx:7 — updated — 2027-03-01 is in the future — Use today's date (2026-12-02) or an earlier one.",
      "tests/fixtures/bad-articles/future-date.mdx:8 — lastReviewed — 2027-03-01 is in the future — Use today's date (2026-12-02) or an earlier one.",
    ],
  ],
  [
    'image-without-alt.mdx',
    [
      'tests/fixtures/bad-articles/image-without-alt.mdx:19 — body — the image has no alt text — Describe it between the brackets, e.g. ![A diagram of the gut lining](./fixture-chart.png).',
    ],
  ],
  [
    'inline-event-handler.mdx',
    [
      'tests/fixtures/bad-articles/inline-event-handler.mdx:17 — body — onclick=… on <abbr> is an inline event handler, which runs code — Remove the onclick attribute: articles cannot run code.',
    ],
  ],
  [
    'mdx-syntax-error.mdx',
    [
      'tests/fixtures/bad-articles/mdx-syntax-error.mdx:23 — body — MDX syntax error: Expected a closing tag for `<Callout>` — Close the tag: add </Callout> where it ends, or write <Callout … /> if it has no content.',
    ],
  ],
  [
    'missing-image-file.mdx',
    [
      'tests/fixtures/bad-articles/missing-image-file.mdx:19 — body — the image file tests/fixtures/bad-articles/missing-chart.png does not exist — Put the image in tests/fixtures/bad-articles/ and check the spelling of its name, e.g. ![…](./missing-chart.png).',
    ],
  ],
  [
    'missing-title.mdx',
    [
      'tests/fixtures/bad-articles/missing-title.mdx:2 — title — is missing — Add title, e.g. title: "Probiotics for eczema: what the trials show". Headline, in sentence case, 20–90 characters. Plain text: HTML is shown as typed.',
    ],
  ],
  [
    'raw-script.mdx',
    [
      'tests/fixtures/bad-articles/raw-script.mdx:19 — body — <script> is not allowed in an article — Remove it: articles cannot run code or embed other pages. Ask a maintainer if you need something interactive.',
    ],
  ],
  [
    'review-overdue.mdx',
    [
      'warning: tests/fixtures/bad-articles/review-overdue.mdx:8 — lastReviewed — "Review overdue: last checked long ago" was last reviewed on 2025-01-10; its review was due on 2026-01-10 (every 12 months) — Check the article against current evidence, then set lastReviewed to the day you did (and updated, if you changed it).',
    ],
  ],
  [
    'too-few-takeaways.mdx',
    ['tests/fixtures/bad-articles/too-few-takeaways.mdx:10 — keyTakeaways — has 1 item; the minimum is 3 — Give at least 3 key takeaways.'],
  ],
  [
    'unknown-citation.mdx',
    [
      'tests/fixtures/bad-articles/unknown-citation.mdx:21 — body — <Cite id="oneil2016gut" />: "oneil2016gut" is not a key in content/bibliography.yaml — Did you mean "oneill2016gut"? Use a key from content/bibliography.yaml, or add the source there (see "How to cite" in CONTRIBUTING.md).',
      'warning: tests/fixtures/bad-articles/unknown-citation.mdx:14 — references — oneill2016gut is listed but never cited in the text — Cite it where you use it with <Cite id="oneill2016gut" />, or remove it from references.',
    ],
  ],
  [
    'unknown-component.mdx',
    [
      'tests/fixtures/bad-articles/unknown-component.mdx:23 — body — <Callot> is not an editor component — Use <Callout>, <Cite>, <Term>, <UrgentCare> or <BowelWarningSigns> (see CONTRIBUTING.md), or plain Markdown. Key takeaways go in the frontmatter.',
    ],
  ],
  [
    'unknown-evidence.mdx',
    [
      'tests/fixtures/bad-articles/unknown-evidence.mdx:9 — questions[0].answer — "very helpful" is not one of the allowed values — Write the answer\'s direction, one of: helps, linked, no-clear-effect, little-or-no-benefit, harms, unclear (see "Grading evidence" in CONTRIBUTING.md).',
    ],
  ],
  [
    'unknown-field.mdx',
    ['tests/fixtures/bad-articles/unknown-field.mdx:10 — keyTakeaway — is not a field of an article — Did you mean "keyTakeaways"? Rename it.'],
  ],
  [
    'unknown-glossary-term.mdx',
    [
      'tests/fixtures/bad-articles/unknown-glossary-term.mdx:21 — body — <Term id="dysbiossis">: "dysbiossis" is not a glossary term — Did you mean "dysbiosis"? Use a key from content/glossary.yaml, or add the term there.',
    ],
  ],
  [
    'unknown-topic.mdx',
    [
      'tests/fixtures/bad-articles/unknown-topic.mdx:5 — topics[1] — "microbiom" is not a topic — Did you mean "microbiome"? Use one of: microbiome, diet, probiotics, inflammation, skin-conditions, medication-safety, or ask a maintainer to add a topic.',
    ],
  ],
  [
    'updated-before-published.mdx',
    ['tests/fixtures/bad-articles/updated-before-published.mdx:7 — updated — is before published — Set updated to the same day as published or later.'],
  ],
  [
    'yaml-syntax-error.mdx',
    [
      'tests/fixtures/bad-articles/yaml-syntax-error.mdx:10 — frontmatter — the YAML cannot be read (Nested mappings are not allowed in compact mappings) — Put text in double quotes (especially text containing ": " or "#"), indent with spaces, start list items with "- ".',
    ],
  ],
];

describe('bad articles: every problem is reported with its file, line, field and what to do', () => {
  it('has a fixture for at least 15 different problems', () => {
    expect(BAD_ARTICLES.length).toBeGreaterThanOrEqual(15);
  });

  it.each(BAD_ARTICLES)('%s', (fixture, expected) => {
    expect(check(fixture)).toEqual(expected);
  });
});

describe('the good fixture articles', () => {
  it('pass (the hostile one only warns that its HTML will be shown as text)', () => {
    const report = checkContent({ root, extraArticles: [GOOD, 'tests/fixtures/good-articles/hostile-frontmatter-fixture.mdx'], today });
    expect(lines(report.errors)).toEqual([]);
    expect(report.warnings.filter((p) => p.file.startsWith('tests/')).map((p) => `${p.field}: ${p.problem}`)).toEqual([
      'title: contains HTML (<script>), which readers will see as typed',
      "description: contains HTML (<img src=x onerror=alert('description')>), which readers will see as typed",
      'summary: contains HTML (<script>), which readers will see as typed',
      'keyTakeaways[0]: contains HTML (<script>), which readers will see as typed',
      'keyTakeaways[2]: contains HTML (</script>), which readers will see as typed',
    ]);
  });
});

describe('bibliography problems', () => {
  it('reports a malformed DOI, a malformed PubMed ID and sources no article cites', () => {
    const report = checkContent({ root, extraBibliography: ['tests/fixtures/bad-bibliography/bibliography.yaml'], today });
    expect(lines(report.errors)).toEqual([
      'tests/fixtures/bad-bibliography/bibliography.yaml:2 — fixture2020doi — is not cited by any article — Cite it from an article (add fixture2020doi to its references and <Cite id="fixture2020doi" /> in the text), or remove the entry.',
      'tests/fixtures/bad-bibliography/bibliography.yaml:9 — fixture2020doi.doi — "https://doi.org/10.1000/fixture.2020" is not in the right format — A DOI starts with "10." and has a slash, e.g. 10.1038/nrgastro.2014.66 (no https://doi.org/ prefix).',
      'tests/fixtures/bad-bibliography/bibliography.yaml:11 — fixture2021pmid — is not cited by any article — Cite it from an article (add fixture2021pmid to its references and <Cite id="fixture2021pmid" /> in the text), or remove the entry.',
      'tests/fixtures/bad-bibliography/bibliography.yaml:18 — fixture2021pmid.pmid — "PMID 12345678" is not in the right format — A PubMed ID is digits only, e.g. 24912386.',
    ]);
  });
});

describe('all at once', () => {
  it('reports every problem of every file in one run, in file and line order', () => {
    const fixtures = ['unknown-topic.mdx', 'raw-script.mdx', 'description-too-short.mdx'].map((name) => `tests/fixtures/bad-articles/${name}`);
    const report = checkContent({ root, extraArticles: fixtures, today });
    expect(report.errors.map((p) => `${p.file}:${p.line}`)).toEqual([
      'tests/fixtures/bad-articles/description-too-short.mdx:3',
      'tests/fixtures/bad-articles/raw-script.mdx:19',
      'tests/fixtures/bad-articles/unknown-topic.mdx:5',
    ]);
    const printed = formatReport(report);
    expect(printed).toMatch(/^3 problems to fix:\n/);
    expect(printed).toContain('3 problems must be fixed before the site can be published.');
  });

  it('annotates the pull request line on GitHub', () => {
    const [problem] = checkContent({ root, extraArticles: ['tests/fixtures/bad-articles/unknown-evidence.mdx'], today }).errors;
    expect(githubAnnotation(problem!)).toBe(
      '::error file=tests/fixtures/bad-articles/unknown-evidence.mdx,line=9,title=questions[0].answer::"very helpful" is not one of the allowed values — Write the answer\'s direction, one of%3A helps, linked, no-clear-effect, little-or-no-benefit, harms, unclear (see "Grading evidence" in CONTRIBUTING.md).'.replace(
        '%3A',
        ':',
      ),
    );
  });
});
