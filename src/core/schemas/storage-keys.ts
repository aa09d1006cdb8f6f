/**
 * storage.local keys, declared once. Everything lives under one document; a broken one is copied aside,
 * never deleted. No zod here: the on-page panel reads the document's panel states through this module
 * without pulling the schemas in.
 */
export const STORE_KEY = 'customsLens';
export const CORRUPT_KEY_PREFIX = 'customsLens.corrupt.';
/** Set when a corrupted document was kept aside, until the user has seen the notice. */
export const NOTICE_KEY = 'customsLens.notice';
