// A small validator of a Frictionless Data Package (v1) of CSV files against its Table Schemas,
// written from the specifications (specs.frictionlessdata.io: Data Package, Tabular Data
// Resource, Table Schema, CSV Dialect): the descriptor's shape, each file's header, every cell's
// type and constraints, primary keys unique and present, foreign keys resolving. It covers the
// parts of the specifications a package may use here; anything else it meets is an error, not
// silently passed. The official JavaScript libraries are unmaintained, hence this one.
import { parse } from 'csv-parse/sync';
import { isCalendarDate } from '../src/domain/calendar-date.js';

interface Field {
  name: string;
  type?: string;
  format?: string;
  constraints?: { required?: boolean; unique?: boolean; pattern?: string; enum?: unknown[]; minLength?: number; maxLength?: number };
}
interface ForeignKey {
  fields: string | string[];
  reference: { resource: string; fields: string | string[] };
}
interface Schema {
  fields: Field[];
  missingValues?: string[];
  primaryKey?: string | string[];
  foreignKeys?: ForeignKey[];
}
interface Resource {
  name: string;
  path: string;
  profile?: string;
  format?: string;
  encoding?: string;
  dialect?: { delimiter?: string; header?: boolean; quoteChar?: string; doubleQuote?: boolean; lineTerminator?: string };
  schema: Schema;
}

const list = (value: string | string[]): string[] => (typeof value === 'string' ? [value] : value);

/** Whether a cell (not a missing value) is of the field's type; the value it stands for, as a comparable string. */
function cast(field: Field, cell: string): string | null {
  const type = field.type ?? 'string';
  const format = field.format ?? 'default';
  switch (type) {
    case 'string':
      return format === 'default' ? cell : null;
    case 'date':
      return format === 'default' && isCalendarDate(cell) ? cell : null;
    case 'year':
      return /^-?\d{4}$/.test(cell) ? cell : null;
    case 'yearmonth':
      return /^\d{4}-(0[1-9]|1[0-2])$/.test(cell) ? cell : null;
    case 'integer':
      return /^[+-]?\d+$/.test(cell) ? String(Number(cell)) : null;
    case 'number':
      return cell.trim() !== '' && Number.isFinite(Number(cell)) ? String(Number(cell)) : null;
    case 'boolean':
      return ['true', 'True', 'TRUE', '1'].includes(cell) ? 'true' : ['false', 'False', 'FALSE', '0'].includes(cell) ? 'false' : null;
    default:
      return null;
  }
}

function checkDescriptor(descriptor: unknown): string[] {
  const problems: string[] = [];
  const d = descriptor as { name?: unknown; resources?: unknown; profile?: unknown };
  if (typeof d.name !== 'string' || !/^[a-z0-9._-]+$/.test(d.name)) problems.push('package: name must be lower-case letters, digits, ".", "_" or "-"');
  if (d.profile !== undefined && d.profile !== 'tabular-data-package' && d.profile !== 'data-package') problems.push(`package: unknown profile ${String(d.profile)}`);
  if (!Array.isArray(d.resources) || d.resources.length === 0) return [...problems, 'package: resources must be a non-empty array'];
  const names = new Set<string>();
  for (const r of d.resources as Resource[]) {
    if (typeof r.name !== 'string' || !/^[a-z0-9._-]+$/.test(r.name)) problems.push(`resource ${String(r.name)}: name must be lower-case letters, digits, ".", "_" or "-"`);
    if (names.has(r.name)) problems.push(`resource ${r.name}: name used twice`);
    names.add(r.name);
    if (typeof r.path !== 'string' || r.path.startsWith('/') || r.path.split('/').includes('..') || /^[a-z]+:/.test(r.path)) {
      problems.push(`resource ${r.name}: path must be relative, inside the package`);
    }
    if (r.format !== undefined && r.format !== 'csv') problems.push(`resource ${r.name}: format ${r.format} is not csv`);
    if (r.encoding !== undefined && r.encoding.toLowerCase() !== 'utf-8') problems.push(`resource ${r.name}: encoding ${r.encoding} is not utf-8`);
    if (r.dialect !== undefined && (r.dialect.delimiter ?? ',') !== ',') problems.push(`resource ${r.name}: only "," delimits here`);
    if (typeof r.schema !== 'object' || !Array.isArray(r.schema.fields)) problems.push(`resource ${r.name}: schema.fields must be an array`);
  }
  return problems;
}

/** Every problem with the package and its files; none means valid. `read` gives a file's text by its path. */
export async function validatePackage(descriptor: unknown, read: (path: string) => Promise<string>): Promise<string[]> {
  const problems = checkDescriptor(descriptor);
  if (problems.length > 0) return problems;
  const resources = (descriptor as { resources: Resource[] }).resources;
  const rows = new Map<string, Record<string, string | null>[]>();
  for (const r of resources) {
    const { fields } = r.schema;
    const missing = new Set(r.schema.missingValues ?? ['']);
    const records = parse(await read(r.path), { bom: true, relax_column_count: false }) as string[][];
    const [header = [], ...body] = records;
    if (header.join(',') !== fields.map((f) => f.name).join(',')) problems.push(`${r.name}: header ${header.join(',')} is not the schema's fields ${fields.map((f) => f.name).join(',')}`);
    const seen = new Map<string, Set<string>>();
    const keyFields = list(r.schema.primaryKey ?? []);
    const keys = new Set<string>();
    const values: Record<string, string | null>[] = [];
    body.forEach((cells, i) => {
      const at = `${r.name}:${i + 2}`;
      const row: Record<string, string | null> = {};
      fields.forEach((field, j) => {
        const cell = cells[j] ?? '';
        const c = field.constraints ?? {};
        if (missing.has(cell)) {
          row[field.name] = null;
          if (c.required === true || keyFields.includes(field.name)) problems.push(`${at}: ${field.name}: a value is required`);
          return;
        }
        const value = cast(field, cell);
        row[field.name] = value;
        if (value === null) return void problems.push(`${at}: ${field.name}: "${cell}" is not of type ${field.type ?? 'string'}`);
        if (c.pattern !== undefined && !new RegExp(`^(?:${c.pattern})$`, 'u').test(cell)) problems.push(`${at}: ${field.name}: "${cell}" does not match ${c.pattern}`);
        if (c.enum !== undefined && !c.enum.map(String).includes(value)) problems.push(`${at}: ${field.name}: "${cell}" is not one of ${c.enum.join(', ')}`);
        if (c.minLength !== undefined && [...cell].length < c.minLength) problems.push(`${at}: ${field.name}: shorter than ${c.minLength}`);
        if (c.maxLength !== undefined && [...cell].length > c.maxLength) problems.push(`${at}: ${field.name}: longer than ${c.maxLength}`);
        if (c.unique === true) {
          const set = seen.get(field.name) ?? new Set<string>();
          if (set.has(value)) problems.push(`${at}: ${field.name}: "${cell}" is not unique`);
          seen.set(field.name, set.add(value));
        }
      });
      if (keyFields.length > 0) {
        const key = JSON.stringify(keyFields.map((f) => row[f]));
        if (keys.has(key)) problems.push(`${at}: primary key ${keyFields.join(', ')} ${key} is not unique`);
        keys.add(key);
      }
      values.push(row);
    });
    rows.set(r.name, values);
  }
  for (const r of resources) {
    for (const fk of r.schema.foreignKeys ?? []) {
      const target = fk.reference.resource === '' ? r.name : fk.reference.resource;
      const targetRows = rows.get(target);
      if (targetRows === undefined) {
        problems.push(`${r.name}: foreign key to unknown resource "${target}"`);
        continue;
      }
      const from = list(fk.fields);
      const to = list(fk.reference.fields);
      const present = new Set(targetRows.map((row) => JSON.stringify(to.map((f) => row[f]))));
      (rows.get(r.name) ?? []).forEach((row, i) => {
        const value = from.map((f) => row[f]);
        if (value.every((v) => v === null)) return;
        if (!present.has(JSON.stringify(value))) problems.push(`${r.name}:${i + 2}: ${from.join(', ')} ${JSON.stringify(value)} is not a ${to.join(', ')} of ${target}`);
      });
    }
  }
  return problems;
}
