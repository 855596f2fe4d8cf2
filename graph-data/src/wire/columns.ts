// A columnar wire format for lists of flat records (the nodes and edges of a view): one typed
// array or one joined string per field instead of one object per element, so a 100k-node view
// crosses postMessage / Electron IPC as a handful of buffers (moved, or copied with memcpy)
// rather than 100k objects the structured-clone algorithm walks one by one.
//
// A table is described by one line per field (`Columns<T>`); the compiler checks that every
// field of T has a line and that the line fits the field's type and optionality:
//   'dict'    string, through the message's shared string table: repeated values (ids that
//             edges name again, kinds, relations, dates) are sent and decoded once
//   'string'  string, mostly unique (labels): one joined string plus end offsets
//   'number'  Float64Array
//   'boolean' Uint8Array (also fields typed `true`)
//   'json'    anything else (a nested object): JSON text, for rare or small fields
// A trailing '?' marks an optional field: absent on an element stays absent after decoding
// (no `key: undefined`). Adding an optional field to a record is therefore one line here.
// Plain TypeScript, no DOM: the service encodes, the renderer's API layer decodes.
import { finish } from '../steps.js';

type Base<V> = [V] extends [string] ? 'dict' | 'string' : [V] extends [number] ? 'number' : [V] extends [boolean] ? 'boolean' : 'json';
type IsOptional<T, K extends keyof T> = object extends Pick<T, K> ? true : false;
type ColumnFor<T, K extends keyof T> = IsOptional<T, K> extends true ? `${Base<Exclude<T[K], undefined>>}?` : Base<T[K]>;

/** One line per field of T, in the order decoded objects get their properties. */
export type Columns<T> = { readonly [K in keyof T]-?: ColumnFor<T, K> };

export type ColumnKind = 'dict' | 'string' | 'number' | 'boolean' | 'json';

/** A column on the wire. Absent values: `present` 0 (string, number, json), index ABSENT (dict), 2 (boolean). */
export type EncodedColumn =
  | { key: string; kind: 'dict'; index: Uint32Array }
  | { key: string; kind: 'string' | 'json'; text: string; ends: Uint32Array; present?: Uint8Array }
  | { key: string; kind: 'number'; values: Float64Array; present?: Uint8Array }
  | { key: string; kind: 'boolean'; values: Uint8Array };

export interface EncodedTable {
  length: number;
  columns: EncodedColumn[];
}

/** The strings that 'dict' columns point into: joined, with end offsets. */
export interface EncodedStrings {
  text: string;
  ends: Uint32Array;
}

const ABSENT = 0xffffffff;

/** Collects the distinct strings of one message while its tables are encoded. */
export class StringTable {
  private readonly ids = new Map<string, number>();
  private readonly parts: string[] = [];

  indexOf(value: string): number {
    let i = this.ids.get(value);
    if (i === undefined) {
      i = this.parts.length;
      this.ids.set(value, i);
      this.parts.push(value);
    }
    return i;
  }

  encode(): EncodedStrings {
    return joined(this.parts);
  }
}

function joined(parts: string[]): EncodedStrings {
  const ends = new Uint32Array(parts.length);
  let at = 0;
  // Concatenation, not parts.join(''): V8 joins many short strings several times slower (measured
  // 300k ids: 13 against 60 ms); the rope is flattened once, when the message is serialised.
  let text = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    text += part;
    ends[i] = at += part.length;
  }
  return { text, ends };
}

function split({ text, ends }: EncodedStrings): string[] {
  const out = new Array<string>(ends.length);
  let from = 0;
  for (let i = 0; i < ends.length; i++) {
    const to = ends[i] ?? 0;
    out[i] = text.slice(from, to);
    from = to;
  }
  return out;
}

function parseColumn(spec: string): { kind: ColumnKind; optional: boolean } {
  const optional = spec.endsWith('?');
  return { kind: (optional ? spec.slice(0, -1) : spec) as ColumnKind, optional };
}

type Row = Record<string, unknown>;

function encodeColumn(rows: readonly Row[], key: string, spec: string, strings: StringTable): EncodedColumn | null {
  const { kind, optional } = parseColumn(spec);
  const n = rows.length;
  // An optional field no row has is not sent: a column of absences still costs a pass and an array on each side.
  if (optional && !rows.some((row) => row[key] !== undefined)) return null;
  const present = optional ? new Uint8Array(n) : undefined;
  switch (kind) {
    case 'dict': {
      const index = new Uint32Array(n);
      for (let i = 0; i < n; i++) {
        const v = (rows[i] as Row)[key];
        index[i] = v === undefined ? ABSENT : strings.indexOf(v as string);
      }
      return { key, kind, index };
    }
    case 'string':
    case 'json': {
      const parts = new Array<string>(n);
      for (let i = 0; i < n; i++) {
        const v = (rows[i] as Row)[key];
        if (v === undefined) parts[i] = '';
        else {
          parts[i] = kind === 'json' ? JSON.stringify(v) : (v as string);
          if (present) present[i] = 1;
        }
      }
      return { key, kind, ...joined(parts), ...(present && { present }) };
    }
    case 'number': {
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const v = (rows[i] as Row)[key];
        if (v !== undefined) {
          values[i] = v as number;
          if (present) present[i] = 1;
        }
      }
      return { key, kind, values, ...(present && { present }) };
    }
    case 'boolean': {
      const values = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        const v = (rows[i] as Row)[key];
        values[i] = v === undefined ? 2 : v ? 1 : 0;
      }
      return { key, kind, values };
    }
  }
}

export function encodeTable<T extends object>(rows: readonly T[], columns: Columns<T>, strings: StringTable): EncodedTable {
  const specs = Object.entries(columns) as [string, string][];
  const columnsOut: EncodedColumn[] = [];
  for (const [key, spec] of specs) {
    const column = encodeColumn(rows as readonly Row[], key, spec, strings);
    if (column) columnsOut.push(column);
  }
  return { length: rows.length, columns: columnsOut };
}

/** Calls `visit` with each element's value in the column, skipping elements that have none. */
function eachValue(column: EncodedColumn, n: number, strings: string[], visit: (i: number, value: unknown) => void): void {
  switch (column.kind) {
    case 'dict':
      for (let i = 0; i < n; i++) {
        const at = column.index[i] ?? ABSENT;
        if (at !== ABSENT) visit(i, strings[at]);
      }
      return;
    case 'string':
    case 'json': {
      const { text, ends, present } = column;
      let from = 0;
      for (let i = 0; i < n; i++) {
        const to = ends[i] ?? 0;
        if (!present || present[i]) {
          const s = text.slice(from, to);
          visit(i, column.kind === 'json' ? (JSON.parse(s) as unknown) : s);
        }
        from = to;
      }
      return;
    }
    case 'number': {
      const { values, present } = column;
      for (let i = 0; i < n; i++) if (!present || present[i]) visit(i, values[i]);
      return;
    }
    case 'boolean': {
      const { values } = column;
      for (let i = 0; i < n; i++) {
        const v = values[i];
        if (v !== 2) visit(i, v === 1);
      }
    }
  }
}

/** One column's values, `undefined` where the element has none (no field value is ever undefined). */
function columnValues(column: EncodedColumn, n: number, strings: string[]): unknown[] {
  const out = new Array<unknown>(n);
  eachValue(column, n, strings, (i, value) => {
    out[i] = value;
  });
  return out;
}

/** Each column's values by field name, for a table's `build`. */
export type ColumnValues = Readonly<Record<string, readonly unknown[]>>;

/**
 * Makes row i's required fields as one object literal. Optional: without it every field is set
 * one by one, which is correct but about five times slower (V8 reshapes each object per field).
 */
export type RowBuilder<T> = (values: ColumnValues) => (i: number) => Partial<T>;

/**
 * The rows again. `columns` is the reader's own description: a column it does not know is
 * skipped (an older reader survives a newer writer). `build` makes the fields it names; the
 * other fields are added where present, in column order (rows with the same fields share a shape).
 */
export function decodeTable<T extends object>(table: EncodedTable, columns: Columns<T>, strings: string[], build?: { keys: readonly (keyof T & string)[]; row: RowBuilder<T> }): T[] {
  return finish(decodeTableSteps(table, columns, strings, build));
}


/**
 * decodeTable in steps: the rows are made, then each other column filled, with a pause between
 * (a 30,000-edge table was one task of 75 ms on the UI thread).
 */
export function* decodeTableSteps<T extends object>(table: EncodedTable, columns: Columns<T>, strings: string[], build?: { keys: readonly (keyof T & string)[]; row: RowBuilder<T> }): Generator<void, T[]> {
  const n = table.length;
  const known = table.columns.filter((column) => Object.hasOwn(columns, column.key));
  const byKey = new Map(known.map((column) => [column.key, column]));
  // A builder for fields this message lacks (a writer older than the reader) is not used.
  const useBuild = build && build.keys.every((key) => byKey.has(key));
  const built = new Set<string>(useBuild ? build.keys : []);
  const rows = new Array<Row>(n);
  if (useBuild) {
    const values: Record<string, unknown[]> = {};
    for (const key of built) values[key] = columnValues(byKey.get(key) as EncodedColumn, n, strings);
    const make = build.row(values);
    for (let i = 0; i < n; i++) rows[i] = make(i) as Row;
  } else for (let i = 0; i < n; i++) rows[i] = {};
  // The other fields column by column, straight from the wire into the rows: no array of values
  // in between (at 300k edges those arrays, and the numbers boxed in them, were most of the garbage).
  for (const column of known) {
    if (built.has(column.key)) continue;
    yield;
    fillColumn(column, rows, strings);
  }
  return rows as T[];
}

/** Sets `column.key` on each row that has a value in the column. */
function fillColumn(column: EncodedColumn, rows: Row[], strings: string[]): void {
  const { key } = column;
  eachValue(column, rows.length, strings, (i, value) => {
    (rows[i] as Row)[key] = value;
  });
}

export const decodeStrings = split;

/** The buffers of a table, for postMessage's transfer list (they are unusable on this side afterwards). */
export function tableBuffers(table: EncodedTable): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  const add = (a: { buffer: ArrayBufferLike } | undefined) => {
    if (a && a.buffer instanceof ArrayBuffer) out.push(a.buffer);
  };
  for (const c of table.columns) {
    switch (c.kind) {
      case 'dict':
        add(c.index);
        break;
      case 'string':
      case 'json':
        add(c.ends);
        add(c.present);
        break;
      case 'number':
        add(c.values);
        add(c.present);
        break;
      case 'boolean':
        add(c.values);
    }
  }
  return out;
}
