/**
 * "What you may pay": the checkout-vs-arrival verdict or estimate, its lines, the official place to pay,
 * double-charge advice, the scam warning, and the sources one click away (a native <details>). Every
 * text is a Preact text child; the only link is the payment table's https page.
 */

import type { ChargesView } from '../../core/panel-view/charges-view.ts';
import type { Locale } from '../../locales/locale-for.ts';

export function ChargesSection({ charges, locale }: { charges: ChargesView; locale: Locale }) {
  const { t } = locale;
  return (
    <section class={`charges charges-${charges.kind}`} data-testid="panel-charges" data-charges={charges.kind}>
      <h3>{t('charges_title')}</h3>
      <p class="charges-headline" data-testid="charges-headline">
        {charges.headline}
      </p>
      {charges.lines.length ? (
        <ul class="charges-lines" data-testid="charges-lines">
          {charges.lines.map((l) => (
            <li key={l.id} data-line={l.id}>
              {l.text}
            </li>
          ))}
        </ul>
      ) : null}
      {charges.notes.map((n) => (
        <p key={n.id} class="charges-note" data-note={n.id}>
          {n.text}
        </p>
      ))}
      {charges.doubleCharge ? (
        <p class="charges-double" data-testid="charges-double">
          {charges.doubleCharge}
        </p>
      ) : null}
      {charges.pay ? (
        charges.pay.url ? (
          <a
            class="action pay"
            href={charges.pay.url}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="charges-pay"
            data-payment-page={charges.pay.id}
          >
            {charges.pay.text} ↗
          </a>
        ) : (
          <p class="charges-note" data-testid="charges-pay-on-delivery" data-payment-page={charges.pay.id}>
            {charges.pay.text}
          </p>
        )
      ) : null}
      <div class="scam" role="note" data-testid="charges-scam">
        <strong>⚠ {charges.scam.title}</strong>
        <ul>
          {charges.scam.rules.map((r) => (
            <li key={r}>{r}</li>
          ))}
          {charges.scam.carrier ? <li data-testid="charges-scam-carrier">{charges.scam.carrier}</li> : null}
        </ul>
      </div>
      <details class="charges-why" data-testid="charges-why">
        <summary>{t('charges_why')}</summary>
        <ul>
          {charges.why.map((w) => (
            <li key={w.text}>
              {w.text}
              {w.unconfirmed ? <span class="tag possible"> {t('charges_unconfirmed')}</span> : null}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
