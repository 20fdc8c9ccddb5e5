// A progress bar on stderr for a long command, drawn only when stderr is a terminal: piped or
// logged output stays quiet. Redrawn when the bar or the count moves by a step, not per item.
import type { Io } from './io.js';

export interface Progress {
  update(done: number, known: number): void;
  /** Clears the bar, so the command's last line stands alone. */
  end(): void;
}

const width = 30;

export function progressBar(io: Io, label: string): Progress {
  if (io.errIsTerminal !== true) return { update() {}, end() {} };
  let drawnFilled = -1;
  let shown = false;
  return {
    update(done, known) {
      const filled = known === 0 ? 0 : Math.floor((done / known) * width);
      if (filled === drawnFilled && done % 25 !== 0 && done !== known) return;
      drawnFilled = filled;
      shown = true;
      io.err(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${known}`);
    },
    end() {
      if (shown) io.err('\r\x1b[K');
    },
  };
}
