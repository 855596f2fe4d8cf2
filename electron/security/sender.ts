// IPC sender check: only the app's own top-level page may call the graph service.
import { isAllowedNavigation } from './navigation.js';

/** The part of Electron's WebFrameMain that the check reads. */
export interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
}

export function isTrustedSender(frame: FrameLike | null | undefined): boolean {
  // A null frame means it navigated away or was destroyed before the call arrived.
  if (!frame) return false;
  return frame.parent === null && isAllowedNavigation(frame.url);
}
