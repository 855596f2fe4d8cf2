// The rules the filters follow, in the user's words. filter-eval.ts in the service applies
// exactly these; the end-to-end test (tests/e2e/filter-allegations.spec.ts) checks them on
// the Interpol data with its own code.
export const FILTER_RULES: readonly string[] = [
  'Kind and Dates decide which actors can show: an actor shows only if its kind is ticked and one of its dates (event, roles) falls in the range. Undated ones stay unless “Hide undated”.',
  'Relation and Dates decide which links can show: a link shows only if its relation is ticked, its date falls in the range, and both its ends can show.',
  'Allegation, Status and Claimed by pick allegations: once you narrow any of them, the graph shows the allegations that match all three and the actors at their ends — nothing else.',
  'Context adds 1 or 2 steps around those actors: the actors linked to them and the links among everything shown. It never walks through an allegation you did not pick; those stay hidden.',
  '“Keep other relations” turns picking off: allegation boxes then hide only the allegations that do not match, and every other link stays.',
  'Without picked allegations (or with “Keep other relations”), an actor whose every link in the view was hidden goes too; an actor that had no link in the view stays.',
  'Attributes filter on anything the file carries: a node attribute decides which actors can show, an edge attribute which links can show (a link still needs both its ends). A range keeps values from “From” to “To”, both included (dates such as 2018 or 2018-11 cover the whole year or month); ticked values keep elements that have one of them (a list needs one of its items). An element without the attribute is hidden once its filter is set.',
  'Pinned actors and the actors of a path you asked for always show.',
  'Within a group, ticked values combine with OR; groups combine with AND. The number beside a box is what it would show in this view with the other groups as they are: allegations for Allegation, Status and Claimed by; links for Relation; actors for Kind. An attribute filter counts its nodes or links the same way.',
];

export function FilterHelp() {
  return (
    <details className="filters-help" data-testid="filter-help">
      <summary>How filters combine</summary>
      <ol>
        {FILTER_RULES.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ol>
    </details>
  );
}
