// The redacted structure report keeps class-name prefixes only: never a CSS-module hash, an id or text.
import { describe, expect, it } from 'vitest';
import { classPrefix, redactPath } from './page-structure.ts';

describe('classPrefix', () => {
  it.each([
    ['logistic-info-v2--nodeDesc--2U3A3Yt', 'logistic-info-v2--nodeDesc'],
    ['logistic-info--nodeDesc--Pa3Wnop', 'logistic-info--nodeDesc'],
    ['logistic-info--mailNo-pc--3cTqcXe', 'logistic-info--mailNo-pc'],
    ['es--char--1Z3wUdt', 'es--char'],
    ['tab-list-v2--tab--1o2e9r7', 'tab-list-v2--tab'],
    ['order-item', 'order-item'],
    ['order-item-header-right-info', 'order-item-header-right-info'],
    ['comet-tabs-nav-item-active', 'comet-tabs-nav-item-active'],
  ])('%s → %s', (name, prefix) => {
    expect(classPrefix(name)).toBe(prefix);
  });

  it.each([
    'order-8197254807227491', // an id in a class name
    'user-LP00664492365524',
    '你好',
    'a b',
    'x'.repeat(80),
    '1starts-with-digit',
  ])('drops %j', (name) => {
    expect(classPrefix(name)).toBeNull();
  });
});

describe('redactPath', () => {
  it('keeps the page path and leaves order ids out', () => {
    expect(redactPath('/p/tracking/index.html')).toBe('/p/tracking/index.html');
    expect(redactPath('/order-list/8180000000000009/tracking')).toBe('/order-list/<id>/tracking');
  });
});
