/** es wording of an approximate (converted) amount (see ../en/amount.ts). */
import type en from '../en/amount.ts';
import type { Translation } from '../types.ts';

export default {
  advice_about_amount: 'unos {amount}',
} satisfies Translation<typeof en>;
