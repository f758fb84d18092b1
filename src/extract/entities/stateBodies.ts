/**
 * Finder: a state body named by its kind plus a nationality — وزارة الدفاع السورية, البحرية الهندية,
 * Syria's defense ministry, the Qatari Foreign Ministry, the Egyptian army. The gazetteer has the
 * frequent ones; this covers every other state without listing each ministry of each country.
 * The state comes from the demonym (gazetteer), which also yields an English name for the body.
 * Generic U.S. forces are the nominal "U.S. forces" (nominalGroups.ts), so spans already proposed by
 * any finder, nominal included, are left alone.
 */
import type { ArticleDoc, EntityCandidate } from '../types.js';
import { originalSpan } from '../normalize.js';
import { getGazetteer, type GazetteerEntry } from '../gazetteer.js';
import { sentenceFolds } from './sentenceTokens.js';
import { PRIORITY, candidatesBySentence, sentenceAt, withCandidates } from './candidates.js';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const CLITIC = '(?<c>[وف]?[بلك]?)';

/** Arabic body words → English kind. */
const AR_BODIES: Array<[string, string]> = [
  ['وزاره الخارجيه', 'Foreign Ministry'], ['الخارجيه', 'Foreign Ministry'], ['وزاره الدفاع', 'Ministry of Defense'],
  ['وزاره الداخليه', 'Interior Ministry'], ['وزاره الصحه', 'Health Ministry'], ['وزاره النفط', 'Oil Ministry'],
  ['البحريه', 'Navy'], ['سلاح الجو', 'Air Force'], ['القوات الجويه', 'Air Force'], ['القوات البحريه', 'Navy'],
  ['الجيش', 'Army'], ['القوات المسلحه', 'Armed Forces'], ['خفر السواحل', 'Coast Guard'], ['وزاره الخزانه', 'Treasury'],
  ['الرئاسه', 'Presidency'], ['وزاره العدل', 'Justice Ministry'], ['وزاره الاعلام', 'Information Ministry'],
  ['الحكومه', 'Government'],
];
const AR_RE = new RegExp(`${B}${CLITIC}(?<body>${AR_BODIES.map(([b]) => b.replace(/ /g, ' +')).join('|')}) +(?<adj>ال[\\p{L}]+)${E}`, 'gud');

const EN_KINDS = 'government|foreign ministry|defense ministry|defence ministry|interior ministry|health ministry|oil ministry|foreign office|navy|air force|army|military|armed forces|coast guard|defense forces|justice ministry';
// "Syria's defense ministry" / "the Qatari Foreign Ministry" / "Egyptian army"
const EN_POSSESSIVE = new RegExp(`${B}(?<state>[\\p{L}]+(?: [\\p{L}]+)?) +s +(?<kind>${EN_KINDS.replace(/ /g, ' +')})${E}`, 'giud');
const EN_ADJ = new RegExp(`${B}(?<adj>[\\p{L}]+) +(?<kind>${EN_KINDS.replace(/ /g, ' +')})${E}`, 'giud');

// "Iran's mission to the UN" / "Britain's permanent mission to the United Nations" / "the Iranian mission to the U.N.":
// the mission is the entity (an organization named with a possessive), not the state or the UN inside it.
const EN_MISSION = new RegExp(`${B}(?:(?<state>[\\p{L}]+) +s|(?<adj>[\\p{L}]+)) +(?:permanent +)?mission +to +(?:the +)?(?:un|u n|united nations)${E}`, 'giud');
// بعثة إيران لدى الأمم المتحدة / البعثة الإيرانية (الدائمة) لدى الأمم المتحدة
const AR_MISSION = new RegExp(`${B}${CLITIC}(?:بعثه +(?<state>[\\p{L}]+)|البعثه +(?<adj>ال[\\p{L}]+))(?: +(?:ال)?دايمه)? +(?:لدي|في|الي) +(?:ال)?امم +(?:ال)?متحده${E}`, 'gud');

// Function words stay lowercase ("Ministry of Defense").
const titleCase = (s: string): string => s.replace(/\b\p{L}+/gu, (w) => (/^(?:of|and|the|for)$/.test(w) ? w : w[0]!.toUpperCase() + w.slice(1)));
/** English adjective of a state for a body's name ("Syrian"), else its name ("Bahrain"). */
const adjectiveOf = (e: GazetteerEntry): string => e.demonyms.find((d) => /^[A-Z][a-z]+$/.test(d) && !/s$/.test(d)) ?? e.en;

export function findStateBodies(doc: ArticleDoc): ArticleDoc {
  const gz = getGazetteer();
  const { text, sentences } = doc.parsed;
  const added: EntityCandidate[] = [];
  const taken = (start: number, end: number): boolean => {
    const si = sentenceAt(doc, start);
    const clash = (c: EntityCandidate): boolean => c.start < end && start < c.end && !(c.gazetteerId?.startsWith('country:') && c.start >= start && c.end <= end);
    return (candidatesBySentence(doc.candidates ?? []).get(si) ?? []).some(clash) || added.some((c) => c.sentence === si && clash(c));
  };
  const push = (start: number, end: number, si: number, state: GazetteerEntry, kind: string, arabic: boolean): void => {
    if (taken(start, end)) return;
    // U.S. forces are a nominal group (dev README), not a named body.
    if (state.id === 'country:US' && /army|armed forces|military|navy|air force/i.test(kind) && !arabic) return;
    if (state.id === 'country:US' && /^(?:Army|Armed Forces)$/.test(kind)) return;
    const surface = text.slice(start, end);
    if (kind.toLowerCase() === 'government') {
      // A government referred to as a whole is its state (dev README: COUNTRY includes its government).
      added.push({
        start, end, text: surface, sentence: si, via: 'state-body:government', type: 'COUNTRY', name: state.en,
        names: { en: state.en, ...(state.ar ? { ar: state.ar } : {}) }, gazetteerId: state.id, nominal: false,
        groupKey: state.id, weak: false, priority: PRIORITY.pattern, containsNames: true,
      });
      return;
    }
    const name = `${adjectiveOf(state)} ${titleCase(kind)}`;
    added.push({
      start, end, text: surface, sentence: si, via: 'state-body', type: 'ORGANIZATION', name,
      names: { en: name, ...(arabic ? { ar: surface } : {}) }, gazetteerId: null, nominal: false,
      groupKey: `state-body:${state.id}:${kind.toLowerCase()}`, weak: false, priority: PRIORITY.pattern, containsNames: true,
    });
  };
  const folds = sentenceFolds(doc.parsed);
  sentences.forEach((s, si) => {
    const original = text.slice(s.start, s.end);
    const folded = folds[si]!;
    const span = (from: number, to: number): { start: number; end: number } => {
      const o = originalSpan(folded, from, to, original);
      return { start: s.start + o.start, end: s.start + o.end };
    };
    if (/وزاره|الخارجيه|البحريه|سلاح|القوات|الجيش|خفر|الرئاسه|الحكومه/.test(folded.text)) {
      AR_RE.lastIndex = 0;
      for (let m = AR_RE.exec(folded.text); m; m = AR_RE.exec(folded.text)) {
        const state = gz.demonymOf(m.groups!.adj!);
        if (!state) continue;
        const body = m.groups!.body!.replace(/ +/g, ' ');
        // The adjective must agree with the body: in "وزير الخارجية الأمريكي" it qualifies the minister.
        const feminineBody = /^(?:وزاره|الخارجيه|البحريه|القوات|الرئاسه|الحكومه)/.test(body);
        if (feminineBody !== /ه$/.test(m.groups!.adj!)) continue;
        const kind = AR_BODIES.find(([b]) => b === body)![1];
        const o = span(m.index + (m.groups!.c?.length ?? 0), m.index + m[0].length);
        push(o.start, o.end, si, state, kind, true);
      }
    }
    for (const re of folded.text.includes('mission') ? [EN_MISSION] : folded.text.includes('بعثه') ? [AR_MISSION] : []) {
      re.lastIndex = 0;
      for (let m = re.exec(folded.text); m; m = re.exec(folded.text)) {
        const g = m.groups!;
        const state = g.state ? findState(gz, g.state) ?? gz.demonymOf(g.state) : gz.demonymOf(g.adj!);
        if (!state || state.type !== 'COUNTRY') continue;
        const o = span(m.index + (g.c?.length ?? 0), m.index + m[0].length);
        if (re === EN_MISSION && !/^\p{Lu}/u.test(text.slice(o.start, o.end))) continue;
        if ((candidatesBySentence(doc.candidates ?? []).get(si) ?? []).some((c) => c.start < o.start && c.end > o.start)) continue;
        const name = `${adjectiveOf(state)} Mission to the United Nations`;
        // Above the gazetteer: the nested state and UN are parts of the mission's name, not mentions.
        added.push({
          start: o.start, end: o.end, text: text.slice(o.start, o.end), sentence: si, via: 'state-body:mission', type: 'ORGANIZATION', name,
          names: { en: name }, gazetteerId: null, nominal: false, groupKey: `state-body:${state.id}:un-mission`, weak: false,
          priority: PRIORITY.gazetteer + 5,
        });
      }
    }
    if (!/ministry|navy|air force|army|military|armed forces|coast guard|foreign office|defense forces|government/.test(folded.text)) return;
    for (const re of [EN_POSSESSIVE, EN_ADJ]) {
      re.lastIndex = 0;
      for (let m = re.exec(folded.text); m; m = re.exec(folded.text)) {
        const g = m.groups!;
        const key = (g.state ?? g.adj)!;
        const state = g.state ? findState(gz, key) : gz.demonymOf(key);
        if (!state || state.type !== 'COUNTRY') continue;
        const o = span(m.index, m.index + m[0].length);
        // The state word must be capitalized in the original ("Syria's", "Qatari").
        if (!/^\p{Lu}/u.test(text.slice(o.start, o.end))) continue;
        const kind = g.kind!.replace(/ +/g, ' ').replace(/^defence/, 'defense');
        push(o.start, o.end, si, state, kind === 'military' ? 'Armed Forces' : kind, false);
      }
    }
  });
  return withCandidates(doc, added);
}

let countryIndex: Map<string, GazetteerEntry> | null = null;

function findState(gz: ReturnType<typeof getGazetteer>, key: string): GazetteerEntry | undefined {
  if (!countryIndex) {
    // Lower-cased English name/alias → country, first entry wins (as a linear search over entries would).
    countryIndex = new Map();
    for (const x of gz.entries) {
      if (x.type !== 'COUNTRY') continue;
      for (const n of [x.en, ...x.aliases]) if (!countryIndex.has(n.toLowerCase())) countryIndex.set(n.toLowerCase(), x);
    }
  }
  const words = key.split(' ');
  // "syria" or "saudi arabia": look the (last one or two) words up as a country name.
  for (const n of [words.length, 1]) {
    const e = countryIndex.get(words.slice(-n).join(' '));
    if (e) return e;
  }
  return undefined;
}
