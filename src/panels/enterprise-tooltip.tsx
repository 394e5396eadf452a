import { useStore } from '../state/store.ts';
import { useT } from '../i18n/use-t.ts';
import { enterpriseSummary } from '../data/enterprise-record.ts';
import { SECTORS } from '../domain/sectors.ts';
import { nameIn } from '../i18n/strings.ts';
import { LevelBadge } from './level-badge.tsx';
import { DetailsPending } from '../ui/details-pending.tsx';

/** Hover card beside the pointer. Data text goes through React as text, never as HTML. */
export function EnterpriseTooltip({ row, x, y }: { row: number; x: number; y: number }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const dataset = useStore((s) => s.dataset);
  const text = useStore((s) => s.text);
  if (!dataset) return null;
  const e = enterpriseSummary(dataset, text, row);
  return (
    <div className="tooltip" role="tooltip" data-testid="tooltip" style={{ left: x + 14, top: y + 14 }}>
      <div className="tooltip-name" data-testid="tooltip-name">
        {e.name ?? <DetailsPending what="names" inline />}
      </div>
      <div className="tooltip-level">
        <LevelBadge level={e.level} />{' '}
        <span className="score">
          {e.score.toFixed(1)} {t('points')}
        </span>
      </div>
      <dl>
        <dt>{t('sector')}</dt>
        <dd>{nameIn(lang, SECTORS[e.sector])}</dd>
        <dt>{t('town')}</dt>
        <dd>{e.town || t('none')}</dd>
        <dt>{t('grid')}</dt>
        <dd>{e.grid || t('none')}</dd>
        <dt>{t('park')}</dt>
        <dd>{e.park || t('notInPark')}</dd>
      </dl>
      <div className="tooltip-hint">{t('clickForDetail')}</div>
    </div>
  );
}
