// Part of `npm run build`: tsc compiles src/ into dist/; the files it does not compile (stylesheets,
// the GraphiQL start script, the favicon) are copied beside the compiled code, where it looks for them.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
fs.cpSync(path.join(root, 'src'), path.join(root, 'dist'), {
  recursive: true,
  filter: (source) => fs.statSync(source).isDirectory() || !source.endsWith('.ts'),
});
