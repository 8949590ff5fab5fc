import type { StationBridge } from './api';

declare global {
  interface Window {
    station?: StationBridge;
  }
}
