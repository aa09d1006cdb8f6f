/**
 * The quiet "Customs Lens could not read this page" note (DESIGN.md contract): when a recognised
 * tracking or order page has settled and no timeline could be read from it, a small note in its own host
 * `data-customs-lens="unread"` (never the panel's), with a button that copies a redacted description of
 * the page's structure for a report — class-name prefixes and counts, never page text, numbers or
 * personal data. Nothing is sent anywhere: the buyer decides what to do with the copied text.
 */
import type { PageKind } from '../../core/page-kind.ts';
import type { Locale } from '../../locales/locale-for.ts';
import { copyText } from './copy-text.ts';
import { countStructure, redactPath } from './page-structure.ts';

const HOST_SELECTOR = '[data-customs-lens="unread"]';

const NOTE_CSS = `
:host { all: initial; position: fixed; inset-block-end: 16px; inset-inline-end: 16px; z-index: 2147483000; }
.note { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #3a3a3a;
  background: #fafafa; border: 1px solid #d6d6d6; border-radius: 10px; padding: 10px 12px; max-width: 320px;
  box-shadow: 0 2px 10px rgba(0,0,0,.08); display: grid; gap: 6px; }
.title { font-weight: 600; margin: 0; }
.hint { margin: 0; color: #5c5c5c; font-size: 12px; }
.row { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
button { font: inherit; font-size: 12px; border-radius: 999px; border: 1px solid #b8b8b8; background: #fff;
  color: #1f1f1f; padding: 3px 10px; cursor: pointer; }
button:focus-visible { outline: 2px solid #1f5fd1; outline-offset: 2px; }
.close { margin-inline-start: auto; border: none; background: none; font-size: 16px; line-height: 1; padding: 2px 6px; }
@media (prefers-color-scheme: dark) {
  .note { background: #23262b; color: #e4e4e4; border-color: #444; }
  .hint { color: #b9b9b9; }
  button { background: #2e3238; color: #f0f0f0; border-color: #5a5a5a; }
}`;

export type UnreadContext = { kind: PageKind; lang: string; version?: string; now?: Date };

/**
 * The report text: where (host, path without its query or ids, page kind and language), and the structure
 * as counts. The query string is left out (it holds the order id); no text of the page is included.
 */
export function describePage(root: Element, context: UnreadContext): string {
  const counts = countStructure(root);
  const lines = [
    'Customs Lens: page structure report (no page text, no order or personal data)',
    `extension: ${context.version ?? 'unknown'}`,
    `date: ${(context.now ?? new Date()).toISOString().slice(0, 10)}`,
    `page: ${context.kind} ${location.hostname}${redactPath(location.pathname)}`,
    `page language: ${/^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/.test(context.lang) ? context.lang : 'unknown'}`,
    `elements: ${counts.elements}`,
    `event descriptions (logistic-info …--nodeDesc): ${counts.eventDescriptions}`,
    `event times (…--nodeTime): ${counts.eventTimes}`,
    `tracking-number blocks (…--mailNo): ${counts.numberBlocks}`,
    `verification overlay: ${counts.verification ? 'yes' : 'no'}`,
    'class-name prefixes (count):',
    ...counts.classPrefixes.map(([name, count]) => `  ${name} ${count}`),
  ];
  return `${lines.join('\n')}\n`;
}

function render(host: HTMLElement, locale: Locale, context: UnreadContext): void {
  const shadow = host.shadowRoot;
  if (!shadow) return;
  const { t } = locale;
  const note = document.createElement('div');
  note.className = 'note';
  note.setAttribute('role', 'note');
  note.lang = locale.lang;
  note.dir = locale.dir;
  const row = document.createElement('div');
  row.className = 'row';
  const title = document.createElement('p');
  title.className = 'title';
  title.textContent = t('panel_unread_title');
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.textContent = '×';
  close.setAttribute('aria-label', t('panel_unread_close'));
  close.dataset.testid = 'unread-close';
  close.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    // A dismissed note stays in the page, hidden, so it is not shown again on this page.
    host.dataset.dismissed = 'yes';
    host.style.setProperty('display', 'none', 'important');
  });
  row.append(title, close);
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.textContent = t('panel_unread_hint');
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.dataset.testid = 'unread-copy';
  copy.textContent = t('panel_unread_copy');
  const status = document.createElement('span');
  status.className = 'hint';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  copy.addEventListener('click', async (event) => {
    if (!event.isTrusted) return;
    const ok = await copyText(describePage(document.body, context), shadow);
    status.textContent = ok ? t('panel_copied') : t('panel_unread_copy_failed');
  });
  const actions = document.createElement('div');
  actions.className = 'row';
  actions.append(copy, status);
  note.append(row, hint, actions);
  const style = document.createElement('style');
  style.textContent = NOTE_CSS;
  shadow.replaceChildren(style, note);
}

/** Shows the note (once per page; a dismissed note stays hidden). */
export function showUnreadNote(locale: Locale, context: UnreadContext): HTMLElement {
  let host = document.querySelector<HTMLElement>(HOST_SELECTOR);
  if (host) return host;
  host = document.createElement('div');
  host.dataset.customsLens = 'unread';
  host.attachShadow({ mode: 'open' });
  render(host, locale, context);
  document.body.append(host);
  return host;
}

export function removeUnreadNote(): void {
  for (const host of document.querySelectorAll(HOST_SELECTOR)) host.remove();
}
