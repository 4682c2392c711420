import type { Agreement } from './compareAnswers';
import type { BenchReport } from './runBenchmark';
import type { Spread } from './spread';

const fixed = (value: number | null | undefined, digits = 0) => (value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits));
const spread = ({ median, min, max }: Spread, digits = 0) =>
  min === max ? fixed(median, digits) : `${fixed(median, digits)} (${fixed(min, digits)}–${fixed(max, digits)})`;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (header: string[], rows: (string | number)[][]) =>
  [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');
const agreement = (found: Agreement | undefined) => (found ? `${found.equal}/${found.variants}${found.equal === found.variants ? '' : ' **differs**'}` : '–');

/** The results as Markdown: machine, loading, each query per server over the rounds, ratios, growth with size. */
export function writeReport(report: BenchReport): string {
  const { options, machine } = report;
  const parts = [
    '# Benchmark results',
    '',
    `Run ${report.startedAt}, ${report.totalSeconds.toFixed(0)} s in all. Machine: ${machine.cpus} × ${machine.cpuModel}, ` +
      `${machine.memoryGb} GB, Node ${machine.node}, load average at start ${machine.loadAverageAtStart.join(' / ')} (1 / 5 / 15 min).`,
    '',
    `${options.preludeSeconds > 0 ? `First every query on every server for ${options.preludeSeconds} s, unmeasured; then ` : ''}` +
      `${options.rounds} rounds; in each, every query on every server (queries and servers in turned order): warm-up windows of ` +
      `${options.warmUp.seconds} s until two in a row agree within ${options.warmUp.tolerance * 100} % (at most ${options.warmUp.maxWindows}), ` +
      `then ${options.seconds} s with ${options.connections} connections, then ${options.singleSeconds} s one request at a time. ` +
      `Figures are the median over the rounds, (min–max) when they differ. Seed ${options.seed}.`,
    '',
    `Reproduce: \`BENCH_SIZES=${options.sizes.join(',')} BENCH_ROUNDS=${options.rounds} BENCH_SECONDS=${options.seconds} ` +
      `BENCH_CONNECTIONS=${options.connections} npm run bench\``,
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
        ['query', 'server', 'req/s', 'p50 ms', 'p99 ms', 'one at a time p50 ms', 'errors', 'server RSS MB', 'warm-up windows', 'answers equal to API'],
        queries.flatMap(({ name, summary, agreements }) =>
          (['api', 'floor', 'peer'] as const).map((server) => {
            const figures = summary[server];
            return [
              name,
              server,
              spread(figures.requestsPerSecond),
              spread(figures.p50Ms, 2),
              spread(figures.p99Ms, 2),
              spread(figures.singleP50Ms, 2),
              figures.errors,
              fixed(figures.serverRssMb),
              `${spread(figures.warmUpWindows)}${figures.unsteadyWarmUps > 0 ? `, ${figures.unsteadyWarmUps} not steady` : ''}`,
              server === 'api' ? '–' : agreement(agreements.find((found) => found.server === server)),
            ];
          }),
        ),
      ),
      '',
      table(
        ['query', 'API p50 ÷ floor p50 (goal ≤ 1.5)', 'one at a time: API p50 ÷ floor p50', 'API req/s ÷ peer req/s (goal ≥ 1)'],
        queries.map(({ name, ratios }) => [name, spread(ratios.p50VsFloor, 2), spread(ratios.singleP50VsFloor, 2), spread(ratios.throughputVsPeer, 2)]),
      ),
    );
    const lacks = queries.filter((query) => query.peerLacks);
    if (lacks.length > 0) {
      parts.push('', 'Compared with the peer without what its generated API cannot give: ' + lacks.map((query) => `${query.name}, ${query.peerLacks}`).join('; ') + '.');
    }
  }
  const [first, ...later] = report.sizes;
  if (first && later.length > 0) {
    parts.push('', '## Growth with size (API, median p50)', '');
    parts.push(
      table(
        ['query', ...report.sizes.map(({ size }) => `p50 ms at ${size}`), ...later.map(({ size }) => `p50 ${size} ÷ ${first.size}`), ...later.map(({ size }) => `one at a time ${size} ÷ ${first.size}`)],
        first.queries.map(({ name }, index) => {
          const at = (which: 'p50Ms' | 'singleP50Ms') => report.sizes.map(({ queries }) => queries[index]?.summary.api[which].median ?? NaN);
          const [loaded, single] = [at('p50Ms'), at('singleP50Ms')];
          return [
            name,
            ...loaded.map((p50) => fixed(p50, 2)),
            ...loaded.slice(1).map((p50) => fixed(p50 / (loaded[0] ?? NaN), 2)),
            ...single.slice(1).map((p50) => fixed(p50 / (single[0] ?? NaN), 2)),
          ];
        }),
      ),
    );
  }
  return `${parts.join('\n')}\n`;
}
