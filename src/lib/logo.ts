/**
 * The site's mark: a line from the gut (one end) to the skin (the other), drawn once here for the header,
 * the favicon and the share images. The colours are parameters because the header follows the theme
 * (CSS variables) while a favicon or a PNG needs fixed ones. Its viewBox is 0 0 32 32.
 */
export const LOGO_VIEWBOX = '0 0 32 32';

export const logoBody = ({ line, gut, skin }: { line: string; gut: string; skin: string }) =>
  `<path d="M4 21c4-10 10-10 14-5s8 5 10-6" fill="none" stroke="${line}" stroke-width="3.5" stroke-linecap="round"/>` +
  `<circle cx="4" cy="21" r="3" fill="${gut}"/><circle cx="28" cy="10" r="3" fill="${skin}"/>`;

/** The light theme's brand and accent (src/styles/global.css), for places without CSS. */
export const LOGO_COLOURS = { line: '#1f6f5c', gut: '#1f6f5c', skin: '#8a4b14' };

export const logoSvg = (colours = LOGO_COLOURS) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${LOGO_VIEWBOX}">${logoBody(colours)}</svg>`;
