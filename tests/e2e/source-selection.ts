// Selecting a sentence in the source viewer's text, as a reader would with the mouse.
import type { Page } from '@playwright/test';

export async function selectInSource(page: Page, sentence: string): Promise<void> {
  await page.evaluate((text) => {
    const root = document.querySelector('[data-testid="source-viewer"] .source-text');
    if (!root) throw new Error('no source text');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(text) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`not in the source: ${text}`);
  }, sentence);
}
