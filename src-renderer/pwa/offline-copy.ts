/**
 * Shared by the service worker and the page: where the worker keeps the last pick list it saw,
 * and how it marks an answer it gave from that copy because the station could not be reached.
 */
export const PICKLIST_CACHE = 'warehouse-station-picklist';
export const PICKLIST_PATH = '/api/picklist';

/** Set on a pick list answered from the handheld's copy; the station itself never sends it. */
export interface OfflineCopy {
  /** When the station gave the list this copy holds. */
  saved_at: string;
}

export const SAVED_AT_HEADER = 'X-Saved-At';
