/**
 * The site's security policy, in one place.
 *
 * The Content-Security-Policy reaches the browser twice, on purpose:
 * - as a `<meta http-equiv>` tag that Astro writes into every page (`security.csp` in astro.config.mjs,
 *   built from the lists below, with the hashes of every script and stylesheet Astro emits). This is the
 *   only CSP a host without custom headers (GitHub Pages) can serve;
 * - as an HTTP header from `public/_headers` (Netlify, Cloudflare Pages) and the server configs in the README,
 *   which adds what a `<meta>` tag cannot carry (`frame-ancestors`) and the other security headers.
 * A browser enforces both, so a page must satisfy each of them; the browser tests prove it on every page.
 */

/** Directives that Astro puts in the `<meta>` tag and that the header repeats. */
export const CSP_DIRECTIVES = ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"] as const;

/**
 * Where scripts may come from: our own files, plus WebAssembly compilation for Pagefind's search
 * engine. Never 'unsafe-inline' or 'unsafe-eval': an inline script must be allowed by its hash.
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Stylesheets are files of our own (astro.config.mjs never inlines them), so no hash or 'unsafe-inline'. */
export const STYLE_SOURCES = ["'self'"] as const;

/** Directives a browser ignores (with a console error) in a `<meta>` tag, so they live in the header only. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/**
 * The Content-Security-Policy header value, given the hashes of the inline scripts the build emits
 * (as CSP sources, e.g. `'sha256-…'`).
 */
export function headerCsp(inlineScriptHashes: readonly string[] = []): string {
  return [
    CSP_DIRECTIVES[0],
    `script-src ${[...SCRIPT_SOURCES, ...inlineScriptHashes].join(' ')}`,
    `style-src ${STYLE_SOURCES.join(' ')}`,
    ...CSP_DIRECTIVES.slice(1),
    ...HEADER_ONLY_DIRECTIVES,
  ].join('; ');
}

/** Every header that every response should carry, besides the CSP. */
export const SECURITY_HEADERS = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

/** Splits a policy into a map of directive name → its sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
