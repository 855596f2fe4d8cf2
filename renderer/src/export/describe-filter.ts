// The active filter as lines for a caption ("Allegation: Red notice abuse, Collusion").
import type { FilterSpec } from '../../../graph-data/src/contract.js';
import { NODE_KIND_LABELS, RELATION_LABELS } from '../../../graph-data/src/schema/vocabulary.js';
import { allegationTypeLabel, type CustomAllegationType } from '../graph-view/allegation-types.js';
import { describeAttributeFilter } from '../state/filters/attribute-filters.js';

/** `caseTypes`: the case's own allegation types, named as the case names them. */
export function describeFilterSpec(spec: FilterSpec | null | undefined, labelOf: (id: string) => string = (id) => id, caseTypes: readonly CustomAllegationType[] = []): string[] {
  if (!spec) return [];
  const out: string[] = [];
  const list = (name: string, values: readonly string[] | undefined, label: (v: string) => string) => {
    if (values !== undefined) out.push(`${name}: ${values.length ? values.map(label).join(', ') : 'none'}`);
  };
  list('Allegation', spec.allegationTypes, (v) => allegationTypeLabel(v, caseTypes));
  list('Status', spec.statuses, (v) => v);
  list('Claimant', spec.claimants, labelOf);
  const picked = spec.allegationTypes !== undefined || spec.statuses !== undefined || spec.claimants !== undefined;
  if (picked) out.push(spec.keepRelations ? 'Other relations kept' : spec.context ? `Picked allegations with ${spec.context} step${spec.context === 1 ? '' : 's'} of context` : 'Picked allegations only');
  list('Kind', spec.kinds, (v) => NODE_KIND_LABELS[v as keyof typeof NODE_KIND_LABELS] ?? v);
  list('Relation', spec.relations, (v) => RELATION_LABELS[v as keyof typeof RELATION_LABELS] ?? v);
  if (spec.dateFrom || spec.dateTo) out.push(`Dates: ${spec.dateFrom ?? '…'} to ${spec.dateTo ?? '…'}`);
  if (spec.hideUndated) out.push('Undated hidden');
  for (const a of spec.attributes ?? []) {
    const line = describeAttributeFilter(a);
    if (line) out.push(line);
  }
  return out;
}
