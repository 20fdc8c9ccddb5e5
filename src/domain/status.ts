// The status of a State on a date, and what the record said about it as it stood on that date.
import type { CalendarDate } from './calendar-date.js';
import type { Episode, StateHistory, TreatyHistory } from './history.js';

export const statuses = [
  'non-party',
  'signatory',
  'pending-entry-into-force',
  'party',
  'withdrawal-pending',
  'withdrawn',
] as const;
export type Status = (typeof statuses)[number];

export function existsOn(history: StateHistory, date: CalendarDate): boolean {
  return history.state.existsFrom === null || history.state.existsFrom <= date;
}

/** The episode of consent in effect on the date: the last consent deposited on or before it. */
export function episodeOn(history: StateHistory, date: CalendarDate): Episode | null {
  let current: Episode | null = null;
  for (const episode of history.episodes) if (episode.consent.date <= date) current = episode;
  return current;
}

/** Status on the date, or null when the State does not exist yet on it. */
export function statusOn(history: StateHistory, date: CalendarDate): Status | null {
  if (!existsOn(history, date)) return null;
  const episode = episodeOn(history, date);
  if (episode !== null) {
    const withdrawal = episode.withdrawal !== null && episode.withdrawal.action.date <= date ? episode.withdrawal : null;
    const effective = withdrawal?.effect.value.effective ?? null;
    if (effective !== null && effective <= date) return 'withdrawn';
    const inForce = episode.entryIntoForce.value;
    if (inForce === null || inForce > date) return 'pending-entry-into-force';
    return withdrawal === null ? 'party' : 'withdrawal-pending';
  }
  if (history.signature !== null && history.signature.date <= date) return 'signatory';
  return 'non-party';
}

/** Whether the treaty's general entry into force was known on the date (threshold reached). */
export function generalDateKnownOn(treaty: TreatyHistory, date: CalendarDate): boolean {
  const general = treaty.general.value;
  return general !== null && general.thresholdDate <= date;
}

/** Every date on which this State's status can change: the sweep's events. */
export function transitionDates(history: StateHistory): CalendarDate[] {
  const dates: CalendarDate[] = [];
  if (history.state.existsFrom !== null) dates.push(history.state.existsFrom);
  if (history.state.unMemberFrom !== null) dates.push(history.state.unMemberFrom);
  if (history.signature !== null) dates.push(history.signature.date);
  for (const episode of history.episodes) {
    dates.push(episode.consent.date);
    if (episode.entryIntoForce.value !== null) dates.push(episode.entryIntoForce.value);
    if (episode.withdrawal !== null) {
      dates.push(episode.withdrawal.action.date);
      const effective = episode.withdrawal.effect.value.effective;
      if (effective !== null) dates.push(effective);
    }
  }
  return [...new Set(dates)].sort();
}
