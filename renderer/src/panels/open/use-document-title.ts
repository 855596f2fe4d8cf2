// The window title names the open graph: "les_miserables — Redthread".
import { useEffect } from 'react';

export function useDocumentTitle(graphName: string | undefined): void {
  useEffect(() => {
    document.title = graphName ? `${graphName} — Redthread` : 'Redthread';
  }, [graphName]);
}
