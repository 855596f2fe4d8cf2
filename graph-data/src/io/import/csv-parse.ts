// An RFC 4180 tokenizer that takes text in pieces: quoted fields (with "" escapes and line
// breaks inside), CRLF/LF/CR line ends, and the line each row starts on for messages. Lenient
// like spreadsheet tools: a quote inside an unquoted field is kept as a character.
const QUOTE = 34;
const LF = 10;
const CR = 13;

/** A quoted field this long means an unbalanced quote swallowed the file. */
export const MAX_FIELD_CHARS = 16 * 1024 * 1024;

export class CsvTokenizer {
  private field = '';
  private row: string[] = [];
  private inQuotes = false;
  private quotePending = false;
  private skipLf = false;
  private fieldStarted = false;
  private line = 1;
  private rowLine = 1;
  private quoteLine = 0;
  private readonly delimiter: number;

  constructor(
    delimiter: string,
    private readonly onRow: (cells: string[], line: number) => void,
    private readonly onFieldTooLong: (line: number) => never,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  push(text: string): void {
    const n = text.length;
    let i = 0;
    let start = 0;
    if (this.skipLf && n > 0) {
      this.skipLf = false;
      if (text.charCodeAt(0) === LF) i = start = 1;
    }
    if (this.quotePending && i < n) {
      this.quotePending = false;
      if (text.charCodeAt(i) === QUOTE) {
        this.field += '"';
        i = start = i + 1;
      } else this.inQuotes = false;
    }
    while (i < n) {
      const c = text.charCodeAt(i);
      if (this.inQuotes) {
        if (c === QUOTE) {
          this.field += text.slice(start, i);
          if (i + 1 >= n) {
            this.quotePending = true;
            start = n;
            break;
          }
          if (text.charCodeAt(i + 1) === QUOTE) {
            this.field += '"';
            i += 2;
          } else {
            this.inQuotes = false;
            i++;
          }
          start = i;
          continue;
        }
        if (c === LF) this.line++;
        i++;
        continue;
      }
      if (c === this.delimiter) {
        this.field += text.slice(start, i);
        this.endField();
        start = ++i;
      } else if (c === LF || c === CR) {
        this.field += text.slice(start, i);
        this.endRow();
        this.line++;
        if (c === CR) {
          if (i + 1 < n) {
            if (text.charCodeAt(i + 1) === LF) i++;
          } else this.skipLf = true;
        }
        start = ++i;
      } else if (c === QUOTE && !this.fieldStarted && start === i && this.field === '') {
        this.inQuotes = true;
        this.quoteLine = this.line;
        this.fieldStarted = true;
        start = ++i;
      } else {
        this.fieldStarted = true;
        i++;
      }
    }
    this.field += text.slice(start, n);
    if (this.field.length > MAX_FIELD_CHARS) this.onFieldTooLong(this.inQuotes ? this.quoteLine : this.rowLine);
  }

  /** Flushes the last row; returns the line of an unterminated quoted field, if any. */
  end(): number | undefined {
    const unterminated = this.inQuotes && !this.quotePending ? this.quoteLine : undefined;
    this.inQuotes = false;
    this.quotePending = false;
    if (this.field !== '' || this.row.length > 0 || this.fieldStarted) this.endRow();
    return unterminated;
  }

  private endField(): void {
    this.row.push(this.field);
    this.field = '';
    this.fieldStarted = false;
  }

  private endRow(): void {
    this.endField();
    const cells = this.row;
    this.row = [];
    this.onRow(cells, this.rowLine);
    this.rowLine = this.line + 1;
  }
}

/** Rows of a small text (detection samples); a cut-off last row is dropped when `partial`. */
export function tokenize(text: string, delimiter: string, partial = false): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  const tokenizer = new CsvTokenizer(delimiter, (cells, line) => rows.push({ cells, line }), () => {
    throw new Error('field too long');
  });
  try {
    tokenizer.push(text);
  } catch {
    return rows;
  }
  if (!partial) tokenizer.end();
  return rows;
}
