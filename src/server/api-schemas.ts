// The API's response shapes as zod schemas: the source of the OpenAPI document and of the
// tests that check every response against it.
import { z } from 'zod';
import { changeKinds } from '../domain/changes.js';
import { countingBases } from '../domain/counting-basis.js';
import { actionKinds, consentKinds } from '../domain/record.js';
import { obligationStatuses } from '../domain/rules/obligation.js';
import { statuses } from '../domain/status.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('calendar date YYYY-MM-DD');
const count = z.number().int().nonnegative();

export const countsSchema = z.object({
  states: count,
  formallyAccepted: count.describe('instrument of consent deposited, withdrawal not yet effective'),
  parties: count.describe('formally accepted and in force on the date (includes withdrawalPending)'),
  pendingEntryIntoForce: count,
  signatories: count.describe('signed, no consent'),
  notParties: count.describe('states - formallyAccepted: not bound (never joined, or withdrew)'),
  neverJoined: count.describe('notParties - withdrawn: never ratified or acceded (or not yet)'),
  withdrawalPending: count,
  withdrawn: count,
});

const groupSchema = z.object({
  code: z.string().regex(/^\d{3}$/).describe('UN M49 code'),
  name: z.string(),
  kind: z.enum(['region', 'sub-region', 'intermediate-region']),
  parent: z.string().nullable(),
  members: count.describe('States of the group that exist on the date'),
  formallyAccepted: count,
  exceptions: z.array(z.string()).describe('ISO3 codes of the members that have never formally accepted (or not yet)'),
  withdrawn: z.array(z.object({ iso3: z.string(), effective: date })).describe('members that formally accepted and later withdrew, with the date it took effect'),
});

export const statusSchema = z.object({
  treaty: z.string(),
  asOf: date,
  basis: z.enum(countingBases),
  basisDescription: z.string(),
  counts: countsSchema,
  groups: z.array(groupSchema),
});

export const stateSummarySchema = z.object({
  iso3: z.string().regex(/^[A-Z]{3}$/),
  name: z.string(),
  status: z.enum(statuses),
  signature: date.nullable(),
  consent: z.object({ date, kind: z.enum(consentKinds) }).nullable(),
  entryIntoForce: date.nullable(),
  entryIntoForceBasis: z.string().nullable().describe('short citation of the article(s) the rule applied'),
  withdrawal: z.object({ deposited: date, effective: date.nullable(), suspended: z.boolean() }).nullable(),
});

export const statesListSchema = z.object({
  treaty: z.string(),
  asOf: date,
  basis: z.enum(countingBases),
  states: z.array(stateSummarySchema),
});

const basisSchema = z.union([
  z.object({ kind: z.literal('article'), treaty: z.string(), article: z.string(), paragraph: z.string().optional(), quote: z.string() }),
  z.object({ kind: z.literal('record'), field: z.string(), note: z.string() }),
]);

const actionSchema = z.object({
  iso3: z.string(),
  treaty: z.string(),
  kind: z.enum(actionKinds),
  date,
  cn: z.string().nullable(),
  source: z.string(),
  note: z.string(),
  effectiveDate: date.nullable().optional(),
  effectSuspended: z.boolean().optional(),
});

const obligationSchema = z.object({
  obligation: z.enum(['stockpile', 'clearance', 'transparency']),
  deadline: date.nullable().describe('the deadline in force on the date; for reports the next one due, or the last one missed'),
  basis: z.string().describe('short citation of the articles (and record facts, such as an extension) behind the deadline'),
  status: z.enum(obligationStatuses),
  met: z.string().nullable().describe('when it was met, as a year, month or day as the record gives it'),
  sources: z.array(z.string()),
});

const obligationsSchema = z
  .object({ entryIntoForce: date, endedOn: date.nullable().describe('the day a withdrawal took effect: nothing falls due from then') })
  .catchall(obligationSchema);

export const obligationsListSchema = z.object({
  treaty: z.string(),
  asOf: date,
  states: z.array(
    z.object({
      iso3: z.string().regex(/^[A-Z]{3}$/),
      name: z.string(),
      next: z.object({ obligation: z.enum(['stockpile', 'clearance', 'transparency']), deadline: date, status: z.enum(obligationStatuses) }).nullable().describe('the earliest deadline missed or next to fall due'),
      obligations: obligationsSchema,
    }),
  ),
});

export const stateDetailSchema = stateSummarySchema.extend({
  entryIntoForceReason: z.array(basisSchema),
  withdrawalReason: z.array(basisSchema),
  actions: z.array(actionSchema),
  obligations: obligationsSchema
    .nullable()
    .describe('the obligations with deadlines, keyed by the article of the treaty that sets them (e.g. article4); null unless the State has consented and its entry into force is known'),
});

export const changesSchema = z.object({
  treaty: z.string(),
  from: date,
  to: date,
  changes: z.array(
    z.object({
      date,
      kind: z.enum(changeKinds).describe('a depositary action by its kind, or what the rules compute: treaty-entry-into-force, entry-into-force, withdrawal-suspended, withdrawal-effective'),
      iso3: z.string().regex(/^[A-Z]{3}$/).nullable().describe('null for the treaty’s own entry into force'),
      name: z.string().nullable(),
      basis: z.string().nullable().describe('short citation of the article(s) a computed change rests on; null for a depositary action'),
      restsOn: z.array(z.object({ iso3: z.string(), kind: z.enum(actionKinds), date })).describe('for a computed change, the depositary actions it rests on'),
      cn: z.array(z.string()).describe('depositary notification numbers, where known'),
      sources: z.array(z.string()),
      note: z.string().describe('the record’s note on a depositary action (English)'),
    }),
  ).describe('in date order; within a day the treaty first, then by State name'),
});

export const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) });
