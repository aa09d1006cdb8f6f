import { describe, expect, it } from 'vitest';
import { normalizeStatusText } from './normalize-text.ts';

describe('normalizeStatusText', () => {
  it.each([
    ['Import Customs Clearance  Started', 'import customs clearance started'],
    ['Dédouanement à l’importation terminé', "dedouanement a l'importation termine"],
    ['We’re inspecting your order', "we're inspecting your order"],
    ['İthalat gümrük işlemleri tamamlandı', 'ithalat gumruk islemleri tamamlandi'],
    ['Zakończono odprawę celną', 'zakonczono odprawe celna'],
    ['Hải quan đã thông quan', 'hai quan da thong quan'],
    ['Straße', 'strasse'],
    ['Таможенное оформление завершено', 'таможенное оформление завершено'],
    ['ＡＢＣ　１２３', 'abc 123'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeStatusText(input)).toBe(expected);
  });

  it('keeps Korean, Japanese, Thai, Hebrew and Arabic intact', () => {
    expect(normalizeStatusText('수입 통관 완료')).toBe('수입 통관 완료');
    expect(normalizeStatusText('ガス 輸入通関完了')).toBe('ガス 輸入通関完了');
    expect(normalizeStatusText('ｶﾞｽ')).toBe('ガス');
    expect(normalizeStatusText('รอชำระภาษีอากร')).toBe('รอชำระภาษีอากร');
    expect(normalizeStatusText('עיכוב בשחרור מהמכס')).toBe('עיכוב בשחרור מהמכס');
    expect(normalizeStatusText('تم الإفراج الجمركي')).toBe('تم الإفراج الجمركي');
  });

  it('removes the place Cainiao puts first', () => {
    expect(normalizeStatusText('[Shatian Town] Departed from sorting center')).toBe('departed from sorting center');
    expect(normalizeStatusText('【深圳市】已揽收')).toBe('已揽收');
    expect(normalizeStatusText('MADRID, Arrived at customs')).toBe('arrived at customs');
    expect(normalizeStatusText('Sao Paulo - Objeto em transito')).toBe('objeto em transito');
  });

  it('keeps a leading lowercase clause and a lone phrase', () => {
    expect(normalizeStatusText('customs update: inspecting')).toBe('customs update inspecting');
    expect(normalizeStatusText('Delivered, thank you')).toBe('delivered thank you');
    expect(normalizeStatusText('Delivered, Signed by J')).toBe('delivered signed by j');
  });

  it('collapses punctuation and whitespace', () => {
    expect(normalizeStatusText('  Customs -- clearance!!! (import)  ')).toBe('customs clearance import');
    expect(normalizeStatusText("'quoted'")).toBe('quoted');
  });
});
