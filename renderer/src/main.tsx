// Renderer entry point.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getApi } from './api/client.js';
import { App } from './App.js';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('renderer: #root is missing from index.html');
if (new URLSearchParams(location.search).get('automation') === '1') {
  // The export hook for the command line and benchmarks (renderer/src/export/automation.ts):
  // no app, no graph host, just the renderer's exporters.
  void import('./export/automation.js').then((m) => m.installAutomation());
} else {
  // Start the graph host before React renders, so loading the dataset overlaps with
  // building the UI instead of waiting for the first effect.
  getApi();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
