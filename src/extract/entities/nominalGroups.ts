/**
 * Finder (d): NOMINAL entities — unnamed but specific groups an article keeps referring to
 * (dev README "Nominal entities"): the Iran-backed militias as a group, and a state's forces named
 * generically (U.S. forces / القوات الأمريكية). All descriptions of one group become ONE entity per
 * article. Bare descriptions ("the militias", الميليشيات) are weak: they only count when an anchored
 * description (Iran-backed …) occurs somewhere in the article; indefinite generic phrases that name
 * no specific group ("ميليشيات معادية للولايات المتحدة") match no pattern at all.
 *
 * Patterns run on folded text (normalize.ts), so hamza seats, Persian ی/ک, ة/ه and case never
 * matter; the fold map turns a match back into original offsets.
 */
import type { ArticleDoc, EntityCandidate, EntityType } from '../types.js';
import { originalSpan } from '../normalize.js';
import { sentenceFolds } from './sentenceTokens.js';
import { PRIORITY, candidatesBySentence, sentenceAt, withCandidates } from './candidates.js';
import { getGazetteer } from '../gazetteer.js';

interface NominalGroup {
  key: string;
  name: string;
  type: EntityType;
  names: { en: string; ar: string };
}

const MILITIAS: NominalGroup = {
  key: 'nominal:iran-backed-militias', name: 'Iran-backed militias', type: 'ARMED_GROUP',
  names: { en: 'Iran-backed militias', ar: 'الميليشيات المدعومة من إيران' },
};
const US_FORCES: NominalGroup = {
  key: 'nominal:us-forces', name: 'U.S. forces', type: 'ORGANIZATION',
  names: { en: 'U.S. forces', ar: 'القوات الأمريكية' },
};

interface Pattern {
  group: NominalGroup;
  re: RegExp;
  /** Cheap pre-test on the folded sentence: most sentences skip the expensive pattern. */
  hint?: RegExp;
  /** Weak: needs an anchored description of the same group in the article. */
  weak: boolean;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
// Arabic proclitics (captured so the mention excludes them) and the article, which after ل is
// written with one ل (للميليشيات): then group `a` is that ل and the alef is restored.
const AR_START = `${B}(?<c>[وف]?[بلك]?)(?<a>ال|(?<=ل)ل)?`;
const AR_HEAD = '(?:ميليشيات|مليشيات|ميليشيا|مليشيا|جماعات|مجموعات|فصايل)';
const AR_ADJ = '(?:ال)?(?:مسلحه|عراقيه|متشدده|شيعيه|ولائيه|اخري)';
const AR_LINK = '(?:ال)?(?:مدعومه|مرتبطه|مواليه|متحالفه|تابعه|مموله|المدعومه)';
const IRAN_AR = '[بل]?(?:ايران|طهران)';
const US_ADJ_AR = '(?:ال)?(?:امريكيه|اميركيه|امريكي|اميركي|امريكيين|اميركيين)';
const EN_IRAN = '(?:iran|iranian|tehran)';
const EN_LINK = '(?:backed|linked|aligned|allied|affiliated|sponsored|supported|funded|armed|directed)';
const EN_GROUP = '(?:militia groups|militias|militia|militant groups|militants|groups|factions|proxies|proxy groups|proxy forces|armed groups|fighters)';
const EN_US = '(?:u s|us|american|united states)';
// "U.S. military official", "U.S. forces' bases" …: the phrase is a modifier there, not the forces.
const EN_NOT_FORCES = '(?! +(?:official|officials|spokes\\w*|commanders?|leaders?|aid|equipment|presence|installations|facilities|assets|contractors?|personnel|bases?|officers?|sources?|analysts?|planners?|aircraft|drones?|jets?)\\b)';

const PATTERNS: Pattern[] = [
  // الميليشيات المدعومة من إيران / جماعات متشددة مرتبطة بإيران / فصايل عراقية مسلحة مدعومة من إيران
  { group: MILITIAS, weak: false, re: new RegExp(`${AR_START}${AR_HEAD}(?: +${AR_ADJ})* +${AR_LINK}(?: +(?:من|مع))? *${IRAN_AR}${E}`, 'gud') },
  // فصائل عراقية مسلحة (التي) تدعمها طهران
  { group: MILITIAS, weak: false, re: new RegExp(`${AR_START}${AR_HEAD}(?: +${AR_ADJ})* +(?:(?:التي|الذي) +)?(?:تدعمها|تمولها|ترعاها|تسلحها|يدعمها) +(?:ايران|طهران)${E}`, 'gud') },
  // الميليشيات المدعومة إيرانياً
  { group: MILITIAS, weak: false, re: new RegExp(`${AR_START}${AR_HEAD}(?: +${AR_ADJ})* +${AR_LINK} +ايرانيا${E}`, 'gud') },
  // وكلاء إيران / أذرع إيران
  { group: MILITIAS, weak: false, re: new RegExp(`${AR_START}(?:وكلاء|اذرع) +(?:ال)?(?:ايران|طهران)${E}`, 'gud') },
  // الجماعات الإيرانية / الميليشيات الإيرانية
  { group: MILITIAS, weak: false, re: new RegExp(`${AR_START}${AR_HEAD} +(?:ال)?ايرانيه${E}`, 'gud') },
  // bare: الميليشيات (العراقية) / ميليشيات عراقية / الجماعات المنفذة / الفصايل المسلحة
  { group: MILITIAS, weak: true, re: new RegExp(`${AR_START}(?:ميليشيات|مليشيات)(?: +(?:ال)?(?:عراقيه|مسلحه))?${E}`, 'gud') },
  { group: MILITIAS, weak: true, re: new RegExp(`${AR_START}(?:جماعات|فصايل)(?: +(?:ال)?(?:منفذه|مسلحه|عراقيه))+${E}`, 'gud') },
  // Iran-backed militias / Iranian-backed militia groups / pro-Iran militias / Iran's proxies
  { group: MILITIAS, weak: false, re: new RegExp(`${B}${EN_IRAN} +${EN_LINK} +(?:(?:armed|shiite|shia|iraqi|syrian|militant|proxy) +)*${EN_GROUP}${E}`, 'giud') },
  { group: MILITIAS, weak: false, re: new RegExp(`${B}pro +(?:iran|iranian|tehran) +${EN_GROUP}${E}`, 'giud') },
  { group: MILITIAS, weak: false, re: new RegExp(`${B}(?:(?:iran|tehran) +s|iranian) +(?:proxies|proxy groups|proxy militias|militias|militia groups)${E}`, 'giud') },
  // "the militias it backs" / "militias Iran supports"
  { group: MILITIAS, weak: false, re: new RegExp(`${B}militias${E}(?= +(?:it|iran|tehran) +(?:backs|supports|arms|funds|sponsors|directs)${E})`, 'giud') },
  { group: MILITIAS, weak: true, re: new RegExp(`${B}(?:(?:iraqi|shiite|shia|armed) +)?militias${E}`, 'giud') },
  // القوات الأمريكية / الجيش الأمريكي / الجنود الأمريكيين
  { group: US_FORCES, weak: false, re: new RegExp(`${AR_START}(?:قوات|جيش|جنود|عسكريين|القوات العسكريه) +${US_ADJ_AR}${E}`, 'gud') },
  // U.S. forces / American troops / the U.S. military
  { group: US_FORCES, weak: false, re: new RegExp(`${B}${EN_US} +(?:forces|troops|military|service members|servicemembers|soldiers|army)${E}${EN_NOT_FORCES}`, 'giud') },
];

const HINT_MILITIA_AR = /ميليش|مليش|جماعات|مجموعات|فصايل|وكلاء|اذرع/;
const HINT_US_AR = /امريك|اميرك/;
const HINT_MILITIA_EN = /militia|militant|group|faction|prox|fighter/;
const HINT_US_EN = /forces|troops|military|service|soldiers|army/;
for (const p of PATTERNS) {
  const arabic = /[\u0621-\u064a]/.test(p.re.source);
  p.hint = p.group === US_FORCES ? (arabic ? HINT_US_AR : HINT_US_EN) : arabic ? HINT_MILITIA_AR : HINT_MILITIA_EN;
}

// Any other state's forces named generically (القوات الروسية, Turkish troops) — unless the gazetteer
// knows them as a named military (الجيش الإسرائيلي → Israel Defense Forces), checked per match.
const OTHER_FORCES_AR = new RegExp(`${AR_START}(?:قوات|جيش|جنود|عسكريين|القوات العسكريه) +(?<adj>(?:ال)?[\\p{L}]{3,})${E}`, 'gud');
const OTHER_FORCES_EN = new RegExp(`${B}(?<adj>[\\p{L}]{3,}) +(?:forces|troops|soldiers)${E}${EN_NOT_FORCES}`, 'giud');
const ADJ_EN: Record<string, string> = { 'country:GB': 'British', 'country:US': 'U.S.' };

export function findNominalGroups(doc: ArticleDoc): ArticleDoc {
  const { text, sentences } = doc.parsed;
  const gz = getGazetteer();
  const added: EntityCandidate[] = [];
  const named = (start: number, end: number): boolean =>
    (candidatesBySentence(doc.candidates ?? []).get(sentenceAt(doc, start)) ?? []).some(
      (c) => !c.nominal && !c.weak && c.start < end && start < c.end && c.gazetteerId !== null && !c.gazetteerId.startsWith('country:'),
    );
  const folds = sentenceFolds(doc.parsed);
  sentences.forEach((s, si) => {
    const original = text.slice(s.start, s.end);
    const folded = folds[si]!;
    // Four distinct hints serve the thirteen patterns: test each once per sentence.
    const hinted = new Map<RegExp, boolean>();
    for (const p of PATTERNS) {
      if (p.hint) {
        let ok = hinted.get(p.hint);
        if (ok === undefined) hinted.set(p.hint, (ok = p.hint.test(folded.text)));
        if (!ok) continue;
      }
      p.re.lastIndex = 0;
      for (let m = p.re.exec(folded.text); m; m = p.re.exec(folded.text)) {
        const cLen = m.groups?.c?.length ?? 0;
        const fused = cLen > 0 && m.groups?.c?.endsWith('ل') === true && m.groups?.a === 'ل';
        const from = m.index + cLen;
        const to = m.index + m[0].length;
        const span = originalSpan(folded, from, to, original);
        const slice = original.slice(span.start, span.end);
        added.push({
          start: s.start + span.start, end: s.start + span.end,
          text: fused ? 'ا' + slice : slice,
          sentence: si, via: 'nominal', type: p.group.type, name: p.group.name, names: p.group.names,
          gazetteerId: null, nominal: true, groupKey: p.group.key, weak: p.weak, priority: PRIORITY.nominal,
        });
      }
    }
  });
  sentences.forEach((s, si) => {
    const original = text.slice(s.start, s.end);
    const folded = folds[si]!;
    for (const re of [OTHER_FORCES_AR, OTHER_FORCES_EN]) {
      if (re === OTHER_FORCES_AR ? !/قوات|جيش|جنود|عسكريين/.test(folded.text) : !/forces|troops|soldiers/.test(folded.text)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(folded.text); m; m = re.exec(folded.text)) {
        const state = gz.demonymOf(m.groups!.adj!);
        if (!state || state.type !== 'COUNTRY' || state.id === 'country:US') continue;
        const cLen = m.groups?.c?.length ?? 0;
        const fused = cLen > 0 && m.groups?.c?.endsWith('ل') === true && m.groups?.a === 'ل';
        const span = originalSpan(folded, m.index + cLen, m.index + m[0].length, original);
        const start = s.start + span.start;
        const end = s.start + span.end;
        if (named(start, end)) continue;
        if (re === OTHER_FORCES_EN && !/^\p{Lu}/u.test(text.slice(start, end))) continue;
        const adj = ADJ_EN[state.id] ?? state.demonyms.find((d) => /^[A-Z][a-z]+$/.test(d) && !/s$/.test(d)) ?? state.en;
        const slice = text.slice(start, end);
        added.push({
          start, end, text: fused ? 'ا' + slice : slice, sentence: si, via: 'nominal:forces', type: 'ORGANIZATION',
          name: `${adj} forces`, names: { en: `${adj} forces` }, gazetteerId: null, nominal: true,
          groupKey: `nominal:forces:${state.id}`, weak: false, priority: PRIORITY.nominal,
        });
      }
    }
  });
  // Another state's forces are an entity only when the article keeps referring to them (twice or more);
  // a single "… and British forces" in passing is not a group the article follows.
  const counts = new Map<string, number>();
  for (const c of added) if (c.via === 'nominal:forces') counts.set(c.groupKey, (counts.get(c.groupKey) ?? 0) + 1);
  for (let k = added.length - 1; k >= 0; k--) {
    const c = added[k]!;
    if (c.via === 'nominal:forces' && (counts.get(c.groupKey) ?? 0) < 2) added.splice(k, 1);
  }
  // Overlapping descriptions of one group: keep the longest.
  added.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: EntityCandidate[] = [];
  for (const c of added) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) {
      if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }
  return withCandidates(doc, kept);
}
