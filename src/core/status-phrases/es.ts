/** Spanish tracking-status vocabulary (AliExpress es, Correos, Latin American posts). */
import type { PhraseTable } from './types.ts';

export const es: PhraseTable = {
  lang: 'es',
  script: 'latin',
  concepts: {
    // "despacho" alone also means "shipped", so only "aduana" words count as customs.
    // Correos: "En trámite de importación", "Finalizada tramitación de importación".
    customs: ['\\baduan', '\\bdespacho (?:de )?(?:importacion|exportacion)', '\\btramit\\w* de importacion\\b'],
    duties: [
      '\\bimpuestos?\\b',
      '\\baranceles?\\b',
      '\\biva\\b',
      '\\btasas?\\b',
      '\\bderechos (?:de importacion|aduaneros|arancelarios)\\b',
    ],
    import: ['\\bimportaci', '\\bimportad'],
    export: ['\\bexportaci', '\\bexportad'],
    started: ['\\binici', '\\bcomenz', '\\bcomienz', '\\bempez'],
    processing: [
      '\\ben (?:proceso|curso|tramite)\\b',
      '\\bprocesando\\b',
      '\\btramitando\\b',
      '\\bpendiente\\b',
      '\\besperando\\b',
      '\\ba la espera\\b',
    ],
    arrived: [
      '\\bllegad[oa]\\b',
      '\\bllego\\b',
      '\\brecibid[oa]\\b',
      '\\badmitid[oa]\\b',
      '\\bentregad[oa] (?:a|en) (?:la )?aduana',
    ],
    completed: [
      '\\bcomplet(?:ado|ada|o)\\b',
      '\\bfinaliz',
      '\\bterminad',
      '\\bliberad',
      '\\bconcluid',
      '\\bexitos',
      '\\bcon exito\\b',
      '\\bdespachad[oa]\\b',
      '\\bautorizad',
    ],
    left: ['\\b(?:salida|salio|ha salido) de (?:la )?aduana'],
    delayed: ['\\bretras', '\\bdemora'],
    problem: [
      '\\bexcepci',
      '\\bincidencia\\b',
      '\\bfall(?:o|ido|ida)\\b',
      '\\berror\\b',
      '\\bproblema\\b',
      '\\banomal',
    ],
    inspecting: [
      '\\binspecc',
      '\\binspeccionand',
      '\\brevis(?:ion|ando)\\b',
      '\\bcontrol\\b',
      '\\bverific',
      '\\bexamin',
    ],
    held: ['\\bretenid', '\\bdetenid', '\\bbloquead', '\\bparalizad'],
    pay: ['\\bpag(?:o|ar|ue)\\b', '\\babon(?:o|ar)\\b', '\\bimporte a pagar\\b'],
    documents: [
      '\\bdocument',
      '\\bfactura\\b',
      '\\binformacion adicional\\b',
      '\\bse requiere\\b',
      '\\bdni\\b',
      '\\bnif\\b',
    ],
    returned: ['\\bdevuelt', '\\bdevoluci', '\\brechazad', '\\bretornad', '\\bdestruid'],
    seized: ['\\bconfiscad', '\\bincautad', '\\bdecomisad', '\\bembargad'],
    declaration: ['\\bdeclaraci'],
    warning: ['\\bsera\\b', '\\bde lo contrario\\b', '\\bsi no\\b'],
  },
  idioms: [
    ['\\bestamos inspeccionando tu (?:pedido|paquete|envio)\\b', 'inspection'],
    // Correos: a notice went to the buyer to pay or send documents before the parcel is released.
    ['\\btramite de importacion emitido aviso al destinatario\\b', 'action_required'],
  ],
  nothingToPay: [
    '\\bnada (?:que|a|por) pagar\\b',
    '\\bsin (?:impuestos|aranceles|cargos|tasas|importe) (?:que|a|por) pagar\\b',
    '\\b(?:impuestos|aranceles|tasas|derechos|iva)(?: e impuestos)? (?:ya )?(?:pagados|abonados)\\b',
    '\\bya (?:pagad|abonad)[oa]s?\\b',
    '\\bpagad[oa]s? en (?:origen|la compra|el pedido)\\b',
    '\\bexent[oa]s? de (?:impuestos|aranceles|pago)\\b',
  ],
};
