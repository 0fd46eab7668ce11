/**
 * Lets Node run the TypeScript in src/ and scripts/ directly (`node --import ./scripts/register-ts.mjs
 * file.ts`): Node 24 strips the types itself; this hook only resolves the extension-less relative
 * imports that Vite and Astro accept ("../lib/dates" → "../lib/dates.ts"). No build step, no extra
 * dependency, and start-up stays in milliseconds, which keeps `npm run check:content` fast.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      const relative = specifier.startsWith('./') || specifier.startsWith('../');
      if (!relative || /\.[cm]?[jt]s$/.test(specifier)) throw error;
      for (const suffix of ['.ts', '/index.ts']) {
        try {
          return nextResolve(specifier + suffix, context);
        } catch {
          // try the next suffix
        }
      }
      throw error;
    }
  },
});
