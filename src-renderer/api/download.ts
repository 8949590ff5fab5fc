/** Hands a file the station answered to the browser as a download named `filename`. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the URL to the download already; keeping it would hold the file in memory.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
