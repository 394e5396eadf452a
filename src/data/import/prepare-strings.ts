/** The import session's messages (prepare.ts): files it cannot read or use, and what stops a build. */
import { defineStrings } from '../../domain/text.ts';

export const PREPARE_TEXT = defineStrings({
  /** The error's message. */
  unreadable: { zh: '无法读取：{0}', en: 'could not be read: {0}' },
  /** The parser's message. */
  invalidJson: { zh: '不是有效的 JSON：{0}', en: 'not valid JSON: {0}' },
  unknownType: {
    zh: '无法识别的文件类型：可导入 CSV、Excel（.xlsx/.xls）、GeoJSON、Shapefile（.shp 及同名 .dbf/.prj，或打包为 .zip）和 JSON',
    en: 'unknown file type: import CSV, Excel (.xlsx/.xls), GeoJSON, Shapefile (.shp with its .dbf/.prj, or zipped) or JSON',
  },
  notTable: { zh: '这个文件不是表格', en: 'this file is not a table' },
  notLayer: { zh: '这个文件不是图层（GeoJSON 或 Shapefile）', en: 'this file is not a layer (GeoJSON or Shapefile)' },
  /** The system's id. */
  unknownCrs: { zh: '无法识别的坐标系 {0}', en: 'unknown coordinate system {0}' },
  noEnterprises: {
    zh: '还没有企业表：请把一个文件的用途设为“企业”',
    en: "no enterprise table: set one file's role to Enterprises",
  },
  noTowns: {
    zh: '还没有镇街边界：请把一个图层的用途设为“镇街”',
    en: "no town boundaries: set one layer's role to Towns",
  },
  /** File name, the fields without a column. */
  noColumnFor: { zh: '{0}：没有对应“{1}”的列', en: '{0}: no column for {1}' },
});
