// The editors' part of the store contract: editors, sessions, proposals with optimistic locking,
// approval and revert writing the record and its versions, and the audit log, on each dialect.
import { describe, expect, test } from 'vitest';
import type { TestDatabases } from '../../test/postgres-server.js';
import { fixtureRecord } from '../../test/record-fixture.js';
import { storeHarness, unwrap } from '../../test/store-harness.js';
import type { FactChange } from '../app/ports.js';

const at = '2026-12-03T10:00:00.000Z';
const hostile = `<script>alert(1)</script> '; DROP TABLE actions; -- "quoted" \\ ％ 𝔘`;

export function editorStoreContract(dialect: string, databases: TestDatabases): void {
  describe(`the editors' store on ${dialect}`, () => {
    const { open } = storeHarness(databases);

    async function withRecord() {
      const store = await open();
      const record = fixtureRecord(['apmbc']);
      unwrap(await store.replace({ data: record, audit: { action: 'import', detail: {} } }));
      const iso3 = record.reference.states[0]?.iso3 ?? 'AAA';
      const editor = unwrap(await store.addEditor({ email: 'ed@example.org', role: 'editor', passwordHash: 'h1' }, null, at));
      const reviewer = unwrap(await store.addEditor({ email: 'rev@example.org', role: 'reviewer', passwordHash: 'h2' }, 'admin@example.org', at));
      const change: FactChange = { treaty: 'apmbc', iso3, fact: 'action', before: null, after: { iso3, kind: 'declaration', date: '2020-01-02', effectiveDate: '', effectSuspended: '', cn: 'C.N.1.2020.TREATIES-XXVI.5', source: 'https://treaties.un.org/x', note: hostile } };
      return { store, iso3, editor, reviewer, change };
    }

    test('keeps editors with unique emails; disabling one ends its sessions; each step is audited', async () => {
      const { store, editor } = await withRecord();
      expect((await store.addEditor({ email: 'ed@example.org', role: 'admin', passwordHash: 'x' }, null, at)).ok).toBe(false);
      await store.openSession({ id: 's1', editorId: editor.id, csrf: 'c1' }, { actor: editor.email, action: 'sign-in', treaty: null, subject: editor.email }, at);
      expect((await store.session('s1'))?.editor.email).toBe('ed@example.org');
      const disabled = unwrap(await store.updateEditor('ed@example.org', { disabled: true }, 'admin@example.org', at));
      expect(disabled.disabledAt).toBe(at);
      expect(await store.session('s1')).toBeNull();
      expect((await store.credentials('ed@example.org'))?.passwordHash).toBe('h1');
      const log = await store.auditLog({ limit: 10, subject: 'ed@example.org' });
      expect(log.map((e) => e.action)).toEqual(['user-disable', 'sign-in', 'user-add']);
      expect(log[0]).toMatchObject({ actor: 'admin@example.org', before: { disabled: false }, after: { disabled: true } });
    });

    test('counts failed sign-ins per account and per address within a window', async () => {
      const { store } = await withRecord();
      for (const address of ['10.0.0.1', '10.0.0.2']) await store.appendAudit({ actor: null, action: 'sign-in-failed', treaty: null, subject: 'ed@example.org', address }, at);
      expect(await store.failedSignIns('ed@example.org', '10.0.0.1', '2026-12-03T09:50:00.000Z')).toEqual({ account: 2, address: 1 });
      expect(await store.failedSignIns('ed@example.org', '10.0.0.1', '2026-12-03T10:00:00.001Z')).toEqual({ account: 0, address: 0 });
      await store.appendAudit({ actor: null, action: 'sign-in-failed', treaty: null, subject: 'e_d%x@example.org' }, at);
      expect((await store.auditLog({ limit: 10, subject: 'e_d%' })).map((e) => e.subject)).toEqual(['e_d%x@example.org']);
      expect(await store.auditLog({ limit: 10, subject: 'e_' })).toHaveLength(1);
      expect(await store.auditLog({ limit: 10, subject: 'eXd' })).toHaveLength(0);
    });

    test('a proposal leaves the record alone; its approval writes the fact verbatim and counts new versions', async () => {
      const { store, iso3, editor, reviewer, change } = await withRecord();
      const version = await store.version();
      const proposal = unwrap(await store.propose(change, 0, editor, at));
      expect(proposal).toMatchObject({ status: 'proposed', proposedBy: 'ed@example.org', after: change.after });
      expect(await store.version()).toBe(version);
      const approved = unwrap(await store.approve(proposal.id, reviewer, false, at));
      expect(approved).toMatchObject({ status: 'approved', reviewedBy: 'rev@example.org' });
      expect(await store.version()).toBe(version + 1);
      expect(await store.stateVersion('apmbc', iso3)).toEqual({ version: 1, changedAt: at });
      const record = unwrap(await store.readRecord());
      expect(record.treaties[0]?.actions.at(-1)).toMatchObject({ iso3, kind: 'declaration', note: hostile });
      expect((await store.lastChanged('apmbc')).get(iso3)).toBe(at);
      const [entry] = await store.auditLog({ limit: 1 });
      expect(entry).toMatchObject({ actor: 'rev@example.org', action: 'approve', subject: `apmbc:${iso3}`, before: null, after: change.after, source: 'https://treaties.un.org/x' });
    });

    test('optimistic locking: a change against an old version of the State is refused, nothing written', async () => {
      const { store, editor, reviewer, change } = await withRecord();
      const first = unwrap(await store.propose(change, 0, editor, at));
      const second = unwrap(await store.propose({ ...change, after: { ...change.after, date: '2020-01-03' } }, 0, editor, at));
      unwrap(await store.approve(first.id, reviewer, false, at));
      const version = await store.version();
      const stale = await store.approve(second.id, reviewer, false, at);
      expect(stale.ok ? null : stale.error).toMatchObject({ code: 'conflict', field: 'version' });
      expect((await store.propose(change, 0, editor, at)).ok).toBe(false);
      expect(await store.version()).toBe(version);
      expect((await store.proposal(second.id))?.status).toBe('proposed');
    });

    test('reverting an approved change restores the record and is audited', async () => {
      const { store, editor, reviewer, change } = await withRecord();
      const before = unwrap(await store.readRecord()).treaties[0]?.actions;
      const proposal = unwrap(await store.propose(change, 0, editor, at));
      unwrap(await store.approve(proposal.id, reviewer, false, at));
      unwrap(await store.revert(proposal.id, reviewer, at));
      expect(unwrap(await store.readRecord()).treaties[0]?.actions).toEqual(before);
      expect((await store.proposal(proposal.id))?.status).toBe('reverted');
      expect((await store.auditLog({ limit: 5, action: 'revert' }))[0]).toMatchObject({ before: change.after, after: null });
      expect((await store.revert(proposal.id, reviewer, at)).ok).toBe(false);
    });
  });
}
