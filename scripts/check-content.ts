/**
 * `npm run check:content`: checks every article, topic, glossary term and source in seconds, without
 * building the site, and prints every problem at once as `file:line — field — what is wrong — what to do`.
 * Exits with 1 when there is anything to fix (warnings alone do not fail). `--root <dir>` checks
 * another copy of the project; `--before-build` (how scripts/build.ts runs it) heads a failing report
 * with the line that says nothing was built.
 */
import { resolve } from 'node:path';
import { checkContent } from '../src/lib/checks/checkContent';
import { formatReport, githubAnnotation } from '../src/lib/checks/problem';
import { CONTENT_FAILED } from '../src/integrations/contentGate';

const rootFlag = process.argv.indexOf('--root');
const root = rootFlag > 0 ? resolve(process.argv[rootFlag + 1]!) : resolve(import.meta.dirname, '..');

const report = checkContent({ root });
// The whole command's wall time, loading included: performance.now() counts from the process's start.
const seconds = (performance.now() / 1000).toFixed(1);

if (report.errors.length && process.argv.includes('--before-build')) console.log(`${CONTENT_FAILED}\n`);
console.log(formatReport(report).replace(/: (no problems|\d+ problems?)/, ` in ${seconds} s: $1`));
// On GitHub, each problem is also shown on the line it is about, in the pull request's "Files changed".
if (process.env.GITHUB_ACTIONS) for (const problem of [...report.errors, ...report.warnings]) console.log(githubAnnotation(problem));
process.exitCode = report.errors.length ? 1 : 0;
