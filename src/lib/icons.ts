/**
 * The site's icons: the Lucide set (ISC licence), read at build time and drawn inline, so no page loads
 * an icon file or a script. Topics and conditions name theirs in data (`icon: salad`); the schema
 * accepts only names in this set. Build-only: the set is ~1 MB of JSON and must never reach the browser.
 */
import lucide from '@iconify-json/lucide/icons.json' with { type: 'json' };

const ICONS: Record<string, { body: string }> = lucide.icons;

/** Where editors pick an icon (the names there are the values `icon:` accepts). */
export const ICON_GALLERY = 'https://lucide.dev/icons/';

export const isIconName = (name: string) => Object.hasOwn(ICONS, name);

/** The SVG content (paths) of an icon, for a 24 × 24 viewBox; the name is already checked by the schema. */
export function iconBody(name: string): string {
  const icon = ICONS[name];
  if (!icon) throw new Error(`No icon named "${name}" in the Lucide set (see ${ICON_GALLERY}).`);
  return icon.body;
}
