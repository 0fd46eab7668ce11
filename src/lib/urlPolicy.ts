/**
 * The one URL policy for everything an editor writes: inline links, reference definitions, images,
 * bibliography `url`/`verifiedAt`, and any address in the data files. It is an allow-list: `https:`
 * (in any letter case), `mailto:`, site paths from the root and same-page anchors. `http:` is refused
 * with "use https"; every other scheme (`javascript:`, `data:`, `vbscript:`, `file:` …) is refused by name.
 *
 * Browsers drop tabs and newlines anywhere in a URL and trim control characters and spaces at its ends
 * ("java&#9;script:" runs as "javascript:"), so an address containing any of them is refused before
 * its scheme is read: what we check is then exactly what a browser would follow.
 */

export type UrlVerdict =
  | { kind: 'external'; url: string }
  | { kind: 'email'; url: string }
  /** A site link from the root, e.g. "/articles/x/#y": `path` without the leading "/", query or hash. */
  | { kind: 'site'; path: string; hash?: string }
  /** A link to a heading on the same page, e.g. "#what-the-trials-found". */
  | { kind: 'anchor'; hash: string }
  /** A path relative to the file, e.g. "./chart.png": only images may use it. */
  | { kind: 'relative'; path: string }
  | { kind: 'refused'; problem: string; fix: string };

/** C0 controls, space, DEL and the C1 controls: never part of an address an editor means. */
// Control characters are what this pattern is for: a URL containing one is refused.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTER = /[\u0000-\u0020\u007f-\u009f]/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Reads `url` as the browser will. `what` names it in messages ("the link", "url"). */
export function classifyUrl(url: string, what = 'the link'): UrlVerdict {
  if (!url)
    return { kind: 'refused', problem: `${what} has no address`, fix: 'Write the address, e.g. https://www.nhs.uk/ or /articles/what-are-probiotics/.' };
  const unsafe = UNSAFE_CHARACTER.exec(url);
  if (unsafe) {
    const name = unsafe[0] === ' ' ? 'a space' : `an invisible control character (U+${unsafe[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
    return {
      kind: 'refused',
      problem: `${what} "${printable(url)}" contains ${name}`,
      fix: 'Retype the address without it; write a space in an address as %20.',
    };
  }
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'https') {
    if (!/^https:\/\/[^/?#]+/i.test(url))
      return {
        kind: 'refused',
        problem: `${what} "${url}" has no web address after https://`,
        fix: 'Write the full address, e.g. https://www.nhs.uk/conditions/acne/.',
      };
    return { kind: 'external', url };
  }
  if (scheme === 'http')
    return {
      kind: 'refused',
      problem: `${what} "${url}" uses http:, which is not secure`,
      fix: `Use https: ${url.replace(SCHEME, 'https:')} (check that the page opens).`,
    };
  if (scheme === 'mailto') return { kind: 'email', url };
  if (scheme)
    return {
      kind: 'refused',
      problem: `${what} "${url}" uses the ${scheme}: scheme, which is not allowed`,
      fix: 'Link to a web page (https://…), an e-mail address (mailto:…) or a page on this site (/articles/…/).',
    };
  if (url.startsWith('//')) return { kind: 'refused', problem: `${what} "${url}" has no https:`, fix: `Write external addresses in full: https:${url}.` };
  if (url.startsWith('#')) return { kind: 'anchor', hash: url.slice(1) };
  if (url.startsWith('/')) {
    const [pathAndQuery, hash] = url.split('#', 2) as [string, string | undefined];
    return { kind: 'site', path: pathAndQuery.split('?')[0]!.slice(1), hash };
  }
  return { kind: 'relative', path: url };
}

/** Whether a link leaves the site: what gets `rel="noopener noreferrer external"` and the "opens in a new tab" note. */
export const isExternalUrl = (url: string) => classifyUrl(url).kind === 'external';

// Control characters are what this pattern is for: it writes them visibly in messages.
// eslint-disable-next-line no-control-regex
const printable = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
