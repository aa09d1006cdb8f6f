/**
 * The destination country of an order, from its shipping address ("…, 28001 Madrid, Spain",
 * "…, 75001 Paris, France", "ישראל") as ISO 3166-1 alpha-2. The country decides which customs rules,
 * thresholds and local post the advice talks about; without it the advice stays general.
 */

/** Country names in English and in their own and the storefronts' languages (lower-case). */
const NAMES: Array<[string, string[]]> = [
  ['ES', ['spain', 'españa', 'espagne', 'spanien', 'espanha', 'hiszpania', 'spagna', 'ספרד']],
  ['FR', ['france', 'francia', 'frankreich', 'frança', 'francja', 'צרפת']],
  ['DE', ['germany', 'deutschland', 'alemania', 'allemagne', 'alemanha', 'niemcy', 'germania', 'גרמניה']],
  ['IT', ['italy', 'italia', 'italie', 'italien', 'itália', 'włochy', 'איטליה']],
  ['PT', ['portugal', 'portugalia', 'portogallo', 'פורטוגל']],
  [
    'NL',
    [
      'netherlands',
      'the netherlands',
      'nederland',
      'países bajos',
      'pays-bas',
      'niederlande',
      'holandia',
      'holanda',
      'paesi bassi',
      'הולנד',
    ],
  ],
  ['BE', ['belgium', 'belgië', 'belgique', 'bélgica', 'belgien', 'belgia', 'belgio', 'בלגיה']],
  ['AT', ['austria', 'österreich', 'autriche', 'áustria', 'אוסטריה']],
  ['IE', ['ireland', 'irlanda', 'irlande', 'irland', 'irlandia', 'אירלנד']],
  ['PL', ['poland', 'polska', 'polonia', 'pologne', 'polen', 'polônia', 'פולין']],
  ['CZ', ['czech republic', 'czechia', 'česko', 'česká republika', 'república checa', 'tschechien', 'czechy']],
  ['SE', ['sweden', 'sverige', 'suecia', 'suède', 'schweden', 'szwecja']],
  ['DK', ['denmark', 'danmark', 'dinamarca', 'danemark', 'dänemark', 'dania']],
  ['FI', ['finland', 'suomi', 'finlandia', 'finlande', 'finnland']],
  ['GR', ['greece', 'ελλάδα', 'grecia', 'grèce', 'griechenland', 'grecja']],
  ['RO', ['romania', 'românia', 'rumanía', 'roumanie', 'rumänien', 'rumunia']],
  ['HU', ['hungary', 'magyarország', 'hungría', 'hongrie', 'ungarn', 'węgry']],
  [
    'GB',
    [
      'united kingdom',
      'great britain',
      'england',
      'scotland',
      'wales',
      'reino unido',
      'royaume-uni',
      'vereinigtes königreich',
      'wielka brytania',
      'regno unito',
      'בריטניה',
    ],
  ],
  [
    'US',
    [
      'united states',
      'united states of america',
      'usa',
      'estados unidos',
      'états-unis',
      'vereinigte staaten',
      'stany zjednoczone',
      'ארצות הברית',
    ],
  ],
  ['CA', ['canada', 'canadá', 'kanada', 'קנדה']],
  ['AU', ['australia', 'australie', 'australien', 'austrália', 'אוסטרליה']],
  ['NZ', ['new zealand', 'nueva zelanda', 'nouvelle-zélande', 'neuseeland', 'nowa zelandia']],
  ['NO', ['norway', 'norge', 'noruega', 'norvège', 'norwegen', 'norwegia']],
  ['CH', ['switzerland', 'schweiz', 'suisse', 'svizzera', 'suiza', 'suíça', 'szwajcaria', 'שווייץ']],
  ['BR', ['brazil', 'brasil', 'brésil', 'brasilien', 'brazylia', 'ברזיל']],
  ['MX', ['mexico', 'méxico', 'mexique', 'mexiko', 'meksyk']],
  ['CL', ['chile', 'chili']],
  ['IL', ['israel', 'ישראל', 'izrael', 'israël', 'إسرائيل']],
  [
    'SA',
    [
      'saudi arabia',
      'kingdom of saudi arabia',
      'arabia saudí',
      'arabie saoudite',
      'saudi-arabien',
      'المملكة العربية السعودية',
      'السعودية',
    ],
  ],
  ['AE', ['united arab emirates', 'uae', 'الإمارات العربية المتحدة', 'الإمارات']],
  [
    'KR',
    [
      'south korea',
      'korea',
      'republic of korea',
      'corea del sur',
      'corée du sud',
      'südkorea',
      'korea południowa',
      '대한민국',
      '한국',
    ],
  ],
  ['JP', ['japan', 'japón', 'japon', 'japonia', '日本']],
  ['RU', ['russia', 'russian federation', 'россия', 'rusia', 'russie', 'russland', 'rosja']],
  ['UA', ['ukraine', 'україна', 'ucrania', 'ukraina']],
  ['TR', ['turkey', 'türkiye', 'turquía', 'turquie', 'türkei', 'turcja']],
];

const ENTRIES = NAMES.flatMap(([code, names]) => names.map((name) => [name, code] as const)).sort(
  (a, b) => b[0].length - a[0].length,
);
const NAME_RE = new RegExp(
  `(?<![\\p{L}])(${ENTRIES.map(([name]) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`,
  'giu',
);
const CODES = new Map<string, string>(ENTRIES);

/** The country named last in a text (an address ends with its country), or null. */
export function countryFromText(text: string): string | null {
  let code: string | null = null;
  for (const m of text.matchAll(NAME_RE)) code = CODES.get((m[1] ?? '').toLowerCase()) ?? code;
  return code;
}

/** "Shipping address" and its kin in the storefronts' languages: the address follows the label. */
const ADDRESS_LABEL =
  /shipping address|delivery address|ship to|dirección de envío|dirección de entrega|adresse de livraison|lieferadresse|versandadresse|endereço de entrega|endereço de envio|adres dostawy|כתובת למשלוח|כתובת משלוח|indirizzo di spedizione|адрес доставки|teslimat adresi|عنوان الشحن/iu;

/** A postal code as the last part of an address line: "331310000", "28001", "SW1A 1AA", "00-001". */
const POSTAL_CODE = /^(?=(?:\D*\d){2})[\p{L}\d][\p{L}\d -]{2,11}$/u;

/**
 * The country of an address line as AliExpress prints it, "City, State, Country, ZIP" ("Miami, Florida,
 * United States, 331310000"): a part that is exactly a country name, followed by a postal code that ends
 * the line. Item titles that list countries have no postal code after them.
 */
export function addressLineCountry(line: string): string | null {
  const parts = line.split(/[,，]/).map((p) => p.trim());
  if (parts.length < 3) return null;
  const postal = parts[parts.length - 1] ?? '';
  const country = parts[parts.length - 2]?.toLowerCase() ?? '';
  return POSTAL_CODE.test(postal) ? (CODES.get(country) ?? null) : null;
}

/**
 * The destination from a page's text (lines joined by newlines): the country in the ~300 characters
 * after an address label, else the country of the last "City, State, Country, ZIP" line.
 */
export function destinationFromPage(text: string): string | null {
  const label = ADDRESS_LABEL.exec(text);
  const labelled = label
    ? countryFromText(text.slice(label.index + label[0].length, label.index + label[0].length + 300))
    : null;
  if (labelled) return labelled;
  let found: string | null = null;
  for (const line of text.split('\n')) {
    if (line.length <= 200 && line.includes(',')) found = addressLineCountry(line) ?? found;
  }
  return found;
}
