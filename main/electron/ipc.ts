import { ipcMain, type BrowserWindow } from 'electron';
import { CHANNELS, type Result } from '../../preload/contract';
import type { Router } from '../ipc/router';
import { isTrustedSender } from './sender';

const refused: Result<never> = {
  ok: false,
  error: { code: 'unknown-channel', message: 'This request did not come from Haven’s own window.' },
};

/** Hands each contract channel to the router, after checking who is asking. */
export function registerIpc(router: Router, getWindow: () => BrowserWindow | null, appUrl: string): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      isTrustedSender(event, getWindow()?.webContents ?? null, appUrl) ? router.handle(channel, payload) : refused,
    );
  }
  return () => CHANNELS.forEach((channel) => ipcMain.removeHandler(channel));
}
