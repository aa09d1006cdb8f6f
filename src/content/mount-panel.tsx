/**
 * Mounts the panel host of the DESIGN.md contract (`data-customs-lens="panel"`, `data-stage`) with an
 * open shadow root, so page styles cannot leak in and ours cannot leak out. At most one per page.
 */
import { render } from 'preact';
import type { Stage } from '../core/stages.ts';
import type { Locale } from '../ui/i18n.ts';
import { Panel } from './panel/Panel.tsx';
import css from './panel/panel.css?inline';

const HOST_SELECTOR = '[data-customs-lens="panel"]';

export function mountPanel(anchor: Element, props: { stage: Stage; status: string; locale: Locale }): HTMLElement {
  let host = document.querySelector<HTMLElement>(HOST_SELECTOR);
  if (!host) {
    host = document.createElement('div');
    host.dataset.customsLens = 'panel';
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = css;
    shadow.append(style, document.createElement('div'));
    anchor.before(host);
  }
  host.dataset.stage = props.stage;
  render(<Panel {...props} />, host.shadowRoot?.lastElementChild as HTMLElement);
  return host;
}

export function unmountPanel(): void {
  const host = document.querySelector<HTMLElement>(HOST_SELECTOR);
  if (host?.shadowRoot?.lastElementChild) render(null, host.shadowRoot.lastElementChild);
  host?.remove();
}
