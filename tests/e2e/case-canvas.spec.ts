// Edits on a large view (issue #13 at the size of issue #11): the canvas takes only what an edit
// changed (state/view-patch.ts, graph-view/canvas-patch.ts) and must still end up holding exactly
// the graph: a rename shows on the node, a deletion takes the node and every edge the file gives
// it, and undo brings them back. Expected values come from Java.gexf itself.
import { expect, type Page, test } from '@playwright/test';
import type { Core } from 'cytoscape';
import { readFileSync } from 'node:fs';
import { sharedData } from '../shared-data.js';

const JAVA = sharedData('gexf/gephi-lite/Java.gexf');
const TEXT = readFileSync(JAVA, 'utf8');
const NODES = (TEXT.match(/<node /g) ?? []).length;
const EDGES = (TEXT.match(/<edge /g) ?? []).length;
const ID = '19';
const LABEL = 'java.lang.IllegalArgumentException';
/** The file's edges at either end of the node. */
const ITS_EDGES = [...TEXT.matchAll(/<edge [^>]*source="(\d+)" target="(\d+)"/g)].filter((m) => m[1] === ID || m[2] === ID).length;

type WithCy = { _cyreg: { cy: Core } };
const canvas = (page: Page) => page.getByTestId('graph-canvas');
/** What Cytoscape holds: counts, and the node's label ('' when it is not there). */
const onCanvas = (page: Page) =>
  canvas(page).evaluate((el, id) => {
    const cy = (el as unknown as WithCy)._cyreg.cy;
    const node = cy.getElementById(id);
    return { nodes: cy.nodes().length, edges: cy.edges().length, label: node.nonempty() ? String(node.data('label')) : '' };
  }, ID);

test('on a large view an edit changes its own elements on the canvas, and undo restores them', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('/');
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('open-file-input').setInputFiles(JAVA);
  await expect(page.getByTestId('graph-status')).toHaveAttribute('data-nodes', String(NODES), { timeout: 60_000 });
  await expect(canvas(page)).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
  expect(ITS_EDGES).toBeGreaterThan(1);
  expect(await onCanvas(page)).toEqual({ nodes: NODES, edges: EDGES, label: LABEL });

  const details = page.getByTestId('details-panel');
  await page.getByTestId('search-input').fill('IllegalArgumentException');
  await page.getByTestId('search-result').filter({ hasText: LABEL }).first().click();
  await expect(details.locator('h2')).toHaveText(LABEL);
  await details.getByTestId('edit-node').click();
  await details.getByTestId('edit-label').fill('Bad argument');
  await details.getByTestId('edit-label').press('Enter');
  await expect(details.locator('h2')).toHaveText('Bad argument');
  await expect.poll(() => onCanvas(page)).toEqual({ nodes: NODES, edges: EDGES, label: 'Bad argument' });

  await details.getByTestId('delete-node').click();
  await details.getByTestId('delete-confirm').click();
  await expect.poll(() => onCanvas(page)).toEqual({ nodes: NODES - 1, edges: EDGES - ITS_EDGES, label: '' });
  await expect(canvas(page)).toHaveAttribute('data-visible-nodes', String(NODES - 1));

  await page.getByTestId('undo-button').click();
  await expect.poll(() => onCanvas(page)).toEqual({ nodes: NODES, edges: EDGES, label: 'Bad argument' });
  await page.getByTestId('undo-button').click();
  await expect.poll(() => onCanvas(page)).toEqual({ nodes: NODES, edges: EDGES, label: LABEL });
  await expect(canvas(page)).toHaveAttribute('data-visible-nodes', String(NODES));
});
