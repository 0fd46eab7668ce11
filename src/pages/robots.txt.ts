import { absoluteUrl, sitemapUrl } from '../lib/urls';

export function GET() {
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitemapUrl())}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
