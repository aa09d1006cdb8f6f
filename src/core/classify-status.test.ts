import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyStatus } from './classify-status.ts';
import { parseStatusTsv } from './fixtures/read-status-tsv.ts';

const reference = fileURLToPath(new URL('./fixtures/reference/status-strings.tsv', import.meta.url));
const extra = fileURLToPath(new URL('./fixtures/status-strings-extra.tsv', import.meta.url));

describe.each([
  ['reference', reference],
  ['extra', extra],
])('every row of the %s status file', (_name, path) => {
  const rows = parseStatusTsv(readFileSync(path, 'utf8'));
  it('has rows', () => expect(rows.length).toBeGreaterThan(40));
  it.each(rows.map((r) => [r.line, r.lang, r.text, r.stage] as const))(
    'line %i (%s) %s → %s',
    (_l, lang, text, stage) => {
      expect(classifyStatus(text, { lang })).toBe(stage);
    },
  );
});

describe('classifyStatus', () => {
  it('classifies without a language hint', () => {
    expect(classifyStatus('Importverzollung abgeschlossen')).toBe('released');
    expect(classifyStatus('輸入通関完了')).toBe('released');
  });

  it('ignores case, accents, curly quotes and place prefixes', () => {
    expect(classifyStatus('CUSTOMS UPDATE: WE’RE INSPECTING YOUR ORDER')).toBe('inspection');
    expect(classifyStatus('【Madrid】Import customs clearance started')).toBe('import_received');
    expect(classifyStatus('DEDOUANEMENT A L IMPORTATION TERMINE', { lang: 'fr' })).toBe('released');
  });

  it.each([
    'Contact customer service for help',
    'Customers also bought',
    'Custom-made item shipped by seller',
    'Customized name necklace',
    'Accepted by carrier',
    'Arrived at destination country/region',
    'Delivered',
    'Exception',
    'Expired',
    '',
  ])('is not fooled by %j', (text) => {
    expect(classifyStatus(text)).toBeNull();
  });

  it('lets a decisive code win over the text', () => {
    expect(classifyStatus('Carrier update', { code: 'CC_IM_START' })).toBe('import_received');
    expect(classifyStatus('Import customs clearance started', { code: 'GTMS_SIGNED' })).toBeNull();
    expect(classifyStatus('Anything', { code: 'InTransit_CustomsRequiringInformation' })).toBe('action_required');
  });

  it('lets the text sharpen an "at import customs" code', () => {
    expect(classifyStatus("Customs update: We're inspecting your order", { code: 'CC_IM_START' })).toBe('inspection');
    expect(classifyStatus('Imports customs clearance delay', { code: 'CC_IM_START' })).toBe('delay');
  });

  it('lets the text say export over 17TRACK direction-less customs codes', () => {
    expect(classifyStatus('送交出口海关', { code: 'InTransit_CustomsProcessing' })).toBe('export_clearance');
    expect(classifyStatus('Export clearance success', { code: 'InTransit_CustomsReleased' })).toBe('export_clearance');
    expect(classifyStatus('Clearance complete', { code: 'InTransit_CustomsReleased' })).toBe('released');
  });

  it('falls back to the text for vague or unknown codes', () => {
    expect(classifyStatus('Import customs clearance started', { code: 'InTransit_Other' })).toBe('import_received');
    expect(classifyStatus('Held by customs', { code: 'SOMETHING_NEW' })).toBe('inspection');
    expect(classifyStatus('Delivery exception', { code: 'Exception_Other' })).toBeNull();
  });
});
