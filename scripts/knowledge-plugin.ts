/**
 * Vite plugin: writes the knowledge tables out as small standalone modules for the on-page panel, which
 * loads only its parcel's destination and its language's seller template (src/content/knowledge-files.ts)
 * instead of every country's tables. Plain data (JSON is valid JavaScript): nothing in them runs but an
 * object literal. The popup and the worker keep using the tables themselves, through the same
 * destinationOf, so both give the same answers.
 */
import type { Plugin } from 'vite';
import { destinationModuleFile, sellerTemplateModuleFile } from '../src/content/knowledge-files.ts';
import { destinationOf } from '../src/core/knowledge/destination.ts';
import { DESTINATION_CODES } from '../src/core/knowledge/destination-codes.ts';
import { SELLER_TEMPLATE_LANGS, SELLER_TEMPLATES } from '../src/core/knowledge/seller-messages.ts';

const dataModule = (value: unknown): string => `export default ${JSON.stringify(value)};\n`;

export function knowledgeFiles(): Array<{ fileName: string; source: string }> {
  return [
    ...[...DESTINATION_CODES].map((code) => ({
      fileName: destinationModuleFile(code),
      source: dataModule(destinationOf(code)),
    })),
    ...SELLER_TEMPLATE_LANGS.map((lang) => ({
      fileName: sellerTemplateModuleFile(lang),
      source: dataModule(SELLER_TEMPLATES[lang]),
    })),
  ];
}

export function knowledgePlugin(): Plugin {
  return {
    name: 'customs-lens-knowledge',
    generateBundle() {
      for (const file of knowledgeFiles()) this.emitFile({ type: 'asset', ...file });
    },
  };
}
