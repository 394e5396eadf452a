/**
 * The Word file read back with another tool than its writer (fflate's unzip and the XML as text): the
 * page of GB/T 9704-2012 in twips worked out by hand from millimetres (1 mm = 1440 / 25.4 = 56.6929
 * twips, rounded to the nearest), the line grid, the title's and the body's fonts and sizes, the page
 * number field on odd and even pages, the summary's figures, every town's row with the zero row kept.
 */
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { handMadeInput } from '../test-support/bulletin-doc-input.ts';
import { bulletinDocModel } from './bulletin-doc-model.ts';
import { writeDocx } from './write-docx.ts';

type Files = Record<string, Uint8Array>;
const xml = (files: Files, name: string) => strFromU8(files[name]);

/** The text of each paragraph of a piece of WordprocessingML. */
const paragraphs = (x: string) =>
  [...x.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );

/** The tables of a document, each as rows of cell texts. */
const tables = (x: string) =>
  [...x.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphs(c[0]).join('')),
    ),
  );

/** The paragraph (whole XML) whose text contains `text`. */
const paragraphWith = (x: string, text: string) =>
  [...x.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => paragraphs(p).join('').includes(text));

describe('the bulletin as a .docx file', () => {
  let zh: Files;
  let doc: string;
  beforeAll(async () => {
    zh = unzipSync(await writeDocx(bulletinDocModel(handMadeInput())));
    doc = xml(zh, 'word/document.xml');
  });

  it('is an A4 page with the margins of GB/T 9704-2012, 22 lines of 28 characters', () => {
    // 210 x 297 mm = 11905.5 x 16837.8 twips; top 37 mm = 2097.6, left 28 mm = 1587.4, right 26 mm = 1474.0, bottom 35 mm = 1984.3.
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const mar = /<w:pgMar ([^>]*)\/>/.exec(doc)![1];
    expect(mar).toContain('w:top="2098"');
    expect(mar).toContain('w:left="1587"');
    expect(mar).toContain('w:right="1474"');
    expect(mar).toContain('w:bottom="1984"');
    // The text block: 16838 - 2098 - 1984 = 12756 twips high (225 mm); 22 lines fit at 579 (12756 / 22 = 579.8).
    expect(doc).toMatch(/<w:docGrid w:type="lines" w:linePitch="579"\/>/);
    // 11906 - 1587 - 1474 = 8845 wide (156 mm): 28 characters of 16 pt (320 twips) need 8960, so each is set
    // closer by 5 twips (320 - 8845 / 28 = 4.1, up to a whole twip): 28 x 315 = 8820 fit, 27 x 320 would be the most otherwise.
    const body = paragraphWith(doc, '截至2026年11月30日，全区')!;
    expect(body).toContain('<w:spacing w:val="-5"/>');
  });

  it('sets the title in 方正小标宋简体 22 pt, centred, and the body in 仿宋 16 pt', () => {
    const title = paragraphWith(doc, '测试区安全生产风险月通报')!;
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toMatch(/w:eastAsia="方正小标宋简体"/);
    expect(title).toContain('<w:sz w:val="44"/>');
    const body = paragraphWith(doc, '截至2026年11月30日，全区')!;
    expect(body).toMatch(/w:eastAsia="仿宋"/);
    expect(body).toContain('<w:sz w:val="32"/>');
    // The first line indented two characters: 2 x 315 = 630 twips.
    expect(body).toMatch(/<w:ind w:firstLine="630"\/>/);
    const heading = paragraphWith(doc, '一、总体情况')!;
    expect(heading).toMatch(/w:eastAsia="黑体"/);
    // The document's defaults say the same, for text added in Word.
    const styles = xml(zh, 'word/styles.xml');
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts [^>]*w:eastAsia="仿宋"/);
  });

  it('numbers the pages "— 1 —" in 宋体 14 pt, at the right on odd pages and at the left on even ones', () => {
    expect(xml(zh, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const rels = xml(zh, 'word/_rels/document.xml.rels');
    const footer = (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(\\w+)"`).exec(doc)![1];
      const target =
        new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
        new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
      return xml(zh, `word/${target}`);
    };
    for (const [type, side] of [
      ['default', 'right'],
      ['even', 'left'],
    ]) {
      const f = footer(type);
      expect(f).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(f).toContain(`<w:jc w:val="${side}"/>`);
      expect(f).toMatch(/w:eastAsia="宋体"/);
      expect(f).toContain('<w:sz w:val="28"/>');
      expect(paragraphs(f).join('')).toBe('—  —');
    }
  });

  it('says the figures in words', () => {
    const text = paragraphs(doc).join('\n');
    expect(text).toContain(
      '截至2026年11月30日，全区共有企业 10 家，其中重大风险 1 家、较大风险 3 家、一般风险 2 家、低风险 4 家，重大和较大风险企业占 40.0%。',
    );
    expect(text).toContain('未销号隐患 9 项，其中重大事故隐患 1 项；逾期未整改隐患 3 项；挂牌督办重大事故隐患 1 项。');
    expect(text).toContain('本期新增隐患 7 项，销号 4 项。');
    expect(text).toContain('统计周期：2026年11月1日至2026年11月30日');
    expect(text).toContain('本期开展行政检查 12 次，覆盖企业 8 家');
  });

  it('lists every town, the one with nothing as a row of zeros, and a total', () => {
    const towns = tables(doc).find((t) => t[0][1] === '镇街')!;
    expect(towns.map((r) => r.join('|'))).toEqual([
      '序号|镇街|企业数|重大|较大|一般|低|未销号隐患|逾期隐患',
      '1|甲镇|6|1|2|1|2|6|2',
      '2|乙街道|4|0|1|1|2|3|1',
      '3|丙镇|0|0|0|0|0|0|0',
      '|合计|10|1|3|2|4|9|3',
    ]);
    // The header row repeats on every page the table runs over.
    expect(doc).toContain('<w:tblHeader/>');
    const sectors = tables(doc).find((t) => t[0][1] === '行业领域')!;
    expect(sectors).toHaveLength(1 + 9 + 1);
    expect(sectors.find((r) => r[1] === '烟花爆竹')).toEqual(['2', '烟花爆竹', '0', '0', '0', '0', '0', '0', '0']);
  });

  it('puts the map and the trend in as PNG images of the text width', () => {
    const media = Object.keys(zh).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(2);
    for (const f of media) expect([...zh[f].subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    // 156 mm at 96 px to the inch is 590 px, 590 x 9525 EMU = 5,619,750 EMU (156.1 mm).
    const extents = [...doc.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(extents).toEqual([5_619_750, 5_619_750]);
    expect(paragraphs(doc).join('\n')).toMatch(/图1　测试区安全生产风险分布图/);
  });

  it('says so when there is no map image', async () => {
    const files = unzipSync(await writeDocx(bulletinDocModel(handMadeInput({ map: null }))));
    expect(paragraphs(xml(files, 'word/document.xml')).join('\n')).toContain('地图图像不可用');
    expect(Object.keys(files).filter((f) => f.startsWith('word/media/'))).toHaveLength(1);
  });

  it('writes the English document in the same layout, Latin text in Times New Roman', async () => {
    const files = unzipSync(
      await writeDocx(bulletinDocModel(handMadeInput({ lang: 'en', datasetName: 'Test District' }))),
    );
    const en = xml(files, 'word/document.xml');
    expect(en).toMatch(/<w:docGrid w:type="lines" w:linePitch="579"/);
    const title = paragraphWith(en, 'Test District: work-safety risk monthly bulletin')!;
    expect(title).toMatch(/w:ascii="Times New Roman"/);
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(paragraphs(en).join('\n')).toContain('As of November 30, 2026, the district has 10 enterprises');
  });
});
