/**
 * The enterprise drawer's fields: a label and a value for every registry entry with a drawer part, in
 * the drawer's order. Pure, so the component only maps over them and a test can read them.
 */
import type { EnterpriseColumns } from '../../columns.ts';
import type { CoreDataset, EnterpriseText } from '../../dataset.ts';
import type { ColumnRegistry, DrawerRow, DrawerWords, Text, TextSource } from './column-types.ts';
import { ENTERPRISE_COLUMNS, ENTERPRISE_VIEW_ORDER } from './enterprise-columns.ts';
import { withPart } from './select.ts';

export interface DrawerField {
  /** The registry entry's name, stable across languages (a React key). */
  key: string;
  label: Text;
  value: string;
}

/** The fields of enterprise `row`; `text` is null while the names stream in. */
export function drawerRows(
  d: Pick<CoreDataset, 'enterprises' | 'manifest'>,
  text: EnterpriseText | null,
  row: number,
  words: DrawerWords,
  registry: ColumnRegistry = ENTERPRISE_COLUMNS,
): DrawerField[] {
  const x: DrawerRow<EnterpriseColumns> = {
    i: row,
    c: d.enterprises,
    text: text as unknown as Record<string, TextSource> | null,
    manifest: d.manifest,
    words,
  };
  return withPart(registry, 'drawer', ENTERPRISE_VIEW_ORDER.drawer).map(([key, part]) => ({
    key,
    label: part.label,
    value: part.value(x),
  }));
}
