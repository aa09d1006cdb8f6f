/**
 * Copies text to the clipboard: the async Clipboard API where the page allows it, else the classic
 * hidden-textarea `execCommand('copy')` (pages without clipboard permission, older browsers).
 * Resolves to whether the text reached the clipboard.
 */
export async function copyText(text: string, within: Node = document.body): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;inset-inline-start:-9999px;top:0;opacity:0';
    (within instanceof ShadowRoot ? within : document.body).append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}
