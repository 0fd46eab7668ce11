/**
 * Urgent-care advice: the checker makes every article on a skin condition or a medicine carry a tiered
 * <UrgentCare> block, accepts only one bulleted list inside it, and flags an emergency sign written
 * anywhere but the emergency tier. Each case asserts every line printed (tests/support/contentProject.ts).
 */
import { describe, expect, it } from 'vitest';
import { emergencySignIn, URGENCY, URGENCY_TIERS } from '../../src/lib/urgentCare';
import { A, article, body, check, type Files } from '../support/contentProject';

const SKIN = { topics: '[skin-conditions, diet]' };
const EMERGENCY = '<UrgentCare tier="emergency">\n\n- your lips, face or throat swell, or you have trouble breathing\n\n</UrgentCare>';

const CASES: [name: string, files: Files, expected: string[]][] = [
  [
    'an article on a skin condition with no urgent-care advice',
    { [A]: article(SKIN) },
    [
      'content/articles/case.mdx:13 — body — has no urgent-care advice, which every article on skin-conditions needs — Add <UrgentCare tier="…"> with a bulleted list of the signs that need help (emergency: 999/A&E; urgent: the same day; soon: a routine appointment). See "Urgent-care advice" in CONTRIBUTING.md.',
    ],
  ],
  [
    'an unknown tier',
    body('<UrgentCare tier="later">\n\n- x\n\n</UrgentCare>'),
    [
      'content/articles/case.mdx:16 — body — <UrgentCare tier="later"> is not valid — Use tier="emergency", tier="urgent", tier="soon": emergency for 999/A&E signs, urgent for the same day, soon for a routine appointment.',
    ],
  ],
  [
    'no tier',
    body('<UrgentCare>\n\n- x\n\n</UrgentCare>'),
    [
      'content/articles/case.mdx:16 — body — <UrgentCare> has no tier — Use tier="emergency", tier="urgent", tier="soon": emergency for 999/A&E signs, urgent for the same day, soon for a routine appointment.',
    ],
  ],
  [
    'a paragraph instead of a list',
    body('<UrgentCare tier="soon">\nIf it lasts, see a GP.\n</UrgentCare>'),
    [
      'content/articles/case.mdx:16 — body — <UrgentCare> must hold one bulleted list and nothing else — Write each sign on its own line starting with "- ", e.g. <UrgentCare tier="emergency"> - you have trouble breathing </UrgentCare>.',
    ],
  ],
  [
    'a numbered list',
    body('<UrgentCare tier="soon">\n\n1. it lasts\n\n</UrgentCare>'),
    [
      'content/articles/case.mdx:16 — body — <UrgentCare> must hold one bulleted list and nothing else — Write each sign on its own line starting with "- ", e.g. <UrgentCare tier="emergency"> - you have trouble breathing </UrgentCare>.',
    ],
  ],
  [
    'an emergency sign under a GP appointment',
    body('<UrgentCare tier="soon">\n\n- you have trouble breathing after a dose\n\n</UrgentCare>'),
    [
      'warning: content/articles/case.mdx:18 — body — "trouble breathing" is an emergency sign, named outside an emergency-tier block — If readers should act on it, list it under <UrgentCare tier="emergency"> (999 or A&E), not under a GP or pharmacist; if the sentence only mentions it, leave it.',
    ],
  ],
  [
    'an emergency sign in a callout',
    body('<Callout type="warning" title="Contact a doctor promptly">Swelling of the face after a new medicine.</Callout>'),
    [
      'warning: content/articles/case.mdx:16 — body — "Swelling of the face" is an emergency sign, named outside an emergency-tier block — If readers should act on it, list it under <UrgentCare tier="emergency"> (999 or A&E), not under a GP or pharmacist; if the sentence only mentions it, leave it.',
    ],
  ],
  [
    'BowelWarningSigns wrapping text',
    body('<BowelWarningSigns>x</BowelWarningSigns>'),
    [
      'content/articles/case.mdx:16 — body — <BowelWarningSigns> cannot wrap text — Write it on its own, e.g. <BowelWarningSigns />, after the words it supports.',
    ],
  ],
];

describe('urgent-care advice in the content checks', () => {
  it.each(CASES)('%s', (_, files, expected) => {
    expect(check(files)).toEqual(expected);
  });

  it('accepts an emergency block, and a skin article with one needs nothing else', () => {
    expect(check(body(EMERGENCY, SKIN))).toEqual([]);
  });

  it('counts the shared bowel list as urgent-care advice', () => {
    expect(check(body('<BowelWarningSigns />', SKIN))).toEqual([]);
  });
});

describe('the tiers', () => {
  it('are emergency, urgent and soon, each with a heading that names where to go', () => {
    expect(URGENCY_TIERS).toEqual(['emergency', 'urgent', 'soon']);
    expect(URGENCY.emergency.heading).toMatch(/999.*A&E/);
    expect(URGENCY.emergency.elsewhere).toMatch(/112.*911/);
    expect(URGENCY.urgent.heading).toMatch(/111/);
    expect(URGENCY.soon.heading).toMatch(/GP, pharmacist or nurse/);
  });

  it('recognise emergency signs in any letter case, and not in ordinary words', () => {
    expect(emergencySignIn('Signs of Anaphylaxis include…')).toBe('Anaphylaxis');
    expect(emergencySignIn('your baby is floppy or hard to wake')).toBe('floppy');
    expect(emergencySignIn('a mild rash that itches')).toBeUndefined();
  });
});
