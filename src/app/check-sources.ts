// The checks on where facts come from: every source a clean page address; each fact resting on a
// source of the grade its kind needs (a depositary action on the depositary or an official
// source; nothing on "other" alone; "press" alone only when marked uncertain); notes that state
// facts and reasons, not working notes.
import { bestGrade, gradeSource, isAtLeast, sourceUrlProblem, sourceUrls, type SourceGrade, type SourceSite } from '../domain/sources.js';
import type { CalendarDate } from '../domain/calendar-date.js';
import type { ProblemAt } from './check-record.js';
import type { FullRecord, Located } from './ports.js';

/** A fact with its sources, what it needs, and the text fields that must read as published prose. */
interface SourcedFact {
  readonly fact: object;
  readonly sourceFields: readonly ('source' | 'sourceChosen' | 'sourceOther')[];
  /** The grade the fact must reach, or null when any grade but "other" will do. */
  readonly needs: SourceGrade | null;
  readonly uncertain: boolean;
  readonly prose: readonly string[];
}

function sourcedFacts(record: FullRecord): SourcedFact[] {
  const { reference } = record;
  const facts: SourcedFact[] = [
    ...reference.states.map((fact) => ({ fact, sourceFields: ['source'] as const, needs: 'official' as const, uncertain: false, prose: ['note'] })),
    ...reference.regions.map((fact) => ({ fact, sourceFields: ['source'] as const, needs: 'official' as const, uncertain: false, prose: [] })),
    ...reference.sources.map((fact) => ({ fact, sourceFields: [] as const, needs: null, uncertain: false, prose: ['note'] })),
  ];
  const conflicts = [...reference.conflicts, ...record.treaties.flatMap((t) => t.conflicts)];
  facts.push(...conflicts.map((fact) => ({ fact, sourceFields: ['sourceChosen', 'sourceOther'] as const, needs: null, uncertain: true, prose: ['reason'] })));
  for (const treaty of record.treaties) {
    // What changes who is bound (signatures, consents, withdrawals, provisional and territorial
    // application) needs the depositary or an official source; a declaration or communication
    // the depositary's page does not show may rest on a monitor that reports it.
    facts.push(
      ...treaty.actions.map((fact) => ({ fact, sourceFields: ['source'] as const, needs: fact.kind === 'declaration' ? ('monitor' as const) : ('official' as const), uncertain: false, prose: ['note'] })),
    );
    facts.push(...treaty.indicators.map((fact) => ({ fact, sourceFields: ['source'] as const, needs: null, uncertain: fact.confidence === 'uncertain', prose: ['note'] })));
  }
  return facts;
}

/** Phrases of a researcher's working notes, and names of internal files: not for a published record. */
const workingNote = /\b(not (yet )?(seen|reached|found|read|checked|verified)|verify|to be verified|existing row|our rows?|the brief|todo|fixme|tbd)\b|\bindicators-b\b|\b[\w-]+\.(csv|md|json|ts)\b/i;

/**
 * The best grade of a source field, worked out once per distinct field and sources table: a
 * record cites the same few hundred pages for thousands of facts.
 */
const gradesBySites = new WeakMap<readonly SourceSite[], Map<string, SourceGrade>>();
function gradeOf(source: string, sites: readonly SourceSite[]): SourceGrade {
  let grades = gradesBySites.get(sites);
  if (grades === undefined) gradesBySites.set(sites, (grades = new Map()));
  let grade = grades.get(source);
  if (grade === undefined) grades.set(source, (grade = bestGrade(source, sites)));
  return grade;
}

/** `f` worked out once per distinct key for as long as the returned function is kept. */
function oncePerKey<T>(f: (key: string) => T): (key: string) => T {
  const done = new Map<string, T>();
  return (key) => {
    if (!done.has(key)) done.set(key, f(key));
    return done.get(key) as T;
  };
}

export function checkSources(record: FullRecord & Located, at: ProblemAt): void {
  const sites = record.reference.sources;
  // Each distinct URL is checked once; every fact citing a bad one is still named.
  const problemOf = oncePerKey(sourceUrlProblem);
  for (const { fact, sourceFields, needs, uncertain, prose } of sourcedFacts(record)) {
    const fields = fact as Readonly<Record<string, unknown>>;
    for (const field of sourceFields) {
      for (const url of sourceUrls(String(fields[field] ?? ''))) {
        const problem = problemOf(url);
        if (problem !== null) at(fact, field, 'source-url', `${url} ${problem}`);
      }
    }
    for (const field of prose) {
      const match = workingNote.exec(String(fields[field] ?? ''));
      if (match !== null) at(fact, field, 'working-note', `"${match[0]}" reads as a working note or an internal file name; say what is known and why`);
    }
    const main = sourceFields[0];
    if (main === undefined) continue;
    const grade = gradeOf(String(fields[main] ?? ''), sites);
    if (needs !== null && !isAtLeast(grade, needs)) {
      at(fact, main, 'source-grade', `rests on ${grade} sources only; this fact needs a ${needs === 'official' ? 'depositary or official' : `${needs} or stronger`} source`);
    } else if (grade === 'other') {
      at(fact, main, 'source-grade', 'rests only on sources graded "other" (not a depositary, official, monitor or press source)');
    } else if (grade === 'press' && !uncertain) {
      at(fact, main, 'source-grade', 'rests only on press sources: mark it uncertain, or cite a stronger source');
    }
  }
  checkDepositaryCopies(record, sites, at);
}

/** A depositary status page can only show what happened by the date it was "as at". */
function checkDepositaryCopies(record: FullRecord, sites: readonly SourceSite[], at: ProblemAt): void {
  const asAtOf = oncePerKey((url): CalendarDate | null => gradeSource(url, sites).site?.asAt ?? null);
  for (const action of record.treaties.flatMap((t) => t.actions)) {
    for (const url of sourceUrls(action.source)) {
      const asAt = asAtOf(url);
      if (asAt !== null && action.date > asAt) {
        at(action, 'source', 'depositary-as-at', `${url} shows the status as at ${asAt}, before this ${action.kind} of ${action.date}`);
      }
    }
  }
}

export interface GradeSummary {
  /** A file (or table) of the record. */
  readonly file: string;
  readonly facts: number;
  readonly byGrade: Readonly<Record<SourceGrade, number>>;
}

/** Per file, how many facts rest on each grade (the best grade among each fact's sources). */
export function gradeSummary(record: FullRecord & Located): GradeSummary[] {
  const sites = record.reference.sources;
  const files = new Map<string, Record<SourceGrade, number>>();
  for (const { fact, sourceFields } of sourcedFacts(record)) {
    const main = sourceFields[0];
    if (main === undefined) continue;
    const file = record.locate(fact).file;
    const counts = files.get(file) ?? { depositary: 0, official: 0, monitor: 0, press: 0, other: 0 };
    counts[gradeOf(String((fact as Readonly<Record<string, unknown>>)[main] ?? ''), sites)] += 1;
    files.set(file, counts);
  }
  return [...files.entries()].map(([file, byGrade]) => ({ file, facts: Object.values(byGrade).reduce((a, b) => a + b, 0), byGrade }));
}
