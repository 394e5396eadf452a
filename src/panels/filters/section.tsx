import { useState, type ReactNode } from 'react';

/** A collapsible filter section; shows how many values are chosen in it. */
export function Section({
  title,
  active,
  children,
  defaultOpen = true,
  testId,
}: {
  title: string;
  active: number;
  children: ReactNode;
  defaultOpen?: boolean;
  testId?: string;
}) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <section className="filter-section" data-testid={testId}>
      <button type="button" className="section-head" aria-expanded={open} onClick={() => setOpen(!open)}>
        <span className="section-caret" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        <span className="section-title">{title}</span>
        {active > 0 && <span className="section-active">{active}</span>}
      </button>
      {open && <div className="section-body">{children}</div>}
    </section>
  );
}
