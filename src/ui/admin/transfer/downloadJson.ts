/**
 * Saves a value as a JSON file through the browser's own download (an object URL on a link), so nothing of the
 * model passes through any server on its way to the admin's disk.
 */
export function downloadJson(value: unknown, fileName: string): void {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Let the download start before the URL is released.
  window.setTimeout(() => URL.revokeObjectURL(url), 10000);
}
