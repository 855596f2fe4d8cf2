// On the canvas of a case with nothing in it yet (New case, an empty file): how a case grows.
// Every fact in Redthread comes from a sentence of a source, so the first step is a source.
export function EmptyCase({ onAddSource }: { onAddSource(): void }) {
  return (
    <div className="empty-case" role="status" data-testid="empty-case">
      <h2>This case is empty</h2>
      <p>
        Start with a source: paste an article’s text or open a .txt, .md, .html or PDF file. Then select a sentence in it and choose <strong>Cite…</strong> to add the
        people, organisations and claims it names, each tied to that sentence.
      </p>
      <button type="button" className="primary" data-testid="empty-add-source" onClick={onAddSource}>
        + Add a source
      </button>
    </div>
  );
}
