import { getViteConfig } from 'astro/config';

// Astro's Vite config lets the tests import .astro components and `astro:content`.
export default getViteConfig(
  {
    test: { name: 'components', include: ['tests/components/**/*.test.ts'] },
  },
  { root: new URL('../../', import.meta.url).pathname },
);
