/** The favicon: the site's mark (src/lib/logo.ts), so it is drawn in one place. */
import type { APIRoute } from 'astro';
import { logoSvg } from '../lib/logo';

export const GET: APIRoute = () => new Response(logoSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });
