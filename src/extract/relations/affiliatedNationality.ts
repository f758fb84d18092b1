/**
 * AFFILIATED_WITH for state bodies and forces carrying a nationality marker: القوات الأمريكية،
 * وزارة الأمن الداخلي الأمريكية، القيادة المركزية الأمريكية، U.S. Central Command, Iran's IRGC,
 * the Iraqi armed forces → that country. Media, companies and pollsters are left out
 * ("صحيفة وول ستريت جورنال الأمريكية", "Japan's NYK Line").
 */
import { COUNTRIES, NON_STATE_ORG, demonymCountry, words } from './lexicon.js';

const countryNameWord = (w: string): string | null => {
  const bare = w.replace(/(?:'s|’s)$/, '');
  if (bare === w && !/^(?:U\.S\.|US|UK|U\.K\.)$/.test(w)) return demonymCountry(w);
  return demonymCountry(bare) ?? COUNTRIES.find((c) => [c.name, ...c.names].some((n) => n.toLowerCase() === bare.toLowerCase()))?.name ?? null;
};
import { between, countryEntity, rule } from './engine.js';
import { entryOf } from './gazetteerHints.js';
import type { ArticleDoc, Entity } from '../types.js';

/** Sub-national governments and councils: their state is implied only when the text says so (a nationality in the name). */
const NO_IMPLIED_STATE = /\b(?:regional|region|provincial|province|council)\b|(?:إقليم|الإقليم|مجلس|المجلس)/iu;

/**
 * The article's entity a known state body belongs to (gazetteer `country` hint: the Pentagon → United States).
 * A unit of a force named in the article (the Quds Force, listed as "IRGC Quds Force") belongs to that force instead.
 */
const ACRONYM = /^[A-Z]{3,6}$/;

function hintedCountry(doc: ArticleDoc, e: Entity): Entity | null {
  const entry = entryOf(e);
  const c = entry?.country;
  if (!c || !entry) return null;
  if ([entry.en, e.name].some((n) => NO_IMPLIED_STATE.test(n))) return null;
  const own = [entry.en, ...entry.aliases];
  for (const u of doc.entities) {
    if (u === e || !u.gazetteerId || (u.type !== 'ORGANIZATION' && u.type !== 'ARMED_GROUP')) continue;
    const ue = entryOf(u);
    if (!ue || ue.country !== c) continue;
    // the force's acronym heading the unit's listed name ("IRGC Quds Force", "IRGC-QF")
    const heads = [ue.en, ...ue.aliases].filter((a) => ACRONYM.test(a));
    if (own.some((a) => heads.some((h) => a.startsWith(h + ' ') || a.startsWith(h + '-')))) return u;
  }
  return doc.entities.find((x) => x.gazetteerId === c && x.type === 'COUNTRY') ?? null;
}

export const affiliatedNationalityRule = rule('affiliated-nationality', (ctx, emit, state) => {
  const text = ctx.doc.parsed.text;
  const seen = (state.get('hinted') as Set<string> | undefined) ?? new Set<string>();
  state.set('hinted', seen);
  for (const m of ctx.mentions) {
    if (m.entity.type !== 'ORGANIZATION') continue;
    // a state body whose nationality the text leaves implied (the Pentagon, CENTCOM): the gazetteer's country, once per entity
    if (!seen.has(m.entity.id)) {
      seen.add(m.entity.id);
      const hc = [m.entity.name, ...m.entity.aliases].some((a) => NON_STATE_ORG.test(a)) ? null : hintedCountry(ctx.doc, m.entity);
      if (hc && hc.id !== m.entity.id) emit(m.entity, 'AFFILIATED_WITH', hc, 0.6);
    }
    if (/-led\b|\bled\s+by\b|بقيادة/iu.test(m.text + ' ' + text.slice(Math.max(ctx.base, m.start - 12), m.start)) || NON_STATE_ORG.test(m.text) || NON_STATE_ORG.test(text.slice(Math.max(ctx.base, m.start - 14), m.start)) || [m.entity.name, ...m.entity.aliases].some((a) => NON_STATE_ORG.test(a))) continue;
    const ws = words(m.text);
    let country: string | null = null;
    // marker inside the mention: last word (Arabic nisba) or first word (U.S. Central Command, Iraqi forces)
    const lastW = ws[ws.length - 1]?.text ?? '';
    const firstW = ws[0]?.text ?? '';
    if (ws.length > 1) country = demonymCountry(lastW) ?? demonymCountry(firstW.split('-')[0]!) ?? countryNameWord(firstW);
    // marker right after (Arabic) or right before (English) the mention
    if (!country) {
      const after = /^\s+(\S+)/u.exec(text.slice(m.end, m.end + 20));
      if (after && /[\u0600-\u06ff]/.test(after[1]!)) country = demonymCountry(after[1]!.replace(/[،,.]$/, ''));
    }
    let entity = country ? countryEntity(ctx.doc, country) : null;
    if (!entity) {
      const before = ctx.mentions.findLast((x) => x.end <= m.start && m.start - x.end <= 4);
      if (before && before.entity.type === 'COUNTRY' && /^(?:'s|’s)?\s*$/.test(between(ctx, before.end, m.start))) entity = before.entity;
      else {
        const pre = /(\S+)\s+$/u.exec(text.slice(Math.max(ctx.base, m.start - 20), m.start));
        const c = pre ? demonymCountry(pre[1]!) : null;
        if (c && !/[\u0600-\u06ff]/.test(pre![1]!)) entity = countryEntity(ctx.doc, c);
      }
    }
    if (entity && entity.id !== m.entity.id) emit(m.entity, 'AFFILIATED_WITH', entity, 0.85);
  }
});
