/**
 * Finder (c, English): multi-word proper names by capitalization that the gazetteer does not know
 * (NYK Line, Swan Atlantic, Mediterranean Shipping Co.). The type is guessed from the head word
 * (Base → FACILITY, Ministry → ORGANIZATION, Brigades → ARMED_GROUP, Province → LOCATION), from a
 * ship cue nearby (tanker, container ship … → FACILITY), else PERSON for two or three plain words.
 * Single capitalized words are left alone (sentence starts, nationalities, weekdays): too noisy.
 */
import type { ArticleDoc, EntityCandidate, EntityType } from '../types.js';
import { normalizeKey, type Token } from '../normalize.js';
import { isHeadline, isTitleCase, sentenceTokens } from './sentenceTokens.js';
import { PRIORITY, nameGroupKey, overlapsName, withCandidates } from './candidates.js';
import { getGazetteer } from '../gazetteer.js';

const keys = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean).map((w) => normalizeKey(w)));

const FACILITY_HEADS = keys('Residence Mansion Base Airbase Airport Garrison Port Embassy Consulate Camp Bridge Dam Hospital Palace Compound Field Station Refinery Tower Harbor Harbour Terminal Prison Mosque Plant Facility Complex Crossing Pipeline');
const ORG_HEADS = keys('Adom Hilal Maritime Logistics Holdings Tankers Navigation Ports Chamber Directorate Cell Mission Initiative Programme Program Observatory Watch Secretariat Cabinet Senate House Congress Caucus Tribunal Commissariat Society Crescent Cross Framework Alliance Bloc Staff Ministry Department Forces Force Army Navy Command Council Agency Corps Guard Committee Party Company Co Inc Corp Ltd Group Line Lines Times News Post Journal Network Bank Association Organization Organisation Authority Office Institute University Parliament Assembly Fleet Coalition Commission Service Services Bureau Administration Court Foundation Center Centre Shipping Airlines Airways Petroleum Energy Media Radio TV Television Agency Fund Federation League Union Forum Summit Conference Club');
const ARMED_HEADS = keys('Brigades Brigade Battalion Battalions Front Movement Resistance Militia Mujahideen Jihad Army-of');
const LOCATION_HEADS = keys('Province Governorate City District Valley River Sea Gulf Strait Mountains Mountain Desert Region Island Islands Peninsula Bay Lake Street Square Canal Ocean Coast Heights Plain Camp-of Cape');
const SHIP_CUES = keys('ship ships tanker tankers vessel vessels carrier carriers destroyer frigate warship warships freighter bulker cruiser container boat');
const FACILITY_PREFIX = keys('USS HMS MV MT INS FS HNLMS');
/** Capitalized words that never start or make up an unknown name on their own. */
const NOT_NAME = keys(`The A An On In At For Of And But Or If As By To From With After Before Since During While When Where Why How
  This That These Those It Its He She They We I You His Her Their Our Some Most Many Several Two Three Four Five Roughly About
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October
  November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec GMT UTC AM PM Operation Hours Rather Meanwhile However
  President Secretary Minister Defense Defence Foreign Prime Gen General Brig Brigadier Maj Major Lt Col Adm Ambassador Envoy
  Leader Commander Chief Sheikh Ayatollah Supreme Grand Special Press Mr Mrs Ms Dr Deputy Vice Director Speaker Spokesman
  Related Reporting Editing Source Tags Read Also Breaking Update Updated Photo Video Watch Spc Pfc Sgt Cpl Pvt
  Admiral Rear Colonel Lieutenant Sergeant Captain Corporal Private Commodore Marshal Field Senior Officer Sir Lord Lady
  Governor Mayor Police Authorities Officials Official Government Majority Minority Whip Ranking Chairman Chairwoman
  Rep Sen Representative Senator Reservist Soldier Specialist Spc Pfc Pvt Cpl Medic Paramedic Journalist Photographer Reporter
  Activist Victim Victims Hostage Hostages King Queen Prince Princess Crown Emir Sayyed Sayyid`);
/** Legal designations and class phrases that look like names in capitals ("Foreign Terrorist Organization"). */
const DESIGNATIONS = new Set(['foreign terrorist organization', 'foreign terrorist organisation', 'specially designated global terrorist',
  'specially designated global terrorists', 'terrorist organization', 'terrorist organisation', 'state sponsor of terrorism',
  'specially designated nationals', 'global terrorist', 'weapons of mass destruction'].map((s) => normalizeKey(s)));
// "and" is not a connector: "X and Y" names two things (Trinidad and Tobago is in the gazetteer).
const CONNECTORS = keys('of the al el bin ibn de for');
/** Lowercase heads that finish a facility name written in running text: "the al-Dailami air base". */
const LOWER_FACILITY_HEADS: string[][] = [['air', 'base'], ['airbase'], ['base'], ['airport'], ['port'], ['garrison'], ['refinery'], ['oil', 'field'], ['gas', 'field'], ['military', 'base'], ['naval', 'base']];
/** Title words in an apposition after a name ("Hussein al-Ezzi, a Houthi deputy foreign minister"). */
const APPOSITION_TITLES = keys('spokesman spokeswoman spokesperson minister secretary director official commander chief leader envoy ambassador adviser advisor president general colonel officer founder analyst researcher professor head member lawmaker senator governor mayor cleric negotiator');
const PARTICLES = keys('al el bin ibn abu abd bint');

const isCap = (t: Token): boolean => !t.arabic && (/^\p{Lu}/u.test(t.raw) || /^\d+$/.test(t.raw));
const isRoman = (t: Token): boolean => /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/.test(t.raw);

/** ", a Houthi deputy foreign minister" right after the name: the tokens up to 7 words on hold a title. */
function appositionTitle(currentText: string, all: Token[], to: number): boolean {
  const last = all[to - 1];
  const next = all[to];
  if (!last || !next || !/^, ?$/.test(currentText.slice(last.end, next.start))) return false;
  for (let k = to; k < Math.min(all.length, to + 7); k++) {
    if (k > to && /[,.;:]/.test(currentText.slice(all[k - 1]!.end, all[k]!.start))) break;
    if (APPOSITION_TITLES.has(all[k]!.key)) return true;
  }
  return false;
}

/** ", in (northern) Syria" after a name: the name is a place inside that one. */
const PLACE_AFTER = /^,?\s+(?:in|near)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|northwestern|northeastern|southwestern|southeastern)\w*\s+)?\p{Lu}/u;
/**
 * One capitalized word the gazetteer does not know is a place when its context says so: "the island
 * of Crete", "the town of X", or "flew to X in northwestern Saudi Arabia", "in X, in Sistan-Baluchestan".
 */
function singleWordPlace(text: string, t: Token): boolean {
  const before = text.slice(Math.max(0, t.start - 30), t.start);
  if (/\b(?:island|town|city|village|port|province|district|governorate|region|oasis)\s+of\s+$/.test(before)) return true;
  return /\b(?:in|near|outside|to)\s+$/.test(before) && !/^(?:'s|’s)/.test(text.slice(t.end, t.end + 2)) && PLACE_AFTER.test(text.slice(t.end, t.end + 30));
}

function guessType(text: string, tokens: Token[], from: number, to: number, all: Token[]): EntityType | null {
  const head = tokens[to - 1]!.key;
  const first = tokens[from]!.key;
  if (FACILITY_PREFIX.has(first) && tokens[from]!.raw === tokens[from]!.raw.toUpperCase()) return 'FACILITY';
  if (FACILITY_HEADS.has(head)) return 'FACILITY';
  // "Ziv Medical Center", "Nasser Medical Complex": a hospital, not an organization.
  if ((head === 'center' || head === 'centre') && to - from >= 2 && tokens[to - 2]!.key === 'medical') return 'FACILITY';
  if (ARMED_HEADS.has(head)) return 'ARMED_GROUP';
  // "Balochistan Liberation Army": an army of liberation is an insurgent group, not a state's army
  if ((head === 'army' || head === 'forces') && tokens.slice(from, to - 1).some((t) => t.key === 'liberation' || t.key === 'revolutionary' || t.key === 'resistance')) return 'ARMED_GROUP';
  if (ORG_HEADS.has(head) || ORG_HEADS.has(first)) return 'ORGANIZATION';
  if (LOCATION_HEADS.has(head)) return 'LOCATION';
  // No telling head word: a ship word nearby makes it a ship ("three ships, the Sea Star and …").
  const near = all.slice(Math.max(0, from - 8), Math.min(all.length, to + 6)).map((t) => t.key);
  if (near.some((k) => SHIP_CUES.has(k))) return 'FACILITY';
  // "the Bahamas-flagged Richmond Voyager": only vessels fly a flag
  if (/-flagged\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, tokens[from]!.start - 30), tokens[from]!.start))) return 'FACILITY';
  const words = tokens.slice(from, to);
  if (appositionTitle(text, all, to)) return 'PERSON';
  const plain = words.filter((w) => !PARTICLES.has(w.key));
  // "a car in Khirbet Selm in southern Lebanon": after a locative preposition, two plain words are a place
  const locative = /\b(?:in|near|outside)\s+$/.test(text.slice(Math.max(0, tokens[from]!.start - 8), tokens[from]!.start)) && !/^(?:'s|’s)/.test(text.slice(tokens[to - 1]!.end, tokens[to - 1]!.end + 2));
  if (locative && PLACE_AFTER.test(text.slice(tokens[to - 1]!.end, tokens[to - 1]!.end + 30))) return 'LOCATION';
  if (plain.length >= 2 && plain.length <= 3 && plain.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.raw))) return 'PERSON';
  if (words.some((w) => /^\d+$/.test(w.raw) || isRoman(w))) return null; // "Number 9" only with a ship cue (above)
  return 'ORGANIZATION';
}

export function findCapitalizedNames(doc: ArticleDoc): ArticleDoc {
  const { text, sentences } = doc.parsed;
  const gz = getGazetteer();
  const added: EntityCandidate[] = [];
  sentenceTokens(doc.parsed).forEach((tokens, si) => {
    if (sentences[si]!.language !== 'en' && tokens.every((t) => t.arabic || !isCap(t))) return;
    if (isTitleCase(tokens, isHeadline(doc.parsed, si))) return;
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i]!;
      // "al-Dailami": a lowercase Arabic article hyphened to a capitalized word starts a name.
      const lowerArticle = /^(?:al|el|ad|ar|as|ash|at|az)$/.test(t.raw) && i + 1 < tokens.length && text[t.end] === '-' && isCap(tokens[i + 1]!);
      // A nationality adjective in front of one capitalized word is not part of a name ("British Typhoon
      // jets"); in front of two or more it usually is ("Palestinian Red Crescent Society").
      let demonym = !t.arabic && gz.demonymOf(t.key) !== undefined;
      if (demonym) {
        let k = i + 1;
        while (k < tokens.length && isCap(tokens[k]!) && !NOT_NAME.has(tokens[k]!.key) && text.slice(tokens[k - 1]!.end, tokens[k]!.start) === ' '
          && !overlapsName(doc, tokens[k]!.start, tokens[k]!.end, added)) k++;
        if (k - (i + 1) >= 2) demonym = false;
      }
      // Named operations are not entities (dev README): skip "Operation Prosperity Guardian" whole.
      if (t.key === 'operation' && isCap(t)) {
        i++;
        while (i < tokens.length && isCap(tokens[i]!)) i++;
        continue;
      }
      if ((!isCap(t) && !lowerArticle) || /^\d/.test(t.raw) || NOT_NAME.has(t.key) || demonym || overlapsName(doc, t.start, t.end, added)) { i++; continue; }
      // One capitalized word right after a ship word is the ship's name ("the tanker Strinda").
      const prevKey = tokens[i - 1]?.key;
      if (prevKey && SHIP_CUES.has(prevKey) && tokens[i - 1]!.raw === tokens[i - 1]!.raw.toLowerCase() && isCap(t) && !gz.demonymOf(t.key)
        && !(tokens[i + 1] && isCap(tokens[i + 1]!) && text.slice(t.end, tokens[i + 1]!.start) === ' ')) {
        added.push({
          start: t.start, end: t.end, text: t.raw, sentence: si, via: 'capitalized:ship', type: 'FACILITY', name: t.raw, names: { en: t.raw },
          gazetteerId: null, nominal: false, groupKey: nameGroupKey(t.raw), weak: false, priority: PRIORITY.capitalized,
        });
        i++;
        continue;
      }
      let j = i + 1;
      while (j < tokens.length) {
        const u = tokens[j]!;
        const gap = text.slice(tokens[j - 1]!.end, u.start);
        if (!/^(?:[ \u00a0]|-|\. |\.-)$/.test(gap) && gap !== ' ') break;
        if (gap.startsWith('.') && !/^(?:Co|Inc|Corp|Ltd|St|Jr|[A-Z])$/.test(tokens[j - 1]!.raw)) break;
        if (overlapsName(doc, u.start, u.end, added)) break;
        if (isCap(u) && !NOT_NAME.has(u.key)) { j++; continue; }
        // "Cape of Good Hope", "Bank of America": a connector is inside only if a capital follows.
        if (CONNECTORS.has(u.key) && j + 1 < tokens.length && isCap(tokens[j + 1]!) && !NOT_NAME.has(tokens[j + 1]!.key)) { j += 2; continue; }
        break;
      }
      // Lowercase facility heads finish the name: "the al-Dailami air base".
      let headType: EntityType | null = null;
      for (const head of LOWER_FACILITY_HEADS) {
        if (head.every((h, k) => tokens[j + k]?.key === h && tokens[j + k]!.raw === h)) {
          j += head.length;
          headType = 'FACILITY';
          break;
        }
      }
      if (DESIGNATIONS.has(normalizeKey(text.slice(tokens[i]!.start, tokens[j - 1]!.end)))) { i = j; continue; }
      const count = j - i;
      const alpha = tokens.slice(i, j).filter((w) => /\p{L}/u.test(w.raw)).length;
      const sentenceStart = i === 0;
      const place = count === 1 && !headType && !sentenceStart && /^\p{Lu}\p{L}+$/u.test(tokens[i]!.raw) && singleWordPlace(text, tokens[i]!);
      if ((count >= 2 && alpha >= 1 && !(sentenceStart && count < 2)) || place) {
        const type = place ? 'LOCATION' : headType ?? guessType(text, tokens, i, j, tokens);
        if (type) {
          const a = tokens[i]!;
          const b = tokens[j - 1]!;
          let end = b.end;
          if (/^(?:Co|Inc|Corp|Ltd|Jr)$/.test(b.raw) && text[end] === '.') end++;
          const surface = text.slice(a.start, end);
          added.push({
            start: a.start, end, text: surface, sentence: si, via: 'capitalized', type, name: surface, names: { en: surface },
            gazetteerId: null, nominal: false, groupKey: nameGroupKey(surface), weak: false, priority: PRIORITY.capitalized,
          });
        }
      }
      i = j;
    }
  });
  return withCandidates(doc, added);
}
