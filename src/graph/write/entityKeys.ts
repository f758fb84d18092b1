/**
 * Keys that decide when two extracted entities are the same real-world entity.
 * All keys carry the entity type, so "Jordan" the country never meets a person.
 * Safeguard against merging different people who share a surname: a PERSON gets
 * keys only from names of two or more words, never from a bare surname.
 */
import { normalizeKey } from '../../extract/normalize.js';

const ARTICLE_PREFIX = /^(ال|al |el |the )/;

function baseKey(name: string): string {
  return normalizeKey(name)
    .split(' ')
    .map((w) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w))
    .join(' ')
    .replace(ARTICLE_PREFIX, '')
    .trim();
}

// Arabic letters → Latin consonant classes, so "McKenzie" and "ماكنزي" share a skeleton.
// Long vowels (ا و ي) and ع/ء carry no consonant in common transliterations: dropped.
const AR: Record<string, string> = {
  ب: 'b', ت: 't', ث: 't', ج: 'j', ح: 'h', خ: 'k', د: 'd', ذ: 'd', ر: 'r', ز: 'z', س: 's', ش: 's', ص: 's', ض: 'd',
  ط: 't', ظ: 'z', غ: 'g', ف: 'f', ق: 'k', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ة: '', ا: '', و: '', ي: '', ع: '', ء: '',
  پ: 'b', چ: 'j', ژ: 'j', گ: 'g', ڤ: 'f',
};

function latinSkeleton(word: string): string {
  return word
    .replace(/^(al|el)(?=[a-z]{3})/, '')
    .replace(/ph/g, 'f')
    .replace(/(sh|ch)/g, 's')
    .replace(/(kh|ck|q|c|x)/g, 'k')
    .replace(/th/g, 't')
    .replace(/dh/g, 'd')
    .replace(/gh/g, 'g')
    .replace(/[vp]/g, (m) => (m === 'v' ? 'f' : 'b'))
    .replace(/[aeiouyw'`-]/g, '')
    .replace(/(.)\1+/g, '$1');
}

function arabicSkeleton(word: string): string {
  const w = word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
  return [...w]
    .map((c) => AR[c] ?? '')
    .join('')
    .replace(/(.)\1+/g, '$1');
}

/** Consonant skeleton of a multi-word person name in either script, or null when too short to be safe. */
export function transliterationKey(name: string): string | null {
  const words = normalizeKey(name).split(' ').filter(Boolean);
  if (words.length < 2) return null;
  const skel = words.map((w) => (/[\u0600-\u06ff]/.test(w) ? arabicSkeleton(w) : latinSkeleton(w))).filter(Boolean);
  if (skel.length < 2 || skel.join('').length < 5) return null;
  return skel.join(' ');
}

export interface KeyInput {
  type: string;
  name: string;
  aliases: string[];
}

/** How a key was made; recorded on automatic merges so they can be inspected and undone. */
export type KeyRule = 'name' | 'alias' | 'transliteration';

export interface EntityKey {
  key: string;
  rule: KeyRule;
}

/** Resolution keys of an entity, strongest first. Name and alias keys share one space, so a name in one article meets an alias in another. */
export function entityKeys(e: KeyInput): EntityKey[] {
  const out: EntityKey[] = [];
  const add = (key: string, rule: KeyRule) => {
    if (!out.some((k) => k.key === key)) out.push({ key, rule });
  };
  const multiWordOk = (s: string) => e.type !== 'PERSON' || s.split(' ').length >= 2;
  const nameKey = baseKey(e.name);
  if (nameKey && multiWordOk(nameKey)) add(`${e.type}|${nameKey}`, 'name');
  for (const a of e.aliases) {
    const k = baseKey(a);
    if (k.length >= 2 && multiWordOk(k)) add(`${e.type}|${k}`, 'alias');
  }
  if (e.type === 'PERSON') {
    for (const n of [e.name, ...e.aliases]) {
      const t = transliterationKey(n);
      if (t) add(`PERSON|tr:${t}`, 'transliteration');
    }
  }
  return out;
}
