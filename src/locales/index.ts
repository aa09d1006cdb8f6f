/**
 * UI languages and every catalog, statically: for the popup, the options page, the background and the
 * build (which writes them out as `_locales/<lang>/messages.json` for the browser's own i18n). The
 * on-page panel does not import this file: it loads only its language (load-locale.ts).
 * Catalogs are TypeScript so a typo in a key fails the build; texts use `{name}` placeholders.
 */
import de from './de/index.ts';
import en from './en/index.ts';
import es from './es/index.ts';
import fr from './fr/index.ts';
import he from './he/index.ts';
import type { UiLang } from './languages.ts';
import pl from './pl/index.ts';
import pt_BR from './pt_BR/index.ts';
import type { Catalog } from './types.ts';

export { chooseUiLang, pickUiLang, RTL_LANGS, UI_LANGS, type UiLang } from './languages.ts';
export type { Params, Translate } from './translate.ts';
export type { Catalog, MessageKey, Strings } from './types.ts';

export const CATALOGS: Readonly<Record<UiLang, Catalog>> = { en, es, fr, de, pt_BR, pl, he };
