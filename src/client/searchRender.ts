/** Builds the DOM for search results from Pagefind's data. Text only ever goes in as text. */
import { ARTICLE_PAGE_IDS } from '../lib/articlePageIds';
import { CONTENT_TYPES, withHighlight } from '../lib/search';
import { excerptAfterTitle, synonymNote, visibleExcerpt, type ExcerptSegment } from '../lib/searchExcerpt';
import type { BestMatchTarget, NamedKind } from '../lib/searchNames';
import { EXCERPT_WORDS, PAGEFIND_WORD_SEPARATORS, type PagefindData } from './pagefind';

/** Pagefind's excerpts are HTML with <mark>; keep the marks, turn everything else into text. */
function excerptSegments(excerpt: string): ExcerptSegment[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((node) => ({ text: node.textContent ?? '', mark: node.nodeName === 'MARK' }));
}

/** Pagefind marks whole tokens, punctuation included ("(eczema):"); the mark covers the word only. */
const MARKED_WORD = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;

function excerptNodes(segments: ExcerptSegment[]): Node[] {
  return segments.flatMap((segment) => {
    if (!segment.mark) return [document.createTextNode(segment.text)];
    const [, before = '', word = '', after = ''] = MARKED_WORD.exec(segment.text) ?? [];
    const mark = document.createElement('mark');
    mark.className = 'rounded-sm bg-brand-soft px-0.5 font-semibold text-ink';
    mark.textContent = word;
    return [before, mark, after].filter((part) => part !== '').map((part) => (typeof part === 'string' ? document.createTextNode(part) : part));
  });
}

/**
 * The excerpt as the reader should see it: not a restated title, never the hidden synonyms
 * (src/lib/searchExcerpt.ts). When the match is only in those, the page's description stands in, with
 * the name that matched.
 */
function excerptParagraph(data: PagefindData): HTMLParagraphElement {
  const paragraph = element('p', 'mt-2 text-sm');
  const words = data.content.split(PAGEFIND_WORD_SEPARATORS);
  const segments = excerptAfterTitle(words, data.locations, data.meta.title, EXCERPT_WORDS) ?? excerptSegments(data.excerpt);
  const shown = visibleExcerpt(segments, data.content);
  if (shown.matchShown || !shown.cut || !data.meta.description) {
    paragraph.append(...excerptNodes(shown.segments));
    if (shown.cut) paragraph.append('…');
    return paragraph;
  }
  paragraph.dataset.searchDescription = '';
  paragraph.append(data.meta.description);
  if (shown.synonyms.length) paragraph.append(' ', element('span', 'text-muted', synonymNote(shown.synonyms)));
  return paragraph;
}

/** A section whose excerpt matches only in the hidden synonyms does not contain the words: no link to it. */
function sectionMatches(excerpt: string, content: string): boolean {
  const shown = visibleExcerpt(excerptSegments(excerpt), content);
  return !shown.cut || shown.matchShown;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One result: title link, a line of facts (type, main topic, date), the headline question's answer, the excerpt, and links to matching headings. */
export function renderResult(data: PagefindData, query: string, formatDate: (iso: string) => string): HTMLLIElement {
  const item = element('li', 'rounded-lg border border-line bg-surface p-4');
  item.dataset.searchResult = data.url;
  const heading = element('h3', 'text-lg leading-snug font-semibold');
  const link = element('a', 'text-ink hover:text-brand', data.meta.title ?? data.url);
  link.href = withHighlight(data.url, query);
  heading.append(link);

  const type = data.filters.type?.[0];
  const facts = [
    type && type !== CONTENT_TYPES.article ? type : undefined,
    data.meta.mainTopic,
    data.meta.updated ? `Updated ${formatDate(data.meta.updated)}` : undefined,
  ].filter(Boolean);
  const factLine = element('p', 'mt-1 text-sm text-muted', facts.join(' · '));
  item.append(heading, factLine);
  // A grade is never shown without its question: the record carries both (SearchRecord.astro).
  if (data.meta.verdict) item.append(element('p', 'mt-1 text-sm text-ink', `${data.meta.verdict}.`));
  item.append(excerptParagraph(data));

  const sections = data.sub_results
    // The page's own parts (key takeaways, the evidence table, references) are on every article: not sections to jump to.
    .filter(
      (sub) => sub.url.includes('#') && !ARTICLE_PAGE_IDS.includes(sub.url.split('#')[1]!) && sub.url !== data.url && sectionMatches(sub.excerpt, data.content),
    )
    .slice(0, 3);
  if (sections.length) {
    const list = element('ul', 'mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm');
    list.setAttribute('aria-label', `Matching sections in ${data.meta.title ?? 'this page'}`);
    for (const section of sections) {
      const sectionLink = element('a', '');
      sectionLink.append(element('span', 'text-muted', '↳ '), section.title);
      sectionLink.firstElementChild!.setAttribute('aria-hidden', 'true');
      sectionLink.href = withHighlight(section.url, query);
      const entry = element('li', '');
      entry.append(sectionLink);
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

/** What each kind of defining page holds: the card says it instead of quoting the page (its text would weigh down the search page). */
const KINDS: Record<NamedKind, { label: string; holds: string }> = {
  condition: { label: 'Condition', holds: 'What it is, what its link with the gut is and is not, when to get help, and every article on it.' },
  topic: { label: 'Topic', holds: 'What the topic covers, how it connects to the rest of the gut–skin axis, and every article on it.' },
  glossary: { label: 'Glossary term', holds: 'Its definition in plain words, its other names, and the articles that use it.' },
};

/** The card above the results when the query names a condition, topic or glossary term: its defining page. */
export function renderBestMatch(target: BestMatchTarget, query: string): HTMLElement {
  const card = element('article', 'rounded-lg border-2 border-brand bg-brand-soft p-4');
  card.dataset.searchBestMatch = target.url;
  const label = element('p', 'text-sm font-semibold text-ink', `Best match · ${KINDS[target.kind].label}`);
  const heading = element('h3', 'mt-1 text-xl leading-snug font-semibold');
  const link = element('a', 'text-ink hover:text-brand', target.name);
  link.href = withHighlight(target.url, query);
  heading.append(link);
  card.append(label, heading, element('p', 'mt-2 text-sm text-ink', KINDS[target.kind].holds));
  return card;
}
