// Renders the app into #root (loaded by main.tsx once the graph host is starting).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import './styles.css';

export function mount(): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('renderer: #root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
