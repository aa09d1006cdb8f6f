/** he notifications strings. */
import type en from '../en/notifications.ts';
import type { Translation } from '../types.ts';

export default {
  notifications_title_left_customs: 'יצאה מהמכס: {parcel}',
  notifications_title_action_required: 'המכס צריך מכם משהו: {parcel}',
  notifications_title_returned: 'הוחזרה או עוכבה במכס: {parcel}',
  notifications_title_delivered: 'נמסרה: {parcel}',
  notifications_body: '{event}',
  notifications_body_where: '{event} — {place}',
  notifications_summary_title:
    'יש עדכונים {count, plural, one {לחבילה אחת במעקב} two {לשתי חבילות במעקב} other {ל-# חבילות במעקב}}',
  notifications_summary_more: '…ועוד {count}',
  notifications_storage_full:
    'ל-Customs Lens לא נשאר מקום באחסון של הדפדפן. הפסיקו לעקוב אחרי חבילות שכבר לא צריך, או מחקו נתונים ישנים בהגדרות. שום דבר שנשמר לא אבד.',
  notifications_parcel_order: 'הזמנה {orderId}',
  notifications_button_open: 'פתיחת המעקב',
  notifications_button_stop: 'הפסקת המעקב',
  notifications_check_too_soon:
    'נבדק הרגע. אפשר לנסות שוב בעוד {seconds, plural, one {שנייה אחת} two {שתי שניות} other {# שניות}}.',
  notifications_offline: 'אין חיבור לרשת. Customs Lens יבדוק שוב כשהחיבור יחזור.',
  notifications_tracker_paused: '{tracker} מושהה עד {time}: השירות ביקש מ-Customs Lens להאט.',
  notifications_check_busy: 'בדיקה כבר מתבצעת.',
  notifications_error_network: 'אין גישה אל {tracker}. Customs Lens ינסה שוב מאוחר יותר.',
  notifications_error_http: '{tracker} השיב בשגיאה. Customs Lens ינסה שוב מאוחר יותר.',
  notifications_error_rate_limited: '{tracker} ביקש להאט. Customs Lens ימתין לפני שישאל שוב.',
  notifications_error_quota: 'המכסה שלכם ב־{tracker} נגמרה. הבדיקות יחזרו כשהיא תתחדש.',
  notifications_error_auth: '{tracker} לא קיבל את מפתח ה־API שלכם. כדאי לבדוק אותו בהגדרות.',
  notifications_error_malformed: '{tracker} שלח תשובה ש־Customs Lens לא הצליח לקרוא. ינסה שוב מאוחר יותר.',
  notifications_error_refused: '{tracker} דחה את הבקשה. Customs Lens ינסה שוב מאוחר יותר.',
  notifications_error_no_key: 'קודם יש להזין בהגדרות את מפתח ה־API של {tracker}.',
  notifications_key_ok: '{tracker} קיבל את המפתח.',
  notifications_tracker_needs_access: '{tracker} לא נשאל: הוא צריך את האישור שלכם. הפעילו אותו שוב בהגדרות.',
} satisfies Translation<typeof en>;
