/** Vietnamese tracking-status vocabulary (AliExpress vi, VNPost). Normalised without tone marks, "đ"→d. */
import type { PhraseTable } from './types.ts';

export const vi: PhraseTable = {
  lang: 'vi',
  script: 'latin',
  concepts: {
    customs: ['\\bhai quan\\b', '\\bthong quan\\b'],
    duties: ['\\bthue\\b', '\\ble phi\\b'],
    import: ['\\bnhap khau\\b'],
    export: ['\\bxuat khau\\b'],
    started: ['\\bbat dau\\b'],
    processing: ['\\bdang (?:xu ly|lam thu tuc|cho)\\b'],
    arrived: ['\\bda den\\b', '\\btiep nhan\\b', '\\bban giao\\b'],
    completed: ['\\bhoan tat\\b', '\\bhoan thanh\\b', '\\bthanh cong\\b', '\\bgiai phong\\b', '\\bda thong quan\\b'],
    left: ['\\broi (?:khoi )?hai quan\\b'],
    delayed: ['\\bcham tre\\b', '\\btri hoan\\b'],
    problem: ['\\bngoai le\\b', '\\bthat bai\\b', '\\bsu co\\b', '\\bbat thuong\\b'],
    inspecting: ['\\bkiem tra\\b', '\\bkiem hoa\\b'],
    held: ['\\btam giu\\b', '\\bgiu lai\\b'],
    pay: ['\\bthanh toan\\b', '\\bnop\\b'],
    documents: ['\\bgiay to\\b', '\\bchung tu\\b', '\\bbo sung thong tin\\b'],
    returned: ['\\bhoan tra\\b', '\\btra lai\\b', '\\btra ve\\b', '\\btu choi\\b', '\\btieu huy\\b'],
    seized: ['\\btich thu\\b'],
    declaration: ['\\bto khai\\b', '\\bkhai bao\\b'],
  },
  nothingToPay: ['\\bda thanh toan\\b', '\\bmien thue\\b'],
};
