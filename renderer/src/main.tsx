// Renderer entry point. Kept tiny on purpose: it starts the graph host first and
// only then loads the app, so the dataset loads in the worker while the browser is
// still parsing React and Cytoscape.
import { getApi } from './api/client.js';

if (new URLSearchParams(location.search).get('automation') === '1') {
  // The export hook for the command line and benchmarks (renderer/src/export/automation.ts):
  // no app, no graph host, just the renderer's exporters.
  void import('./export/automation.js').then((m) => m.installAutomation());
} else {
  getApi();
  void import('./mount.js').then((m) => m.mount());
}
