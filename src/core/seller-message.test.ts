import { describe, expect, it } from 'vitest';
import { SELLER_TEMPLATES } from './knowledge/seller-messages.ts';
import { sellerMessage } from './seller-message.ts';
import { STAGES } from './stages.ts';

describe('sellerMessage', () => {
  it('writes a short polite message with the facts it has', () => {
    const text = sellerMessage('en', {
      orderId: '8180000000000001',
      trackingNumber: 'LP00123456789012',
      stage: 'inspection',
      daysHeld: 9,
    });
    expect(text).toContain('Order number: 8180000000000001');
    expect(text).toContain('Tracking number: LP00123456789012');
    expect(text).toContain('9 days');
    expect(text.split('\n').length).toBeLessThan(12);
  });

  it('leaves out lines it has no facts for', () => {
    const text = sellerMessage('en', { stage: 'delay' });
    expect(text).not.toMatch(/\{|Order number|Tracking number/);
  });

  it('uses the buyer’s language, with fallbacks', () => {
    expect(sellerMessage('es-ES', { stage: 'delay' })).toContain('Hola');
    expect(sellerMessage('pt_BR', { stage: 'delay' })).toContain('Olá');
    expect(sellerMessage('iw', { stage: 'delay' })).toContain('שלום');
    expect(sellerMessage('xx', { stage: 'delay' })).toContain('Hello');
  });

  it('asks for a refund or resend when the parcel was returned', () => {
    expect(sellerMessage('en', { stage: 'returned', daysHeld: 30 })).toMatch(/refund/);
  });

  it.each(Object.keys(SELLER_TEMPLATES))('%s has a sentence for every stage and no stray placeholders', (lang) => {
    for (const stage of STAGES) {
      const text = sellerMessage(lang, { orderId: '1', trackingNumber: 'X', stage, daysHeld: 3 });
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });
});
