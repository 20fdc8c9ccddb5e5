// `adherence user` and `adherence record` on one SQLite file seeded from the shipped record:
// editors added with a password from standard input, an action proposed, one approved at once by
// an admin, and refusals that name the field and the rule and write nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cli } from '../../test/cli-harness.js';

const dir = mkdtempSync(join(tmpdir(), 'adherence-cli-editors-'));
const db = ['--db', join(dir, 'adherence.sqlite')];
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const password = 'a long enough password\n';
const un = 'https://treaties.un.org/doc/Publication/CN/2026/CN.1.2026-Eng.pdf';

describe('adherence user and adherence record', () => {
  test('adds editors with a password from standard input, lists them, changes a role, disables one', async () => {
    expect(await cli(['user', 'add', 'Ed@Example.org', '--role', 'editor', ...db], { input: password })).toMatchObject({ code: 0, out: 'ed@example.org: editor, active\n' });
    expect(await cli(['user', 'add', 'admin@example.org', '--role', 'admin', ...db], { input: password })).toMatchObject({ code: 0 });
    expect((await cli(['user', 'add', 'ed@example.org', '--role', 'admin', ...db], { input: password })).err).toMatch(/already an editor/);
    expect(await cli(['user', 'add', 'weak@example.org', '--role', 'editor', ...db], { input: 'short\n' })).toMatchObject({ code: 2, err: expect.stringMatching(/password: must be at least 12/) });
    expect(await cli(['user', 'add', 'x@example.org', '--role', 'owner', ...db], { input: password })).toMatchObject({ code: 2, err: expect.stringMatching(/--role/) });
    expect(await cli(['user', 'add', 'temp@example.org', '--role', 'editor', ...db], { input: password })).toMatchObject({ code: 0 });
    expect(await cli(['user', 'role', 'temp@example.org', '--role', 'reviewer', ...db])).toMatchObject({ code: 0, out: 'temp@example.org: reviewer, active\n' });
    expect(await cli(['user', 'disable', 'temp@example.org', ...db])).toMatchObject({ code: 0, out: 'temp@example.org: reviewer, disabled\n' });
    const listed = JSON.parse((await cli(['user', 'list', '--json', ...db])).out) as { editors: { email: string; role: string }[] };
    expect(listed.editors.map((e) => [e.email, e.role])).toEqual([['admin@example.org', 'admin'], ['ed@example.org', 'editor'], ['temp@example.org', 'reviewer']]);
    expect((await cli(['user', 'list', ...db])).out).not.toMatch(/scrypt|password/);
  });

  test('records a proposal; an admin records and approves at once; refusals name the rule and write nothing', async () => {
    expect(await cli(['record', 'declaration', '--state', 'AUS', '--date', '2020-05-05', '--cn', 'C.N.1.2020.TREATIES-XXVI.5', '--by', 'ed@example.org', ...db])).toMatchObject({ code: 0, out: expect.stringMatching(/proposed/) });
    expect(await cli(['record', 'accession', '--state', 'USA', '--date', '2026-11-02', '--source', un, '--by', 'ed@example.org', '--approve', ...db])).toMatchObject({ code: 2, err: expect.stringMatching(/only an admin/) });
    expect(await cli(['record', 'ratification', '--state', 'AUS', '--date', '2001-01-01', '--source', un, '--by', 'admin@example.org', '--approve', ...db])).toMatchObject({ code: 2, err: expect.stringMatching(/\[one-consent\]/) });
    expect(await cli(['record', 'accession', '--state', 'USA', '--date', '2026-11-02', '--by', 'admin@example.org', ...db])).toMatchObject({ code: 2, err: expect.stringMatching(/source: .*\[format\]/) });
    expect((await cli(['state', 'USA', '--json', ...db])).out).not.toMatch(/accession/);
    expect(await cli(['record', 'accession', '--state', 'USA', '--date', '2026-11-02', '--source', un, '--by', 'admin@example.org', '--approve', ...db])).toMatchObject({ code: 0, out: expect.stringMatching(/approved/) });
    expect((await cli(['state', 'USA', '--json', ...db])).out).toMatch(/"accession"/);
    expect(await cli(['record', 'declaration', '--state', 'AUS', '--date', '2020-05-05', '--source', un, '--by', 'temp@example.org', ...db])).toMatchObject({ code: 2, err: expect.stringMatching(/not an active editor/) });
  });
});
