/**
 * The header's dataset button. The menu behind it (saved imports, rename, delete, download) loads
 * with the import code on first open, so the first map's JavaScript stays as small as before.
 */
import { lazy, Suspense } from 'react';
import { useT } from '../i18n/use-t.ts';
import { useMenu } from '../ui/use-menu.ts';

const DatasetMenu = lazy(() => import('./import/dataset-switcher.tsx').then((m) => ({ default: m.DatasetMenu })));

export function DatasetButton() {
  const t = useT();
  const { open, toggle, box } = useMenu();
  return (
    <div className="dataset-switcher" ref={box}>
      <button
        type="button"
        className="lang-switch"
        data-testid="dataset-switcher"
        aria-expanded={open}
        title={t('datasetsTitle')}
        onClick={toggle}
      >
        {t('datasets')} ▾
      </button>
      {open && (
        <Suspense fallback={null}>
          <DatasetMenu />
        </Suspense>
      )}
    </div>
  );
}
