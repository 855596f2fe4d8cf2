// The filter index after each kind of edit the case editor makes (service/index.ts update, then
// filter-index-update.ts and filter-index-restructure.ts): the filter panel's counts, its date
// range and what a filter keeps must be what a service built afresh on the edited graph answers,
// and the index itself what a full build gives. The second implementation is the full build.
// Each test also says whether the edit was absorbed in place ('patched', 'restructured') or
// needed a rebuild ('dropped'): a rename on a 10k-node case must not rebuild.
import { describe, expect, it } from 'vitest';
import { cite, opened } from './test-filter-edits.js';

describe('filter index after attribute edits (patched in place)', () => {
  it('renames an actor and changes its kind: the kind boxes count it under its new kind', () => {
    const c = opened();
    expect(c.facets().kinds).toEqual({ person: 5, agency: 1, organisation: 1 });
    expect(c.apply({ type: 'editNode', id: 'dora', label: 'Dora Group', kind: 'group' })).toBe('patched');
    expect(c.facets().kinds).toEqual({ person: 4, agency: 1, organisation: 1, group: 1 });
    expect(c.shown({ kinds: ['group'] }).visibleNodes).toEqual(['dora']);
    expect(c.apply('undo')).toBe('patched');
    expect(c.facets().kinds).toEqual({ person: 5, agency: 1, organisation: 1 });
    expect(c.apply('redo')).toBe('patched');
  });

  it('renames a claimant: the claimant box shows the new name, and the boxes are reordered by it', () => {
    const c = opened();
    const claimants = () => c.facets().claimants.map((x) => x.label);
    // One allegation each: alphabetical.
    expect(claimants()).toEqual(['Björn Borg', 'Frank', 'Reuters']);
    expect(c.apply({ type: 'editNode', id: 'frank', label: 'Aaron Frank' })).toBe('patched');
    expect(claimants()).toEqual(['Aaron Frank', 'Björn Borg', 'Reuters']);
    expect(c.apply({ type: 'editNode', id: 'bjorn', label: 'Zed Borg' })).toBe('patched');
    expect(claimants()).toEqual(['Aaron Frank', 'Reuters', 'Zed Borg']);
    expect(c.apply('undo')).toBe('patched');
    expect(c.apply('undo')).toBe('patched');
    expect(claimants()).toEqual(['Björn Borg', 'Frank', 'Reuters']);
  });

  it('changes a claim’s relation and an allegation’s status: relation and status boxes follow', () => {
    const c = opened();
    expect(c.apply({ type: 'editEdge', id: 'e5', relation: 'owns' })).toBe('patched');
    expect(c.facets().relations).toEqual({ leads: 1, accuses: 2, works_for: 1, owns: 1, linked_to: 1 });
    expect(c.shown({ relations: ['owns'] }).visibleEdges).toEqual(['e5']);
    expect(c.apply({ type: 'setStatus', id: 'e2', status: 'disputed', citation: cite('Björn accuses Anna of bribery.') })).toBe('patched');
    expect(c.facets().statuses).toEqual({ denied: 1, confirmed: 1, disputed: 1 });
    expect(c.shown({ statuses: ['alleged'] }).visibleEdges).toEqual([]);
    expect(c.apply({ type: 'setStatus', id: 'e6', status: 'alleged' })).toBe('patched');
    expect(c.apply('undo')).toBe('patched');
    expect(c.apply('undo')).toBe('patched');
    expect(c.facets().statuses).toEqual({ alleged: 1, denied: 1, confirmed: 1 });
    expect(c.apply('redo')).toBe('patched');
  });

  it('attaches evidence or edits a node’s description: nothing a filter reads, still patched', () => {
    const c = opened();
    expect(c.apply({ type: 'attachEvidence', element: 'edge', id: 'e3', citation: cite('Carl works') })).toBe('patched');
    expect(c.apply({ type: 'editNode', id: 'carl', description: 'Clerk.', aliases: ['C.'] })).toBe('patched');
  });
});

describe('filter index after date edits (rebuilt: the data’s range may change)', () => {
  it('moves a claim’s date past the latest: the date range ends there', () => {
    const c = opened();
    expect(c.facets().dateRange).toEqual({ min: '2014', max: '2021' });
    expect(c.apply({ type: 'editEdge', id: 'e5', date: '2024-02' })).toBe('dropped');
    expect(c.facets().dateRange).toEqual({ min: '2014', max: '2024-02' });
    expect(c.shown({ dateFrom: '2024', hideUndated: true }).visibleNodes).toEqual([]);
    expect(c.apply({ type: 'editEdge', id: 'e1', date: null })).toBe('dropped');
    expect(c.facets().dateRange).toEqual({ min: '2015-06', max: '2024-02' });
    expect(c.apply('undo')).toBe('dropped');
    expect(c.apply('undo')).toBe('dropped');
    expect(c.facets().dateRange).toEqual({ min: '2014', max: '2021' });
  });

  it('dates an undated claim, and re-dates an actor', () => {
    const c = opened();
    expect(c.apply({ type: 'editEdge', id: 'e3', date: '2016-09' })).toBe('dropped');
    expect(c.shown({ dateFrom: '2016-09', dateTo: '2016-09' }).visibleEdges.sort()).toEqual(['e3', 'e6']);
    expect(c.apply({ type: 'editNode', id: 'anna', date: '2019' })).toBe('dropped');
    expect(c.apply({ type: 'editNode', id: 'dora', date: '2010' })).toBe('dropped');
    expect(c.facets().dateRange).toEqual({ min: '2010', max: '2021' });
    expect(c.apply('undo')).toBe('dropped');
    expect(c.facets().dateRange).toEqual({ min: '2014', max: '2021' });
  });
});

describe('filter index after elements come and go (restructured in place)', () => {
  it('adds an undated actor: counted as a person, alone, and a rebuild is not needed', () => {
    const c = opened();
    expect(c.apply({ type: 'addNode', node: { kind: 'person', label: 'Gus' }, citation: cite('Dora is alone.') })).toBe('restructured');
    expect(c.facets().kinds).toEqual({ person: 6, agency: 1, organisation: 1 });
    expect(c.facets().matching).toEqual({ nodes: 8, edges: 6 });
    expect(c.apply('undo')).toBe('restructured');
    expect(c.facets().matching).toEqual({ nodes: 7, edges: 6 });
    expect(c.apply('redo')).toBe('restructured');
  });

  it('adds dated claims before and after the data’s range: the range widens to them, as written', () => {
    const c = opened();
    expect(c.apply({ type: 'addClaim', subject: 'dora', relation: 'linked_to', object: 'eve', date: '2023-07-14', citation: cite('Dora is alone.') })).toBe('restructured');
    expect(c.facets().dateRange).toEqual({ min: '2014', max: '2023-07-14' });
    expect(c.apply({ type: 'addClaim', subject: 'dora', relation: 'linked_to', object: 'carl', date: '2009/2011', citation: cite('Dora is alone.') })).toBe('restructured');
    expect(c.facets().dateRange).toEqual({ min: '2009', max: '2023-07-14' });
    // Inside the range: the range stays.
    expect(c.apply({ type: 'addClaim', subject: 'carl', relation: 'linked_to', object: 'eve', date: '2016', citation: cite('Carl works') })).toBe('restructured');
    expect(c.facets().dateRange).toEqual({ min: '2009', max: '2023-07-14' });
    // Undoing a claim at an end of the range: only a full build knows the range left.
    expect(c.apply('undo')).toBe('restructured');
    expect(c.apply('undo')).toBe('dropped');
    expect(c.facets().dateRange).toEqual({ min: '2014', max: '2023-07-14' });
  });

  it('adds a dated claim to a graph with no dates at all: the range is that claim’s', () => {
    const c = opened();
    for (const id of ['e1', 'e2', 'e4', 'e5']) expect(c.apply({ type: 'editEdge', id, date: null })).toBe('dropped');
    expect(c.apply({ type: 'editNode', id: 'anna', date: null })).toBe('dropped');
    expect(c.apply({ type: 'deleteNode', id: 'carl' })).toBe('dropped');
    expect(c.facets().dateRange).toBeNull();
    expect(c.apply({ type: 'addClaim', subject: 'dora', relation: 'linked_to', object: 'eve', date: '2001-02/2003', citation: cite('Dora is alone.') })).toBe('restructured');
    expect(c.facets().dateRange).toEqual({ min: '2001-02', max: '2003' });
  });

  it('adds allegations by a new claimant, a claimant who is no actor, and of a case’s own type', () => {
    const c = opened();
    expect(c.apply({ type: 'addAllegationType', id: 'offshore_leaks', label: 'Offshore leaks', color: '#123456' })).toBe('patched');
    const claim = { type: 'addClaim', subject: 'eve', relation: 'accuses', object: 'anna', citation: cite('Eve paid Anna.') } as const;
    expect(c.apply({ ...claim, allegation: { type: 'offshore_leaks', status: 'disputed', claimant: 'dora' } })).toBe('restructured');
    expect(c.facets().allegationTypes).toEqual({ red_notice_abuse: 1, bribery_corruption: 1, intelligence_ties: 1, offshore_leaks: 1 });
    expect(c.facets().claimants).toEqual([
      { id: 'bjorn', label: 'Björn Borg', count: 1 },
      { id: 'dora', label: 'Dora', count: 1 },
      { id: 'frank', label: 'Frank', count: 1 },
      { id: 'Reuters', label: 'Reuters', count: 1 },
    ]);
    expect(c.apply({ ...claim, allegation: { type: 'collusion', status: 'alleged', claimant: { new: 0 } }, newNodes: [{ kind: 'media', label: 'Anonymous Wire' }] })).toBe('restructured');
    expect(c.facets().claimants.map((x) => x.label)).toEqual(['Anonymous Wire', 'Björn Borg', 'Dora', 'Frank', 'Reuters']);
    // A second allegation by Frank puts him first.
    expect(c.apply({ ...claim, allegation: { type: 'collusion', status: 'alleged', claimant: 'frank' } })).toBe('restructured');
    expect(c.facets().claimants.map((x) => `${x.label} ${x.count}`)).toEqual(['Frank 2', 'Anonymous Wire 1', 'Björn Borg 1', 'Dora 1', 'Reuters 1']);
    expect(c.shown({ claimants: ['frank'] }).visibleEdges.length).toBe(2);
    expect(c.apply('undo')).toBe('restructured');
    expect(c.apply('undo')).toBe('restructured');
    expect(c.apply('undo')).toBe('restructured');
    expect(c.facets().claimants.map((x) => x.label)).toEqual(['Björn Borg', 'Frank', 'Reuters']);
  });

  it('deletes undated claims: the last allegation of a claimant takes them off the claimant boxes', () => {
    const c = opened();
    expect(c.apply({ type: 'deleteEdge', id: 'e3' })).toBe('restructured');
    expect(c.facets().relations).toEqual({ leads: 1, accuses: 2, paid: 1, linked_to: 1 });
    expect(c.apply({ type: 'deleteEdge', id: 'e6' })).toBe('restructured');
    expect(c.facets().claimants.map((x) => x.id)).toEqual(['bjorn', 'frank']);
    expect(c.facets().allegationTypes).toEqual({ red_notice_abuse: 1, bribery_corruption: 1 });
    expect(c.apply('undo')).toBe('restructured');
    expect(c.facets().claimants.map((x) => x.id)).toEqual(['bjorn', 'frank', 'Reuters']);
    expect(c.apply('undo')).toBe('restructured');
    expect(c.apply('redo')).toBe('restructured');
  });

  it('deletes a dated claim inside the range in place, one at an end of it by a rebuild', () => {
    const c = opened();
    expect(c.apply({ type: 'deleteEdge', id: 'e2' })).toBe('restructured');
    expect(c.facets().claimants.map((x) => x.id)).toEqual(['frank', 'Reuters']);
    expect(c.facets().statuses).toEqual({ denied: 1, confirmed: 1 });
    expect(c.apply({ type: 'deleteEdge', id: 'e4' })).toBe('dropped');
    expect(c.facets().dateRange).toEqual({ min: '2014', max: '2019-06' });
    expect(c.apply({ type: 'deleteEdge', id: 'e1' })).toBe('dropped');
    expect(c.facets().dateRange).toEqual({ min: '2015-06', max: '2019-06' });
    expect(c.apply('undo')).toBe('restructured');
    expect(c.apply('undo')).toBe('restructured');
    expect(c.facets().dateRange).toEqual({ min: '2014', max: '2021' });
  });

  it('deletes undated actors with their claims in place, a dated one by a rebuild', () => {
    const c = opened();
    expect(c.apply({ type: 'deleteNode', id: 'dora' })).toBe('restructured');
    expect(c.apply({ type: 'deleteNode', id: 'bjorn' })).toBe('restructured');
    expect(c.facets().claimants.map((x) => x.id)).toEqual(['frank']);
    expect(c.facets().kinds).toEqual({ person: 3, agency: 1, organisation: 1 });
    expect(c.apply({ type: 'deleteNode', id: 'anna' })).toBe('dropped');
    // Undone, claims come back in the graph's order, not the order they were named: no assertion on how.
    c.apply('undo');
    c.apply('undo');
    expect(c.facets().claimants.map((x) => x.id)).toEqual(['bjorn', 'frank', 'Reuters']);
    expect(c.apply('undo')).toBe('restructured');
    expect(c.facets().matching).toEqual({ nodes: 7, edges: 6 });
  });

  it('merges two undated actors in place: the kept one takes the claims and the allegations it made', () => {
    const c = opened();
    expect(c.apply({ type: 'mergeNodes', keep: 'frank', absorb: 'bjorn' })).toBe('restructured');
    expect(c.facets().claimants).toEqual([
      { id: 'frank', label: 'Frank', count: 2 },
      { id: 'Reuters', label: 'Reuters', count: 1 },
    ]);
    expect(c.shown({ claimants: ['frank'] }).visibleNodes).toEqual(['anna', 'eve', 'frank']);
    c.apply('undo');
    expect(c.facets().claimants.map((x) => x.id).sort()).toEqual(['Reuters', 'bjorn', 'frank']);
    c.apply('redo');
    expect(c.apply({ type: 'mergeNodes', keep: 'bureau', absorb: 'dora' })).toBe('restructured');
    expect(c.facets().kinds).toEqual({ person: 3, agency: 1, organisation: 1 });
    // An actor with a role held dates: only a full build knows the range without it.
    expect(c.apply({ type: 'mergeNodes', keep: 'eve', absorb: 'carl' })).toBe('dropped');
    c.apply('undo');
  });
});

describe('filter index after a merge that moves an allegation to another claimant', () => {
  it('lists the kept actor as the claimant of the allegation the absorbed one made on others’ claim', () => {
    const c = opened();
    c.apply({ type: 'addClaim', subject: 'eve', relation: 'accuses', object: 'anna', allegation: { type: 'collusion', status: 'alleged', claimant: 'dora' }, citation: cite('Eve paid Anna.') });
    expect(c.facets().claimants.map((x) => x.id)).toEqual(['bjorn', 'dora', 'frank', 'Reuters']);
    // The claim between Eve and Anna stays where it is; only who makes the allegation changes.
    c.apply({ type: 'mergeNodes', keep: 'bureau', absorb: 'dora' });
    expect(c.facets().claimants).toEqual([
      { id: 'bjorn', label: 'Björn Borg', count: 1 },
      { id: 'frank', label: 'Frank', count: 1 },
      { id: 'Reuters', label: 'Reuters', count: 1 },
      { id: 'bureau', label: 'The Bureau', count: 1 },
    ]);
    expect(c.shown({ claimants: ['bureau'] }).visibleNodes).toEqual(['anna', 'eve']);
    c.apply('undo');
    expect(c.facets().claimants.map((x) => x.id)).toEqual(['bjorn', 'dora', 'frank', 'Reuters']);
  });
});

describe('filter index: the date range as written', () => {
  it('shows the range as a fresh open does after undoing the delete of an actor dated on the day a claim opens the range', () => {
    const c = opened();
    // Gus is dated 2014-01 and e1 2014: both start the range on 2014-01-01. A full build reads actors before claims.
    expect(c.apply({ type: 'addNode', node: { kind: 'person', label: 'Gus' }, citation: cite('Dora is alone.') })).toBe('restructured');
    const gus = c.dataset.graph.nodes().at(-1) as string;
    c.apply({ type: 'editNode', id: gus, date: '2014-01' });
    c.apply({ type: 'editNode', id: 'dora', date: '2021-12' });
    expect(c.facets().dateRange).toEqual({ min: '2014-01', max: '2021-12' });
    expect(c.apply({ type: 'deleteNode', id: gus })).toBe('dropped');
    expect(c.apply({ type: 'deleteNode', id: 'dora' })).toBe('dropped');
    expect(c.facets().dateRange).toEqual({ min: '2014', max: '2021' });
    c.apply('undo');
    c.apply('undo');
    expect(c.facets().dateRange).toEqual({ min: '2014-01', max: '2021-12' });
  });
});
