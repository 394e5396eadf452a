import { formatNum } from '../../domain/text.ts';
import { useStore } from '../../state/store.ts';

/** One selectable filter value: checkbox, label and its crossfilter count. */
export function CheckRow({
  label,
  count,
  checked,
  onChange,
  testId,
  indent = 0,
  symbol,
  symbolClass,
}: {
  label: string;
  count: number | undefined;
  checked: boolean;
  onChange: () => void;
  testId?: string;
  indent?: number;
  symbol?: string;
  symbolClass?: string;
}) {
  const lang = useStore((s) => s.lang);
  return (
    <label
      className={`check-row${checked ? ' checked' : ''}${count === 0 ? ' empty' : ''}`}
      style={{ paddingLeft: `${0.25 + indent * 1.1}rem` }}
      data-testid={testId}
    >
      <input type="checkbox" checked={checked} onChange={onChange} />
      {symbol && (
        <span className={`swatch ${symbolClass ?? ''}`} aria-hidden="true">
          {symbol}
        </span>
      )}
      <span className="check-label">{label}</span>
      <span className="check-count">{count === undefined ? '' : formatNum(lang, count)}</span>
    </label>
  );
}
