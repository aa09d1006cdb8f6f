/**
 * Hebrew tracking-status vocabulary (AliExpress he, Israel Post). Stems, because prefixes attach to words
 * ("מהמכס" = "from the customs") and JavaScript's \b does not work on Hebrew letters.
 */
import type { PhraseTable } from './types.ts';

export const he: PhraseTable = {
  lang: 'he',
  script: 'hebrew',
  concepts: {
    // Not "מכסה" (lid, quota) nor "מכסת".
    customs: ['מכס(?![הת])'],
    duties: ['מיס', 'מע ?מ(?![\\u0590-\\u05ff])', 'אגר'],
    import: ['יבוא', 'ייבוא'],
    export: ['יצוא', 'ייצוא'],
    started: ['החל', 'התחיל', 'התחלת', 'נפתח'],
    processing: ['בתהליך', 'בטיפול', 'ממתינ?ה?'],
    arrived: ['הגיע', 'התקבל', 'נמסר ל'],
    completed: ['הושלם', 'הסתיים', 'שוחרר', 'שחרור', 'אושר'],
    left: ['יצא מהמכס'],
    // Not the עוכב inside מעוכב ("held").
    delayed: ['עיכוב', 'עכוב', 'מתעכב', '(?<!מ)עוכב'],
    problem: ['תקלה', 'חריג', 'בעיה', 'נכשל'],
    inspecting: ['בדיק', 'נבדק', 'ביקורת'],
    held: ['מעוכב', 'מוחזק', 'נעצר'],
    pay: ['תשלום', 'לשלם'],
    documents: ['מסמכ', 'חשבונית', 'מספר זהות', 'פרטים נוספים'],
    returned: ['הוחזר', 'חזרה לשולח', 'סורב', 'הושמד'],
    seized: ['הוחרם', 'נתפס', 'החרמ'],
    declaration: ['הצהר'],
    warning: ['יוחזר', 'אחרת'],
  },
  nothingToPay: [
    'שולמו?(?![\\u0590-\\u05ff])',
    'אין (?:מסים|מס|מיסים|תשלום|חיוב) ',
    'אין (?:מסים|מס|מיסים|תשלום|חיוב)$',
    'פטור',
    'ללא (?:מסים|מס|מיסים|תשלום|חיוב)',
  ],
};
