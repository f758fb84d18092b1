/**
 * The document `newsgraph extract --json` prints: the shape FORMAT.md calls "System output that the
 * scorer reads", plus extra fields (gazetteerId, nominal, names, mentions with offsets, rule, cue)
 * that the scorer ignores and people debugging find useful.
 */
import type { ArticleDoc } from './types.js';

export interface ScorerDocument {
  article: {
    source: string | null;
    published: string | null;
    language: string;
    title: string | null;
    url: string | null;
    tweets: Array<{ handle: string; date: string | null; author: string }>;
    secondary_articles: number;
    related_headlines: number;
    tags: string[];
  };
  entities: Array<{
    id: string; name: string; type: string; aliases: string[];
    gazetteerId: string | null; nominal: boolean; names: Record<string, string>;
    mentions: Array<{ text: string; start: number; end: number; via: string }>;
  }>;
  relations: Array<{
    subject: string; predicate: string; object: string; confidence: number;
    evidence: { text: string; start: number; end: number }; rule: string;
  }>;
  statements: Array<{
    speaker: string | null; speaker_description: string | null; text: string; language: string;
    evidence: { start: number; end: number }; sentence: { text: string; start: number; end: number }; cue: string;
  }>;
}

export function toScorerJson(doc: ArticleDoc): ScorerDocument {
  const p = doc.parsed;
  return {
    article: {
      source: p.source,
      published: p.published,
      language: p.language,
      title: p.title,
      url: p.url,
      tweets: p.posts.map((t) => ({ handle: t.handle, date: t.date, author: t.author })),
      secondary_articles: p.secondaryArticles.length,
      related_headlines: p.relatedHeadlines.length,
      tags: p.tags,
    },
    entities: doc.entities.map((e) => ({
      id: e.id, name: e.name, type: e.type, aliases: e.aliases, gazetteerId: e.gazetteerId, nominal: e.nominal,
      names: Object.fromEntries(Object.entries(e.names).filter(([, v]) => typeof v === 'string')) as Record<string, string>,
      mentions: doc.mentions.filter((m) => m.entity === e.id).map((m) => ({ text: m.text, start: m.start, end: m.end, via: m.via })),
    })),
    relations: doc.relations.map((r) => ({
      subject: r.subject, predicate: r.predicate, object: r.object, confidence: r.confidence,
      evidence: { text: r.evidence.text, start: r.evidence.start, end: r.evidence.end }, rule: r.rule,
    })),
    statements: doc.statements.map((s) => ({
      speaker: s.speaker, speaker_description: s.speakerDescription, text: s.text, language: s.language,
      evidence: { start: s.evidence.start, end: s.evidence.end },
      sentence: { text: s.sentence.text, start: s.sentence.start, end: s.sentence.end }, cue: s.cue,
    })),
  };
}
