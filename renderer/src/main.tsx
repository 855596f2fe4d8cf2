// Renderer entry point.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getApi } from './api/client.js';
import { App } from './App.js';
import './styles.css';

// Start the graph host before React renders, so loading the dataset overlaps with
// building the UI instead of waiting for the first effect.
getApi();

const root = document.getElementById('root');
if (!root) throw new Error('renderer: #root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
