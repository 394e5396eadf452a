/**
 * A document model (doc-model.ts) as a Word file (.docx), in the layout of official documents
 * (GB/T 9704-2012, 党政机关公文格式): A4, top margin 37 mm, binding (left) margin 28 mm, a text block
 * of 156 × 225 mm holding 22 lines of 28 characters; the body in 仿宋 3号 (16 pt), the title
 * in 方正小标宋简体 2号 (22 pt) centred, headings in 黑体 3号, the page number in 宋体 4号 (14 pt) as
 * "— 1 —" under the text block, on the outside: odd pages at the right, even pages at the left, one
 * character in from the edge of the text block. Fonts are named, not embedded: Word and WPS find them
 * on a government desktop, and LibreOffice substitutes a Chinese font where they are missing. Latin
 * text is in Times New Roman.
 *
 * The only module that imports `docx` (about 70 kB gzipped): the page loads it with a dynamic import
 * when the user asks for the document. Runs in Node as well (the unit tests unzip what it writes).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { Lang } from '../../domain/lang.ts';
import { formatNum, perLang } from '../../domain/text.ts';
import {
  figureLabel,
  numberedHeading,
  tableLabel,
  type DocBlock,
  type DocCell,
  type DocImage,
  type DocModel,
  type DocTable,
} from './doc-model.ts';

/** Twips (1/20 pt) per millimetre: 1440 per inch, 25.4 mm per inch. */
const TWIPS_PER_MM = 1440 / 25.4;
export const mmToTwips = (mm: number) => Math.round(mm * TWIPS_PER_MM);

/** The page of GB/T 9704-2012, mm. */
export const PAGE_MM = { width: 210, height: 297, top: 37, left: 28, textWidth: 156, textHeight: 225 } as const;
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

const PAGE = {
  width: mmToTwips(PAGE_MM.width),
  height: mmToTwips(PAGE_MM.height),
  top: mmToTwips(PAGE_MM.top),
  left: mmToTwips(PAGE_MM.left),
  right: mmToTwips(PAGE_MM.width - PAGE_MM.left - PAGE_MM.textWidth),
  bottom: mmToTwips(PAGE_MM.height - PAGE_MM.top - PAGE_MM.textHeight),
};
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const TEXT_HEIGHT = PAGE.height - PAGE.top - PAGE.bottom;
/** The line pitch, twips: the largest whole pitch with which 22 lines fit the text block's height. */
export const LINE_PITCH = Math.floor(TEXT_HEIGHT / LINES_PER_PAGE);

/** Font sizes, half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 小四 12 pt. */
const SIZE = { title: 44, body: 32, small: 28, table: 24 } as const;
/**
 * 28 characters a line: 16 pt characters are 320 twips wide and 28 of them 8,960, more than the text
 * block's 8,845, so the body's characters are set closer by `CONDENSE` twips each (the least whole
 * number with which 28 fit). A character grid (docGrid `linesAndChars`, charSpace -842) would say the
 * same to Word, but LibreOffice sets a character wider than the grid's cell in two cells and prints
 * 14 characters a line; condensed text is read alike by Word, WPS and LibreOffice. The line grid
 * stays: 22 lines to the page.
 */
export const CONDENSE = Math.ceil(SIZE.body * 10 - TEXT_WIDTH / CHARS_PER_LINE);
/** One character of the body, twips (the first-line indent is two). */
const CHAR_PITCH = SIZE.body * 10 - CONDENSE;

/** The fonts, by their names on a Chinese Windows desktop. */
export const FONTS = {
  body: '仿宋',
  title: '方正小标宋简体',
  heading: '黑体',
  kai: '楷体',
  pageNumber: '宋体',
  latin: 'Times New Roman',
} as const;

/** A font for East Asian text, Times New Roman for Latin (the page number: 宋体 for both, as the standard asks). */
const font = (eastAsia: string, latin: string = FONTS.latin) => ({ ascii: latin, hAnsi: latin, cs: latin, eastAsia });

type RunStyle = Pick<IRunOptions, 'font' | 'size' | 'bold' | 'color' | 'snapToGrid' | 'characterSpacing'>;
const BODY: RunStyle = { font: font(FONTS.body), size: SIZE.body, characterSpacing: -CONDENSE };
const HEADING: RunStyle = { font: font(FONTS.heading), size: SIZE.body, characterSpacing: -CONDENSE };
const TITLE: RunStyle = { font: font(FONTS.title), size: SIZE.title };
const KAI: RunStyle = { font: font(FONTS.kai), size: SIZE.body, characterSpacing: -CONDENSE };
/* Smaller type is set on lines of its own height (exactly, which Word and LibreOffice put before the line grid). */
const NOTE: RunStyle = { font: font(FONTS.body), size: SIZE.small, snapToGrid: false };
const CAPTION: RunStyle = { font: font(FONTS.heading), size: SIZE.small, snapToGrid: false };
const CELL: RunStyle = { font: font(FONTS.body), size: SIZE.table, snapToGrid: false };
const CELL_HEAD: RunStyle = { font: font(FONTS.heading), size: SIZE.table, snapToGrid: false };

/** Lines set exactly (not on the grid): table cells, captions and notes in smaller type. */
const exactly = (halfPoints: number) => ({ line: Math.round(halfPoints * 10 * 1.25), lineRule: LineRuleType.EXACT });

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** A cell's text, and whether it goes to the right (a number, or a cell that says so). */
function cellText(lang: Lang, c: DocCell): { text: string; numeric: boolean; bold?: boolean; color?: string } {
  if (typeof c === 'number') return { text: formatNum(lang, c), numeric: true };
  if (typeof c === 'string') return { text: c, numeric: false };
  const v = c.value;
  return {
    text: typeof v === 'number' ? formatNum(lang, v, c.digits) : v,
    numeric: c.align ? c.align === 'right' : typeof v === 'number',
    bold: c.bold,
    color: c.color,
  };
}

function tableOf(lang: Lang, t: DocTable, n: number): (Paragraph | Table)[] {
  const sum = t.widths.reduce((a, b) => a + b, 0) || 1;
  const widths = t.widths.map((w) => Math.floor((TEXT_WIDTH * w) / sum));
  const row = (cells: DocCell[], kind: 'head' | 'body' | 'total') =>
    new TableRow({
      tableHeader: kind === 'head',
      cantSplit: true,
      children: cells.map((c, k) => {
        const v = cellText(lang, c);
        return new TableCell({
          width: { size: widths[k], type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          children: [
            new Paragraph({
              alignment: kind === 'head' ? AlignmentType.CENTER : v.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
              spacing: exactly(SIZE.table),
              children: [
                new TextRun({
                  ...(kind === 'head' ? CELL_HEAD : CELL),
                  text: v.text,
                  bold: kind === 'total' || v.bold,
                  color: v.color,
                }),
              ],
            }),
          ],
        });
      }),
    });
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { ...exactly(SIZE.small), before: 120, after: 60 },
      children: [new TextRun({ ...CAPTION, text: `${tableLabel(lang, n)}　${t.caption}` })],
    }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: { top: 30, bottom: 30, left: 80, right: 80 },
      borders: {
        top: BORDER,
        bottom: BORDER,
        left: BORDER,
        right: BORDER,
        insideHorizontal: BORDER,
        insideVertical: BORDER,
      },
      rows: [
        ...t.header.map((r) => row(r, 'head')),
        ...t.rows.map((r) => row(r, 'body')),
        ...(t.total ? [row(t.total, 'total')] : []),
      ],
    }),
    ...(t.note
      ? [
          new Paragraph({
            spacing: { ...exactly(SIZE.small), before: 60 },
            children: [new TextRun({ ...NOTE, text: t.note })],
          }),
        ]
      : []),
  ];
}

/** Pixels at 96 to the inch, which docx takes for an image's size. */
const mmToPx = (mm: number) => Math.round((mm / 25.4) * 96);

function imageOf(lang: Lang, img: DocImage, n: number): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120 },
      children: [
        new ImageRun({
          type: 'png',
          data: img.png,
          transformation: { width: mmToPx(img.widthMm), height: mmToPx(img.heightMm) },
          altText: { name: img.caption, title: img.caption, description: img.alt },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { ...exactly(SIZE.small), before: 60, after: 60 },
      children: [new TextRun({ ...CAPTION, text: `${figureLabel(lang, n)}　${img.caption}` })],
    }),
  ];
}

/** The numbers of the tables and figures so far. */
interface Counters {
  tables: number;
  figures: number;
}

function blockOf(lang: Lang, b: DocBlock, count: Counters): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'paragraph':
      if (b.style === 'note')
        return [
          new Paragraph({
            alignment: b.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
            spacing: exactly(SIZE.small),
            children: b.runs.map((r) => new TextRun({ ...NOTE, text: r.text, bold: r.bold, color: r.color })),
          }),
        ];
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: 2 * CHAR_PITCH },
          children: b.runs.map((r) => new TextRun({ ...BODY, text: r.text, bold: r.bold, color: r.color })),
        }),
      ];
    case 'notice':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          border: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
          children: [new TextRun({ ...KAI, text: b.text })],
        }),
      ];
    case 'table':
      return tableOf(lang, b, ++count.tables);
    case 'image':
      return imageOf(lang, b, ++count.figures);
  }
}

/** The page number "— 1 —", at the outside of the page: right on odd pages, left on even ones, one character in. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const run: RunStyle = { font: font(FONTS.pageNumber, FONTS.pageNumber), size: SIZE.small, snapToGrid: false };
  const inset = SIZE.small * 10; // one 4号 character, twips
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: inset } : { left: inset },
        children: [
          new TextRun({ ...run, text: '— ' }),
          new TextRun({ ...run, children: [PageNumber.CURRENT] }),
          new TextRun({ ...run, text: ' —' }),
        ],
      }),
    ],
  });
}

/** The docx `Document` of a model (for `Packer`). */
export function docxDocument(model: DocModel): Document {
  const { lang } = model;
  const count: Counters = { tables: 0, figures: 0 };
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ ...TITLE, text: model.title })],
    }),
    new Paragraph({ children: [] }),
    ...model.periodLines.map(
      (line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ ...KAI, text: line })] }),
    ),
    new Paragraph({ children: [] }),
    ...model.lead.flatMap((b) => blockOf(lang, b, count)),
  ];
  model.sections.forEach((s, k) => {
    children.push(
      new Paragraph({
        keepNext: true,
        indent: { firstLine: 2 * CHAR_PITCH },
        children: [new TextRun({ ...HEADING, text: numberedHeading(lang, k + 1, s.heading) })],
      }),
    );
    for (const b of s.blocks) children.push(...blockOf(lang, b, count));
  });
  if (model.closing.length > 0) {
    children.push(new Paragraph({ children: [] }));
    for (const line of model.closing)
      children.push(new Paragraph({ spacing: exactly(SIZE.small), children: [new TextRun({ ...NOTE, text: line })] }));
  }

  return new Document({
    title: model.title,
    subject: model.subject,
    creator: model.author,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: {
            font: font(FONTS.body),
            size: SIZE.body,
            language: { value: perLang(lang, { zh: 'zh-CN', en: 'en-US' }), eastAsia: 'zh-CN' },
          },
          paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO } },
        },
      },
      // Normal as the body, for text added in Word.
      paragraphStyles: [
        {
          id: 'Normal',
          name: 'Normal',
          quickFormat: true,
          run: { font: font(FONTS.body), size: SIZE.body, characterSpacing: -CONDENSE },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.top,
              bottom: PAGE.bottom,
              left: PAGE.left,
              right: PAGE.right,
              header: mmToTwips(15),
              // The page number's line starts 7 mm under the text block (GB/T 9704-2012, 7.5).
              footer: mmToTwips(PAGE_MM.height - PAGE_MM.top - PAGE_MM.textHeight - 7 - 6),
            },
          },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children,
      },
    ],
  });
}

/** The .docx file of a model, as bytes. */
export function writeDocx(model: DocModel): Promise<Uint8Array> {
  return Packer.pack(docxDocument(model), 'uint8array');
}

/** Its MIME type. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
