// What an editor submits (the form, the API, `adherence record`), and the change to one State's
// facts it makes. The row rules and the record checks judge the result (validate-change.ts);
// here only the shape is checked, and a source is derived from a C.N. number when none is given.
import { z } from 'zod';
import { asIso3 } from '../../domain/iso3.js';
import { actionKinds, type Withdrawal } from '../../domain/record.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { actionToRow } from '../fact-rows.js';
import { treatyRecord, type FactChange, type FullRecord } from '../ports.js';

/** Besides the action kinds: the end of a withdrawal's suspension (armed conflict), with the date it took effect. */
export const changeKinds = [...actionKinds, 'withdrawal-resolved', 'indicator'] as const;
export type ChangeKind = (typeof changeKinds)[number];

const text = z.string().max(4000).default('');

export const changeInput = z.object({
  treaty: z.string().min(1),
  // Upper-cased only when three ASCII letters; anything else stays as typed, for the row rules to refuse.
  iso3: z.string().max(3).transform((s) => asIso3(s) ?? s),
  kind: z.enum(changeKinds, { error: `must be one of ${changeKinds.join(', ')}` }),
  /** The date deposited; for withdrawal-resolved, the date the withdrawal took effect. */
  date: text,
  effectiveDate: text,
  suspended: z.boolean().default(false),
  cn: text,
  source: text,
  note: text,
  /** For an indicator: the kind of fact (e.g. "stockpile-estimate"), and its columns. */
  indicator: text,
  value: text,
  from: text,
  until: text,
  reported: text,
  confidence: z.enum(['confirmed', 'uncertain']).default('confirmed'),
  /** The State's version the editor saw; a change against an older one is refused with 409. */
  baseVersion: z.number().int().min(0).optional(),
});
export type ChangeInput = z.output<typeof changeInput>;

/** The depositary's PDF of a notification, e.g. C.N.347.2024.TREATIES-XXVI.6 -> .../CN/2024/CN.347.2024-Eng.pdf */
export function notificationUrl(cn: string): string | null {
  const match = /^C\.N\.(\d+)\.(\d{4})\.TREATIES/.exec(cn.trim());
  return match === null ? null : `https://treaties.un.org/doc/Publication/CN/${match[2]}/CN.${match[1]}.${match[2]}-Eng.pdf`;
}

const sourceOf = (input: ChangeInput): string => input.source.trim() || (notificationUrl(input.cn) ?? '');

/** The change the input asks for, against `record` (a resolution needs the suspended withdrawal it ends). */
export function changeFrom(record: FullRecord, input: ChangeInput): Result<FactChange> {
  const { treaty, iso3 } = input;
  if (input.kind === 'indicator') {
    const after = { iso3, indicator: input.indicator, value: input.value, from: input.from, until: input.until, reported: input.reported, confidence: input.confidence, source: sourceOf(input), note: input.note };
    return ok({ treaty, iso3, fact: 'indicator', before: null, after });
  }
  if (input.kind === 'withdrawal-resolved') {
    const suspended = treatyRecord(record, treaty).actions.find((a): a is Withdrawal => a.iso3 === iso3 && a.kind === 'withdrawal' && a.effectSuspended && a.effectiveDate === null);
    if (suspended === undefined) return fail('invalid-record', `kind: ${iso3} has no withdrawal whose effect is suspended [withdrawal-suspended]`, 'kind');
    const before = actionToRow(suspended);
    const added = sourceOf(input);
    const source = added === '' || before['source']?.split(' ; ').includes(added) ? suspended.source : `${suspended.source} ; ${added}`;
    // Still marked suspended: the date it took effect is later than the treaty's period because of the suspension (Art. 20(3)).
    return ok({ treaty, iso3, fact: 'action', before, after: { ...before, effectiveDate: input.date, effectSuspended: 'yes', source, note: input.note || suspended.note } });
  }
  const after = { iso3, kind: input.kind, date: input.date, effectiveDate: input.effectiveDate, effectSuspended: input.suspended ? 'yes' : '', cn: input.cn.trim(), source: sourceOf(input), note: input.note };
  return ok({ treaty, iso3, fact: 'action', before: null, after });
}
