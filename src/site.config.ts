/**
 * The one place where the site's identity and deployment settings live.
 * `SITE_URL` and `BASE_PATH` may be overridden at build time (e.g. by the GitHub Pages workflow)
 * so that the same code serves any host.
 */
export const SITE = {
  /** Public origin of the site, used for canonical URLs, the sitemap, the feed and JSON-LD. */
  url: process.env.SITE_URL ?? 'https://gut-skin-axis.example.org',
  /** Path prefix when the site is served from a sub-folder (e.g. `/gut-skin-axis` on GitHub Pages). */
  base: process.env.BASE_PATH ?? '/',
  title: 'Gut–Skin Axis',
  tagline: 'Evidence-based answers on how the gut and the skin talk to each other',
  /** The hub's heading, also the site's share image's title. */
  headline: 'How your gut and your skin talk to each other',
  /** The one-line promise under it, also on the site's share image. */
  promise: 'Clear answers on the gut, diet, probiotics and the skin, and how sure the evidence is for each.',
  description:
    'An evidence-based guide to the gut–skin axis: the gut microbiome, diet, probiotics and inflammation, and what they mean for acne, eczema and rosacea.',
  locale: 'en-GB',
  /**
   * Where readers report a problem with a page ("Report a problem with this page"), without needing a
   * GitHub account. The deployment sets the real mailbox with CONTACT_EMAIL.
   */
  contactEmail: process.env.CONTACT_EMAIL ?? 'editors@gut-skin-axis.example.org',
  /**
   * The hub's curated reading list: the first is the "Start here" link, the rest are "Most useful to start
   * with" (the newest articles follow them). File names in content/articles/.
   */
  startHere: [
    'what-is-the-gut-skin-axis',
    'probiotics-for-eczema',
    'acne-and-the-gut',
    'nsaids-and-the-gut',
    'choosing-a-probiotic',
    'rosacea-and-sibo',
    'psoriasis-ibd-and-the-gut',
  ],
  /** Number of articles per page on topic pages and the article list. */
  pageSize: 12,
  /** Months after `lastReviewed` at which an article is due for review (see the editorial policy). */
  reviewCycleMonths: 12,
} as const;
