/**
 * Curated lists that locale data lacks. Intl gives country names in every language;
 * it does not know that a capital, a palace or a demonym stands for a government, nor
 * the names of news agencies. Keep entries general: any story about these places
 * needs them, none is here for one article.
 */

/** Capitals and seats of government used as metonymy, per ISO country code: English, then Romanian forms. */
export const CAPITALS: Record<string, readonly string[]> = {
  US: ['Washington', 'White House', 'Casa Albă', 'Casei Albe', 'Pentagon', 'State Department', 'Departamentul de Stat'],
  RU: ['Moscow', 'Moscova', 'Kremlin'],
  KR: ['Seoul', 'Seul', 'Blue House'],
  KP: ['Pyongyang', 'Phenian'],
  CN: ['Beijing', 'Peking', 'Pekin'],
  UA: ['Kyiv', 'Kiev'],
  GB: ['London', 'Londra', 'Downing Street'],
  FR: ['Paris', 'Élysée', 'Elysee'],
  DE: ['Berlin'],
  PL: ['Warsaw', 'Varșovia'],
  RO: ['Bucharest', 'București', 'Palatul Cotroceni', 'Cotroceni', 'Palatul Victoria'],
  MD: ['Chișinău', 'Chisinau'],
  JP: ['Tokyo', 'Tokio'],
  IR: ['Tehran', 'Teheran'],
  IL: ['Jerusalem', 'Ierusalim'],
  TR: ['Ankara'],
  IN: ['New Delhi', 'Delhi'],
  HU: ['Budapest', 'Budapesta'],
  BY: ['Minsk'],
  IT: ['Rome', 'Roma'],
  ES: ['Madrid'],
  BE: ['Brussels', 'Bruxelles'],
  RS: ['Belgrade', 'Belgrad'],
  BG: ['Sofia'],
  GR: ['Athens', 'Atena'],
  CZ: ['Prague', 'Praga'],
  SK: ['Bratislava'],
  AT: ['Vienna', 'Viena'],
  CH: ['Bern', 'Berna'],
  NL: ['The Hague', 'Haga'],
  PT: ['Lisbon', 'Lisabona'],
  DK: ['Copenhagen', 'Copenhaga'],
  SE: ['Stockholm'],
  NO: ['Oslo'],
  FI: ['Helsinki'],
  IE: ['Dublin'],
  LT: ['Vilnius'],
  LV: ['Riga'],
  EE: ['Tallinn'],
  HR: ['Zagreb'],
  SI: ['Ljubljana'],
  GE: ['Tbilisi'],
  AM: ['Yerevan', 'Erevan'],
  AZ: ['Baku'],
  KZ: ['Astana'],
  SY: ['Damascus', 'Damasc'],
  IQ: ['Baghdad', 'Bagdad'],
  LB: ['Beirut'],
  EG: ['Cairo'],
  SA: ['Riyadh', 'Riad'],
  AE: ['Abu Dhabi'],
  QA: ['Doha'],
  AF: ['Kabul'],
  PK: ['Islamabad'],
  VN: ['Hanoi'],
  TH: ['Bangkok'],
  ID: ['Jakarta'],
  PH: ['Manila'],
  AU: ['Canberra'],
  CA: ['Ottawa'],
  MX: ['Mexico City'],
  BR: ['Brasília', 'Brasilia'],
  AR: ['Buenos Aires'],
  VE: ['Caracas'],
  CU: ['Havana', 'Havana'],
  ZA: ['Pretoria'],
  KE: ['Nairobi'],
  ET: ['Addis Ababa', 'Addis Abeba'],
  NG: ['Abuja'],
  TW: ['Taipei'],
};

/** Adjectives and demonyms that name a country's government ("Russian officials", "oficiali ruși"). */
export const DEMONYMS: Record<string, readonly string[]> = {
  US: ['American', 'U.S.', 'US', 'SUA', 'american', 'americană', 'americane', 'americani'],
  RU: ['Russian', 'rus', 'rusă', 'ruse', 'ruși', 'rusesc'],
  KR: ['South Korean', 'sud-coreean', 'sud-coreeană', 'sud-coreene', 'sud-coreeni'],
  KP: ['North Korean', 'nord-coreean', 'nord-coreeană', 'nord-coreene', 'nord-coreeni'],
  CN: ['Chinese', 'chinez', 'chineză', 'chineze', 'chinezi'],
  UA: ['Ukrainian', 'ucrainean', 'ucraineană', 'ucrainene', 'ucraineni'],
  GB: ['British', 'UK', 'U.K.', 'britanic', 'britanică', 'britanice'],
  FR: ['French', 'francez', 'franceză', 'franceze'],
  DE: ['German', 'german', 'germană', 'germane'],
  RO: ['Romanian', 'român', 'română', 'române', 'românesc'],
  JP: ['Japanese', 'japonez', 'japoneză', 'japoneze'],
  IR: ['Iranian', 'iranian', 'iraniană', 'iraniene'],
  IL: ['Israeli', 'israelian', 'israeliană', 'israeliene'],
};

/** Extra names of countries that Intl does not give (short forms, old names). */
export const COUNTRY_ALIASES: Record<string, readonly string[]> = {
  US: ['United States', 'the United States', 'U.S.', 'USA', 'SUA', 'Statele Unite', 'Statele Unite ale Americii', 'America'],
  GB: ['Britain', 'Great Britain', 'UK', 'U.K.', 'Marea Britanie'],
  KR: ['South Korea', 'Republic of Korea', 'Coreea de Sud', 'Republica Coreea'],
  KP: ['North Korea', 'DPRK', 'Coreea de Nord', 'Nordul'],
  RU: ['Russia', 'Russian Federation', 'Rusia', 'Federația Rusă'],
  CZ: ['Czech Republic', 'Cehia'],
  NL: ['Holland', 'Olanda', 'Țările de Jos'],
};

export interface OrgEntry {
  id: string;
  name: string;
  kind: 'organization' | 'media' | 'government';
  forms: readonly string[];
  /** The country whose government it speaks for, when it does. */
  country?: string;
}

/** News agencies, international organisations and state bodies that speak as sources. */
export const ORGANIZATIONS: readonly OrgEntry[] = [
  {
    id: 'org:kcna',
    name: 'KCNA',
    kind: 'media',
    forms: ['KCNA', 'Korean Central News Agency', 'Agenția Centrală de Presă Coreeană'],
    country: 'KP',
  },
  { id: 'org:yonhap', name: 'Yonhap', kind: 'media', forms: ['Yonhap'] },
  { id: 'org:reuters', name: 'Reuters', kind: 'media', forms: ['Reuters'] },
  { id: 'org:ap', name: 'Associated Press', kind: 'media', forms: ['Associated Press', 'AP'] },
  { id: 'org:afp', name: 'AFP', kind: 'media', forms: ['AFP', 'Agence France-Presse', 'France Presse'] },
  { id: 'org:tass', name: 'TASS', kind: 'media', forms: ['TASS'], country: 'RU' },
  { id: 'org:ria-novosti', name: 'RIA Novosti', kind: 'media', forms: ['RIA Novosti'], country: 'RU' },
  { id: 'org:agerpres', name: 'Agerpres', kind: 'media', forms: ['Agerpres', 'AGERPRES'] },
  { id: 'org:rador', name: 'Rador', kind: 'media', forms: ['Rador', 'RADOR'] },
  { id: 'org:nato', name: 'NATO', kind: 'organization', forms: ['NATO', 'Alianța Nord-Atlantică', 'North Atlantic Treaty Organization'] },
  {
    id: 'org:un',
    name: 'United Nations',
    kind: 'organization',
    forms: [
      'United Nations',
      'U.N.',
      'UN',
      'ONU',
      'Națiunile Unite',
      'Națiunilor Unite',
      'Organizația Națiunilor Unite',
      'Organizației Națiunilor Unite',
    ],
  },
  {
    id: 'org:eu',
    name: 'European Union',
    kind: 'organization',
    forms: [
      'European Union',
      'EU',
      'UE',
      'Uniunea Europeană',
      'European Commission',
      'Comisia Europeană',
      'Comisiei Europene',
      'Uniunii Europene',
    ],
  },
  { id: 'org:iaea', name: 'IAEA', kind: 'organization', forms: ['IAEA', 'AIEA', 'International Atomic Energy Agency'] },
  {
    id: 'org:imf',
    name: 'International Monetary Fund',
    kind: 'organization',
    forms: ['IMF', 'FMI', 'International Monetary Fund', 'Fondul Monetar Internațional'],
  },
  { id: 'org:world-bank', name: 'World Bank', kind: 'organization', forms: ['World Bank', 'Banca Mondială', 'Băncii Mondiale'] },
  {
    id: 'org:ecb',
    name: 'European Central Bank',
    kind: 'organization',
    forms: ['ECB', 'BCE', 'European Central Bank', 'Banca Centrală Europeană', 'Băncii Centrale Europene'],
  },
  { id: 'org:oecd', name: 'OECD', kind: 'organization', forms: ['OECD', 'OCDE'] },
  {
    id: 'org:who',
    name: 'World Health Organization',
    kind: 'organization',
    forms: ['WHO', 'OMS', 'World Health Organization', 'Organizația Mondială a Sănătății'],
  },
  { id: 'org:eurostat', name: 'Eurostat', kind: 'organization', forms: ['Eurostat'] },
  {
    id: 'org:bnr',
    name: 'National Bank of Romania',
    kind: 'organization',
    forms: ['BNR', 'Banca Națională a României', 'National Bank of Romania'],
    country: 'RO',
  },
  {
    id: 'org:ins-ro',
    name: 'National Institute of Statistics (Romania)',
    kind: 'organization',
    forms: ['INS', 'Institutul Național de Statistică', 'National Statistics Institute', 'National Institute of Statistics'],
    country: 'RO',
  },
];

/** Role nouns that make a following or preceding name a person who speaks for an office. */
export const ROLE_WORDS = {
  en: [
    'president',
    'prime minister',
    'minister',
    'spokesman',
    'spokeswoman',
    'spokesperson',
    'secretary',
    'director',
    'chief',
    'leader',
    'ambassador',
    'general',
    'official',
    'officials',
    'adviser',
    'advisor',
    'chancellor',
    'senator',
    'governor',
    'mayor',
    'head',
    'commander',
    'commissioner',
    'envoy',
    'prosecutor',
    'chairman',
    'chairwoman',
  ],
  ro: [
    'președintele',
    'premierul',
    'ministrul',
    'purtătorul de cuvânt',
    'purtătoarea de cuvânt',
    'secretarul',
    'directorul',
    'șeful',
    'liderul',
    'ambasadorul',
    'generalul',
    'oficialul',
    'oficialii',
    'consilierul',
    'cancelarul',
    'senatorul',
    'guvernatorul',
    'primarul',
    'comandantul',
    'comisarul',
    'emisarul',
    'procurorul',
  ],
} as const;

/**
 * More demonyms, as [country, English adjective, Romanian masculine adjective]; the
 * Romanian feminine and plural forms are derived (croat, croată, croați, croate).
 */
export const MORE_DEMONYMS: readonly (readonly [string, string, string])[] = [
  ['HR', 'Croatian', 'croat'],
  ['RS', 'Serbian', 'sârb'],
  ['HU', 'Hungarian', 'maghiar'],
  ['PL', 'Polish', 'polonez'],
  ['BG', 'Bulgarian', 'bulgar'],
  ['MD', 'Moldovan', 'moldovean'],
  ['TR', 'Turkish', 'turc'],
  ['GR', 'Greek', 'grec'],
  ['IT', 'Italian', 'italian'],
  ['ES', 'Spanish', 'spaniol'],
  ['NL', 'Dutch', 'olandez'],
  ['BE', 'Belgian', 'belgian'],
  ['AT', 'Austrian', 'austriac'],
  ['CZ', 'Czech', 'ceh'],
  ['SK', 'Slovak', 'slovac'],
  ['SE', 'Swedish', 'suedez'],
  ['FI', 'Finnish', 'finlandez'],
  ['NO', 'Norwegian', 'norvegian'],
  ['DK', 'Danish', 'danez'],
  ['EE', 'Estonian', 'estonian'],
  ['LV', 'Latvian', 'leton'],
  ['LT', 'Lithuanian', 'lituanian'],
  ['GE', 'Georgian', 'georgian'],
  ['AM', 'Armenian', 'armean'],
  ['AZ', 'Azerbaijani', 'azer'],
  ['BY', 'Belarusian', 'belarus'],
  ['KZ', 'Kazakh', 'kazah'],
  ['IN', 'Indian', 'indian'],
  ['PK', 'Pakistani', 'pakistanez'],
  ['SY', 'Syrian', 'sirian'],
  ['IQ', 'Iraqi', 'irakian'],
  ['SA', 'Saudi', 'saudit'],
  ['EG', 'Egyptian', 'egiptean'],
  ['CA', 'Canadian', 'canadian'],
  ['MX', 'Mexican', 'mexican'],
  ['BR', 'Brazilian', 'brazilian'],
  ['AU', 'Australian', 'australian'],
  ['TW', 'Taiwanese', 'taiwanez'],
  ['VN', 'Vietnamese', 'vietnamez'],
  ['PT', 'Portuguese', 'portughez'],
  ['IE', 'Irish', 'irlandez'],
  ['CH', 'Swiss', 'elvețian'],
  ['SI', 'Slovenian', 'sloven'],
  ['AF', 'Afghan', 'afgan'],
  ['LB', 'Lebanese', 'libanez'],
  ['JO', 'Jordanian', 'iordanian'],
  ['QA', 'Qatari', 'qatarez'],
  ['NG', 'Nigerian', 'nigerian'],
];

/** The Romanian forms of an adjective: masculine and feminine, singular and plural. */
export function romanianAdjectiveForms(base: string): string[] {
  const plural = base.endsWith('t')
    ? `${base.slice(0, -1)}ți`
    : base.endsWith('s')
      ? `${base.slice(0, -1)}și`
      : base.endsWith('ean')
        ? `${base.slice(0, -3)}eni`
        : base.endsWith('an')
          ? `${base.slice(0, -2)}eni`
          : `${base}i`;
  const feminine = base.endsWith('ean') ? `${base.slice(0, -3)}eană` : `${base}ă`;
  const femininePlural = base.endsWith('ean') ? `${base.slice(0, -3)}ene` : `${base}e`;
  return [base, feminine, plural, femininePlural];
}
