/**
 * UI noise lines: share buttons (`شارك: فيسبوك | إكس | واتساب`, `Share this article`), follow /
 * subscribe / app / newsletter prompts (`تابع أحدث الأخبار عبر تطبيق`, `Follow us on Google News`),
 * ads, captions and photo credits, comment and view counters (`12 Comments`, `التعليقات (3)`),
 * reading-time lines (`4 min read`, `وقت القراءة: 3 دقائق`), relative time stamps (`Updated 2 hours ago`).
 */
import { foldForMatch } from './foldText.js';
import {
  CAPTION_LABELS,
  COPYRIGHT_OPENERS,
  FURNITURE_LABELS,
  NOISE_LINES,
  NOISE_OBJECTS,
  NOISE_VERBS,
  READING_TIME_WORDS,
  SMALL_PRINT,
  SOCIAL_WORDS,
} from './markers.js';
import { compileLabels } from './matchLabel.js';
import { countWords } from './countWords.js';

const LINES = new Set(NOISE_LINES.map(foldForMatch));
const SOCIAL = SOCIAL_WORDS.map(foldForMatch).sort((a, b) => b.length - a.length);
const VERBS = NOISE_VERBS.map(foldForMatch).sort((a, b) => b.length - a.length);
const OBJECTS = NOISE_OBJECTS.map(foldForMatch);
const COPYRIGHT = COPYRIGHT_OPENERS.map(foldForMatch);
const captionLabel = compileLabels([...CAPTION_LABELS, ...FURNITURE_LABELS]);
const SMALL_RE = new RegExp(SMALL_PRINT.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|'), 'iu');
const COPYRIGHT_START = /^[\s\u200E\u200F]*(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4})|all rights reserved|جميع\s+الحقوق\s+محفوظ[ةه]|حقوق\s+النشر)/iu;
/** A bare relative time stamp printed under a teaser: `منذ ساعتين`, `3 hours ago`. */
const RELATIVE_TIME = /^(?:(?:updated|last updated|اخر تحديث|تحديث|محدث)\s*:?\s*)?(?:(?:منذ|قبل)\s+(?:\d+\s+)?(?:دقيقه|دقائق|دقيقتين|ساعه|ساعات|ساعتين|يوم|ايام|يومين|اسبوع|اسابيع|اسبوعين|شهر|اشهر|شهرين)|\d+\s*(?:min|mins|minutes?|hours?|hrs?|days?|weeks?)\s+ago|(?:an?|one)\s+(?:hour|day|minute)\s+ago)$/u;

const READING = new Set(READING_TIME_WORDS.map(foldForMatch));
/** `4 min read`, `Reading time: 3 minutes`, `دقيقة قراءة 3`: only reading-time words and numbers. */
function isReadingTime(f: string): boolean {
  const tokens = f.split(/[^\p{L}\p{M}\d]+/u).filter(Boolean);
  const words = tokens.filter((t) => !/^\d+$/.test(t));
  return (
    (tokens.length > words.length || words.some((t) => /^دقيقت(?:ين|ان)$/u.test(t))) &&
    words.length >= 1 &&
    words.every((t) => READING.has(t)) &&
    words.some((t) => /^(?:read|reading|قراءه|للقراءه|القراءه)$/u.test(t))
  );
}

/** A bare duration printed next to an audio / reading-time control: `4 mins`, `3 دقائق`. */
const DURATION = /^\d+\s*(?:min|mins|minutes?|sec|secs|seconds?|دقيقه|دقائق|دقيقتان|ثانيه|ثوان)$/u;

/** Copyright footers and sign-up small print, noise even when they run long. */
function longNoise(line: string, words: number): boolean {
  if (words > 60) return false;
  if (COPYRIGHT_START.test(line)) return true;
  return words <= 30 && SMALL_RE.test(line);
}

const tokensOf = (f: string): string[] => f.split(/[\s|:,،/·•\-–—]+/u).filter(Boolean);

function startsWithWord(f: string, w: string): boolean {
  return f === w || (f.startsWith(w) && /[\s:|,،\-–—]/u.test(f[w.length] ?? ''));
}

const SOCIAL_SINGLE = new Set(SOCIAL.filter((w) => !w.includes(' ')));
const SOCIAL_MULTI = SOCIAL.filter((w) => w.includes(' '));
/**
 * Any social word inside a folded line. Without one, socialCount is 0 (each of its tokens is a piece
 * of the line), so most lines skip the tokenising.
 */
const SOCIAL_ANY = new RegExp(SOCIAL.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'));
/** Noise verbs by first character: a line can only start with the verbs of its first character. */
const VERBS_BY_FIRST = new Map<string, string[]>();
for (const v of VERBS) VERBS_BY_FIRST.set(v[0] ?? '', [...(VERBS_BY_FIRST.get(v[0] ?? '') ?? []), v]);

/** How many tokens of `f` are social-network / share-target words, and how many tokens remain. */
function socialCount(f: string): { social: number; total: number } {
  let rest = f;
  let social = 0;
  for (const w of SOCIAL_MULTI) {
    if (!rest.includes(w)) continue;
    const parts = rest.split(w);
    social += parts.length - 1;
    rest = parts.join(' ');
  }
  const tokens = tokensOf(rest);
  let other = 0;
  for (const t of tokens) {
    if (SOCIAL_SINGLE.has(t)) social++;
    else other++;
  }
  return { social, total: social + other };
}

/** `words`: countWords(line), when the caller has it already. */
export function isNoiseLine(line: string, words = countWords(line)): boolean {
  if (words > 14 || line.length > 140) return longNoise(line, words);
  if (words >= 5 && SMALL_RE.test(line)) return true;
  const f = foldForMatch(line).replace(/[.!:…]+$/u, '').trim();
  if (LINES.has(f)) return true;
  // counters: `12 Comments`, `التعليقات (3)`, `1,204 views`
  if (/\d/u.test(f) && LINES.has(f.replace(/[\d()[\],.٬]+/gu, ' ').replace(/\s+/gu, ' ').trim())) return true;
  if (RELATIVE_TIME.test(f)) return true;
  if ((f.includes('read') || f.includes('قراء')) && isReadingTime(f)) return true;
  if (COPYRIGHT.some((c) => f.startsWith(c) || (c.length > 9 && f.includes(c)))) return true;
  const caption = captionLabel(line.replace(/^[([]\s*/u, ''));
  if (caption?.colon && words <= 15) return true;
  const { social, total } = SOCIAL_ANY.test(f) ? socialCount(f) : { social: 0, total: 0 };
  if (social >= 2 && social >= total - 2) return true;
  if (social >= 1 && social === total) return true;
  // `Listen to this article | 4 mins`, `Save · Share`: every part is noise (or a bare duration)
  const parts = line.includes('|') || line.includes('·') || line.includes('•') ? line.split(/\s*[|·•]\s*/u).filter((p) => p.trim() !== '') : [];
  if (parts.length >= 2 && parts.every((p) => DURATION.test(foldForMatch(p)) || isNoiseLine(p))) return true;
  const verb = VERBS_BY_FIRST.get(f[0] ?? '')?.find((v) => startsWithWord(f, v));
  if (verb) {
    if (social >= 1 || words <= 2) return true;
    if (OBJECTS.some((o) => f.includes(o))) return true;
  }
  return false;
}
