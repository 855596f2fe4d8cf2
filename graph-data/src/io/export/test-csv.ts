// An RFC 4180 reader for the export tests, written apart from the CSV writer so that it can be
// its oracle: quoted cells may hold commas, doubled quotes and line breaks; a row ends at CR LF or
// LF outside quotes; the BOM is dropped.

/** The rows of `source`, each a list of cells. */
export function csvRows(source: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = source.replace(/^\uFEFF/, '');
  const endRow = () => {
    row.push(cell);
    rows.push(row);
    row = [];
    cell = '';
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      endRow();
      i++;
    } else if (c === '\n') endRow();
    else cell += c;
  }
  return rows;
}

/** The rows after the header, as objects keyed by the header's cells. */
export function csvRecords(source: string): Record<string, string>[] {
  const [head = [], ...body] = csvRows(source);
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}
