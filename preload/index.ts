import { contextBridge, ipcRenderer } from 'electron';
import { createHavenApi } from './bridge';

// Only the named contract functions cross into the page; ipcRenderer itself never does.
contextBridge.exposeInMainWorld(
  'haven',
  createHavenApi((channel, payload) => ipcRenderer.invoke(channel, payload)),
);
