// Adding a source from pasted text, with its metadata. The text is stored as pasted: claims
// cite it by offset, so it never changes afterwards.
import { useRef, useState } from 'react';
import { useDialog } from '../use-dialog.js';

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

export function AddSourceDialog({ onSubmit, onClose }: Props) {
  const dialog = useRef<HTMLFormElement>(null);
  const { onBackdropMouseDown } = useDialog(dialog, onClose);
  const [fields, setFields] = useState({ title: '', text: '', publisher: '', author: '', url: '', published: '', accessed: new Date().toISOString().slice(0, 10) });
  const set = (key: keyof typeof fields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [key]: e.target.value }));
  const badDate = [fields.published, fields.accessed].some((d) => d.trim() !== '' && !DATE.test(d.trim()));
  const ready = fields.title.trim() !== '' && fields.text.trim() !== '' && !badDate;
  const optional = (v: string) => (v.trim() ? v.trim() : undefined);
  return (
    <div className="source-backdrop" onMouseDown={onBackdropMouseDown}>
      <form
        ref={dialog}
        className="case-dialog"
        role="dialog"
        aria-modal="true"
        aria-label="Add a source"
        data-testid="add-source-dialog"
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
