/**
 * Templates for the short message a buyer can send the seller when a parcel is stuck at customs, per
 * language. Plain text, polite, with `{orderId}`, `{trackingNumber}`, `{days}` filled in by
 * seller-message.ts; a line whose placeholder has no value is left out.
 */
import type { Stage } from '../stages.ts';

export type SellerTemplate = {
  greeting: string;
  /** What the buyer sees, per stage. */
  situation: Record<Stage, string>;
  orderLine: string;
  trackingLine: string;
  daysLine: string;
  /** The ask: check with the logistics company, send documents, confirm what to do. */
  ask: string;
  /** The ask when the parcel is returned: a refund or a resend. */
  askReturned: string;
  closing: string;
};

/** The languages with a template: listed apart so the panel can pick one without loading them all. */
export const SELLER_TEMPLATE_LANGS = ['en', 'es', 'fr', 'de', 'pt', 'pl', 'he', 'it'] as const;
export type SellerTemplateLang = (typeof SELLER_TEMPLATE_LANGS)[number];

export const SELLER_TEMPLATES: Readonly<Record<SellerTemplateLang, SellerTemplate>> = {
  en: {
    greeting: 'Hello,',
    situation: {
      export_clearance: 'My parcel is going through export customs in China.',
      import_received: 'My parcel has arrived at customs in my country and has not moved since.',
      inspection: 'My parcel is being inspected by customs in my country.',
      delay: 'Customs clearance of my parcel is delayed.',
      action_required: 'Customs or the delivery company is asking for something before delivering my parcel.',
      released: 'My parcel has been released by customs.',
      returned: 'My parcel was refused or returned by customs.',
    },
    orderLine: 'Order number: {orderId}',
    trackingLine: 'Tracking number: {trackingNumber}',
    daysLine: 'It has been at customs for {days} days.',
    ask: 'Could you please check with the logistics company and send customs any documents they need (such as the invoice)? Thank you.',
    askReturned: 'Could you please resend the order or refund me? Thank you.',
    closing: 'Kind regards',
  },
  es: {
    greeting: 'Hola:',
    situation: {
      export_clearance: 'Mi paquete está pasando la aduana de exportación en China.',
      import_received: 'Mi paquete llegó a la aduana de mi país y no se ha movido desde entonces.',
      inspection: 'La aduana de mi país está inspeccionando mi paquete.',
      delay: 'El despacho de aduanas de mi paquete se está retrasando.',
      action_required: 'La aduana o la empresa de reparto me pide algo antes de entregar mi paquete.',
      released: 'La aduana ya ha liberado mi paquete.',
      returned: 'La aduana ha rechazado o devuelto mi paquete.',
    },
    orderLine: 'Número de pedido: {orderId}',
    trackingLine: 'Número de seguimiento: {trackingNumber}',
    daysLine: 'Lleva {days} días en la aduana.',
    ask: '¿Podría consultar con la empresa de logística y enviar a la aduana los documentos que necesite (por ejemplo, la factura)? Gracias.',
    askReturned: '¿Podría volver a enviar el pedido o hacerme el reembolso? Gracias.',
    closing: 'Un saludo',
  },
  fr: {
    greeting: 'Bonjour,',
    situation: {
      export_clearance: 'Mon colis passe la douane à l’exportation en Chine.',
      import_received: 'Mon colis est arrivé à la douane de mon pays et n’a plus bougé depuis.',
      inspection: 'Mon colis est en cours de contrôle par la douane de mon pays.',
      delay: 'Le dédouanement de mon colis prend du retard.',
      action_required: 'La douane ou le transporteur me demande quelque chose avant de livrer mon colis.',
      released: 'Mon colis a été libéré par la douane.',
      returned: 'Mon colis a été refusé ou renvoyé par la douane.',
    },
    orderLine: 'Numéro de commande : {orderId}',
    trackingLine: 'Numéro de suivi : {trackingNumber}',
    daysLine: 'Il est en douane depuis {days} jours.',
    ask: 'Pourriez-vous vous renseigner auprès du transporteur et fournir à la douane les documents nécessaires (par exemple la facture) ? Merci.',
    askReturned: 'Pourriez-vous renvoyer la commande ou me rembourser ? Merci.',
    closing: 'Cordialement',
  },
  de: {
    greeting: 'Hallo,',
    situation: {
      export_clearance: 'Mein Paket ist in China in der Ausfuhrabfertigung.',
      import_received: 'Mein Paket ist beim Zoll in meinem Land angekommen und bewegt sich seitdem nicht.',
      inspection: 'Mein Paket wird vom Zoll in meinem Land geprüft.',
      delay: 'Die Zollabfertigung meines Pakets verzögert sich.',
      action_required: 'Der Zoll oder der Zusteller verlangt etwas, bevor mein Paket zugestellt wird.',
      released: 'Mein Paket wurde vom Zoll freigegeben.',
      returned: 'Mein Paket wurde vom Zoll abgelehnt oder zurückgeschickt.',
    },
    orderLine: 'Bestellnummer: {orderId}',
    trackingLine: 'Sendungsnummer: {trackingNumber}',
    daysLine: 'Es liegt seit {days} Tagen beim Zoll.',
    ask: 'Könnten Sie bitte beim Logistikunternehmen nachfragen und dem Zoll die nötigen Unterlagen (zum Beispiel die Rechnung) schicken? Vielen Dank.',
    askReturned: 'Könnten Sie die Bestellung bitte erneut senden oder mir den Betrag erstatten? Vielen Dank.',
    closing: 'Viele Grüße',
  },
  pt: {
    greeting: 'Olá,',
    situation: {
      export_clearance: 'Meu pacote está passando pela alfândega de exportação na China.',
      import_received: 'Meu pacote chegou à alfândega do meu país e não se moveu desde então.',
      inspection: 'Meu pacote está sendo inspecionado pela alfândega do meu país.',
      delay: 'O desembaraço aduaneiro do meu pacote está atrasado.',
      action_required: 'A alfândega ou a transportadora está pedindo algo antes de entregar meu pacote.',
      released: 'Meu pacote foi liberado pela alfândega.',
      returned: 'Meu pacote foi recusado ou devolvido pela alfândega.',
    },
    orderLine: 'Número do pedido: {orderId}',
    trackingLine: 'Código de rastreio: {trackingNumber}',
    daysLine: 'Ele está na alfândega há {days} dias.',
    ask: 'Você poderia verificar com a transportadora e enviar à alfândega os documentos necessários (como a nota fiscal)? Obrigado.',
    askReturned: 'Você poderia reenviar o pedido ou me reembolsar? Obrigado.',
    closing: 'Atenciosamente',
  },
  pl: {
    greeting: 'Dzień dobry,',
    situation: {
      export_clearance: 'Moja przesyłka przechodzi odprawę wywozową w Chinach.',
      import_received: 'Moja przesyłka dotarła do urzędu celnego w moim kraju i od tego czasu się nie przemieszcza.',
      inspection: 'Moja przesyłka jest kontrolowana przez urząd celny w moim kraju.',
      delay: 'Odprawa celna mojej przesyłki się opóźnia.',
      action_required: 'Urząd celny lub przewoźnik czegoś ode mnie wymaga przed doręczeniem przesyłki.',
      released: 'Moja przesyłka została zwolniona przez urząd celny.',
      returned: 'Moja przesyłka została odrzucona lub zwrócona przez urząd celny.',
    },
    orderLine: 'Numer zamówienia: {orderId}',
    trackingLine: 'Numer przesyłki: {trackingNumber}',
    daysLine: 'Jest w urzędzie celnym od {days} dni.',
    ask: 'Czy mogą Państwo sprawdzić sprawę u przewoźnika i przesłać do urzędu celnego potrzebne dokumenty (np. fakturę)? Dziękuję.',
    askReturned: 'Czy mogą Państwo wysłać zamówienie ponownie lub zwrócić pieniądze? Dziękuję.',
    closing: 'Pozdrawiam',
  },
  he: {
    greeting: 'שלום,',
    situation: {
      export_clearance: 'החבילה שלי עוברת מכס יצוא בסין.',
      import_received: 'החבילה שלי הגיעה למכס בארץ ולא זזה מאז.',
      inspection: 'החבילה שלי נמצאת בבדיקת מכס בארץ.',
      delay: 'שחרור החבילה שלי מהמכס מתעכב.',
      action_required: 'המכס או חברת השילוח מבקשים ממני משהו לפני מסירת החבילה.',
      released: 'החבילה שלי שוחררה מהמכס.',
      returned: 'החבילה שלי נדחתה או הוחזרה על ידי המכס.',
    },
    orderLine: 'מספר הזמנה: {orderId}',
    trackingLine: 'מספר מעקב: {trackingNumber}',
    daysLine: 'היא נמצאת במכס כבר {days} ימים.',
    ask: 'אפשר לבדוק מול חברת הלוגיסטיקה ולשלוח למכס את המסמכים הדרושים (למשל חשבונית)? תודה.',
    askReturned: 'אפשר לשלוח את ההזמנה שוב או להחזיר לי את הכסף? תודה.',
    closing: 'בברכה',
  },
  it: {
    greeting: 'Buongiorno,',
    situation: {
      export_clearance: 'Il mio pacco è in sdoganamento all’esportazione in Cina.',
      import_received: 'Il mio pacco è arrivato alla dogana del mio paese e da allora non si è mosso.',
      inspection: 'Il mio pacco è sottoposto a controllo dalla dogana del mio paese.',
      delay: 'Lo sdoganamento del mio pacco è in ritardo.',
      action_required: 'La dogana o il corriere mi chiede qualcosa prima di consegnare il pacco.',
      released: 'Il mio pacco è stato sdoganato.',
      returned: 'Il mio pacco è stato respinto o restituito dalla dogana.',
    },
    orderLine: 'Numero d’ordine: {orderId}',
    trackingLine: 'Numero di tracciamento: {trackingNumber}',
    daysLine: 'È in dogana da {days} giorni.',
    ask: 'Potrebbe verificare con la società di logistica e inviare alla dogana i documenti necessari (per esempio la fattura)? Grazie.',
    askReturned: 'Potrebbe rispedire l’ordine o rimborsarmi? Grazie.',
    closing: 'Cordiali saluti',
  },
};
