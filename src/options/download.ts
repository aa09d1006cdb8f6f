/** Saves a JSON document as a file in the user's downloads, from an extension page (no permission needed). */
export function downloadJson(fileName: string, data: unknown): void {
  const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once click() returns; the URL can go after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** customs-lens-2026-03-10.json */
export function exportFileName(now: Date): string {
  return `customs-lens-${now.toISOString().slice(0, 10)}.json`;
}
