import { benchOptionsFromEnv } from './benchOptionsFromEnv';
import { runBenchmark } from './runBenchmark';

// `npm run bench`: see bench/README.md.
const log = (line: string) => process.stdout.write(`${line}\n`);
Promise.resolve()
  .then(() => runBenchmark(benchOptionsFromEnv(process.env, log)))
  .then(
    ({ totalSeconds, options, sizes }) => {
      if (options.loadOnly) for (const { load } of sizes) log(JSON.stringify(load));
      log(`\nDone in ${totalSeconds.toFixed(0)} s. Reproduce: ${options.loadOnly ? 'BENCH_LOAD_ONLY=1 ' : ''}BENCH_SIZES=${options.sizes.join(',')} BENCH_SECONDS=${options.seconds} BENCH_ROUNDS=${options.rounds} npm run bench`);
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
