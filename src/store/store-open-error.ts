// Its own module, so that the composition root can tell this error apart without loading the
// store (Kysely and the drivers), which commands that only read the CSV files never open.

/** The database cannot be opened, migrated or filled: broken infrastructure, said plainly. */
export class StoreOpenError extends Error {}
