/**
 * What happened to an enterprise between two data dates of one district (an earlier snapshot and the
 * current one), as one code per enterprise of the current snapshot: its kind of change (new in the
 * ledger, level up, level down, unchanged) and two hazard facts of the period (a major hazard found
 * since the earlier data date, a hazard closed (销号) since). An enterprise only in the earlier
 * snapshot (移出, gone) is not a row of the current one: the comparison lists those on their own.
 *
 * code = kind + 4 × majorFound + 8 × closed, so 16 codes; each code's bits are the filter's values
 * (CHANGE_BITS), in the filter panel's order. Code 0 is "unchanged, nothing found or closed": what
 * every enterprise reads as while no comparison is open (the engine reads an absent column as 0),
 * so a change filter then selects nothing that changed.
 */

/** The kinds of change of a current enterprise, in code order. */
export const CHANGE_KINDS = ['same', 'new', 'up', 'down'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const KIND_SAME = 0,
  KIND_NEW = 1,
  KIND_UP = 2,
  KIND_DOWN = 3;

/** Added to a code: a major hazard was found since the earlier data date; a hazard was closed since. */
export const CODE_MAJOR_FOUND = 4;
export const CODE_CLOSED = 8;
export const CHANGE_CODES = 16;

/** The change filter's values: one bit each, in the filter panel's order. */
export const CHANGE_BITS = [
  { key: 'new', bit: 1, zh: '新增', en: 'New' },
  { key: 'up', bit: 2, zh: '等级上升', en: 'Level up' },
  { key: 'down', bit: 4, zh: '等级下降', en: 'Level down' },
  { key: 'same', bit: 8, zh: '未变', en: 'Unchanged' },
  { key: 'majorFound', bit: 16, zh: '新发现重大隐患', en: 'Major hazard found' },
  { key: 'closed', bit: 32, zh: '期间销号', en: 'Hazard closed' },
] as const;

/** An enterprise of the earlier snapshot with no match in the current one (not a change code: it has no current row). */
export const GONE = { key: 'gone', zh: '移出', en: 'Gone' } as const;

/** A change code from its parts. */
export const changeCode = (kind: number, majorFound: boolean, closed: boolean): number =>
  kind + (majorFound ? CODE_MAJOR_FOUND : 0) + (closed ? CODE_CLOSED : 0);

export const kindOfCode = (code: number): number => code & 3;

/** The filter bit of each kind, by kind code: same 未变, new 新增, up 等级上升, down 等级下降. */
const KIND_BIT = [8, 1, 2, 4];

/** Each code's bits (the filter's values it has). */
export const CHANGE_CODE_BITS: readonly number[] = Array.from(
  { length: CHANGE_CODES },
  (_, c) => KIND_BIT[c & 3] | (c & CODE_MAJOR_FOUND ? 16 : 0) | (c & CODE_CLOSED ? 32 : 0),
);
