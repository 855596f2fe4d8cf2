// The right-hand panel as tabs: details of the selection, the path finder, "why
// connected", measures, appearance and saved views. Every tab stays mounted (hidden when not shown) so
// a half-typed path or a ranking survives a look at the details. Arrow keys move between
// tabs; Escape in a tab goes back to Details.
import { ErrorBoundary } from '../../errors/ErrorBoundary.js';
import { type ReactNode, useEffect, useRef } from 'react';
import './views.css';

export const SIDE_TABS = ['details', 'paths', 'compare', 'measures', 'appearance', 'views'] as const;
export type SideTab = (typeof SIDE_TABS)[number];

const TAB_LABELS: Record<SideTab, { label: string; key?: string }> = {
  details: { label: 'Details' },
  paths: { label: 'Paths', key: 'P' },
  compare: { label: 'Compare', key: 'C' },
  measures: { label: 'Measures', key: 'M' },
  appearance: { label: 'Appearance', key: 'A' },
  views: { label: 'Views', key: 'V' },
};

interface Props {
  tab: SideTab;
  onTab(tab: SideTab): void;
  /** Bumped when a shortcut opened a tab: focus goes to the tab's first field. */
  focusRequest: number;
  panels: Record<SideTab, ReactNode>;
}

export function SidePanel({ tab, onTab, focusRequest, panels }: Props) {
  const panelRefs = useRef<Partial<Record<SideTab, HTMLDivElement | null>>>({});
  const tabRefs = useRef<Partial<Record<SideTab, HTMLButtonElement | null>>>({});

  useEffect(() => {
    if (focusRequest === 0) return;
    const panel = panelRefs.current[tab];
    // A field first (the path's "from", the compare picker), else the first button.
    const field = panel?.querySelector<HTMLElement>('input:not([type="hidden"]):not([hidden]), select') ?? panel?.querySelector<HTMLElement>('button:not(:disabled)');
    (field ?? tabRefs.current[tab])?.focus();
    // Focus moves only when a shortcut asks, not on every tab change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  const move = (step: number) => {
    const next = SIDE_TABS[(SIDE_TABS.indexOf(tab) + step + SIDE_TABS.length) % SIDE_TABS.length] ?? 'details';
    onTab(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <div className="side-panel">
      <div className="side-tabs" role="tablist" aria-label="Panels">
        {SIDE_TABS.map((name) => (
          <button
            key={name}
            ref={(el) => {
              tabRefs.current[name] = el;
            }}
            type="button"
            role="tab"
            id={`side-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`side-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            data-testid={`side-tab-${name}`}
            title={TAB_LABELS[name].key ? `${TAB_LABELS[name].label} (${TAB_LABELS[name].key})` : TAB_LABELS[name].label}
            onClick={() => onTab(name)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight') move(1);
              else if (e.key === 'ArrowLeft') move(-1);
              else return;
              e.preventDefault();
            }}
          >
            {TAB_LABELS[name].label}
          </button>
        ))}
      </div>
      {SIDE_TABS.map((name) => (
        <div
          key={name}
          ref={(el) => {
            panelRefs.current[name] = el;
          }}
          role="tabpanel"
          id={`side-panel-${name}`}
          aria-labelledby={`side-tab-${name}`}
          className={`side-tab-panel side-tab-${name}`}
          hidden={tab !== name}
          onKeyDown={(e) => {
            if (e.key !== 'Escape' || name === 'details') return;
            // Escape closes this panel (back to Details) and must not also clear the selection.
            e.stopPropagation();
            onTab('details');
            tabRefs.current.details?.focus();
          }}
        >
          <ErrorBoundary name={`The ${TAB_LABELS[name].label} panel`}>{panels[name]}</ErrorBoundary>
        </div>
      ))}
    </div>
  );
}
