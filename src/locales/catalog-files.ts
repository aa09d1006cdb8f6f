/**
 * Where the build writes each language's catalog as a standalone ES module (`export default {…}`), for
 * the on-page panel to import just the one it shows. Listed in the manifest's web_accessible_resources
 * with the panel module (AliExpress hosts only, use_dynamic_url).
 */
import type { UiLang } from './languages.ts';

export function catalogModuleFile(lang: UiLang): string {
  return `src/content/locales/${lang}.js`;
}
