/**
 * Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json).
 * The one rule turned off, `long-title`, is an SEO length hint: titles are "<article title> | Gut–Skin Axis"
 * and their length is the editors' call (issue 5's content checks), not a validity error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../support/dist';

const dist = inject('distDir');
const pages = htmlFiles(dist);
// Configuration comes from the repository's .htmlvalidate.json, not from the temporary build folder.
const config = JSON.parse(readFileSync(new URL('../../.htmlvalidate.json', import.meta.url), 'utf8')) as ConfigData;
const validator = new HtmlValidate({ ...config, root: true });

describe('html-validate', () => {
  it('has pages to validate', () => expect(pages.length).toBeGreaterThan(20));

  it.each(pages.map((page) => [page]))('%s is valid', async (page) => {
    const report = await validator.validateFile(join(dist, page));
    const problems = report.results.flatMap((result) =>
      result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector ?? ''})`),
    );
    expect(problems).toEqual([]);
  });
});
