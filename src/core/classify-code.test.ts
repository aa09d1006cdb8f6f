import { describe, expect, it } from 'vitest';
import { classifyCode, isDecisiveCode, isEitherDirectionCode, isTransitClearanceCode } from './classify-code.ts';

describe('classifyCode', () => {
  it.each([
    ['CC_EX_START', 'export_clearance'],
    ['CC_EX_SUCCESS', 'export_clearance'],
    ['CC_HO_IN_SUCCESS', 'import_received'],
    ['CC_IM_START', 'import_received'],
    ['CC_IM_SUCCESS', 'released'],
    ['CC_IM_FAILURE', 'delay'],
    ['CC_HO_OUT_SUCCESS', 'released'],
    ['cc_im_start', 'import_received'],
    ['InTransit_CustomsProcessing', 'import_received'],
    ['InTransit_CustomsReleased', 'released'],
    ['InTransit_CustomsRequiringInformation', 'action_required'],
    ['Exception_Returning', 'returned'],
    ['Exception_Returned', 'returned'],
    ['Exception_Rejected', 'returned'],
    ['CUS_DECLARE', 'import_received'],
    ['CUS_SUCCESS', 'released'],
    ['CUS_FAILURE', 'delay'],
    ['CUS_TAX', 'action_required'],
    ['CIQ_SUCCESS', 'import_received'],
    ['CIQ_FAILURE', 'inspection'],
    ['RT_OUTBOUND', 'returned'],
    ['RT_WH_INBOUND', 'returned'],
  ])('%s → %s', (code, stage) => {
    expect(classifyCode(code)).toBe(stage);
  });

  it.each(['GWMS_ACCEPT', 'LH_DEPART', 'GTMS_SIGNED', 'GTMS_STA_SIGNED', 'Delivered_Other', 'Exception_Other'])(
    '%s is known and not customs',
    (code) => {
      expect(classifyCode(code)).toBeNull();
    },
  );

  it('knows transit-country clearance and never calls it the buyer’s customs', () => {
    for (const code of ['CC_TRANS_START', 'CC_TRANS_SUCCESS', 'CC_TRANS_FAILURE']) {
      expect(classifyCode(code)).toBeNull();
      expect(isDecisiveCode(code)).toBe(true);
      expect(isTransitClearanceCode(code)).toBe(true);
    }
    expect(isTransitClearanceCode('CC_IM_START')).toBe(false);
  });

  it('lets the text say the direction of an inspection-and-quarantine code', () => {
    expect(isEitherDirectionCode('CIQ_SUCCESS')).toBe(true);
    expect(isEitherDirectionCode('CC_IM_START')).toBe(false);
  });

  it('leaves the unevidenced CC_IM_EXCEPTION unknown, so the text decides and the code is recorded', () => {
    expect(classifyCode('CC_IM_EXCEPTION')).toBeUndefined();
  });

  it('says undefined for a code it has never seen', () => {
    expect(classifyCode('CC_SOMETHING_NEW')).toBeUndefined();
    expect(classifyCode('')).toBeUndefined();
  });

  it('does not let catch-all codes overrule text', () => {
    expect(isDecisiveCode('InTransit_Other')).toBe(false);
    expect(isDecisiveCode('EXCEPTION')).toBe(false);
    expect(isDecisiveCode('CC_IM_START')).toBe(true);
    expect(isDecisiveCode('GTMS_SIGNED')).toBe(true);
    expect(isDecisiveCode('UNKNOWN_CODE')).toBe(false);
  });
});
