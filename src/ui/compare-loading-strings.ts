import { defineStrings } from '../domain/text.ts';

export const COMPARE_LOAD_TEXT = defineStrings({
  failed: {
    zh: '无法与“{0}”比较：{1}',
    en: 'Could not compare with "{0}": {1}',
  },
  otherDistrict: {
    zh: '“{0}”与“{1}”不是同一区县的数据',
    en: '"{0}" and "{1}" are not snapshots of the same district',
  },
});
