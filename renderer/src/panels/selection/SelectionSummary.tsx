// The details side when several elements are selected and none was clicked first: what is
// selected, each one a click away from its own details, and what can be done with them.
import type { ViewState } from '../../state/view-history.js';
import { describeMany, type ManySelection, type Single } from '../../state/selection/selection.js';
import { formatCount } from '../../state/plural.js';
import { byId } from '../../state/id-index.js';

const SHOWN = 60;

export function SelectionSummary({ many, view, onSelect }: { many: ManySelection; view: ViewState | null; onSelect(s: NonNullable<Single>): void }) {
  const labelOf = (id: string) => byId(view?.nodes, id)?.label ?? id;
  const items = [...many.nodes.map((id) => ({ type: 'node' as const, id, text: labelOf(id) })), ...many.edges.map((id) => {
    const e = view?.edges.find((x) => x.id === id);
    return { type: 'edge' as const, id, text: e ? `${labelOf(e.source)} → ${labelOf(e.target)}` : id };
  })];
  return (
    <aside className="details-panel" aria-label="Selection" data-testid="selection-summary">
      <h2>{describeMany(many, () => '1 node')} selected</h2>
      <p className="muted">The bar above the graph acts on the selected nodes: Focus, Expand, Hide (H), Remove (Delete), Pin, Path…, Export…. Ctrl+A selects all, I inverts, N adds neighbours.</p>
      <ul className="selection-list">
        {items.slice(0, SHOWN).map((item) => (
          <li key={`${item.type}:${item.id}`}>
            <button type="button" className="link" onClick={() => onSelect({ type: item.type, id: item.id })}>
              {item.text}
            </button>
          </li>
        ))}
      </ul>
      {items.length > SHOWN && <p className="muted">…and {formatCount(items.length - SHOWN)} more.</p>}
    </aside>
  );
}
