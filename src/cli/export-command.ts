// `adherence export LIST --format F`: one of the published lists as a file, the same bytes the
// site serves under /{treaty}/lists/.
import { rename, writeFile } from 'node:fs/promises';
import { languages } from '../views/i18n/locale.js';
import { listFile, listFormats, papers, type ListRequest } from '../views/lists/list-file.js';
import { countingBases } from '../domain/counting-basis.js';
import { exportObligations, obligationFormats } from './export-obligations.js';
import { exitCodes, UsageError, type CliDeps, type Io } from './io.js';
import { loadForCommand } from './load.js';
import { asOfOption, basisOption, commonOptions, dbOptionHelp, oneOf, parse, treatyOption } from './options.js';

/** The command's short names for the lists, and the lists they name. */
const lists: Readonly<Record<string, ListRequest['list']>> = { parties: 'states-parties', 'non-parties': 'states-not-party', states: 'states' };

export const exportHelp = `Usage: adherence export parties|non-parties|states|obligations --format pdf|csv|xlsx|json [--as-of YYYY-MM-DD]
         [--basis B] [--lang en|fr|es] [--paper a4|letter] [--out FILE] [--treaty apmbc] [--db D]

Writes one list as the site publishes it (the same bytes as /{treaty}/lists/...):
  parties      the States Parties, with their dates of formal acceptance and entry into force;
               States that withdrew or are withdrawing set apart
  non-parties  the States not party: signatories, States that never joined, States that withdrew
  states       every State the basis counts, with its status
  obligations  every State Party (and State withdrawn) with each obligation's deadline, basis,
               status and sources (csv or json only: the same as /{treaty}/obligations.csv and
               /api/v1/{treaty}/obligations)

  --format F  ${listFormats.join(', ')} (CSV and XLSX cells that a spreadsheet would run as a
              formula are prefixed with an apostrophe)
  --as-of D   the date (default: today)
  --basis B   which States are counted: ${countingBases.join(', ')}
              (default un-members-and-parties)
  --lang L    the language of names and, in a PDF, of every word: ${languages.join(', ')} (default en)
  --paper P   a PDF's paper size: ${papers.join(', ')} (default a4)
  --out FILE  write the file there (default: standard output)
${dbOptionHelp}
`;

const options = {
  ...commonOptions,
  format: { type: 'string' },
  basis: { type: 'string' },
  lang: { type: 'string' },
  paper: { type: 'string' },
  out: { type: 'string' },
} as const;

export async function exportCommand(args: readonly string[], deps: CliDeps, io: Io): Promise<number> {
  const { values, positionals } = parse(args, options, true);
  if (values.help) {
    io.out(exportHelp);
    return exitCodes.ok;
  }
  const [name, ...extra] = positionals;
  if (name === undefined) throw new UsageError(`LIST: name a list: ${[...Object.keys(lists), 'obligations'].join(', ')}`);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"; export writes one list`);
  if (name === 'obligations') {
    if (values.format === undefined) throw new UsageError(`--format: required; use one of ${obligationFormats.join(', ')}`);
    const inapplicable = (['basis', 'lang', 'paper'] as const).filter((option) => values[option] !== undefined);
    return exportObligations({ format: values.format, treaty: values.treaty, asOf: values['as-of'], db: values.db, out: values.out, inapplicable }, deps, io);
  }
  const list = lists[name];
  if (list === undefined) throw new UsageError(`LIST: unknown list "${name}"; use one of ${[...Object.keys(lists), 'obligations'].join(', ')}`);
  if (values.format === undefined) throw new UsageError(`--format: required; use one of ${listFormats.join(', ')}`);
  const format = oneOf('format', 'format', values.format, listFormats);
  const lang = oneOf('lang', 'language', values.lang ?? 'en', languages);
  const paper = oneOf('paper', 'paper size', values.paper ?? 'a4', papers);
  if (values.paper !== undefined && format !== 'pdf') throw new UsageError(`--paper: only a PDF has a paper size, not ${format}`);
  const rules = treatyOption(values.treaty);
  const asOf = asOfOption(values['as-of'], rules, deps.today);
  const basis = basisOption(values.basis);
  const loaded = await loadForCommand(deps, io, rules, values.db);
  if (loaded === null) return exitCodes.failure;
  const file = await listFile(loaded.site, loaded.treaty, { list, format, asOf, basis, lang, paper });
  if (values.out === undefined) {
    io.out(file.body);
  } else {
    // Written beside the target and renamed, so a failed export leaves no half-written file.
    const partial = `${values.out}.partial`;
    await writeFile(partial, file.body);
    await rename(partial, values.out);
    io.err(`adherence export: wrote ${file.body.length} bytes to ${values.out}\n`);
  }
  return exitCodes.ok;
}
