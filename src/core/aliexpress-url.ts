/**
 * The one rule for "is this an AliExpress address we may open or link": https, on an AliExpress host
 * (every storefront: *.aliexpress.com, aliexpress.us, aliexpress.ru). Page kinds, the router's sender
 * check, notification clicks, the popup's links and the facts read from pages all use it, so a link
 * from a page or an import file can never point anywhere else.
 */
export const ALIEXPRESS_HOST = /^(?:[a-z0-9-]+\.)*aliexpress\.(?:com|us|ru)$/;

export function isAliExpressHost(hostname: string): boolean {
  return ALIEXPRESS_HOST.test(hostname.toLowerCase());
}

/** The address itself when it is https on an AliExpress host, else undefined. */
export function safeAliExpressUrl(url: string | URL | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(String(url));
    return parsed.protocol === 'https:' && isAliExpressHost(parsed.hostname) && !parsed.username && !parsed.password
      ? parsed.href
      : undefined;
  } catch {
    return undefined;
  }
}
