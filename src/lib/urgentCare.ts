/**
 * Urgent-care advice in fixed tiers, NHS-style: the one place their wording lives, so every article
 * sends readers to the same level of care in the same words. Editors choose the tier and list the signs
 * (`<UrgentCare tier="emergency">` with a bulleted list); the heading and the action come from here.
 */
/** Articles on these topics discuss symptoms or treatments, so readers need to know when to get help (the checker requires <UrgentCare>). */
export const URGENT_CARE_TOPICS = ['skin-conditions', 'medication-safety'] as const;

export const URGENCY_TIERS = ['emergency', 'urgent', 'soon'] as const;
export type UrgencyTier = (typeof URGENCY_TIERS)[number];

export const URGENCY: Record<UrgencyTier, { label: string; heading: string; elsewhere: string; use: string }> = {
  emergency: {
    label: 'Emergency',
    heading: 'Call 999 or go to A&E now if:',
    elsewhere: 'Outside the UK, call your local emergency number (112 in Europe, 911 in North America).',
    use: 'life-threatening signs: anaphylaxis, trouble breathing, swelling of the lips, face or throat, vomiting blood, collapse',
  },
  urgent: {
    label: 'Urgent',
    heading: 'Get help today — ask for an urgent GP appointment or call NHS 111 if:',
    elsewhere: 'Outside the UK, contact your doctor the same day or an urgent-care service.',
    use: 'problems that need a clinician the same day: a spreading or painful infection, a high temperature, a sudden severe flare',
  },
  soon: {
    label: 'Soon',
    heading: 'See a GP, pharmacist or nurse soon if:',
    elsewhere: 'A pharmacist can often advise the same day, without an appointment.',
    use: 'problems that need a routine appointment: symptoms that last, treatments that are not working, questions about a medicine',
  },
};

/**
 * Words that name an emergency sign. Outside the emergency tier they are flagged for the editor (a
 * warning, since a sentence may mention them for another reason): a reader must never be sent to a GP
 * appointment for signs that need 999.
 */
export const EMERGENCY_SIGNS = [
  'anaphylaxis',
  'anaphylactic',
  'trouble breathing',
  'difficulty breathing',
  'struggling to breathe',
  'swelling of the lips',
  'swelling of the face',
  'swelling of the tongue',
  'swelling of the throat',
  'lips, face or throat',
  'face, lips',
  'vomiting blood',
  'vomit blood',
  'coughing up blood',
  'chest pain',
  'collapse',
  'unconscious',
  'seizure',
  'floppy',
  'blue lips',
  'suicidal',
] as const;

const SIGN_PATTERN = new RegExp(`\\b(${EMERGENCY_SIGNS.map((sign) => sign.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'i');

/** The emergency sign a text names, if any. */
export const emergencySignIn = (text: string) => SIGN_PATTERN.exec(text)?.[1];

/**
 * Bowel symptoms that always need a doctor's check (NHS "bowel cancer" and "blood in poo" pages): one list,
 * shown by `<BowelWarningSigns />` in every article that needs it.
 */
export const BOWEL_WARNING_SIGNS = [
  'blood or mucus in your poo, or bleeding from your bottom',
  'a change in your usual bowel habit, such as looser or more frequent poos, lasting 3 weeks or more',
  'losing weight without trying',
  'a pain, lump or bloating in your tummy that does not go away',
  'extreme tiredness for no clear reason, or signs of anaemia such as pale skin or getting out of breath easily',
  'diarrhoea or other bowel symptoms that wake you at night',
  'a high temperature (fever) with diarrhoea or other bowel symptoms',
] as const;
