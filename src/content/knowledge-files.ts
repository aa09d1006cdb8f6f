/**
 * Where the build writes the knowledge the on-page panel loads piecemeal: one module per destination
 * (core/knowledge/destination.ts) and one per seller-message language, each a standalone ES module of
 * plain data (`export default {…}`). Listed in the manifest's web_accessible_resources with the panel
 * module (AliExpress hosts only, use_dynamic_url); written by scripts/knowledge-plugin.ts.
 */
export const KNOWLEDGE_DIR = 'src/content/knowledge';

export function destinationModuleFile(code: string): string {
  return `${KNOWLEDGE_DIR}/country-${code}.js`;
}

export function sellerTemplateModuleFile(lang: string): string {
  return `${KNOWLEDGE_DIR}/seller-${lang}.js`;
}
