import type { ServerName } from './benchQueries';
import type { Measurement } from './measureQuery';
import { spreadOf, type Spread } from './spread';
import type { WarmUp } from './warmUp';

/** One server's turn at one query in one round. */
export interface ServerRound {
  round: number;
  /** 1 when this server went first at this query in this round. */
  position: number;
  warmUp: WarmUp;
  /** With the configured number of connections. */
  loaded: Measurement;
  /** One request at a time: latency without queueing. */
  single: Measurement;
}

export interface ServerSummary {
  requestsPerSecond: Spread;
  p50Ms: Spread;
  p99Ms: Spread;
  singleP50Ms: Spread;
  errors: number;
  serverRssMb: number | null;
  warmUpWindows: Spread;
  /** Rounds whose warm-up hit the cap before two windows agreed. */
  unsteadyWarmUps: number;
}

export interface QueryRatios {
  /** API p50 ÷ floor p50, round by round, with the configured connections. */
  p50VsFloor: Spread;
  /** The same, one request at a time. */
  singleP50VsFloor: Spread;
  /** API req/s ÷ peer req/s, round by round. */
  throughputVsPeer: Spread;
}

export function summariseServer(rounds: ServerRound[]): ServerSummary {
  const rss = rounds.flatMap(({ loaded, single }) => [loaded.serverRssMb ?? 0, single.serverRssMb ?? 0]);
  return {
    requestsPerSecond: spreadOf(rounds.map(({ loaded }) => loaded.requestsPerSecond)),
    p50Ms: spreadOf(rounds.map(({ loaded }) => loaded.p50Ms)),
    p99Ms: spreadOf(rounds.map(({ loaded }) => loaded.p99Ms)),
    singleP50Ms: spreadOf(rounds.map(({ single }) => single.p50Ms)),
    errors: rounds.reduce((sum, { loaded, single }) => sum + loaded.errors + single.errors, 0),
    serverRssMb: Math.max(0, ...rss) || null,
    warmUpWindows: spreadOf(rounds.map(({ warmUp }) => warmUp.windows.length)),
    unsteadyWarmUps: rounds.filter(({ warmUp }) => !warmUp.steady).length,
  };
}

function perRound(rounds: Record<ServerName, ServerRound[]>, other: ServerName, ratio: (api: ServerRound, other: ServerRound) => number): Spread {
  return spreadOf(
    rounds.api.map((api) => {
      const theirs = rounds[other].find(({ round }) => round === api.round);
      return theirs ? ratio(api, theirs) : NaN;
    }),
  );
}

/** Ratios taken within each round (the servers measured side by side), then spread over the rounds. */
export function ratiosOf(rounds: Record<ServerName, ServerRound[]>): QueryRatios {
  return {
    p50VsFloor: perRound(rounds, 'floor', (api, floor) => api.loaded.p50Ms / floor.loaded.p50Ms),
    singleP50VsFloor: perRound(rounds, 'floor', (api, floor) => api.single.p50Ms / floor.single.p50Ms),
    throughputVsPeer: perRound(rounds, 'peer', (api, peer) => api.loaded.requestsPerSecond / peer.loaded.requestsPerSecond),
  };
}
