/** pt_BR options strings. */
import type { Strings } from '../types.ts';

export default {} satisfies Strings;
