/**
 * Whether drafts are shown: in `astro dev` only, decided by the command Astro runs. It used to be
 * `import.meta.env.DEV`, but Astro also turns environment variables into `import.meta.env` values, so a
 * `DEV=1` left in a deploy's environment published every draft. A compile-time constant cannot be set
 * from the environment.
 */
import type { AstroIntegration } from 'astro';

export function drafts(): AstroIntegration {
  return {
    name: 'gut-skin-axis:drafts',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __SHOW_DRAFTS__: JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
