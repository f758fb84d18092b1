/**
 * Page-header lines that name the outlet (the masthead):
 * - `Outlet | Section`, `Section · Outlet`, `Outlet — date`, `Outlet » Section`: a short line split by `|`, `·`, `•`, `»` or a
 *   spaced dash into a few parts, each a section name, a date or (at most one) a name → that name
 *   (with a pipe, two names read `Outlet | Desk`);
 * - a bare outlet name on the first line of the page (`The Cedar Courier`, `صدى الشام`).
 * Whether the line really is a header (what follows it) is the segmenter's call.
 */
import { countWords } from './countWords.js';
import { foldForMatch } from './foldText.js';
import { isDateLine, splitOutsideDates } from './isDateLine.js';
import { isFlashWord, isSectionName } from './isSectionName.js';
import { OUTLET_WORDS } from './markers.js';

export interface HeaderMatch {
  /** The outlet named by the line, or null when every part is a section or a date. */
  outlet: string | null;
  /** ISO date printed in the line, if any. */
  date: string | null;
}

const SPLIT_RE = /\s+[|｜·•—–»›]\s+|\s*[|｜]\s*/gu;
/** A credit standing where a section would (`The Tigris Observer | Staff report`): not a second name. */
const CREDIT_PART = /^(?:staff\s+(?:report|reporters?|writers?)|wire\s+(?:report|services)|from\s+(?:our|staff)\s+\w+|our\s+correspondents?|agencies|news\s+desk|مراسلنا|خاص|وكالات)$/iu;
const SPLIT_TEST = new RegExp(SPLIT_RE.source, 'u');
const OUTLETS = OUTLET_WORDS.map(foldForMatch);
const SENTENCE_PUNCT = /[.!?؟:;؛،,"“”«»]/u;

/** Per outlet word: the word as a whole word and, for an Arabic word, also as the start of a longer word (attached suffixes). */
const OUTLET_NEEDLES = OUTLETS.map((w) => ({ word: ` ${w} `, start: /[\u0600-\u06FF]/u.test(w) ? ` ${w}` : null }));

/** Whether a short name holds a word typical of outlets (`News`, `وكالة`, `Press`). */
export function hasOutletWord(name: string): boolean {
  const f = ` ${foldForMatch(name).replace(/[^\p{L}\p{M}\d]+/gu, ' ')} `;
  return OUTLET_NEEDLES.some(({ word, start }) => f.includes(word) || (start !== null && f.includes(start)));
}

/** A short name that could be an outlet: 1–5 words, no sentence punctuation; Latin words capitalised. */
function nameLike(part: string, maxWords: number, navigationChecked = false): boolean {
  const words = part.split(/\s+/u);
  if (words.length > maxWords || part.length > 50 || SENTENCE_PUNCT.test(part.replace(/\.(?=\S)|\.$/gu, ''))) return false;
  if (!navigationChecked && (isSectionName(part) || isFlashWord(part))) return false;
  if (!/\p{L}/u.test(part)) return false;
  // Latin words of a name are capitalised (`The Cedar Courier`, `AL-MONITOR`), small joiners aside
  return words.every((w) => !/^[a-z]/u.test(w) || /^(?:of|the|and|al|el|for|on|in|de)$/u.test(w.replace(/[-’'].*$/u, '')));
}

/** `Outlet | Section`, `Section | Section`, `Outlet — 17 January 2024`; null when the line is not a header line. */
export function matchHeaderLine(line: string): HeaderMatch | null {
  if (line.length > 120 || countWords(line) > 14) return null;
  if (!SPLIT_TEST.test(line)) return null;
  const parts = splitOutsideDates(line, SPLIT_RE);
  if (parts.length < 2 || parts.length > 5) return null;
  let date: string | null = null;
  const names: string[] = [];
  for (const p of parts) {
    if (isFlashWord(p)) return null; // `عاجل | headline`
    if (isSectionName(p) || CREDIT_PART.test(p.trim())) continue;
    const d = isDateLine(p);
    if (d) {
      date ??= d;
      continue;
    }
    if (!nameLike(p, 5, true)) return null;
    names.push(p);
  }
  // two names: `Outlet | Desk` reads left to right only when split by a pipe (titles use colons and dashes)
  // (`Outlet » Desk` / `Outlet › Desk` read like a breadcrumb: left to right too)
  if (names.length > 2 || (names.length === 2 && !/[|｜»›]/u.test(line))) return null;
  return { outlet: names[0] ?? null, date };
}

/** A bare outlet name alone on a line (`The Cedar Courier`, `RIVERBEND NEWS`, `صدى الشام`). */
export function looksLikeOutletName(line: string): boolean {
  const t = line.trim();
  if (!nameLike(t, 4) || /\d{3,}/u.test(t) || isDateLine(t)) return false;
  // three or four words read like a headline unless they hold an outlet word (`… News`, `وكالة …`)
  return countWords(t) <= 2 || hasOutletWord(t);
}
