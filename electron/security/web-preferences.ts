// The renderer's webPreferences: isolated, sandboxed, no Node; the preload is the only bridge.
import type { WebPreferences } from 'electron';

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    webviewTag: false,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    // Dropping a file on the window would otherwise navigate to it.
    navigateOnDragDrop: false,
    // Graph labels are names in many languages; red squiggles would only be noise.
    spellcheck: false,
  };
}
