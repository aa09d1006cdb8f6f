/**
 * Our buttons act only on the user's own clicks and key presses (`event.isTrusted`): the shadow root is
 * open (tests and assistive tools read it), so the page's scripts can reach our buttons — but a
 * `button.click()` from a script is not trusted, and must not press "Watch", dismiss the panel or copy.
 */
export function trusted<E extends Event>(handler: (event: E) => unknown): (event: E) => void {
  return (event: E) => {
    if (event.isTrusted) void handler(event);
  };
}
