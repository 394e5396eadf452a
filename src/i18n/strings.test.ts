/**
 * The string catalogue: every table of UI text, in every `strings.ts` / `*-strings.ts` under src/
 * (command labels and import messages included), has both languages, the same placeholders in both,
 * English punctuation in English and Chinese in Chinese, and no text twice (a text used in two places
 * is one entry referenced from both); no source file outside src/i18n and src/domain/text.ts picks a
 * language inline, with `lang === 'zh'` or with an index `entry[lang]`; and `tr` / `formatNum` behave.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as enterpriseColumns from '../data/common/columns/enterprise-columns.ts';
import * as hazardColumns from '../data/common/columns/hazard-columns.ts';
import * as inspectionColumns from '../data/common/columns/inspection-columns.ts';
import { APP_TEXT, nameIn } from './strings.ts';
import { PUNCT } from '../domain/punct-strings.ts';
import {
  dataName,
  formatNum,
  inBoth,
  localeOf,
  otherLang,
  perLang,
  shortName,
  tr,
  trBoth,
  unitName,
} from '../domain/text.ts';

type Module = Record<string, unknown>;

/** Every catalogue file under src/, by path from the project root ("/src/…"). */
const CATALOGUE = import.meta.glob<Module>(['/src/**/strings.ts', '/src/**/*-strings.ts'], { eager: true });

/**
 * Modules whose texts are not in a `*-strings.ts` file: the column registries, which declare a
 * column's texts with the column, and list them all (`columnTexts`) for this test.
 */
const PURE_MODULES: Record<string, Module> = {
  '/src/data/common/columns/enterprise-columns.ts': enterpriseColumns,
  '/src/data/common/columns/hazard-columns.ts': hazardColumns,
  '/src/data/common/columns/inspection-columns.ts': inspectionColumns,
};

/** The catalogue files made in the conversion to the one format; the glob must find at least these. */
const EXPECTED_FILES = [
  '/src/i18n/strings.ts',
  '/src/domain/punct-strings.ts',
  '/src/domain/explain-strings.ts',
  '/src/data/import/report-csv-strings.ts',
  '/src/ui/command-strings.ts',
  '/src/domain/words-strings.ts',
  '/src/data/load-bundle-strings.ts',
  '/src/workers/import-worker-strings.ts',
  '/src/data/import/zip-strings.ts',
  '/src/data/import/spreadsheet-strings.ts',
  '/src/data/import/text-file-strings.ts',
  '/src/data/import/geojson-strings.ts',
  '/src/data/import/prepare-strings.ts',
  '/src/data/import/projection-strings.ts',
  '/src/data/import/shapefile-strings.ts',
  '/src/panels/area-mode-strings.ts',
  '/src/panels/risk-explanation-strings.ts',
  '/src/panels/area/strings.ts',
  '/src/panels/charts/chart-strings.ts',
  '/src/panels/import/import-strings.ts',
  '/src/panels/ledger/strings.ts',
  '/src/panels/model/model-strings.ts',
  '/src/panels/table/strings.ts',
  '/src/data/export-strings.ts',
  '/src/data/common/columns/column-strings.ts',
];
/**
 * The tables in those files: APP_TEXT, PUNCT, PART_NAMES, VETO_NAMES, EXPLAIN_TEXT, REPORT_CSV_TEXT,
 * COMMAND_TEXT, WORDS, LOAD_BUNDLE_TEXT, IMPORT_WORKER_TEXT, ZIP_TEXT, SPREADSHEET_TEXT, TEXT_FILE_TEXT,
 * GEOJSON_TEXT, PREPARE_TEXT, PROJECTION_TEXT, SHAPEFILE_TEXT, AREA_MODE_TEXT, RISK_EXPLANATION_TEXT,
 * AREA_TEXT, KIND_LABEL, CHART_TEXT, IMPORT_TEXT, ROLE_TEXT, CRS_TEXT, LEDGER_TEXT, LEDGER_COLUMNS,
 * MODEL_TEXT, TABLE_TEXT, COLUMN_NAMES, EXPORT_CSV_TEXT, EXPORT_HAZARD_TEXT, COLUMN_HEADERS.
 */
const EXPECTED_TABLES = 33;

/** Texts written the same in both languages (symbols, units, abbreviations): their Chinese needs no Han character. */
const SAME_IN_BOTH = new Set(['3D', '2D', 'km²', 'CSV', 'JSON']);

/**
 * `table.key`s whose English may hold Chinese characters or punctuation: only the language command's
 * label, which names both languages so that a reader of either finds it. The other texts that show
 * both languages (the language switch, the demo badge's second half) are entries looked up in the
 * other language (`otherLang`), each entry in its own language.
 */
const EN_MAY_HOLD_CHINESE = new Set<string>(['/src/ui/command-strings.ts COMMAND_TEXT.languageToggle']);

const HAN = /\p{Script=Han}/u;
/** CJK symbols and punctuation (、。「」【】…) and the full-width forms (，：；（）！？…). */
const CJK_PUNCT = /[\u3000-\u303f\uff00-\uffef]/;
const CJK_PUNCT_ALL = new RegExp(CJK_PUNCT.source, 'g');
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const isEntryLike = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && ('zh' in v || 'en' in v);

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
  if (placeholders(zh).join() !== placeholders(en).join())
    out.push(`${id}: placeholders differ: zh {${placeholders(zh)}} en {${placeholders(en)}}`);
  if (!EN_MAY_HOLD_CHINESE.has(id) && (HAN.test(en) || CJK_PUNCT.test(en)))
    out.push(`${id}: en holds Chinese characters or punctuation: ${JSON.stringify(en)}`);
  // A punctuation entry (PUNCT's, or a pure module's own) is full-width marks around placeholders.
  const punctuation = zh.replace(/\{\w+\}/g, '').replace(CJK_PUNCT_ALL, '') === '' && CJK_PUNCT.test(zh);
  if (!HAN.test(zh) && !punctuation && !(zh === en && SAME_IN_BOTH.has(zh))) {
    out.push(
      `${id}: zh holds no Chinese character, is not punctuation and not a symbol of SAME_IN_BOTH: ${JSON.stringify(zh)}`,
    );
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
  const tables = [
    ...files.map((f) => tablesOf(f, CATALOGUE[f])),
    ...Object.entries(PURE_MODULES).map(([f, m]) => tablesOf(f, m)),
  ].flat();

  it('finds every strings.ts and *-strings.ts under src/ by its glob', () => {
    const onDisk = filesUnder('src')
      .filter((p) => /(^|\/)(strings|[\w.-]+-strings)\.ts$/.test(p))
      .map((p) => `/${p}`)
      .sort();
    expect(files).toEqual(onDisk);
    for (const f of EXPECTED_FILES) expect(files, f).toContain(f);
  });

  it('finds at least the tables made for it, and a table in every catalogue file', () => {
    const catalogueTables = files.flatMap((f) => tablesOf(f, CATALOGUE[f]));
    expect(catalogueTables.length).toBeGreaterThanOrEqual(EXPECTED_TABLES);
    for (const f of files)
      expect(tablesOf(f, CATALOGUE[f]).length, `${f} exports no {zh, en} table`).toBeGreaterThan(0);
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        '/src/i18n/strings.ts APP_TEXT',
        '/src/domain/punct-strings.ts PUNCT',
        '/src/domain/explain-strings.ts EXPLAIN_TEXT',
        '/src/data/export-strings.ts EXPORT_CSV_TEXT',
        '/src/data/export-strings.ts EXPORT_HAZARD_TEXT',
        '/src/data/import/report-csv-strings.ts REPORT_CSV_TEXT',
        '/src/ui/command-strings.ts COMMAND_TEXT',
        '/src/data/common/columns/enterprise-columns.ts ENTERPRISE_COLUMN_TEXT',
        '/src/data/common/columns/enterprise-columns.ts DRAWER_VALUE_TEXT',
        '/src/data/common/columns/hazard-columns.ts HAZARD_COLUMN_TEXT',
        '/src/data/common/columns/inspection-columns.ts INSPECTION_COLUMN_TEXT',
      ]),
    );
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

// ---------------------------------------------------------------- no text twice

type Group = [id: string, entry: unknown][];

/** Groups of `table.key`s (with their entries) whose distinct entries have the same Chinese and the same English. */
function repeatedTexts(tables: readonly { name: string; entries: [string, unknown][] }[]): Group[] {
  const byText = new Map<string, Group>();
  for (const t of tables) {
    for (const [key, e] of t.entries) {
      if (!isEntryLike(e)) continue;
      const text = JSON.stringify([e.zh, e.en]);
      byText.set(text, [...(byText.get(text) ?? []), [`${t.name}.${key}`, e]]);
    }
  }
  return [...byText.values()].filter((g) => new Set(g.map(([, e]) => e)).size > 1);
}

describe('repeated texts', () => {
  const files = Object.keys(CATALOGUE).sort();
  const tables = [
    ...files.map((f) => tablesOf(f, CATALOGUE[f])),
    ...Object.entries(PURE_MODULES).map(([f, m]) => tablesOf(f, m)),
  ].flat();
  const groups = repeatedTexts(tables);

  it('has no text in two entries: a text used in two places is one entry, referenced from both', () => {
    expect(groups.map((g) => g.map(([id]) => id))).toEqual([]);
  });

  it('catches two entries with the same text, and not one entry referenced twice', () => {
    const shared = { zh: '园区', en: 'Park' };
    const a = {
      name: 'A',
      entries: [
        ['park', shared],
        ['town', { zh: '镇街', en: 'Town' }],
      ] as [string, unknown][],
    };
    const b = {
      name: 'B',
      entries: [
        ['park', shared],
        ['town', { zh: '镇街', en: 'Town' }],
        ['grid', { zh: '网格', en: 'Grid' }],
      ] as [string, unknown][],
    };
    const c = { name: 'C', entries: [['grid', { zh: '网格', en: 'Grid cell' }]] as [string, unknown][] };
    expect(repeatedTexts([a, b, c]).map((g) => g.map(([id]) => id))).toEqual([['A.town', 'B.town']]);
  });
});

// ---------------------------------------------------------------- no inline language picks

/** A comparison of something named …lang… with a language's code, either way round. */
const LANG_PICK = /\b\w*[lL]ang\s*[!=]==?\s*['"`](?:zh|en)['"`]|['"`](?:zh|en)['"`]\s*[!=]==?\s*[\w.]*[lL]ang\b/;
/**
 * An index with a language variable, `x[lang]`, `x?.[s.lang]`, `T[uiLang]`: after a name, a call, an
 * index or `?.`, so that an array of dependencies `[lang]` is not one.
 */
const LANG_INDEX = /(?:[\w$)\]]|\?\.)\[\s*(?:[\w$]+\??\.)*\w*[lL]ang\s*\]/;
/**
 * Allowed anywhere: a check that a value is one of the languages (`lang === 'zh' || lang === 'en'`, as
 * src/state/url-state.ts reads a link), which picks nothing.
 */
const LANG_CHECK = /([\w.]+)\s*===\s*'zh'\s*\|\|\s*\1\s*===\s*'en'/g;
const picksLang = (line: string) => LANG_PICK.test(line.replace(LANG_CHECK, '')) || LANG_INDEX.test(line);

/** Where a language may be picked: the catalogue itself and the helpers that pick for everyone else. */
const MAY_PICK = (file: string) => file.startsWith('src/i18n/') || file === 'src/domain/text.ts';

/** Every `file:line: text` of src/ (outside MAY_PICK and tests) where a language is picked inline. */
function inlinePicks(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of filesUnder('src')) {
    if (!/\.tsx?$/.test(file) || /\.test\.tsx?$/.test(file) || MAY_PICK(file)) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!picksLang(line)) return;
        found.set(file, [...(found.get(file) ?? []), `${file}:${i + 1}: ${line.trim()}`]);
      });
  }
  return found;
}

describe('language picks', () => {
  const found = inlinePicks();

  it("leaves no `lang === 'zh'` and no `entry[lang]` outside src/i18n: text comes from the catalogue through tr, shortName, dataName, PUNCT…", () => {
    expect([...found.values()].flat()).toEqual([]);
  });

  it('catches the forms it is meant to catch, and not a check or a change of language', () => {
    expect(picksLang("const s = lang === 'zh' ? a : b;")).toBe(true);
    expect(picksLang("if (useStore.getState().lang !== 'en') x();")).toBe(true);
    expect(picksLang("const zh = 'zh' === s.lang;")).toBe(true);
    expect(picksLang("if (lang === 'zh' || lang === 'en') view.lang = lang;")).toBe(false);
    expect(picksLang('if (view.lang && view.lang !== s.lang) s.setLang(view.lang);')).toBe(false);
    expect(picksLang('else if (lang !== null) problems.push(x);')).toBe(false);
  });

  it('catches an index with a language variable, and not an array of dependencies', () => {
    expect(picksLang('text = notice[lang];')).toBe(true);
    expect(picksLang('{ROLE_TEXT[c.role]?.[lang] ?? c.role}')).toBe(true);
    expect(picksLang('const w = LABEL_WIDTH[ s.lang ];')).toBe(true);
    expect(picksLang('return f(x)[uiLang];')).toBe(true);
    expect(picksLang('const r = i[REASON[lang]];')).toBe(true);
    expect(picksLang('useEffect(() => draw(lang), [lang]);')).toBe(false);
    expect(picksLang('const deps = [s.lang];')).toBe(false);
    expect(picksLang('return [lang];')).toBe(false);
    expect(picksLang('const label = tr(lang, ROLE_TEXT[role]);')).toBe(false);
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

  it('fills a placeholder with a text in the same language, and makes a text the same way in each', () => {
    const part = { zh: '（另有 {0} 处）', en: ' (and {0} more)' };
    const whole = { zh: '第 {0} 条{1}', en: 'Record {0}{1}' };
    expect(trBoth(whole, '3', trBoth(part, '2'))).toEqual({ zh: '第 3 条（另有 2 处）', en: 'Record 3 (and 2 more)' });
    expect(trBoth(whole, '3', '')).toEqual({ zh: '第 3 条', en: 'Record 3' });
    expect(inBoth((l) => ['a', 'b'].map((n) => tr(l, PUNCT.quote, n)).join(tr(l, PUNCT.enumSep)))).toEqual({
      zh: '「a」、「b」',
      en: '"a", "b"',
    });
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
    expect([
      unitName('zh', { unitZh: '家', unitEn: 'enterprises' }),
      unitName('en', { unitZh: '家', unitEn: 'enterprises' }),
    ]).toEqual(['家', 'enterprises']);
    expect([perLang('zh', { zh: 4.6, en: 8.2 }), perLang('en', { zh: 4.6, en: 8.2 })]).toEqual([4.6, 8.2]);
  });

  it('let the language switch speak the language it switches to', () => {
    expect(tr(otherLang('zh'), APP_TEXT.languageName)).toBe('English');
    expect(tr(otherLang('en'), APP_TEXT.languageName)).toBe('中文');
    expect(tr(otherLang('zh'), APP_TEXT.switchToLanguage)).toBe('Switch to English');
    expect(tr(otherLang('en'), APP_TEXT.switchToLanguage)).toBe('切换到中文');
    expect(`${tr('zh', APP_TEXT.demoBadge)} / ${tr(otherLang('zh'), APP_TEXT.demoBadgeAlso)}`).toBe(
      '示例数据 / demo data',
    );
    expect(`${tr('en', APP_TEXT.demoBadge)} / ${tr(otherLang('en'), APP_TEXT.demoBadgeAlso)}`).toBe(
      'Demo data / 示例数据',
    );
  });
});
