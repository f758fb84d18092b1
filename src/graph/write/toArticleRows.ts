/**
 * Turns one extracted article (ArticleDoc) into the rows the graph writer needs.
 * Pure: ids are derived from the URL (or the content when there is none), so the
 * same article always yields the same rows, which is what makes re-ingestion idempotent.
 */
import { createHash } from 'node:crypto';
import type { ArticleDoc, Entity } from '../../extract/types.js';
import { EXTRACTOR_VERSION } from '../../extract/version.js';
import { articleId, entityId, type ArticleId } from '../../ids.js';
import { entityKeys } from './entityKeys.js';
import type { ArticleRows, ClaimRow, EntityRow, MentionRow, PartRow, PostRow, StatementRow } from './types.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Article id: stable per URL (so a changed page updates in place), else per content. */
export function articleIdFor(url: string | null, contentHash: string): ArticleId {
  return articleId(url ? `art:${sha256(url.trim()).slice(0, 24)}` : `art:${contentHash.slice(0, 24)}`);
}

export const contentHashOf = (text: string) => sha256(text);

export function graphEntityIdFor(e: Pick<Entity, 'gazetteerId' | 'type' | 'name'>, firstKey: string | undefined): string {
  if (e.gazetteerId) return `gz:${e.gazetteerId}`;
  return `ent:${sha256(firstKey ?? `${e.type}|${e.name}`).slice(0, 20)}`;
}

export function toArticleRows(doc: ArticleDoc, opts: { ingestedAt?: string } = {}): ArticleRows {
  const p = doc.parsed;
  const contentHash = contentHashOf(p.text);
  const id = articleIdFor(p.url, contentHash);
  const ingestedAt = opts.ingestedAt ?? new Date().toISOString();
  const parts: PartRow[] = p.secondaryArticles.map((s, i) => ({
    id: articleId(`${id}#part-${i + 1}`),
    title: s.title,
    language: p.sections.find((sec) => sec.secondary === i)?.language ?? p.language,
  }));
  // Which article (the page, or one of its read-also parts) a sentence belongs to.
  const articleOfSentence = (sentence: number): ArticleId => {
    const s = p.sentences[sentence];
    const sec = s ? p.sections[s.section] : undefined;
    return sec?.secondary !== undefined ? (parts[sec.secondary]?.id ?? id) : id;
  };
  const sentenceAt = (start: number, end: number) => p.sentences.findIndex((s) => s.start <= start && end <= s.end);
  const date = p.published ?? ingestedAt.slice(0, 10);
  const local = (e: string) => `${id}/${e}`;

  const posts: PostRow[] = p.posts.map((post, i) => ({
    id: `${id}#post-${i + 1}`,
    handle: post.handle,
    author: post.author,
    date: post.date,
    text: post.body.text,
  }));

  const entities: EntityRow[] = doc.entities.map((e) => {
    const keys = entityKeys({ type: e.type, name: e.name, aliases: e.aliases });
    return {
      local: local(e.id),
      candidateId: entityId(graphEntityIdFor(e, keys[0]?.key)),
      gazetteerId: e.gazetteerId,
      name: e.name,
      type: e.type,
      nominal: e.nominal,
      nameEn: e.names.en ?? null,
      nameAr: e.names.ar ?? null,
      aliases: e.aliases,
      keys,
    };
  });

  // Mentions counted per (article part, entity), with the surface forms seen.
  const mentionMap = new Map<string, MentionRow>();
  for (const m of doc.mentions) {
    const art = articleOfSentence(m.sentence);
    const k = `${art}\u0000${m.entity}`;
    const row = mentionMap.get(k) ?? { article: art, entity: local(m.entity), count: 0, forms: [] };
    row.count++;
    if (!row.forms.includes(m.text)) row.forms.push(m.text);
    mentionMap.set(k, row);
  }

  const claims: ClaimRow[] = doc.relations.map((r, i) => {
    const sIdx = sentenceAt(r.evidence.start, r.evidence.end);
    return {
      id: `${id}#claim-${i + 1}`,
      article: sIdx >= 0 ? articleOfSentence(sIdx) : id,
      subject: local(r.subject),
      object: local(r.object),
      predicate: r.predicate,
      confidence: r.confidence,
      sentence: r.evidence.text,
      start: r.evidence.start,
      end: r.evidence.end,
      date,
      rule: r.rule,
    };
  });

  const statements: StatementRow[] = doc.statements.map((s, i) => {
    const sIdx = sentenceAt(s.sentence.start, s.sentence.end);
    const inside = doc.mentions.filter((m) => m.start >= s.evidence.start && m.end <= s.evidence.end).map((m) => local(m.entity));
    return {
      id: `${id}#statement-${i + 1}`,
      article: sIdx >= 0 ? articleOfSentence(sIdx) : id,
      speaker: s.speaker ? local(s.speaker) : null,
      speakerDescription: s.speakerDescription,
      text: s.text,
      start: s.evidence.start,
      end: s.evidence.end,
      sentence: s.sentence.text,
      language: s.language,
      mentions: [...new Set(inside)],
    };
  });

  return {
    article: {
      id,
      url: p.url,
      title: p.title,
      source: p.source,
      published: p.published,
      language: p.language,
      contentHash,
      extractorVersion: EXTRACTOR_VERSION,
      ingestedAt,
      tags: [...new Set(p.tags)],
      posts,
      parts,
      relatedHeadlines: p.relatedHeadlines,
      text: p.text,
    },
    entities,
    mentions: [...mentionMap.values()],
    claims,
    statements,
  };
}
