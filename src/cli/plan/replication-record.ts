import {
  emptyHoursOfWeek,
  HourlySeries,
  type HoursOfWeek,
  type ReplicationResult,
  type ResponseProfile,
} from '../../sim/index.js';

/**
 * A replication result as JSON (checkpoints for --resume): float arrays as base64, NaN as null.
 * Neither its hourly series nor its trace is in it: a run with a checkpoint folder saves the
 * series in its series store (series-store.ts) and writes the trace to trace.csv as the
 * replication runs (trace-file.ts), so a checkpoint stays small however long the horizon.
 */
export interface ReplicationRecord {
  readonly replication: number;
  readonly kpis: Array<[string, number | null]>;
  readonly stageNames: readonly string[];
  readonly flows: string;
  /** The pools of the series (saved elsewhere). */
  readonly seriesPools: readonly string[];
  readonly events: number;
  readonly casesGenerated: number;
  readonly responseProfile: Record<string, Array<number | null>>;
  /**
   * Counts by the hour of the week (absent in checkpoints written before they were kept): the
   * counts as base64 of 32-bit whole numbers, the busy minutes of 64-bit floats.
   */
  readonly hoursOfWeek?: {
    readonly pools: readonly string[];
    readonly arrivals: string;
    readonly responded: string;
    readonly respondedInTime: string;
    readonly missed: string;
    readonly joins: string;
    readonly busyMinutes: string;
  };
}

function encode(values: Float64Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}

function decode(text: string): Float64Array {
  const bytes = Buffer.from(text, 'base64');
  // Copy into a fresh, aligned buffer: Buffer's pool offsets need not be multiples of 8.
  const out = new Float64Array(bytes.byteLength / 8);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

/** Exact, lossless encoding of a replication result, but for its series and trace (see above). */
export function toRecord(r: ReplicationResult): ReplicationRecord {
  return {
    replication: r.replication,
    kpis: [...r.kpis].map(([k, v]) => [k, Number.isNaN(v) ? null : v]),
    stageNames: r.stageNames,
    flows: encode(r.flows),
    seriesPools: r.series.pools,
    events: r.events,
    casesGenerated: r.casesGenerated,
    responseProfile: Object.fromEntries(
      Object.entries(r.responseProfile).map(([k, v]) => [k, v.map((x) => (Number.isNaN(x) ? null : x))]),
    ),
    hoursOfWeek: encodeHours(r.hoursOfWeek),
  };
}

/** The result a record was made from; its series has no hours and it has no trace (see above). */
export function fromRecord(rec: ReplicationRecord): ReplicationResult {
  return {
    replication: rec.replication,
    kpis: new Map(rec.kpis.map(([k, v]) => [k, v === null ? NaN : v])),
    stageNames: rec.stageNames,
    flows: decode(rec.flows),
    series: new HourlySeries(rec.seriesPools, 0),
    trace: null,
    events: rec.events,
    casesGenerated: rec.casesGenerated,
    responseProfile: Object.fromEntries(
      Object.entries(rec.responseProfile).map(([k, v]) => [k, v.map((x) => (x === null ? NaN : x))]),
    ) as unknown as ResponseProfile,
    hoursOfWeek: decodeHours(rec),
  };
}

/** The counts by hour of the week: whole numbers, kept as 32-bit (half the bytes of a float). */
const HOUR_COUNTS = ['arrivals', 'responded', 'respondedInTime', 'missed', 'joins'] as const;

function encodeCounts(values: Float64Array): string {
  const counts = Uint32Array.from(values);
  // A count that is not a whole number below 2^32 would not come back as it was.
  if (counts.some((c, i) => c !== values[i]))
    throw new RangeError('hours of the week: a count is not a whole number');
  return Buffer.from(counts.buffer).toString('base64');
}

function decodeCounts(text: string): Float64Array {
  const bytes = Buffer.from(text, 'base64');
  const counts = new Uint32Array(bytes.byteLength / 4);
  new Uint8Array(counts.buffer).set(bytes);
  return Float64Array.from(counts);
}

function encodeHours(h: HoursOfWeek): NonNullable<ReplicationRecord['hoursOfWeek']> {
  const counts = Object.fromEntries(HOUR_COUNTS.map((k) => [k, encodeCounts(h[k])]));
  return { pools: h.pools, ...counts, busyMinutes: encode(h.busyMinutes) } as NonNullable<
    ReplicationRecord['hoursOfWeek']
  >;
}

function decodeHours(rec: ReplicationRecord): HoursOfWeek {
  const h = rec.hoursOfWeek;
  if (h === undefined) return emptyHoursOfWeek(rec.seriesPools.filter((p) => p !== 'productGroup'));
  const counts = Object.fromEntries(HOUR_COUNTS.map((k) => [k, decodeCounts(h[k])]));
  return { pools: h.pools, ...counts, busyMinutes: decode(h.busyMinutes) } as unknown as HoursOfWeek;
}
