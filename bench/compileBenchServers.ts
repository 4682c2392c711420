import path from 'node:path';

import { build } from 'esbuild';

/**
 * The three servers as the bench runs them: bundled into one JavaScript file by esbuild (npm packages
 * left as they are), run by plain `node` as `npm start` runs the API from dist/ — not through tsx,
 * whose source-map hook makes every stack capture (the driver takes one per query) dearer. All three
 * alike, so none pays a cost the others do not. The bundle sits two folders below the project root, as
 * the sources in src/<layer>/ do, so paths the code takes from __dirname (the schema folder) still hold.
 */
export async function compileBenchServers(): Promise<string> {
  const outfile = path.join(__dirname, '.build', 'serveBenchServer.js');
  await build({
    entryPoints: [path.join(__dirname, 'serveBenchServer.ts')],
    outfile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  return outfile;
}
