// The `adherence` command as a few files instead of ~470: our compiled modules with the pure
// JavaScript packages every command loads (Kysely, zod, the CSV parser and writer) in one bundle,
// split at each command's lazy import. Node spent about half of a command's cold start finding
// and reading modules one by one (Kysely alone is 263 files). Every other package stays a plain
// import from node_modules: native addons (better-sqlite3), packages that read their own files at
// run time (pdfkit, the fonts, the atlases), and the server's, which only `serve` and `build` load.
// Run by `npm run build` after tsc, from dist/src to dist/cli.
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';

const bundled = new Set(['kysely', 'zod', 'csv-parse', 'csv-stringify']);
const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

// Files of an earlier build would lie beside the new ones, unused: start clean.
await rm('dist/cli', { recursive: true, force: true });
const { metafile } = await build({
  metafile: true,
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

// Only `serve` and `build` may load the server, the pages, the map and the timeline, and only
// `export` (lazily) the PDF and spreadsheet writers: a command that reached them through a static
// import would pay for them at every start. Fails the build, naming the chain of imports.
// And no command loads the store (Kysely, the SQLite and PostgreSQL drivers) before it opens one:
// `adherence check` reads the CSV files, and opens a store only when given --db.
const heavy = [
  /^(fastify|@fastify\/.*|d3-geo|topojson-client|world-atlas|pdfkit|exceljs|fontkit|kysely|better-sqlite3|pg)$/,
  /^dist\/src\/(serve|server\/|views\/(map|timeline)|views\/html\/.*-page\.js|store\/open-store\.js)/,
];
const light = ['status', 'states', 'state', 'check', 'changes', 'import', 'record', 'user', 'export-data', 'export'];
const problems = ['main', ...light].flatMap((command) => {
  const start = command === 'main' ? 'dist/src/main.js' : `dist/src/cli/${command}-command.js`;
  const from = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift();
    for (const edge of metafile.inputs[file]?.imports ?? []) {
      if (edge.kind !== 'import-statement' || from.has(edge.path)) continue;
      from.set(edge.path, file);
      queue.push(edge.path);
    }
  }
  return [...from.keys()]
    .filter((file) => heavy.some((pattern) => pattern.test(file)))
    .map((file) => {
      const chain = [];
      for (let at = file; at !== null; at = from.get(at)) chain.unshift(at);
      return `${command === 'main' ? 'every command' : `adherence ${command}`} loads ${file} at start: ${chain.join(' -> ')}`;
    });
});
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
