import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import {
  addScaledValues,
  HourlySeries,
  SERIES_METRICS,
  timeseriesCsvFromBlocks,
  type ReplicationResult,
} from '../../sim/index.js';
import { AtomicFile } from '../atomic-write.js';

/** Hours of every replication's series read, and averaged, at a time when timeseries.csv is written. */
const BLOCK_HOURS = 1024;

/** The header of a series file: a JSON line, padded with spaces to this many bytes. */
const HEADER_BYTES = 4096;

interface SeriesHeader {
  readonly pools: readonly string[];
  readonly hours: number;
  readonly type: 'uint16' | 'float64';
}

/**
 * The hourly series of a variant's replications, one file per replication in the variant's
 * checkpoint folder, from which timeseries.csv is written a block of hours at a time. A run with
 * `--out` keeps no replication's series in memory once it is saved, so memory does not grow
 * with replications x horizon (it grew by about 160 kB per simulated day for 10 replications);
 * the mean is computed exactly as `summarise` computes it in memory (replications in order,
 * each scaled by 1 / n), so timeseries.csv is the same to the byte.
 *
 * A file is a {@link HEADER_BYTES}-byte header (JSON: pools, hours, value type) and the values
 * in the order of HourlySeries.values, in this machine's byte order (the files are checkpoints
 * of this run, not an exchange format).
 */
export class SeriesStore {
  constructor(readonly folder: string) {}

  /** The file of one replication's series. */
  path(replication: number): string {
    return join(this.folder, `series-${String(replication).padStart(5, '0')}.bin`);
  }

  /** True when the series of `replication` is saved. */
  has(replication: number): boolean {
    return existsSync(this.path(replication));
  }

  /**
   * Saves a replication's series (atomically, like every output) and returns the result
   * without it: its series has the same pools and no hours.
   */
  keep(result: ReplicationResult): ReplicationResult {
    const series = result.series;
    const header: SeriesHeader = {
      pools: series.pools,
      hours: series.hours,
      type: series.values instanceof Uint16Array ? 'uint16' : 'float64',
    };
    const values = series.values;
    const file = AtomicFile.create(this.path(result.replication));
    try {
      file.write(headerText(header));
      file.write(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
      file.commit();
    } catch (error) {
      file.abort();
      throw error;
    }
    return withoutSeries(result);
  }

  /**
   * timeseries.csv of the mean of the saved series of `replications` (in that order: the order
   * `summarise` adds them in), in pieces, read from disk a block of hours at a time.
   */
  *csvChunks(replications: readonly number[]): Generator<string> {
    if (replications.length === 0) throw new Error('no replications to average');
    const files = replications.map((r) => openSeries(this.path(r)));
    try {
      const { pools, hours } = files[0].header;
      for (const f of files) {
        if (f.header.hours !== hours || f.header.pools.join('\n') !== pools.join('\n'))
          throw new Error(`${f.path}: a series of another shape than ${files[0].path}`);
      }
      const perHour = pools.length * SERIES_METRICS.length;
      const factor = 1 / replications.length;
      const blocks = function* (): Generator<Float64Array> {
        for (let from = 0; from < hours; from += BLOCK_HOURS) {
          const count = Math.min(BLOCK_HOURS, hours - from) * perHour;
          const mean = new Float64Array(count);
          for (const f of files) addScaledValues(mean, f.read(from * perHour, count), factor);
          yield mean;
        }
      };
      yield* timeseriesCsvFromBlocks(pools, blocks());
    } finally {
      for (const f of files) f.close();
    }
  }
}

/** A result whose series has been saved: the same pools, no hours (nothing held). */
export function withoutSeries(result: ReplicationResult): ReplicationResult {
  return { ...result, series: new HourlySeries(result.series.pools, 0) };
}

function headerText(header: SeriesHeader): string {
  const json = JSON.stringify(header);
  if (json.length >= HEADER_BYTES) throw new Error('series header too long (pool names)');
  return json.padEnd(HEADER_BYTES - 1) + '\n';
}

interface OpenSeries {
  readonly path: string;
  readonly header: SeriesHeader;
  /** `count` values from value `offset` on, as numbers. */
  read(offset: number, count: number): Uint16Array | Float64Array;
  close(): void;
}

function openSeries(path: string): OpenSeries {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(HEADER_BYTES);
    readFully(fd, head, 0);
    const header = JSON.parse(head.toString('utf8')) as SeriesHeader;
    const size = header.type === 'uint16' ? 2 : 8;
    return {
      path,
      header,
      read: (offset, count) => {
        const out = header.type === 'uint16' ? new Uint16Array(count) : new Float64Array(count);
        readFully(fd, new Uint8Array(out.buffer), HEADER_BYTES + offset * size, `${path}: cut short`);
        return out;
      },
      close: () => closeSync(fd),
    };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** Fills `buffer` from `position` in the file; a file that ends first is an error. */
function readFully(fd: number, buffer: Uint8Array, position: number, what = 'cut short'): void {
  for (let done = 0; done < buffer.length;) {
    const n = readSync(fd, buffer, done, buffer.length - done, position + done);
    if (n === 0) throw new Error(what);
    done += n;
  }
}
