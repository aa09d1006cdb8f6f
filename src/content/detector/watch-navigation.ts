/**
 * Calls back when the page's URL changes without a reload. AliExpress pages are single-page apps that
 * navigate with history.pushState, which a content script cannot hook (it runs in an isolated world).
 * The Navigation API's `navigate` event covers pushState/replaceState in Chromium; popstate and
 * hashchange cover back/forward elsewhere; `check()` lets the DOM observer catch the rest (a router
 * re-renders the page when it navigates).
 */
type NavigationLike = EventTarget;

export function watchNavigation(onChange: (url: string) => void): { check: () => void } {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange(last);
  };
  // The URL changes after `navigate` has been dispatched: look once the current task is done.
  const later = () => setTimeout(check, 0);
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  navigation?.addEventListener('navigate', later);
  navigation?.addEventListener('navigatesuccess', check);
  addEventListener('popstate', check);
  addEventListener('hashchange', check);
  return { check };
}
