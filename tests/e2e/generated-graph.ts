// Opens a generated graph (scripts/generate-graph.ts) in the browser host and waits until it is
// drawn whole, laid out and ready: the start of the specs on large views' drawing.
import { expect, type Page, type TestInfo } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { generateGraph } from '../../scripts/generate-graph.js';

export const graphCanvas = (page: Page) => page.getByTestId('graph-canvas');

export async function openGenerated(page: Page, info: TestInfo, graph: { nodes: number; edges: number; seed: number }, layoutTimeout: number): Promise<void> {
  const file = info.outputPath(`generated-${graph.nodes}-${graph.seed}.json`);
  writeFileSync(file, JSON.stringify(generateGraph(graph)));
  await page.goto('/');
  await expect(graphCanvas(page)).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('open-file-input').setInputFiles(file);
  await expect(graphCanvas(page)).toHaveAttribute('data-visible-nodes', String(graph.nodes), { timeout: 120_000 });
  await expect(graphCanvas(page)).toHaveAttribute('data-layout', 'settled', { timeout: layoutTimeout });
  await expect(graphCanvas(page)).toHaveAttribute('data-ready', 'true');
}
