/**
 * Chinese tracking-status vocabulary, simplified and traditional (China Post and Cainiao scans that
 * 17TRACK passes through untranslated). Not a UI language, but these texts reach us.
 */
import type { PhraseTable } from './types.ts';

export const zh: PhraseTable = {
  lang: 'zh',
  script: 'cjk',
  concepts: {
    customs: ['海[关關]', '清[关關]', '通[关關]', '[报報][关關]'],
    duties: ['[关關]税', '[关關]稅', '税[费款]', '稅[費款]', '增值税'],
    import: ['[进進]口', '入境'],
    export: ['出口', '出境'],
    started: ['[开開]始'],
    processing: ['[处處]理中', '等待'],
    arrived: ['到[达達]', '抵[达達]', '交接', '送交'],
    completed: ['完成', '放行', '成功', '通[过過]'],
    left: ['离开海关', '離開海關'],
    delayed: ['延[误誤]', '延[迟遲]'],
    problem: ['[异異]常', '失[败敗]', '[问問]题'],
    inspecting: ['查[验驗]', '[检檢]查', '[审審]核'],
    held: ['扣留', '扣[关關]', '暂扣'],
    pay: ['[缴繳]', '支付', '付款'],
    documents: ['[资資]料', '文件', '[证證]件'],
    returned: ['退回', '退[运運]', '拒收', '[销銷][毁毀]'],
    seized: ['[没沒]收', '查扣', '查获'],
    declaration: ['申[报報]'],
  },
  nothingToPay: ['已[缴繳]', '已支付', '已付', '免[税稅]'],
};
