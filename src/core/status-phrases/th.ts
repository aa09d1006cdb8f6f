/** Thai tracking-status vocabulary (AliExpress th, Thailand Post). Thai marks are kept intact. */
import type { PhraseTable } from './types.ts';

export const th: PhraseTable = {
  lang: 'th',
  script: 'thai',
  concepts: {
    customs: ['ศุลกากร', 'กรมศุล'],
    duties: ['ภาษี', 'อากร'],
    import: ['นำเข้า'],
    export: ['ส่งออก'],
    started: ['เริ่ม'],
    processing: ['กำลังดำเนินการ', 'อยู่ระหว่าง'],
    arrived: ['มาถึง', 'ถึง', 'ส่งมอบ'],
    // ตรวจปล่อย ("inspected and released") is a release, not an inspection.
    completed: ['เสร็จ', 'เรียบร้อย', 'สำเร็จ', 'ปล่อย'],
    left: ['ออกจาก(?:ด่าน)?ศุลกากร'],
    delayed: ['ล่าช้า'],
    problem: ['ผิดปกติ', 'ล้มเหลว', 'ปัญหา', 'ข้อผิดพลาด'],
    inspecting: ['ตรวจสอบ', 'ตรวจค้น', 'การตรวจ(?!ปล่อย)'],
    held: ['กัก', 'ระงับ'],
    pay: ['ชำระ', 'จ่าย'],
    documents: ['เอกสาร'],
    returned: ['ส่งคืน', 'ตีกลับ', 'คืนผู้ส่ง'],
    seized: ['ยึด'],
    declaration: ['ใบขน', 'สำแดง'],
  },
  nothingToPay: ['ชำระแล้ว', 'ยกเว้นภาษี'],
};
