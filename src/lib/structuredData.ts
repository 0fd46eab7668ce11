/**
 * Schema.org structured data for search engines. Built from content; URLs come from urls.ts.
 */
import { SITE } from '../site.config';
import { isoDay } from './dates';
import { absoluteUrl, homeUrl } from './urls';

export interface Crumb {
  name: string;
  href?: string;
}

export function breadcrumbList(trail: Crumb[], currentPath: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.href ?? currentPath),
    })),
  };
}

export function medicalWebPage(article: {
  path: string;
  title: string;
  description: string;
  published: Date;
  updated: Date;
  lastReviewed: Date;
  topics: string[];
  authors: { name: string; kind: 'team' | 'person' }[];
  reviewers: { name: string; kind: 'team' | 'person' }[];
}) {
  const party = (who: { name: string; kind: 'team' | 'person' }) => ({
    '@type': who.kind === 'team' ? 'Organization' : 'Person',
    name: who.name,
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': absoluteUrl(article.path),
    url: absoluteUrl(article.path),
    name: article.title,
    headline: article.title,
    description: article.description,
    inLanguage: SITE.locale,
    datePublished: isoDay(article.published),
    dateModified: isoDay(article.updated),
    lastReviewed: isoDay(article.lastReviewed),
    about: article.topics.map((name) => ({ '@type': 'Thing', name })),
    author: article.authors.map(party),
    reviewedBy: article.reviewers.map(party),
    publisher: { '@type': 'Organization', name: SITE.title, url: absoluteUrl(homeUrl()) },
    isPartOf: { '@type': 'WebSite', name: SITE.title, url: absoluteUrl(homeUrl()) },
  };
}
