// `adherence record KIND --state ISO3 --date D --source URL`: one new instrument, through the same
// use case as the editor's form and the API: judged by the record checks, then a proposal for a
// reviewer, or approved at once with --approve by an admin (audited as such).
import { changeInput, changeKinds } from '../app/editors/change-input.js';
import { proposeChange } from '../app/editors/edit-record.js';
import { exitCodes, UsageError, type CliDeps, type Io } from './io.js';
import { dbOptionHelp, parse, treatyOption } from './options.js';

export const recordHelp = `Usage: adherence record KIND --state ISO3 --date D --source URL [--cn C.N....] --by EMAIL [--approve]

Records one depositary action (or the end of a withdrawal's suspension) as an editor would at
/editor: it is checked as "adherence check" checks the record (on the record as it would be), then
kept as a proposal for a reviewer; with --approve, an admin approves it at once, and the audit log
marks the emergency. A refusal names the field and the rule (exit 2); nothing is written.

KIND: ${changeKinds.filter((k) => k !== 'indicator').join(', ')}

Options:
  --state ISO3        the State
  --date D            the date the instrument was deposited (withdrawal-resolved: the date it took effect)
  --source URL        one or more URLs separated by " ; " (default: the C.N.'s PDF when --cn is given)
  --cn C.N.           the depositary notification, e.g. C.N.347.2024.TREATIES-XXVI.6
  --effective D       a succession's (or a withdrawal's) date of effect
  --suspended         a withdrawal whose effect is suspended by armed conflict (where the treaty provides it)
  --note TEXT         a note
  --by EMAIL          the editor recording it (an active editor in the store)
  --approve           approve it at once (an admin only)
  --treaty T          apmbc (default) or ccm
${dbOptionHelp}
`;

const options = {
  help: { type: 'boolean', short: 'h' },
  state: { type: 'string' },
  date: { type: 'string' },
  source: { type: 'string' },
  cn: { type: 'string' },
  effective: { type: 'string' },
  suspended: { type: 'boolean' },
  note: { type: 'string' },
  by: { type: 'string' },
  approve: { type: 'boolean' },
  treaty: { type: 'string' },
  db: { type: 'string' },
} as const;

export async function recordCommand(args: readonly string[], deps: CliDeps, io: Io): Promise<number> {
  const { values, positionals } = parse(args, options, true);
  if (values.help) {
    io.out(recordHelp);
    return exitCodes.ok;
  }
  const [kind, ...rest] = positionals;
  if (kind === undefined || rest.length > 0) throw new UsageError('KIND: give exactly one kind, e.g. "adherence record accession --state TON ..."');
  if (values.state === undefined) throw new UsageError('--state: give the State\'s ISO3 code');
  if (values.by === undefined) throw new UsageError('--by: give the email of the editor recording it');
  const treaty = treatyOption(values.treaty).id;
  const input = changeInput.safeParse({
    treaty,
    iso3: values.state,
    kind,
    date: values.date ?? '',
    effectiveDate: values.effective ?? '',
    suspended: values.suspended === true,
    cn: values.cn ?? '',
    source: values.source ?? '',
    note: values.note ?? '',
  });
  if (!input.success) throw new UsageError(input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const store = await deps.openStore(values.db);
  const found = await store.credentials(values.by.toLowerCase());
  if (found === null || found.editor.disabledAt !== null) throw new UsageError(`--by: ${values.by} is not an active editor (see "adherence user list")`);
  const result = await proposeChange({ store, rulesOf: (id) => deps.treaties.get(id), today: deps.today, now: deps.now() }, input.data, found.editor, { approve: values.approve === true });
  if (!result.ok) {
    io.err(`adherence record: ${result.error.message}\n`);
    return result.error.code === 'conflict' ? exitCodes.failure : exitCodes.usage;
  }
  const p = result.value;
  io.out(`change ${p.id}: ${p.iso3} ${p.after?.['kind'] ?? ''} ${p.after?.['date'] ?? ''} ${p.status === 'approved' ? 'approved and written to the record' : 'proposed; a reviewer approves it at /editor'}\n`);
  return exitCodes.ok;
}
