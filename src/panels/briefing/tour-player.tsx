/**
 * The tour: shows the saved views of the dataset one after another, each for its seconds, flying
 * between them; the view's name and a thin progress bar on screen. One timer at a time, cleared on
 * every step, so a day-long tour holds no more than one view's worth of state.
 */
import { useEffect } from 'react';
import { tr } from '../../domain/text.ts';
import { showTourView, tourViews } from '../../ui/app-commands.ts';
import { useStore } from '../../state/store.ts';
import { BRIEFING_TEXT as B } from './strings.ts';

export function TourPlayer() {
  const lang = useStore((s) => s.lang);
  const tour = useStore((s) => s.tour);
  const views = useStore((s) => s.savedViews);
  const list = tour ? tourViews() : [];
  const n = list.length;
  const index = tour && n ? ((tour.index % n) + n) % n : 0;
  const view = n ? list[index] : null;
  const step = tour?.step ?? 0;
  const playing = tour?.playing ?? false;

  // Each step shows its view once.
  useEffect(() => {
    if (step > 0 && n > 0) showTourView(index);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [step]);

  // And, while playing, moves on after the view's seconds.
  useEffect(() => {
    if (!playing || !view) return;
    const id = setTimeout(() => useStore.getState().stepTour(1), view.seconds * 1000);
    return () => clearTimeout(id);
  }, [playing, step, view]);

  // A tour with nothing to play (its views deleted) stops.
  useEffect(() => {
    if (tour && n === 0) useStore.getState().stopTour();
  }, [tour, n, views]);

  if (!tour || !view) return null;
  return (
    <div className="tour-bar" data-testid="tour-bar" data-index={index} data-view-id={view.id} role="status">
      <div className="tour-name" data-testid="tour-name">
        {view.name}
      </div>
      <div className="tour-meta">
        {tr(lang, B.tourOf, index + 1, n)}
        {playing ? '' : ` · ${tr(lang, B.paused)}`}
      </div>
      {/* Restarted on every step by its key; paused with the tour. */}
      <div className="tour-progress" aria-hidden="true">
        <div
          key={step}
          className={`tour-progress-fill${playing ? '' : ' paused'}`}
          style={{ animationDuration: `${view.seconds}s` }}
        />
      </div>
    </div>
  );
}
