#!/usr/bin/env node
// Generates data/gazetteer/countries.json from the i18n-iso-countries package (en + ar locales)
// plus a small hand-curated table of spelling variants, demonyms and metonyms that the package
// does not have. Run: node scripts/build-gazetteer-countries.mjs  (the output is committed).
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries');
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
countries.registerLocale(require('i18n-iso-countries/langs/ar.json'));

// Canonical English names where the package's shortest plain name is not the one news uses.
const NAME_OVERRIDES = {
  SY: 'Syria', PS: 'Palestine', VA: 'Vatican City', TR: 'Turkey', KR: 'South Korea', KP: 'North Korea',
  RU: 'Russia', CN: 'China', IR: 'Iran', LA: 'Laos', MD: 'Moldova', TZ: 'Tanzania', VE: 'Venezuela',
  BO: 'Bolivia', CD: 'Democratic Republic of the Congo', CG: 'Republic of the Congo', FM: 'Micronesia',
  GB: 'United Kingdom', US: 'United States', CZ: 'Czech Republic', MK: 'North Macedonia', BS: 'Bahamas',
  NL: 'Netherlands', GM: 'Gambia', TW: 'Taiwan', VN: 'Vietnam', BN: 'Brunei', CV: 'Cape Verde',
  CI: "Ivory Coast", SZ: 'Eswatini', TL: 'East Timor', AE: 'United Arab Emirates',
};

// Hand-curated extras for the countries Middle East news names most. `aliases`: other names of the
// state (both scripts); `metonyms`: capitals or governments standing for the state as an actor (dev
// README "Metonymy": a capital or the leader's office stands for the state); `demonyms`: adjectives pointing to the state (never emitted as mentions).
const EXTRAS = {
  US: {
    aliases: ['United States of America', 'U.S.', 'US', 'USA', 'U.S.A.', 'America', 'أمريكا', 'أميركا', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'الولايات المتحدة'],
    metonyms: ['Washington', 'واشنطن', 'Biden administration', 'إدارة بايدن', 'الإدارة الأمريكية', 'الإدارة الأميركية', 'Trump administration', 'إدارة ترامب', 'إدارة الرئيس بايدن', 'إدارة الرئيس ترامب', 'إدارة الرئيس الأمريكي جو بايدن', 'White House', 'البيت الأبيض', 'Obama administration', 'إدارة أوباما', 'U.S. administration', 'US administration'],
    demonyms: ['American', 'Americans', 'US-led', 'U.S.-led', 'أمريكي', 'أمريكية', 'أميركي', 'أميركية', 'الأمريكي', 'الأمريكية', 'الأميركي', 'الأميركية', 'الأمريكيين', 'الأميركيين', 'أمريكيين', 'أميركيين', 'الأمريكيون', 'الأميركيون'],
  },
  IR: {
    aliases: ['Islamic Republic of Iran', 'Islamic Republic', 'الجمهورية الإسلامية', 'الجمهورية الإسلامية الإيرانية', 'جمهورية إيران الإسلامية', 'إيران'],
    metonyms: ['Tehran', 'طهران', 'Iranian regime', 'النظام الإيراني'],
    demonyms: ['Iranian', 'Iranians', 'إيراني', 'إيرانية', 'الإيراني', 'الإيرانية', 'الإيرانيين', 'إيرانيين', 'الإيرانيون'],
  },
  IQ: { aliases: ['جمهورية العراق', 'Republic of Iraq'], demonyms: ['Iraqi', 'Iraqis', 'عراقي', 'عراقية', 'العراقي', 'العراقية', 'العراقيين', 'عراقيين', 'العراقيون'] },
  SY: { aliases: ['Syrian Arab Republic', 'سورية', 'الجمهورية العربية السورية'], metonyms: ['Syrian regime', 'Assad regime', 'Syrian government', 'النظام السوري', 'نظام الأسد', 'الحكومة السورية'], demonyms: ['Syrian', 'Syrians', 'سوري', 'سورية', 'السوري', 'السورية', 'السوريين', 'سوريين'] },
  IL: { aliases: ['State of Israel', 'دولة إسرائيل', 'اسرائيل'], metonyms: ['تل أبيب', 'Zionist regime', 'Zionist entity', 'Israeli regime', 'Israeli government', 'النظام الإسرائيلي', 'النظام الصهيوني', 'الكيان الصهيوني', 'الكيان الإسرائيلي', 'العدو الإسرائيلي', 'العدو الصهيوني', 'الاحتلال الإسرائيلي', 'الحكومة الإسرائيلية'], demonyms: ['Israeli', 'Israelis', 'إسرائيلي', 'إسرائيلية', 'الإسرائيلي', 'الإسرائيلية', 'الإسرائيليين', 'إسرائيليين'] },
  LB: { aliases: ['الجمهورية اللبنانية'], demonyms: ['Lebanese', 'لبناني', 'لبنانية', 'اللبناني', 'اللبنانية', 'اللبنانيين'] },
  JO: { aliases: ['المملكة الأردنية', 'المملكة الأردنية الهاشمية', 'Hashemite Kingdom of Jordan'], demonyms: ['Jordanian', 'أردني', 'أردنية', 'الأردني', 'الأردنية'] },
  YE: { aliases: ['الجمهورية اليمنية'], demonyms: ['Yemeni', 'Yemenis', 'يمني', 'يمنية', 'اليمني', 'اليمنية', 'اليمنيين'] },
  SA: { aliases: ['المملكة العربية السعودية', 'المملكة السعودية', 'Kingdom of Saudi Arabia', 'KSA', 'Saudi'], metonyms: ['الرياض', 'Riyadh'], demonyms: ['Saudi', 'Saudis', 'سعودي', 'سعودية', 'السعودي', 'السعودية', 'السعوديين'] },
  AE: { aliases: ['UAE', 'U.A.E.', 'Emirates', 'الإمارات', 'دولة الإمارات', 'دولة الإمارات العربية المتحدة'], demonyms: ['Emirati', 'إماراتي', 'إماراتية', 'الإماراتي', 'الإماراتية'] },
  QA: { aliases: ['دولة قطر'], metonyms: ['الدوحة', 'Doha'], demonyms: ['Qatari', 'قطري', 'قطرية', 'القطري', 'القطرية'] },
  KW: { aliases: ['دولة الكويت'], demonyms: ['Kuwaiti', 'كويتي', 'كويتية', 'الكويتي', 'الكويتية'] },
  BH: { aliases: ['مملكة البحرين', 'Kingdom of Bahrain'], demonyms: ['Bahraini', 'بحريني', 'بحرينية', 'البحريني', 'البحرينية'] },
  OM: { aliases: ['سلطنة عمان', 'Sultanate of Oman', 'عمان'], demonyms: ['Omani', 'عماني', 'عمانية', 'العماني', 'العمانية'] },
  EG: { aliases: ['جمهورية مصر العربية'], metonyms: ['القاهرة', 'Cairo'], demonyms: ['Egyptian', 'مصري', 'مصرية', 'المصري', 'المصرية', 'المصريين'] },
  TR: { aliases: ['Türkiye', 'Turkiye', 'تركيا'], metonyms: ['أنقرة', 'Ankara'], demonyms: ['Turkish', 'تركي', 'تركية', 'التركي', 'التركية'] },
  RU: { aliases: ['Russian Federation', 'روسيا الاتحادية', 'الاتحاد الروسي'], metonyms: ['Moscow', 'موسكو', 'Kremlin', 'الكرملين'], demonyms: ['Russian', 'Russians', 'روسي', 'روسية', 'الروسي', 'الروسية'] },
  CN: { aliases: ["People's Republic of China", 'جمهورية الصين الشعبية'], metonyms: ['Beijing', 'بكين'], demonyms: ['Chinese', 'صيني', 'صينية', 'الصيني', 'الصينية'] },
  GB: { aliases: ['UK', 'U.K.', 'Britain', 'Great Britain', 'بريطانيا', 'المملكة المتحدة', 'بريطانيا العظمى'], metonyms: ['London', 'لندن', 'Downing Street', 'داونينغ ستريت'], demonyms: ['British', 'بريطاني', 'بريطانية', 'البريطاني', 'البريطانية'] },
  FR: { aliases: ['فرنسا'], metonyms: ['Paris', 'باريس', 'Élysée', 'Elysee', 'الإليزيه'], demonyms: ['French', 'فرنسي', 'فرنسية', 'الفرنسي', 'الفرنسية'] },
  DE: { aliases: ['ألمانيا'], metonyms: ['Berlin', 'برلين'], demonyms: ['German', 'ألماني', 'ألمانية', 'الألماني', 'الألمانية'] },
  IT: { aliases: ['إيطاليا'], demonyms: ['Italian', 'إيطالي', 'إيطالية', 'الإيطالي', 'الإيطالية'] },
  ES: { aliases: ['إسبانيا', 'اسبانيا'], demonyms: ['Spanish', 'إسباني', 'الإسباني', 'الإسبانية'] },
  NL: { aliases: ['The Netherlands', 'Holland', 'هولندا'], demonyms: ['Dutch', 'هولندي', 'الهولندي', 'الهولندية'] },
  NO: { aliases: ['النرويج'], demonyms: ['Norwegian', 'نرويجي', 'النرويجي', 'النرويجية'] },
  CA: { aliases: ['كندا'], demonyms: ['Canadian', 'كندي', 'الكندي', 'الكندية'] },
  JP: { aliases: ['اليابان'], demonyms: ['Japanese', 'ياباني', 'الياباني', 'اليابانية'] },
  PS: { aliases: ['State of Palestine', 'دولة فلسطين', 'Palestinian territories', 'الأراضي الفلسطينية'], demonyms: ['Palestinian', 'Palestinians', 'فلسطيني', 'فلسطينية', 'الفلسطيني', 'الفلسطينية', 'الفلسطينيين'] },
  SD: { aliases: ['جمهورية السودان'], demonyms: ['Sudanese'] },
  LY: { aliases: ['ليبيا'], demonyms: ['Libyan', 'ليبي', 'الليبي', 'الليبية'] },
  AF: { aliases: ['أفغانستان'], demonyms: ['Afghan', 'أفغاني', 'الأفغاني', 'الأفغانية'] },
  PK: { aliases: ['باكستان'], demonyms: ['Pakistani', 'باكستاني', 'الباكستاني', 'الباكستانية'] },
  UA: { aliases: ['أوكرانيا', 'أكرانيا'], metonyms: ['Kyiv', 'كييف'], demonyms: ['Ukrainian', 'أوكراني', 'الأوكراني', 'الأوكرانية'] },
  IN: { aliases: ['الهند'], demonyms: ['Indian', 'هندي', 'الهندي', 'الهندية'] },
  KP: { aliases: ['كوريا الشمالية', 'DPRK'], metonyms: ['Pyongyang', 'بيونغ يانغ'], demonyms: ['North Korean'] },
  KR: { aliases: ['كوريا الجنوبية'], demonyms: ['South Korean'] },
  DZ: { aliases: ['الجزائر'], demonyms: ['Algerian', 'جزائري', 'الجزائري', 'الجزائرية'] },
  MA: { aliases: ['المغرب', 'المملكة المغربية'], demonyms: ['Moroccan', 'مغربي', 'المغربي', 'المغربية'] },
  TN: { aliases: ['تونس'], demonyms: ['Tunisian', 'تونسي', 'التونسي', 'التونسية'] },
  SO: { aliases: ['الصومال'], demonyms: ['Somali', 'صومالي', 'الصومالي', 'الصومالية'] },
  DJ: { aliases: ['جيبوتي'], demonyms: ['Djiboutian'] },
  ER: { aliases: ['إريتريا', 'اريتريا'], demonyms: ['Eritrean'] },
  AZ: { aliases: ['أذربيجان'], demonyms: ['Azerbaijani'] },
  AM: { aliases: ['أرمينيا'], demonyms: ['Armenian'] },
  GR: { aliases: ['اليونان'], demonyms: ['Greek', 'يوناني', 'اليوناني', 'اليونانية'] },
  CY: { aliases: ['قبرص'], demonyms: ['Cypriot'] },
  BS: { aliases: ['Bahamas', 'The Bahamas', 'جزر البهاما', 'البهاما', 'باهاماس'] },
  SC: { aliases: ['Seychelles', 'سيشل', 'سيشيل'] },
  AU: { aliases: ['أستراليا', 'استراليا'], demonyms: ['Australian', 'أسترالي', 'الأسترالي', 'الأسترالية'] },
  DK: { aliases: ['الدنمارك'], demonyms: ['Danish'] },
};

const SOURCES = 'ISO 3166-1 alpha-2 codes and en/ar names from the npm package i18n-iso-countries; '
  + 'aliases, metonyms and demonyms curated by hand in scripts/build-gazetteer-countries.mjs.';

// Arabic or English country names that are also common words in running text ("مالي" = financial).
const AMBIGUOUS = new Set(['مالي', 'بنين', 'Jersey', 'Guernsey', 'Chad', 'Georgia', 'Jordan']);
const AMBIGUOUS_KEEP = { ML: ['جمهورية مالي'], JO: ['Jordan'], TD: ['Chad'], GE: ['Georgia'] };

const plain = (n) => !/[,(]/.test(n) && !/^[A-Z.]+$/.test(n);
const entries = [];
const SKIP = new Set(['JE', 'GG']); // names that are mostly something else in news (New Jersey)
for (const code of Object.keys(countries.getAlpha2Codes()).sort()) {
  if (SKIP.has(code)) continue;
  const en = countries.getName(code, 'en', { select: 'all' }) ?? [];
  const ar = countries.getName(code, 'ar', { select: 'all' }) ?? [];
  const extra = EXTRAS[code] ?? {};
  const candidates = en.filter(plain).sort((a, b) => a.length - b.length);
  const name = NAME_OVERRIDES[code] ?? candidates[0] ?? en[0];
  const all = [...en, ...ar, ...(extra.aliases ?? []), ...(AMBIGUOUS_KEEP[code] ?? [])];
  // Ambiguous names stay only where they are the state's only usable name (Jordan, Chad, Georgia) and
  // are then matched capitalized only (English matching is case-sensitive on the first letter).
  const aliases = [...new Set(all.filter((a) => a !== name && !/[,(]/.test(a) && (!AMBIGUOUS.has(a) || (AMBIGUOUS_KEEP[code] ?? []).includes(a))))];
  const arName = ar[0] && !AMBIGUOUS.has(ar[0]) ? ar[0] : (aliases.find((a) => /[\u0600-\u06ff]/.test(a)) ?? null);
  const entry = { id: `country:${code}`, type: 'COUNTRY', en: name, ar: arName, aliases };
  if (extra.metonyms?.length) entry.metonyms = extra.metonyms;
  if (extra.demonyms?.length) entry.demonyms = extra.demonyms;
  entries.push(entry);
}

const out = { version: '2026-11-26.2', sources: SOURCES, entries };
const target = fileURLToPath(new URL('../data/gazetteer/countries.json', import.meta.url));
writeFileSync(target, JSON.stringify(out, null, 1) + '\n');
console.log(`wrote ${entries.length} countries to ${target}`);
