import path from 'node:path';

// No extension: esbuild resolves the TypeScript source under tsx and the compiled JavaScript in dist/.
const ENTRY = path.join(__dirname, 'client', 'explorerMain');

let bundle: Promise<string> | undefined;

/**
 * The explorer's script with Cytoscape.js inside, bundled by esbuild in memory the first time it is
 * asked for: nothing to build before `npm start`, nothing fetched from a CDN. A failed build is retried.
 */
export function buildExplorerBundle(): Promise<string> {
  bundle ??= (async () => {
    const esbuild = await import('esbuild');
    const result = await esbuild.build({
      entryPoints: [ENTRY],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      minify: true,
      legalComments: 'none',
      logLevel: 'silent',
    });
    const [output] = result.outputFiles;
    if (!output) throw new Error('esbuild produced no explorer bundle');
    return output.text;
  })().catch((error: unknown) => {
    bundle = undefined;
    throw error;
  });
  return bundle;
}
