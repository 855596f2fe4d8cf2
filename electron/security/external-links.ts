// External links leave the app only after the user confirms them in main's own dialog, which
// shows the full URL (with an international host name in its punycode form, so a look-alike
// domain shows as what it is). The page can trigger window.open or a navigation without any
// click, so the click that counts is the one in this dialog, which the page can neither draw
// nor press. One dialog at a time: a page asking again and again cannot stack them.
import { isSafeExternalUrl } from './navigation.js';

export interface ExternalLinkDeps {
  /** Shows the full URL and resolves true only when the user chose to open it. */
  confirm(url: string): Promise<boolean>;
  open(url: string): Promise<void>;
}

export type ExternalLinkOutcome = 'opened' | 'declined' | 'refused' | 'busy' | 'failed';

export function createExternalLinkOpener(deps: ExternalLinkDeps): (url: string) => Promise<ExternalLinkOutcome> {
  let asking = false;
  return async (url) => {
    if (!isSafeExternalUrl(url)) return 'refused';
    if (asking) return 'busy';
    // What the OS will open, spelled out: URL parsing normalises the host to punycode.
    const href = new URL(url).href;
    asking = true;
    try {
      if (!(await deps.confirm(href))) return 'declined';
    } finally {
      asking = false;
    }
    try {
      await deps.open(href);
      return 'opened';
    } catch {
      return 'failed';
    }
  };
}

/** The message box main shows: Cancel is the default, so Enter or Escape never opens a link. */
export const confirmationBox = (href: string) => ({
  type: 'question' as const,
  buttons: ['Cancel', 'Open in browser'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
  title: 'Open an external link',
  message: 'Open this link in your web browser?',
  detail: href,
});
