// What a CLI command costs to start and run: wall time and peak memory of the whole process,
// against `node -e 0` measured the same way in the same run (the floor any command starts from).
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface StartCost {
  readonly command: string;
  /** Fastest of the runs, seconds. */
  readonly wall: number;
  /** Peak resident memory of the fastest run, MB. */
  readonly peak: number;
}

// Preloaded: at exit, the process writes its own peak RSS (kB) to fd 3, whatever the command prints.
const report = join(mkdtempSync(join(tmpdir(), 'adherence-bench-cli-')), 'report.cjs');
writeFileSync(report, `process.on('exit', () => { try { require('node:fs').writeSync(3, String(process.resourceUsage().maxRSS)); } catch {} });`);

function once(args: readonly string[], cwd: string): Promise<{ wall: number; peak: number }> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['--require', report, ...args], { cwd, stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  let peak = '';
  child.stdio[3]?.on('data', (chunk: Buffer) => (peak += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) reject(new Error(`node ${args.join(' ')} exited with ${code}`));
      else resolve({ wall, peak: Number(peak) / 1024 });
    });
  });
}

export async function startCost(label: string, args: readonly string[], cwd: string, runs = 5): Promise<StartCost> {
  let best = { wall: Infinity, peak: NaN };
  for (let i = 0; i < runs; i += 1) {
    const run = await once(args, cwd);
    if (run.wall < best.wall) best = run;
  }
  return { command: label, ...best };
}
