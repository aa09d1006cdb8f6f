/** The English catalog: the union of every area's strings. Keys are prefixed by area (panel_, popup_, …). */
import advice from './advice.ts';
import amount from './amount.ts';
import charges from './charges.ts';
import common from './common.ts';
import notifications from './notifications.ts';
import options from './options.ts';
import panel from './panel.ts';
import popup from './popup.ts';

export default { ...common, ...panel, ...advice, ...amount, ...popup, ...options, ...notifications, ...charges };
