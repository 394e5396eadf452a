/** The import dialog's and the dataset switcher's text, Chinese first; `t('key', …)` from `useImportText()`. */
import type { Lang } from '../../domain/lang.ts';
import { defineStrings, tr, type Text } from '../../domain/text.ts';
import { REPORT_CSV_TEXT } from '../../data/import/report-csv-strings.ts';
import { WORDS } from '../../domain/words-strings.ts';
import { APP_TEXT } from '../../i18n/strings.ts';
import { COMMAND_TEXT } from '../../ui/command-strings.ts';

/** How an encoding was found when nothing declared it (detected, or UTF-8 by its validity). */
const DETECTED = { zh: '自动识别', en: 'detected' };

export const IMPORT_TEXT = defineStrings({
  title: COMMAND_TEXT.importOpen,
  intro: {
    zh: '选择或拖入文件（可多选，或一个 .zip 压缩包）：企业台账（CSV / Excel）、隐患台账、检查台账、镇街/网格/园区边界（Shapefile 压缩包或 GeoJSON）。文件只在本机浏览器中处理，不会上传。',
    en: 'Choose or drop files (several, or one .zip): the enterprise ledger (CSV / Excel), the hazard ledger, the inspection ledger, town / grid / park boundaries (zipped Shapefile or GeoJSON). Files are processed in this browser only; nothing is uploaded.',
  },
  choose: { zh: '添加文件…', en: 'Add files…' },
  remove: { zh: '移除', en: 'Remove' },
  stepFiles: { zh: '1 文件与用途', en: '1 Files and roles' },
  stepMapping: { zh: '2 核对列与坐标系', en: '2 Columns and coordinates' },
  stepReport: { zh: '3 检查结果', en: '3 Check' },
  file: { zh: '文件', en: 'File' },
  role: { zh: '用途', en: 'Role' },
  content: { zh: '内容', en: 'Content' },
  ignore: { zh: '不使用', en: 'Not used' },
  rowCount: { zh: '{0} 行', en: '{0} rows' },
  featureCount: { zh: '{0} 个要素', en: '{0} features' },
  headerRowAt: { zh: '表头在第 {0} 行', en: 'header on row {0}' },
  encoding: { zh: '编码', en: 'encoding' },
  encodingFrom_cpg: { zh: '由 .cpg 声明', en: 'from the .cpg' },
  encodingFrom_ldid: { zh: '由 DBF 语言标识声明', en: 'from the DBF language byte' },
  encodingFrom_detected: DETECTED,
  'encodingFrom_utf-8': DETECTED,
  sheet: { zh: '工作表', en: 'Sheet' },
  next: { zh: '下一步', en: 'Next' },
  back: { zh: '上一步', en: 'Back' },
  cancel: { zh: '取消', en: 'Cancel' },
  close: APP_TEXT.close,
  closeConfirm: {
    zh: '关闭导入窗口？已读取的文件和所做的设置将丢失，当前数据不变。',
    en: 'Close the import? The files read and the choices made are lost; the data shown stays as it is.',
  },
  /** Rows rejected, their share. */
  manyRejected: {
    zh: '注意：{0} 行被拒绝（占 {1}），请先查看问题清单。',
    en: 'Note: {0} rows were rejected ({1}); look at the problems first.',
  },
  check: { zh: '检查数据', en: 'Check the data' },
  field: { zh: '字段', en: 'Field' },
  column: { zh: '对应的列', en: 'Column' },
  samples: { zh: '示例值', en: 'Sample values' },
  moreFields: {
    zh: '其余 {0} 个可选字段（文件中未找到对应的列，可手动指定）',
    en: '{0} more optional fields (no column found; pick one by hand)',
  },
  noColumn: WORDS.noneInParens,
  required: { zh: '必填', en: 'required' },
  asOf: APP_TEXT.dataDate,
  asOfHelp: {
    zh: '判断隐患是否逾期的日期；不填则取隐患台账中最近的发现日期',
    en: 'The day overdue hazards are judged on; empty: the latest date found in the hazard ledger',
  },
  datasetSettings: { zh: '（数据集设置）', en: '(dataset settings)' },
  layerCrs: { zh: '坐标系', en: 'Coordinate system' },
  pointCrs: { zh: '企业坐标的坐标系', en: 'Coordinate system of the enterprise points' },
  pointCrsHelp: {
    zh: '按各坐标系换算后，样本点落入镇街（及园区）的比例；请确认比例最高的一项',
    en: 'Share of sampled points inside a town (and a park) under each system; confirm the best one',
  },
  inTowns: { zh: '落入镇街', en: 'in towns' },
  inParks: { zh: '落入园区', en: 'in parks' },
  suggested: { zh: '建议', en: 'suggested' },
  unknownSectors: {
    zh: '无法识别的行业值：请为每个值指定行业领域（未指定的行将被拒绝）',
    en: 'Sector values not recognised: assign each a sector (rows left unassigned are rejected)',
  },
  unassigned: { zh: '（不指定）', en: '(unassigned)' },
  blockers: { zh: '还不能检查：', en: 'Not ready yet:' },
  accepted: { zh: '接收', en: 'Accepted' },
  rejected: { zh: '拒绝', en: 'Rejected' },
  warnings: { zh: '警告', en: 'Warnings' },
  problems: { zh: '问题清单', en: 'Problems' },
  row: { zh: '行号', en: 'Row' },
  value: { zh: '值', en: 'Value' },
  reason: { zh: '原因', en: 'Reason' },
  severity: { zh: '级别', en: 'Severity' },
  error: REPORT_CSV_TEXT.error,
  warning: REPORT_CSV_TEXT.warning,
  downloadReport: { zh: '下载问题清单（CSV）', en: 'Download problems (CSV)' },
  shownFirst: { zh: '仅显示前 {0} 条，完整清单请下载', en: 'First {0} shown; download for all' },
  noProblems: { zh: '没有发现问题', en: 'No problems found' },
  datasetName: { zh: '数据集名称', en: 'Dataset name' },
  confirm: { zh: '使用这份数据', en: 'Use this data' },
  confirmHelp: {
    zh: '确认后，数据保存在本浏览器中，当前显示的数据不会被删除，可随时切换回来。',
    en: 'Once confirmed, the data is saved in this browser; the data shown now is not deleted and you can switch back any time.',
  },
  nothingAccepted: { zh: '没有可用的企业，不能使用这份数据', en: 'No usable enterprises: this data cannot be used' },
  levels: { zh: '风险等级', en: 'Levels' },
  saving: { zh: '正在保存…', en: 'Saving…' },
  saveFailed: { zh: '保存失败，当前数据未改变：', en: 'Could not save; the current data is unchanged: ' },
  /** An import too large for the browser's storage: it is shown anyway, for this page's life. */
  notKeptTooLarge: {
    zh: '这份数据太大，无法保存在本浏览器中（浏览器的存储空间不够）。现在已显示它，在关闭或刷新此页面之前都可以使用，之后需要重新导入（可先在“数据集”菜单中删除不用的导入数据集，腾出空间）。要长期保存并让所有人都能使用，请在电脑上用 npm run build-data 制作数据包并部署。',
    en: 'This data is too large to keep in this browser (its storage is not big enough). It is shown now and can be used until this page is closed or reloaded; after that it has to be imported again (deleting imports you no longer need in the Dataset menu frees space). To keep it, for everyone, build it into a bundle with npm run build-data and deploy that.',
  },
  /** An import the browser would not store, for another reason (the browser's own words). */
  notKept: {
    zh: '这份数据无法保存在本浏览器中（{0}）。现在已显示它，在关闭或刷新此页面之前都可以使用，之后需要重新导入。要长期保存并让所有人都能使用，请在电脑上用 npm run build-data 制作数据包并部署。',
    en: 'This data could not be kept in this browser ({0}). It is shown now and can be used until this page is closed or reloaded; after that it has to be imported again. To keep it, for everyone, build it into a bundle with npm run build-data and deploy that.',
  },
  /** File, size, limit. */
  tooLarge: {
    zh: '文件太大，浏览器无法处理：{0}（{1}，上限 {2}）。请拆分文件，或用 npm run build-data 在电脑上制作数据包。',
    en: 'Too large for the browser: {0} ({1}; the limit is {2}). Split it, or build a bundle with npm run build-data.',
  },
  readFailed: { zh: '读取失败', en: 'could not be read' },
  stage_read: { zh: '读取文件', en: 'Reading files' },
  stage_boundaries: { zh: '检查边界', en: 'Checking boundaries' },
  stage_enterprises: { zh: '读取企业并换算坐标', en: 'Reading enterprises, converting coordinates' },
  stage_join: { zh: '空间关联（镇街、网格、园区）', en: 'Joining to towns, grid cells, parks' },
  stage_hazards: { zh: '读取隐患台账', en: 'Reading the hazard ledger' },
  stage_inspections: { zh: '读取检查台账', en: 'Reading the inspection ledger' },
  stage_score: { zh: '计算风险等级', en: 'Scoring' },
  stage_pack: { zh: '打包', en: 'Packing' },
  working: { zh: '正在处理…', en: 'Working…' },
  builtIn: { zh: '内置', en: 'Built in' },
  imported: { zh: '已导入（保存在本浏览器）', en: 'Imported (saved in this browser)' },
  backToDemo: APP_TEXT.backToDemo,
  rename: { zh: '重命名', en: 'Rename' },
  delete: WORDS.delete,
  download: { zh: '下载数据文件夹（.zip）', en: 'Download data folder (.zip)' },
  confirmDelete: { zh: '删除数据集“{0}”？此操作不能撤销。', en: 'Delete the dataset "{0}"? This cannot be undone.' },
  newName: { zh: '新名称', en: 'New name' },
  current: { zh: '当前', en: 'current' },
  compare: { zh: '比较', en: 'Compare' },
  comparing: { zh: '比较中', en: 'Comparing' },
  compareTitle: {
    zh: '与 {0} 的数据比较：本期相对该日期的变化',
    en: 'Compare with the data of {0}: what changed since that date',
  },
  /** After the name of an import shown without being kept. */
  unsavedNote: { zh: '未保存，关闭页面后消失', en: 'not saved; gone when the page is closed' },
  /** After the label of a stored record that is not a usable dataset. */
  damagedMark: { zh: '已损坏，无法打开，请删除', en: 'damaged, cannot be opened; delete it' },
  savedLoadFailed: { zh: '无法打开保存的数据集：', en: 'Could not open the saved dataset: ' },
  /** After the report's hazard count: "N 条隐患" / "N hazards". */
  hazardsLabel: { zh: '条隐患', en: 'hazards' },
  /** After the report's inspection count: "N 条检查记录" / "N inspections". */
  inspectionsLabel: { zh: '条检查记录', en: 'inspections' },
  /** The problems CSV's file name (without .csv). */
  problemsFileName: { zh: '导入问题清单', en: 'import-problems' },
});

export type ImportTextKey = keyof typeof IMPORT_TEXT;

/** The roles a file can play, as the role picker and the report name them. */
export const ROLE_TEXT: Readonly<Record<string, Text>> = {
  enterprises: APP_TEXT.enterprises,
  hazards: APP_TEXT.hazardLedger,
  inspections: WORDS.inspectionLedger,
  towns: { zh: '镇街边界', en: 'Towns' },
  grid: { zh: '网格', en: 'Grid cells' },
  parks: { zh: '园区', en: 'Parks' },
  district: { zh: '区界', en: 'District boundary' },
  meta: { zh: '数据说明 meta.json', en: 'meta.json' },
  riskModel: APP_TEXT.riskModel,
  supervision: { zh: '监管分类设置', en: 'Supervision settings' },
  ignore: IMPORT_TEXT.ignore,
};

/** The words of the readers' coordinate system labels (which are English), `{0}` the number in them. */
export const CRS_TEXT = defineStrings({
  gaussKruger: { zh: '{0}度带高斯-克吕格', en: '{0}-degree Gauss-Kruger' },
  zone: { zh: '第{0}带', en: 'zone {0}' },
  centralMeridian: { zh: '中央经线 {0}°E', en: 'CM {0}E' },
  beijing1954: { zh: '北京54', en: 'Beijing 1954' },
  xian1980: { zh: '西安80', en: 'Xian 1980' },
  pseudoMercator: { zh: '网络墨卡托', en: 'Pseudo-Mercator' },
  gcj02: { zh: 'GCJ-02（高德/腾讯）', en: 'GCJ-02 (AMap / Tencent)' },
  bd09: { zh: 'BD-09（百度）', en: 'BD-09 (Baidu)' },
});

/** Where each entry of CRS_TEXT stands in a label, the number (if any) captured. */
const CRS_PARTS: readonly (readonly [RegExp, Text])[] = [
  [/(\d)-degree Gauss-Kruger/, CRS_TEXT.gaussKruger],
  [/\bzone (\d+)/, CRS_TEXT.zone],
  [/\bCM (\d+)E/, CRS_TEXT.centralMeridian],
  [/Beijing 1954/, CRS_TEXT.beijing1954],
  [/Xian 1980/, CRS_TEXT.xian1980],
  [/Pseudo-Mercator/, CRS_TEXT.pseudoMercator],
  [/GCJ-02 \(AMap \/ Tencent\)/, CRS_TEXT.gcj02],
  [/BD-09 \(Baidu\)/, CRS_TEXT.bd09],
];

/** A coordinate system's label in the UI language (the readers label them in English, which stays as it is). */
export function localCrsLabel(label: string, lang: Lang): string {
  let out = label;
  for (const [re, entry] of CRS_PARTS) {
    const m = re.exec(out);
    // The captured number goes in as text: "zone 40", not a formatted number.
    if (m) out = out.slice(0, m.index) + tr(lang, entry, ...m.slice(1)) + out.slice(m.index + m[0].length);
  }
  return out;
}
