import { describe, expect, it } from 'vitest';
import {
  damagedSaved,
  listSaved,
  loadSaved,
  readFailure,
  SavedDatasetError,
  withSaveFailure,
} from './saved-datasets.ts';
import { SAVED_TEXT } from './saved-strings.ts';

// Node has no IndexedDB: what is tested here is what needs none (the storage's own errors when it is
// absent, and how errors are told); listSaved's record-by-record fallback needs a real browser.

/** A notice entry of the import dialog's kind, `{0}` the reason. */
const NOTICE = {
  zh: '这份数据无法保存在本浏览器中（{0}）。现在已显示它。',
  en: 'This data could not be kept in this browser ({0}). It is shown now.',
};
const LATIN = /[A-Za-z]/;

describe('saved datasets: errors', () => {
  it('says in both languages that the browser has no storage, and does not call that damage', async () => {
    const e = await loadSaved('import-x').then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(SavedDatasetError);
    expect(e).toMatchObject({ zh: SAVED_TEXT.unavailable.zh, en: SAVED_TEXT.unavailable.en });
    expect(await listSaved()).toEqual({ datasets: [], damaged: [] });
  });

  it("calls a record the browser cannot read damaged, to be deleted and imported again, and passes the storage's own errors on", () => {
    const lost = readFailure(
      new DOMException(
        'Data lost due to missing file. Affected record should be considered irrecoverable',
        'NotReadableError',
      ),
      '我的辖区',
    );
    expect(lost).toEqual(damagedSaved('我的辖区'));
    expect(lost.zh).toContain('我的辖区');
    expect(lost.zh).toContain('请在“数据集”菜单中删除它，再重新导入文件');
    expect(lost.en).toContain('delete it in the Dataset menu and import the files again');
    const blocked = new SavedDatasetError(SAVED_TEXT.blocked.zh, SAVED_TEXT.blocked.en);
    expect(readFailure(blocked, '我的辖区')).toBe(blocked);
  });

  it("tells why a save failed in Chinese in Chinese, and a browser's own English words only after the whole Chinese text", () => {
    const blocked = withSaveFailure(NOTICE, new SavedDatasetError(SAVED_TEXT.blocked.zh, SAVED_TEXT.blocked.en));
    expect(blocked.zh).toBe(`这份数据无法保存在本浏览器中（${SAVED_TEXT.blocked.zh}）。现在已显示它。`);
    expect(blocked.en).toBe(`This data could not be kept in this browser (${SAVED_TEXT.blocked.en}). It is shown now.`);

    const said = 'Internal error opening backing store for indexedDB.open. $&';
    const other = withSaveFailure(NOTICE, new DOMException(said, 'UnknownError'));
    const chinese = `这份数据无法保存在本浏览器中（${SAVED_TEXT.refused.zh}）。现在已显示它。`;
    expect(other.zh).toBe(chinese + SAVED_TEXT.browserSaid.zh.replace('{0}', () => said));
    expect(chinese).not.toMatch(LATIN);
    expect(other.en).toBe(`This data could not be kept in this browser (${said}). It is shown now.`);
  });
});
