import fs from 'node:fs';
import { parseArgs } from 'node:util';

import { loadConfig } from '../config';
import { connectToNeo4j } from '../database/connectToNeo4j';
import { dryRunSeed, runSeed, type SeedFailure } from './runSeed';

const USAGE = `Usage: npm run seed -- [options] [document file or folder]

Loads the curated vocabulary and the documents (seed/documents by default) into Neo4j.
  --reset     remove everything in the graph first
  --dry-run   extract only: write nothing, print what would be stored
  --json      print the report as JSON on standard output (progress goes to standard error);
              through npm, add -s so npm's own banner stays out of it: npm run -s seed -- --dry-run --json
  --out FILE  also write the report as JSON to FILE (standard output keeps the readable summary)
  --help      this text`;

function printFailures(failures: SeedFailure[]): void {
  for (const failure of failures) console.error(`Refused ${failure.file}: ${failure.error}`);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      reset: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length > 1) throw new Error(`Give at most one document path.\n\n${USAGE}`);
  const config = loadConfig();
  const log = (line: string) => (values.json ? console.error(line) : console.log(line));
  const options = { target: positionals[0], reset: values.reset, maxDocumentBytes: config.MAX_DOCUMENT_BYTES, log };
  const writeReport = (report: unknown) => {
    const json = JSON.stringify(report, null, 2);
    if (values.out !== undefined) fs.writeFileSync(values.out, `${json}\n`);
    if (values.json) console.log(json);
  };

  if (values['dry-run']) {
    const { report, failures } = dryRunSeed(options);
    writeReport(report);
    if (!values.json) {
      for (const document of report.documents) log(`${document.id}: ${document.claims.length} claims (dry run, nothing written)`);
      log(`Entities mentioned: ${report.entities.length}; candidate terms: ${report.candidates.join(', ') || 'none'}`);
    }
    printFailures(failures);
    return failures.length > 0 ? 1 : 0;
  }

  const connection = await connectToNeo4j(config, log);
  try {
    const summary = await runSeed(connection.database.withoutTimeouts(), options);
    writeReport(summary);
    if (!values.json) {
      const { stats } = summary;
      log(
        `Done: ${summary.stored} documents stored, ${summary.unchanged} unchanged, ${summary.failures.length} refused. ` +
          `Graph: ${stats.entities} entities, ${stats.relationships} relationships, ${stats.evidence} evidence sentences, ` +
          `${stats.documents} documents.`,
      );
      if (summary.candidates.length > 0) log(`Candidate terms for the vocabulary: ${summary.candidates.join(', ')}`);
    }
    printFailures(summary.failures);
    return summary.failures.length > 0 ? 1 : 0;
  } finally {
    await connection.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
