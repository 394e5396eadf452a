import { useStore } from '../state/store.ts';
import { useT } from '../i18n/use-t.ts';
import { APP_TEXT } from '../i18n/strings.ts';
import { PUNCT } from '../domain/punct-strings.ts';
import { dataName, otherLang, tr } from '../domain/text.ts';
import { DatasetButton } from './dataset-button.tsx';
import { currentSource } from '../state/dataset-source.ts';
import { setPresentation } from '../ui/app-commands.ts';
import { SavedViewsMenu } from './briefing/saved-views-menu.tsx';
import { ExportMenu } from './briefing/export-menu.tsx';
import { Clock } from './briefing/clock.tsx';
import { BRIEFING_TEXT } from './briefing/strings.ts';

export function Header() {
  const t = useT();
  const manifest = useStore((s) => s.dataset?.manifest);
  const lang = useStore((s) => s.lang);
  const whatIf = useStore((s) => s.whatIf);
  const setLang = useStore((s) => s.setLang);
  const presenting = useStore((s) => s.presenting);
  const name = manifest ? dataName(lang, manifest) : '';
  return (
    <header className="app-header">
      <h1 className="app-title">{t('appTitle')}</h1>
      {manifest && (
        <div className="dataset-info">
          {/* The name is what gives way when the header is tight (ellipsis): the whole of it on hover. */}
          <span className="dataset-name" data-testid="dataset-name" title={name}>
            {name}
          </span>
          <span className="dataset-date">
            {t('dataDate')}
            {tr(lang, PUNCT.colon)}
            {manifest.asOf}
          </span>
          {whatIf && (
            <span className="demo-badge what-if-badge" title={t('whatIfBanner')} data-testid="whatif-badge">
              {t('whatIfBadge')}
            </span>
          )}
          {currentSource().kind === 'saved' && (
            <span className="demo-badge imported-badge" title={t('importedTitle')} data-testid="imported-badge">
              {t('importedBadge')}
            </span>
          )}
          {manifest.demo && (
            <span className="demo-badge" title={t('demoTitle')} data-testid="demo-badge">
              {t('demoBadge')} / {tr(otherLang(lang), APP_TEXT.demoBadgeAlso)}
            </span>
          )}
        </div>
      )}
      {presenting && <Clock />}
      {presenting && (
        <button
          type="button"
          className="lang-switch present-exit"
          onClick={() => setPresentation(false)}
          data-testid="present-exit"
        >
          {tr(lang, BRIEFING_TEXT.exitPresent)}
        </button>
      )}
      <div className="header-actions">
        <button
          type="button"
          className="lang-switch"
          title={tr(lang, BRIEFING_TEXT.presentTitle)}
          onClick={() => setPresentation(true)}
          data-testid="present-button"
        >
          ▶ {tr(lang, BRIEFING_TEXT.present)}
        </button>
        <SavedViewsMenu />
        <ExportMenu />
        <button
          type="button"
          className="lang-switch"
          data-testid="import-open"
          title={t('importTitle')}
          onClick={() => useStore.getState().openImport()}
        >
          {t('importButton')}
        </button>
        <DatasetButton />
        {/* The switch speaks the language it switches to. */}
        <button
          type="button"
          className="lang-switch"
          data-testid="lang-switch"
          title={tr(otherLang(lang), APP_TEXT.switchToLanguage)}
          onClick={() => setLang(otherLang(lang))}
        >
          {tr(otherLang(lang), APP_TEXT.languageName)}
        </button>
      </div>
    </header>
  );
}
