/**
 * Characters no content file may contain: control characters (they make rss.xml not well-formed XML)
 * and the bidirectional controls that make text display in a different order from the one it is stored
 * in (a title could read one way and mean another). Tabs and line ends are fine. Readers never need
 * these, and editors never see them, so each is named with its code and line.
 */
import type { Problem } from './problem';

// Control characters are what this pattern is for: it finds the invisible ones editors paste by accident.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]/g;

const NAMES: Record<number, string> = {
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'BYTE ORDER MARK',
};

export interface InvisibleCharacter {
  line: number;
  /** e.g. "U+202E (RIGHT-TO-LEFT OVERRIDE)". */
  name: string;
}

/** The first invisible character on each line of `text` that has one (`firstLine` is the line `text` starts on). */
export function invisibleCharacters(text: string, firstLine = 1): InvisibleCharacter[] {
  const found: InvisibleCharacter[] = [];
  text.split('\n').forEach((line, index) => {
    const match = line.match(INVISIBLE);
    if (!match) return;
    const code = match[0].codePointAt(0)!;
    const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    found.push({ line: firstLine + index, name: `${hex} (${NAMES[code] ?? 'a control character'})` });
  });
  return found;
}

/** Whether `text` has any of them (a BOM at the very start is reported on its own, by frontmatter.ts). */
export const hasInvisibleCharacters = (text: string) => new RegExp(INVISIBLE.source).test(text.replace(/^\uFEFF/, ''));

/** The frontmatter field a line belongs to: the nearest top-level `key:` at or above it. */
export function fieldAtLine(text: string, line: number): string | undefined {
  const lines = text.split('\n');
  for (let index = Math.min(line, lines.length) - 1; index > 0; index--) {
    const key = /^([^\s#:-][^:]*?)\s*:/.exec(lines[index]!)?.[1];
    if (key) return key;
    if (lines[index] === '---') return undefined;
  }
  return undefined;
}

/** Invisible characters in a file's text (`firstLine` is the line `text` starts on). */
export function invisibleCharacterProblems(file: string, text: string, firstLine: number, fieldOf: (line: number) => string = () => 'text'): Problem[] {
  return invisibleCharacters(text.replace(/^\uFEFF/, ''), firstLine).map(({ line, name }) => ({
    file,
    line,
    field: fieldOf(line),
    problem: `contains an invisible character, ${name}`,
    fix: 'Delete it: retype the text around it, or paste it as plain text. It can break the feed or make text display out of order.',
    severity: 'error',
  }));
}
