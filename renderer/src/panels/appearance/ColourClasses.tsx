// What node colour means, as a list: partition classes with their counts (each colour
// editable), the ends of a ranking's colour scale, or the file's own colours. Shared by the
// Appearance panel (editable) and the legend (read-only).
import { formatMeasure } from '../measures/scale.js';
import type { ColourLegend } from './use-appearance.js';
import { formatCount } from '../../state/plural.js';

interface Props {
  legend: ColourLegend;
  /** Given: each class colour is a colour picker. */
  onColour?(value: string, css: string): void;
}

/** <input type="color"> takes #rrggbb only. */
const hex = (css: string) => (/^#[0-9a-f]{6}$/i.test(css) ? css : '#888888');

export function ColourClasses({ legend, onColour }: Props) {
  if (legend.type === 'file') return <p className="muted appearance-note">The file’s own colours ({formatCount(legend.count)} nodes).</p>;
  if (legend.type === 'ranking') {
    return (
      <div className="colour-ranking" data-testid="legend-ranking">
        <span className="ramp" style={{ background: `linear-gradient(to right, ${legend.stops.join(', ')})` }} aria-hidden />
        <span className="ends">
          <span data-testid="legend-ranking-min">{formatMeasure(legend.min)}</span>
          <span>{legend.title}</span>
          <span data-testid="legend-ranking-max">{formatMeasure(legend.max)}</span>
        </span>
      </div>
    );
  }
  return (
    <ul className="colour-classes" data-testid="legend-classes" aria-label={`Colours of ${legend.title}`}>
      {legend.classes.map((c) => (
        <li key={c.value} data-testid="legend-class" data-value={c.value} data-count={c.count}>
          {onColour ? (
            <input type="color" className="swatch-input" aria-label={`Colour of ${c.value}`} value={hex(c.colour)} onChange={(e) => onColour(c.value, e.target.value)} />
          ) : (
            <svg width="14" height="14" aria-hidden>
              <circle cx="7" cy="7" r="6" fill={c.colour} />
            </svg>
          )}
          <span className="class-value">{c.value}</span> <span className="count">{formatCount(c.count)}</span>
        </li>
      ))}
      {legend.others && (
        <li data-testid="legend-class-others">
          <svg width="14" height="14" aria-hidden>
            <circle cx="7" cy="7" r="6" fill={legend.others.colour} />
          </svg>
          {legend.others.values} more values <span className="count">{formatCount(legend.others.count)}</span>
        </li>
      )}
    </ul>
  );
}
