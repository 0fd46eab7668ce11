/**
 * Runs the content checks (src/lib/checks/, the same as `npm run check:content`) before Astro reads
 * any content. In `astro build`, any problem stops the build before a single page is written, with
 * the same editor-facing lines the check prints, so a broken article can never half-publish the
 * site. In `astro dev`, problems are logged and the server starts anyway, so editors can preview
 * while they fix them.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/checks/checkContent';
import { formatProblem, formatReport } from '../lib/checks/problem';

export function contentChecks(): AstroIntegration {
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const report = checkContent({ root: fileURLToPath(config.root) });
        for (const warning of report.warnings) logger.warn(formatProblem(warning));
        if (!report.errors.length) {
          logger.info(`content checked: ${report.counted.articles} articles, no problems`);
          return;
        }
        if (command === 'dev') {
          for (const problem of report.errors) logger.error(formatProblem(problem));
          return;
        }
        const error = new Error(`The content has problems, so nothing was built.\n\n${formatReport({ ...report, warnings: [] })}\n`);
        // Astro prints the stack of an integration error; this one is about content, not code.
        error.stack = error.message;
        throw error;
      },
    },
  };
}
