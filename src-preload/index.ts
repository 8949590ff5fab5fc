import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type StationBridge } from './api';

const api: StationBridge = {
  getSession: () => ipcRenderer.invoke(CHANNELS.sessionGet),
  setSession: (session) => ipcRenderer.invoke(CHANNELS.sessionSet, session),
  printPdf: (req) => ipcRenderer.invoke(CHANNELS.printPdf, req),
};

contextBridge.exposeInMainWorld('station', api);
