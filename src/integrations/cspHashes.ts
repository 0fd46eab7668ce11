/**
 * Completes `dist/_headers` (copied from public/_headers) after the build: the Content-Security-Policy
 * header gets the hashes of the inline scripts the pages contain, but only of those that Astro itself
 * lists in the page's CSP `<meta>` tag. Astro computes that list from the scripts it bundles from our
 * components (and its own runtime), never from content, so an inline script that reached a page any
 * other way (an article's markup, say) can never be allow-listed by our own header. Such a script fails
 * the build instead: it is markup the site did not emit. public/_headers holds the policy without
 * hashes; this is the only step that changes it, and tests/site/security.test.ts checks the result.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerCsp, parseCsp } from '../lib/securityHeaders';

/** A `<script>` or `<meta>` start tag (quoted attribute values may hold `>`), and a script's text up to its end tag. */
const TAG = /<(script|meta)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const SCRIPT_END = /<\/script(?=[\s/>])[^>]*>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
/** JSON data blocks (JSON-LD): never run, and content fills them (escaped), so they are neither hashed nor checked. */
const JSON_BLOCK = /^\s*application\/([\w.-]+\+)?json\s*$/i;
const HASH_SOURCE = /^'(sha256|sha384|sha512)-[A-Za-z0-9+/]+=*'$/;

const decode = (value: string) => value.replace(/&(amp|quot|apos|#39|#x27);/gi, (entity) => ({ '&amp;': '&', '&quot;': '"' })[entity.toLowerCase()] ?? "'");

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, ...values] of source.matchAll(ATTRIBUTE)) {
    const key = name!.toLowerCase();
    if (!attributes.has(key)) attributes.set(key, decode(values.find((value) => value !== undefined) ?? ''));
  }
  return attributes;
}

export interface PageScripts {
  /** The hash sources in the page's CSP `<meta>` tag (Astro's list), or undefined if it has none. */
  listed: string[] | undefined;
  /** Hash sources of the page's inline scripts that Astro listed: ours, so the header may allow them. */
  ours: string[];
  /** What the page holds that Astro did not emit: inline scripts it did not list, a second CSP `<meta>`. */
  foreign: string[];
}

/**
 * Sorts the inline scripts of one built page into ours (hashed in Astro's CSP `<meta>`) and foreign.
 * Every inline script except a JSON block counts: besides classic and module scripts, import maps,
 * speculation rules and a dozen legacy JavaScript types run too, and our components emit none of the
 * types that don't, so listing the executable ones would only add ways to miss one.
 */
export function pageScripts(html: string): PageScripts {
  const result: PageScripts = { listed: undefined, ours: [], foreign: [] };
  const scripts: string[] = [];
  const tags = new RegExp(TAG);
  const scriptEnd = new RegExp(SCRIPT_END);
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    const attributes = attributesOf(tag[2]!);
    if (tag[1]!.toLowerCase() === 'meta') {
      if (attributes.get('http-equiv')?.toLowerCase() !== 'content-security-policy') continue;
      // Astro writes one, first thing in <head>; a second one came from the page's content.
      if (result.listed) result.foreign.push('a second CSP <meta> tag');
      else result.listed = (parseCsp(attributes.get('content') ?? '').get('script-src') ?? []).filter((source) => HASH_SOURCE.test(source));
      continue;
    }
    // A script's text is not markup: skip it whole, so a `<meta>` or `<script>` inside it is not read as a tag.
    scriptEnd.lastIndex = tags.lastIndex;
    const end = scriptEnd.exec(html);
    const body = html.slice(tags.lastIndex, end ? end.index : html.length);
    tags.lastIndex = end ? scriptEnd.lastIndex : html.length;
    if (!attributes.has('src') && !JSON_BLOCK.test(attributes.get('type') ?? '')) scripts.push(body);
  }
  // Hashed with each algorithm Astro used (SHA-256 unless security.csp.algorithm says otherwise).
  const used = new Set(result.listed?.map((source) => source.slice(1).split('-')[0]!));
  const algorithms = used.size ? [...used] : ['sha256'];
  for (const body of scripts) {
    const hashes = algorithms.map((algorithm) => `'${algorithm}-${createHash(algorithm).update(body).digest('base64')}'`);
    const hash = hashes.find((source) => result.listed?.includes(source));
    if (hash) result.ours.push(hash);
    else result.foreign.push(`an inline script Astro did not hash (${hashes[0]}, "${body.trim().slice(0, 60)}")`);
  }
  return result;
}

/** Replaces the value of every `Content-Security-Policy:` line of a `_headers` file. */
export function withCsp(headersFile: string, policy: string): string {
  return headersFile.replace(/^(\s+Content-Security-Policy:).*$/gm, `$1 ${policy}`);
}

/**
 * The HTML files of a build, found by walking it without descending into the search index (thousands of
 * files, none of them HTML). Read synchronously: on 6,000 pages that is 0.3 s, against 1.5 s when each
 * read is awaited in turn.
 */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

export function cspHashes(): AstroIntegration {
  return {
    name: 'gut-skin-axis:csp-hashes',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const headersPath = join(root, '_headers');
        if (!existsSync(headersPath)) return logger.warn('no _headers file in the build (public/_headers is missing)');
        const hashes = new Set<string>();
        const problems: string[] = [];
        const files = htmlFiles(root);
        for (const file of files) {
          const page = pageScripts(readFileSync(file, 'utf8'));
          for (const hash of page.ours) hashes.add(hash);
          for (const problem of page.foreign) problems.push(`  ${relative(root, file)}: ${problem}`);
        }
        if (problems.length) {
          const error = new Error(
            `Pages contain markup the site did not emit, so the build stops:\n${problems.join('\n')}\n\n` +
              'Only scripts Astro bundles from our components may run. A script in content must go; ' +
              'an `is:inline` script of one of our components (Astro does not hash those) needs its hash in ' +
              'security.csp.scriptDirective.hashes in astro.config.mjs.',
          );
          // The stack would point here; the message already says which page and which script.
          error.stack = error.message;
          throw error;
        }
        writeFileSync(headersPath, withCsp(readFileSync(headersPath, 'utf8'), headerCsp([...hashes].sort())));
        logger.info(`_headers: CSP allows ${hashes.size} inline script(s) by hash (each one Astro listed), from ${files.length} pages`);
      },
    },
  };
}
