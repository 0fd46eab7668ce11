/**
 * `npm run new:article -- "Your headline" --topic diet [--topic probiotics]`
 * Creates content/articles/<slug>.mdx from the template: a valid draft dated today, with a file
 * name (the URL) that no other article uses. `--root <dir>` works on another copy of the project.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { fillTemplate, localDay, MAX_SLUG_LENGTH, slugFromTitle, slugIsShortened, uniqueSlug } from '../src/lib/scaffold';
import { didYouMean } from '../src/lib/checks/suggest';

const USAGE = 'Usage: npm run new:article -- "Your headline" --topic diet [--topic probiotics]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

const args = process.argv.slice(2);
let root = resolve(import.meta.dirname, '..');
const topics: string[] = [];
const words: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--topic' || arg === '--topics')
    topics.push(
      ...(args[++i] ?? '')
        .split(',')
        .map((topic) => topic.trim())
        .filter(Boolean),
    );
  else if (arg.startsWith('--topic=')) topics.push(...arg.slice(8).split(','));
  else if (arg === '--root') root = resolve(args[++i] ?? '.');
  else if (arg.startsWith('--')) fail(`Unknown option ${arg}.`);
  else words.push(arg);
}
const title = words.join(' ').trim();

if (!title) fail('Give the headline in quotes.');
if (title.length < 20 || title.length > 90) fail(`The headline is ${title.length} characters long; write 20 to 90 characters.`);
if (!topics.length) fail('Give at least one topic with --topic (the first is the main topic).');
const known = (parse(readFileSync(join(root, 'content/topics.yaml'), 'utf8')) as { id: string }[]).map((topic) => topic.id);
for (const topic of topics) {
  if (!known.includes(topic)) fail(`"${topic}" is not a topic.${didYouMean(topic, known)} Use one of: ${known.join(', ')}.`);
}

const dir = join(root, 'content/articles');
const sameTitle = readdirSync(dir).find((name) => {
  const line = /^title:(.*)$/m.exec(readFileSync(join(dir, name), 'utf8'))?.[1];
  return name.endsWith('.mdx') && !name.startsWith('_') && line !== undefined && String(parse(line)).trim().toLowerCase() === title.toLowerCase();
});
if (sameTitle) fail(`content/articles/${sameTitle} already has this title. Choose another headline, or update that article instead.`);
const slug = uniqueSlug(slugFromTitle(title), (candidate) => existsSync(join(dir, `${candidate}.mdx`)) || existsSync(join(dir, `_${candidate}.mdx`)));
const file = join(dir, `${slug}.mdx`);
writeFileSync(file, fillTemplate(readFileSync(join(dir, '_template.mdx'), 'utf8'), { title, topics, date: localDay() }), { flag: 'wx' });

console.log(`Created content/articles/${slug}.mdx (a draft; its URL will be /articles/${slug}/).${
  slugIsShortened(title)
    ? `\nThe headline is long, so the file name keeps only its first words (at most ${MAX_SLUG_LENGTH} characters). Rename the file to a shorter name of your own if you like: lower-case words joined by hyphens.`
    : ''
}

Next:
  1. Write it: replace every TODO, list your sources in references and cite them with <Cite id="…" />.
  2. Preview it: npm run dev, then open http://localhost:4321/articles/${slug}/
  3. Check it:   npm run check:content
  4. Publish it: set draft: false and open a pull request (see CONTRIBUTING.md).`);
