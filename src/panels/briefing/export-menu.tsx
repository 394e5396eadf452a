/** The header's exports for the bulletin: the map image (1920x1080, 3840x2160), the printed bulletin and its Word document, each a registered command. */
import { tr } from '../../domain/text.ts';
import { commandById, runCommand } from '../../ui/commands.ts';
import { useMenu } from '../../ui/use-menu.ts';
import { useStore } from '../../state/store.ts';
import { BRIEFING_TEXT as B } from './strings.ts';

const ITEMS = [
  { id: 'export.png-hd', testId: 'export-png-hd' },
  { id: 'export.png-uhd', testId: 'export-png-uhd' },
  { id: 'bulletin.print', testId: 'print-bulletin' },
  { id: 'bulletin.word', testId: 'export-word' },
];

export function ExportMenu() {
  const lang = useStore((s) => s.lang);
  const { open, close, toggle, box } = useMenu();
  const items = ITEMS.filter((i) => commandById(i.id));
  if (items.length === 0) return null;
  return (
    <div className="views-menu" ref={box}>
      <button type="button" className="lang-switch" aria-expanded={open} onClick={toggle} data-testid="export-menu">
        {tr(lang, B.exports)} ▾
      </button>
      {open && (
        <div className="views-panel export-panel" data-testid="export-panel">
          {items.map((i) => (
            <button
              key={i.id}
              type="button"
              data-testid={i.testId}
              onClick={() => {
                close();
                runCommand(i.id);
              }}
            >
              {tr(lang, commandById(i.id)!.label)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
