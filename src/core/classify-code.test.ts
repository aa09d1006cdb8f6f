import { describe, expect, it } from 'vitest';
import { classifyCode, isDecisiveCode } from './classify-code.ts';

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
  ])('%s → %s', (code, stage) => {
    expect(classifyCode(code)).toBe(stage);
  });

  it.each(['GWMS_ACCEPT', 'LH_DEPART', 'GTMS_SIGNED', 'GTMS_STA_SIGNED', 'Delivered_Other', 'Exception_Other'])(
    '%s is known and not customs',
    (code) => {
      expect(classifyCode(code)).toBeNull();
    },
  );

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
