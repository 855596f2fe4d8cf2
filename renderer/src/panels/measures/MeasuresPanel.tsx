// Measures: pick degree, betweenness or PageRank, size nodes by it, colour by Louvain
// community, and read the ranking of the top actors (a row selects and centres its node).
import type { NodeRef } from '../../../../graph-data/src/contract.js';
import { EXACT_BETWEENNESS_LIMIT } from './limits.js';
import type { Theme } from '../../graph-view/palette.js';
import { communityLegend } from '../../graph-view/community-legend.js';
import { MEASURE_CHOICES, MEASURE_LABELS, type MeasureChoice, type StyleChoices } from './choices.js';
import { formatMeasure } from './scale.js';
import type { MeasuresState } from './use-measures.js';
import './measures.css';
import { formatCount } from '../../state/plural.js';
import { steady } from '../steady.js';

interface Props {
  style: StyleChoices;
  onStyle(next: StyleChoices): void;
  state: MeasuresState;
  nodeCount: number;
  theme: Theme;
  onPick(node: NodeRef): void;
}

const RANKED = 20;

function MeasuresPanelView({ style, onStyle, state, nodeCount, theme, onPick }: Props) {
  const { result, communities, loading } = state;
  const legend = communities ? communityLegend(communities, theme) : null;
  return (
    <section className="measures" aria-label="Measures">
      <h2>Measure the network</h2>
      <label className="measure-choice">
        <span>Measure</span>
        <select data-testid="measure-select" value={style.measure} onChange={(e) => onStyle({ ...style, measure: e.target.value as MeasureChoice })}>
          {MEASURE_CHOICES.map((m) => (
            <option key={m} value={m}>
              {MEASURE_LABELS[m]}
            </option>
          ))}
        </select>
      </label>
      <label className="measure-check">
        <input type="checkbox" data-testid="measure-size" checked={style.sizeBy} disabled={style.measure === 'none'} onChange={(e) => onStyle({ ...style, sizeBy: e.target.checked })} />
        Size nodes by the measure
      </label>
      <label className="measure-check">
        <input type="checkbox" data-testid="measure-communities" checked={style.communities} onChange={(e) => onStyle({ ...style, communities: e.target.checked })} />
        Colour by community (Louvain)
      </label>
      {style.communities && (
        <p className="muted measure-note" data-testid="measure-communities-note">
          Replaces the node colour chosen in Appearance (which shows it) until unticked.
        </p>
      )}

      {loading.measure && (
        <p className="measure-progress" role="status" data-testid="measure-progress">
          <span className="spinner" aria-hidden /> Computing {loading.measure} over {formatCount(nodeCount)} nodes
          {loading.measure === 'betweenness' && nodeCount > EXACT_BETWEENNESS_LIMIT ? ' (sampled estimate)…' : '…'}
          {state.progress !== null && ` ${state.progress}%`}
        </p>
      )}
      {result && (
        <>
          <p className="measure-exactness" data-testid="measure-exactness">
            {result.exact ? 'Exact values.' : `Estimated from ${result.sampleSize !== undefined ? formatCount(result.sampleSize) : 'a sample of'} sampled source nodes (the graph has more than ${formatCount(EXACT_BETWEENNESS_LIMIT)} nodes).`}
            {!result.exact && (
              <button type="button" className="link" data-testid="measure-exact" onClick={state.computeExact}>
                {' '}Compute exact values
              </button>
            )}
          </p>
          <table className="ranking" aria-label={`Top actors by ${result.measure}`}>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Actor</th>
                <th scope="col" className="num">
                  {result.measure}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.top.slice(0, RANKED).map((row, i) => (
                <tr key={row.node.id} data-testid="ranking-row" data-node={row.node.id}>
                  <td className="num">{i + 1}</td>
                  <td>
                    <button type="button" className="link" onClick={() => onPick(row.node)} title="Select and centre">
                      <span className={`kind-dot kind-${row.node.kind}`} aria-hidden /> {row.node.label}
                    </button>
                  </td>
                  <td className="num">{formatMeasure(row.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      {loading.communities && (
        <p className="measure-progress" role="status">
          <span className="spinner" aria-hidden /> Finding communities…
        </p>
      )}
      {communities && legend && (
        <div className="community-legend" data-testid="community-legend">
          <p>
            {communities.count} communities · modularity {communities.modularity.toFixed(3)}
          </p>
          <ul>
            {legend.items.map((item) => (
              <li key={item.community} data-testid="community-item">
                <span className="community-swatch" style={{ background: item.colour }} aria-hidden />
                {item.name} <span className="count">{item.size}</span>
              </li>
            ))}
          </ul>
          {legend.others && (
            <p className="muted">
              <span className="community-swatch" style={{ background: legend.others.colour }} aria-hidden /> {legend.others.count} smaller communities share grey.
            </p>
          )}
        </div>
      )}
    </section>
  );
}

/** Rendered again only when its data changes (steady.tsx). */
export const MeasuresPanel = steady(MeasuresPanelView);
