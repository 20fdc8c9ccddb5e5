// Counts benchmark (issue 16, item 7): the counts for every day from the opening for signature
// to today, for every State in one sweep (countsSeries), on the shipped record and on records
// 10x and 100x larger (test/scaled-record.ts), and over a period 10x longer in days. The sweep
// should cost time in proportion to days + events: the last column, time per (days + events),
// stays flat when it does (CPU time: the machine is shared). A last, stress row keeps the 100x copies on the originals' very days,
// so that many events fall on one day (the busiest-day column). Times are the fastest of several
// runs (the machine is shared). The sweep timed is the built one (dist/, what the package runs):
// under tsx, esbuild's keepNames wraps every closure the date arithmetic makes, which doubled the
// cost per day. Run: npm run bench:counts (builds first). bench/http.ts can print the same rows:
// countsSweepRows().
import { join } from 'node:path';
import { loadavg, cpus } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { FullRecord } from '../src/app/ports.js';
import { site } from '../src/app/site.js';
import { treaties } from '../src/app/treaties.js';
import { addDays, calendarDate, daysBetween, toDayNumber, type CalendarDate } from '../src/domain/calendar-date.js';
import { countingBases, type CountingBasis } from '../src/domain/counting-basis.js';
import type { countsSeries as CountsSeries } from '../src/domain/counts.js';
import type { TreatyHistory } from '../src/domain/history.js';
import { transitionDates } from '../src/domain/status.js';
import { csvRecordFiles } from '../src/store/csv-files.js';
import { scaledRecord } from '../test/scaled-record.js';

export interface CountsSweepRow {
  readonly treaty: string;
  /** '1x', '10x', '100x' (States and events), '1x, 10x days', or '100x piled' (copies on the originals' days). */
  readonly record: string;
  readonly basis: CountingBasis;
  readonly states: number;
  /** Transitions the sweep evaluates: every date in the period on which a State's status can change. */
  readonly events: number;
  /** The most events on one day. */
  readonly busiestDay: number;
  /** Pairs of events on the same day, Σ k(k-1)/2: what a sweep that copied a day's list for each new event would copy. */
  readonly sameDayPairs: number;
  readonly days: number;
  /** The fastest of `runs` runs, in wall-clock time and in CPU time (this process, all its threads: GC included). */
  readonly ms: number;
  readonly cpuMs: number;
  readonly runs: number;
  /** CPU time per (days + events): the machine is shared, so CPU time is the steadier of the two. */
  readonly nsPerDayOrEvent: number;
}

export interface CountsSweepOptions {
  /** The last day of the period; the machine's date by default. */
  readonly today?: CalendarDate;
  /** Runs per row (the fastest counts); at least 3. */
  readonly runs?: number;
  readonly factors?: readonly number[];
  readonly bases?: readonly CountingBasis[];
  /** Also the stress row '100x piled' (true by default). */
  readonly piled?: boolean;
  /** Time the built sweep in dist/ (the default: npm run build first) or the TypeScript source as tsx runs it. */
  readonly code?: 'dist' | 'src';
}

/** The sweep to time: the built module, or the source through tsx. */
async function sweep(code: 'dist' | 'src'): Promise<typeof CountsSeries> {
  const path = code === 'dist' ? join(import.meta.dirname, '..', 'dist', 'src', 'domain', 'counts.js') : join(import.meta.dirname, '..', 'src', 'domain', 'counts.ts');
  try {
    return ((await import(pathToFileURL(path).href)) as { countsSeries: typeof CountsSeries }).countsSeries;
  } catch (error) {
    throw new Error(`cannot load ${path}${code === 'dist' ? ' (run npm run build first)' : ''}`, { cause: error });
  }
}

const shippedData = join(import.meta.dirname, '..', 'data');

async function shippedRecord(): Promise<FullRecord> {
  const data = await csvRecordFiles.read(shippedData, [...treaties.keys()]);
  if (!data.ok || data.value.reference === null) throw new Error('the shipped record does not load');
  return { ...data.value, reference: data.value.reference };
}

/** The events of the sweep from `from` to `to`, the most on one day, and the pairs on one day. */
function events(history: TreatyHistory, from: CalendarDate, to: CalendarDate): { total: number; busiest: number; pairs: number } {
  const perDay = new Map<number, number>();
  for (const state of history.states) {
    for (const date of transitionDates(state)) if (date > from && date <= to) perDay.set(toDayNumber(date), (perDay.get(toDayNumber(date)) ?? 0) + 1);
  }
  let total = 0;
  let pairs = 0;
  for (const n of perDay.values()) {
    total += n;
    pairs += (n * (n - 1)) / 2;
  }
  return { total, busiest: Math.max(0, ...perDay.values()), pairs };
}

const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The fastest of `runs` runs after a warm-up, in wall-clock and in CPU milliseconds. */
function fastest(runs: number, work: () => unknown): { ms: number; cpuMs: number } {
  work();
  let ms = Infinity;
  let cpuMs = Infinity;
  for (let i = 0; i < runs; i += 1) {
    const [wall, cpu] = [performance.now(), cpuNow()];
    work();
    ms = Math.min(ms, performance.now() - wall);
    cpuMs = Math.min(cpuMs, cpuNow() - cpu);
  }
  return { ms, cpuMs };
}

/** One row per treaty, record size and counting basis. */
export async function countsSweepRows(options: CountsSweepOptions = {}): Promise<CountsSweepRow[]> {
  const today = options.today ?? calendarDate(new Date().toISOString().slice(0, 10));
  const runs = Math.max(3, options.runs ?? 9);
  const bases = options.bases ?? countingBases;
  const countsSeries = await sweep(options.code ?? 'dist');
  const shipped = await shippedRecord();
  const rulesOf = (id: string) => {
    const rules = treaties.get(id);
    if (rules === undefined) throw new Error(`no treaty module ${id}`);
    return rules;
  };
  const rows: CountsSweepRow[] = [];
  const measure = (label: string, record: FullRecord, to: (from: CalendarDate) => CalendarDate, scale: number) => {
    for (const [id, treaty] of site(record, [...treaties.values()]).treaties) {
      const from = treaty.rules.signature.opens;
      const end = to(from);
      const days = daysBetween(from, end) + 1;
      const { total, busiest, pairs } = events(treaty.history, from, end);
      for (const basis of bases) {
        // Fewer runs on the large records: each run is long enough to time on its own.
        const n = Math.max(5, Math.round(runs / Math.sqrt(scale)));
        const { ms, cpuMs } = fastest(n, () => countsSeries(treaty.history, from, end, basis));
        rows.push({
          treaty: id, record: label, basis, states: treaty.history.states.length, events: total, busiestDay: busiest, sameDayPairs: pairs, days,
          ms, cpuMs, runs: n, nsPerDayOrEvent: (cpuMs * 1e6) / (days + total),
        });
      }
    }
  };
  for (const factor of options.factors ?? [1, 10, 100]) {
    measure(`${factor}x`, factor === 1 ? shipped : scaledRecord(shipped, rulesOf, factor, today), () => today, factor);
  }
  measure('1x, 10x days', shipped, (from) => addDays(from, 10 * (daysBetween(from, today) + 1) - 1), 1);
  // The work per day: every copy's events on the very days of the original's (not a valid record).
  if (options.piled ?? true) measure('100x piled', scaledRecord(shipped, rulesOf, 100, today, { spread: false }), () => today, 100);
  return rows;
}

/** The rows as a Markdown table. */
export function countsSweepTable(rows: readonly CountsSweepRow[]): string {
  const head =
    '| treaty | record | basis | States | events | busiest day | same-day pairs | days | wall ms | CPU ms | runs | CPU ns per (day + event) |\n|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const body = rows.map(
    (r) =>
      `| ${r.treaty} | ${r.record} | ${r.basis} | ${r.states} | ${r.events} | ${r.busiestDay} | ${r.sameDayPairs} | ${r.days} | ${r.ms.toFixed(1)} | ${r.cpuMs.toFixed(1)} | ${r.runs} | ${r.nsPerDayOrEvent.toFixed(0)} |`,
  );
  return [head, ...body].join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const before = loadavg()[0] ?? 0;
  const code = process.env['BENCH_CODE'] === 'src' ? 'src' : 'dist';
  const rows = await countsSweepRows({ runs: Number(process.env['BENCH_RUNS'] ?? '15'), code });
  const after = loadavg()[0] ?? 0;
  console.log(`${cpus().length} cores, load average ${before.toFixed(1)} before and ${after.toFixed(1)} after; Node ${process.version}; the sweep from ${code === 'dist' ? 'dist/ (built)' : 'src/ through tsx'}\n`);
  console.log(countsSweepTable(rows));
}
