import { writeClaimFiles } from '../src/graph/importFiles';
import { counted } from './importDataset';
import { peakResidentMb } from './peakMemory';
import { SyntheticGraph } from './syntheticGraph';

/**
 * Run as its own process by importDataset, beside it (the machine has two cores): writes the importer
 * files of the claims of entities `from` to `to` into `directory`, and prints what it wrote.
 */
if (require.main === module) {
  const [directory = '', size = '', seed = '', from = '', to = ''] = process.argv.slice(2);
  const graph = new SyntheticGraph({ size: Number(size), seed: Number(seed) });
  const relationships = { count: 0 };
  writeClaimFiles(directory, counted(graph.relationships(Number(from), Number(to)), relationships))
    .then((files) => process.stdout.write(`${JSON.stringify({ files, relationships: relationships.count, peakRssMb: peakResidentMb() ?? null })}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    });
}
