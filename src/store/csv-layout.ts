// The files of a data directory (the layout of data/), relative to it: States, regions and
// source conflicts are shared; actions and indicators are per treaty.

export const recordFiles = (treaty: string) => ({
  states: 'states.csv',
  regions: 'regions.csv',
  conflicts: 'conflicts.csv',
  actions: `${treaty}/actions.csv`,
  indicators: `${treaty}/indicators.csv`,
});
