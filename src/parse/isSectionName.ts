/**
 * Section / category names of a page header (`Middle East`, `عربي ودولي`, `Politics`, `العراق`,
 * breadcrumb roots like `Home`) and flash labels (`عاجل`, `Breaking`): navigation words that are never
 * an outlet's name.
 */
import { foldForMatch } from './foldText.js';
import { BREADCRUMB_ROOTS, FLASH_WORDS, SECTION_NAMES } from './markers.js';

const SECTIONS = new Set([...SECTION_NAMES, ...BREADCRUMB_ROOTS].map(foldForMatch));
const FLASH = new Set(FLASH_WORDS.map(foldForMatch));

const fold = (text: string): string =>
  foldForMatch(text)
    .replace(/^[#\s([]+|[\s)\]:.]+$/gu, '')
    .replace(/\s*&\s*/gu, ' and ')
    .trim();

/** A section or category name (or two joined by `and`/`و`/`&`/`,`): `Middle East`, `سياسة`, `Politics & Economy`. */
export function isSectionName(text: string): boolean {
  const f = fold(text);
  if (f === '') return false;
  if (SECTIONS.has(f)) return true;
  // `أخبار العراق`, `أخبار محلية`, `World News`, `Iraq news`: a section word with news around it
  const bare = f.replace(/^(?:اخبار|الاخبار|news|latest)\s+|\s+(?:news|اخبار)$/u, '');
  if (bare !== f && (SECTIONS.has(bare) || /^(?:محليه|عربيه|دوليه|عاجله|العالم|local|latest|breaking|top)$/u.test(bare))) return true;
  const parts = f.split(/\s*,\s*|\s+and\s+|\s+و(?=\S)/u).filter(Boolean);
  return parts.length > 1 && parts.every((p) => SECTIONS.has(p) || SECTIONS.has(p.replace(/^و/u, '')));
}

/** A flash label that opens a headline: `عاجل`, `Breaking`, `Exclusive`. */
export function isFlashWord(text: string): boolean {
  return FLASH.has(fold(text));
}
