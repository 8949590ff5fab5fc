import { BrowserWindow, type WebContents } from 'electron';
import type { PrintPdfResult } from '../../src-preload/api';

const PDF_READY_TIMEOUT_MS = 20_000;

/**
 * Prints a station PDF on an OS printer. The PDF is opened in a hidden window because only
 * Chromium's PDF viewer can hand a PDF to the OS print pipeline from here.
 */
export async function printPdf(
  url: string,
  accessToken: string | undefined,
  printerName: string | undefined,
): Promise<PrintPdfResult> {
  const win = new BrowserWindow({
    show: false,
    // The built-in PDF viewer counts as a plugin.
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      plugins: true,
    },
  });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  try {
    // Listen before loading: the viewer may report ready before loadURL settles.
    await Promise.all([pdfReady(win.webContents), load(win.webContents, url, accessToken)]);
    return await print(win.webContents, printerName);
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  } finally {
    win.destroy();
  }
}

async function load(contents: WebContents, url: string, accessToken: string | undefined) {
  let status = 0;
  contents.once('did-navigate', (_event, _url, httpResponseCode) => {
    status = httpResponseCode;
  });
  await contents.loadURL(
    url,
    accessToken ? { extraHeaders: `Authorization: Bearer ${accessToken}\n` } : {},
  );
  if (status < 200 || status >= 300) throw new Error(`The station answered ${status} for ${url}`);
}

/**
 * Printing straight after the load prints a blank page: the viewer renders the PDF later and
 * then emits this (internal, undocumented) event, which Electron's own PDF tests wait for.
 */
function pdfReady(contents: WebContents): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('The PDF did not render in time')),
      PDF_READY_TIMEOUT_MS,
    );
    (contents as NodeJS.EventEmitter).once('-pdf-ready-to-print', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function print(contents: WebContents, printerName: string | undefined): Promise<PrintPdfResult> {
  const options = printerName ? { silent: true, deviceName: printerName } : { silent: false };
  return new Promise((resolve) => {
    contents.print(options, (success, failureReason) =>
      resolve(success ? { ok: true } : { ok: false, error: failureReason || 'Printing failed' }),
    );
  });
}
