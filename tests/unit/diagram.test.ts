import { describe, expect, it } from 'vitest';
import { circularOrder, layoutDiagram, type DiagramTopic } from '../../src/lib/diagram';

const topics: DiagramTopic[] = [
  { id: 'diet', name: 'Diet', order: 2, relations: [{ to: 'microbiome', verb: 'feeds' }] },
  { id: 'microbiome', name: 'Gut microbiome', order: 1, relations: [{ to: 'skin', verb: 'affects' }, { to: 'nowhere', verb: 'x' }] },
  { id: 'skin', name: 'Skin', order: 3, relations: [{ to: 'microbiome', verb: 'signals' }] },
];

describe('layoutDiagram', () => {
  const layout = layoutDiagram(topics, 600, 50);

  it('places nodes in display order, the first at the top centre', () => {
    expect(layout.nodes.map((node) => node.id)).toEqual(['microbiome', 'diet', 'skin']);
    expect(layout.nodes[0]!.x).toBe(300);
    expect(layout.nodes[0]!.y).toBeLessThan(300);
  });

  it('keeps every node fully inside the canvas', () => {
    for (const node of layout.nodes) {
      expect(node.x - 50).toBeGreaterThanOrEqual(0);
      expect(node.x + 50).toBeLessThanOrEqual(600);
      expect(node.y - 50).toBeGreaterThanOrEqual(0);
      expect(node.y + 50).toBeLessThanOrEqual(600);
    }
  });

  it('draws one edge per relation to a known topic, skipping unknown targets', () => {
    expect(layout.edges.map((edge) => `${edge.from}>${edge.to}:${edge.verb}`)).toEqual([
      'microbiome>skin:affects',
      'diet>microbiome:feeds',
      'skin>microbiome:signals',
    ]);
  });

  it('starts and ends arrows outside the circles', () => {
    const byId = new Map(layout.nodes.map((node) => [node.id, node]));
    for (const edge of layout.edges) {
      const from = byId.get(edge.from)!;
      const to = byId.get(edge.to)!;
      expect(Math.hypot(edge.x1 - from.x, edge.y1 - from.y)).toBeGreaterThan(50);
      expect(Math.hypot(edge.x2 - to.x, edge.y2 - to.y)).toBeGreaterThan(50);
    }
  });

  it('separates the two arrows of a reciprocal pair', () => {
    const there = layout.edges.find((edge) => edge.from === 'microbiome' && edge.to === 'skin')!;
    const back = layout.edges.find((edge) => edge.from === 'skin' && edge.to === 'microbiome')!;
    expect(Math.hypot(there.labelX - back.labelX, there.labelY - back.labelY)).toBeGreaterThan(10);
  });
});

describe('circularOrder', () => {
  const t = (id: string, order: number, to: string[]): DiagramTopic => ({
    id,
    name: id,
    order,
    relations: to.map((target) => ({ to: target, verb: 'v' })),
  });

  it('keeps display order when nothing can be improved', () => {
    const ring = [t('a', 1, ['b']), t('b', 2, ['c']), t('c', 3, ['d']), t('d', 4, ['a'])];
    expect(circularOrder(ring).map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('reorders topics so that arrows stop crossing, keeping the first at the top', () => {
    // In display order a-b-c-d, the chords a–c and b–d cross (and both run through the centre).
    const crossed = [t('a', 1, ['c']), t('b', 2, ['d']), t('c', 3, []), t('d', 4, [])];
    const order = circularOrder(crossed).map((x) => x.id);
    expect(order[0]).toBe('a');
    const position = (id: string) => order.indexOf(id);
    expect(Math.abs(position('a') - position('c'))).not.toBe(2);
  });
});
