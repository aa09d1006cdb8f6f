import { describe, expect, it } from 'vitest';
import { isLastMileEvent } from './classify-last-mile.ts';

describe('isLastMileEvent', () => {
  it.each([
    // Real AliExpress node descriptions (aliexpress-pages.md) and carriers' own wording.
    'Received by local delivery company',
    'Arrived at local delivery center',
    'Out for delivery',
    'Package delivered',
    'Your package will soon be handed over to the domestic courier company',
    'Objeto saiu para entrega ao destinatário',
    'Objeto aguardando retirada no endereço indicado',
    'Alta en la unidad de reparto',
    '배송 완료',
    'お届け済み',
  ])('%j is past customs', (text) => {
    expect(isLastMileEvent(text)).toBe(true);
  });

  it.each([
    'Import customs clearance started',
    'Left from customs',
    'Arrived in transit country/region',
    'Leaving from departure country/region',
    'Despacho Postal pago na origem',
    '국제교환국 도착',
  ])('%j is not the local delivery leg', (text) => {
    expect(isLastMileEvent(text)).toBe(false);
  });

  it('knows the last-mile codes', () => {
    expect(isLastMileEvent('Carrier update', 'GTMS_SIGNED')).toBe(true);
    expect(isLastMileEvent('Carrier update', 'CC_IM_START')).toBe(false);
  });
});
