/**
 * Content script on AliExpress pages: finds a customs status in what the page shows and mounts the
 * explanation panel above it. Pages without one are left alone.
 */
import { localeFor } from '../ui/i18n.ts';
import { findStatuses } from './find-status.ts';
import { mountPanel, unmountPanel } from './mount-panel.tsx';

function scan(): void {
  const lang = document.documentElement.lang || navigator.language;
  const [latest] = findStatuses(document.body, lang);
  if (!latest) {
    unmountPanel();
    return;
  }
  const anchor = latest.node.parentElement?.closest('li, tr, section, div') ?? document.body.firstElementChild;
  if (anchor) mountPanel(anchor, { stage: latest.stage, status: latest.text, locale: localeFor(undefined, lang) });
}

scan();
