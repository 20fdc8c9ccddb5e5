// When a withdrawal takes effect (APMBC Art. 20(3)): six months after the depositary receives
// it, unless the State is then engaged in an armed conflict, in which case not before it ends.
import type { Basis, Explained } from '../basis.js';
import { addMonths, type CalendarDate } from '../calendar-date.js';
import type { Withdrawal } from '../record.js';
import type { TreatyRules } from '../treaty.js';

export interface WithdrawalEffect {
  readonly deposited: CalendarDate;
  /** Null while the effect is suspended and the record gives no date. */
  readonly effective: CalendarDate | null;
  readonly suspended: boolean;
}

const recordedDate: Basis = {
  kind: 'record',
  field: 'effectiveDate',
  note: 'the effective date as the record states it',
};

export function withdrawalEffect(withdrawal: Withdrawal, rules: TreatyRules): Explained<WithdrawalEffect> {
  const { basis, suspensionBasis, monthsAfterReceipt, suspendedByArmedConflict } = rules.withdrawal;
  const deposited = withdrawal.date;
  const afterPeriod = addMonths(deposited, monthsAfterReceipt);
  const suspended = withdrawal.effectSuspended && suspendedByArmedConflict;
  if (withdrawal.effectiveDate !== null) {
    // A recorded date that differs from the plain six months needs the record (and, where the
    // effect was suspended, the suspension) to explain it.
    const why = withdrawal.effectiveDate === afterPeriod ? [basis] : suspended ? [basis, suspensionBasis, recordedDate] : [basis, recordedDate];
    return { value: { deposited, effective: withdrawal.effectiveDate, suspended: false }, basis: why };
  }
  if (suspended) return { value: { deposited, effective: null, suspended: true }, basis: [basis, suspensionBasis] };
  return { value: { deposited, effective: afterPeriod, suspended: false }, basis: [basis] };
}
