/**
 * The share images (`og:image`, 1200 × 630): one per topic and condition and one for the site, drawn from
 * their data. Satori lays the card out and turns its text into paths with a bundled font (so the picture
 * does not depend on the fonts a build machine has); sharp turns that SVG into a PNG. Each picture is
 * cached by a hash of what it shows, so a build redraws only the cards whose data changed, and the work
 * never grows with the number of articles (an article shares its main topic's picture).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { iconBody } from './icons';
import { logoSvg } from './logo';

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** What one card shows. */
export interface ShareCard {
  /** The big line: a topic's or condition's name, or the site's promise. */
  title: string;
  /** One or two sentences under it. */
  text: string;
  /** An icon name (src/lib/icons.ts); the site's own card shows its mark instead. */
  icon?: string;
}

// The light theme's colours (src/styles/global.css), so shared links look like the site.
const COLOURS = { page: '#fbfaf7', ink: '#1d2724', muted: '#4f5d58', brand: '#1f6f5c', soft: '#e3f1ec', accent: '#8a4b14' };
const FONT_PACKAGE = '@fontsource/source-serif-4';
const FONT_FILES = { 400: 'source-serif-4-latin-400-normal.woff', 700: 'source-serif-4-latin-700-normal.woff' } as const;
const CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'share-images');
/** Part of every cache key: change it when the card's layout changes, so old pictures are not reused. */
const LAYOUT_VERSION = 3;

const require = createRequire(import.meta.url);
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700 }[]> | undefined;
const loadFonts = () =>
  (fonts ??= Promise.all(
    Object.entries(FONT_FILES).map(async ([weight, file]) => ({
      name: 'Source Serif 4',
      data: await readFile(require.resolve(`${FONT_PACKAGE}/files/${file}`)),
      weight: Number(weight) as 400 | 700,
    })),
  ));

/** The card's picture as an SVG data URI: the icon in the brand colour, or the site's mark. */
const pictureUri = (icon: string | undefined) => {
  const svg = icon
    ? `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">${iconBody(icon).replaceAll('currentColor', COLOURS.brand)}</svg>`
    : logoSvg();
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
};

/** Satori's element tree for a card (plain objects: the same shape JSX would make). */
function layout(card: ShareCard, siteName: string) {
  const el = (type: string, style: Record<string, unknown>, children?: unknown, extra: Record<string, unknown> = {}) => ({
    type,
    props: { style, children, ...extra },
  });
  // Satori sizes boxes without their padding and border (content-box), so the inner size is given.
  const padding = { x: 72, y: 56 };
  const border = 16;
  return el(
    'div',
    {
      width: SHARE_IMAGE_SIZE.width - 2 * padding.x,
      height: SHARE_IMAGE_SIZE.height - 2 * padding.y - border,
      boxSizing: 'content-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `${padding.y}px ${padding.x}px`,
      background: COLOURS.page,
      borderTop: `${border}px solid ${COLOURS.brand}`,
      fontFamily: 'Source Serif 4',
      color: COLOURS.ink,
    },
    [
      el('div', { display: 'flex', alignItems: 'center', fontSize: 34, fontWeight: 700, color: COLOURS.brand }, siteName),
      el('div', { display: 'flex', alignItems: 'center', gap: 56 }, [
        el('div', { display: 'flex', flexDirection: 'column', width: 760 }, [
          el('div', { fontSize: 64, fontWeight: 700, lineHeight: 1.1, display: 'block', lineClamp: 3 }, card.title),
          el('div', { marginTop: 24, fontSize: 32, lineHeight: 1.35, color: COLOURS.muted, display: 'block', lineClamp: 3 }, card.text),
        ]),
        el(
          'div',
          {
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            width: 240,
            height: 240,
            borderRadius: 120,
            background: COLOURS.soft,
            flexShrink: 0,
          },
          [el('img', { width: 128, height: 128 }, undefined, { src: pictureUri(card.icon), width: 128, height: 128 })],
        ),
      ]),
      el('div', { display: 'flex', fontSize: 28, color: COLOURS.accent }, 'Evidence graded question by question'),
    ],
  );
}

/** The card as a PNG, from the cache when the same card was drawn before. */
export async function shareImagePng(card: ShareCard, siteName: string): Promise<Buffer> {
  const key = createHash('sha256').update(JSON.stringify({ card, siteName, LAYOUT_VERSION })).digest('hex').slice(0, 32);
  const cached = join(CACHE_DIR, `${key}.png`);
  const hit = await readFile(cached).catch(() => undefined);
  if (hit) return hit;
  const svg = await satori(layout(card, siteName) as Parameters<typeof satori>[0], { ...SHARE_IMAGE_SIZE, fonts: await loadFonts() });
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
  await mkdir(CACHE_DIR, { recursive: true });
  await writeFile(cached, png);
  return png;
}
