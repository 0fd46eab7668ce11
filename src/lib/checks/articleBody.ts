/**
 * An article's body against the rest of the site: what it cites and links (sources, glossary terms,
 * other pages and their anchors, images), its length, the urgent-care advice its topics need, and
 * headings that would take one of the page's own ids.
 */
import { ARTICLE_PAGE_IDS } from '../articlePageIds';
import { citationAnchor, isCitationAnchor, referenceAnchor } from '../citations';
import { URGENT_CARE_TOPICS } from '../urgentCare';
import { isDraft, type ArticleInput } from './articleFile';
import { imageProblem, MIN_BODY_WORDS } from './files';
import type { Problem } from './problem';
import { unknownId, type KnownIds } from './schemaTools';
import { checkLink, type SiteIndex } from './siteLinks';

/** What links may point to: every article with its anchors, and the topics and conditions with their published articles. */
export function siteIndex(articles: ArticleInput[], known: KnownIds): SiteIndex {
  const site: SiteIndex = {
    articles: new Map(),
    topics: new Map([...known.topics].map((id) => [id, 0])),
    conditions: new Map([...known.conditions].map((id) => [id, 0])),
    glossary: known.glossary,
  };
  for (const article of articles) {
    const draft = isDraft(article);
    const references = Array.isArray(article.raw?.references) ? (article.raw.references as unknown[]).map(String) : [];
    const anchors = new Set([
      ...ARTICLE_PAGE_IDS,
      ...(article.facts?.headings.map((heading) => heading.slug) ?? []),
      // Every listed source has its place in the reference list; only a cited one has a marker to link back to.
      ...references.map(referenceAnchor),
      ...(article.facts?.cites.map((cite) => citationAnchor(cite.id)) ?? []),
    ]);
    if (!site.articles.has(article.slug)) site.articles.set(article.slug, { anchors, draft });
    if (!draft) for (const topic of article.data?.topics ?? []) site.topics.set(topic.id, (site.topics.get(topic.id) ?? 0) + 1);
    if (!draft) for (const condition of article.data?.conditions ?? []) site.conditions.set(condition.id, (site.conditions.get(condition.id) ?? 0) + 1);
  }
  return site;
}

/** Checks one article's body (read by readArticle) against the site; its problems go to `problems`. */
export function checkBody(root: string, article: ArticleInput, site: SiteIndex, known: KnownIds, problems: Problem[]) {
  const { file, facts } = article;
  if (!facts) return;
  const error = (line: number, problem: string, fix: string, field = 'body') => problems.push({ file, line, field, problem, fix, severity: 'error' });
  const listed = new Set(Array.isArray(article.raw?.references) ? (article.raw.references as unknown[]).map(String) : []);
  const cited = new Set<string>();

  for (const refusal of facts.refusals) error(refusal.line, refusal.problem, refusal.fix);
  const draft = isDraft(article);
  if (facts.words < MIN_BODY_WORDS && !facts.refusals.length && !draft) {
    error(
      facts.bodyLine,
      `has ${facts.words} word${facts.words === 1 ? '' : 's'} of text; an article needs at least ${MIN_BODY_WORDS}`,
      'Write the article below the frontmatter: answer the question first, then the evidence (copy the layout of content/articles/_template.mdx).',
    );
  }
  const topics = (article.data?.topics ?? []).map((topic) => topic.id);
  const needsUrgentCare = topics.find((topic) => (URGENT_CARE_TOPICS as readonly string[]).includes(topic));
  if (needsUrgentCare && !draft && !facts.urgentCare.length) {
    error(
      facts.bodyLine,
      `has no urgent-care advice, which every article on ${needsUrgentCare} needs`,
      'Add <UrgentCare tier="…"> with a bulleted list of the signs that need help (emergency: 999/A&E; urgent: the same day; soon: a routine appointment). See "Urgent-care advice" in CONTRIBUTING.md.',
    );
  }
  for (const { line, sign } of facts.emergencySigns) {
    problems.push({
      file,
      line,
      field: 'body',
      problem: `"${sign}" is an emergency sign, named outside an emergency-tier block`,
      fix: 'If readers should act on it, list it under <UrgentCare tier="emergency"> (999 or A&E), not under a GP or pharmacist; if the sentence only mentions it, leave it.',
      severity: 'warning',
    });
  }
  for (const heading of facts.headings) {
    if (ARTICLE_PAGE_IDS.includes(heading.slug) || isCitationAnchor(heading.slug)) {
      error(
        heading.line,
        `the heading "${heading.text}" would get the anchor #${heading.slug}, which the page uses for its own ${ARTICLE_PAGE_IDS.includes(heading.slug) ? 'section' : 'citations'}`,
        'Reword the heading (references and related articles are added to every page for you).',
      );
    }
  }
  for (const { line, id } of facts.cites) {
    cited.add(id);
    if (known.unreadable?.has('bibliography')) continue;
    if (!known.bibliography.has(id)) {
      const { problem, fix } = unknownId('bibliography', id, known.bibliography);
      error(line, `<Cite id="${id}" />: ${problem}`, fix);
    } else if (article.raw && !listed.has(id)) {
      error(
        line,
        `<Cite id="${id}" /> is not listed in references`,
        `Add ${id} to references in the frontmatter, e.g. references: [${[...listed, id].join(', ')}].`,
      );
    }
  }
  // A graded answer rests on sources the reader can find in the article's own reference list.
  const questions = Array.isArray(article.raw?.questions) ? (article.raw.questions as { sources?: unknown }[]) : [];
  questions.forEach((question, index) => {
    for (const id of Array.isArray(question?.sources) ? question.sources.map(String) : []) {
      if (!known.bibliography.has(id) || listed.has(id)) continue;
      error(
        article.source!.lineOf(['questions', index, 'sources']),
        `${id} is a source of this answer but is not listed in references`,
        `Add ${id} to references and cite it in the text where the answer is explained, or remove it from this question's sources.`,
        `questions[${index}].sources`,
      );
    }
  });
  for (const { line, id } of facts.terms) {
    if (!known.glossary.has(id) && !known.unreadable?.has('glossary')) {
      const { problem, fix } = unknownId('glossary', id, known.glossary);
      error(line, `<Term id="${id}">: ${problem}`, fix);
    }
  }
  for (const image of facts.images) {
    if (!image.alt.trim())
      error(image.line, 'the image has no alt text', `Describe it between the brackets, e.g. ![A diagram of the gut lining](${image.url}).`);
    const problem = imageProblem(root, file, image.url);
    if (problem) error(image.line, problem.problem, problem.fix);
  }
  for (const link of facts.links) {
    const problem = checkLink(link.url, article.slug, site);
    if (problem) error(link.line, problem.problem, problem.fix);
  }
  if (article.data) {
    for (const key of listed) {
      if (!cited.has(key) && known.bibliography.has(key)) {
        problems.push({
          file,
          line: article.source!.lineOf(['references']),
          field: 'references',
          problem: `${key} is listed but never cited in the text`,
          fix: `Cite it where you use it with <Cite id="${key}" />, or remove it from references.`,
          severity: 'warning',
        });
      }
    }
  }
}
