import { describe, expect, it } from 'vitest';
import { chainOf, chainSentences, type ChainTopic } from '../../src/lib/chain';

const topic = (
  id: string,
  stage: ChainTopic['stage'],
  order: number,
  relations: ChainTopic['relations'] = [],
  extra: Partial<ChainTopic> = {},
): ChainTopic => ({
  id,
  name: id[0]!.toUpperCase() + id.slice(1),
  icon: 'circle',
  stage,
  order,
  relations,
  ...extra,
});

describe('the hub chain', () => {
  const topics = [
    topic('skin', 'skin', 9),
    topic('probiotics', 'lever', 2, [{ to: 'gut', verb: 'may change' }]),
    topic('diet', 'lever', 1, [
      { to: 'skin', verb: 'may affect' },
      { to: 'gut', verb: 'feeds' },
    ]),
    topic(
      'gut',
      'gut',
      5,
      [
        { to: 'skin', verb: 'is linked to' },
        { to: 'inflammation', verb: 'influences' },
      ],
      { nameInSentence: 'the gut microbiome' },
    ),
    topic('inflammation', 'inflammation', 6, [{ to: 'skin', verb: 'can drive' }]),
  ];

  it('orders the stages lever → gut → inflammation → skin, and topics by order within a stage', () => {
    expect(chainOf(topics).map((stage) => stage.map((node) => node.id))).toEqual([['diet', 'probiotics'], ['gut'], ['inflammation'], ['skin']]);
  });

  it('draws each arrow from a relation into the next stage only, and says each as a sentence', () => {
    expect(chainSentences(chainOf(topics))).toEqual([
      'Diet feeds the gut microbiome.',
      'Probiotics may change the gut microbiome.',
      'Gut influences inflammation.',
      'Inflammation can drive skin.',
    ]);
  });

  it('leaves out a stage no topic is in', () => {
    expect(
      chainOf([topic('diet', 'lever', 1, [{ to: 'skin', verb: 'may affect' }]), topic('skin', 'skin', 2)]).map((stage) =>
        stage.map((node) => node.arrow?.verb),
      ),
    ).toEqual([['may affect'], [undefined]]);
  });
});
