/**
 * Shared lexical data and regex builders for the relation and statement rules.
 * Everything is data: word lists are compiled once, at module load, into regexes that
 * match the ORIGINAL text (Arabic spelling variants and diacritics are tolerated by the
 * pattern itself, so match offsets are offsets into the input).
 */

const MARKS = '[\\u064B-\\u065F\\u0670\\u0640]*';
const VARIANTS: Record<string, string> = {
  'ا': '[اأإآ]',
  'أ': '[اأإآ]',
  'إ': '[اأإآ]',
  'آ': '[اأإآ]',
  'ي': '[يىیئ]',
  'ى': '[يىی]',
  'ی': '[يىی]',
  'ة': '[ةه]',
  'ه': '[هة]',
  'ك': '[كک]',
  'ک': '[كک]',
  'ؤ': '[ؤو]',
  'ئ': '[ئي]',
};
const isArabicLetter = (c: string): boolean => /[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]/.test(c);
const escape = (c: string): string => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Regex source for one lexicon entry: Arabic letters tolerate variants and diacritics, spaces any whitespace. */
export function pat(entry: string): string {
  let out = '';
  for (const c of entry) {
    if (c === ' ') out += '\\s+';
    else if (isArabicLetter(c)) out += (VARIANTS[c] ?? c) + MARKS;
    else out += escape(c);
  }
  return out;
}

/** Regex tokens of one lexicon entry (one per character), as `pat` writes them. */
function patTokens(entry: string): string[] {
  const out: string[] = [];
  for (const c of entry) {
    if (c === ' ') out.push('\\s+');
    else if (isArabicLetter(c)) out.push((VARIANTS[c] ?? c) + MARKS);
    else out.push(escape(c));
  }
  return out;
}

interface Trie {
  end: boolean;
  next: Map<string, Trie>;
}

function trieSource(node: Trie): string {
  const branches = [...node.next].map(([tok, child]) => tok + trieSource(child));
  if (!branches.length) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  // a word that is also a prefix of longer ones: the longer forms are tried first (greedy optional)
  return node.end ? (branches.length === 1 ? `(?:${body})?` : `${body}?`) : body;
}

/**
 * Alternation of entries where the longest form wins, written as a prefix trie so the regex engine
 * rejects most positions on the first character. Entries starting with `re:` are raw regex.
 */
export function alt(entries: readonly string[]): string {
  const raw = entries.filter((e) => e.startsWith('re:')).map((e) => e.slice(3));
  const root: Trie = { end: false, next: new Map() };
  for (const e of entries) {
    if (e.startsWith('re:') || !e) continue;
    let node = root;
    for (const tok of patTokens(e)) {
      let child = node.next.get(tok);
      if (!child) node.next.set(tok, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const trie = trieSource(root);
  return [...raw, ...(trie ? [trie] : [])].join('|');
}

/** Word boundaries that work for Arabic and Latin script. */
export const B = '(?<![\\p{L}\\p{M}\\p{N}])';
export const E = '(?![\\p{L}\\p{N}])';
/** Optional Arabic conjunction/preposition proclitics glued to the next word. */
export const CLITICS = '(?:و|ف)?(?:ب|ل|ك)?';
/** Optional attached object/possessive pronoun. */
export const SUFFIX = '(?:ه|ها|هم|هما|ته|تها|تهم|نا|كم)?';

/** A whole-word regex over the entries (flags giu). `pre`/`post` are extra raw regex sources. */
export function wordRe(entries: readonly string[], pre = '', post = ''): RegExp {
  return new RegExp(`${B}${pre}(?:${alt(entries)})${post}${E}`, 'giu');
}

/* ───────────── countries and demonyms ───────────── */

export interface CountryLex {
  /** Canonical English name, as entities name it. */
  name: string;
  /** Other names an entity of that country may carry (matched on normalized keys). */
  names: string[];
  /** Arabic nisba stem (masculine singular, without ال). */
  ar: string[];
  /** English adjectives / prefixes. */
  en: string[];
}

export const COUNTRIES: CountryLex[] = [
  { name: 'United States', names: ['U.S.', 'US', 'USA', 'America', 'الولايات المتحدة', 'الولايات المتحدة الأمريكية', 'أمريكا', 'واشنطن', 'Washington'], ar: ['أمريكي', 'أميركي'], en: ['American', 'U.S.', 'US'] },
  { name: 'Iran', names: ['إيران', 'طهران', 'Tehran'], ar: ['إيراني'], en: ['Iranian', 'Iran-'] },
  { name: 'Iraq', names: ['العراق', 'Baghdad'], ar: ['عراقي'], en: ['Iraqi'] },
  { name: 'Syria', names: ['سوريا', 'سورية', 'دمشق'], ar: ['سوري'], en: ['Syrian'] },
  { name: 'Yemen', names: ['اليمن'], ar: ['يمني'], en: ['Yemeni'] },
  { name: 'Israel', names: ['إسرائيل', 'تل أبيب'], ar: ['إسرائيلي'], en: ['Israeli'] },
  { name: 'Lebanon', names: ['لبنان'], ar: ['لبناني'], en: ['Lebanese'] },
  { name: 'Jordan', names: ['الأردن'], ar: ['أردني'], en: ['Jordanian'] },
  { name: 'Saudi Arabia', names: ['السعودية', 'المملكة العربية السعودية'], ar: ['سعودي'], en: ['Saudi'] },
  { name: 'Russia', names: ['روسيا', 'موسكو', 'Moscow'], ar: ['روسي'], en: ['Russian'] },
  { name: 'China', names: ['الصين', 'بكين', 'Beijing'], ar: ['صيني'], en: ['Chinese'] },
  { name: 'United Kingdom', names: ['Britain', 'UK', 'U.K.', 'بريطانيا', 'المملكة المتحدة', 'لندن', 'London'], ar: ['بريطاني'], en: ['British', 'UK', 'U.K.'] },
  { name: 'France', names: ['فرنسا', 'باريس', 'Paris'], ar: ['فرنسي'], en: ['French'] },
  { name: 'Germany', names: ['ألمانيا', 'برلين', 'Berlin'], ar: ['ألماني'], en: ['German'] },
  { name: 'Turkey', names: ['Türkiye', 'تركيا', 'أنقرة', 'Ankara'], ar: ['تركي'], en: ['Turkish'] },
  { name: 'Egypt', names: ['مصر', 'القاهرة', 'Cairo'], ar: ['مصري'], en: ['Egyptian'] },
  { name: 'Qatar', names: ['قطر', 'الدوحة', 'Doha'], ar: ['قطري'], en: ['Qatari'] },
  { name: 'United Arab Emirates', names: ['UAE', 'الإمارات', 'أبوظبي'], ar: ['إماراتي'], en: ['Emirati'] },
  { name: 'Bahrain', names: ['البحرين', 'المنامة', 'Manama'], ar: ['بحريني'], en: ['Bahraini'] },
  { name: 'Kuwait', names: ['الكويت'], ar: ['كويتي'], en: ['Kuwaiti'] },
  { name: 'Oman', names: ['عمان', 'سلطنة عمان'], ar: ['عماني'], en: ['Omani'] },
  { name: 'Ukraine', names: ['أوكرانيا', 'كييف', 'Kyiv'], ar: ['أوكراني'], en: ['Ukrainian'] },
  { name: 'Japan', names: ['اليابان', 'طوكيو', 'Tokyo'], ar: ['ياباني'], en: ['Japanese'] },
  { name: 'Pakistan', names: ['باكستان'], ar: ['باكستاني'], en: ['Pakistani'] },
  { name: 'Afghanistan', names: ['أفغانستان'], ar: ['أفغاني'], en: ['Afghan'] },
  { name: 'Somalia', names: ['الصومال'], ar: ['صومالي'], en: ['Somali'] },
  { name: 'Sudan', names: ['السودان'], ar: ['سوداني'], en: ['Sudanese'] },
  { name: 'Libya', names: ['ليبيا'], ar: ['ليبي'], en: ['Libyan'] },
  { name: 'Palestine', names: ['فلسطين'], ar: ['فلسطيني'], en: ['Palestinian'] },
  // navies and missions of the Red Sea, the Gulf and the Mediterranean; North Africa and the Caucasus
  { name: 'Italy', names: ['إيطاليا', 'روما', 'Rome'], ar: ['إيطالي'], en: ['Italian'] },
  { name: 'Greece', names: ['اليونان', 'أثينا', 'Athens'], ar: ['يوناني'], en: ['Greek'] },
  { name: 'Spain', names: ['إسبانيا', 'مدريد', 'Madrid'], ar: ['إسباني'], en: ['Spanish'] },
  { name: 'Netherlands', names: ['هولندا', 'Holland'], ar: ['هولندي'], en: ['Dutch'] },
  { name: 'Norway', names: ['النرويج'], ar: ['نرويجي'], en: ['Norwegian'] },
  { name: 'Denmark', names: ['الدنمارك'], ar: ['دنماركي'], en: ['Danish'] },
  { name: 'India', names: ['الهند', 'نيودلهي', 'New Delhi'], ar: ['هندي'], en: ['Indian'] },
  { name: 'Canada', names: ['كندا', 'أوتاوا', 'Ottawa'], ar: ['كندي'], en: ['Canadian'] },
  { name: 'Australia', names: ['أستراليا', 'كانبرا', 'Canberra'], ar: ['أسترالي'], en: ['Australian'] },
  { name: 'Cyprus', names: ['قبرص', 'نيقوسيا', 'Nicosia'], ar: ['قبرصي'], en: ['Cypriot'] },
  { name: 'Djibouti', names: ['جيبوتي'], ar: [], en: ['Djiboutian'] },
  { name: 'Eritrea', names: ['إريتريا'], ar: ['إريتري'], en: ['Eritrean'] },
  { name: 'Algeria', names: ['الجزائر'], ar: ['جزائري'], en: ['Algerian'] },
  { name: 'Morocco', names: ['المغرب', 'الرباط', 'Rabat'], ar: ['مغربي'], en: ['Moroccan'] },
  { name: 'Tunisia', names: ['تونس'], ar: ['تونسي'], en: ['Tunisian'] },
  { name: 'Armenia', names: ['أرمينيا', 'يريفان', 'Yerevan'], ar: ['أرميني'], en: ['Armenian'] },
  { name: 'Azerbaijan', names: ['أذربيجان', 'باكو', 'Baku'], ar: ['أذربيجاني'], en: ['Azerbaijani'] },
];

/** Arabic nisba forms: (ال)? + stem + (ة|ين|ون|ان|تان|تين)? */
const AR_NISBA_SUFFIX = '(?:ة|ه|ين|ون|ان|تان|تين)?';

/** Folds Arabic spelling variants for demonym lookup (hamza seats, alef maqsura, ta marbuta, Persian letters, marks). */
const foldAr = (w: string): string =>
  w
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[ىی]/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ک/g, 'ك');

/** Every demonym form (folded Arabic nisba forms with ال and gender/number suffixes; English adjectives) → country. */
const DEMONYMS = new Map<string, string>();
for (const c of COUNTRIES) {
  for (const stem of c.ar) for (const pre of ['', 'ال']) for (const suf of ['', 'ه', 'ين', 'ون', 'ان', 'تان', 'تين', 'ا']) DEMONYMS.set(foldAr(pre + stem + suf), c.name);
  // English adjectives; "Iran-" style prefixes match "Iran-backed" only through BACKS rules.
  for (const e of c.en.filter((s) => !s.endsWith('-'))) {
    DEMONYMS.set(e, c.name);
    if (!/^[A-Z.]+$/.test(e)) DEMONYMS.set(e + 's', c.name);
  }
}
void AR_NISBA_SUFFIX;

/** The country a single word designates as a demonym/nisba adjective (الأمريكية, Iranian, U.S.), or null. */
const NISBA_END = /[يیى][\u064B-\u065F\u0670\u0640]*(?:[ةه]|ين|ون|ان|تان|تين|ا)?[\u064B-\u065F\u0670\u0640]*$/;
const foldedDemonyms = new Map<string, string | null>();
export function demonymCountry(word: string): string | null {
  const hit = DEMONYMS.get(word);
  if (hit) return hit;
  // only Arabic nisba-shaped words need folding (most words are not); words repeat, so the answer is kept
  if (!NISBA_END.test(word)) return null;
  let c = foldedDemonyms.get(word);
  if (c === undefined) {
    c = DEMONYMS.get(foldAr(word)) ?? null;
    if (foldedDemonyms.size > 50_000) foldedDemonyms.clear();
    foldedDemonyms.set(word, c);
  }
  return c;
}

/** Words (with offsets relative to `text`) — letters, marks, digits, dots inside abbreviations, hyphens. */
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}\u0640\u200c]+(?:[-'’][\p{L}\p{M}]+)*/gu;
export interface Word {
  start: number;
  end: number;
  text: string;
}
export function words(text: string, base = 0): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push({ start: base + m.index, end: base + m.index + m[0].length, text: m[0] });
  return out;
}

/** Words that can be demonyms: Arabic words ending like a nisba, capitalized or dotted Latin words. */
const DEMONYM_CANDIDATE = /[\u0621-\u065f\u0670\u0640\u06cc]+[\u064a\u06cc\u0649][\u064b-\u065f]*(?:[\u0629\u0647]|\u064a\u0646|\u0648\u0646|\u0627\u0646|\u062a\u0627\u0646|\u062a\u064a\u0646|\u0627)?[\u064b-\u065f]*(?![\u0621-\u064a])|(?:[A-Z]\.){2,}|\b[A-Z][A-Za-z]+(?:[-'’][A-Za-z]+)*/g;

/** Demonym words in `text` (offsets relative to `base`) with their country. Hyphenated "Iranian-backed" yields Iranian. */
type DemonymHit = { start: number; end: number; country: string; word: string };
/** Short texts (names, title zones) are asked about again and again: their answers are kept (offsets from 0). */
const demonymMemo = new Map<string, DemonymHit[]>();
export function demonymsIn(text: string, base = 0): DemonymHit[] {
  if (text.length > 160) return scanDemonyms(text, base);
  let hits = demonymMemo.get(text);
  if (!hits) {
    hits = scanDemonyms(text, 0);
    if (demonymMemo.size > 20_000) demonymMemo.clear();
    demonymMemo.set(text, hits);
  }
  // callers only read the hits: the remembered ones are handed out as they are
  return base === 0 ? hits : hits.map((h) => ({ ...h, start: h.start + base, end: h.end + base }));
}

function scanDemonyms(text: string, base: number): DemonymHit[] {
  const out: DemonymHit[] = [];
  DEMONYM_CANDIDATE.lastIndex = 0;
  const cands: Word[] = [];
  for (let m = DEMONYM_CANDIDATE.exec(text); m; m = DEMONYM_CANDIDATE.exec(text)) {
    // an Arabic candidate must start at a word boundary
    if (m.index > 0 && /[\u0621-\u064a]/.test(text[m.index - 1]!)) continue;
    cands.push({ start: base + m.index, end: base + m.index + m[0].length, text: m[0] });
  }
  for (const w of cands) {
    const head = w.text.split(/[-'’]/)[0]!;
    const c = demonymCountry(head) ?? demonymCountry(w.text);
    if (c) out.push({ start: w.start, end: w.start + head.length, country: c, word: head });
  }
  return out;
}

/* ───────────── argument type sets ───────────── */

export const ACTORS = ['ARMED_GROUP', 'COUNTRY', 'ORGANIZATION'] as const;
export const AGENTS = ['PERSON', 'ARMED_GROUP', 'COUNTRY', 'ORGANIZATION'] as const;
export const SPEAKER_TYPES = ['PERSON', 'ARMED_GROUP', 'COUNTRY', 'ORGANIZATION', 'FACILITY'] as const;
export const PLACES = ['LOCATION', 'COUNTRY', 'FACILITY'] as const;

/** Organisations that are media, companies or pollsters: never AFFILIATED_WITH a country by nationality. */
export const NON_STATE_ORG = new RegExp(
  `${B}(?:${alt([
    'صحيفة', 'جريدة', 'شبكة', 'قناة', 'وكالة أنباء', 'وكالة', 'موقع', 'شركة', 'مجموعة', 'مجلة', 'إذاعة', 'تلفزيون', 'استطلاع',
    'Journal', 'Times', 'Post', 'News', 'NewsHour', 'Agency', 'Press', 'Reuters', 'Line', 'Lines', 'Co', 'Company', 'Inc', 'Corp',
    'Corporation', 'Group', 'Airlines', 'Airways', 'Shipping', 'Maersk', 'Poll', 'Television', 'TV', 'Radio', 'Network', 'Magazine',
    'Bank', 'Ltd', 'LLC', 'Holdings', 'Energy', 'Oil',
  ])})${E}`,
  'iu',
);

/* ───────────── water ───────────── */

/** Seas, gulfs and straits: never inside a country, never what a strike hit (a ship in one is). */
const WATER = /\b(?:sea|gulf|strait|straits|ocean|channel|bab\s+el-?mandeb|bab\s+al-?mandab)\b|(?:البحر|بحر|خليج|الخليج|مضيق|المحيط|باب المندب)/iu;
export const isWater = (e: { type: string; name: string; aliases: readonly string[] }): boolean => e.type === 'LOCATION' && [e.name, ...e.aliases].some((n) => WATER.test(n));
