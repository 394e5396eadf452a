/**
 * The bulletin's inspection line (监督检查): the period's administrative inspections, patrols, hazards
 * found and penalties, then the status at the data date, over the enterprises of the current view.
 */
import { useMemo } from 'react';
import { inspectionPeriod } from '../../data/bulletin-inspections.ts';
import { administrativeTable } from '../../domain/supervision/index.ts';
import { formatNum, tr } from '../../domain/text.ts';
import { useStore } from '../../state/store.ts';
import { BULLETIN_TEXT } from './strings.ts';
import { INSPECTION_TEXT } from '../common/inspection-strings.ts';

export function BulletinInspections({ start, end, asOf }: { start: number; end: number; asOf: string }) {
  const lang = useStore((s) => s.lang);
  const ins = useStore((s) => s.inspections);
  const settings = useStore((s) => s.supervision);
  const status = useStore((s) => s.supervisionStatus);
  const result = useStore((s) => s.result);
  const version = useStore((s) => s.resultVersion);
  const done = useMemo(() => {
    void version;
    return ins && result ? inspectionPeriod(ins, administrativeTable(settings), result.mask, start, end) : null;
  }, [ins, settings, result, start, end, version]);
  const n = (v: number) => formatNum(lang, v);
  const t = result?.totals.inspection;
  return (
    <section className="bl-insp" data-testid="bulletin-inspections">
      <h2 className="bl-h">{tr(lang, BULLETIN_TEXT.inspections)}</h2>
      {done && status && t ? (
        <p>
          <span data-testid="bulletin-inspections-done">
            {tr(
              lang,
              BULLETIN_TEXT.inspectionsDone,
              n(done.inspections),
              n(done.enterprises),
              n(done.hazardsFound),
              n(done.penalties),
              n(done.patrols),
            )}
          </span>
          <br />
          <span data-testid="bulletin-inspections-status">
            {tr(lang, BULLETIN_TEXT.inspectionsStatus, asOf, n(t[1]), n(t[0]), n(t[2]), n(t[3]), n(t[4]))}
          </span>
        </p>
      ) : (
        <p className="bl-empty">{tr(lang, INSPECTION_TEXT.ledgerLoading)}</p>
      )}
    </section>
  );
}
