import { describe, expect, it } from 'vitest';
import { anAction } from '../../../test/builders.js';
import { apmbc } from '../../treaties/apmbc.js';
import type { Withdrawal } from '../record.js';
import { withdrawalEffect } from './withdrawal.js';

const withdrawal = (date: string, extra: { effectiveDate?: string; effectSuspended?: boolean } = {}) =>
  anAction('EST', date, { kind: 'withdrawal', ...extra }) as Withdrawal;

describe('withdrawal (Art. 20(3))', () => {
  it('takes effect six months after the depositary receives it', () => {
    const result = withdrawalEffect(withdrawal('2025-06-27'), apmbc);
    expect(result.value).toEqual({ deposited: '2025-06-27', effective: '2025-12-27', suspended: false });
    expect(result.basis).toEqual([expect.objectContaining({ article: '20', paragraph: '3' })]);
  });

  it('has no effective date while suspended by an armed conflict', () => {
    const result = withdrawalEffect(withdrawal('2025-07-18', { effectSuspended: true }), apmbc);
    expect(result.value).toEqual({ deposited: '2025-07-18', effective: null, suspended: true });
    expect(result.basis).toHaveLength(2);
  });

  it('takes the date the record gives once the suspension ends, and says so', () => {
    const result = withdrawalEffect(withdrawal('2025-07-18', { effectSuspended: true, effectiveDate: '2027-03-01' }), apmbc);
    expect(result.value).toEqual({ deposited: '2025-07-18', effective: '2027-03-01', suspended: false });
    expect(result.basis).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'record' })]));
  });

  it('cites only the article when the recorded date is the plain six months', () => {
    const result = withdrawalEffect(withdrawal('2025-06-27', { effectiveDate: '2025-12-27' }), apmbc);
    expect(result.basis).toEqual([expect.objectContaining({ kind: 'article' })]);
  });

  it('cites the record next to the article when the recorded date is not the plain six months and nothing suspended it', () => {
    const result = withdrawalEffect(withdrawal('2025-06-27', { effectiveDate: '2025-12-28' }), apmbc);
    expect(result.value).toEqual({ deposited: '2025-06-27', effective: '2025-12-28', suspended: false });
    expect(result.basis).toEqual([apmbc.withdrawal.basis, expect.objectContaining({ kind: 'record', field: 'effectiveDate' })]);
  });

  it('cites the suspension too when an armed conflict explains the later date', () => {
    const result = withdrawalEffect(withdrawal('2025-07-18', { effectSuspended: true, effectiveDate: '2027-03-01' }), apmbc);
    expect(result.basis).toEqual([apmbc.withdrawal.basis, apmbc.withdrawal.suspensionBasis, expect.objectContaining({ kind: 'record', field: 'effectiveDate' })]);
  });
});
