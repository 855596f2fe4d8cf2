// The window title names the open graph: "les_miserables — Redthread", "• …" with unsaved edits.
import { useEffect } from 'react';

export function useDocumentTitle(graphName: string | undefined, unsaved = false): void {
  useEffect(() => {
    const title = graphName ? `${graphName} — Redthread` : 'Redthread';
    document.title = unsaved ? `• ${title}` : title;
  }, [graphName, unsaved]);
}
