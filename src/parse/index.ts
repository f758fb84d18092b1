/** The parse layer: raw news page → ParsedArticle. See README.md. */
export type {
  ArticleInput,
  EmbeddedPost,
  Language,
  ParsedArticle,
  SecondaryArticle,
  Section,
  SectionKind,
  Sentence,
  Span,
} from './types.js';
export { parseArticle } from './parseArticle.js';
export { readArticleInput } from './readArticleInput.js';
export { isContentKind } from './isContentKind.js';
export { findSentence } from './findSentence.js';
export { segmentSections } from './segmentSections.js';
export type { RawSection, Segmentation } from './segmentSections.js';
export { splitSentences } from './splitSentences.js';
export { splitLines } from './splitLines.js';
export type { Line } from './splitLines.js';
export { parseDate, findDates, dateAt } from './parseDate.js';
export type { DateMatch } from './parseDate.js';
export { detectLanguage, arabicRatio, scriptCounts } from './detectLanguage.js';
export { foldChars, foldForMatch } from './foldText.js';
export { matchPostAttribution } from './matchPostAttribution.js';
export { matchDatelinePrefix, matchDatelineLine } from './matchDateline.js';
export { matchByline } from './matchByline.js';
export { outletFromCredit, agencySignoff } from './outletFromCredit.js';
export { isDateLine } from './isDateLine.js';
export { isNoiseLine } from './isNoiseLine.js';
export { isBreadcrumb } from './isBreadcrumb.js';
export { isSectionName, isFlashWord } from './isSectionName.js';
export { matchHeaderLine, looksLikeOutletName, hasOutletWord } from './matchMasthead.js';
export type { HeaderMatch } from './matchMasthead.js';
export { matchBullet } from './matchBullet.js';
export { splitTags } from './splitTags.js';
export { compileLabels } from './matchLabel.js';
export { countWords } from './countWords.js';
