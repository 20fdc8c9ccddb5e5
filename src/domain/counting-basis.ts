// Which States a count counts. Sources differ (in 2015 the ISU counted 162 + 34 = 196 while
// ICBL counted 35 not party): every count names its basis, and the basis is selectable.
import type { CalendarDate } from './calendar-date.js';
import type { State } from './record.js';
import type { Status } from './status.js';

export const countingBases = ['all-states', 'un-members', 'un-members-and-parties'] as const;
export type CountingBasis = (typeof countingBases)[number];

/** The basis of the Convention's own page (UN Member States plus any other State that joined). */
export const defaultCountingBasis: CountingBasis = 'un-members-and-parties';

export const countingBasisDescriptions: Record<CountingBasis, string> = {
  'all-states':
    'every State in the record that exists on the date: UN Member States, the Holy See, the State of Palestine (from 29 November 2012), the Cook Islands and Niue',
  'un-members': 'UN Member States on the date only',
  'un-members-and-parties':
    'UN Member States on the date, plus any other State that has formally accepted the treaty (the basis of the Convention\'s own status page: in 2015, 162 + 34 = 196)',
};

const formallyAcceptedStatuses: ReadonlySet<Status> = new Set(['pending-entry-into-force', 'party', 'withdrawal-pending']);

export const isFormallyAccepted = (status: Status): boolean => formallyAcceptedStatuses.has(status);

const isUnMemberOn = (state: State, date: CalendarDate) => state.unMemberFrom !== null && state.unMemberFrom <= date;

/** Whether a State that exists on the date, with this status, is counted under the basis. */
export function isCounted(basis: CountingBasis, state: State, status: Status, date: CalendarDate): boolean {
  switch (basis) {
    case 'all-states':
      return true;
    case 'un-members':
      return isUnMemberOn(state, date);
    case 'un-members-and-parties':
      return isUnMemberOn(state, date) || isFormallyAccepted(status);
  }
}
