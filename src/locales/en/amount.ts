/**
 * English wording of an approximate (converted) amount. Its own area file because core fills it in
 * itself (src/core/format-money.ts): kept apart, the panel need not load a whole catalog for it.
 */
export default {
  advice_about_amount: 'about {amount}',
} as const;
