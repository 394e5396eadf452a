/** A coordinate-system picker: the geographic systems, every CGCS2000 Gauss-Kruger grid, and what the file declared. */
import { CGCS2000_GK_OPTIONS } from '../../data/import/projection.ts';
import { localCrsLabel } from './import-strings.ts';
import { useImportText } from './use-import-text.ts';

const GEOGRAPHIC = [
  { crs: 'wgs84', label: 'WGS84 (GPS)' },
  { crs: 'cgcs2000', label: 'CGCS2000 (EPSG:4490)' },
  { crs: 'gcj02', label: 'GCJ-02 (AMap / Tencent)' },
  { crs: 'bd09', label: 'BD-09 (Baidu)' },
];

export function CrsSelect({
  value,
  detected,
  onChange,
  testId,
}: {
  value: string;
  detected?: { crs: string; label: string };
  onChange(v: string): void;
  testId: string;
}) {
  const { lang } = useImportText();
  const options = [...GEOGRAPHIC, ...CGCS2000_GK_OPTIONS];
  if (detected && !options.some((o) => o.crs === detected.crs)) options.unshift(detected);
  if (!options.some((o) => o.crs === value)) options.unshift({ crs: value, label: value });
  return (
    <select className="import-crs-select" data-testid={testId} value={value} onChange={(e) => onChange(e.target.value)}>
      {options.map((o) => (
        <option key={o.crs} value={o.crs}>
          {localCrsLabel(o.label, lang)}
        </option>
      ))}
    </select>
  );
}
