/** English tracking-status vocabulary (AliExpress, Cainiao, 17TRACK and postal wording). */
import type { PhraseTable } from './types.ts';

export const en: PhraseTable = {
  lang: 'en',
  script: 'latin',
  concepts: {
    // "customs", never "custom" alone: "custom-made" and "customer" are everywhere on AliExpress.
    customs: [
      '\\bcustoms\\b',
      '\\bcustom (?:clearance|clearing|office|declaration|inspection|hold|release|control|check)',
      // Not a shop's "clearance sale".
      '\\bclearance\\b(?! sale)',
      '\\bborder (?:force|services agency|protection)\\b',
    ],
    duties: [
      '\\bdut(?:y|ies)\\b',
      '\\bimport (?:tax|taxes|vat|gst|charges?|fees?)\\b',
      '\\bvat\\b',
      '\\bgst\\b',
      '\\btariffs?\\b',
      '\\btaxes\\b',
    ],
    import: ['\\bimports?\\b', '\\bimported\\b', '\\binbound\\b'],
    export: ['\\bexport(?:s|ed|ing)?\\b'],
    started: ['\\bstart(?:s|ed)?\\b', '\\bbegun\\b', '\\bbegan\\b', '\\binitiated\\b', '\\bcommenced\\b'],
    processing: [
      '\\bprocess(?:ing|ed)?\\b',
      '\\bin progress\\b',
      '\\bunder way\\b',
      '\\bongoing\\b',
      '\\bpending\\b',
      '\\bawaiting\\b',
      '\\bwaiting\\b',
    ],
    arrived: ['\\barriv(?:ed|al|es)\\b', '\\breceived\\b', '\\bhanded (?:over )?to\\b', '\\bhandover\\b'],
    completed: [
      '\\bcomplet(?:e|ed|ion)\\b',
      '\\bsuccess(?:ful|fully)?\\b',
      '\\bfinished\\b',
      '\\breleased?\\b',
      '\\bcleared\\b',
      '\\bpassed\\b',
      '\\bapproved\\b',
    ],
    left: ['\\b(?:departed|departing|left|leaving|out|exited|dispatched) (?:from |of )?(?:the )?customs\\b'],
    delayed: ['\\bdelay(?:s|ed)?\\b', '\\blonger than (?:usual|expected)\\b', '\\bbacklog\\b'],
    problem: [
      '\\bexception\\b',
      '\\bfail(?:ed|ure|s)?\\b',
      '\\bunsuccessful\\b',
      '\\babnormal\\b',
      '\\bissue\\b',
      '\\bproblem\\b',
      '\\berror\\b',
    ],
    inspecting: [
      '\\binspect(?:ing|ion|ed|s)?\\b',
      '\\bexamin(?:ation|ing|ed)\\b',
      '\\bcheck(?:ing|s)?\\b',
      '\\bscreening\\b',
      '\\bverif(?:ication|ying)\\b',
      '\\breview(?:ing)?\\b',
      '\\bx ray\\b',
    ],
    held: ['\\bheld\\b', '\\bhold\\b', '\\bdetain(?:ed)?\\b', '\\bretained\\b', '\\bstopped\\b'],
    pay: ['\\bpay\\b', '\\bpayment\\b', '\\bpayable\\b', '\\bunpaid\\b', '\\bto be paid\\b', '\\bamount due\\b'],
    documents: [
      '\\bdocument(?:s|ation)?\\b',
      '\\binformation (?:is |are )?(?:required|requested|needed)\\b',
      '\\b(?:additional|more|missing) information\\b',
      '\\bid (?:required|needed)\\b',
      '\\binvoice\\b',
      '\\bpccc\\b',
      '\\baction (?:required|needed)\\b',
    ],
    returned: [
      '\\breturn(?:ed|ing)?\\b',
      '\\brefus(?:ed|al)\\b',
      '\\brejected\\b',
      '\\bsent back\\b',
      '\\bdestroyed\\b',
    ],
    seized: ['\\bseiz(?:ed|ure)\\b', '\\bconfiscat(?:ed|ion)\\b', '\\bimpounded\\b', '\\bforfeit(?:ed)?\\b'],
    declaration: [
      '\\bdeclaration\\b',
      '\\bdeclared\\b',
      '\\bcustoms (?:data|information|info|form)\\b',
      '\\bcn2[23]\\b',
      '\\belectronic(?:ally)?\\b',
    ],
    warning: ['\\bwill be\\b', '\\botherwise\\b', '\\bor it\\b', '\\bbefore it is\\b'],
  },
  idioms: [
    // AliExpress' node *title* (a category: "Customs update" above "Left from customs") is not a status.
    ['^customs update$', null],
    // AliExpress' own inspection status, often shown without the "Customs update:" lead-in.
    ["\\b(?:we're|we are) inspecting your (?:order|parcel|package|item|shipment)\\b", 'inspection'],
    ['\\b(?:awaiting|pending|waiting for) (?:customs )?release\\b', 'import_received'],
    // Canada Post: "Item has arrived in Canada and will be presented for review" (CBSA).
    ['\\bpresented for (?:review|examination|inspection)\\b', 'import_received'],
  ],
  nothingToPay: [
    '\\bnothing to pay\\b',
    '\\bno (?:import )?(?:duties|duty|taxes|tax|vat|gst|charges?|fees?|payment) (?:to pay|due|payable|owed|required|needed)\\b',
    '\\bno payment (?:is )?(?:required|needed|due)\\b',
    '\\b(?:already|pre) ?paid\\b',
    // Not "duties and taxes paid by receiver", which is the receiver's bill.
    '\\b(?:duties|duty|taxes|tax|vat|gst|charges)(?: and taxes)? (?:were |was |have been |has been |are )?(?:paid|prepaid|settled)\\b(?! by (?:the )?(?:recipient|receiver|consignee|buyer|customer|you)\\b)',
    '\\bpaid (?:at|on|during) (?:checkout|origin|purchase)\\b',
    '\\b(?:duty|tax)[ -]free\\b',
    '\\bexempt(?:ed)? from (?:import )?(?:duties|duty|taxes|tax|vat|payment)\\b',
    '\\bdelivered duty paid\\b',
  ],
};
