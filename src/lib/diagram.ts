/**
 * Layout for the hub's topic diagram: topics sit on a circle in display order, and each relation
 * becomes an arrow from the edge of one node to the edge of the other, with its verb at the midpoint.
 * Pure geometry, so the SVG is fully decided at build time and needs no client script.
 */

export interface DiagramTopic {
  id: string;
  name: string;
  order: number;
  relations: { to: string; verb: string }[];
}

export interface DiagramNode {
  id: string;
  name: string;
  x: number;
  y: number;
}

export interface DiagramEdge {
  from: string;
  to: string;
  verb: string;
  /** Arrow start and end points, already pulled back to the node borders. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Where the verb label goes. */
  labelX: number;
  labelY: number;
}

export interface DiagramLayout {
  width: number;
  height: number;
  nodeRadius: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Beyond this many topics, trying every order costs too much; display order is used instead. */
const MAX_PERMUTED = 8;

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}

/**
 * Chooses where each topic sits on the circle so that arrows cross as little as possible, and as few
 * arrows as possible run through the centre (where their labels would pile up). Two chords of a circle
 * cross exactly when one end of one lies strictly between the ends of the other, so no geometry is needed.
 * The first topic in display order stays at the top; ties keep display order.
 */
export function circularOrder(topics: DiagramTopic[]): DiagramTopic[] {
  const sorted = [...topics].sort((a, b) => a.order - b.order);
  if (sorted.length > MAX_PERMUTED || sorted.length < 4) return sorted;
  const chords = new Map<string, [string, string]>();
  for (const topic of sorted) {
    for (const relation of topic.relations) {
      if (relation.to === topic.id || !sorted.some((t) => t.id === relation.to)) continue;
      chords.set([topic.id, relation.to].sort().join('|'), [topic.id, relation.to]);
    }
  }
  const cost = (order: DiagramTopic[]) => {
    const position = new Map(order.map((topic, index) => [topic.id, index]));
    const ends = [...chords.values()].map(([a, b]) => [position.get(a)!, position.get(b)!].sort((x, y) => x - y) as [number, number]);
    let crossings = 0;
    for (let i = 0; i < ends.length; i++) {
      for (let j = i + 1; j < ends.length; j++) {
        const [a, b] = ends[i]!;
        const [c, d] = ends[j]!;
        const inside = (x: number) => x > a && x < b;
        if (new Set([a, b, c, d]).size === 4 && inside(c) !== inside(d)) crossings++;
      }
    }
    const throughCentre = ends.filter(([a, b]) => b - a === order.length / 2).length;
    return crossings * 2 + throughCentre;
  };
  const [first, ...rest] = sorted;
  let best = sorted;
  let bestCost = cost(sorted);
  for (const candidate of permutations(rest)) {
    const order = [first!, ...candidate];
    const candidateCost = cost(order);
    if (candidateCost < bestCost) [best, bestCost] = [order, candidateCost];
  }
  return best;
}

export function layoutDiagram(topics: DiagramTopic[], size = 640, nodeRadius = 58): DiagramLayout {
  const centre = size / 2;
  const orbit = centre - nodeRadius - 12;
  const sorted = circularOrder(topics);
  const nodes = sorted.map((topic, index) => {
    // Start at the top and go clockwise.
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / sorted.length;
    return {
      id: topic.id,
      name: topic.name,
      x: round(centre + orbit * Math.cos(angle)),
      y: round(centre + orbit * Math.sin(angle)),
    };
  });
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const edges: DiagramEdge[] = [];
  for (const topic of sorted) {
    for (const relation of topic.relations) {
      const from = byId.get(topic.id)!;
      const to = byId.get(relation.to);
      if (!to || to === from) continue;
      const dx = to.x - from.x;
      const dy = to.y - from.y;
      const length = Math.hypot(dx, dy);
      const ux = dx / length;
      const uy = dy / length;
      // Two topics that point at each other get their arrows nudged apart so both stay readable.
      const reciprocal = topics.some((t) => t.id === relation.to && t.relations.some((r) => r.to === topic.id));
      const offset = reciprocal ? 9 : 0;
      const ox = -uy * offset;
      const oy = ux * offset;
      const gap = nodeRadius + 4;
      edges.push({
        from: from.id,
        to: to.id,
        verb: relation.verb,
        x1: round(from.x + ux * gap + ox),
        y1: round(from.y + uy * gap + oy),
        x2: round(to.x - ux * (gap + 4) + ox),
        y2: round(to.y - uy * (gap + 4) + oy),
        labelX: round((from.x + to.x) / 2 + ox * 2.2),
        labelY: round((from.y + to.y) / 2 + oy * 2.2),
      });
    }
  }
  return { width: size, height: size, nodeRadius, nodes, edges };
}
