// The files of a data directory (the layout of data/), relative to it: the reference every
// treaty shares at the top, and one folder per treaty for its own record.

export const referenceFiles = {
  states: 'states.csv',
  regions: 'regions.csv',
  sources: 'sources.csv',
  conflicts: 'conflicts.csv',
} as const;

export const treatyFiles = (treaty: string) => ({
  actions: `${treaty}/actions.csv`,
  indicators: `${treaty}/indicators.csv`,
  conflicts: `${treaty}/conflicts.csv`,
});
