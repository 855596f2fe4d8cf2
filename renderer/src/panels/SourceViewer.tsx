// The source article with the cited passage marked and scrolled into view.
import { useEffect, useRef } from 'react';
import { useDialog } from './use-dialog.js';
import type { SourceDocument } from '../../../graph-data/src/contract.js';

interface Props {
  source: SourceDocument;
  quote: string;
  offset: number;
  onClose(): void;
}

export function SourceViewer({ source, quote, offset, onClose }: Props) {
  const mark = useRef<HTMLElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLElement>(null);
  const { onBackdropMouseDown } = useDialog(dialog, onClose);
  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
    closeButton.current?.focus();
  }, [source, offset]);

  const at = offset >= 0 ? offset : source.text.indexOf(quote);
  const before = at >= 0 ? source.text.slice(0, at) : source.text;
  const after = at >= 0 ? source.text.slice(at + quote.length) : '';
  return (
    <div className="source-backdrop" onMouseDown={onBackdropMouseDown}>
      <aside
        ref={dialog}
        className="source-viewer"
        data-testid="source-viewer"
        role="dialog"
        aria-modal="true"
        aria-label={`Source: ${source.title}`}
      >
        <header>
          <div>
            <h2>{source.title}</h2>
            <p className="source-meta">
              {source.publisher} · {source.date}
              {source.cites.length > 0 && ` · citing ${source.cites.join(', ')}`}
            </p>
          </div>
          <button ref={closeButton} type="button" onClick={onClose} aria-label="Close source">
            ✕
          </button>
        </header>
        <div className="source-text">
          {before}
          {at >= 0 && <mark ref={mark}>{quote}</mark>}
          {after}
        </div>
      </aside>
    </div>
  );
}
