/**
 * Marks the searched words on a page opened from a search result and brings the first into view
 * (unless the link pointed at a heading). Runs only when `?highlight=` is in the URL.
 */
import { HIGHLIGHT_PARAM, highlightPattern } from '../lib/highlight';

const SKIP = '[hidden],script,style,mark,[data-pagefind-ignore]';

export function highlightFromUrl(): HTMLElement[] {
  const pattern = highlightPattern(new URLSearchParams(location.search).get(HIGHLIGHT_PARAM) ?? '');
  const marks: HTMLElement[] = [];
  if (!pattern) return marks;
  const nodes: Text[] = [];
  for (const root of document.querySelectorAll('[data-pagefind-body],[data-glossary-entry]')) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) if (!walker.currentNode.parentElement!.closest(SKIP)) nodes.push(walker.currentNode as Text);
  }
  for (const node of nodes) {
    const parts = node.data.split(new RegExp(`(${pattern.source})`, pattern.flags));
    if (parts.length < 2) continue;
    node.replaceWith(
      ...parts.map((part, index) => {
        if (index % 2 === 0) return part;
        const mark = document.createElement('mark');
        mark.className = 'rounded-sm bg-brand-soft px-0.5 text-ink underline decoration-brand decoration-2';
        mark.textContent = part;
        marks.push(mark);
        return mark;
      }),
    );
  }
  if (!location.hash) marks[0]?.scrollIntoView({ block: 'center' });
  return marks;
}
