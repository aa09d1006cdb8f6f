// A heavy AliExpress-like tracking page for the benchmark: a header, a long order/recommendation grid
// and a tracking timeline with a customs status, ≥ 5,000 elements in all. Deterministic (no randomness).
export function heavyTrackingPage({ cards = 600, events = 40, customs = true } = {}) {
  const status = customs
    ? 'Customs update: We\u2019re inspecting your order'
    : 'Departed from departure country/region';
  const card = (i) =>
    `<div class="product-card" data-i="${i}"><a href="/item/100500${i}.html"><div class="img-wrap"><span class="img"></span></div>` +
    `<div class="title"><span>Wireless earbuds model ${i} with charging case</span></div>` +
    `<div class="price"><span class="cur">€</span><span class="val">${(i % 90) + 9}.99</span></div>` +
    `<div class="meta"><span class="sold">${i * 7} sold</span><span class="stars">4.${i % 10}</span></div></a></div>`;
  const event = (i) =>
    `<li class="ev"><span class="time">2026-11-${String(20 - (i % 19)).padStart(2, '0')} 0${i % 10}:1${i % 6}</span>` +
    `<span class="desc">${i === 0 ? status : i === 1 && customs ? 'Imports customs clearance delay' : `Parcel processed at sorting center ${i}`}</span>` +
    `<span class="place">Madrid, ES</span></li>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tracking</title>
<style>body{font-family:Arial,sans-serif;margin:0}.grid{display:grid;grid-template-columns:repeat(6,1fr);gap:8px}
.product-card{border:1px solid #eee;padding:6px}.img{display:block;height:40px;background:#ddd}.ev{display:flex;gap:12px}</style></head>
<body><header><nav>${Array.from({ length: 40 }, (_, i) => `<a href="/c/${i}">Category ${i}</a>`).join('')}</nav></header>
<main><section class="order"><div>Order number: 8180000000000001</div><div>Tracking number: LP00123456789012</div>
<div class="status">${status}</div>
<ul class="timeline">${Array.from({ length: events }, (_, i) => event(i)).join('')}</ul></section>
<section class="grid">${Array.from({ length: cards }, (_, i) => card(i)).join('')}</section></main>
<footer>${Array.from({ length: 60 }, (_, i) => `<p>Footer link ${i}</p>`).join('')}</footer></body></html>`;
}

export function countElements(html) {
  return (html.match(/<[a-z][^>]*>/gi) ?? []).length;
}
