/** Pure helpers over topic relations. */
import type { ChainStage, ChainTopic } from './chain';

export interface TopicLike {
  id: string;
  name: string;
  relations: { to: string; verb: string }[];
}

/**
 * A topic entry as plain data (relations point at topic ids), the shape the hub's chain (lib/chain.ts) and
 * "How it connects" work on.
 */
export function plainTopic(topic: {
  id: string;
  data: {
    name: string;
    shortName?: string;
    nameInSentence?: string;
    icon: string;
    stage: ChainStage;
    order: number;
    relations: { to: { id: string }; verb: string }[];
  };
}): TopicLike & ChainTopic {
  return {
    id: topic.id,
    name: topic.data.name,
    ...(topic.data.shortName ? { shortName: topic.data.shortName } : {}),
    ...(topic.data.nameInSentence ? { nameInSentence: topic.data.nameInSentence } : {}),
    icon: topic.data.icon,
    stage: topic.data.stage,
    order: topic.data.order,
    relations: topic.data.relations.map((relation) => ({ to: relation.to.id, verb: relation.verb })),
  };
}

/** One line of a topic page's "How it connects": text before the link, the linked topic, text after. */
export interface Connection {
  before: string;
  topic: { id: string; name: string };
  after: string;
}

/**
 * Sentences describing a topic's relations in both directions, e.g. for Diet:
 * "Diet feeds [gut microbiome]" and "[Probiotics] are tested for …" when pointing at it.
 */
export function topicConnections(topicId: string, topics: TopicLike[]): Connection[] {
  const byId = new Map(topics.map((topic) => [topic.id, topic]));
  const self = byId.get(topicId)!;
  const outgoing = self.relations.map((relation) => ({
    before: `${self.name} ${relation.verb}`,
    topic: { id: relation.to, name: byId.get(relation.to)!.name.toLowerCase() },
    after: '',
  }));
  const incoming = topics.flatMap((other) =>
    other.relations
      .filter((relation) => relation.to === topicId)
      .map((relation) => ({
        before: '',
        topic: { id: other.id, name: other.name },
        after: `${relation.verb} ${self.name.toLowerCase()}`,
      })),
  );
  return [...outgoing, ...incoming];
}
