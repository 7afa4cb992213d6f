import { sankey, sankeyLinkHorizontal, type SankeyLink, type SankeyNode } from 'd3-sankey';
import type { FlowRow } from '../../sim/index.js';
import { appendFrame, appendNote, chartWidth, startView } from './chart-kit.js';
import { formatNumber } from './format.js';
import { INK, tierColour } from './palette.js';

/** A stage of the Sankey; `count` = cases per replication through it (the larger of in- and outflow). */
export interface FlowNode {
  readonly id: string;
  readonly label: string;
  /** Tier that colours it: `se` for every `se/<specialty>`, else the stage name. */
  readonly tier: string;
  readonly count: number;
}

/** A flow between stages: mean cases per replication, coloured by the tier of `source`. */
export interface FlowLink {
  readonly source: string;
  readonly target: string;
  readonly count: number;
  readonly tier: string;
}

export interface SankeyData {
  readonly nodes: FlowNode[];
  readonly links: FlowLink[];
  /** Cases per replication transferred between SE specialties (drawn via the `misrouted` node). */
  readonly misrouted: number;
  /** Links left out because they would close a cycle (none in the model's ladder today). */
  readonly omitted: FlowLink[];
}

/** Node of the misroutes: router → misrouted → the SE team that finally took the case. */
export const MISROUTED = 'misrouted';

const LABELS: Readonly<Record<string, string>> = {
  arrival: 'Arrivals',
  router: 'Router',
  misrouted: 'Misrouted',
  pods: '3rd-tier pods',
  beta: 'Beta',
  problemControl: 'Problem Control',
  escalation: 'Escalation',
  productGroup: 'Product group',
  resolved: 'Resolved',
  abandoned: 'Abandoned',
};

function tierOf(stage: string): string {
  if (stage.startsWith('se/')) return 'se';
  return stage === MISROUTED ? 'router' : stage;
}

/** A stage's display name: `se/XADM` → `SE XADM`, `problemControl` → `Problem Control`. */
export function stageLabel(stage: string): string {
  return stage.startsWith('se/') ? `SE ${stage.slice(3)}` : (LABELS[stage] ?? stage);
}

/**
 * The Sankey graph of `flows` (a run's mean cases per replication between stages). Zero,
 * non-finite and self links are dropped. A transfer between SE specialties (a misrouted case) would
 * make a cycle (XADM → XCON and XCON → XADM both happen), which a Sankey cannot draw, so transfers
 * into a specialty are drawn router → misrouted → that specialty, and taken off the router's link to
 * the specialty they left (each misrouted case was first routed there): every stage's in- and
 * outflow still balance. Any other link that would close a cycle is listed in `omitted`.
 */
export function prepareSankey(flows: readonly FlowRow[]): SankeyData {
  const kept = flows.filter((f) => Number.isFinite(f.count) && f.count > 0 && f.from !== f.to);
  const counts = new Map<string, number>();
  const add = (from: string, to: string, count: number) =>
    counts.set(`${from}\n${to}`, (counts.get(`${from}\n${to}`) ?? 0) + count);
  const transferredOut = new Map<string, number>();
  let misrouted = 0;
  for (const f of kept) {
    if (f.from.startsWith('se/') && f.to.startsWith('se/')) {
      misrouted += f.count;
      transferredOut.set(f.from, (transferredOut.get(f.from) ?? 0) + f.count);
      add(MISROUTED, f.to, f.count);
    } else add(f.from, f.to, f.count);
  }
  if (misrouted > 0) add('router', MISROUTED, misrouted);
  for (const [se, out] of transferredOut) {
    const key = `router\n${se}`;
    // Clamped: a case routed before the warm-up ended and transferred after it counts only once.
    if (counts.has(key)) counts.set(key, Math.max(0, (counts.get(key) ?? 0) - out));
  }
  const links: FlowLink[] = [];
  const omitted: FlowLink[] = [];
  const next = new Map<string, string[]>();
  const reaches = (from: string, to: string): boolean => {
    const stack = [from];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const at = stack.pop() as string;
      if (at === to) return true;
      if (seen.has(at)) continue;
      seen.add(at);
      stack.push(...(next.get(at) ?? []));
    }
    return false;
  };
  for (const [key, count] of counts) {
    if (count <= 0) continue;
    const [source, target] = key.split('\n');
    const link: FlowLink = { source, target, count, tier: tierOf(source) };
    if (reaches(target, source)) {
      omitted.push(link);
      continue;
    }
    next.set(source, [...(next.get(source) ?? []), target]);
    links.push(link);
  }
  const inflow = new Map<string, number>();
  const outflow = new Map<string, number>();
  const order: string[] = [];
  for (const l of links) {
    for (const id of [l.source, l.target]) if (!order.includes(id)) order.push(id);
    outflow.set(l.source, (outflow.get(l.source) ?? 0) + l.count);
    inflow.set(l.target, (inflow.get(l.target) ?? 0) + l.count);
  }
  const nodes = order.map((id) => ({
    id,
    label: stageLabel(id),
    tier: tierOf(id),
    count: Math.max(inflow.get(id) ?? 0, outflow.get(id) ?? 0),
  }));
  return { nodes, links, misrouted, omitted };
}

type Node = SankeyNode<FlowNode, FlowLink>;
type Link = SankeyLink<FlowNode, FlowLink>;

/** Draws the Sankey (d3-sankey) into `container`, with counts on the nodes and exact values in <title>s. */
export function renderSankey(
  container: HTMLElement,
  data: SankeyData,
  options: { height?: number } = {},
): void {
  const view = startView(container, 'sankey');
  if (data.links.length === 0) {
    appendNote(view, 'No case flowed after the warm-up: nothing to draw.');
    return;
  }
  const width = chartWidth(container);
  const margin = { top: 12, right: 12, bottom: 12, left: 12 };
  // Taller when narrow (a phone): labels then span several columns, and need rows of their own.
  const height = options.height ?? (width < 520 ? 640 : 480);
  const frame = appendFrame(view, { width, height, margin }, sankeyLabel(data));
  const layout = sankey<FlowNode, FlowLink>()
    .nodeId((d) => d.id)
    .nodeWidth(18)
    .nodePadding(22)
    .extent([
      [0, 0],
      [frame.innerWidth, frame.innerHeight],
    ]);
  const graph = layout({
    nodes: data.nodes.map((n) => ({ ...n })),
    links: data.links.map((l) => ({ ...l, value: l.count })),
  });
  const name = (n: Node | string | number): string => (typeof n === 'object' ? n.label : String(n));
  frame.plot
    .append('g')
    .attr('class', 'links')
    .attr('fill', 'none')
    .selectAll<SVGPathElement, Link>('path')
    .data(graph.links)
    .join('path')
    .attr('d', sankeyLinkHorizontal<FlowNode, FlowLink>())
    .attr('stroke', (d) => tierColour(d.tier))
    .attr('stroke-opacity', 0.5)
    .attr('stroke-width', (d) => Math.max(1.5, d.width ?? 0))
    .append('title')
    .text((d) => `${name(d.source)} → ${name(d.target)}: ${formatNumber(d.count, 1)} cases per replication`);
  const node = frame.plot
    .append('g')
    .attr('class', 'nodes')
    .selectAll<SVGGElement, Node>('g')
    .data(graph.nodes)
    .join('g');
  node
    .append('rect')
    .attr('x', (d) => d.x0 ?? 0)
    .attr('y', (d) => d.y0 ?? 0)
    .attr('width', (d) => (d.x1 ?? 0) - (d.x0 ?? 0))
    .attr('height', (d) => Math.max(1, (d.y1 ?? 0) - (d.y0 ?? 0)))
    .attr('fill', (d) => tierColour(d.tier))
    .attr('stroke', INK)
    .attr('stroke-width', 0.75)
    .append('title')
    .text((d) => `${d.label}: ${formatNumber(d.count, 1)} cases per replication`);
  // Labels right of their node, name over count, so a label stays within the gap to the next
  // column; left of the sinks (last column) and of any node whose label would run off the chart
  // (width estimated at 9 px per character of 14 px bold text).
  const atRight = (d: Node) =>
    (d.sourceLinks?.length ?? 0) > 0 && (d.x1 ?? 0) + 6 + 9 * d.label.length <= frame.innerWidth;
  const labelX = (d: Node) => (atRight(d) ? (d.x1 ?? 0) + 6 : (d.x0 ?? 0) - 6);
  const labelY = nudgedLabels(graph.nodes, atRight, labelX);
  // Labels in a group of their own, drawn after every node, so no node covers a label (on a
  // phone the columns are closer than a label is wide; the white halo keeps it legible).
  const text = frame.plot
    .append('g')
    .attr('class', 'node-labels')
    .selectAll<SVGTextElement, Node>('text')
    .data(graph.nodes)
    .join('text')
    .attr('class', 'node-label')
    .attr('y', (d) => labelY.get(d) ?? 0)
    .attr('text-anchor', (d) => (atRight(d) ? 'start' : 'end'))
    .attr('fill', INK);
  text
    .append('tspan')
    .attr('x', labelX)
    .attr('dy', '-0.25em')
    .text((d) => d.label);
  text
    .append('tspan')
    .attr('class', 'node-count')
    .attr('x', labelX)
    .attr('dy', '1.15em')
    .text((d) => formatNumber(d.count, 0));
  const notes = ['Cases per replication after the warm-up; link colour = the tier a case leaves.'];
  if (data.misrouted > 0)
    notes.push(
      `${formatNumber(data.misrouted, 1)} misrouted cases per replication are drawn from the router via “Misrouted” to the SE team that took them.`,
    );
  if (data.omitted.length > 0)
    notes.push(
      `Not drawn (would close a loop): ${data.omitted.map((l) => `${stageLabel(l.source)} → ${stageLabel(l.target)} ${formatNumber(l.count, 1)}`).join('; ')}.`,
    );
  appendNote(view, notes.join(' '));
}

/** Two-line label height, px (14 px text). */
const LABEL_HEIGHT = 36;

/**
 * Vertical centre of each node's label: its node's middle, pushed down (top to bottom) just
 * enough not to overlap a label above it whose estimated box (9 px per character) shares columns.
 */
function nudgedLabels(
  nodes: readonly Node[],
  atRight: (d: Node) => boolean,
  labelX: (d: Node) => number,
): Map<Node, number> {
  const boxes = nodes
    .map((d) => {
      const width = 9 * Math.max(d.label.length, formatNumber(d.count, 0).length);
      const x = labelX(d);
      return {
        d,
        left: atRight(d) ? x : x - width,
        right: atRight(d) ? x + width : x,
        y: ((d.y0 ?? 0) + (d.y1 ?? 0)) / 2,
      };
    })
    .sort((a, b) => a.y - b.y);
  boxes.forEach((box, i) => {
    for (const above of boxes.slice(0, i)) {
      if (box.left < above.right && above.left < box.right && box.y - above.y < LABEL_HEIGHT)
        box.y = above.y + LABEL_HEIGHT;
    }
  });
  return new Map(boxes.map((b) => [b.d, b.y]));
}

/** The SVG's accessible name: what flows in and where it ends. */
function sankeyLabel(data: SankeyData): string {
  const count = (id: string) => data.nodes.find((n) => n.id === id)?.count ?? 0;
  return `Sankey diagram of case flow per replication: ${formatNumber(count('arrival'), 0)} arrivals, ${formatNumber(count('resolved'), 0)} resolved, ${formatNumber(count('abandoned'), 0)} abandoned.`;
}
