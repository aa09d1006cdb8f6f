/** pl common strings. */
import type { Strings } from '../types.ts';

export default {} satisfies Strings;
