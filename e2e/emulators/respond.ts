/** Fulfils a routed request with JSON or with a scripted answer; a request whose page is gone is ignored. */
import type { Route } from '@playwright/test';
import type { Scripted } from './story.ts';

export async function fulfil(route: Route, body: unknown, scripted?: Exclude<Scripted, { kind: 'hold' }>) {
  try {
    if (scripted?.kind === 'malformed') {
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<html><body>Slide to verify</body></html>' });
    } else if (scripted?.kind === 'status') {
      await route.fulfill({
        status: scripted.status,
        headers: scripted.headers ?? {},
        contentType: 'application/json',
        body: scripted.body ?? '{}',
      });
    } else {
      await route.fulfill({ status: 200, contentType: 'application/json;charset=UTF-8', body: JSON.stringify(body) });
    }
  } catch {
    // The worker that asked was stopped while the request was held: nobody is listening any more.
  }
}
