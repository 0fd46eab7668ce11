/**
 * How the site grades evidence, defined once: per question, as GRADE and Cochrane's summary-of-findings
 * tables do, never one level for a whole article (a "moderate" badge beside a finding of no benefit
 * reads as support). Each graded question has an answer (its direction) and a certainty. The article
 * schema, the badge and the evidence table, cards, search filters, structured data, the editorial
 * policy and the editors' guide all read these words from here.
 */

/** The direction of an answer: what the studies found, whichever way it points. */
export const ANSWERS = ['helps', 'linked', 'no-clear-effect', 'little-or-no-benefit', 'harms', 'unclear'] as const;
export type Answer = (typeof ANSWERS)[number];

export const ANSWER: Record<Answer, { label: string; meaning: string }> = {
  helps: {
    label: 'Helps',
    meaning: 'Studies found a benefit that matters to people.',
  },
  linked: {
    label: 'Linked',
    meaning: 'Studies found that the two go together. This alone does not show that one causes the other.',
  },
  'no-clear-effect': {
    label: 'No clear effect',
    meaning: 'Results are mixed or too imprecise: they neither show a benefit nor rule one out.',
  },
  'little-or-no-benefit': {
    label: 'Little or no benefit',
    meaning: 'Studies looked for a benefit and found that any benefit is small or absent.',
  },
  harms: {
    label: 'Harms',
    meaning: 'Studies found that it makes things worse, or that its harms outweigh any benefit.',
  },
  unclear: {
    label: 'Unclear',
    meaning: 'There is too little research in people to answer the question yet.',
  },
};

/** How sure the answer is, in GRADE's four levels, highest first. */
export const CERTAINTIES = ['high', 'moderate', 'low', 'very-low'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export const CERTAINTY: Record<Certainty, { label: string; meaning: string }> = {
  high: {
    label: 'High certainty',
    meaning: 'We are very confident in the answer. Further research is very unlikely to change it.',
  },
  moderate: {
    label: 'Moderate certainty',
    meaning: 'The answer is probably right, but further research could change it.',
  },
  low: {
    label: 'Low certainty',
    meaning: 'The answer may be right, but further research is likely to change it.',
  },
  'very-low': {
    label: 'Very low certainty',
    meaning: 'Any answer is very uncertain. It is a best guess from weak or indirect evidence.',
  },
};

/** What practical guides (how to buy a medicine, how to choose a product) show instead of a grade. */
export const NOT_GRADED = {
  label: 'Practical guide: not graded',
  filter: 'Not graded',
  meaning: 'A practical guide gives steps to follow, such as how to buy a medicine safely. It answers no research question, so it carries no evidence grade.',
} as const;

/** What raises and lowers certainty, in GRADE's terms; shown on the editorial policy page and in CONTRIBUTING.md. */
export const CERTAINTY_METHOD = {
  startsAt: [
    'Randomised controlled trials start at high certainty.',
    'Observational studies (cohorts, case-control and cross-sectional studies) start at low certainty, because other differences between the groups may explain the result.',
    'Laboratory and animal studies, and studies of a different question, give at most very low certainty for what happens in people.',
  ],
  lowers: [
    'risk of bias: flaws in how the studies were run, such as no blinding or many people dropping out',
    'inconsistency: studies that disagree with one another',
    'indirectness: studies in different people, of a different treatment, or measuring a different outcome from the one readers care about',
    'imprecision: few people or events, so the true effect could be large or nothing',
    'publication bias: signs that studies with disappointing results were never published',
  ],
  raises: ['a large effect', 'a dose–response pattern: more exposure, more effect', 'biases that would have hidden an effect rather than created it'],
} as const;

/** A graded question, as an article's frontmatter lists it. */
export interface GradedQuestion {
  question: string;
  answer: Answer;
  certainty: Certainty;
  sources: { id: string }[];
}

/** "Little or no benefit, moderate certainty": the answer in words, never a level without its direction. */
export const verdict = ({ answer, certainty }: Pick<GradedQuestion, 'answer' | 'certainty'>) =>
  `${ANSWER[answer].label}, ${CERTAINTY[certainty].label.toLowerCase()}`;

/** Anchors on the editorial policy page that every badge links to. */
export const answerAnchor = (answer: Answer) => `answer-${answer}`;
export const certaintyAnchor = (certainty: Certainty) => `certainty-${certainty}`;
export const NOT_GRADED_ANCHOR = 'not-graded';
export const EVIDENCE_METHOD_ANCHOR = 'evidence-grading';
