/** The pull-request workflow and templates that editors meet on GitHub. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');

describe('.github', () => {
  const workflow = parse(read('.github/workflows/pull-request.yml'));
  const steps = Object.values(workflow.jobs as Record<string, { steps: { uses?: string; run?: string }[] }>).flatMap((job) => job.steps);

  it('runs on pull requests with read-only permissions', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('pins every action by a full commit SHA', () => {
    const uses = steps.flatMap((step) => (step.uses ? [step.uses] : []));
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) expect(action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
  });

  it('runs the same steps as CI (.ci/run) and the content check', () => {
    const runs = steps.flatMap((step) => (step.run ? [step.run] : []));
    expect(runs).toContain('.ci/run');
    expect(runs).toContain('npm run check:content');
  });

  it('gives pull requests the editor checklist and readers a form to report an error', () => {
    const template = read('.github/pull_request_template.md');
    expect(template.match(/^- \[ \] /gm)?.length).toBeGreaterThanOrEqual(8);
    expect(template).toContain('npm run check:content');
    const form = parse(read('.github/ISSUE_TEMPLATE/article-error.yml'));
    expect(form.name).toBe('Report an error in an article');
    expect(form.body.filter((field: { validations?: { required?: boolean } }) => field.validations?.required).map((field: { id: string }) => field.id)).toEqual(
      ['page', 'kind', 'quote', 'correction'],
    );
  });
});
