// The `adherence` command as a few files instead of ~470: our compiled modules with the pure
// JavaScript packages every command loads (Kysely, zod, the CSV parser and writer) in one bundle,
// split at each command's lazy import. Node spent about half of a command's cold start finding
// and reading modules one by one (Kysely alone is 263 files). Every other package stays a plain
// import from node_modules: native addons (better-sqlite3), packages that read their own files at
// run time (pdfkit, the fonts, the atlases), and the server's, which only `serve` and `build` load.
// Run by `npm run build` after tsc, from dist/src to dist/cli.
import { build } from 'esbuild';

const bundled = new Set(['kysely', 'zod', 'csv-parse', 'csv-stringify']);
const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

await build({
  entryPoints: ['dist/src/main.js'],
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'only-the-listed-packages',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) => (bundled.has(packageOf(args.path)) ? undefined : { path: args.path, external: true }));
      },
    },
  ],
});
