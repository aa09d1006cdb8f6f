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

describe('the status fixtures tell the truth about themselves', () => {
  const rows = parseStatusTsv(readFileSync(extra, 'utf8'));

  it('every extra row says whether it was seen in a named source or invented', () => {
    const unlabelled = rows.filter((r) => !/^(?:sourced|invented): \S/.test(r.source)).map((r) => r.line);
    expect(unlabelled).toEqual([]);
    // A sourced row names the source: a document, a page or an index id, not just a style.
    const vague = rows
      .filter((r) => r.provenance === 'sourced' && !/index id|\.md|\.(?:com|net|ru|jp)|https?:/.test(r.source))
      .map((r) => r.line);
    expect(vague).toEqual([]);
  });

  it('has at least 150 sourced real strings across at least 10 languages', () => {
    const sourced = rows.filter((r) => r.provenance === 'sourced');
    expect(sourced.length).toBeGreaterThanOrEqual(150);
    expect(new Set(sourced.map((r) => r.lang)).size).toBeGreaterThanOrEqual(10);
  });

  it('never reads a "nothing to pay" text as a request to pay', () => {
    const nothingToPay = rows.filter((r) => r.kind === 'nothing_to_pay');
    expect(nothingToPay.length).toBeGreaterThan(20);
    const alarms = nothingToPay.filter((r) => classifyStatus(r.text, { lang: r.lang }) === 'action_required');
    expect(alarms.map((r) => r.text)).toEqual([]);
  });
});

describe('classifyStatus', () => {
  it('reads "nothing to pay" before the concept rules, in any language and without a hint', () => {
    for (const text of [
      'Despacho Postal pago na origem',
      'Objeto dispensado do pagamento de impostos',
      'Customs: import duties already paid, no payment required',
      'Zoll: Abgaben bereits bezahlt',
      'Douane : droits et taxes déjà payés',
      'Aduana: impuestos ya pagados',
      'Cło już opłacone',
      'המכס: המסים שולמו',
    ]) {
      expect(classifyStatus(text), text).not.toBe('action_required');
      expect(classifyStatus(text, { lang: 'en' }), text).not.toBe('action_required');
    }
    // …while a real request still is one, negation included.
    expect(classifyStatus('Aguardando pagamento', { lang: 'pt' })).toBe('action_required');
    expect(classifyStatus('Pagamento não confirmado pela operadora')).toBe('action_required');
    expect(classifyStatus('Customs duties payment requested')).toBe('action_required');
    expect(classifyStatus('Customs: duties and taxes paid by receiver, payment required')).toBe('action_required');
  });

  it('does not take a bare AliExpress category title for a status', () => {
    for (const title of [
      'Customs update',
      'Shipping update',
      'Delivery update',
      'Delivery unsuccessful',
      '배송 완료',
      '배송완료',
    ]) {
      expect(classifyStatus(title), title).toBeNull();
    }
    expect(classifyStatus('Customs update: Left from customs')).toBe('released');
  });

  it('reads the real AliExpress customs node descriptions', () => {
    expect(classifyStatus('Left from customs')).toBe('released');
    expect(classifyStatus('Departed from customs')).toBe('released');
    expect(classifyStatus('Clearing Customs')).toBe('import_received');
    expect(classifyStatus('Customs clearance started')).toBe('import_received');
    expect(classifyStatus('Customs clearance complete')).toBe('released');
    expect(classifyStatus('Export customs clearance complete.')).toBe('export_clearance');
    expect(classifyStatus('Import customs clearance delay.Package is held temporarily')).toBe('delay');
    expect(classifyStatus('Leaving from departure country/region')).toBeNull();
    expect(classifyStatus('Received by local delivery company')).toBeNull();
  });

  it('reads Korean customs wording and UNI-PASS steps', () => {
    expect(classifyStatus('통관')).toBe('import_received');
    expect(classifyStatus('수입 통관 절차가 시작되었습니다')).toBe('import_received');
    expect(classifyStatus('통관 지연: 세관에서 화물을 일시 보류 중입니다')).toBe('delay');
    expect(classifyStatus('수입 통관이 정상적으로 완료되었습니다')).toBe('released');
    expect(classifyStatus('수출 통관 절차가 시작되었습니다')).toBe('export_clearance');
    expect(classifyStatus('통관 이상')).toBe('delay');
    expect(classifyStatus('반입신고')).toBe('import_received');
    expect(classifyStatus('수입신고수리')).toBe('released');
  });

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

  it('never reads transit-country clearance as the buyer’s customs', () => {
    expect(classifyStatus('Import customs clearance started', { code: 'CC_TRANS_START' })).toBeNull();
    expect(classifyStatus('Customs clearance delay', { code: 'CC_TRANS_FAILURE' })).toBeNull();
  });

  it('reads Cainiao CUS_TAX as a bill, unless the text says it is paid already', () => {
    expect(classifyStatus('Customs tax assessed', { code: 'CUS_TAX' })).toBe('action_required');
    expect(classifyStatus('Duties already paid at checkout', { code: 'CUS_TAX' })).not.toBe('action_required');
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
