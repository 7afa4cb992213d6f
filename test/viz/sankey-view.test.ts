import { describe, expect, it } from 'vitest';
import type { FlowRow } from '../../src/sim/index.js';
import { MISROUTED, prepareSankey, stageLabel } from '../../src/viz/views/sankey-view.js';

const link = (data: ReturnType<typeof prepareSankey>, source: string, target: string) =>
  data.links.find((l) => l.source === source && l.target === target);

describe('prepareSankey', () => {
  it('drops zero links and the nodes only they touched', () => {
    const flows: FlowRow[] = [
      { from: 'arrival', to: 'router', count: 100 },
      { from: 'arrival', to: 'beta', count: 0 },
      { from: 'router', to: 'resolved', count: 90 },
      { from: 'router', to: 'abandoned', count: 10 },
    ];
    const data = prepareSankey(flows);
    expect(data.links.map((l) => `${l.source}>${l.target}`)).toEqual([
      'arrival>router',
      'router>resolved',
      'router>abandoned',
    ]);
    expect(data.nodes.map((n) => n.id)).toEqual(['arrival', 'router', 'resolved', 'abandoned']);
  });

  it('drops a self-loop', () => {
    const data = prepareSankey([
      { from: 'arrival', to: 'router', count: 5 },
      { from: 'router', to: 'router', count: 2 },
    ]);
    expect(data.links).toHaveLength(1);
  });

  it('counts each node as the larger of its in- and outflow, colouring links by the tier they leave', () => {
    const data = prepareSankey([
      { from: 'arrival', to: 'router', count: 100 },
      { from: 'router', to: 'se/XADM', count: 60 },
      { from: 'router', to: 'abandoned', count: 10 },
      { from: 'se/XADM', to: 'problemControl', count: 6 },
      { from: 'se/XADM', to: 'resolved', count: 50 },
    ]);
    const count = (id: string) => data.nodes.find((n) => n.id === id)?.count;
    expect(count('router')).toBe(100);
    expect(count('se/XADM')).toBe(60); // 60 in, 56 out: 4 still open at the end
    expect(count('resolved')).toBe(50);
    expect(link(data, 'se/XADM', 'resolved')?.tier).toBe('se');
    expect(data.nodes.find((n) => n.id === 'se/XADM')?.label).toBe('SE XADM');
  });

  it('draws transfers between SE specialties as router → misrouted → specialty, keeping every stage balanced', () => {
    // 10 cases routed to XADM belong to XCON, 4 routed to XCON belong to XADM: a cycle as it stands.
    const data = prepareSankey([
      { from: 'arrival', to: 'router', count: 100 },
      { from: 'router', to: 'se/XADM', count: 60 },
      { from: 'router', to: 'se/XCON', count: 40 },
      { from: 'se/XADM', to: 'se/XCON', count: 10 },
      { from: 'se/XCON', to: 'se/XADM', count: 4 },
      { from: 'se/XADM', to: 'resolved', count: 54 },
      { from: 'se/XCON', to: 'resolved', count: 46 },
    ]);
    expect(data.misrouted).toBe(14);
    expect(data.omitted).toEqual([]);
    expect(link(data, 'router', MISROUTED)?.count).toBe(14);
    expect(link(data, MISROUTED, 'se/XCON')?.count).toBe(10);
    expect(link(data, MISROUTED, 'se/XADM')?.count).toBe(4);
    expect(link(data, 'router', 'se/XADM')?.count).toBe(50); // 60 routed there − 10 transferred out
    expect(link(data, 'router', 'se/XCON')?.count).toBe(36); // 40 − 4
    expect(link(data, 'se/XADM', 'se/XCON')).toBeUndefined();
    // XADM: 50 + 4 in, 54 out; XCON: 36 + 10 in, 46 out.
    const node = (id: string) => data.nodes.find((n) => n.id === id)?.count;
    expect([node('se/XADM'), node('se/XCON'), node('router')]).toEqual([54, 46, 100]);
  });

  it('leaves out, and reports, a link that would close a loop', () => {
    const data = prepareSankey([
      { from: 'arrival', to: 'problemControl', count: 5 },
      { from: 'problemControl', to: 'escalation', count: 3 },
      { from: 'escalation', to: 'problemControl', count: 1 },
    ]);
    expect(data.omitted).toEqual([
      { source: 'escalation', target: 'problemControl', count: 1, tier: 'escalation' },
    ]);
    expect(data.links).toHaveLength(2);
  });
});

describe('stageLabel', () => {
  it('names stages for people', () => {
    expect(['se/XCSI', 'problemControl', 'arrival', 'somethingNew'].map(stageLabel)).toEqual([
      'SE XCSI',
      'Problem Control',
      'Arrivals',
      'somethingNew',
    ]);
  });
});
