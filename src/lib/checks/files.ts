/**
 * Which files under `content/` the site reads, and the rules for them: only regular files inside
 * `content/` (a symbolic link could publish a file from anywhere on the build machine), articles with
 * the extension `.mdx` exactly, images that are raster pictures of a bounded size, inside the
 * article's own folder. Each rule here is the only copy of it.
 */
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { classifyUrl } from '../urlPolicy';
import type { Problem } from './problem';

/**
 * An article's MDX may be at most this long. The longest article today is ~12 kB and a 2,000-word one
 * ~16 kB; past this, its page cannot stay within the 14 kB (gzipped) HTML budget that keeps articles fast.
 */
export const MAX_ARTICLE_BYTES = 40_000;
/** An article needs a body: fewer words than this is a stub, not an article. */
export const MIN_BODY_WORDS = 100;
/**
 * Images are raster pictures (an SVG can carry script, which would run at our origin on hosts that do
 * not send our headers, such as GitHub Pages). Astro re-encodes them for readers; this limit keeps the
 * repository and the build small.
 */
export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif'] as const;
export const MAX_IMAGE_BYTES = 2_000_000;

/** The first bytes each image format starts with, so that a renamed file (an SVG called .png) is caught. */
const SIGNATURES: Record<string, (head: Buffer) => boolean> = {
  '.png': (head) => head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  '.jpg': (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff,
  '.jpeg': (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff,
  '.gif': (head) => head.subarray(0, 4).toString('latin1') === 'GIF8',
  '.webp': (head) => head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP',
  '.avif': (head) => head.subarray(4, 8).toString('latin1') === 'ftyp' && /^avi[fs]$/.test(head.subarray(8, 12).toString('latin1')),
};

/** The data files the site reads from `content/`. */
export const DATA_FILES = ['content/topics.yaml', 'content/glossary.yaml', 'content/bibliography.yaml', 'content/authors.yaml'] as const;

/**
 * The article files under content/articles/, refusing what the site would not publish as the editor
 * expects: symbolic links anywhere in content/, a wrong extension case, sub-folders, files that are
 * neither articles nor images. Names starting with "_" are never published and not checked.
 */
export function articleFiles(root: string, problems: Problem[]): string[] {
  const content = join(root, 'content');
  if (!existsSync(content)) return [];
  const refuse = (file: string, problem: string, fix: string) => problems.push({ file, line: 1, field: 'file name', problem, fix, severity: 'error' });
  const files: string[] = [];
  for (const name of readdirSync(content, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = `content/${name.split(sep).join('/')}`;
    const stats = lstatSync(join(content, name));
    if (stats.isSymbolicLink()) {
      // A linked data file is reported once, by dataFileProblem.
      if ((DATA_FILES as readonly string[]).includes(file)) continue;
      refuse(file, 'is a symbolic link', 'Replace the link with the file itself: the site only publishes files that are in the repository.');
      continue;
    }
    if (stats.isDirectory() || !file.startsWith('content/articles/')) continue;
    const inArticles = file.slice('content/articles/'.length);
    if (inArticles.split('/').some((part) => part.startsWith('_'))) continue;
    const extension = extname(name);
    if (extension === '.mdx') {
      if (inArticles.includes('/')) refuse(file, 'is in a sub-folder', `Move it to content/articles/${basename(name)}.`);
      files.push(file);
    } else if (/^\.(mdx|md|markdown|mdown)$/i.test(extension)) {
      refuse(file, `ends in "${extension}", so it is not published`, `Rename it to ${basename(name, extension)}.mdx (lower-case .mdx).`);
    } else if (!IMAGE_EXTENSIONS.includes(extension.toLowerCase() as (typeof IMAGE_EXTENSIONS)[number])) {
      refuse(
        file,
        `is not an article (.mdx) or a picture (${IMAGE_EXTENSIONS.join(', ')})`,
        extension === '.svg'
          ? 'Export the picture as PNG or WebP: SVG files can carry code, so the site does not take them.'
          : 'Remove it from content/articles/: only articles and their pictures belong there.',
      );
    }
  }
  return files;
}

/** A data file that is missing or is a symbolic link; undefined when it can be read. */
export function dataFileProblem(root: string, file: string): Problem | undefined {
  const path = join(root, file);
  if (!existsSync(path) && !isLink(path))
    return { file, line: 1, field: 'file', problem: 'is missing', fix: 'Restore the file from the repository.', severity: 'error' };
  if (isLink(path))
    return {
      file,
      line: 1,
      field: 'file',
      problem: 'is a symbolic link',
      fix: 'Replace the link with the file itself: the site only reads files that are in the repository.',
      severity: 'error',
    };
  return undefined;
}

const isLink = (path: string) => {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
};

/**
 * Checks an image an article points to (`src` as written, in the body or in `image.src`): a picture
 * file next to the article, never a web address, a site path, a link or a path that climbs out with "..".
 */
export function imageProblem(root: string, articleFile: string, src: string): { problem: string; fix: string } | undefined {
  const verdict = classifyUrl(src, 'the image');
  const name = basename(src.split(/[?#]/)[0]!);
  if (verdict.kind === 'refused') return verdict;
  if (verdict.kind === 'external')
    return {
      problem: `the image ${src} loads from another website`,
      fix: 'Save the image next to the article and write its name, e.g. ./chart.png: the site makes no third-party requests.',
    };
  if (verdict.kind !== 'relative')
    return {
      problem: `the image "${src}" is not a file next to the article`,
      fix: `Save the picture in ${dirname(articleFile)}/ and write ./${name || 'picture.png'}.`,
    };
  let path: string;
  try {
    path = decodeURIComponent(verdict.path.split(/[?#]/)[0]!);
  } catch {
    return { problem: `the image "${src}" has a broken %-escape`, fix: 'Write the file name as it is, e.g. ./gut-lining.png.' };
  }
  if (path.split(/[\\/]/).includes('..'))
    return {
      problem: `the image "${src}" is outside the article's folder`,
      fix: `Copy the picture into ${dirname(articleFile)}/ and write ./${basename(path)}.`,
    };
  const extension = extname(path).toLowerCase();
  if (!IMAGE_EXTENSIONS.includes(extension as (typeof IMAGE_EXTENSIONS)[number])) {
    return {
      problem: `the image "${src}" is not a ${IMAGE_EXTENSIONS.join(', ')} picture`,
      fix: extension === '.svg' ? 'Export it as PNG or WebP: SVG files can carry code, so the site does not take them.' : 'Save it as PNG, JPEG or WebP.',
    };
  }
  const absolute = join(root, dirname(articleFile), path);
  const shown = relative(root, absolute);
  if (!existsSync(absolute) && !isLink(absolute)) {
    return {
      problem: `the image file ${shown} does not exist`,
      fix: `Put the image in ${dirname(articleFile)}/ and check the spelling of its name, e.g. ![…](./${basename(path)}).`,
    };
  }
  const stats = lstatSync(absolute);
  if (stats.isSymbolicLink()) return { problem: `the image file ${shown} is a symbolic link`, fix: 'Replace the link with the picture itself.' };
  if (!stats.isFile()) return { problem: `the image ${shown} is not a file`, fix: `Write the picture's file name, e.g. ./${basename(path)}.png.` };
  if (stats.size > MAX_IMAGE_BYTES) {
    return {
      problem: `the image file ${shown} is ${(stats.size / 1e6).toFixed(1)} MB; the limit is ${MAX_IMAGE_BYTES / 1e6} MB`,
      fix: 'Save a smaller version (1,600 pixels wide is plenty; the site resizes it for readers).',
    };
  }
  const head = Buffer.alloc(16);
  const fd = openSync(absolute, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (!SIGNATURES[extension]!(head))
    return {
      problem: `the image file ${shown} is not really a ${extension.slice(1).toUpperCase()} picture`,
      fix: `Open it in an image editor and export it as ${extension.slice(1).toUpperCase()}.`,
    };
  return undefined;
}
