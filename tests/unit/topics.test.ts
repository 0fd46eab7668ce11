import { describe, expect, it } from 'vitest';
import { topicConnections } from '../../src/lib/topics';

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
