// The Frictionless Data Package (v1, with Table Schema) that describes a data directory, so the
// record loads into common data tools with its types, keys and references. Every column is
// described against the column lists the row rules read (record-rows.ts, reference-rows.ts): a
// new column without a description does not compile. The constraints say what the row rules
// accept, so every directory `export-data` writes is valid against its own package.
import { actionKinds } from '../domain/record.js';
import { regionKinds } from '../domain/region.js';
import { sourceGrades } from '../domain/sources.js';
import type { TreatyRules } from '../domain/treaty.js';
import { actionColumns, confidences, indicatorColumns, stateColumns } from './record-rows.js';
import { conflictColumns, regionColumns, sourceColumns } from './reference-rows.js';

export interface FieldConstraints {
  readonly required?: boolean;
  readonly pattern?: string;
  readonly enum?: readonly string[];
}

/** A Table Schema field; `date` is ISO 8601 YYYY-MM-DD (the default format). */
export interface TableField {
  readonly name: string;
  readonly type: 'string' | 'date';
  readonly description: string;
  readonly constraints?: FieldConstraints;
}

export interface ForeignKey {
  readonly fields: string;
  /** resource "" is the resource itself. */
  readonly reference: { readonly resource: string; readonly fields: string };
}

export interface TableSchema {
  readonly fields: readonly TableField[];
  readonly missingValues: readonly string[];
  readonly primaryKey?: string;
  readonly foreignKeys?: readonly ForeignKey[];
}

export interface DataResource {
  readonly profile: 'tabular-data-resource';
  readonly name: string;
  readonly path: string;
  readonly title: string;
  readonly format: 'csv';
  readonly mediatype: 'text/csv';
  readonly encoding: 'utf-8';
  readonly dialect: { readonly delimiter: ','; readonly lineTerminator: '\n'; readonly quoteChar: '"'; readonly doubleQuote: true; readonly header: true };
  readonly schema: TableSchema;
}

export interface DataPackage {
  readonly profile: 'tabular-data-package';
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly licenses: readonly { readonly name: string; readonly path: string; readonly title: string }[];
  readonly resources: readonly DataResource[];
}

type Spec = Omit<TableField, 'name'>;
type Specs<C extends readonly string[]> = Readonly<Record<C[number], Spec>>;

const iso3: Spec = { type: 'string', description: 'ISO 3166-1 alpha-3 code of the State', constraints: { required: true, pattern: '[A-Z]{3}' } };
const m49 = (description: string, required: boolean): Spec => ({ type: 'string', description, constraints: { required, pattern: '[0-9]{3}' } });
const text = (description: string, required = false): Spec => ({ type: 'string', description, ...(required ? { constraints: { required } } : {}) });
const day = (description: string, required = false): Spec => ({ type: 'date', description, ...(required ? { constraints: { required } } : {}) });
const choice = (description: string, values: readonly string[], required = true): Spec => ({ type: 'string', description, constraints: { required, enum: values } });
const sources = (description: string): Spec => ({ type: 'string', description, constraints: { required: true, pattern: 'https?://\\S+( ; https?://\\S+)*' } });
/** A year, a month or a day: as precise as the source (Table Schema has no one type for the three). */
const factDate = (description: string): Spec => ({
  type: 'string',
  description: `${description}: a year YYYY, a month YYYY-MM or a day YYYY-MM-DD, as precise as the source`,
  constraints: { pattern: '[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?' },
});
const source = sources('one or more URLs of the sources of the row, separated by " ; "');

const stateFields: Specs<typeof stateColumns> = {
  iso3,
  name: text('UN short name in English, as the depositary writes it', true),
  nameFr: text('UN short name in French (UNTERM), article last'),
  nameEs: text('UN short name in Spanish (UNTERM), article last'),
  m49: m49('UN M49 code of the State', true),
  region: m49('UN M49 code of its region', true),
  subRegion: m49('UN M49 code of its sub-region', true),
  intermediateRegion: m49('UN M49 code of its intermediate region, if any', false),
  unMemberFrom: day('date of admission to the United Nations, if a Member State'),
  existsFrom: day('date from which it counts as a State, when later than the record begins'),
  predecessor: { ...iso3, description: 'ISO 3166-1 alpha-3 code of the State it succeeded, if any', constraints: { pattern: '[A-Z]{3}' } },
  source,
  note: text('a note on the row'),
};

const regionFields: Specs<typeof regionColumns> = {
  code: m49('UN M49 code', true),
  name: text('English name', true),
  kind: choice('region, sub-region or intermediate region', regionKinds),
  source,
};

const sourceFields: Specs<typeof sourceColumns> = {
  site: { type: 'string', description: 'a host (covering its subdomains) or a host and path prefix, without the scheme', constraints: { required: true, pattern: '[a-z0-9-]+(\\.[a-z0-9-]+)+(/\\S*)?' } },
  publisher: text('who publishes the site', true),
  grade: choice('how far a fact resting on the site is trusted, best first: depositary, official, monitor, press, other', sourceGrades),
  asAt: day('for a depositary status page, the date it shows the status as at'),
  note: text('a note on the row'),
};

const conflictFields: Specs<typeof conflictColumns> = {
  file: { type: 'string', description: 'the record file the disputed fact is in', constraints: { required: true, pattern: '([a-z0-9-]+/)?[a-z0-9-]+\\.csv' } },
  key: text('which fact, e.g. a State code and a kind', true),
  field: { type: 'string', description: 'the column in dispute', constraints: { required: true, pattern: '[a-zA-Z]+' } },
  valueChosen: text('the value the record holds'),
  sourceChosen: sources('the source of the value chosen'),
  valueOther: text('the value another source gives'),
  sourceOther: sources('the source of the other value'),
  reason: text('why the value chosen was chosen', true),
};

const actionFields: Specs<typeof actionColumns> = {
  iso3,
  kind: choice('the kind of depositary action', actionKinds),
  date: day('date the instrument was deposited (or signed)', true),
  effectiveDate: day('for a succession, the date from which it takes effect; for a withdrawal, the date it takes effect where the record states it'),
  effectSuspended: choice('"yes" for a withdrawal whose effect is suspended', ['yes'], false),
  cn: text('depositary notification reference (C.N. number), where known'),
  source,
  note: text('a note on the row'),
};

/**
 * The kind is held to its form, as the store holds it: which kinds exist is the treaty module's
 * to say (`adherence check`), and a store may hold a record checked against another build's.
 */
const indicatorFields = (kinds: readonly string[] | undefined): Specs<typeof indicatorColumns> => ({
  iso3,
  indicator: {
    type: 'string',
    description: kinds === undefined ? 'the kind of fact' : `the kind of fact; this build knows ${kinds.join(', ')}`,
    constraints: { required: true, pattern: '[a-z][a-z0-9]*(-[a-z0-9]+)*' },
  },
  value: text('the value, for the kinds that have one: a number (an estimate), a date (a deadline) or a text'),
  from: factDate('when the fact began to hold, if a source gives it'),
  until: factDate('when it stopped holding, if it did'),
  reported: factDate('when the source that reports it was published'),
  confidence: choice('confirmed, or uncertain where the sources do not settle it', confidences),
  source,
  note: text('a note on the row'),
});

const fieldsOf = <C extends readonly string[]>(columns: C, specs: Specs<C>): TableField[] =>
  columns.map((name: C[number]) => ({ name, ...specs[name] }));

const toStates = (field: string): ForeignKey => ({ fields: field, reference: { resource: 'states', fields: 'iso3' } });
const toRegions = (field: string): ForeignKey => ({ fields: field, reference: { resource: 'regions', fields: 'code' } });

function resource(name: string, path: string, title: string, schema: Omit<TableSchema, 'missingValues'>): DataResource {
  return {
    profile: 'tabular-data-resource',
    name,
    path,
    title,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: { ...schema, missingValues: [''] },
  };
}

export interface PackageParts {
  /** Whether the directory holds the reference every treaty shares. */
  readonly reference: boolean;
  /** The treaties whose folders it holds, with their modules where this build knows them. */
  readonly treaties: readonly { readonly id: string; readonly rules: TreatyRules | undefined }[];
  /** The paths of the files, as the layout names them (csv-layout.ts). */
  readonly paths: {
    readonly reference: { readonly states: string; readonly regions: string; readonly sources: string; readonly conflicts: string };
    treaty(id: string): { readonly actions: string; readonly indicators: string; readonly conflicts: string };
  };
}

/** The package for a data directory holding these parts. */
export function dataPackage(parts: PackageParts): DataPackage {
  const { reference: files } = parts.paths;
  // A reference to States needs the States in the package: a treaty's folder alone names none.
  const statesKey = parts.reference ? { foreignKeys: [toStates('iso3')] } : {};
  const reference = parts.reference
    ? [
        resource('states', files.states, 'States', {
          fields: fieldsOf(stateColumns, stateFields),
          primaryKey: 'iso3',
          foreignKeys: [toRegions('region'), toRegions('subRegion'), toRegions('intermediateRegion'), { fields: 'predecessor', reference: { resource: '', fields: 'iso3' } }],
        }),
        resource('regions', files.regions, 'UN M49 regions, sub-regions and intermediate regions', { fields: fieldsOf(regionColumns, regionFields), primaryKey: 'code' }),
        resource('sources', files.sources, 'Graded source sites', { fields: fieldsOf(sourceColumns, sourceFields), primaryKey: 'site' }),
        resource('conflicts', files.conflicts, 'Disagreements between sources about the reference', { fields: fieldsOf(conflictColumns, conflictFields) }),
      ]
    : [];
  const treaties = parts.treaties.flatMap(({ id, rules }) => {
    const paths = parts.paths.treaty(id);
    const name = rules?.text.en.shortName ?? id;
    return [
      resource(`${id}-actions`, paths.actions, `${name}: depositary actions`, { fields: fieldsOf(actionColumns, actionFields), ...statesKey }),
      resource(`${id}-indicators`, paths.indicators, `${name}: facts about States`, {
        fields: fieldsOf(indicatorColumns, indicatorFields(rules?.facts.kinds.map((k) => k.id))),
        ...statesKey,
      }),
      resource(`${id}-conflicts`, paths.conflicts, `${name}: disagreements between sources`, { fields: fieldsOf(conflictColumns, conflictFields) }),
    ];
  });
  const titles = parts.treaties.map(({ id, rules }) => rules?.text.en.title ?? id);
  return {
    profile: 'tabular-data-package',
    name: 'adherence-record',
    title: `The record of which States are bound by ${titles.length === 0 ? 'a treaty' : titles.map((t) => `the ${t}`).join('; ')}`,
    description:
      'One row per fact, each citing its source: the States and UN M49 regions, the graded source sites, and for each treaty the depositary actions, the facts about States and the disagreements between sources. Dates are YYYY-MM-DD; the dates of facts about States are as precise as their sources (a year, a month or a day).',
    // The package's licence (package.json), which ships this directory.
    licenses: [{ name: 'MIT', path: 'https://opensource.org/licenses/MIT', title: 'MIT License' }],
    resources: [...reference, ...treaties],
  };
}

/** The descriptor as written beside the CSV files: two-space indent, LF, a final newline. */
export const dataPackageJson = (parts: PackageParts): string => `${JSON.stringify(dataPackage(parts), null, 2)}\n`;

/** The file name the specification gives the descriptor. */
export const dataPackageFile = 'datapackage.json';
