/**
 * Resolver (e): turns finder candidates into the article's entities and mentions.
 *  1. weak names (surname only, bare "الميليشيات") survive only if their entity has a strong mention;
 *  2. overlapping candidates: the higher-priority, then longer one wins — names and nominal
 *     descriptions are separate layers, so "الميليشيات المدعومة من إيران" keeps its inner "إيران";
 *  3. within-article coreference: one entity per gazetteer id / nominal group / normalized name, and
 *     a surname alone ("Saree", "الحميداوي") joins the full name of an unknown person seen in the article;
 *  4. entities are numbered e1, e2, … in order of first mention, with every surface form as an alias.
 */
import { entityId, type EntityId } from '../../ids.js';
import type { ArticleDoc, Entity, EntityCandidate, Mention } from '../types.js';
import { cliticReadings, normalizeKey, offsetAfterLetters, tokenize } from '../normalize.js';
import { sentenceTokens } from './sentenceTokens.js';
import { PRIORITY, candidatesBySentence } from './candidates.js';

const overlaps = (a: EntityCandidate, b: EntityCandidate): boolean => a.start < b.end && b.start < a.end;
/** Descriptions (nominal groups, state bodies) and names are separate layers: one may contain the other. */
const layer = (c: EntityCandidate): string => (c.nominal || c.containsNames ? 'outer' : 'name');

function dropOverlaps(cands: EntityCandidate[]): EntityCandidate[] {
  const kept: EntityCandidate[] = [];
  // Candidates never cross a sentence: resolve each sentence on its own (linear on long pages).
  for (const group of candidatesBySentence(cands).values()) {
    const order = [...group].sort((a, b) => b.priority - a.priority || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
    const here: EntityCandidate[] = [];
    for (const c of order) if (!here.some((k) => layer(k) === layer(c) && overlaps(k, c))) here.push(c);
    kept.push(...here);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Surname-only mentions of persons the gazetteer does not know. */
function linkSurnames(doc: ArticleDoc, kept: EntityCandidate[]): EntityCandidate[] {
  const bySurname = new Map<string, EntityCandidate>();
  /** Full names of known persons too, only to re-read a capitals-only guess of their surname (below). */
  const knownBySurname = new Map<string, EntityCandidate>();
  for (const c of kept) {
    if (c.type !== 'PERSON') continue;
    const toks = tokenize(c.text);
    if (toks.length < 2) continue;
    const last = toks[toks.length - 1]!.key;
    if (last.length < 4) continue;
    const into = c.gazetteerId ? knownBySurname : bySurname;
    if (!into.has(last)) into.set(last, c);
  }
  if (!bySurname.size && !knownBySurname.size) return kept;
  // A single-token person found on its own (after a title) is the same person; so is "Al-Arouri" that
  // capitals alone proposed (as whatever type) when the article names the known Saleh al-Arouri.
  for (const c of kept) {
    if (c.gazetteerId || c.nominal) continue;
    // (without a leading al-/el- and a possessive 's: "al-Arouri's killing")
    // ("بن فرحان" / "bin Farhan" after a title: the patronymic part of a known name stands for the person)
    const toks = tokenize(c.text).filter((t, i, all) => !(i === 0 && all.length > 1 && /^(?:al|el|bin|ibn|بن|ابن)$/.test(t.key)) && !(i === all.length - 1 && i > 0 && t.key === 's'));
    if (toks.length >= 3 && c.type === 'PERSON') {
      // "وسام حسن الطويل" (with a father's name) is the known "وسام الطويل": same first and last word
      const first = toks[0]!.key;
      const last = toks[toks.length - 1]!.key;
      const short = knownBySurname.get(last);
      const st = short ? tokenize(short.text) : [];
      if (short && st.length === 2 && st[0]!.key === first) Object.assign(c, { groupKey: short.groupKey });
      continue;
    }
    if (toks.length !== 1) continue;
    const full = bySurname.get(toks[0]!.key);
    const known = c.via === 'capitalized' || c.type === 'PERSON' ? knownBySurname.get(toks[0]!.key) : undefined;
    const target = full && full !== c && c.type === 'PERSON' ? full : known;
    if (target && target !== c) Object.assign(c, { groupKey: target.groupKey, type: 'PERSON' });
  }
  if (!bySurname.size) return kept;
  const added: EntityCandidate[] = [];
  const { text } = doc.parsed;
  const keptBySentence = candidatesBySentence(kept);
  sentenceTokens(doc.parsed).forEach((tokens, si) => {
    for (const t of tokens) {
      if (!t.arabic && !/^\p{Lu}/u.test(t.raw)) continue;
      const readings = [{ key: t.key, clitic: '' }, ...(t.arabic ? cliticReadings(t.key).filter((r) => !r.fusedArticle) : [])];
      for (const r of readings) {
        const full = bySurname.get(r.key);
        if (!full) continue;
        const start = t.start + (r.clitic ? offsetAfterLetters(t.raw, r.clitic.length) : 0);
        if ((keptBySentence.get(si) ?? []).some((k) => !k.nominal && k.start < t.end && start < k.end)) break;
        added.push({ ...full, start, end: t.end, text: text.slice(start, t.end), sentence: si, via: 'coref:surname', priority: PRIORITY.coref, extraAliases: [] });
        break;
      }
    }
  });
  return added.length ? [...kept, ...added].sort((a, b) => a.start - b.start) : kept;
}

/** Class nouns around a name (قاعدة حرير, Ain al-Asad air base): a short form is the name without them. */
const LEADING_CLASS = new Set(['قاعده', 'مطار', 'ميناء', 'معبر', 'بلده', 'مدينه', 'قريه', 'حي', 'مخيم', 'حقل', 'مصفاه', 'محافظه', 'قضاء', 'ناحيه', 'منطقه']);
const TRAILING_CLASS = new Set(['air base', 'airbase', 'base', 'airport', 'airfield', 'port', 'camp', 'garrison', 'الجويه', 'العسكريه', 'الجوي', 'العسكري', 'الدولي']);
const bareMemo = new Map<string, string>();
function bareKey(s: string): string {
  let b = bareMemo.get(s);
  if (b === undefined) {
    if (bareMemo.size > 20_000) bareMemo.clear();
    bareMemo.set(s, (b = normalizeKey(s).split(' ').map((w) => w.replace(/^ال(?=..)/, '')).join(' ')));
  }
  return b;
}

const coreMemo = new Map<string, string>();
function coreOf(text: string): string {
  let c = coreMemo.get(text);
  if (c === undefined) {
    if (coreMemo.size > 20_000) coreMemo.clear();
    coreMemo.set(text, (c = computeCore(text)));
  }
  return c;
}

function computeCore(text: string): string {
  let words = normalizeKey(text).split(' ');
  if (words.length > 1 && LEADING_CLASS.has(words[0]!)) words = words.slice(1);
  for (const n of [2, 1]) {
    if (words.length > n && TRAILING_CLASS.has(words.slice(-n).join(' '))) { words = words.slice(0, -n); break; }
  }
  return words.map((w) => w.replace(/^ال(?=..)/, '')).join(' ');
}

/**
 * Within-article coreference of short forms: an unknown name ("Ain al-Asad", "حرير") that is the start
 * of a longer name of the same type in the article ("Ain al-Asad air base", "قاعدة حرير") — class nouns
 * aside — is that entity. Persons are linked by surname instead (linkSurnames).
 */
function mergeShortForms(groups: Map<string, EntityCandidate[]>): void {
  for (const [key, members] of [...groups]) {
    const first = members[0]!;
    // Only unknown names can be short forms; most groups stop here.
    if (first.gazetteerId || first.nominal || !groups.has(key) || members.some((m) => m.gazetteerId || m.nominal)) continue;
    // A guessed person ("Magen David" by capitals alone) may be the start of a typed name ("Magen David Adom").
    const guessedPerson = first.type === 'PERSON' && members.every((m) => m.via === 'capitalized');
    if (first.type === 'PERSON' && !guessedPerson) continue;
    let short = '';
    for (const m of members) {
      for (const s of [m.text, ...(m.extraAliases ?? [])]) {
        const c = coreOf(s);
        if (c.length > short.length) short = c;
      }
    }
    if (short.replace(/ /g, '').length < 4) continue;
    let own: Set<string> | null = null;
    let target: string | null = null;
    for (const [lk, lm] of groups) {
      if (lk === key) continue;
      const lt = lm[0]!.type;
      const sameType = lt === first.type || (guessedPerson && lt !== 'PERSON');
      if ((!sameType && lt !== 'FACILITY') || lm.some((m) => m.nominal)) continue;
      const hit = lm.some((m) => {
        if (m.text.length <= short.length) return false;
        const core = coreOf(m.text);
        // Same type (or a guessed person) when the short form starts the long one; any guessed type when the long
        // one is the short one plus a class noun (a base called by its place's name: "Ain al-Asad" = the air base).
        const ok = core === short ? sameType || (lt === 'FACILITY' && first.type !== 'COUNTRY') : sameType && core.startsWith(short + ' ');
        if (!ok) return false;
        own ??= new Set(members.map((x) => bareKey(x.text)));
        return !own.has(bareKey(m.text));
      });
      if (hit) { target = lk; break; }
    }
    if (!target) continue;
    for (const m of members) m.groupKey = target;
    groups.get(target)!.push(...members);
    groups.delete(key);
  }
}

export function resolveEntities(doc: ArticleDoc): ArticleDoc {
  // The page's own outlet is structure, not an entity (dev README), when only guessed from the text.
  const source = doc.parsed.source ? normalizeKey(doc.parsed.source) : null;
  const cands = (doc.candidates ?? []).filter((c) => !(source && !c.gazetteerId && c.text.length >= source.length - 2 && normalizeKey(c.text) === source)).map((c) => ({ ...c }));
  const strong = new Set(cands.filter((c) => !c.weak).map((c) => c.groupKey));
  const kept = linkSurnames(doc, dropOverlaps(cands.filter((c) => !c.weak || strong.has(c.groupKey))));

  const groups = new Map<string, EntityCandidate[]>();
  for (const c of kept) {
    const g = groups.get(c.groupKey);
    if (g) g.push(c);
    else groups.set(c.groupKey, [c]);
  }

  mergeShortForms(groups);
  const entities: Entity[] = [];
  const idOf = new Map<string, EntityId>();
  for (const [key, members] of groups) {
    const id = entityId(`e${entities.length + 1}`);
    idOf.set(key, id);
    const best = [...members].sort((a, b) => b.priority - a.priority)[0]!;
    let name = best.name;
    const canonical = members.find((m) => m.name !== m.text);
    if (!best.gazetteerId && !best.nominal) {
      // A finder that composed a canonical name ("Iranian Embassy in Damascus") names the entity;
      // otherwise an unknown name is called by its fullest form (the full name, not the surname).
      name = canonical?.name ?? [...members].sort((a, b) => b.text.length - a.text.length || a.start - b.start)[0]!.text;
    }
    const names: Entity['names'] = {};
    for (const m of members) Object.assign(names, { ...m.names, ...names });
    if (!best.gazetteerId && !best.nominal) {
      for (const m of members) if (!names[/[\u0600-\u06ff]/.test(m.text) ? 'ar' : 'en']) names[/[\u0600-\u06ff]/.test(m.text) ? 'ar' : 'en'] = m.text;
    }
    const aliases = [...new Set(members.flatMap((m) => [m.text, ...(m.extraAliases ?? [])]))];
    entities.push({ id, name, type: best.type, names, aliases, gazetteerId: best.gazetteerId, nominal: best.nominal });
  }

  // A name inside a description or a bigger name (إيران in الميليشيات المدعومة من إيران, U.S. in "U.S. forces",
  // بغداد in السفارة الأمريكية في بغداد) stays a mention of its own, pointing at the containing entity.
  const outerBySentence = new Map<number, EntityCandidate[]>();
  for (const c of kept) {
    if (layer(c) !== 'outer') continue;
    const list = outerBySentence.get(c.sentence);
    if (list) list.push(c);
    else outerBySentence.set(c.sentence, [c]);
  }
  const mentions: Mention[] = kept.map((c) => {
    const m: Mention = { start: c.start, end: c.end, text: c.text, entity: idOf.get(c.groupKey)!, sentence: c.sentence, via: c.via };
    const outer = layer(c) === 'name' ? outerBySentence.get(c.sentence)?.find((o) => o.start <= c.start && c.end <= o.end && o.groupKey !== c.groupKey) : undefined;
    if (outer) {
      m.container = idOf.get(outer.groupKey)!;
      m.insideNominal = outer.nominal;
    }
    return m;
  });
  const byGz = new Map(entities.filter((e) => e.gazetteerId).map((e) => [e.gazetteerId!, e.id]));
  const demonyms = (doc.demonyms ?? []).map((d) => ({ ...d, entity: byGz.get(d.gazetteerId) ?? null }));
  return { ...doc, entities: [...doc.entities, ...entities], mentions: [...doc.mentions, ...mentions], candidates: [], demonyms };
}
