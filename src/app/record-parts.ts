// The parts of a record (the reference, each treaty's own record): which a piece of data holds,
// and the data cut down to some of them.
import type { RecordData, RecordPart } from './ports.js';

const reference: RecordPart = { kind: 'reference' };

/** The parts `data` holds: the reference if it has one, then each treaty in order. */
export const partsOf = (data: RecordData): RecordPart[] => [
  ...(data.reference === null ? [] : [reference]),
  ...data.treaties.map((t): RecordPart => ({ kind: 'treaty', treaty: t.treaty })),
];

export const samePart = (a: RecordPart, b: RecordPart): boolean =>
  a.kind === 'reference' ? b.kind === 'reference' : b.kind === 'treaty' && a.treaty === b.treaty;

/** "the reference", "apmbc": for messages. */
export const partLabel = (part: RecordPart): string => (part.kind === 'reference' ? 'the reference' : part.treaty);

/** `data` without the parts in `except`. */
export function withoutParts(data: RecordData, except: readonly RecordPart[]): RecordData {
  const has = (part: RecordPart) => except.some((p) => samePart(p, part));
  return {
    reference: has(reference) ? null : data.reference,
    treaties: data.treaties.filter((t) => !has({ kind: 'treaty', treaty: t.treaty })),
  };
}
