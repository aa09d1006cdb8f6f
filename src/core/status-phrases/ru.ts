/**
 * Russian tracking-status vocabulary (AliExpress ru, Russian Post, CDEK). Stems, because Cyrillic has no
 * \b in JavaScript regular expressions; normalisation turns "й" into "и" and "ё" into "е".
 */
import type { PhraseTable } from './types.ts';

export const ru: PhraseTable = {
  lang: 'ru',
  script: 'cyrillic',
  concepts: {
    // Cainiao's machine translation calls clearance "расчистка": "Начало расчистки импорта".
    customs: ['тамож', 'расчистк'],
    duties: ['пошлин', 'налог', 'ндс'],
    import: ['импорт', 'ввоз'],
    export: ['экспорт', 'вывоз'],
    started: ['начат', 'начал', 'начин'],
    processing: ['в процессе', 'обрабат', 'ожида'],
    arrived: ['прибыл', 'поступил', 'прибыти', 'принят', 'передан'],
    completed: ['заверш', 'выпущ', 'выпуск', 'оконч', 'успешн', 'законч', 'прош[ле]'],
    left: ['покинул'],
    delayed: ['задержк', 'задерживает', 'отлож'],
    problem: ['ошибк', 'проблем', 'неудач', 'сбо[иь]'],
    inspecting: ['досмотр', 'провер', 'контрол', 'осмотр', 'инспекц'],
    held: ['задержан', 'удерживает'],
    pay: ['оплат', 'уплат', 'платеж'],
    documents: ['документ', 'паспорт', 'дополнительн\\S* информац'],
    returned: ['возврат', 'возвращ', 'отказ', 'уничтож'],
    seized: ['конфиск', 'изъят', 'арестован'],
    declaration: ['деклара'],
    warning: ['будет', 'иначе'],
  },
  nothingToPay: [
    '(?<!не)(?<!не )(?:оплачен|уплачен)',
    'нет (?:пошлин|налог|платеж|оплат)',
    'без (?:пошлин|оплат|налог)',
    'освобожд',
    'ничего (?:не нужно )?(?:платить|оплачивать)',
  ],
};
