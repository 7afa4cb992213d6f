import alea from 'seedrandom/lib/alea.js';

/** A source of uniform random numbers in [0, 1). Each call advances the stream by one draw. */
export type Rng = () => number;

/**
 * The seed string of one named stream: a pure function of (scenario seed, replication, name), so a
 * stream's draws never depend on which other streams exist or how far they have been advanced.
 * A numeric seed and its decimal string (7 and "7") name the same streams.
 */
export function streamSeed(seed: number | string, replication: number, name: string): string {
  checkSeed(seed, replication);
  // Escaping the seed keeps the mapping one-to-one: a seed containing '/' cannot pose as another
  // (seed, replication, name) triple. The replication is a whole number and the name comes last.
  return `tiersim/${encodeURIComponent(String(seed))}/${replication}/${name}`;
}

/**
 * An independent random stream for one purpose (e.g. `"arrivals"`, `"service/se"`) in one
 * replication (0-based) of a scenario with the given seed. Two scenarios that share a seed see the
 * same draws on every stream of the same name (common random numbers); different names or
 * replications give unrelated sequences.
 *
 * The generator is Alea (seedrandom 3): fast, 32 bits of resolution per draw, period about 2^116.
 * A draw can be exactly 0 but never 1.
 */
export function createStream(seed: number | string, replication: number, name: string): Rng {
  // Returned as is (no wrapper) so that each draw is a single call in the samplers' hot loops.
  return alea(streamSeed(seed, replication, name));
}

/**
 * The random streams of one replication, created on first use and cached by name, so every
 * part of the model that asks for `"arrivals"` shares the one arrivals stream.
 */
export class RandomStreams {
  /** The scenario seed. */
  readonly seed: number | string;
  /** 0-based replication index. */
  readonly replication: number;
  private readonly streams = new Map<string, Rng>();

  constructor(seed: number | string, replication: number) {
    checkSeed(seed, replication);
    this.seed = seed;
    this.replication = replication;
  }

  /** The stream with this name, created at its start the first time it is asked for. */
  stream(name: string): Rng {
    let rng = this.streams.get(name);
    if (rng === undefined) {
      rng = createStream(this.seed, this.replication, name);
      this.streams.set(name, rng);
    }
    return rng;
  }
}

function checkSeed(seed: number | string, replication: number): void {
  if (typeof seed === 'number' && !Number.isFinite(seed)) {
    throw new RangeError(`seed must be a finite number or a string, got ${seed}`);
  }
  if (!Number.isInteger(replication) || replication < 0) {
    throw new RangeError(`replication must be a whole number >= 0, got ${replication}`);
  }
}
