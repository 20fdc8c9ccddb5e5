// `adherence user add|list|role|disable|enable`: the people who may edit the record. A password
// is asked for on the terminal (not echoed) or read from standard input (a pipe), never an argument.
import { addEditor, isRole } from '../app/editors/manage-editors.js';
import { roles } from '../app/ports.js';
import { exitCodes, UsageError, type CliDeps, type Io } from './io.js';
import { dbOptionHelp, parse } from './options.js';

export const userHelp = `Usage: adherence user add EMAIL --role ROLE [--db D]
       adherence user list [--json] [--db D]
       adherence user role EMAIL --role ROLE [--db D]
       adherence user disable EMAIL [--db D]
       adherence user enable EMAIL [--db D]

The people who may edit the record, and what they may do (ROLE):
  editor    proposes changes (the editor's form at /editor, POST /api/v1/actions, adherence record)
  reviewer  also approves and reverts other people's changes
  admin     also approves their own change in an emergency (the audit log marks it)
"add" asks for the password on the terminal, or reads it from standard input when it is a pipe
(at least 12 characters). Disabling an editor ends their sessions; their audit entries stay.
Every change is written to the audit log.

Options:
  --role ROLE   ${roles.join(', ')}
  --json        list as JSON
${dbOptionHelp}
`;

const options = { help: { type: 'boolean', short: 'h' }, role: { type: 'string' }, json: { type: 'boolean' }, db: { type: 'string' } } as const;

/** Who the audit log names for a change made at the command line. */
const actor = 'command line';

function roleOption(value: string | undefined) {
  if (value === undefined || !isRole(value)) throw new UsageError(`--role: give one of ${roles.join(', ')}`);
  return value;
}

async function readPassword(io: Io): Promise<string> {
  if (io.askSecret !== undefined) {
    const first = await io.askSecret('Password: ');
    if ((await io.askSecret('Again: ')) !== first) throw new UsageError('password: the two entries differ');
    return first;
  }
  if (io.readInput !== undefined) return (await io.readInput()).replace(/\r?\n$/, '');
  throw new UsageError('password: give it on the terminal or on standard input');
}

export async function userCommand(args: readonly string[], deps: CliDeps, io: Io): Promise<number> {
  const { values, positionals } = parse(args, options, true);
  if (values.help) {
    io.out(userHelp);
    return exitCodes.ok;
  }
  const [verb, email, ...rest] = positionals;
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
  if (verb === 'list') {
    const editors = await (await deps.openStore(values.db)).editors();
    if (values.json) io.out(`${JSON.stringify({ editors }, null, 2)}\n`);
    else for (const e of editors) io.out(`${e.email}\t${e.role}\t${e.disabledAt === null ? 'active' : `disabled ${e.disabledAt}`}\n`);
    return exitCodes.ok;
  }
  if (verb === undefined || !['add', 'role', 'disable', 'enable'].includes(verb)) throw new UsageError('give add, list, role, disable or enable');
  if (email === undefined) throw new UsageError(`EMAIL: "adherence user ${verb}" needs the editor's email`);
  const store = await deps.openStore(values.db);
  const now = deps.now();
  const result =
    verb === 'add'
      ? await addEditor(store, { email, role: roleOption(values.role), password: await readPassword(io) }, actor, now)
      : await store.updateEditor(email.toLowerCase(), verb === 'role' ? { role: roleOption(values.role) } : { disabled: verb === 'disable' }, actor, now.toISOString());
  if (!result.ok) {
    io.err(`adherence user ${verb}: ${result.error.message}\n`);
    return result.error.code === 'invalid-input' || result.error.code === 'not-found' ? exitCodes.usage : exitCodes.failure;
  }
  const e = result.value;
  io.out(`${e.email}: ${e.role}, ${e.disabledAt === null ? 'active' : 'disabled'}\n`);
  return exitCodes.ok;
}
