/**
 * Runs the content checks (src/lib/checks/, the same as `npm run check:content`) before Astro reads
 * any content. In `astro build`, any problem stops the build before a single page is written, with
 * the same editor-facing lines the check prints, so a broken article can never half-publish the
 * site. In `astro dev`, problems are logged and the server starts anyway, so editors can preview
 * while they fix them.
 *
 * `npm run build` (scripts/build.ts) runs the same checks itself before it starts Astro, so they are
 * not run twice there (buildScript.ts).
 */
import { fileURLToPath } from 'node:url';
import { basename } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/checks/checkContent';
import { formatProblem, formatReport } from '../lib/checks/problem';
import { startedByBuildScript } from './buildScript';

/** The first line of a build stopped by the content checks, in `npm run build` and `astro build` alike. */
export const CONTENT_FAILED = 'The content has problems, so nothing was built.';

/** True when this is Astro's own command line (`astro build`), not `build()` called from a script or a test. */
const isAstroCli = () => /^astro(\.m?js)?$/.test(basename(process.argv[1] ?? ''));

export function contentGate(): AstroIntegration {
  return {
    name: 'gut-skin-axis:content-gate',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        if (command === 'build' && startedByBuildScript()) return;
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
        const list = `${CONTENT_FAILED}\n\n${formatReport({ ...report, warnings: [] })}\n`;
        // A thrown error would be printed as a crash: "An unhandled error occurred while running the
        // astro:config:setup hook", then a "Stack trace:" section. This is about content, not code:
        // on the command line, print the editor's list and stop, as `npm run check:content` does.
        if (isAstroCli()) {
          logger.error(list);
          process.exit(1);
        }
        // Called from code (Astro's build() API), exiting would end the caller too: throw, without a
        // stack, so that Astro prints the list and no "Stack trace:".
        const error = new Error(list);
        error.stack = '';
        throw error;
      },
    },
  };
}
