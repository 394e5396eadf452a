import { useT } from '../i18n/use-t.ts';
import { useStore } from '../state/store.ts';

/** A dismissible notice, e.g. for a link that could only partly be read. */
export function Notice() {
  const t = useT();
  const notice = useStore((s) => s.notice);
  const setNotice = useStore((s) => s.setNotice);
  if (!notice) return null;
  return (
    <div className="notice" role="status" data-testid="notice">
      <span>{t('linkNotice')}{notice}</span>
      <button type="button" onClick={() => setNotice(null)}>{t('dismiss')}</button>
    </div>
  );
}
