// External links: nothing opens without the user's click in main's dialog showing the full URL.
import { describe, expect, it, vi } from 'vitest';
import { confirmationBox, createExternalLinkOpener } from './external-links.js';

function setup(answer: boolean | Promise<boolean>) {
  const confirm = vi.fn((_url: string) => Promise.resolve(answer));
  const open = vi.fn((_url: string) => Promise.resolve());
  return { confirm, open, openLink: createExternalLinkOpener({ confirm, open }) };
}

describe('createExternalLinkOpener', () => {
  it('opens a link only after the user confirms it, with the full URL shown', async () => {
    const { confirm, open, openLink } = setup(true);
    const url = 'https://www.icij.org/investigations/panama-papers/?ref=redthread#files';
    await expect(openLink(url)).resolves.toBe('opened');
    expect(confirm.mock.calls).toEqual([[url]]);
    expect(open.mock.calls).toEqual([[url]]);
  });

  it('opens nothing when the user cancels (a page call alone never opens a link)', async () => {
    const { open, openLink } = setup(false);
    await expect(openLink('https://example.org/')).resolves.toBe('declined');
    expect(open).not.toHaveBeenCalled();
  });

  it('shows a look-alike host in punycode, and refuses unsafe schemes without asking', async () => {
    const { confirm, open, openLink } = setup(true);
    await openLink('https://аpple.com/login');
    expect(confirm.mock.calls[0]?.[0]).toBe('https://xn--pple-43d.com/login');
    for (const bad of ['file:///etc/passwd', 'http://example.org/', 'https://user:pw@example.org/', 'smb://server/share', 'javascript:alert(1)']) {
      await expect(openLink(bad)).resolves.toBe('refused');
    }
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('asks one question at a time: requests while the dialog is open are dropped', async () => {
    let answer: (value: boolean) => void = () => undefined;
    const { confirm, open, openLink } = setup(new Promise<boolean>((resolve) => (answer = resolve)));
    const first = openLink('https://example.org/a');
    await expect(openLink('https://example.org/b')).resolves.toBe('busy');
    answer(true);
    await expect(first).resolves.toBe('opened');
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(open.mock.calls).toEqual([['https://example.org/a']]);
  });

  it('the dialog defaults to Cancel and puts the URL in full in its detail', () => {
    const box = confirmationBox('https://example.org/x?y=1');
    expect(box.buttons[box.defaultId]).toBe('Cancel');
    expect(box.cancelId).toBe(box.defaultId);
    expect(box.detail).toBe('https://example.org/x?y=1');
  });
});
