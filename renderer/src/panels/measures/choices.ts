// The style choices of the measures panel: which measure (if any), whether it sizes the
// nodes, and whether communities colour them. Saved with a view.
import { MEASURES } from '../../../../graph-data/src/contract.js';

export const MEASURE_CHOICES = ['none', ...MEASURES] as const;
export type MeasureChoice = (typeof MEASURE_CHOICES)[number];

export const MEASURE_LABELS: Record<MeasureChoice, string> = {
  none: 'None',
  degree: 'Degree (documented ties)',
  betweenness: 'Betweenness (brokers)',
  pagerank: 'PageRank (where relations converge)',
};

export interface StyleChoices {
  measure: MeasureChoice;
  /** Node size follows the measure. */
  sizeBy: boolean;
  /** Node colour follows the Louvain community. */
  communities: boolean;
}

export const DEFAULT_STYLE: StyleChoices = { measure: 'none', sizeBy: true, communities: false };
