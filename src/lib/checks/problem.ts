/**
 * A content problem as an editor sees it: where it is, which field, what is wrong and what to do.
 * Printed one per line as `file:line — field — what is wrong — what to do`.
 */
export interface Problem {
  /** Path from the project root, e.g. `content/articles/probiotics-for-eczema.mdx`. */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** The frontmatter field (`description`, `keyTakeaways[2]`), `body`, or the YAML entry's field. */
  field: string;
  /** What is wrong, e.g. `is 45 characters long; the minimum is 70`. */
  problem: string;
  /** What to do about it, as an instruction. */
  fix: string;
  /** Errors fail the check and the build; warnings are printed and let the build go on. */
  severity: 'error' | 'warning';
}

export const formatProblem = (p: Problem) => `${p.file}:${p.line} — ${p.field} — ${p.problem} — ${p.fix}`;

/** Files in path order, then by line, so a report reads top to bottom like the files. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
}

export interface CheckReport {
  errors: Problem[];
  warnings: Problem[];
  /** What was checked, for the summary line. */
  counted: { articles: number; topics: number; glossary: number; sources: number };
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** The whole report as printed by `npm run check:content` and by a failing build. */
export function formatReport(report: CheckReport): string {
  const { errors, warnings, counted } = report;
  const lines: string[] = [];
  if (errors.length) lines.push(`${plural(errors.length, 'problem')} to fix:`, ...errors.map(formatProblem), '');
  if (warnings.length) lines.push(`${plural(warnings.length, 'warning')} (the site still builds):`, ...warnings.map(formatProblem), '');
  const checked = `Checked ${plural(counted.articles, 'article')}, ${plural(counted.topics, 'topic')}, ${plural(counted.glossary, 'glossary term')} and ${plural(counted.sources, 'source')}`;
  lines.push(
    errors.length
      ? `${checked}: ${plural(errors.length, 'problem')} must be fixed before the site can be published. CONTRIBUTING.md ("What the checks mean") explains each one.`
      : `${checked}: no problems.`,
  );
  return lines.join('\n');
}

/** GitHub Actions workflow commands, so each problem also shows on the changed line of a pull request. */
export function githubAnnotation(p: Problem): string {
  const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (text: string) => escape(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::${p.severity} file=${property(p.file)},line=${p.line},title=${property(p.field)}::${escape(`${p.problem} — ${p.fix}`)}`;
}
