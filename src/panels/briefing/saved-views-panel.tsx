/**
 * The saved views' panel, opened from the header's 视图 button (saved-views-menu.tsx), in a chunk of
 * its own: save the current view, rename, set its seconds in the tour, reorder, delete, copy its
 * link, show it; start the tour; export and import the list as JSON.
 */
import { useRef, useState } from 'react';
import { tr, trBoth } from '../../domain/text.ts';
import {
  currentCompareKey,
  currentDatasetKey,
  openSavedView,
  savedViewLink,
  setPresentation,
} from '../../ui/app-commands.ts';
import { runCommand } from '../../ui/commands.ts';
import { downloadText } from '../../ui/download.ts';
import { parseSavedViews, savedViewsFile } from '../../state/saved-views.ts';
import { useStore } from '../../state/store.ts';
import { BRIEFING_TEXT as B } from './strings.ts';

export function SavedViewsPanel({ onClose }: { onClose: () => void }) {
  const lang = useStore((s) => s.lang);
  const views = useStore((s) => s.savedViews);
  const [copied, setCopied] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const s = useStore.getState();
  const here = currentDatasetKey();
  const comparing = currentCompareKey();
  const onImport = async (f: File | undefined) => {
    if (!f) return;
    let parsed: ReturnType<typeof parseSavedViews>;
    try {
      parsed = parseSavedViews(JSON.parse(await f.text()));
    } catch {
      parsed = { error: { zh: '不是 JSON 文件', en: 'not a JSON file' } };
    }
    if ('error' in parsed) {
      s.setNotice({ kind: 'message', ...trBoth(B.importFailed, f.name, parsed.error) });
      return;
    }
    s.addViews(parsed.views);
    s.setNotice({
      kind: 'message',
      zh: tr('zh', B.imported, parsed.views.length),
      en: tr('en', B.imported, parsed.views.length),
    });
  };
  return (
    <div className="views-panel" data-testid="views-panel">
      <div className="views-actions">
        <button type="button" onClick={() => runCommand('view.save')} data-testid="view-save">
          {tr(lang, B.saveView)}
        </button>
        <button
          type="button"
          disabled={!views.some((v) => v.dataset === here)}
          onClick={() => {
            onClose();
            setPresentation(true);
            s.startTour(0);
          }}
          data-testid="tour-start"
        >
          ▶ {tr(lang, B.startTour)}
        </button>
      </div>
      {views.length === 0 && <p className="views-empty">{tr(lang, B.noViews)}</p>}
      <ol className="views-list">
        {views.map((v, i) => (
          <li key={v.id} data-testid="saved-view" data-view-id={v.id}>
            {/* Edited freely, kept on leaving the field (or Enter): an emptied name or a half-typed number is not saved. */}
            <input
              className="view-name"
              defaultValue={v.name}
              key={`n-${v.id}-${v.name}`}
              aria-label={tr(lang, B.rename)}
              data-testid="view-name"
              onBlur={(e) => s.renameView(v.id, e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') e.currentTarget.blur();
              }}
            />
            <input
              className="view-seconds"
              type="number"
              min={3}
              max={3600}
              defaultValue={v.seconds}
              key={`s-${v.id}-${v.seconds}`}
              aria-label={tr(lang, B.seconds)}
              title={tr(lang, B.seconds)}
              data-testid="view-seconds"
              onBlur={(e) => s.setViewSeconds(v.id, Number(e.target.value))}
              onKeyDown={(e) => {
                if (e.key === 'Enter') e.currentTarget.blur();
              }}
            />
            <span className="view-buttons">
              <button type="button" onClick={() => openSavedView(v)} data-testid="view-show">
                {tr(lang, B.show)}
              </button>
              <button
                type="button"
                aria-label={tr(lang, B.up)}
                title={tr(lang, B.up)}
                disabled={i === 0}
                onClick={() => s.moveView(v.id, -1)}
                data-testid="view-up"
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={tr(lang, B.down)}
                title={tr(lang, B.down)}
                disabled={i === views.length - 1}
                onClick={() => s.moveView(v.id, 1)}
                data-testid="view-down"
              >
                ↓
              </button>
              <button
                type="button"
                title={tr(lang, B.copyLink)}
                onClick={() => {
                  void navigator.clipboard?.writeText(savedViewLink(v)).then(
                    () => setCopied(v.id),
                    () => undefined,
                  );
                }}
                data-testid="view-copy"
              >
                {copied === v.id ? tr(lang, B.copied) : tr(lang, B.copyLink)}
              </button>
              <button
                type="button"
                aria-label={tr(lang, B.remove)}
                title={tr(lang, B.remove)}
                onClick={() => s.deleteView(v.id)}
                data-testid="view-delete"
              >
                ×
              </button>
            </span>
            {v.dataset !== here && <span className="view-other muted">{tr(lang, B.otherDataset, v.dataset)}</span>}
            {v.dataset === here && v.compare !== comparing && (
              <span className="view-other muted" data-testid="view-compare-note">
                {v.compare ? tr(lang, B.savedComparing, v.compare) : tr(lang, B.savedNotComparing)}
              </span>
            )}
          </li>
        ))}
      </ol>
      <div className="views-actions">
        <button
          type="button"
          disabled={views.length === 0}
          onClick={() =>
            downloadText(
              `saved-views-${new Date().toISOString().slice(0, 10)}.json`,
              savedViewsFile(views),
              'application/json',
            )
          }
          data-testid="views-export"
        >
          {tr(lang, B.exportViews)}
        </button>
        <button type="button" onClick={() => file.current?.click()} data-testid="views-import">
          {tr(lang, B.importViews)}
        </button>
        <input
          ref={file}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(e) => {
            void onImport(e.target.files?.[0]);
            e.target.value = '';
          }}
          data-testid="views-import-file"
        />
      </div>
    </div>
  );
}
