import { describe, expect, it } from 'vitest';
import { isAliExpressHost, safeAliExpressUrl } from './aliexpress-url.ts';

describe('the one AliExpress-URL rule', () => {
  it('accepts https on every storefront host', () => {
    for (const url of [
      'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=1',
      'https://es.aliexpress.com/p/order/index.html',
      'https://m.aliexpress.com/',
      'https://aliexpress.us/p/order/detail.html?orderId=1',
      'https://www.aliexpress.ru/order-list/1',
    ]) {
      expect(safeAliExpressUrl(url)).toBe(url);
    }
  });

  it('refuses anything else', () => {
    for (const url of [
      'http://www.aliexpress.com/',
      'https://aliexpress.com.evil.example/',
      'https://evilaliexpress.com/',
      'javascript:alert(1)',
      'data:text/html,x',
      'https://user:pw@www.aliexpress.com/',
      'https://pay.example/?u=aliexpress.com',
      'not a url',
      undefined,
    ]) {
      expect(safeAliExpressUrl(url)).toBeUndefined();
    }
    expect(isAliExpressHost('WWW.AliExpress.com')).toBe(true);
    expect(isAliExpressHost('aliexpress.co')).toBe(false);
  });
});
