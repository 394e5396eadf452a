import { useT } from '../i18n/use-t.ts';
import { useStore } from '../state/store.ts';
import { PUNCT } from '../domain/punct-strings.ts';
import { tr } from '../domain/text.ts';

/** How many unreadable parts of a link the notice lists before it only counts the rest. */
export const NOTICE_MAX_ITEMS = 5;

/** The first few items, and how many more there were. */
export function boundedList(items: readonly string[], max = NOTICE_MAX_ITEMS): { shown: string[]; more: number } {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}

/** A dismissible notice: the parts of a link that could only partly be read, or a message. */
export function Notice() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const notice = useStore((s) => s.notice);
  const setNotice = useStore((s) => s.setNotice);
  if (!notice) return null;
  let text: string;
  if (notice.kind === 'message') text = tr(lang, notice);
  else {
    const { shown, more } = boundedList(notice.problems);
    const items = more === 0 ? shown : [...shown, t('linkNoticeMore', more)];
    text = `${t('linkNotice')}${items.join(tr(lang, PUNCT.clauseSep))}`;
  }
  return (
    <div className="notice" role="status" data-testid="notice">
      <span>{text}</span>
      <button type="button" onClick={() => setNotice(null)}>
        {t('dismiss')}
      </button>
    </div>
  );
}
