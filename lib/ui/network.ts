// The actor network for the dashboard: who appears in the same articles as whom, weighted by the
// number of shared articles, laid out with d3-force. Dashboard only: keeps d3 out of other bundles.
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';

export interface NetworkNode {
  id: string;
  type?: string;
  /** Articles mentioning the entity. */
  articles: number;
}

export interface NetworkLink {
  source: string;
  target: string;
  /** Articles mentioning both. */
  shared: number;
}

export interface Network {
  nodes: NetworkNode[];
  links: NetworkLink[];
}

const ACTOR_TYPES = new Set(['person', 'organization', 'state']);

/**
 * The actors most often met (at most `maxNodes`, weapons left out: they are not actors) and the
 * pairs of them that share articles, each actor with its `maxLinksPerNode` strongest ties.
 * Pure: rows in, graph out.
 */
export function actorNetwork(
  mentions: readonly { articleId: number; entityId: string }[],
  typeOf: (entityId: string) => string | undefined,
  maxNodes = 24,
  maxLinksPerNode = 3,
): Network {
  const articlesOf = new Map<string, Set<number>>();
  for (const m of mentions) {
    if (!ACTOR_TYPES.has(typeOf(m.entityId) ?? '')) continue;
    let set = articlesOf.get(m.entityId);
    if (!set) articlesOf.set(m.entityId, (set = new Set()));
    set.add(m.articleId);
  }
  const nodes = [...articlesOf]
    .map(([id, set]) => ({ id, type: typeOf(id), articles: set.size }))
    .sort((a, b) => b.articles - a.articles || a.id.localeCompare(b.id))
    .slice(0, maxNodes);
  const links: NetworkLink[] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = articlesOf.get(nodes[i]!.id)!;
      const b = articlesOf.get(nodes[j]!.id)!;
      let shared = 0;
      for (const id of a.size < b.size ? a : b) if ((a.size < b.size ? b : a).has(id)) shared++;
      if (shared > 0) links.push({ source: nodes[i]!.id, target: nodes[j]!.id, shared });
    }
  }
  // Each actor keeps its strongest ties only: with every pair of an article linked, the picture
  // would be a hairball; the strongest few per actor show who belongs with whom.
  const articles = new Map(nodes.map((n) => [n.id, n.articles]));
  const strongest = new Map<string, Set<NetworkLink>>();
  for (const node of nodes) {
    const mine = links
      .filter((l) => l.source === node.id || l.target === node.id)
      .sort((a, b) => b.shared - a.shared || partnerArticles(b, node.id) - partnerArticles(a, node.id) || partner(a, node.id).localeCompare(partner(b, node.id)))
      .slice(0, maxLinksPerNode);
    strongest.set(node.id, new Set(mine));
  }
  function partner(l: NetworkLink, id: string): string {
    return l.source === id ? l.target : l.source;
  }
  function partnerArticles(l: NetworkLink, id: string): number {
    return articles.get(partner(l, id)) ?? 0;
  }
  const kept = links.filter((l) => strongest.get(l.source)!.has(l) || strongest.get(l.target)!.has(l));
  // An actor sharing no article with another shows nothing about "together": leave it out.
  const linked = new Set(kept.flatMap((l) => [l.source, l.target]));
  return { nodes: nodes.filter((n) => linked.has(n.id)), links: kept };
}

export interface PlacedNode extends NetworkNode {
  x: number;
  y: number;
  r: number;
}

export interface PlacedLink extends NetworkLink {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

type SimNode = NetworkNode & SimulationNodeDatum & { r: number };

/** Positions inside width × height, computed in one go (no animation: the picture holds still). */
export function layoutNetwork(network: Network, width: number, height: number): { nodes: PlacedNode[]; links: PlacedLink[] } {
  const maxArticles = Math.max(1, ...network.nodes.map((n) => n.articles));
  const nodes: SimNode[] = network.nodes.map((n, i) => {
    // Start on a circle so the result is the same every time for the same data.
    const angle = (2 * Math.PI * i) / Math.max(1, network.nodes.length);
    return { ...n, r: 6 + 10 * Math.sqrt(n.articles / maxArticles), x: width / 2 + (width / 3) * Math.cos(angle), y: height / 2 + (height / 3) * Math.sin(angle) };
  });
  const links: Array<SimulationLinkDatum<SimNode> & { shared: number }> = network.links.map((l) => ({ source: l.source, target: l.target, shared: l.shared }));
  const maxShared = Math.max(1, ...network.links.map((l) => l.shared));
  const simulation = forceSimulation(nodes)
    .force('link', forceLink<SimNode, (typeof links)[number]>(links).id((d) => d.id).distance((l) => 110 - 50 * (l.shared / maxShared)).strength(0.4))
    .force('charge', forceManyBody().strength(-260))
    .force('collide', forceCollide<SimNode>((d) => d.r + 30))
    .force('center', forceCenter(width / 2, height / 2))
    .force('x', forceX(width / 2).strength(0.06))
    .force('y', forceY(height / 2).strength(0.1))
    .stop();
  for (let i = 0; i < 300; i++) simulation.tick();
  const margin = 40;
  const clampX = (x: number) => Math.max(margin, Math.min(width - margin, x));
  const clampY = (y: number) => Math.max(margin / 2, Math.min(height - margin / 2, y));
  const placed = new Map(nodes.map((n) => [n.id, { id: n.id, type: n.type, articles: n.articles, r: n.r, x: clampX(n.x ?? 0), y: clampY(n.y ?? 0) }]));
  return {
    nodes: [...placed.values()],
    links: network.links.map((l) => {
      const a = placed.get(l.source)!;
      const b = placed.get(l.target)!;
      return { ...l, x1: a.x, y1: a.y, x2: b.x, y2: b.y };
    }),
  };
}
