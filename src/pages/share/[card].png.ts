/**
 * The share images (`og:image`): the site's, one per topic and one per condition, drawn from their data
 * (src/lib/shareImage.ts). Articles use their main topic's, so the number of pictures does not grow with
 * the number of articles.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getConditions, getTopics } from '../../lib/content';
import { shareImagePng, type ShareCard } from '../../lib/shareImage';
import type { ShareCardId } from '../../lib/urls';
import { SITE } from '../../site.config';

/** A card has room for about three lines: a whole first sentence reads better than a cut paragraph. */
const firstSentence = (text: string) => text.split(/(?<=[.!?])\s/)[0]!;

export const getStaticPaths = (async () => {
  const [topics, conditions] = await Promise.all([getTopics(), getConditions()]);
  const cards: { id: ShareCardId; card: ShareCard }[] = [
    { id: 'site', card: { title: SITE.headline, text: SITE.promise } },
    ...topics.map((topic) => ({ id: `topic-${topic.id}` as const, card: { title: topic.data.name, text: topic.data.definition, icon: topic.data.icon } })),
    ...conditions.map((condition) => ({
      id: `condition-${condition.id}` as const,
      card: { title: condition.data.name, text: firstSentence(condition.data.whatItIs), icon: condition.data.icon },
    })),
  ];
  return cards.map(({ id, card }) => ({ params: { card: id }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
  new Response(new Uint8Array(await shareImagePng(props.card, SITE.title)), { headers: { 'Content-Type': 'image/png' } });
