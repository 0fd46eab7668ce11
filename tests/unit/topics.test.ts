import { describe, expect, it } from 'vitest';
import { plainTopic, topicConnections } from '../../src/lib/topics';

const topics = [
  { id: 'diet', name: 'Diet', relations: [{ to: 'microbiome', verb: 'feeds' }] },
  { id: 'microbiome', name: 'Gut microbiome', relations: [{ to: 'inflammation', verb: 'influences' }] },
  { id: 'inflammation', name: 'Inflammation', relations: [] },
];

describe('topicConnections', () => {
  it('describes outgoing and incoming relations as sentences around a link', () => {
    expect(topicConnections('microbiome', topics)).toEqual([
      { before: 'Gut microbiome influences', topic: { id: 'inflammation', name: 'inflammation' }, after: '' },
      { before: '', topic: { id: 'diet', name: 'Diet' }, after: 'feeds gut microbiome' },
    ]);
  });
  it('returns nothing for an unconnected topic', () => {
    expect(topicConnections('inflammation', [topics[2]!])).toEqual([]);
  });
});

describe('plainTopic', () => {
  it('turns a topic entry into plain data with relations pointing at ids', () => {
    const entry = {
      id: 'diet',
      data: { name: 'Diet', icon: 'salad', stage: 'lever' as const, order: 2, relations: [{ to: { id: 'microbiome', collection: 'topics' }, verb: 'feeds' }] },
    };
    expect(plainTopic(entry)).toEqual({ id: 'diet', name: 'Diet', icon: 'salad', stage: 'lever', order: 2, relations: [{ to: 'microbiome', verb: 'feeds' }] });
  });
});
