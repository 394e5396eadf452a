/**
 * `npm run build-data` on a bureau's own folder, as a bureau would run it: a GBK enterprise CSV with
 * a title row and Chinese headers, an .xlsx hazard ledger, zipped Gauss-Kruger Shapefiles, AMap
 * coordinates named with --coords. The bundle is written, and build-report.json lists every bad row
 * with the file, the row the user sees and the user's own column name.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from './demo/index.ts';
import { makeBureauFiles, type BureauFiles } from '../tests/fixtures/bureau-files.ts';
import type { DatasetManifest, ValidationIssue } from '../src/data/dataset.ts';
import { lyingZip } from '../src/data/import/test-support/lying-zip.ts';
import { writeXlsx, xlsxParts, zipParts } from '../src/data/import/test-support/write-xlsx.ts';
import { strToU8, zipSync } from 'fflate';
import { buildData } from './build-data.ts';

interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run build-data -- <args>` in a process of its own, as a deploy script runs it. */
const cli = (args: string[]) =>
  new Promise<CliRun>((done) => {
    const child = spawn('npx', ['tsx', 'scripts/build-data.ts', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });

/** buildData in this process: its exit code and the lines it would print, in order. */
const build = (args: string[]) => {
  const lines: string[] = [];
  const say = (s: string) => void lines.push(s);
  const code = buildData(args, { log: say, warn: say, error: say });
  return { code, lines, text: lines.join('\n') };
};

// A small good folder, and bytes no reader takes: NULs for the text readers, no directory for the zip reader.
const square = [
  [
    [121.4, 29.8],
    [121.5, 29.8],
    [121.5, 29.9],
    [121.4, 29.9],
    [121.4, 29.8],
  ],
];
const good = {
  'towns.geojson': JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { code: 'T1', name: '甲街道' },
        geometry: { type: 'Polygon', coordinates: square },
      },
    ],
  }),
  'enterprises.csv': 'credit_code,name,lon,lat,sector\nE1,一厂,121.42,29.82,machinery\n',
  'meta.json': JSON.stringify({ name: '测试区', as_of: '2026-06-30' }),
};
const junk = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 251);
const writeFolder = (dir: string, files: Record<string, string | Uint8Array>) => {
  mkdirSync(dir);
  for (const [f, content] of Object.entries(files)) writeFileSync(join(dir, f), content);
  return dir;
};

let root = '';
let fx: BureauFiles;
let bureau: ReturnType<typeof build>;
let junkRun: Promise<CliRun>;

/**
 * The bureau's folder (a generated district of 300 enterprises, made into a bureau's files) and its
 * build, in this process. 3-5 s, nearly all of it the demo generator (over 3 s on its own even for
 * 300 enterprises), so the hook is given 60 s: room for a machine busy with other test files.
 * The build itself is under 0.5 s. The one command-line run (1.5-2 s, mostly npx and tsx starting)
 * is started first and awaited by its own test, so it runs while the folder is made.
 */
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'build-data-test-'));
  junkRun = cli([
    writeFolder(join(root, 'junk-hazards'), { ...good, 'hazards.csv': junk }),
    '--out',
    join(root, 'junk-out'),
  ]);
  const demo = join(root, 'demo');
  generateDemo({ seed: 11, enterprises: 300, out: demo });
  fx = makeBureauFiles(demo, 250);
  const folder = join(root, 'bureau');
  mkdirSync(folder);
  for (const f of fx.files) writeFileSync(join(folder, f.name), f.buffer);
  bureau = build([folder, '--out', join(root, 'out'), '--coords', 'gcj02']);
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('build-data on a bureau folder', () => {
  it('reads each file in its role and writes the bundle', () => {
    expect(bureau.code, bureau.text).toBe(0);
    expect(bureau.text).toMatch(/企业风险台账\.csv as enterprises: .*header on row 2, gb18030/);
    expect(bureau.text).toMatch(/隐患排查台账\.xlsx as hazards/);
    expect(bureau.text).toMatch(/镇街\.shp as towns: .*EPSG:4549/);
    const manifest = JSON.parse(readFileSync(join(root, 'out/bureau/manifest.json'), 'utf8')) as DatasetManifest;
    // Every good row, and not the unknown sector (no one assigned it on the command line).
    expect(manifest.enterprises).toBe(fx.enterprises.good);
    expect(manifest.hazards).toBe(fx.hazards.good);
    expect([manifest.towns.length, manifest.grids.length, manifest.parks.length]).toEqual([
      fx.towns,
      fx.grids,
      fx.parks,
    ]);
    expect(manifest.sourceCoords).toBe('gcj02');
    const list = JSON.parse(readFileSync(join(root, 'out/datasets.json'), 'utf8')) as { id: string }[];
    expect(list.map((d) => d.id)).toEqual(['bureau']);
  });

  it("reports every bad row with the line or row the user sees and the user's column", () => {
    const { issues } = JSON.parse(readFileSync(join(root, 'out/bureau/build-report.json'), 'utf8')) as {
      issues: ValidationIssue[];
    };
    const errors = issues.filter((i) => i.severity === 'error').map((i) => `${i.file}:${i.row}:${i.column}`);
    const [csv, xlsx] = [fx.files[0].name, fx.files[1].name];
    const [noCode, badLon, duplicate] = fx.enterprises.badLines;
    expect(errors.sort()).toEqual(
      [
        `${csv}:${noCode}:统一社会信用代码`,
        `${csv}:${badLon}:经度`,
        `${csv}:${duplicate}:统一社会信用代码`,
        `${csv}:${fx.enterprises.unknownSectorLine}:行业领域`,
        `${xlsx}:${fx.hazards.badRows[0]}:统一社会信用代码`,
        `${xlsx}:${fx.hazards.badRows[1]}:发现日期`,
      ].sort(),
    );
    expect(issues.every((i) => i.reason && i.reasonZh)).toBe(true);
  });
});

/**
 * A file that cannot be read is named with its own reason, and the run fails unless --allow-missing
 * says to build what can be built: a deploy script must not ship a dataset without its hazard ledger
 * because the ledger was junk. Run in-process (buildData); one case also through the command line,
 * started in the beforeAll.
 */
describe('build-data with a file it cannot read', () => {
  const base = mkdtempSync(join(tmpdir(), 'build-data-unreadable-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  // An enterprise workbook whose sheet declares 100 bytes and inflates to far more.
  const rows = [
    { r: 1, cells: ['credit_code', 'name', 'lon', 'lat', 'sector'] },
    ...Array.from({ length: 200 }, (_, i) => ({ r: i + 2, cells: [`E${i}`, `厂${i}`, 121.42, 29.82, 'machinery'] })),
  ];
  const parts = xlsxParts({ sheets: [{ name: 'Sheet1', rows }] });
  const bomb = lyingZip(
    zipParts(parts),
    'xl/worksheets/sheet1.xml',
    100,
    new TextEncoder().encode(parts['xl/worksheets/sheet1.xml']),
  );

  const folder = (name: string, files: Record<string, string | Uint8Array>) => writeFolder(join(base, name), files);
  const run = (dir: string, ...flags: string[]) => build([dir, '--out', join(base, 'out'), ...flags]);
  const hazardsDir = folder('junk-hazards', { ...good, 'hazards.csv': junk });
  const built = (id: string) => existsSync(join(base, 'out', id, 'manifest.json'));

  it('an optional file (hazards.csv of junk): its reason, exit 3 and no bundle; --allow-missing builds without it and counts it', () => {
    const r = run(hazardsDir);
    expect(r.code).toBe(3);
    expect(r.text).toMatch(/^ERROR hazards\.csv: cannot be read: this is not a text file \(the content is binary\)/m);
    expect(r.lines.at(-1)).toBe(
      `${hazardsDir}: bundle not written: 1 file unreadable (hazards.csv); fix or remove it, or pass --allow-missing to build without it`,
    );
    expect(built('junk-hazards')).toBe(false);

    const allowed = run(hazardsDir, '--allow-missing');
    expect(allowed.code).toBe(0);
    expect(allowed.text).toMatch(/^ERROR hazards\.csv: cannot be read: /m);
    expect(allowed.text).not.toMatch(/hazards\.csv:0/); // said once, with its reason, not again among the rows' issues
    expect(allowed.lines.at(-1)).toMatch(
      /^built .*: 1 enterprises .* 0 hazards, .*; 0 rows rejected, \d+ warnings, 1 file unreadable \(hazards\.csv\); [\d.]+ s$/,
    );
    expect(built('junk-hazards')).toBe(true);
    const report = JSON.parse(readFileSync(join(base, 'out/junk-hazards/build-report.json'), 'utf8')) as {
      issues: ValidationIssue[];
    };
    expect(report.issues[0]).toMatchObject({ file: 'hazards.csv', row: 0, severity: 'error' });
  });

  it('an unreadable file refuses the bundle before the build: no row of the other files is checked, none is left to be "nothing usable"', () => {
    // One enterprise the build would reject (no coordinates) and none it would keep: built, this is exit 1 with a row error.
    const r = run(
      folder('junk-hazards-bad-row', {
        ...good,
        'enterprises.csv': 'credit_code,name,lon,lat,sector\nE1,一厂,,,machinery\n',
        'hazards.csv': junk,
      }),
    );
    expect(r.code).toBe(3);
    expect(r.lines.filter((l) => /^(ERROR|warn ) \S+:\d+ \[/.test(l))).toEqual([]);
    expect(r.lines.at(-1)).toMatch(/bundle not written: 1 file unreadable \(hazards\.csv\); fix or remove it/);
  });

  it('a required file (towns.zip of junk, or a workbook bomb): its own reason before "no town boundaries", exit 2', () => {
    const towns = run(folder('junk-towns', { 'enterprises.csv': good['enterprises.csv'], 'towns.zip': junk }));
    expect(towns.code).toBe(2);
    expect(towns.lines[towns.lines.length - 2]).toBe(
      'ERROR towns.zip: cannot be read: Not a valid ZIP file (it may be damaged or only partly downloaded)',
    );
    expect(towns.lines.at(-1)).toMatch(/no town boundaries.*; bundle not written; 1 file unreadable \(towns\.zip\)$/);

    const sheet = run(folder('bomb-sheet', { 'towns.geojson': good['towns.geojson'], 'enterprises.xlsx': bomb }));
    expect(sheet.code).toBe(2);
    expect(sheet.text).toMatch(
      /^ERROR enterprises\.xlsx: cannot be read: "xl\/worksheets\/sheet1\.xml" in the workbook inflates to \d+ KB, more than the 100 B its directory declares/m,
    );
    expect(sheet.text).not.toMatch(/empty/);
    expect(sheet.lines.at(-1)).toMatch(/no enterprise table.*1 file unreadable \(enterprises\.xlsx\)$/);
  });

  it('a folder with nothing wrong still says so: 0 files unreadable', () => {
    const r = run(folder('fine', good));
    expect(r.code).toBe(0);
    expect(r.lines.at(-1)).toMatch(/, 0 files unreadable; [\d.]+ s$/);
  });

  it('a file that is no data (a README, a Word note, Thumbs.db, loose or in a zip) is left out with a note, not counted unreadable', () => {
    const notes = zipSync({
      'towns.geojson': strToU8(good['towns.geojson'] as string),
      '.DS_Store': junk,
      '说明.docx': junk,
    });
    const r = run(
      folder('with-notes', {
        'enterprises.csv': good['enterprises.csv'],
        'meta.json': good['meta.json'],
        'README.md': '# 数据说明',
        'Thumbs.db': junk,
        'data.zip': notes,
      }),
    );
    expect(r.code).toBe(0);
    for (const f of ['README.md', 'Thumbs.db', 'data.zip/.DS_Store', 'data.zip/说明.docx'])
      expect(r.text).toContain(`note  ${f}: not a data file`);
    expect(r.lines.at(-1)).toMatch(/, 0 files unreadable; [\d.]+ s$/);
    expect(built('with-notes')).toBe(true);
  });

  it('picks up an inspection ledger (inspections.xlsx) and writes inspections.arrow; built again without it, none is left behind', () => {
    const ledger = writeXlsx({
      sheets: [
        {
          name: '检查记录',
          rows: [
            { r: 1, cells: ['2026年执法检查台账'] },
            { r: 2, cells: ['检查编号', '统一社会信用代码', '检查日期', '检查类型', '检查单位', '行政处罚'] },
            { r: 3, cells: ['JC001', 'E1', '2026-03-05', '执法检查', '执法大队一中队', '罚款5000元'] },
            { r: 4, cells: ['JC002', 'E1', '2026-05-06', '网格巡查', '甲街道应急办', ''] },
          ],
        },
      ],
    });
    const dir = folder('ledger', { ...good, 'inspections.xlsx': ledger });
    const r = run(dir);
    expect(r.code, r.text).toBe(0);
    expect(r.text).toMatch(/read {2}inspections\.xlsx as inspections: 2 rows, header on row 2/);
    expect(r.lines.at(-1)).toMatch(/, 2 inspections, /);
    const out = join(base, 'out', 'ledger');
    expect((JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as DatasetManifest).inspections).toBe(2);
    expect(existsSync(join(out, 'inspections.arrow'))).toBe(true);
    rmSync(join(dir, 'inspections.xlsx'));
    expect(run(dir).code).toBe(0);
    expect(
      (JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as DatasetManifest).inspections,
    ).toBeUndefined();
    expect(existsSync(join(out, 'inspections.arrow'))).toBe(false);
  });

  it('the command line exits with the code, and writes nothing', async () => {
    const r = await junkRun;
    expect(r.status, r.stderr).toBe(3);
    expect(r.stderr).toMatch(/^ERROR hazards\.csv: cannot be read: this is not a text file/m);
    expect(existsSync(join(root, 'junk-out'))).toBe(false);
  });
});
