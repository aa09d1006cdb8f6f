/**
 * The panel host of the DESIGN.md contract: one element with `data-customs-lens="panel"`, `data-stage`
 * and, where known, `data-tracking-number` and `data-days-in-customs`, holding an open shadow root so
 * page styles cannot leak in and ours cannot leak out. At most one per page; it stays where it was first
 * put (no jumping while the SPA re-renders) unless the page removed it.
 */
import { render } from 'preact';
import { Panel, type PanelProps } from './Panel.tsx';
import css from './panel.css?inline';

const HOST_SELECTOR = '[data-customs-lens="panel"]';

function setData(host: HTMLElement, name: string, value: string | number | undefined): void {
  if (value === undefined) delete host.dataset[name];
  else host.dataset[name] = String(value);
}

export function mountPanel(anchor: Element, props: PanelProps): HTMLElement {
  let host = document.querySelector<HTMLElement>(HOST_SELECTOR);
  if (!host) {
    host = document.createElement('div');
    host.dataset.customsLens = 'panel';
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = css;
    shadow.append(style, document.createElement('div'));
  }
  // Kept above the timeline it explains: when the buyer opens another package's tab, the panel follows it
  // (left where it was, it would sit in the closed tab, hidden with it).
  if (host.nextElementSibling !== anchor) anchor.before(host);
  const { view } = props;
  host.dataset.stage = view.stage;
  setData(host, 'trackingNumber', view.trackingNumber);
  setData(host, 'daysInCustoms', view.daysInCustoms);
  setData(host, 'orderId', view.orderId);
  render(<Panel {...props} />, host.shadowRoot?.lastElementChild as HTMLElement);
  return host;
}

export function unmountPanel(): void {
  for (const host of document.querySelectorAll<HTMLElement>(HOST_SELECTOR)) {
    if (host.shadowRoot?.lastElementChild) render(null, host.shadowRoot.lastElementChild);
    host.remove();
  }
}
