import type { SectionKind } from './types.js';

const CONTENT_KINDS: ReadonlySet<SectionKind> = new Set<SectionKind>([
  'title',
  'body',
  'subheading',
  'post',
  'readAlsoTitle',
  'readAlsoBody',
]);

/** True for the section kinds whose text is article content (fed to extraction). */
export function isContentKind(kind: SectionKind): boolean {
  return CONTENT_KINDS.has(kind);
}
