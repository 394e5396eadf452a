/** The Shapefile reader's messages: the layer (shapefile.ts), its records (shp-index.ts, shp-geometry.ts) and its table (dbf.ts). */
import { defineStrings } from '../../domain/text.ts';

export const SHAPEFILE_TEXT = defineStrings({
  /** The .prj's system, the coordinates' range. */
  projectedLooksLonLat: {
    zh: '坐标与 .prj 不符：.prj 是投影坐标系 {0}（单位米），但坐标数值像经纬度（{1}），已暂按 WGS84 经纬度读取，请确认坐标系',
    en: 'The coordinates do not fit the .prj: it declares the projected system {0} (metres), but the values look like lon/lat degrees ({1}); read as WGS84 lon/lat for now, please confirm the coordinate system',
  },
  /** The .prj's system, the coordinates' range. */
  lonLatOutOfRange: {
    zh: '坐标与 .prj 不符：.prj 是经纬度坐标系 {0}，但坐标数值超出经纬度范围（{1}），请确认坐标系',
    en: 'The coordinates do not fit the .prj: it declares lon/lat ({0}), but the values are outside lon/lat range ({1}); please confirm the coordinate system',
  },
  /** The .prj's system, longitude, latitude. */
  outsideChina: {
    zh: '坐标与 .prj 不符：按 {0} 换算后落在中国以外（经度 {1}，纬度 {2}），请确认坐标系',
    en: 'The coordinates do not fit the .prj: converted with {0} they fall outside China (lon {1}, lat {2}); please confirm the coordinate system',
  },
  noPrjLonLat: {
    zh: '没有 .prj 文件；坐标数值像经纬度，暂按 WGS84 读取。如果数据来自高德/腾讯地图（GCJ-02）或百度地图（BD-09），请改选对应坐标系',
    en: 'No .prj was given; the values look like lon/lat and are read as WGS84. If the data come from AMap/Tencent (GCJ-02) or Baidu (BD-09), pick that system instead',
  },
  /** Why the system was guessed (projection-guess.ts). */
  noPrjGuessed: { zh: '没有 .prj 文件；{0}', en: 'No .prj was given. {0}' },
  /** The coordinates' range. */
  noPrjUnknown: {
    zh: '没有 .prj 文件，坐标数值（{0}）既不像经纬度也不像高斯-克吕格坐标，请选择坐标系',
    en: 'No .prj was given and the values ({0}) look neither like lon/lat nor like Gauss-Kruger; please pick the coordinate system',
  },
  /** The files given. */
  noShp: { zh: '缺少 .shp 文件（只有：{0}）', en: 'The .shp file is missing (only: {0})' },
  notShp: {
    zh: '不是有效的 .shp 文件（为空、已损坏或不是 Shapefile）',
    en: 'Not a valid .shp file (empty, damaged or not a Shapefile)',
  },
  /** Records in the .dbf, shapes in the .shp. */
  countsDiffer: {
    zh: '.dbf 有 {0} 条记录，而 .shp 有 {1} 个图形；多出的图形没有属性，多出的记录已忽略',
    en: 'The .dbf has {0} records but the .shp has {1} shapes; extra shapes have no attributes, extra records were ignored',
  },
  noDbf: { zh: '缺少 .dbf 属性表，图形没有属性', en: 'The .dbf is missing: the shapes have no attributes' },
  /** Record number, the feature's name and code (with a leading space) or nothing. */
  nullShape: { zh: '第 {0} 条记录{1}没有图形（空图形）', en: 'Record {0}{1} has no shape (null shape)' },
  /** Record number, the feature's name and code (with a leading space) or nothing, where. */
  selfIntersection: {
    zh: '第 {0} 条记录{1}的边界自相交（约在 {2}）',
    en: 'Record {0}{1}: the boundary intersects itself (near {2})',
  },

  /** Record number. */
  truncated: {
    zh: '.shp 文件在第 {0} 条记录处中断（文件不完整），之后的图形未读取',
    en: 'The .shp ends inside record {0} (the file is truncated); shapes from there on were not read',
  },
  /** Record number, extra bytes, `moreGaps` or nothing. */
  gap: {
    zh: '.shp 的记录不连续：第 {0} 条记录前有 {1} 个多余字节{2}（或上一条记录的长度写少了），已向后查找到各条记录。如有同名 .shx 文件，请一并导入以准确读取',
    en: "The records of the .shp are not back to back: {1} extra bytes before record {0}{2} (or the record before states too short a length); each record was found by scanning ahead. If you have the layer's .shx, import it too for an exact read",
  },
  /** How many more gaps. */
  moreGaps: { zh: '（另有 {0} 处类似间隔）', en: ' (and {0} more such gaps)' },
  /** Why (one of the shx… entries). */
  shxMismatch: {
    zh: '.shx 与 .shp 不匹配（{0}），已改为逐条查找记录',
    en: 'The .shx does not match the .shp ({0}); the records were found by scanning instead',
  },
  shxInvalid: { zh: '.shx 不是有效的索引文件', en: 'the .shx is not a valid index file' },
  /** Record number. */
  shxMisplaced: { zh: '第 {0} 条记录不在 .shx 所指位置', en: 'record {0} is not where the .shx says' },
  shxEmpty: { zh: '.shx 中没有记录', en: 'the .shx lists no records' },
  /** Record number, what is wrong with it (one of the shape… entries). */
  badRecord: { zh: '第 {0} 条记录：{1}', en: 'Record {0}: {1}' },
  shapeMultipatch: { zh: '不支持多面体（MultiPatch）图形', en: 'multipatch shapes are not supported' },
  /** The type's number. */
  shapeUnknownType: { zh: '未知图形类型 {0}', en: 'unknown shape type {0}' },
  shapeTooShort: { zh: '记录长度不足', en: 'the record is too short' },
  shapePointCount: { zh: '点数与记录长度不符', en: 'the point count does not fit the record' },
  shapePartCounts: { zh: '部件数或点数与记录长度不符', en: 'the part/point counts do not fit the record' },
  shapePartIndex: { zh: '部件索引越界', en: 'a part index is out of range' },
  shapeShortRing: { zh: '有一个环少于 4 个点，已忽略', en: 'a ring with fewer than 4 points was ignored' },

  dbfTooShort: {
    zh: '不是有效的 dBase（.dbf）属性表：文件过短',
    en: 'Not a dBase (.dbf) table: the file is too short',
  },
  dbf7: {
    zh: '不支持 dBase 7 属性表，请另存为 dBase III/IV 格式',
    en: 'dBase 7 tables are not supported: save it as dBase III/IV',
  },
  dbfBadHeader: {
    zh: '不是有效的 dBase（.dbf）属性表：文件头无效',
    en: 'Not a dBase (.dbf) table: the header is invalid',
  },
  fieldsPastRecord: {
    zh: '字段定义超出记录长度，多余字段已忽略',
    en: 'Field definitions run past the record length; the extra fields were ignored',
  },
  /** Records declared, records there. */
  dbfTruncated: {
    zh: '.dbf 声明 {0} 条记录，实际只有 {1} 条（文件可能不完整）',
    en: 'The .dbf declares {0} records but holds only {1} (the file may be truncated)',
  },
  /** The .cpg's text. */
  cpgUnknown: {
    zh: '.cpg 中的编码 “{0}” 无法识别或无法在此解码，已自动检测',
    en: 'The encoding "{0}" in the .cpg is not recognised or cannot be decoded here; it was detected instead',
  },
  notUtf8NorGbk: {
    zh: '属性文本既不是有效的 UTF-8 也不是有效的 GBK，部分文字可能显示错误',
    en: 'The attribute text is neither valid UTF-8 nor valid GBK; some characters may be wrong',
  },
  guessedGbk: {
    zh: '属性表没有可用的 .cpg 文件，也没有可靠的语言标识，文字编码是推测的：已按 GBK（GB18030）解码，但其中有常用汉字和符号以外的字符。如果名称显示为乱码，请添加与 .shp 同名的 .cpg 文件写明代码页（如西欧文字写 “1252”，中欧文字写 “1250”，UTF-8 写 “UTF-8”），或在 GIS 软件中将图层另存为 UTF-8，再重新导入',
    en: 'The table has no usable .cpg and no reliable language byte, so its text encoding was guessed as GBK (GB18030), and some of the text is not common Chinese characters or symbols. If the names look wrong, add a .cpg file with the same name as the .shp naming the code page (e.g. "1252" for Western European, "1250" for Central European, "UTF-8"), or save the layer as UTF-8 in your GIS, and import again',
  },
  /** The declared encoding, where it was declared (".cpg" or languageDriverByte), the encoding used. */
  encodingMismatch: {
    zh: '属性文本不符合声明的编码 {0}（来自 {1}），已按 {2} 解码',
    en: 'The attribute text does not fit the declared encoding {0} (from the {1}); decoded as {2}',
  },
  languageDriverByte: { zh: '语言驱动字节', en: 'language driver byte' },
  memoSkipped: { zh: '备注（M）等字段未读取', en: 'Memo (M) and other binary fields were not read' },
  /** How many values, the encoding. */
  undecodable: {
    zh: '{0} 个文本值含有无法按 {1} 解码的字符（显示为 �）',
    en: '{0} text values contain characters that do not decode as {1} (shown as �)',
  },
  /** How many values. */
  cutMidCharacter: {
    zh: '{0} 个文本值在字段宽度处被截断了半个字符，已去掉',
    en: '{0} text values were cut mid-character by the field width; the partial character was dropped',
  },
  /** How many values. */
  badNumbers: { zh: '{0} 个数值无法识别，已置空', en: '{0} numeric values could not be read and were left empty' },
});
