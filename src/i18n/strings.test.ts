/**
 * The string catalogue: every table of UI text, in every `strings.ts` / `*-strings.ts` under src/ (and
 * the pure modules' own tables, which may not import src/i18n), has both languages, the same
 * placeholders in both, English punctuation in English and Chinese in Chinese; no source file outside
 * src/i18n picks a language with an inline `lang === 'zh'` comparison; and `tr` / `formatNum` behave.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as explain from '../domain/explain.ts';
import * as enterpriseColumns from '../data/columns/enterprise-columns.ts';
import * as hazardColumns from '../data/columns/hazard-columns.ts';
import * as exportCsv from '../data/export-csv.ts';
import * as reportCsv from '../data/import/report-csv.ts';
import { APP_TEXT, nameIn } from './strings.ts';
import { PUNCT } from './punct-strings.ts';
import { dataName, formatNum, localeOf, otherLang, shortName, tr, trBoth, unitName } from './text.ts';

type Module = Record<string, unknown>;

/** Every catalogue file under src/, by path from the project root ("/src/…"). */
const CATALOGUE = import.meta.glob<Module>(['/src/**/strings.ts', '/src/**/*-strings.ts'], { eager: true });

/** The tables of the pure modules (domain, data), which keep `{zh, en}` entries of their own. */
const PURE_MODULES: Record<string, Module> = {
  '/src/domain/explain.ts': explain,
  '/src/data/columns/enterprise-columns.ts': enterpriseColumns,
  '/src/data/columns/hazard-columns.ts': hazardColumns,
  '/src/data/export-csv.ts': exportCsv,
  '/src/data/import/report-csv.ts': reportCsv,
};

/** The catalogue files made in the conversion to the one format; the glob must find at least these. */
const EXPECTED_FILES = [
  '/src/i18n/strings.ts', '/src/i18n/punct-strings.ts', '/src/panels/area-mode-strings.ts', '/src/panels/risk-explanation-strings.ts',
  '/src/panels/area/strings.ts', '/src/panels/charts/chart-strings.ts', '/src/panels/import/import-strings.ts',
  '/src/panels/ledger/strings.ts', '/src/panels/model/model-strings.ts', '/src/panels/table/strings.ts',
];
/** The tables in those files: APP_TEXT, PUNCT, AREA_MODE_TEXT, RISK_EXPLANATION_TEXT, AREA_TEXT, KIND_LABEL, CHART_TEXT, IMPORT_TEXT, ROLE_TEXT, CRS_TEXT, LEDGER_TEXT, LEDGER_COLUMNS, MODEL_TEXT, TABLE_TEXT, COLUMN_NAMES. */
const EXPECTED_TABLES = 15;

/** Texts written the same in both languages (symbols, units, abbreviations): their Chinese needs no Han character. */
const SAME_IN_BOTH = new Set(['3D', '2D', 'km²', 'CSV', 'JSON']);

/**
 * `table.key`s whose English may hold Chinese characters or punctuation. None: the texts that show both
 * languages on purpose (the language switch, the demo badge's second half) are entries looked up in
 * the other language (`otherLang`), each entry in its own language.
 */
const EN_MAY_HOLD_CHINESE = new Set<string>([]);

const HAN = /\p{Script=Han}/u;
/** CJK symbols and punctuation (、。「」【】…) and the full-width forms (，：；（）！？…). */
const CJK_PUNCT = /[\u3000-\u303f\uff00-\uffef]/;
const CJK_PUNCT_ALL = new RegExp(CJK_PUNCT.source, 'g');
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const isEntryLike = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && ('zh' in v || 'en' in v);

/** The exported tables of a module: plain objects whose values include `{zh, en}` entries. */
function tablesOf(file: string, mod: Module): { name: string; entries: [string, unknown][] }[] {
  const out: { name: string; entries: [string, unknown][] }[] = [];
  for (const [name, value] of Object.entries(mod)) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    const entries = Object.entries(value);
    if (entries.some(([, v]) => isEntryLike(v))) out.push({ name: `${file} ${name}`, entries });
  }
  return out;
}

/** What is wrong with one entry of a table, as readable lines. */
function entryProblems(table: string, key: string, e: unknown): string[] {
  const id = `${table}.${key}`;
  if (!isEntryLike(e)) return [`${id}: not a {zh, en} entry`];
  const { zh, en } = e;
  if (typeof zh !== 'string' || zh === '') return [`${id}: zh is not a non-empty string`];
  if (typeof en !== 'string' || en === '') return [`${id}: en is not a non-empty string`];
  const out: string[] = [];
  if (placeholders(zh).join() !== placeholders(en).join()) out.push(`${id}: placeholders differ: zh {${placeholders(zh)}} en {${placeholders(en)}}`);
  if (!EN_MAY_HOLD_CHINESE.has(id) && (HAN.test(en) || CJK_PUNCT.test(en))) out.push(`${id}: en holds Chinese characters or punctuation: ${JSON.stringify(en)}`);
  // A punctuation entry (PUNCT's, or a pure module's own) is full-width marks around placeholders.
  const punctuation = zh.replace(/\{\w+\}/g, '').replace(CJK_PUNCT_ALL, '') === '' && CJK_PUNCT.test(zh);
  if (!HAN.test(zh) && !punctuation && !(zh === en && SAME_IN_BOTH.has(zh))) {
    out.push(`${id}: zh holds no Chinese character, is not punctuation and not a symbol of SAME_IN_BOTH: ${JSON.stringify(zh)}`);
  }
  return out;
}

/** The files under a folder (recursively), as paths relative to the project root with forward slashes. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push(relative('.', p).split(sep).join('/'));
  }
  return out;
}

describe('the string catalogue', () => {
  const files = Object.keys(CATALOGUE).sort();
  const tables = [...files.map((f) => tablesOf(f, CATALOGUE[f])), ...Object.entries(PURE_MODULES).map(([f, m]) => tablesOf(f, m))].flat();

  it('finds every strings.ts and *-strings.ts under src/ by its glob', () => {
    const onDisk = filesUnder('src').filter((p) => /(^|\/)(strings|[\w.-]+-strings)\.ts$/.test(p)).map((p) => `/${p}`).sort();
    expect(files).toEqual(onDisk);
    for (const f of EXPECTED_FILES) expect(files, f).toContain(f);
  });

  it('finds at least the tables made for it, and a table in every catalogue file', () => {
    const catalogueTables = files.flatMap((f) => tablesOf(f, CATALOGUE[f]));
    expect(catalogueTables.length).toBeGreaterThanOrEqual(EXPECTED_TABLES);
    for (const f of files) expect(tablesOf(f, CATALOGUE[f]).length, `${f} exports no {zh, en} table`).toBeGreaterThan(0);
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining([
      '/src/i18n/strings.ts APP_TEXT', '/src/i18n/punct-strings.ts PUNCT', '/src/domain/explain.ts EXPLAIN_TEXT',
      '/src/data/export-csv.ts EXPORT_CSV_TEXT', '/src/data/import/report-csv.ts REPORT_CSV_TEXT',
      '/src/data/columns/enterprise-columns.ts ENTERPRISE_COLUMN_TEXT', '/src/data/columns/enterprise-columns.ts DRAWER_VALUE_TEXT',
      '/src/data/columns/hazard-columns.ts HAZARD_COLUMN_TEXT',
    ]));
  });

  it('has both languages in every entry, the same placeholders, English punctuation in English and Chinese in Chinese', () => {
    const problems = tables.flatMap((t) => t.entries.flatMap(([key, e]) => entryProblems(t.name, key, e)));
    expect(problems).toEqual([]);
  });

  it('catches an entry that breaks the rules', () => {
    expect(entryProblems('T', 'a', { zh: '共 {0} 家', en: '{1} enterprises' })).toHaveLength(1);
    expect(entryProblems('T', 'b', { zh: '名称', en: 'Name：' })).toHaveLength(1);
    expect(entryProblems('T', 'c', { zh: '名称', en: '' })).toHaveLength(1);
    expect(entryProblems('T', 'd', { zh: 'Name', en: 'Name' })).toHaveLength(1);
    expect(entryProblems('T', 'e', { zh: '3D', en: '3D' })).toEqual([]);
    expect(entryProblems('T', 'f', { zh: '（{0}）', en: ' ({0})' })).toEqual([]);
    expect(entryProblems('T', 'g', { zh: '（）', en: '()' })).toEqual([]);
    expect(entryProblems('T', 'h', { zh: '({0})', en: ' ({0})' })).toHaveLength(1);
  });
});

// ---------------------------------------------------------------- no inline language picks

/** A comparison of something named …lang… with a language's code, either way round. */
const LANG_PICK = /\b\w*[lL]ang\s*[!=]==?\s*['"`](?:zh|en)['"`]|['"`](?:zh|en)['"`]\s*[!=]==?\s*[\w.]*[lL]ang\b/;
/**
 * Allowed anywhere: a check that a value is one of the languages (`lang === 'zh' || lang === 'en'`, as
 * src/state/url-state.ts reads a link), which picks nothing.
 */
const LANG_CHECK = /([\w.]+)\s*===\s*'zh'\s*\|\|\s*\1\s*===\s*'en'/g;

/** Every `file:line: text` of src/ (outside src/i18n and tests) where a language is picked inline. */
function inlinePicks(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of filesUnder('src')) {
    if (!/\.tsx?$/.test(file) || /\.test\.tsx?$/.test(file) || file.startsWith('src/i18n/')) continue;
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      if (!LANG_PICK.test(line.replace(LANG_CHECK, ''))) return;
      found.set(file, [...(found.get(file) ?? []), `${file}:${i + 1}: ${line.trim()}`]);
    });
  }
  return found;
}

describe('language picks', () => {
  const found = inlinePicks();

  it('leaves no `lang === \'zh\'` outside src/i18n: text comes from the catalogue through tr, shortName, dataName, PUNCT…', () => {
    const lines = [...found].flatMap(([, l]) => l);
    expect(lines).toEqual([]);
  });

  it('catches the forms it is meant to catch, and not a check or a change of language', () => {
    const picks = (s: string) => LANG_PICK.test(s.replace(LANG_CHECK, ''));
    expect(picks("const s = lang === 'zh' ? a : b;")).toBe(true);
    expect(picks("if (useStore.getState().lang !== 'en') x();")).toBe(true);
    expect(picks("const zh = 'zh' === s.lang;")).toBe(true);
    expect(picks("if (lang === 'zh' || lang === 'en') view.lang = lang;")).toBe(false);
    expect(picks('if (view.lang && view.lang !== s.lang) s.setLang(view.lang);')).toBe(false);
    expect(picks('else if (lang !== null) problems.push(x);')).toBe(false);
  });
});

// ---------------------------------------------------------------- tr, formatNum and the helpers

describe('tr', () => {
  const e = { zh: '共 {0} 家，{1}', en: '{0} enterprises, {1}' };

  it('picks the language and fills the placeholders, in any order and repeated', () => {
    expect(tr('zh', e, 3, '甲镇')).toBe('共 3 家，甲镇');
    expect(tr('en', e, 3, 'Town A')).toBe('3 enterprises, Town A');
    expect(tr('en', { zh: '{1}{0}{1}', en: '{1} {0} {1}' }, 'a', 'b')).toBe('b a b');
  });

  it('formats numbers for the language, and leaves strings as they are', () => {
    expect(tr('zh', e, 12345, 'x')).toBe('共 12,345 家，x');
    expect(tr('en', e, 1234567.5, 'x')).toBe('1,234,567.5 enterprises, x');
    expect(tr('en', e, '12345', 'x')).toBe('12345 enterprises, x');
  });

  it('leaves a placeholder without an argument, and a text without arguments, untouched', () => {
    expect(tr('zh', e, 1)).toBe('共 1 家，{1}');
    expect(tr('en', e)).toBe('{0} enterprises, {1}');
    expect(nameIn('zh', { zh: '重大风险', en: 'Major' })).toBe('重大风险');
  });

  it('fills the punctuation entries', () => {
    expect(`名称${tr('zh', PUNCT.parens, '园区')}`).toBe('名称（园区）');
    expect(`Name${tr('en', PUNCT.parens, 'park')}`).toBe('Name (park)');
    expect(['a', 'b'].join(tr('zh', PUNCT.enumSep))).toBe('a、b');
    expect(['a', 'b'].join(tr('en', PUNCT.enumSep))).toBe('a, b');
    expect(trBoth(PUNCT.parens, 5)).toEqual({ zh: '（5）', en: ' (5)' });
  });
});

describe('formatNum', () => {
  it('groups digits and keeps up to three decimals in both locales', () => {
    expect(formatNum('zh', 1234567)).toBe('1,234,567');
    expect(formatNum('en', 1234567)).toBe('1,234,567');
    expect(formatNum('zh', 0.12345)).toBe('0.123');
    expect(formatNum('en', -42.5)).toBe('-42.5');
  });

  it('fixes the decimals when asked, and shows a dash for what is not a number', () => {
    expect(formatNum('zh', 3, 1)).toBe('3.0');
    expect(formatNum('en', 1234.567, 2)).toBe('1,234.57');
    expect(formatNum('en', 2.5, 0)).toMatch(/^[23]$/);
    expect(formatNum('zh', NaN)).toBe('—');
    expect(formatNum('en', Infinity)).toBe('—');
  });

  it('follows the locale of the language', () => {
    expect(localeOf('zh')).toBe('zh-CN');
    expect(localeOf('en')).toBe('en-US');
    expect(formatNum('zh', 98765.4)).toBe((98765.4).toLocaleString('zh-CN'));
    expect(formatNum('en', 98765.4)).toBe((98765.4).toLocaleString('en-US'));
  });
});

describe('the language helpers', () => {
  it('name the other language, short names, data names and units', () => {
    expect(otherLang('zh')).toBe('en');
    expect(otherLang('en')).toBe('zh');
    const level = { zh: '重大风险', short: '重大', en: 'Major' };
    expect([shortName('zh', level), shortName('en', level)]).toEqual(['重大', 'Major']);
    expect(dataName('zh', { name: '示例区', nameEn: 'Demo district' })).toBe('示例区');
    expect(dataName('en', { name: '示例区', nameEn: 'Demo district' })).toBe('Demo district');
    expect(dataName('en', { name: '示例区', nameEn: '' })).toBe('示例区');
    expect([unitName('zh', { unitZh: '家', unitEn: 'enterprises' }), unitName('en', { unitZh: '家', unitEn: 'enterprises' })]).toEqual(['家', 'enterprises']);
  });

  it('let the language switch speak the language it switches to', () => {
    expect(tr(otherLang('zh'), APP_TEXT.languageName)).toBe('English');
    expect(tr(otherLang('en'), APP_TEXT.languageName)).toBe('中文');
    expect(tr(otherLang('zh'), APP_TEXT.switchToLanguage)).toBe('Switch to English');
    expect(tr(otherLang('en'), APP_TEXT.switchToLanguage)).toBe('切换到中文');
    expect(`${tr('zh', APP_TEXT.demoBadge)} / ${tr(otherLang('zh'), APP_TEXT.demoBadgeAlso)}`).toBe('示例数据 / demo data');
    expect(`${tr('en', APP_TEXT.demoBadge)} / ${tr(otherLang('en'), APP_TEXT.demoBadgeAlso)}`).toBe('Demo data / 示例数据');
  });
});
