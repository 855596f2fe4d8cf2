// The source article with the cited passage marked and scrolled into view. With `renderCite`,
// selecting a passage offers "Cite…": the passage (its exact text and offset) goes to the form.
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useDialog } from './use-dialog.js';
import type { Citation, SourceDocument } from '../../../graph-data/src/contract.js';

interface Props {
  source: SourceDocument;
  /** The passage to mark ('' for none, e.g. a source just added). */
  quote: string;
  offset: number;
  onClose(): void;
  renderCite?(passage: Citation, close: () => void): ReactNode;
  /** More actions on the source (delete), under its title. */
  tools?: ReactNode;
}

/** The selection inside `root` as a passage of `text`, when it is one. */
function selectedPassage(root: HTMLElement | null, sourceId: string): Citation | null {
  const selection = document.getSelection();
  if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(root, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const quote = range.toString();
  if (!quote.trim()) return null;
  return { source: sourceId, quote, offset: before.toString().length };
}

export function SourceViewer({ source, quote, offset, onClose, renderCite, tools }: Props) {
  const mark = useRef<HTMLElement>(null);
  const text = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLElement>(null);
  const { onBackdropMouseDown } = useDialog(dialog, onClose);
  const [passage, setPassage] = useState<Citation | null>(null);
  const [citing, setCiting] = useState<Citation | null>(null);
  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
    closeButton.current?.focus();
  }, [source, offset]);
  useEffect(() => {
    if (!renderCite) return;
    const onChange = () => setPassage(selectedPassage(text.current, source.id));
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [renderCite, source.id]);

  const at = quote === '' ? -1 : offset >= 0 ? offset : source.text.indexOf(quote);
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
              {/* A source added by hand may have no publisher or date yet. */}
              {[source.publisher, source.date, source.cites.length > 0 ? `citing ${source.cites.join(', ')}` : ''].filter(Boolean).join(' · ')}
            </p>
          </div>
          {renderCite && (
            <button type="button" data-testid="cite-button" disabled={!passage} onClick={() => setCiting(passage)} title="Select a passage of the text, then cite it">
              Cite…
            </button>
          )}
          <button ref={closeButton} type="button" onClick={onClose} aria-label="Close source">
            ✕
          </button>
        </header>
        {tools}
        {citing && renderCite?.(citing, () => setCiting(null))}
        <div className="source-text" ref={text}>
          {before}
          {at >= 0 && <mark ref={mark}>{quote}</mark>}
          {after}
        </div>
      </aside>
    </div>
  );
}
