/**
 * The only script on content pages (budget: 2 kB with what it imports; measured by
 * tests/site/search-browser.test.ts). It attaches listeners and does nothing else unless asked:
 * `/` or Ctrl/⌘-K focuses the search box, a printed page says when it was printed, and a page opened from a search result (`?highlight=`)
 * gets its matches marked. Pagefind itself loads only on the search page, when a search starts.
 * Astro inlines it into each page (it imports nothing the search page shares, so it stays one small
 * chunk) and astro.config.mjs's `security.csp` adds its hash to the page's Content-Security-Policy.
 * It must not use dynamic import(): Vite would add its ~1.4 kB preload helper and a second file.
 * On paper it also dates the print masthead (BaseLayout's [data-print-date]), which only the reader's
 * machine can know.
 */
import { HIGHLIGHT_PARAM } from '../lib/highlight';
import { highlightFromUrl } from './highlightOnPage';

document.addEventListener('keydown', (event) => {
  const { key, ctrlKey, metaKey, altKey, target } = event;
  const typing = target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  const commandK = (key === 'k' || key === 'K') && (ctrlKey || metaKey);
  const slash = key === '/' && !ctrlKey && !metaKey && !typing;
  if (altKey || !(commandK || slash)) return;
  // The search page's own box wins over the header's.
  const box =
    document.querySelector<HTMLInputElement>('[data-search-primary]') ?? document.querySelector<HTMLInputElement>('[data-search-form] input[name="q"]');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) highlightFromUrl();

addEventListener('beforeprint', () => {
  const date = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  for (const slot of document.querySelectorAll('[data-print-date]')) slot.textContent = ` · printed ${date}`;
});
