// The browser host is served with the Electron app's CSP, and it blocks injected inline
// scripts: an inline <script> element and an inline event handler never run, and the page
// reports each as a securitypolicyviolation.
import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../electron/security/csp.js';

declare global {
  interface Window {
    __injected?: number;
    __violations?: string[];
  }
}

test('the CSP blocks injected inline scripts and reports the violations', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');

  await page.evaluate(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations?.push(e.effectiveDirective));
    // innerHTML never runs scripts; createElement would, were it not for the CSP.
    const holder = document.createElement('div');
    holder.innerHTML = '<script>window.__injected = 1</script>';
    document.body.append(holder);
    const script = document.createElement('script');
    script.textContent = 'window.__injected = 2';
    document.body.append(script);
    // An inline handler: a broken image fires onerror, which the CSP must refuse to run.
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__injected = 3');
    img.src = 'data:image/png;base64,AAAA';
    document.body.append(img);
  });

  await page.waitForFunction(() => (window.__violations ?? []).length >= 2);
  const violations = await page.evaluate(() => window.__violations ?? []);
  expect(violations).toContain('script-src-elem');
  expect(violations).toContain('script-src-attr');
  expect(await page.evaluate(() => window.__injected)).toBeUndefined();
});
