// Maltego's GraphML (the graph inside an .mtgx, or "Export Graph to GraphML") nests each
// entity inside <data> as <mtg:MaltegoEntity type="maltego.Person"><mtg:Properties>
// <mtg:Property name="person.fullname"><mtg:Value>…</mtg:Value>…, and each link as
// <mtg:MaltegoLink type="maltego.link.manual-link"> with its label as a property. This reads
// the type (the kind mapping in vocab-map.ts turns "maltego.Person" into person), the
// properties as attributes, the first property value as the entity's label and the link's
// label property as the edge's label, so a Maltego graph does not open as anonymous nodes.
import type { RawAttributes } from './map-attributes.js';

/** The part of a GraphML element a Maltego payload fills in. */
export interface MaltegoTarget {
  kind: 'node' | 'edge' | 'hyperedge' | 'graph';
  attributes: RawAttributes;
  label?: string;
}

// Maltego's manual link keeps the text drawn on the link under this property.
const LINK_LABEL = 'maltego.link.manual.type';

export class MaltegoReader {
  private property: string | null = null;
  private value: string | null = null;

  /** Called for each element opened inside <data>; true when it was Maltego's. */
  open(name: string, attributes: Record<string, string>, target: MaltegoTarget): boolean {
    if (name === 'MaltegoEntity' || name === 'MaltegoLink') {
      if (attributes.type && target.attributes.type === undefined) target.attributes.type = attributes.type;
    } else if (name === 'Property') this.property = attributes.name ?? null;
    else if (name === 'Value' && this.property !== null) this.value = '';
    else return false;
    return true;
  }

  /** Text inside an open <mtg:Value>: true when it was taken. */
  text(text: string): boolean {
    if (this.value === null) return false;
    this.value += text;
    return true;
  }

  close(name: string, target: MaltegoTarget): void {
    if (name === 'Property') this.property = null;
    if (name !== 'Value' || this.value === null || this.property === null) return;
    const value = this.value.trim();
    this.value = null;
    if (!value || target.attributes[this.property] !== undefined) return;
    if (target.kind === 'edge' && this.property === LINK_LABEL) target.attributes.label = value;
    else target.attributes[this.property] = value;
    if (target.kind === 'node' && target.label === undefined) target.label = value;
  }
}
