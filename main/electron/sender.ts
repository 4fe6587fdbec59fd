import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { isAppUrl } from './window-options';

type Sender = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/**
 * Only the app's own page, in its main frame, in the app's own window, may call the router: not a subframe, not
 * another window, not a page that somehow navigated elsewhere.
 */
export function isTrustedSender(event: Sender, windowContents: WebContents | null, appUrl: string): boolean {
  if (!windowContents || event.sender !== windowContents) return false;
  const frame = event.senderFrame;
  return frame !== null && frame === event.sender.mainFrame && isAppUrl(frame.url, appUrl);
}
