/** Korean tracking-status vocabulary (AliExpress ko, Korea Post, CJ Logistics). Hangul kept intact. */
import type { PhraseTable } from './types.ts';

export const ko: PhraseTable = {
  lang: 'ko',
  script: 'hangul',
  concepts: {
    // UNI-PASS steps: 반입신고 (into the bonded area), 수입(사용소비) 심사 (examination), 반출 (out).
    customs: ['세관', '통관', '반출 ?신고', '반입 ?신고', '수입 ?신고', '반출 ?완료', '사용소비'],
    duties: ['관세', '부가세', '세금'],
    import: ['수입'],
    export: ['수출'],
    started: ['시작', '개시'],
    processing: ['진행', '처리 ?중', '대기'],
    arrived: ['도착', '반입', '인계', '접수'],
    // 반출 is "carried out of the bonded area", 수리 "declaration accepted": both mean released.
    completed: ['완료', '반출', '수리', '승인'],
    delayed: ['지연'],
    // 통관 이상: "customs anomaly".
    problem: ['오류', '실패', '문제', '예외', '이상'],
    inspecting: ['검사', '심사', '검토'],
    held: ['보류', '유치', '억류'],
    pay: ['납부', '결제', '지불'],
    documents: ['서류', '개인통관고유부호', '추가 ?정보'],
    returned: ['반송', '반품', '폐기'],
    seized: ['압수', '몰수'],
    declaration: ['신고'],
  },
  nothingToPay: ['납부 ?완료', '면세', '납부할 (?:세금|관세)이 없', '세금 없음'],
};
