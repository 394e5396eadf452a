/**
 * The short line a part shows while the details it needs (names, the hazard ledger) are still
 * streaming in after the first picture, or when they could not be loaded.
 */
import { useStore } from '../state/store.ts';
import { tr } from '../domain/text.ts';
import { DETAILS_TEXT } from './details-strings.ts';

export function DetailsPending({ what, inline = false }: { what: 'names' | 'ledger'; inline?: boolean }) {
  const lang = useStore((s) => s.lang);
  const error = useStore((s) => s.detailsError);
  const Tag = inline ? 'span' : 'div';
  if (error)
    return (
      <Tag className="details-pending error" role="alert" data-testid="details-failed">
        {tr(lang, DETAILS_TEXT.failed, error)}
      </Tag>
    );
  return (
    <Tag className="details-pending" role="status" data-testid="details-pending">
      {tr(lang, DETAILS_TEXT[what])}
    </Tag>
  );
}
