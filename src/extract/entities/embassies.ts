/**
 * Finder: diplomatic missions named by their state — السفارة الإيرانية (في دمشق), القنصلية العامة
 * الأمريكية, the Iranian embassy in Damascus, Tehran's consulate. Embassies are FACILITY (dev
 * README: attacked as compounds; "the embassy said" makes the same entity the speaker). One entity
 * per state and kind in an article, so the bare "السفارة الأمريكية" joins "السفارة الأمريكية في بغداد".
 * The city inside stays a mention of its own (containsNames).
 */
import type { ArticleDoc, EntityCandidate } from '../types.js';
import { originalSpan, tokenize } from '../normalize.js';
import { getGazetteer, type GazetteerEntry } from '../gazetteer.js';
import { sentenceFolds } from './sentenceTokens.js';
import { PRIORITY, candidatesBySentence, sentenceAt, withCandidates } from './candidates.js';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const AR = new RegExp(
  `${B}(?<c>[وف]?[بلك]?)(?<a>ال|(?<=ل)ل)(?<kind>سفاره|قنصليه)(?: +(?:ال)?عامه)? +(?<adj>ال[\\p{L}]+يه)(?: +(?:العامه +)?(?<prep>في|ب) *(?<city>[\\p{L}]+(?: +[\\p{L}]+)?))?`,
  'gud',
);
const EN = new RegExp(`${B}(?<state>[\\p{L}]+(?: +s)?) +(?<kind>embassy|consulate)${E}(?: +in +(?<city>[\\p{L}]+(?: +[\\p{L}]+)?))?`, 'giud');

const ADJ_OVERRIDE: Record<string, string> = { 'country:US': 'U.S.', 'country:GB': 'British' };
const adjectiveOf = (e: GazetteerEntry): string =>
  ADJ_OVERRIDE[e.id] ?? e.demonyms.find((d) => /^[A-Z][a-z]+$/.test(d) && !/s$/.test(d)) ?? e.en;

export function findEmbassies(doc: ArticleDoc): ArticleDoc {
  const gz = getGazetteer();
  const { text, sentences } = doc.parsed;
  const added: EntityCandidate[] = [];
  /** A city name (1–2 words) the gazetteer knows as a LOCATION, with its length in folded chars. */
  const cityAt = (words: string | undefined): { entry: GazetteerEntry; length: number } | null => {
    if (!words) return null;
    const toks = tokenize(words.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()));
    for (let n = Math.min(2, toks.length); n >= 1; n--) {
      const m = gz.matchAt(toks, 0, n);
      // (a capital that usually stands for its state is also a place: take its place reading)
      const e = m?.hits.find((h) => h.entry.type === 'LOCATION')?.entry ?? m?.hits[0]?.entry;
      if (m && e && e.type === 'LOCATION' && m.to === n) return { entry: e, length: words.split(/ +/).slice(0, n).join(' ').length };
    }
    return null;
  };
  const taken = (start: number, end: number): boolean => {
    const si = sentenceAt(doc, start);
    const clash = (c: EntityCandidate): boolean => c.start < end && start < c.end && !c.gazetteerId?.match(/^(?:country|loc):/);
    return (candidatesBySentence(doc.candidates ?? []).get(si) ?? []).some(clash) || added.some((c) => c.sentence === si && clash(c));
  };
  const folds = sentenceFolds(doc.parsed);
  sentences.forEach((s, si) => {
    const original = text.slice(s.start, s.end);
    const folded = folds[si]!;
    const emit = (from: number, to: number, state: GazetteerEntry, kind: 'Embassy' | 'Consulate', city: GazetteerEntry | null, fused: boolean): void => {
      const o = originalSpan(folded, from, to, original);
      const start = s.start + o.start;
      const end = s.start + o.end;
      if (taken(start, end)) return;
      const slice = text.slice(start, end);
      const name = `${adjectiveOf(state)} ${kind}${city ? ` in ${city.en}` : ''}`;
      added.push({
        start, end, text: fused ? 'ا' + slice : slice, sentence: si, via: 'embassy', type: 'FACILITY', name, names: { en: name },
        gazetteerId: null, nominal: false, groupKey: `embassy:${state.id}:${kind}`, weak: false, priority: PRIORITY.pattern,
        containsNames: true,
      });
    };
    if (/سفاره|قنصليه/.test(folded.text)) {
      AR.lastIndex = 0;
      for (let m = AR.exec(folded.text); m; m = AR.exec(folded.text)) {
        const g = m.groups!;
        // (السعودية is the country's own name as well as its adjective)
        const state = gz.demonymOf(g.adj!) ?? countryNamed(gz, g.adj!);
        if (!state) continue;
        const city = cityAt(g.city);
        const cStart = m.indices!.groups!.city?.[0];
        const to = city && cStart !== undefined ? cStart + city.length : m.indices!.groups!.adj![1];
        // (a second word the city group took may open the next mission: "في الرياض والسفارة السعودية")
        AR.lastIndex = Math.min(AR.lastIndex, to);
        const cLen = g.c?.length ?? 0;
        emit(m.index + cLen, to, state, g.kind === 'سفاره' ? 'Embassy' : 'Consulate', city?.entry ?? null, cLen > 0 && g.c!.endsWith('ل') && g.a === 'ل');
      }
    }
    if (!/embassy|consulate/.test(folded.text)) return;
    EN.lastIndex = 0;
    for (let m = EN.exec(folded.text); m; m = EN.exec(folded.text)) {
      const g = m.groups!;
      const words = g.state!.replace(/ +s$/, '');
      const state = gz.demonymOf(words) ?? (['us', 'u s'].includes(words) ? gz.get('country:US') : undefined) ?? countryNamed(gz, words);
      if (!state || state.type !== 'COUNTRY') continue;
      const stateStart = m.index;
      if (!/^\p{Lu}/u.test(original.slice(folded.map[stateStart]!))) continue;
      const city = cityAt(g.city);
      const cStart = m.indices!.groups!.city?.[0];
      const to = city && cStart !== undefined ? cStart + city.length : m.indices!.groups!.kind![1];
      emit(stateStart, to, state, /^e/i.test(g.kind!) ? 'Embassy' : 'Consulate', city?.entry ?? null, false);
    }
  });
  return withCandidates(doc, added);
}

function countryNamed(gz: ReturnType<typeof getGazetteer>, word: string): GazetteerEntry | undefined {
  // Folded text is lowercase; gazetteer names want their first letter capitalized.
  const toks = tokenize(word.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()));
  const m = toks.length ? gz.matchAt(toks, 0) : null;
  return m && m.to === toks.length ? m.hits.find((h) => h.entry.type === 'COUNTRY')?.entry : undefined;
}
