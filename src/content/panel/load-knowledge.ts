/**
 * The knowledge one page needs, from the extension's small data modules (../knowledge-files.ts): its
 * parcel's destination and its language's seller template, each loaded once. A destination the tables
 * do not know, or a module that fails to load (the extension updated under the page), gives undefined:
 * the advice is then more general, the panel still shows.
 */

import type { Destination } from '../../core/knowledge/destination.ts';
import { DESTINATION_CODES } from '../../core/knowledge/destination-codes.ts';
import type { SellerTemplate } from '../../core/knowledge/seller-messages.ts';
import { sellerTemplateLang } from '../../core/seller-message.ts';
import { destinationModuleFile, sellerTemplateModuleFile } from '../knowledge-files.ts';

const loaded = new Map<string, Promise<unknown>>();

/**
 * By runtime.getURL, as the catalogs: a relative import would resolve against the extension's static URL,
 * which use_dynamic_url hides from pages.
 */
function loadData<T>(file: string): Promise<T | undefined> {
  let module = loaded.get(file);
  if (!module) {
    module = import(/* @vite-ignore */ chrome.runtime.getURL(file)).then((m: { default: unknown }) => m.default);
    module.catch(() => loaded.delete(file));
    loaded.set(file, module);
  }
  return module.then(
    (value) => value as T,
    () => undefined,
  );
}

export function loadDestination(country: string | undefined): Promise<Destination | undefined> {
  const code = country?.trim().toUpperCase();
  if (!code || !DESTINATION_CODES.has(code)) return Promise.resolve(undefined);
  return loadData<Destination>(destinationModuleFile(code)).then((d) => (d?.code === code ? d : undefined));
}

export function loadSellerTemplate(lang: string): Promise<SellerTemplate | undefined> {
  return loadData<SellerTemplate>(sellerTemplateModuleFile(sellerTemplateLang(lang)));
}
