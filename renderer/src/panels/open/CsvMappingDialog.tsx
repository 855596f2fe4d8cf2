// The CSV column-mapping step: what was detected (delimiter, encoding, columns, first
// rows) and which column means what, pre-filled from the last choice or the suggestion.
import { useRef, useState } from 'react';
import { useDialog } from '../use-dialog.js';
import type { CsvFileInspection, CsvMapping, FileInspection } from '../../../../graph-data/src/contract.js';

const DELIMITER_NAMES: Readonly<Record<string, string>> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe', ' ': 'space' };

// Which columns each table can map, as data: adding one is a row here.
const FIELDS = {
  nodes: [
    { key: 'id', label: 'Node id' },
    { key: 'label', label: 'Label' },
    { key: 'kind', label: 'Kind' },
  ],
  edges: [
    { key: 'source', label: 'Source' },
    { key: 'target', label: 'Target' },
    { key: 'relation', label: 'Relation' },
  ],
} as const;

type Role = keyof typeof FIELDS;

interface Props {
  names: string[];
  inspection: FileInspection;
  initial: CsvMapping;
  onSubmit(mapping: CsvMapping): void;
  onCancel(): void;
}

function Preview({ file }: { file: CsvFileInspection }) {
  return (
    <div className="csv-preview-wrap">
      <table className="csv-preview" data-testid="csv-preview">
        <thead>
          <tr>
            {file.columns.map((c, i) => (
              <th key={i}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {file.preview.slice(0, 5).map((row, r) => (
            <tr key={r}>
              {file.columns.map((_c, i) => (
                <td key={i}>{row[i] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CsvMappingDialog({ names, inspection, initial, onSubmit, onCancel }: Props) {
  const [mapping, setMapping] = useState<CsvMapping>(initial);
  const dialog = useRef<HTMLDivElement>(null);
  const { onBackdropMouseDown } = useDialog(dialog, onCancel);
  const files = inspection.csv?.files ?? [];

  const set = (role: Role, key: string, column: string) =>
    setMapping((m) => {
      // An empty choice means "detect": the key is left out rather than set to "".
      const rest = Object.entries(m[role] ?? {}).filter(([k]) => k !== key);
      return { ...m, [role]: Object.fromEntries(column ? [...rest, [key, column]] : rest) };
    });

  return (
    <div className="modal-backdrop" onMouseDown={onBackdropMouseDown}>
      <div
        ref={dialog}
        className="csv-mapping"
        role="dialog"
        aria-modal="true"
        aria-label="Map CSV columns"
        data-testid="csv-mapping"
      >
        <header>
          <h2>Map the columns of {names.join(' + ')}</h2>
        </header>
        <div className="csv-mapping-body">
          {files.map((file) => {
            const role = file.role;
            const selected = (mapping[role] ?? {}) as Record<string, string | undefined>;
            return (
              <section key={file.name} className="csv-file" data-testid={`csv-file-${role}`}>
                <h3>
                  {file.name} <span className="muted">— {role === 'nodes' ? 'nodes table' : 'edges table'}</span>
                </h3>
                <p className="muted" data-testid="csv-detected">
                  Detected: {DELIMITER_NAMES[file.delimiter] ?? file.delimiter}-separated, {file.encoding}, {file.columns.length} columns
                </p>
                <div className="csv-fields">
                  {FIELDS[role].map((field) => (
                    <label key={field.key}>
                      <span>{field.label}</span>
                      <select
                        data-testid={`csv-map-${role}-${field.key}`}
                        value={selected[field.key] ?? ''}
                        onChange={(e) => set(role, field.key, e.target.value)}
                      >
                        <option value="">(detect)</option>
                        {file.columns.map((c, i) => (
                          <option key={i} value={c}>
                            {c}
                          </option>
                        ))}
                      </select>
                    </label>
                  ))}
                </div>
                <Preview file={file} />
              </section>
            );
          })}
        </div>
        <footer>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="primary" data-testid="csv-mapping-confirm" onClick={() => onSubmit(mapping)}>
            Open
          </button>
        </footer>
      </div>
    </div>
  );
}
