/**
 * A document as plain data, for the bulletin in Word (write-docx.ts writes it): a title, the period
 * line, then sections, each a heading and blocks (paragraphs, tables, images, notes). Nothing here
 * knows Word or the bulletin: a module that adds a part to the document (the "since last period"
 * section, say) makes a `DocSection` and puts it in with `insertSection`, and the writer lays it out
 * like every other.
 *
 * The writer numbers what a reader refers to, in the document's language: section headings (一、二、
 * / 1. 2.), table captions (表1 / Table 1) and figure captions (图1 / Figure 1), counted over the
 * sections as they finally are (`numberedHeading`, `tableLabel`, `figureLabel`), so a section added
 * or left out never leaves a gap in the numbers.
 */
import type { Lang } from '../../domain/lang.ts';
import { perLang, tr } from '../../domain/text.ts';
import { DOC_MODEL_TEXT } from './doc-model-strings.ts';

/** A piece of a paragraph's text. `color` is RRGGBB (a level's colour on its symbol). */
export interface DocRun {
  text: string;
  bold?: boolean;
  color?: string;
}

/**
 * A table cell: text, or a number (right-aligned, written in the document language's digits with
 * `digits` decimals when given).
 */
export type DocCell =
  | string
  | number
  | { value: string | number; digits?: number; bold?: boolean; color?: string; align?: 'left' | 'right' };

export interface DocTable {
  kind: 'table';
  /** Above the table, after its number ("表1　…"). */
  caption: string;
  /** Header rows (repeated on every page the table runs over). */
  header: DocCell[][];
  rows: DocCell[][];
  /** Relative column widths (any unit; the writer shares the text width out by them). */
  widths: number[];
  /** A last row to set off (a total), drawn bold. */
  total?: DocCell[];
  /** Under the table, in the note style (a source, "另有 N 项未列出"). */
  note?: string;
}

export interface DocImage {
  kind: 'image';
  /** The PNG file's bytes. */
  png: Uint8Array;
  /** Size on paper, mm. */
  widthMm: number;
  heightMm: number;
  /** Under the image, after its number ("图1　…"). */
  caption: string;
  /** What the image shows, for a reader who cannot see it (alt text). */
  alt: string;
}

export interface DocParagraph {
  kind: 'paragraph';
  runs: DocRun[];
  /** `body`: the text style, first line indented two characters; `note`: smaller, not indented. */
  style?: 'body' | 'note';
  /** A note may be centred (a legend under a figure). */
  align?: 'center';
}

/** Where something was expected and is not (no map image, no ledger): a line set off in the text. */
export interface DocNotice {
  kind: 'notice';
  text: string;
}

export type DocBlock = DocParagraph | DocTable | DocImage | DocNotice;

export interface DocSection {
  /** Names the section for `insertSection` (not shown). */
  id: string;
  /** Without its number: the writer numbers the sections. */
  heading: string;
  blocks: DocBlock[];
}

export interface DocModel {
  /** The language of the text (numbers, captions' labels). */
  lang: Lang;
  /** The document's title, centred at the top. */
  title: string;
  /** Lines under the title, centred (the period, the data date). */
  periodLines: string[];
  /** Paragraphs before the first section (the scope of the figures). */
  lead: DocBlock[];
  sections: DocSection[];
  /** After the last section, in the note style (the source, a demo's note). */
  closing: string[];
  /** The document's properties: author, subject. */
  author: string;
  subject: string;
}

/** A paragraph of plain text in the body style. */
export function para(...texts: (string | DocRun)[]): DocParagraph {
  return { kind: 'paragraph', runs: texts.map((t) => (typeof t === 'string' ? { text: t } : t)) };
}

/**
 * The model with `section` put in after the section `after` (at the end when there is no such
 * section; first when `after` is null). A new model: the one given is not changed.
 */
export function insertSection(model: DocModel, section: DocSection, after: string | null): DocModel {
  const sections = model.sections.slice();
  const k = after === null ? -1 : sections.findIndex((s) => s.id === after);
  sections.splice(after === null ? 0 : k < 0 ? sections.length : k + 1, 0, section);
  return { ...model, sections };
}

const ZH_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1..99 in Chinese numerals: 一, 十, 十一, 二十三. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10),
    ones = n % 10;
  if (tens === 0) return ZH_DIGITS[ones];
  return `${tens === 1 ? '' : ZH_DIGITS[tens]}十${ZH_DIGITS[ones]}`;
}

/** The heading of the `n`th section (from 1): "一、总体情况" / "1. Overview". */
export function numberedHeading(lang: Lang, n: number, heading: string): string {
  return tr(lang, DOC_MODEL_TEXT.heading, perLang(lang, { zh: chineseNumeral(n), en: String(n) }), heading);
}

/** The label of the `n`th table: "表1" / "Table 1". */
export function tableLabel(lang: Lang, n: number): string {
  return tr(lang, DOC_MODEL_TEXT.table, String(n));
}

/** The label of the `n`th figure: "图1" / "Figure 1". */
export function figureLabel(lang: Lang, n: number): string {
  return tr(lang, DOC_MODEL_TEXT.figure, String(n));
}
