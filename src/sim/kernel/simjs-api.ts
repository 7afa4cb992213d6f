/**
 * The small part of simjs's API that the kernel adapter uses. simjs ships no types;
 * these describe its `Sim`, `Entity` and `Request` classes as published in simjs 2.0.x.
 */
export interface SimjsRequest {
  /** Absolute simulated time at which the request fires. */
  deliverAt: number;
  cancelled: boolean;
  done(callback: (this: unknown, arg?: unknown) => void, context?: object, argument?: unknown): SimjsRequest;
  cancel(): void;
}

export interface SimjsEntity {
  time(): number;
  setTimer(duration: number): SimjsRequest;
}

export interface SimjsSim {
  simTime: number;
  /** simjs's binary heap of pending requests, ordered by (deliverAt, insertion order). */
  queue: { data: SimjsRequest[]; remove(): SimjsRequest | null };
  time(): number;
  addEntity<E extends SimjsEntity>(klass: new (sim: SimjsSim, name?: string) => E, name?: string): E;
  step(): boolean;
  simulate(endTime: number, maxEvents?: number): boolean;
}

export interface SimjsApi {
  Sim: new () => SimjsSim;
  Entity: new (sim: SimjsSim, name?: string) => SimjsEntity;
}
