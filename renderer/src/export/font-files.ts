// Loads the PDF's font files on demand: they are app assets (about 1.2 MB for both),
// fetched only when a PDF is exported, never with the app.
import boldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import type { FontFiles } from './pdf-fonts.js';

let loading: Promise<FontFiles> | null = null;

async function bytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`export/pdf: could not load the font ${url} (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

export function loadFontFiles(): Promise<FontFiles> {
  loading ??= Promise.all([bytes(regularUrl), bytes(boldUrl)]).then(([regular, bold]) => ({ regular, bold }));
  // A failed load is retried on the next export rather than remembered.
  loading.catch(() => (loading = null));
  return loading;
}
