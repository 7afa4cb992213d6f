import type { Kernel } from '../kernel/index.js';
import type { RandomStreams } from '../random/index.js';
import type { Recorder } from './recorder.js';

/** What every stage of the model shares during one replication. */
export interface ModelContext {
  readonly kernel: Kernel;
  readonly streams: RandomStreams;
  readonly recorder: Recorder;
  /** End of the warm-up: statistics count from here, minutes. */
  readonly warmupAt: number;
  /** End of the run, minutes. */
  readonly endAt: number;
}
