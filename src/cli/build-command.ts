// `adherence build --out DIR`: the whole public site for a date as static files, for any web
// server or CDN (src/server/static-paths.ts says where each address goes).
import { readdir, stat } from 'node:fs/promises';
import type { TreatyRules } from '../domain/treaty.js';
import { isOrigin } from '../config.js';
import { exitCodes, UsageError, type CliDeps, type Io } from './io.js';
import { asOfOption, dbOptionHelp, parse } from './options.js';
import { progressBar } from './progress-bar.js';

export const buildHelp = `Usage: adherence build --out DIR [--public-url URL] [--as-of YYYY-MM-DD] [--treaty T ...] [--force] [--db D]

Writes the public site as it stands on a date (default today) as static files that any web
server or CDN can serve: the front page, each treaty's status page, States table and every
State's profile in English, French and Spanish, each State across treaties, the downloads the
pages link to, the JSON API's answers for the date and its OpenAPI document. Every file is what
"adherence serve" answers on that date, found by following every link from the entry points;
a link that does not answer fails the build. Addresses with a query become files (a table
sorted or filtered: en/apmbc/states/status=joined.html); pages become directories
(en/apmbc/index.html); API answers get .json (api/v1/apmbc/status.json); the links are
rewritten to match. The date form gives way to a sentence saying which date the copy shows.
The unprefixed front page is in English, as the server answers without Accept-Language;
404.html is the page for a path the site does not have.

The site is written beside DIR and replaces it only when whole: a failed build leaves DIR as it
was. A progress bar shows on a terminal.

Options:
  --out DIR    where the site goes: a new or empty directory, or any with --force
  --as-of D    the date the site shows (default today)
  --treaty T   publish treaty T only; repeat for several (default: every treaty; a treaty
               not yet open for signature on the date is left out)
  --public-url URL  the origin the copy will be published at (default ADHERENCE_PUBLIC_URL;
               one of them is required): the Atom feeds' links are absolute
  --force      replace DIR even if it holds files
${dbOptionHelp}
`;

const options = {
  help: { type: 'boolean', short: 'h' },
  out: { type: 'string' },
  'as-of': { type: 'string' },
  treaty: { type: 'string', multiple: true },
  force: { type: 'boolean' },
  'public-url': { type: 'string' },
  db: { type: 'string' },
} as const;

async function checkOut(out: string, force: boolean): Promise<void> {
  const found = await stat(out).catch(() => null);
  if (found === null) return;
  if (!found.isDirectory()) throw new UsageError(`--out: ${out} is a file, not a directory`);
  if (!force && (await readdir(out)).length > 0) throw new UsageError(`--out: ${out} is not empty; give --force to replace what it holds`);
}

export async function buildCommand(args: readonly string[], deps: CliDeps, io: Io): Promise<number> {
  const { values } = parse(args, options);
  if (values.help) {
    io.out(buildHelp);
    return exitCodes.ok;
  }
  if (values.out === undefined || values.out === '') throw new UsageError('--out: give the directory to write the site to, e.g. "adherence build --out ./site"');
  const chosen: TreatyRules[] = (values.treaty ?? [...deps.treaties.keys()]).map((id) => {
    const rules = deps.treaties.get(id);
    if (rules === undefined) throw new UsageError(`--treaty: unknown treaty "${id}"; known: ${[...deps.treaties.keys()].join(', ')}`);
    return rules;
  });
  // The date may be as early as the first of them opened for signature; the others wait for theirs.
  const earliest = [...chosen].sort((a, b) => (a.signature.opens < b.signature.opens ? -1 : 1))[0];
  if (earliest === undefined) throw new UsageError('--treaty: give at least one treaty');
  const asOf = asOfOption(values['as-of'], earliest, deps.today);
  const treaties = chosen.filter((t) => t.signature.opens <= asOf);
  const publicUrl = (values['public-url'] ?? deps.publicUrl)?.replace(/\/$/, '');
  if (publicUrl === undefined) {
    throw new UsageError('--public-url: give the address the copy will be published at (e.g. https://adherence.example.org), or set ADHERENCE_PUBLIC_URL: the Atom feeds\' links must be absolute');
  }
  if (!isOrigin(publicUrl)) throw new UsageError(`--public-url: "${publicUrl}" must be an http(s) origin such as https://adherence.example.org, with no path`);
  await checkOut(values.out, values.force === true);
  const progress = progressBar(io, 'adherence build');
  const built = await deps.build({ out: values.out, asOf, treaties, db: values.db, publicUrl, progress: progress.update }).finally(() => progress.end());
  if (built.broken.length > 0) {
    for (const link of built.broken) io.err(`adherence build: ${link} does not answer\n`);
    io.err(`adherence build: ${built.broken.length} broken link(s); nothing was written to ${values.out}\n`);
    return exitCodes.failure;
  }
  for (const t of chosen.filter((c) => !treaties.includes(c))) io.out(`adherence build: ${t.id} left out: it opened for signature on ${t.signature.opens}\n`);
  const megabytes = (built.bytes / 1_000_000).toFixed(1);
  io.out(`adherence build: wrote ${built.files} files (${megabytes} MB), the site as of ${asOf}, to ${values.out}\n`);
  return exitCodes.ok;
}
