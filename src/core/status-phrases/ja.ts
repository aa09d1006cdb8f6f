/** Japanese tracking-status vocabulary (AliExpress ja, Japan Post). Kanji are matched as they are. */
import type { PhraseTable } from './types.ts';

export const ja: PhraseTable = {
  lang: 'ja',
  script: 'cjk',
  concepts: {
    // 輸入許可 (import permit) is customs' release even without the word customs.
    // Japan Post's international exchange office (国際交換局) is where inbound mail meets customs.
    customs: ['税関', '通関', '輸[入出]許可', '国際交換局'],
    duties: ['関税', '消費税', '輸入税', '税金'],
    import: ['輸入'],
    export: ['輸出'],
    started: ['開始'],
    processing: ['手続き?中', '処理中', '待ち'],
    arrived: ['到着', '搬入', '引き?渡', '受付'],
    completed: ['完了', '許可', '済', '終了', '通過'],
    left: ['搬出', '国際交換局から発送'],
    delayed: ['遅延', '遅れ'],
    problem: ['異常', 'エラー', '失敗', '問題', '例外'],
    inspecting: ['検査', '審査', '確認中', '調査'],
    held: ['保留', '留置', '差し?止'],
    pay: ['支払', '納付'],
    documents: ['書類', 'インボイス', '追加情報'],
    returned: ['返送', '返還', '積み?戻', '返品', '廃棄'],
    seized: ['没収', '押収', '差し?押'],
    declaration: ['申告'],
  },
  nothingToPay: ['支払い?済', '納付済', '免税', '非課税'],
};
