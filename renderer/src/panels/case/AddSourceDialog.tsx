// Adding a source, from pasted text or from a file (.txt, .md, .html, PDF) read by the graph
// service, with its metadata: a file's own title, author, publisher, date and address prefill
// the fields, and every field stays editable. The text is stored as it stands when added:
// claims cite it by offset, so it never changes afterwards.
import { useCallback, useRef, useState } from 'react';
import type { ExtractedSource } from '../../../../graph-data/src/contract.js';
import { useDialog } from '../use-dialog.js';
import { describeRead, SOURCE_FILE_ACCEPT, useSourceFile } from './use-source-file.js';
import { formatCount } from '../../state/plural.js';

export interface NewSource {
  title: string;
  text: string;
  publisher?: string;
  author?: string;
  url?: string;
  published?: string;
  accessed?: string;
}

interface Props {
  onSubmit(source: NewSource): void;
  onClose(): void;
}

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const META = ['title', 'author', 'publisher', 'published', 'url'] as const;

export function AddSourceDialog({ onSubmit, onClose }: Props) {
  const dialog = useRef<HTMLFormElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const { onBackdropMouseDown } = useDialog(dialog, onClose);
  const [fields, setFields] = useState({ title: '', text: '', publisher: '', author: '', url: '', published: '', accessed: new Date().toISOString().slice(0, 10) });
  const [dragging, setDragging] = useState(false);
  const set = (key: keyof typeof fields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [key]: e.target.value }));
  // The file's metadata replaces what it has a value for; what the user typed elsewhere stays.
  const onRead = useCallback((source: ExtractedSource) => {
    setFields((f) => {
      const next = { ...f, text: source.text };
      for (const key of META) if (source[key]) next[key] = source[key] ?? '';
      return next;
    });
  }, []);
  const file = useSourceFile(onRead);
  const badDate = [fields.published, fields.accessed].some((d) => d.trim() !== '' && !DATE.test(d.trim()));
  const ready = fields.title.trim() !== '' && fields.text.trim() !== '' && !badDate && file.state.status !== 'reading';
  const optional = (v: string) => (v.trim() ? v.trim() : undefined);
  const state = file.state;
  return (
    <div className="source-backdrop" onMouseDown={onBackdropMouseDown}>
      <form
        ref={dialog}
        className="case-dialog add-source"
        role="dialog"
        aria-modal="true"
        aria-label="Add a source"
        data-testid="add-source-dialog"
        data-dragging={dragging || undefined}
        onDragOver={(e) => {
          if (![...e.dataTransfer.types].includes('Files')) return;
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          const dropped = e.dataTransfer.files[0];
          setDragging(false);
          if (!dropped) return;
          e.preventDefault();
          void file.read(dropped);
        }}
        onSubmit={(e) => {
          e.preventDefault();
          if (!ready) return;
          const source: NewSource = { title: fields.title.trim(), text: fields.text };
          for (const key of ['publisher', 'author', 'url', 'published', 'accessed'] as const) {
            const value = optional(fields[key]);
            if (value !== undefined) source[key] = value;
          }
          onSubmit(source);
        }}
      >
        <h2>Add a source</h2>
        <div className="source-file-row">
          <button type="button" data-testid="source-file-button" onClick={() => fileInput.current?.click()} disabled={state.status === 'reading'}>
            From a file…
          </button>
          <input
            ref={fileInput}
            type="file"
            hidden
            accept={SOURCE_FILE_ACCEPT}
            data-testid="source-file-input"
            onChange={(e) => {
              const chosen = e.target.files?.[0];
              // The same file can be chosen again after an error.
              e.target.value = '';
              if (chosen) void file.read(chosen);
            }}
          />
          <span className="source-file-status" data-testid="source-file-status" data-status={state.status} aria-live="polite">
            {state.status === 'idle' && 'A .txt, .md, .html or PDF file (or drop one here), or paste the text below.'}
            {state.status === 'reading' && `Reading ${state.name}…${state.pages ? ` page ${formatCount(state.pages.done)} of ${formatCount(state.pages.total)}` : ''}`}
            {state.status === 'read' && describeRead(state.name, state.source)}
          </span>
        </div>
        {state.status === 'failed' && (
          <p className="case-error" role="alert" data-testid="source-file-error" data-code={state.code}>
            {state.message}
          </p>
        )}
        <label>
          Title
          <input data-testid="source-title" value={fields.title} onChange={set('title')} required />
        </label>
        <div className="case-row">
          <label>
            Publisher
            <input data-testid="source-publisher" value={fields.publisher} onChange={set('publisher')} />
          </label>
          <label>
            Author
            <input data-testid="source-author" value={fields.author} onChange={set('author')} />
          </label>
        </div>
        <label>
          URL
          <input data-testid="source-url" type="url" value={fields.url} onChange={set('url')} />
        </label>
        <div className="case-row">
          <label>
            Published (YYYY-MM-DD)
            <input data-testid="source-published" value={fields.published} onChange={set('published')} placeholder="2018-11-21" />
          </label>
          <label>
            Accessed
            <input data-testid="source-accessed" value={fields.accessed} onChange={set('accessed')} />
          </label>
        </div>
        <label>
          Text
          <textarea data-testid="source-paste" value={fields.text} onChange={set('text')} rows={10} placeholder="Paste the article's text" required />
        </label>
        {badDate && <p className="case-error">Dates are written 2018, 2018-11 or 2018-11-21.</p>}
        <footer>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" data-testid="source-submit" disabled={!ready}>
            Add source
          </button>
        </footer>
      </form>
    </div>
  );
}
