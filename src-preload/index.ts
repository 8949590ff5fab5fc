import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, type DeviceEvent, type StationBridge } from './api';

const api: StationBridge = {
  info: () => ipcRenderer.invoke(CHANNELS.info),
  getSession: () => ipcRenderer.invoke(CHANNELS.sessionGet),
  setSession: (session) => ipcRenderer.invoke(CHANNELS.sessionSet, session),
  printPdf: (req) => ipcRenderer.invoke(CHANNELS.printPdf, req),
  listPrinters: () => ipcRenderer.invoke(CHANNELS.printers),
  saveFile: (req) => ipcRenderer.invoke(CHANNELS.saveFile, req),
  onDeviceEvent: (cb) => {
    // The IPC event itself stays here: it would hand the page a handle on ipcRenderer.
    const listener = (_event: IpcRendererEvent, payload: DeviceEvent) => cb(payload);
    ipcRenderer.on(CHANNELS.deviceEvent, listener);
    return () => {
      ipcRenderer.removeListener(CHANNELS.deviceEvent, listener);
    };
  },
};

contextBridge.exposeInMainWorld('station', api);
