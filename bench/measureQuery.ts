import autocannon from 'autocannon';

import type { BenchRequest } from './benchQueries';
import { residentMb } from './peakMemory';
import { ResponseTimes } from './responseTimes';

export interface Measurement {
  requestsPerSecond: number;
  /** Latencies in milliseconds, exact to the microsecond (see ResponseTimes). */
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Connection errors, timeouts and non-2xx answers. */
  errors: number;
  /** Highest resident memory of the server process seen during the run, MB. */
  serverRssMb: number | null;
}

export interface MeasureOptions {
  url: string;
  requests: BenchRequest[];
  connections: number;
  seconds: number;
  /** The server's process, sampled for resident memory while it is under load. */
  serverPid?: number;
}

/** Sends the requests in turn from `connections` connections for `seconds`, with autocannon. */
export async function measureQuery({ url, requests, connections, seconds, serverPid }: MeasureOptions): Promise<Measurement> {
  let peakRss = 0;
  const sample = () => (peakRss = Math.max(peakRss, (serverPid && residentMb(serverPid)) || 0));
  const sampler = setInterval(sample, 250);
  try {
    const times = new ResponseTimes();
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const run = autocannon({ url, connections, duration: seconds, requests, timeout: 30 }, (error, finished) => (error ? reject(error) : resolve(finished)));
      // Every response, as autocannon's own latency figures count them (its histogram keeps whole milliseconds only).
      run.on('response', (_client, _statusCode, _bytes, milliseconds) => times.add(milliseconds));
    });
    sample();
    return {
      // Over the whole run (autocannon's own average is over whole-second samples, none in a short window).
      requestsPerSecond: result.duration > 0 ? result.requests.total / result.duration : 0,
      p50Ms: times.percentile(50),
      p99Ms: times.percentile(99),
      requests: result.requests.total,
      errors: result.errors + result.timeouts + result.non2xx,
      serverRssMb: peakRss || null,
    };
  } finally {
    clearInterval(sampler);
  }
}
