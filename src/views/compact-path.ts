// SVG path data made small: every point rounded to a grid step and written relative to the one
// before (d3-geo writes absolute coordinates with a decimal), dropping points that rounding
// merges. The map's shapes shrink to about half, unchanged to the eye at the map's scale.

/** `d` of M, L and Z commands (what d3-geo writes for polygons); `step` the grid, e.g. 0.5. */
export function compactPath(d: string, step: number): string {
  const out: string[] = [];
  let x = 0;
  let y = 0;
  const snap = (v: number) => Number((Math.round(v / step) * step).toFixed(3));
  const fmt = (v: number) => {
    const text = String(v).replace(/^(-?)0\./, '$1.');
    return text === '-0' ? '0' : text;
  };
  // Numbers one after another: a minus sign separates them by itself, else a comma or space.
  const join = (parts: readonly string[]) => parts.reduce((acc, p, i) => (i === 0 || p.startsWith('-') || (p.startsWith('.') && /\.\d*$/.test(acc)) ? acc + p : `${acc},${p}`), '');
  let inLine = false;
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/gi)) {
    if (command === 'Z' || command === 'z') {
      out.push('z');
      inLine = false;
      continue;
    }
    const numbers = (args ?? '').split(/[\s,]+/).filter((n) => n !== '').map(Number);
    if (command !== 'M' && command !== 'L') throw new Error(`compactPath: unsupported command ${command}`);
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const nx = snap(numbers[i]!);
      const ny = snap(numbers[i + 1]!);
      if (command === 'M' && i === 0) {
        out.push(`M${join([fmt(nx), fmt(ny)])}`);
        inLine = false;
      } else {
        if (nx === x && ny === y) continue;
        // After the first "l", further segments repeat it implicitly.
        const coords = join([fmt(snap(nx - x)), fmt(snap(ny - y))]);
        out.push(inLine ? (coords.startsWith('-') ? coords : ` ${coords}`) : `l${coords}`);
        inLine = true;
      }
      x = nx;
      y = ny;
    }
  }
  return out.join('');
}
