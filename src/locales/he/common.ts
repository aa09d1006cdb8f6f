/** he common strings: the extension's name and description, and the customs stage names. */

import type en from '../en/common.ts';
import type { Translation } from '../types.ts';

export default {
  ext_name: 'Customs Lens ל־AliExpress',
  ext_description: 'מסביר במילים פשוטות את סטטוסי המכס של AliExpress ומודיע לכם ברגע שהחבילה יוצאת מהמכס.',
  stage_export_clearance: 'מכס יצוא',
  stage_import_received: 'הגיעה למכס',
  stage_inspection: 'בדיקת מכס',
  stage_delay: 'עיכוב במכס',
  stage_action_required: 'המכס צריך מכם משהו',
  stage_released: 'שוחררה מהמכס',
  stage_returned: 'הוחזרה או עוכבה',
  stage_none: 'לא במכס',
} satisfies Translation<typeof en>;
