import type { BenchReport } from './runBenchmark';

const fixed = (value: number | null | undefined, digits = 0) => (value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits));
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (header: string[], rows: (string | number)[][]) =>
  [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');

/** The results as Markdown: loading, each query per server with ratios, and growth with size. */
export function writeReport(report: BenchReport): string {
  const { options } = report;
  const parts = [
    '# Benchmark results',
    '',
    `Run ${report.startedAt}, ${report.totalSeconds.toFixed(0)} s in all, on ${report.machine.cpus} CPUs, Node ${report.machine.node}. ` +
      `${options.connections} connections, ${options.seconds} s per query and server after ${options.warmupSeconds} s warm-up; seed ${options.seed}.`,
    '',
    `Reproduce: \`BENCH_SIZES=${options.sizes.join(',')} BENCH_SECONDS=${options.seconds} BENCH_CONNECTIONS=${options.connections} npm run bench\``,
    '',
    '## Loading',
    '',
    table(
      ['entities', 'relationships', 'load s', 'entities/s', 'naive rel/s', ...options.batchSizes.map((size) => `bulk ${size} rel/s`), 'best bulk / naive', 'loader peak RSS MB'],
      report.sizes.map(({ size, load }) => {
        const best = Math.max(0, ...load.bulk.map((batch) => batch.perSecond));
        return [
          size,
          load.loaded ? load.relationships : 'reused',
          fixed(load.totalSeconds, 1),
          fixed(load.entitiesPerSecond),
          fixed(load.naive?.perSecond),
          ...options.batchSizes.map((batchSize) => fixed(load.bulk.find((batch) => batch.batchSize === batchSize)?.perSecond || null)),
          load.naive ? `${fixed(best / load.naive.perSecond, 1)}×` : '–',
          fixed(load.peakRssMb),
        ];
      }),
    ),
  ];
  for (const { size, queries } of report.sizes) {
    parts.push('', `## Queries at ${size} entities`, '');
    parts.push(
      table(
        ['query', 'server', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'server RSS MB', 'same answer as API'],
        queries.flatMap(({ name, results, agreements }) =>
          (['api', 'floor', 'peer'] as const).map((server) => [
            name,
            server,
            fixed(results[server].requestsPerSecond),
            results[server].p50Ms,
            results[server].p99Ms,
            results[server].errors,
            fixed(results[server].serverRssMb),
            server === 'api' ? '–' : agreements.find((agreement) => agreement.server === server)?.equivalent ? 'yes' : 'NO',
          ]),
        ),
      ),
      '',
      table(
        ['query', 'API p50 / floor p50 (goal ≤ 1.5)', 'API req/s / peer req/s (goal ≥ 1)'],
        queries.map(({ name, results }) => [
          name,
          fixed(results.api.p50Ms / results.floor.p50Ms, 2),
          fixed(results.api.requestsPerSecond / results.peer.requestsPerSecond, 2),
        ]),
      ),
    );
  }
  const first = report.sizes[0];
  const last = report.sizes.at(-1);
  if (first && last && first !== last) {
    parts.push('', '## Growth with size (API)', '');
    parts.push(
      table(
        ['query', ...report.sizes.map(({ size }) => `p50 ms at ${size}`), `p50 ${last.size} / ${first.size}`],
        first.queries.map(({ name }, index) => {
          const p50s = report.sizes.map(({ queries }) => queries[index]?.results.api.p50Ms ?? NaN);
          return [name, ...p50s, fixed((p50s.at(-1) ?? NaN) / (p50s[0] ?? NaN), 2)];
        }),
      ),
    );
  }
  return `${parts.join('\n')}\n`;
}
