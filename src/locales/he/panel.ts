/** he panel strings (keys as in ../en/panel.ts). */
import type en from '../en/panel.ts';
import type { Translation } from '../types.ts';

export default {
  panel_label: 'Customs Lens: מה המשמעות של סטטוס המכס הזה',
  panel_days_at_customs: '{days, plural, one {יום אחד} two {יומיים} other {# ימים}} במכס',
  panel_day_at_customs: 'יום אחד במכס',
  panel_today_at_customs: 'במכס מהיום',
  panel_usual_days: 'בדרך כלל {min}–{max, plural, one {# יום} two {# ימים} other {# ימים}}',
  panel_overdue: 'יותר מהרגיל',
  panel_expand: 'הצגת פרטים',
  panel_collapse: 'הסתרת פרטים',
  panel_dismiss: 'הסתרת החלונית של Customs Lens עבור הזמנה זו',
  panel_restore: 'הצגה',
  panel_dismissed: 'Customs Lens: {stage}',
  panel_latest_status: 'הסטטוס האחרון בדף זה',
  panel_reasons_title: 'למה זה עשוי לקרות בהזמנה הזו',
  panel_steps_title: 'מה לעשות עכשיו',
  panel_likely: 'סביר',
  panel_possible: 'אפשרי',
  panel_retrack_title: 'מעקב במקום אחר',
  panel_retrack_link: 'מעקב ב־{name} (נפתח בכרטיסייה חדשה)',
  panel_local_post: 'הדואר המקומי',
  panel_copy_message: 'העתקת הודעה למוכר',
  panel_copied: 'הועתק',
  panel_copy_failed: 'ההעתקה נכשלה: סמנו את הטקסט שלמטה',
  panel_open_chat: 'פתיחת צ׳אט עם המוכר',
  panel_watch: 'מעקב אחר החבילה',
  panel_watching: 'במעקב',
  panel_watch_hint: 'Customs Lens בודק את החבילה ברקע ומודיע לכם כשהיא יוצאת מהמכס.',
  panel_watch_failed: 'אין חיבור ל־Customs Lens. טענו מחדש את הדף ונסו שוב.',
  panel_protection_days: 'הגנת הקונה: {days, plural, one {נותר יום אחד} two {נותרו יומיים} other {נותרו # ימים}}',
  panel_protection_soon:
    'הגנת הקונה מסתיימת {days, plural, one {בעוד יום אחד} two {בעוד יומיים} other {בעוד # ימים}}: אם החבילה עדיין תקועה, פתחו מחלוקת לפני שהיא מסתיימת.',
  panel_badge_tooltip: '{stage} — פתיחת דף המעקב עם הסבר',
  panel_badge_label: 'Customs Lens: {stage}. פתיחת דף המעקב של ההזמנה',
  panel_unread_title: 'Customs Lens לא הצליח לקרוא את הדף הזה',
  panel_unread_hint:
    'לא נמצאה כאן היסטוריית מעקב. כדי לדווח, העתיקו תיאור של מבנה הדף (שמות מחלקות וספירות בלבד: ללא טקסט, ללא פרטי הזמנה או מידע אישי) והדביקו אותו בדיווח.',
  panel_unread_copy: 'העתקת תיאור הדף',
  panel_unread_copy_failed: 'ההעתקה נכשלה. נסו שוב.',
  panel_unread_close: 'הסתרת ההודעה',
} satisfies Translation<typeof en>;
