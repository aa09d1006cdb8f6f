/** fr wording of an approximate (converted) amount (see ../en/amount.ts). */
import type en from '../en/amount.ts';
import type { Translation } from '../types.ts';

export default {
  advice_about_amount: 'environ {amount}',
} satisfies Translation<typeof en>;
