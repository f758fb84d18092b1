/**
 * Converts driver values (nodes, relationships, paths, temporal and spatial types)
 * into plain JSON-able values, for the CLI's table/JSON output and for the API.
 */
import neo4j from 'neo4j-driver';

export function toPlain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.map(toPlain);
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  if (typeof v !== 'object') return v;
  if (neo4j.isNode(v as never)) {
    const n = v as unknown as { labels: string[]; properties: Record<string, unknown>; elementId: string };
    return { _labels: n.labels, ...plainObject(n.properties) };
  }
  if (neo4j.isRelationship(v as never)) {
    const r = v as unknown as { type: string; properties: Record<string, unknown> };
    return { _type: r.type, ...plainObject(r.properties) };
  }
  if (neo4j.isPath(v as never)) {
    const p = v as unknown as { segments: Array<{ start: unknown; relationship: unknown; end: unknown }> };
    return p.segments.map((s) => ({ start: toPlain(s.start), rel: toPlain(s.relationship), end: toPlain(s.end) }));
  }
  if (
    neo4j.isDate(v as never) ||
    neo4j.isDateTime(v as never) ||
    neo4j.isLocalDateTime(v as never) ||
    neo4j.isTime(v as never) ||
    neo4j.isLocalTime(v as never) ||
    neo4j.isDuration(v as never) ||
    neo4j.isPoint(v as never)
  ) {
    return String(v);
  }
  return plainObject(v as Record<string, unknown>);
}

function plainObject(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(o)) out[k] = toPlain(val);
  return out;
}
