/**
 * Statements: what named or anonymous sources said, from direct quotes and reported speech
 * (see ./speech.ts for cue detection and speaker resolution). One statement per sentence per
 * speaker; a quotation running over several sentences after one cue is one statement.
 */
import type { ArticleDoc, Component, Statement } from '../types.js';
import { speechAnalysis } from './speech.js';

export { speechAnalysis, speechIn } from './speech.js';

const QUOTE_SPAN = /["“«][^"“”«»]{3,}["”»]/g;

/** Turns the speech analysis into Statement records (merging same speaker + same sentence). */
export const extractStatements: Component = (doc: ArticleDoc): ArticleDoc => {
  const text = doc.parsed.text;
  const byKey = new Map<string, Statement>();
  const order: string[] = [];
  for (const s of speechAnalysis(doc)) {
    const first = doc.parsed.sentences[s.sentence]!;
    const last = doc.parsed.sentences[s.lastSentence]!;
    // "What is Hezbollah saying?": a question asks about speech, it reports none
    const content = text.slice(s.contentStart, s.contentEnd);
    if (/[?؟]\s*$/.test(content) && content.trim().split(/\s+/).length <= 3) continue;
    for (const sp of s.speakers) {
      const key = `${s.sentence}|${sp.entity ? sp.entity.id : 'anon:' + (sp.description ?? '')}`;
      const prev = byKey.get(key);
      if (prev) {
        const start = Math.min(prev.evidence.start, s.contentStart);
        const end = Math.max(prev.evidence.end, s.contentEnd);
        prev.evidence = { start, end };
        prev.text = text.slice(start, end);
        continue;
      }
      byKey.set(key, {
        speaker: sp.entity ? sp.entity.id : null,
        speakerDescription: sp.entity ? null : sp.description,
        text: text.slice(s.contentStart, s.contentEnd),
        language: first.language,
        evidence: { start: s.contentStart, end: s.contentEnd },
        sentence: { text: text.slice(first.start, last.end), start: first.start, end: last.end },
        cue: s.cue,
      });
      order.push(key);
    }
  }
  if (!order.length) return doc;
  // the reported content runs over the whole quotation: a sole speaker's text is widened to cover every quote of its sentence(s)
  const perSentence = new Map<number, number>();
  for (const k of order) perSentence.set(byKey.get(k)!.sentence.start, (perSentence.get(byKey.get(k)!.sentence.start) ?? 0) + 1);
  for (const k of order) {
    const st = byKey.get(k)!;
    if (perSentence.get(st.sentence.start) !== 1) continue;
    let { start, end } = st.evidence;
    QUOTE_SPAN.lastIndex = 0;
    for (let m = QUOTE_SPAN.exec(st.sentence.text); m; m = QUOTE_SPAN.exec(st.sentence.text)) {
      const qs = st.sentence.start + m.index;
      const qe = qs + m[0].length;
      if (qe <= start || qs >= end) {
        start = Math.min(start, qs);
        end = Math.max(end, qe);
      }
    }
    if (start !== st.evidence.start || end !== st.evidence.end) {
      st.evidence = { start, end };
      st.text = text.slice(start, end);
    }
  }
  const found = order.map((k) => byKey.get(k)!);
  return { ...doc, statements: [...doc.statements, ...found, ...quotesThatFollow(doc, found)] };
};

/** A sentence that is one closed quotation and nothing else. */
const WHOLE_QUOTE = /^\s*["“«][^"“”«»]{12,}["”»]\s*[.!?]?\s*$|^\s*["“«][^"“”«»]{12,}[.!?]["”»]\s*$/u;

/**
 * `"…," said X, a spokesman. "…"`: a sentence that is only a new quotation, right after a sentence whose
 * one named speaker was quoted, is that speaker's next statement (a quote running on without a cue).
 */
function quotesThatFollow(doc: ArticleDoc, found: Statement[]): Statement[] {
  const bySentence = new Map<number, Statement[]>();
  for (const st of found) bySentence.set(st.sentence.start, [...(bySentence.get(st.sentence.start) ?? []), st]);
  const out: Statement[] = [];
  const sentences = doc.parsed.sentences;
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    const prev = sentences[i - 1]!;
    if (bySentence.has(s.start) || s.section !== prev.section || !WHOLE_QUOTE.test(s.text)) continue;
    const before = bySentence.get(prev.start) ?? out.filter((x) => x.sentence.start === prev.start);
    if (before.length !== 1 || !before[0]!.speaker || !/["“«]/.test(prev.text)) continue;
    const lead = s.text.length - s.text.trimStart().length;
    const span = { start: s.start + lead, end: s.start + s.text.trimEnd().length };
    out.push({ ...before[0]!, text: doc.parsed.text.slice(span.start, span.end), evidence: span, sentence: { text: s.text, start: s.start, end: s.end }, cue: 'quote' });
  }
  return out;
}

/** The statement stages, in order. */
export const statementComponents: Component[] = [extractStatements];
