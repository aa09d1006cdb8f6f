/**
 * Arabic tracking-status vocabulary (AliExpress ar, Saudi Post, Aramex). Stems, with the alef variants
 * written out ([اأإآ]) because sources differ in how they spell hamza.
 */
import type { PhraseTable } from './types.ts';

export const ar: PhraseTable = {
  lang: 'ar',
  script: 'arabic',
  concepts: {
    customs: ['جمار?ك', 'جمرك', 'تخليص'],
    duties: ['رسوم', 'ضريب'],
    import: ['استيراد', 'الوارد', 'واردات'],
    export: ['تصدير', 'صادرات'],
    started: ['بد[أا]', 'بدء', 'بداية'],
    processing: ['جار', 'قيد', 'بانتظار', 'في انتظار'],
    arrived: ['وصل', 'وصول', 'تم استلام'],
    completed: ['تم التخليص', 'اكتمل', 'مكتمل', 'ال[اإ]نتهاء', 'انتهى', '[اإ]فراج', 'بنجاح', 'نجاح'],
    left: ['غادر الجمارك'],
    delayed: ['ت[أا]خير', 'ت[أا]خر', 'مت[أا]خر'],
    problem: ['استثناء', 'خط[أا]', 'فشل', 'مشكلة'],
    inspecting: ['فحص', 'تفتيش', 'معاينة', 'التحقق'],
    held: ['محتجز', 'احتجاز', 'معلق'],
    pay: ['دفع', 'سداد'],
    documents: ['مستند', 'وثائق', 'فاتورة', 'معلومات [اإ]ضافية'],
    returned: ['[اإ]رجاع', 'مرتجع', '[اأ]عيد', '[اإ]عادة', 'رفض', '[اإ]تلاف'],
    seized: ['مصادرة', 'صودر', 'ضبط'],
    declaration: ['بيان جمركي', '[اإ]قرار'],
  },
  nothingToPay: ['مدفوع', 'تم الدفع', 'معفى', 'معفاة'],
};
