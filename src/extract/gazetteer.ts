/**
 * The bilingual gazetteer: curated JSON under data/gazetteer/ (kept as data, versioned), loaded
 * once and indexed as a token trie so matching a sentence is a walk, not a regex per name.
 *
 * Each entry has canonical names (en/ar), aliases in both scripts, and optionally:
 *  - `weak` names (surname only, or words that are also common nouns) that the entity resolver
 *    accepts only when a strong name of the same entity occurs in the article;
 *  - `metonyms` (واشنطن → United States) matched like aliases;
 *  - `demonyms` (الأمريكية, Iranian) that point to the entity but are never mentions.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EntityType } from './types.js';
import { ENTITY_TYPES } from './types.js';
import { cliticReadings, tokenize, type CliticReading, type Token } from './normalize.js';

const NO_READINGS: CliticReading[] = [];

export interface GazetteerEntry {
  id: string;
  type: EntityType;
  en: string;
  ar: string | null;
  aliases: string[];
  weak: string[];
  metonyms: string[];
  demonyms: string[];
  /** State a body belongs to (hint for the relations layer). */
  country: string | null;
  /** Body or state a person served (hint for the relations layer). */
  affiliation: string | null;
  /** A capital's state (places.json): when the capital acts (says, accuses, strikes) it is that COUNTRY. */
  capitalOf: string | null;
  /** File the entry came from (for messages). */
  file: string;
}

export type NameForm = 'name' | 'alias' | 'metonym' | 'weak' | 'demonym';

export interface GazetteerHit {
  entry: GazetteerEntry;
  form: NameForm;
  /** The indexed name as written in the data. */
  surface: string;
  /** Per token: the text token must be capitalized / all-caps (English only). */
  caps: Array<'any' | 'upper-first' | 'all-caps'>;
  /** The indexed name is written with a shadda (عمّان): vocalized text can tell it from عُمان. */
  shadda: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  hits: GazetteerHit[];
  /** No hit here constrains capitalization (true for Arabic names). */
  anyCase: boolean;
}

export interface GazetteerMatch {
  /** Index of the first and one-past-last token. */
  from: number;
  to: number;
  hits: GazetteerHit[];
  /** Clitic cut off the first token ('' when none), and whether it swallowed ال (للقوات). */
  clitic: string;
  fusedArticle: boolean;
}

const BREAKING_GAP = /["«»“”„,،;؛:()[\]{}\n|]/;
const FORM_RANK: Record<NameForm, number> = { name: 0, alias: 1, metonym: 2, weak: 3, demonym: 4 };
const ARABIC = /[\u0600-\u06ff]/;

/** Spelling variants common in Arabic news that normalization does not fold (أمريكا / أميركا). */
function arabicVariants(key: string): string[] {
  const out = new Set([key]);
  const swaps: Array<[RegExp, string]> = [
    [/امريك/g, 'اميرك'], [/اميرك/g, 'امريك'],
    [/ميليشي/g, 'مليشي'], [/مليشي/g, 'ميليشي'],
    [/غ/g, 'ج'],
    // Kurdish outlets write كوردستان.
    [/كردستان/g, 'كوردستان'],
  ];
  for (const [re, to] of swaps) for (const k of [...out]) if (re.test(k)) out.add(k.replace(re, to));
  return [...out];
}

function capsOf(tokens: Token[]): GazetteerHit['caps'] {
  return tokens.map((t) => {
    if (t.arabic || !/\p{L}/u.test(t.raw)) return 'any';
    const letters = t.raw.replace(/[^\p{L}]/gu, '');
    if (letters.length >= 2 && letters === letters.toUpperCase()) return 'all-caps';
    return /^\p{Lu}/u.test(t.raw) ? 'upper-first' : 'any';
  });
}

/** Last word of a person's full names (both scripts), when it can stand alone as a surname. */
function surnamesOf(e: GazetteerEntry): string[] {
  const out: string[] = [];
  for (const full of [e.en, e.ar]) {
    if (!full) continue;
    const words = full.replace(/^(?:al|el)-/i, '').split(/\s+/);
    if (words.length < 2) continue;
    let last = words[words.length - 1]!;
    if (/^(?:Jr\.?|II|III|IV)$/.test(last)) last = words[words.length - 2]!;
    const bare = last.replace(/^(?:al|el)-/i, '');
    if (bare.replace(/[^\p{L}]/gu, '').length >= 4) out.push(last, ...(bare !== last ? [bare] : []));
  }
  return out;
}

export class Gazetteer {
  readonly entries: GazetteerEntry[] = [];
  readonly versions: Record<string, string> = {};
  private readonly byId = new Map<string, GazetteerEntry>();
  private readonly root: TrieNode = { next: new Map(), hits: [], anyCase: true };
  private readonly demonymIndex = new Map<string, GazetteerEntry>();
  private readonly cliticMemo = new Map<string, CliticReading[]>();

  constructor(files: Array<{ file: string; json: unknown }>) {
    for (const { file, json } of files) this.load(file, json);
  }

  private load(file: string, json: unknown): void {
    const doc = json as { version?: unknown; entries?: unknown };
    if (!doc || typeof doc.version !== 'string' || !Array.isArray(doc.entries)) {
      throw new Error(`gazetteer ${file}: expected { version, sources, entries[] }`);
    }
    this.versions[file] = doc.version;
    for (const raw of doc.entries as Array<Record<string, unknown>>) {
      const list = (k: string): string[] => (Array.isArray(raw[k]) ? (raw[k] as unknown[]).filter((x): x is string => typeof x === 'string') : []);
      const type = raw.type as EntityType;
      if (typeof raw.id !== 'string' || typeof raw.en !== 'string' || !ENTITY_TYPES.includes(type)) {
        throw new Error(`gazetteer ${file}: bad entry ${JSON.stringify(raw).slice(0, 80)}`);
      }
      if (this.byId.has(raw.id)) throw new Error(`gazetteer ${file}: duplicate id ${raw.id}`);
      const entry: GazetteerEntry = {
        id: raw.id, type, en: raw.en, ar: typeof raw.ar === 'string' ? raw.ar : null,
        aliases: list('aliases'), weak: list('weak'), metonyms: list('metonyms'), demonyms: list('demonyms'),
        country: typeof raw.country === 'string' ? raw.country : null,
        affiliation: typeof raw.affiliation === 'string' ? raw.affiliation : null,
        capitalOf: typeof raw.capitalOf === 'string' ? raw.capitalOf : null,
        file,
      };
      this.entries.push(entry);
      this.byId.set(entry.id, entry);
      this.index(entry, entry.en, 'name');
      if (entry.ar) this.index(entry, entry.ar, 'name');
      for (const a of entry.aliases) this.index(entry, a, 'alias');
      for (const a of entry.metonyms) this.index(entry, a, 'metonym');
      for (const a of entry.weak) this.index(entry, a, 'weak');
      // Every known person may be called by surname alone once named in full (الساعدي, Saadi).
      if (entry.type === 'PERSON') for (const s of surnamesOf(entry)) this.index(entry, s, 'weak');
      for (const d of entry.demonyms) {
        const toks = tokenize(d);
        if (toks.length === 1 && !this.demonymIndex.has(toks[0]!.key)) this.demonymIndex.set(toks[0]!.key, entry);
      }
    }
  }

  private index(entry: GazetteerEntry, surface: string, form: NameForm): void {
    // "the X" is indexed as X: the article is not part of the name (scorer drops it too).
    const tokens = tokenize(surface.replace(/^the\s+/i, ''));
    if (!tokens.length) return;
    const caps = capsOf(tokens);
    const keys = tokens.map((t) => t.key);
    const variants = ARABIC.test(surface) ? arabicVariants(keys.join(' ')).map((k) => k.split(' ')) : [keys];
    for (const ks of variants) {
      let node = this.root;
      for (const k of ks) {
        let n = node.next.get(k);
        if (!n) node.next.set(k, (n = { next: new Map(), hits: [], anyCase: true }));
        node = n;
      }
      const existing = node.hits.find((h) => h.entry === entry);
      if (existing) {
        if (FORM_RANK[form] < FORM_RANK[existing.form]) Object.assign(existing, { form, surface, caps, shadda: surface.includes('\u0651') });
        node.anyCase = node.hits.every((h) => h.caps.every((c) => c === 'any'));
        continue;
      }
      node.hits.push({ entry, form, surface, caps, shadda: surface.includes('\u0651') });
      if (caps.some((c) => c !== 'any')) node.anyCase = false;
    }
  }

  get(id: string): GazetteerEntry | undefined {
    return this.byId.get(id);
  }

  /** The entry a demonym/nisba token (already a token key) points to, if any. */
  demonymOf(tokenKey: string): GazetteerEntry | undefined {
    return this.demonymIndex.get(tokenKey);
  }

  /**
   * Longest gazetteer match starting at token `i` (trying Arabic proclitic readings of that token
   * only when what remains is a known name), or null. Tokens must not cross `limit`.
   */
  matchAt(tokens: Token[], i: number, limit = tokens.length, text?: string): GazetteerMatch | null {
    const first = tokens[i]!;
    // Most tokens start no name: answer those without allocating (this runs for every token of a page).
    const clitics = first.arabic ? this.knownCliticReadings(first.key) : NO_READINGS;
    if (!clitics.length && !this.root.next.has(first.key)) return null;
    const readings: Array<{ key: string; clitic: string; fusedArticle: boolean; strippedArticle?: boolean }> = [{ key: first.key, clitic: '', fusedArticle: false }, ...clitics];
    let best: GazetteerMatch | null = null;
    for (const r of readings) {
      let node = this.root.next.get(r.key);
      let j = i + 1;
      let found: GazetteerMatch | null = null;
      while (node) {
        // Without its article a one-word name is too often a common noun (الحرير "the silk" ≠ Harir):
        // the article may be dropped only for names of two words or more.
        if (node.hits.length && !(r.strippedArticle && j - i < 2)) {
          // Names without case constraints (all Arabic ones) need no per-hit test.
          const ok = node.anyCase ? node.hits.slice() : node.hits.filter((h) => this.casesAgree(h, tokens, i));
          if (ok.length) found = { from: i, to: j, hits: ok, clitic: r.clitic, fusedArticle: r.fusedArticle };
        }
        if (j >= limit || !node.next.size) break;
        const next = node.next.get(tokens[j]!.key);
        if (!next) break;
        // A name does not run across quotes, commas, brackets or line breaks (صحيفة "وول ستريت جورنال").
        if (text !== undefined && BREAKING_GAP.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
        node = next;
        j++;
      }
      // Prefer the longest; on equal length prefer the reading without a clitic (وزير is not و + زير).
      if (found && (!best || found.to > best.to)) best = found;
    }
    if (best) best.hits.sort((a, b) => FORM_RANK[a.form] - FORM_RANK[b.form]);
    return best;
  }

  /** Clitic readings of an Arabic token key that start a known name (memoized: words repeat). */
  private knownCliticReadings(key: string): CliticReading[] {
    let r = this.cliticMemo.get(key);
    if (!r) {
      r = cliticReadings(key).filter((x) => this.root.next.has(x.key));
      if (!r.length) r = NO_READINGS;
      if (this.cliticMemo.size > 50_000) this.cliticMemo.clear();
      this.cliticMemo.set(key, r);
    }
    return r;
  }

  private casesAgree(hit: GazetteerHit, tokens: Token[], i: number): boolean {
    for (let k = 0; k < hit.caps.length; k++) {
      const want = hit.caps[k];
      const raw = tokens[i + k]!.raw;
      // Only a name's first word must be capitalized: inner words vary ("Iran's foreign ministry").
      if (want === 'upper-first' && k === 0 && !/^[\p{Lu}\p{N}]/u.test(raw)) return false;
      if (want === 'all-caps' && raw !== raw.toUpperCase()) return false;
    }
    return true;
  }
}

const DATA_DIR = fileURLToPath(new URL('../../data/gazetteer/', import.meta.url));
let shared: Gazetteer | null = null;

/** The gazetteer built from data/gazetteer/*.json, loaded and indexed once per process. */
export function getGazetteer(): Gazetteer {
  if (!shared) {
    const files = readdirSync(DATA_DIR).filter((f) => f.endsWith('.json')).sort();
    shared = new Gazetteer(files.map((file) => ({ file, json: JSON.parse(readFileSync(DATA_DIR + file, 'utf8')) })));
  }
  return shared;
}
