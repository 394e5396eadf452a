/**
 * The saved views, from the header: the 视图 button; its panel (saved-views-panel.tsx) loads when
 * first opened, or earlier while the browser is idle.
 */
import { tr } from '../../domain/text.ts';
import { useMenu } from '../../ui/use-menu.ts';
import { lazyComponent, PREFETCH, registerPrefetch } from '../../ui/lazy-load.ts';
import { useStore } from '../../state/store.ts';
import { LazyPart } from '../lazy-part.tsx';
import { BRIEFING_TEXT as B } from './strings.ts';

const SavedViewsPanel = lazyComponent(
  () => import('./saved-views-panel.tsx'),
  (m) => m.SavedViewsPanel,
);
registerPrefetch(PREFETCH.menu, SavedViewsPanel.preload);

export function SavedViewsMenu() {
  const lang = useStore((s) => s.lang);
  const views = useStore((s) => s.savedViews);
  const { open, close, toggle, box } = useMenu();
  return (
    <div className="views-menu" ref={box}>
      <button
        type="button"
        className="lang-switch"
        aria-expanded={open}
        title={tr(lang, B.viewsTitle)}
        onClick={toggle}
        onPointerEnter={() => {
          void SavedViewsPanel.preload().catch(() => undefined);
        }}
        data-testid="views-button"
      >
        {tr(lang, B.views)}
        {views.length ? ` ${views.length}` : ''} ▾
      </button>
      {open && (
        <LazyPart name={B.views}>
          <SavedViewsPanel onClose={close} />
        </LazyPart>
      )}
    </div>
  );
}
