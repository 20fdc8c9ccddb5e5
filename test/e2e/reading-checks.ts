/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// What a reader would see go wrong on a page, measured in the browser after layout: text cut off
// or spilling out of its box, SVG text outside its drawing, text too small to read once an SVG
// is scaled down, labels away from their controls, and the page scrolling sideways.
// readingProblems runs inside the page (page.evaluate): it must not use anything from outside.

export interface ReadingProblems {
  /** How far the page scrolls sideways, in CSS px (0 when it does not). */
  readonly pageOverflow: number;
  /** Text containers whose content is wider than their box, outside explicitly scrollable regions. */
  readonly clipped: readonly string[];
  /** Explicitly scrollable regions whose content is wider than they are (allowed, but a table should fit a phone). */
  readonly scrolling: readonly string[];
  /** SVG <text> whose box leaves its SVG's viewBox. */
  readonly outsideSvg: readonly string[];
  /** Visible text rendered below the minimum size, with the size it is shown at. */
  readonly tooSmall: readonly string[];
  /** Labels not on the same line as, and before, the control they name. */
  readonly labelsApart: readonly string[];
}

export function readingProblems(minFontPx: number): ReadingProblems {
  const describe = (el: Element, extra = ''): string => {
    const classes = typeof el.className === 'string' && el.className !== '' ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
    return `${el.tagName.toLowerCase()}${el.id === '' ? '' : `#${el.id}`}${classes} "${text}"${extra}`;
  };
  // Not shown: not rendered, moved off-screen until focused, or clipped to a pixel for screen readers only.
  const hiddenOnPurpose = (el: Element): boolean => {
    if (el.closest('.skip-link, .skip-inline, title, desc, option, script, style') !== null) return true;
    for (let at: Element | null = el; at !== null; at = at.parentElement) {
      const style = getComputedStyle(at);
      if ((style.position === 'absolute' && style.clip !== 'auto') || style.clipPath !== 'none') return true;
    }
    return false;
  };
  const isDrawn = (el: Element) => el.getClientRects().length > 0;

  const root = document.documentElement;
  const pageOverflow = Math.max(0, root.scrollWidth - root.clientWidth);

  const clipped: string[] = [];
  const scrolling: string[] = [];
  for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
    // Inline boxes have no clientWidth; the cheap test goes first, as pages have thousands of elements.
    if (el.scrollWidth <= el.clientWidth + 1 || el.clientWidth === 0) continue;
    if (el.closest('svg') || el.matches('input, select, textarea, button, table, tbody, thead, tr, img') || hiddenOnPurpose(el)) continue;
    const scrolls = ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
    (scrolls ? scrolling : clipped).push(describe(el, ` scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`));
  }

  const outsideSvg: string[] = [];
  for (const svg of document.querySelectorAll<SVGSVGElement>('svg')) {
    if (svg.ownerSVGElement !== null || !isDrawn(svg) || svg.getBoundingClientRect().width === 0) continue;
    const view = svg.viewBox.baseVal;
    const toSvg = svg.getScreenCTM()?.inverse();
    if (toSvg === undefined || view.width === 0) continue;
    for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
      if (!isDrawn(text)) continue;
      const box = text.getBBox();
      const matrix = toSvg.multiply(text.getScreenCTM() ?? new DOMMatrix());
      const corners = [
        [box.x, box.y],
        [box.x + box.width, box.y],
        [box.x, box.y + box.height],
        [box.x + box.width, box.y + box.height],
      ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(matrix));
      const xs = corners.map((p) => p.x);
      const ys = corners.map((p) => p.y);
      const out =
        Math.min(...xs) < view.x - 0.5 ||
        Math.max(...xs) > view.x + view.width + 0.5 ||
        Math.min(...ys) < view.y - 0.5 ||
        Math.max(...ys) > view.y + view.height + 0.5;
      if (out) outsideSvg.push(describe(text, ` in #${svg.id} spans x ${Math.round(Math.min(...xs))}..${Math.round(Math.max(...xs))} of ${view.width}`));
    }
  }

  const tooSmall: string[] = [];
  const seen = new Set<Element>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent === null || seen.has(parent) || (node.textContent ?? '').trim() === '') continue;
    seen.add(parent);
    let size = parseFloat(getComputedStyle(parent).fontSize);
    if (parent instanceof SVGGraphicsElement) {
      const ctm = parent.getScreenCTM();
      size *= ctm === null ? 1 : Math.hypot(ctm.a, ctm.b);
    }
    if (size >= minFontPx - 0.01) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const visible = [...range.getClientRects()].some((r) => r.width > 1 && r.height > 1 && r.right > 0 && r.bottom > 0);
    if (visible && !hiddenOnPurpose(parent)) tooSmall.push(describe(parent, ` at ${size.toFixed(1)}px`));
  }

  const labelsApart: string[] = [];
  for (const label of document.querySelectorAll<HTMLLabelElement>('label[for]')) {
    const control = document.getElementById(label.htmlFor);
    if (control === null || !isDrawn(label) || !isDrawn(control)) continue;
    const l = label.getBoundingClientRect();
    const c = control.getBoundingClientRect();
    const sameLine = Math.abs((l.top + l.bottom) / 2 - (c.top + c.bottom) / 2) < c.height / 2;
    if (!sameLine || l.right > c.left + 1) labelsApart.push(describe(label, ` at (${Math.round(l.left)}, ${Math.round(l.top)}), control at (${Math.round(c.left)}, ${Math.round(c.top)})`));
  }

  return { pageOverflow, clipped, scrolling, outsideSvg, tooSmall, labelsApart };
}
