// The two printed lists as PDF (pdfkit), like the ones a treaty's secretariat attaches to
// letters: title, date, counts, counting basis and source on the first page; a running header and
// "Page n of N" on every page; the table's header row repeated after each page break. DejaVu Sans
// is embedded (subset), so every State's name renders in every language; the document is tagged
// (headings, paragraphs, a table with header cells) with its language, and headers, footers and
// rules are marked as artifacts. No clock: the same record, list, date, language and paper give
// the same bytes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { messages } from '../i18n/index.js';
import { formatDate, type Language } from '../i18n/locale.js';
import type { ConsentKind } from '../../domain/record.js';
import type { ListTable, ListTableRow } from './list-table.js';
import type { ListText } from './list-text.js';

import type { Paper } from './list-file.js';

const pageSize: Record<Paper, string> = { a4: 'A4', letter: 'LETTER' };

const fontFile = (name: string) => fileURLToPath(import.meta.resolve(`dejavu-fonts-ttf/ttf/${name}`));
/**
 * Parsed once and shared by every document: parsing a font's tables costs about a second, and
 * each document still embeds its own subset of the glyphs it uses.
 */
let fonts: { readonly regular: fontkit.Font; readonly bold: fontkit.Font } | null = null;
const parse = (file: string) => fontkit.create(readFileSync(fontFile(file))) as fontkit.Font;
/** pdfkit takes a parsed fontkit font wherever it takes a font file (its types know only files). */
const asSource = (font: fontkit.Font) => font as unknown as string;
const loadFonts = () => (fonts ??= { regular: parse('DejaVuSans.ttf'), bold: parse('DejaVuSans-Bold.ttf') });

/**
 * The shaped runs of text pdfkit keeps per document (its font's layoutCache, keyed by string),
 * kept instead for every document: the same names and dates recur in every list, and shaping
 * them again was most of a list's cost. A run depends only on the font and the string; each
 * document still embeds its own glyph subset from it. If pdfkit stops keeping such a cache,
 * documents simply shape their own text again.
 */
const sharedLayouts = { regular: Object.create(null) as object, bold: Object.create(null) as object };
/** Names and dates in three languages stay well below this; past it, start again rather than grow. */
const maxSharedRuns = 20_000;
function shareLayouts(doc: PDFKit.PDFDocument, name: keyof typeof sharedLayouts): void {
  const font = (doc as unknown as { _font?: { layoutCache?: object } })._font;
  if (font === undefined || typeof font.layoutCache !== 'object') return;
  if (Object.keys(sharedLayouts[name]).length > maxSharedRuns) sharedLayouts[name] = Object.create(null) as object;
  font.layoutCache = sharedLayouts[name];
}

const margin = { top: 64, bottom: 64, left: 56, right: 56 };
const size = { title: 15, subtitle: 11, text: 9.5, small: 8, table: 9 };
const padding = 3;
const grey = '#444444';

type Column = { readonly header: string; readonly width: number; readonly value: (row: ListTableRow) => string };

/** The printed columns of each section (fractions of the text width). */
function columns(list: ListTable['list'], section: ListTableRow['section'], lang: Language): Column[] {
  const t = messages[lang];
  const l = t.lists;
  const c = l.columns;
  const date = (d: string | null, otherwise: string) => (d === null ? otherwise : formatDate(d, lang));
  const name: Column = { header: c.state, width: 0, value: (r) => r.cells[1] ?? r.summary.iso3 };
  const acceptance: Column = {
    header: c.acceptance, width: 0,
    value: (r) => (r.summary.consent === null ? '' : l.acceptance(formatDate(r.summary.consent.date, lang), t.consentKinds[r.summary.consent.kind as ConsentKind])),
  };
  const inForce: Column = { header: c.entryIntoForce, width: 0, value: (r) => date(r.summary.entryIntoForce, r.summary.status === 'withdrawn' ? '' : l.notYetInForce) };
  const deposited: Column = { header: c.withdrawalDeposited, width: 0, value: (r) => date(r.summary.withdrawal?.deposited ?? null, '') };
  const effective: Column = {
    header: c.withdrawalEffective, width: 0,
    value: (r) => (r.summary.withdrawal === null ? '' : r.summary.withdrawal.suspended ? l.suspended : date(r.summary.withdrawal.effective, '')),
  };
  const signature: Column = { header: c.signature, width: 0, value: (r) => date(r.summary.signature, l.notSigned) };
  const widths = (cols: Column[], fractions: number[]) => cols.map((col, i) => ({ ...col, width: fractions[i]! }));
  const status: Column = { header: t.columns.status, width: 0, value: (r) => t.statuses[r.summary.status] };
  if (list === 'states') return widths([name, status, signature, acceptance, inForce], [0.24, 0.2, 0.16, 0.24, 0.16]);
  if (list === 'states-not-party') return widths([name, signature, effective], [0.5, 0.25, 0.25]);
  return section === 'main' ? widths([name, acceptance, inForce], [0.42, 0.36, 0.22]) : widths([name, acceptance, inForce, deposited, effective], [0.24, 0.24, 0.16, 0.18, 0.18]);
}

export function listPdf(table: ListTable, text: ListText, paper: Paper): Promise<Buffer> {
  const { regular, bold } = loadFonts();
  const { lang } = table;
  const l = messages[lang].lists;
  const doc = new PDFDocument({
    size: pageSize[paper],
    margins: margin,
    bufferPages: true,
    tagged: true,
    lang,
    displayTitle: true,
    pdfVersion: '1.7',
    // The list's own date stands for the creation date, so the file holds no clock.
    info: { Title: `${text.title} (${table.asOf})`, Author: 'Adherence', Subject: text.asOf, Creator: 'Adherence', Producer: 'Adherence', CreationDate: new Date(`${table.asOf}T00:00:00Z`) },
  });
  doc.registerFont('regular', asSource(regular));
  doc.registerFont('bold', asSource(bold));
  for (const name of ['regular', 'bold'] as const) shareLayouts(doc.font(name), name);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  const width = doc.page.width - margin.left - margin.right;
  const bottom = () => doc.page.height - margin.bottom;
  const paragraph = (value: string, font: 'regular' | 'bold', fontSize: number, type: string, colour = '#000000', gap = 4) => {
    doc.font(font).fontSize(fontSize).fillColor(colour);
    doc.text(value, margin.left, doc.y, { width, structParent: root, structType: type });
    doc.moveDown(gap / fontSize);
  };
  const artifact = (draw: () => void) => {
    doc.markContent('Artifact');
    draw();
    doc.endMarkedContent();
  };

  paragraph(text.title, 'bold', size.title, 'H1');
  if (text.subtitle !== null) paragraph(text.subtitle, 'regular', size.subtitle, 'P');
  paragraph(text.asOf, 'bold', size.subtitle, 'P', '#000000', 8);
  paragraph(text.counts, 'regular', size.text, 'P');
  paragraph(text.basis, 'regular', size.text, 'P');
  paragraph(text.source, 'regular', size.small, 'P', grey, 12);

  const drawTable = (cols: readonly Column[], rows: readonly ListTableRow[]) => {
    const struct = doc.struct('Table');
    root.add(struct);
    const cellWidth = (col: Column) => col.width * width - 2 * padding;
    // Most cells fit on one line: measured by width alone and drawn without the line wrapper,
    // which is most of a list's cost; only a cell too wide for its column is wrapped.
    const fits = (value: string, col: Column) => doc.widthOfString(value) <= cellWidth(col);
    const rowHeight = (values: readonly string[], font: 'regular' | 'bold') => {
      doc.font(font).fontSize(size.table);
      const line = doc.currentLineHeight(true);
      return Math.max(...values.map((v, i) => (fits(v, cols[i]!) ? line : doc.heightOfString(v, { width: cellWidth(cols[i]!) })))) + 2 * padding;
    };
    const drawRow = (values: readonly string[], h: number, font: 'regular' | 'bold', cellType: 'TH' | 'TD' | null) => {
      const y = doc.y;
      const tr = cellType === null ? null : doc.struct('TR');
      if (tr !== null) struct.add(tr);
      let x = margin.left;
      doc.font(font).fontSize(size.table).fillColor('#000000');
      cols.forEach((col, i) => {
        const value = values[i] === undefined || values[i] === '' ? ' ' : values[i];
        const options = fits(value, col) ? { lineBreak: false } : { width: cellWidth(col) };
        if (tr === null) artifact(() => doc.text(value, x + padding, y + padding, options));
        else doc.text(value, x + padding, y + padding, { ...options, structParent: tr, structType: cellType! });
        x += col.width * width;
      });
      tr?.end();
      artifact(() => doc.moveTo(margin.left, y + h).lineTo(margin.left + width, y + h).lineWidth(font === 'bold' ? 0.8 : 0.3).strokeColor('#888888').stroke());
      doc.x = margin.left;
      doc.y = y + h;
    };
    const headers = cols.map((c) => c.header);
    const headerHeight = rowHeight(headers, 'bold');
    if (doc.y + headerHeight + rowHeight(['x'], 'regular') > bottom()) doc.addPage();
    drawRow(headers, headerHeight, 'bold', 'TH');
    for (const row of rows) {
      const values = cols.map((c) => c.value(row));
      const h = rowHeight(values, 'regular');
      if (doc.y + h > bottom()) {
        doc.addPage();
        drawRow(headers, headerHeight, 'bold', null);
      }
      drawRow(values, h, 'regular', 'TD');
    }
    struct.end();
    doc.moveDown(1);
  };

  const main = table.rows.filter((r) => r.section === 'main');
  if (main.length === 0) paragraph(l.none, 'regular', size.text, 'P');
  else drawTable(columns(table.list, 'main', lang), main);
  if (table.list === 'states-parties') {
    const apart = table.rows.filter((r) => r.section === 'withdrawing');
    if (doc.y + 60 > bottom()) doc.addPage();
    paragraph(l.withdrawingHeading, 'bold', size.subtitle, 'H2', '#000000', 6);
    if (apart.length === 0) paragraph(l.none, 'regular', size.text, 'P');
    else drawTable(columns(table.list, 'withdrawing', lang), apart);
  }
  root.end();

  // The running header and the page numbers, once the number of pages is known.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0;
    artifact(() => {
      doc.font('regular').fontSize(size.small).fillColor(grey);
      doc.text(`${text.title} · ${text.asOf}`, margin.left, margin.top / 2, { width, lineBreak: false, ellipsis: true });
      doc.text(l.page(i - range.start + 1, range.count), margin.left, doc.page.height - margin.bottom / 2 - size.small, { width, align: 'center', lineBreak: false });
    });
  }
  doc.end();
  return done;
}
