/** The he catalog: every area's strings (one module, so the panel can load just this language). */
import type { Catalog } from '../types.ts';
import advice from './advice.ts';
import amount from './amount.ts';
import charges from './charges.ts';
import common from './common.ts';
import notifications from './notifications.ts';
import options from './options.ts';
import panel from './panel.ts';
import popup from './popup.ts';

export default {
  ...common,
  ...panel,
  ...advice,
  ...amount,
  ...popup,
  ...options,
  ...notifications,
  ...charges,
} satisfies Catalog;
