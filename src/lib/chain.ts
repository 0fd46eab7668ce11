/**
 * The hub's chain, worked out from the topics: what people eat and take (the levers) acts on the gut
 * microbiome, which shapes inflammation, which shows in the skin. Each arrow is one topic's relation to
 * a topic in the next stage that has topics, so it reads as a sentence ("Diet feeds the gut microbiome"). Pure, for tests.
 */
export const CHAIN_STAGES = ['lever', 'gut', 'inflammation', 'skin'] as const;
export type ChainStage = (typeof CHAIN_STAGES)[number];

export interface ChainTopic {
  id: string;
  name: string;
  shortName?: string;
  nameInSentence?: string;
  /** The topic's icon name (src/lib/icons.ts). */
  icon: string;
  stage: ChainStage;
  order: number;
  relations: { to: string; verb: string }[];
}

export interface ChainNode {
  id: string;
  label: string;
  icon: string;
  /** How the topic reads inside a sentence ("the gut microbiome"). */
  inSentence: string;
  /** The verb of this topic's arrow into the next stage, and the topic it points to; none in the last stage. */
  arrow?: { verb: string; to: string };
}

/** The stages in order, each with its topics (by `order`) and their arrows into the next stage. */
export function chainOf(topics: ChainTopic[]): ChainNode[][] {
  const stageOf = new Map(topics.map((topic) => [topic.id, topic.stage]));
  // A stage no topic is in is skipped: its neighbours then point at each other.
  const present = CHAIN_STAGES.filter((stage) => topics.some((topic) => topic.stage === stage));
  return present.map((stage, index) =>
    topics
      .filter((topic) => topic.stage === stage)
      .sort((a, b) => a.order - b.order)
      .map((topic) => {
        const next = present[index + 1];
        const relation = next ? topic.relations.find((candidate) => stageOf.get(candidate.to) === next) : undefined;
        const label = topic.shortName ?? topic.name;
        return {
          id: topic.id,
          label,
          icon: topic.icon,
          inSentence: topic.nameInSentence ?? label.toLowerCase(),
          ...(relation ? { arrow: { verb: relation.verb, to: relation.to } } : {}),
        };
      }),
  );
}

/** The chain as sentences, for readers who do not see the drawing: "Diet feeds the gut microbiome." */
export function chainSentences(stages: ChainNode[][]): string[] {
  const named = new Map(stages.flat().map((node) => [node.id, node.inSentence]));
  return stages.flat().flatMap((node) => (node.arrow ? [`${node.label} ${node.arrow.verb} ${named.get(node.arrow.to)}.`] : []));
}
