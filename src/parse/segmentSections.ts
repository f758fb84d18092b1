/**
 * Segments a copied news page into typed sections (title, body, subheadings, embedded posts,
 * read-also articles, related lists, tags, source, byline, date lines, breadcrumbs, UI noise) and
 * collects the page metadata those sections carry. Works line by line with a small state machine:
 * `main` (the article), `readAlso` (a secondary article), `related` (a headline list).
 */
import type { EmbeddedPost, SecondaryArticle, SectionKind, Span } from './types.js';
import { splitLines, type Line } from './splitLines.js';
import { compileLabels } from './matchLabel.js';
import { AUTHOR_BOX_LABELS, LIST_ONLY_LABELS, READ_ALSO_LABELS, RELATED_LABELS, SOURCE_LABELS, TAG_LABELS } from './markers.js';
import { matchPostAttribution } from './matchPostAttribution.js';
import { matchByline } from './matchByline.js';
import { isBreadcrumb } from './isBreadcrumb.js';
import { isNoiseLine } from './isNoiseLine.js';
import { matchBullet } from './matchBullet.js';
import { matchDatelineLine, matchDatelinePrefix } from './matchDateline.js';
import { splitTags } from './splitTags.js';
import { countWords } from './countWords.js';
import { agencySignoff, outletFromCredit } from './outletFromCredit.js';
import { detectLanguage } from './detectLanguage.js';
import { hasOutletWord, looksLikeOutletName, matchHeaderLine } from './matchMasthead.js';
import { isSectionName } from './isSectionName.js';
import { isDateLine, splitOutsideDates } from './isDateLine.js';
import { foldForMatch } from './foldText.js';
import { isSpaceCode } from './isSpaceCode.js';

/** A section before language and content flags are attached. */
export interface RawSection extends Span {
  kind: SectionKind;
  secondary?: number;
}

export interface Segmentation {
  sections: RawSection[];
  posts: EmbeddedPost[];
  secondaryArticles: SecondaryArticle[];
  relatedHeadlines: string[];
  tags: string[];
  title: string | null;
  /** Value of the page's source line (`المصدر: …`). */
  source: string | null;
  /** Agency or outlet named in a dateline (`(Meridian Wire)`, `بغداد - وكالة …`), a fallback for `source`. */
  agency: string | null;
  /** Outlet named in the page header (`The Cedar Courier`, `Outlet | Section`), the next fallback. */
  masthead: string | null;
  /** A bare first line that may be the outlet or only a section label (no outlet word, not repeated in the page). */
  mastheadGuess: string | null;
  /** Outlet of a copyright line (`© 2024 X`). */
  copyrightOutlet: string | null;
  /** Name after the place in a `place - name` line that does not read as an outlet (may be a reporter). */
  placeCredit: string | null;
  /** Outlet named in a staff credit (`X staff`), the last fallback for `source`. */
  creditOutlet: string | null;
  /** Date printed by the page for the article (date line or byline), ISO; an update date only when no other. */
  published: string | null;
}

/**
 * The page's source: its source line, else a dateline agency, the masthead, a copyright, a place
 * credit, a bare first line that may only be a section label, a staff credit.
 */
export function sourceOf(seg: Segmentation): string | null {
  return seg.source ?? seg.agency ?? seg.masthead ?? seg.copyrightOutlet ?? seg.placeCredit ?? seg.mastheadGuess ?? seg.creditOutlet;
}

const sourceLabel = compileLabels(SOURCE_LABELS);
const tagLabel = compileLabels(TAG_LABELS);
const readAlsoLabel = compileLabels(READ_ALSO_LABELS);
const relatedLabel = compileLabels(RELATED_LABELS);
/** Related labels (as listed) that never open a single article. */
const LIST_ONLY = new Set(RELATED_LABELS.filter((l) => LIST_ONLY_LABELS.some((o) => foldForMatch(o) === foldForMatch(l))));
const HEADER_SPLIT = /\s+[|｜·•—–]\s+|\s*[|｜]\s*/gu;
const AUTHOR_BOX = new Set(AUTHOR_BOX_LABELS.map(foldForMatch));
/** Lines of an author biography taken under an author-box header. */
const AUTHOR_BOX_LINES = 2;

/** Tag labels that only count with a colon (they also open ordinary headings). */
const WEAK_TAG_LABELS = new Set(['مواضيع', 'المواضيع', 'موضوعات', 'الموضوعات', 'تصنيفات', 'التصنيفات', 'التصنيف', 'topics', 'tagged', 'filed under', 'categories', 'category']);
const MAX_TITLE_WORDS = 30;
const MAX_SUBHEADING_WORDS = 12;
const MAX_RELATED_PLAIN_WORDS = 24;
/** Sentence-final punctuation: a line ending with it is a paragraph, not a heading. */
const PARAGRAPH_END = /[.!?؟؛…:]["'”’»)\]]*$/u;
/** A headline may end with ? or ! but not with a full stop or colon. */
const TITLE_END = /(?:[^.]\.|[؛:])$/u;

type Mode = 'main' | 'readAlso' | 'related';

/** Words that label a date as the page's publication / update date. */
const PUBLISHED_WORDS = /نشر|تاريخ|تحديث|published|updated|posted|date/iu;
/** An update stamp (`آخر تحديث:`, `Updated`): its date is the article's only when no publication date is printed. */
const UPDATE_WORDS = /تحديث|محدث|updated|modified/iu;
const PUBLICATION_WORDS = /نشر|published|posted/iu;

/** True when `value` after a label reads like a short label value, not the start of a paragraph. */
const shortValue = (value: string, maxWords: number): boolean => countWords(value) <= maxWords && !/[.!?؟]$/.test(value);

/** A short line that reads like a linked headline (no sentence end, no page marker); `knownNotNoise` skips the noise check. */
function isPlainHeadline(line: string, knownNotNoise = false): boolean {
  const words = countWords(line);
  return (
    words <= 20 &&
    // a question may be a headline (`What are the Houthis?`); other sentence ends mark a paragraph
    (!PARAGRAPH_END.test(line) || (words <= 14 && /[?؟]["'”’»)]*$/u.test(line))) &&
    !sourceLabel(line) &&
    !tagLabel(line) &&
    !relatedLabel(line) &&
    !readAlsoLabel(line) &&
    (knownNotNoise || !isNoiseLine(line)) &&
    !matchPostAttribution(line) &&
    !isDateLine(line)
  );
}

/** A line that is only links (`https://t.co/x`, `pic.twitter.com/y`). */
function isLinkOnly(line: string): boolean {
  return line.replace(/(?:https?:\/\/|pic\.twitter\.com\/|www\.)\S+/giu, '').trim() === '';
}

function looksLikeHashtagList(line: string): boolean {
  if (line[0] !== '#') return false;
  const tokens = line.split(/\s+/u);
  return tokens.length >= 2 && tokens.every((t) => /^#[^\s#]+$/u.test(t));
}

export function segmentSections(text: string): Segmentation {
  const lines = splitLines(text);
  const out: Segmentation = {
    sections: [],
    posts: [],
    secondaryArticles: [],
    relatedHeadlines: [],
    tags: [],
    title: null,
    source: null,
    agency: null,
    masthead: null,
    mastheadGuess: null,
    copyrightOutlet: null,
    placeCredit: null,
    creditOutlet: null,
    published: null,
  };
  /** Date of an update stamp, used when the page prints no other date. */
  let updated: string | null = null;
  /** A bare date after the article's source / tags, the last resort for `published`. */
  let lateDate: string | null = null;
  let mode: Mode = 'main';
  let secondary = -1; // index of the current secondary article
  let awaitingSecondaryTitle = false;
  let firstParagraphOfSecondary = false;
  let bodySeen = false;
  let awaitingTags = false;
  let tagLinesTaken = 0;
  /** A line already consumed by a look-ahead. */
  let skipLine = -1;
  /** The main article ended (a source or tag line after its body). */
  let mainEnded = false;
  /** The current read-also is a link inside the article: its title only, then the article goes on. */
  let titleOnly = false;
  /** Biography lines still expected under an `About the author` header. */
  let authorBoxLeft = 0;
  /** Line index of the last `Label: headline` list item (labelled runs continue the list). */
  let lastLabelledItem = -1;
  /** Line index of a bare masthead line, -1 when none. */
  let mastheadLine = -1;
  /** No section but UI noise pushed yet (a masthead opens the page). */
  let onlyNoiseYet = true;

  const push = (kind: SectionKind, start: number, end: number): RawSection | null => {
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end <= start) return null;
    if (kind !== 'noise') onlyNoiseYet = false;
    const s: RawSection = { kind, start, end };
    if (mode === 'readAlso' && secondary >= 0) s.secondary = secondary;
    out.sections.push(s);
    if (s.secondary !== undefined) {
      const art = out.secondaryArticles[s.secondary];
      if (art) art.end = Math.max(art.end, end);
    }
    return s;
  };
  const notePublished = (iso: string | null, line = ''): void => {
    if (!iso || mode !== 'main') return;
    if (UPDATE_WORDS.test(line) && !PUBLICATION_WORDS.test(line)) updated ??= iso;
    else out.published ??= iso;
  };
  /** Agency from a `place - name` line: an outlet-like name is an agency, other names only a weak credit. */
  const noteDatelineCredit = (name: string | null, marked = false): void => {
    if (!name) return;
    if (marked || hasOutletWord(name)) out.agency ??= name;
    else out.placeCredit ??= name;
  };
  /** countWords per line, computed once (most steps below and their look-aheads ask for it). */
  const wordsCache: Array<number | undefined> = [];
  const wordsAt = (k: number): number => (wordsCache[k] ??= countWords((lines[k] as Line).text));
  /** isNoiseLine per line, computed once (look-aheads ask about the same lines again). */
  const noiseCache: Array<boolean | undefined> = [];
  const noiseAt = (k: number): boolean => (noiseCache[k] ??= isNoiseLine((lines[k] as Line).text, wordsAt(k)));
  /** isDateLine per line, computed once. */
  const dateCache: Array<string | null | undefined> = [];
  const dateLineAt = (k: number): string | null => (dateCache[k] === undefined ? (dateCache[k] = isDateLine((lines[k] as Line).text)) : dateCache[k]);
  /** Next line index after i that is not UI noise. */
  const nextNonNoise = (i: number): number => {
    let k = i + 1;
    while (k < lines.length && noiseAt(k)) k++;
    return k;
  };

  /** A content paragraph of the current stream: body, subheading or read-also body; `words`: countWords of its text. */
  const pushParagraph = (start: number, end: number, words: number): void => {
    const t = text.slice(start, end).trim();
    if (mode === 'readAlso') {
      if (awaitingSecondaryTitle) {
        setSecondaryTitle(start, end);
        return;
      }
      if (firstParagraphOfSecondary) {
        firstParagraphOfSecondary = false;
        const d = matchDatelinePrefix(t);
        if (d) {
          const lead = start + (text.slice(start, end).length - text.slice(start, end).trimStart().length);
          push('dateline', lead, lead + d.length);
          push('readAlsoBody', lead + d.length, end);
          return;
        }
      }
      push('readAlsoBody', start, end);
      return;
    }
    const headingLike = words <= MAX_SUBHEADING_WORDS && t.length <= 100 && !PARAGRAPH_END.test(t) && matchBullet(t) === null;
    if (!bodySeen && out.title === null && words < 3 && !TITLE_END.test(t) && mode === 'main') {
      push('breadcrumb', start, end);
      return;
    }
    if (!bodySeen && out.title === null && words <= MAX_TITLE_WORDS && !TITLE_END.test(t)) {
      const s = push('title', start, end);
      if (s) out.title = text.slice(s.start, s.end);
      return;
    }
    if (headingLike && (bodySeen || out.title !== null)) {
      push('subheading', start, end);
      return;
    }
    if (!bodySeen) {
      const d = matchDatelinePrefix(t);
      if (d) {
        const lead = start + (text.slice(start, end).length - text.slice(start, end).trimStart().length);
        push('dateline', lead, lead + d.length);
        if (d.agency && !out.agency) out.agency = d.agency;
        push('body', lead + d.length, end);
        bodySeen = true;
        return;
      }
    }
    push('body', start, end);
    bodySeen = true;
  };

  const setSecondaryTitle = (start: number, end: number): void => {
    awaitingSecondaryTitle = false;
    const s = push('readAlsoTitle', start, end);
    const art = out.secondaryArticles[secondary];
    if (s && art) {
      art.title = text.slice(s.start, s.end);
      art.titleSpan = { start: s.start, end: s.end };
    }
    if (titleOnly) mode = 'main';
  };
  /** Index of the last source or tag line (computed on first use), -1 when there is none. */
  let lastEndMarker: number | undefined;
  /** Whether a source or tag line comes after line i (the main article goes on until it). */
  const endMarkerAfter = (i: number): boolean => {
    if (lastEndMarker === undefined) {
      lastEndMarker = -1;
      for (let k = lines.length - 1; k >= 0; k--) {
        const t = (lines[k] as Line).text;
        if (sourceLabel(t)?.colon || tagLabel(t)?.colon) {
          lastEndMarker = k;
          break;
        }
      }
    }
    return lastEndMarker > i;
  };

  /** Whether a tag list follows line i: a delimited or hashtag list, or two short lines (one tag each). */
  const tagListAfter = (i: number): boolean => {
    const k = nextNonNoise(i);
    const t = lines[k]?.text;
    if (t === undefined || PARAGRAPH_END.test(t) || sourceLabel(t) || relatedLabel(t) || readAlsoLabel(t)) return false;
    if (looksLikeHashtagList(t)) return true;
    const items = t.split(/\s*[,،;؛|·•/]\s*/u).filter(Boolean);
    if (items.length >= 2 && wordsAt(k) <= 40 && items.every((p) => countWords(p) <= 4)) return true;
    const k2 = nextNonNoise(k);
    const t2 = lines[k2]?.text;
    return wordsAt(k) <= 3 && t2 !== undefined && wordsAt(k2) <= 3 && !PARAGRAPH_END.test(t2) && matchBullet(t) === null;
  };
  /** A paragraph of running text (not a headline, a list item or a page marker). */
  const paragraphAt = (k: number): boolean => {
    const t = lines[k]?.text;
    if (t === undefined || matchBullet(t) !== null || isPlainHeadline(t, true)) return false;
    const w = wordsAt(k);
    return w > MAX_RELATED_PLAIN_WORDS || (w >= 8 && PARAGRAPH_END.test(t));
  };
  /**
   * Whether a related-list label at line i (value: its text on the same line) introduces one
   * article rather than a list: `Related: title` with no bullet or headline under it, or a bare
   * label over one headline and a paragraph.
   */
  const singleArticleAfter = (i: number, value: string, colon: boolean): boolean => {
    if (mode === 'related' || (value !== '' && !colon)) return false;
    const next = nextNonNoise(i);
    const nextText = lines[next]?.text;
    if (value !== '') {
      if (!shortValue(value, MAX_TITLE_WORDS)) return false;
      // `Related: A` / `Related: B` / …: one labelled line per headline is a list
      if (nextText !== undefined && relatedLabel(nextText)) return false;
      return nextText === undefined || (matchBullet(nextText) === null && !isPlainHeadline(nextText, true));
    }
    return nextText !== undefined && isPlainHeadline(nextText, true) && matchBullet(nextText) === null && paragraphAt(nextNonNoise(next));
  };

  /** The line at k reads like the page's headline or another header line (a title still follows). */
  const headlineAt = (k: number): boolean => {
    const l = lines[k];
    if (!l) return false;
    const t = l.text;
    if (matchHeaderLine(t) || isBreadcrumb(t, wordsAt(k)) || isSectionName(t)) return true;
    return wordsAt(k) <= MAX_TITLE_WORDS && !TITLE_END.test(t) && !dateLineAt(k) && !matchByline(t, wordsAt(k)) && !sourceLabel(t) && !tagLabel(t);
  };
  /**
   * Header lines before the body: `Outlet | Section`, `Outlet | date`, `Section | Section`, and a bare
   * outlet name on the first line. Before the title they must be followed by a headline (else the
   * line is the title itself); after it only date lines and section trails are taken here.
   */
  const handleHeader = (line: Line, i: number): boolean => {
    const t = line.text;
    const beforeTitle = out.title === null;
    const h = matchHeaderLine(t);
    const outletLine = h === null && beforeTitle && onlyNoiseYet && looksLikeOutletName(t);
    // the outlet's tagline under its name (`صحيفة إلكترونية مستقلة`, `Independent news since 1990`)
    const tagline = h === null && !outletLine && beforeTitle && mastheadLine >= 0 && nextNonNoise(mastheadLine) === i && wordsAt(i) <= 6 && hasOutletWord(t);
    if (tagline && headlineAt(nextNonNoise(i))) {
      push('breadcrumb', line.start, line.end);
      return true;
    }
    if ((h === null && !outletLine) || matchByline(t, wordsAt(i))) return false;
    if (h?.date) {
      push('dateline', line.start, line.end);
      notePublished(h.date, t);
      if (h.outlet && (beforeTitle || hasOutletWord(h.outlet))) out.masthead ??= h.outlet;
      return true;
    }
    if (h && (beforeTitle ? headlineAt(nextNonNoise(i)) : h.outlet === null)) {
      push('breadcrumb', line.start, line.end);
      if (h.outlet) out.masthead ??= h.outlet;
      return true;
    }
    // under the title, `Outlet News | Section` (a known section beside an outlet-like name) is still a
    // header line; another name there may be a reporter's (`Lina Farouk | Beirut`)
    if (h?.outlet && !beforeTitle && hasOutletWord(h.outlet) && splitOutsideDates(t, HEADER_SPLIT).some((p) => isSectionName(p))) {
      push('breadcrumb', line.start, line.end);
      out.masthead ??= h.outlet;
      return true;
    }
    if (!outletLine) return false;
    let k = nextNonNoise(i);
    while (k < lines.length && dateLineAt(k)) k = nextNonNoise(k); // `Outlet`, date, title
    if (headlineAt(k)) {
      push('breadcrumb', line.start, line.end);
      const name = t.replace(/^[\s|•·]+|[\s|•·]+$/gu, '');
      // an outlet word or the name printed again further down (credit, copyright, prompt) make it the outlet
      if (hasOutletWord(name) || text.includes(name, line.end)) out.masthead ??= name;
      else out.mastheadGuess ??= name;
      mastheadLine = i;
      return true;
    }
    return false;
  };

  const handlePost = (line: Line, index: number): boolean => {
    const a = matchPostAttribution(line.text);
    if (!a) return false;
    let body: Span & { text: string };
    if (a.start > 0 && line.text.slice(0, a.start).trim() !== '') {
      const s = push('post', line.start, line.start + a.start);
      body = s ? { start: s.start, end: s.end, text: text.slice(s.start, s.end) } : { start: line.start, end: line.start, text: '' };
    } else {
      // the post text is the paragraph right before the attribution
      const prev = out.sections[out.sections.length - 1];
      const prevLine = lines[index - 1];
      const contentKinds: SectionKind[] = ['body', 'subheading', 'title', 'readAlsoBody', 'readAlsoTitle'];
      if (prev && prevLine && prev.start >= prevLine.start && contentKinds.includes(prev.kind)) {
        if (prev.kind === 'title') out.title = null;
        if (prev.kind === 'readAlsoTitle') awaitingSecondaryTitle = true;
        // a dateline split off the same paragraph belongs to the post text again
        const prev2 = out.sections[out.sections.length - 2];
        if (prev2 && prev2.kind === 'dateline' && prev2.start >= prevLine.start) {
          out.sections.splice(out.sections.length - 2, 1);
          prev.start = prev2.start;
        }
        prev.kind = 'post';
        // a post whose last line is only a link (`pic.twitter.com/…`) began on the line before
        const before = out.sections[out.sections.length - 2];
        const beforeLine = lines[index - 2];
        if (isLinkOnly(text.slice(prev.start, prev.end)) && before && beforeLine && before.start >= beforeLine.start && contentKinds.includes(before.kind) && before.kind !== 'title') {
          out.sections.splice(out.sections.length - 1, 1);
          before.kind = 'post';
          before.end = prev.end;
          body = { start: before.start, end: before.end, text: text.slice(before.start, before.end) };
        } else {
          body = { start: prev.start, end: prev.end, text: text.slice(prev.start, prev.end) };
        }
      } else {
        body = { start: line.start, end: line.start, text: '' };
      }
    }
    const attr = push('postAttribution', line.start + a.start, line.start + a.end);
    let date = a.date;
    let end = line.start + a.end;
    // `— Name (@handle)` with its date on the next line: that date is the post's, not the page's
    const next = lines[index + 1];
    if (!date && a.restStart >= line.text.length && next) {
      const d = isDateLine(next.text);
      if (d) {
        date = d;
        end = next.end;
        skipLine = index + 1;
        push('postAttribution', next.start, next.end);
      }
    }
    out.posts.push({
      start: body.text ? body.start : line.start + a.start,
      end,
      handle: a.handle,
      author: a.author,
      date,
      body,
      language: detectLanguage(body.text || (attr ? text.slice(attr.start, attr.end) : ''), 'ar'),
    });
    bodySeen = true;
    if (a.restStart < line.text.length) {
      // text glued after the date is the next subheading (or paragraph)
      const rest = line.text.slice(a.restStart);
      const restStart = line.start + a.restStart;
      if (mode === 'readAlso') push('readAlsoBody', restStart, line.end);
      else if (countWords(rest) <= MAX_SUBHEADING_WORDS && !PARAGRAPH_END.test(rest.trim())) push('subheading', restStart, line.end);
      else push('body', restStart, line.end);
    }
    return true;
  };

  for (let i = 0; i < lines.length; i++) {
    if (i === skipLine) continue;
    const line = lines[i] as Line;
    const t = line.text;

    if (awaitingTags) {
      // the tag list under a bare label: one line, or one short line per tag
      const w = wordsAt(i);
      const oneLineList = tagLinesTaken === 0 && w <= 40 && !PARAGRAPH_END.test(t);
      if ((oneLineList || w <= 4) && !PARAGRAPH_END.test(t) && !sourceLabel(t) && !relatedLabel(t) && !readAlsoLabel(t) && !noiseAt(i)) {
        tagLinesTaken++;
        if (w > 4) awaitingTags = false;
        push('tags', line.start, line.end);
        out.tags.push(...splitTags(matchBullet(t) === null ? t : t.slice(matchBullet(t) ?? 0)));
        continue;
      }
      awaitingTags = false;
    }

    if (t.length <= 30 && AUTHOR_BOX.has(foldForMatch(t).replace(/[:：]$/u, '').trim())) {
      push('byline', line.start, line.end);
      authorBoxLeft = AUTHOR_BOX_LINES;
      continue;
    }
    if (authorBoxLeft > 0) {
      authorBoxLeft--;
      if (wordsAt(i) <= 60 && !noiseAt(i) && !sourceLabel(t) && !tagLabel(t) && !relatedLabel(t) && !readAlsoLabel(t)) {
        push('byline', line.start, line.end);
        continue;
      }
      authorBoxLeft = 0;
    }

    if (handlePost(line, i)) continue;

    const src = sourceLabel(t);
    if (src && (src.colon || wordsAt(i) <= 4)) {
      const value = t.slice(src.valueStart).trim();
      if (value && shortValue(value, src.colon ? 12 : 8)) {
        mode = 'main';
        push('source', line.start, line.end);
        if (!out.source) out.source = value.replace(/^[([]+|[)\].،,]+$/gu, '').trim();
        if (bodySeen) mainEnded = true;
        continue;
      }
    }

    const tag = tagLabel(t);
    const tagValue = tag ? t.slice(tag.valueStart).trim() : '';
    const tagLine =
      tag !== null &&
      (tag.colon ||
        tagValue.startsWith('#') ||
        (!WEAK_TAG_LABELS.has(tag.label) && (tagValue === '' || (countWords(tagValue) <= 40 && !PARAGRAPH_END.test(tagValue)))) ||
        // a bare `Topics` / `مواضيع` over a delimited list or one short tag per line
        (tagValue === '' && tagListAfter(i)));
    if (tag && tagLine) {
      mode = 'main';
      if (bodySeen) mainEnded = true;
      push('tags', line.start, line.end);
      const value = t.slice(tag.valueStart);
      if (value.trim() === '') {
        awaitingTags = true;
        tagLinesTaken = 0;
      }
      else out.tags.push(...splitTags(value));
      continue;
    }

    const rel = relatedLabel(t);
    // `Related: title` followed by its text (not by a list): a read-also article, like `اقرأ أيضاً: title`
    const ra = readAlsoLabel(t) ?? (rel && !LIST_ONLY.has(rel.label) && singleArticleAfter(i, t.slice(rel.valueStart).trim(), rel.colon) ? rel : null);
    if (ra) {
      const value = t.slice(ra.valueStart).trim();
      const nextIdx = nextNonNoise(i);
      const nextLine = lines[nextIdx];
      const afterNext = lines[nextNonNoise(nextIdx)];
      // bullets, or two headline-like lines in a row: a list of links, not one secondary article
      const listFollows =
        value === '' &&
        nextLine !== undefined &&
        (matchBullet(nextLine.text) !== null || (isPlainHeadline(nextLine.text, true) && afterNext !== undefined && isPlainHeadline(afterNext.text, true)));
      if (listFollows) {
        mode = 'related';
        push('related', line.start, line.end);
        continue;
      }
      // `Read more: A` / `Read more: B`: one labelled line per headline is a list of links
      const labelledAt = (k: number): boolean => {
        const l = lines[k]?.text;
        const m = l === undefined ? null : (readAlsoLabel(l) ?? relatedLabel(l));
        return m !== null && m.colon && (l as string).slice(m.valueStart).trim() !== '';
      };
      if (value !== '' && ra.colon && ((mode === 'related' && lastLabelledItem >= 0 && nextNonNoise(lastLabelledItem) === i) || labelledAt(nextIdx))) {
        mode = 'related';
        push('related', line.start, line.end);
        out.relatedHeadlines.push(value);
        lastLabelledItem = i;
        continue;
      }
      if (value === '' || ra.colon || shortValue(value, MAX_TITLE_WORDS)) {
        mode = 'readAlso';
        // an inline `اقرأ أيضاً: title` in the middle of the article (its source/tags still to come,
        // no app prompt under it) is a link: the article goes on after it
        titleOnly = bodySeen && !mainEnded && value !== '' && nextIdx === i + 1 && endMarkerAfter(i);
        secondary = out.secondaryArticles.length;
        out.secondaryArticles.push({ start: line.start, end: line.end, title: '', titleSpan: { start: line.end, end: line.end } });
        firstParagraphOfSecondary = true;
        if (value === '') {
          push('noise', line.start, line.end);
          awaitingSecondaryTitle = true;
        } else {
          push('noise', line.start, line.start + ra.valueStart);
          setSecondaryTitle(line.start + ra.valueStart, line.end);
        }
        continue;
      }
    }

    const bulletsFollow = (): boolean => {
      const k = nextNonNoise(i);
      return matchBullet(lines[k]?.text ?? '') !== null && matchBullet(lines[nextNonNoise(k)]?.text ?? '') !== null;
    };
    // a short heading over a bulleted list after the article ended is a related list too
    const headingOverList =
      !rel && mainEnded && wordsAt(i) <= 6 && !PARAGRAPH_END.test(t) && matchBullet(t) === null && bulletsFollow();
    if (headingOverList) {
      mode = 'related';
      push('related', line.start, line.end);
      continue;
    }
    if (rel) {
      const value = t.slice(rel.valueStart).trim();
      if (value === '' || rel.colon || (countWords(value) <= 4 && bulletsFollow())) {
        mode = 'related';
        if (value === '' || !rel.colon) push('related', line.start, line.end);
        else {
          push('related', line.start, line.end);
          out.relatedHeadlines.push(value);
          lastLabelledItem = i;
        }
        continue;
      }
    }

    if (noiseAt(i)) {
      push('noise', line.start, line.end);
      if (!out.copyrightOutlet && /^(?:©|\(c\)|copyright)/iu.test(t)) out.copyrightOutlet = outletFromCredit(t);
      continue;
    }
    if (mode === 'main' && !bodySeen && handleHeader(line, i)) continue;
    if (!bodySeen && isBreadcrumb(t, wordsAt(i))) {
      push('breadcrumb', line.start, line.end);
      continue;
    }
    // `— AFP` right under the body (not an item of a dashed list)
    const signoff = mode === 'main' && bodySeen && !mainEnded ? agencySignoff(t) : null;
    if (signoff && out.sections[out.sections.length - 1]?.kind === 'body' && matchBullet(lines[nextNonNoise(i)]?.text ?? '') === null) {
      push('byline', line.start, line.end);
      out.agency ??= signoff;
      continue;
    }
    const by = matchByline(t, wordsAt(i));
    if (by) {
      push('byline', line.start, line.end);
      if (!out.creditOutlet) out.creditOutlet = outletFromCredit(t);
      notePublished(by.date, t);
      continue;
    }
    const dl = dateLineAt(i);
    if (dl) {
      push('dateline', line.start, line.end);
      // after the article's source/tags, a bare date belongs to a teaser; a labelled one is the page's
      if (!mainEnded || PUBLISHED_WORDS.test(t)) notePublished(dl, t);
      else if (mode === 'main') lateDate ??= dl; // a footer date: only when the page prints no other
      const h = mode === 'main' && mainEnded ? matchHeaderLine(t) : null; // a footer `Outlet | date`
      if (h?.outlet && hasOutletWord(h.outlet)) out.masthead ??= h.outlet;
      continue;
    }
    if (looksLikeHashtagList(t) && !matchPostAttribution(lines[i + 1]?.text ?? '')) {
      push('tags', line.start, line.end);
      out.tags.push(...splitTags(t));
      continue;
    }

    // a bulleted run after the article ended, even without a heading, is a list of links
    if (mode === 'main' && mainEnded && matchBullet(t) !== null && matchBullet(lines[nextNonNoise(i)]?.text ?? '') !== null) {
      mode = 'related';
    }
    if (mode === 'related') {
      const b = matchBullet(t);
      const w = wordsAt(i);
      if (b !== null || (w <= MAX_RELATED_PLAIN_WORDS && (!/[^.]\.$/u.test(t) || w <= 12))) {
        push('related', line.start, line.end);
        out.relatedHeadlines.push(t.slice(b ?? 0).trim());
        continue;
      }
      mode = 'main';
    }

    if (mode === 'main' && !bodySeen && out.title !== null) {
      const d = matchDatelineLine(t);
      if (d) {
        push('dateline', line.start, line.end);
        noteDatelineCredit(d.agency, d.marked);
        continue;
      }
    }

    pushParagraph(line.start, line.end, wordsAt(i));
  }
  out.published ??= updated ?? lateDate;
  return out;
}
