/**
 * The outlet named in a staff credit or copyright footer, a last-resort fallback for the page's
 * source: `Levant Courier staff` → `Levant Courier`, `(Reporting by Meridian Wire staff; …)` →
 * `Meridian Wire`, `© 2024 The Harbor Dispatch. All rights reserved.` → `The Harbor Dispatch`.
 * A personal credit is not an outlet: `Rana Aziz, Staff Writer` → null; `By Rana Aziz, Levant Post
 * staff` → `Levant Post` (the part after the person's name).
 */
import { countWords } from './countWords.js';
import { hasOutletWord } from './matchMasthead.js';

const STAFF_RE = /^\(?\s*(?:(?:additional\s+)?reporting\s+by\s+|by\s+)?(.+?)(?:'s)?\s+(?:staff|newsroom|news desk|bureau)\b/iu;
const COPYRIGHT_RE = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(.+?)\s*(?:[.,|-]\s*)?(?:all rights reserved.*|جميع الحقوق محفوظة.*)?$/iu;

const BY_COMMA_RE = /^by\s+[^,،|]+[,،]\s*([^,،|]+?)\.?$/iu;
/** `— AFP`, `- Reuters`, `(Reuters)`: an agency signing off the article on a line of its own. */
const SIGNOFF_RE = /^(?:[—–-]\s*([^\s—–-][^—–\-()]{0,40})|\(\s*([^()]{2,40})\s*\))$/u;

/** The agency of a sign-off line (`— AFP`, `(Reuters)`), or null. */
export function agencySignoff(line: string): string | null {
  const m = SIGNOFF_RE.exec(line.trim());
  const name = (m?.[1] ?? m?.[2] ?? '').trim();
  if (!name || countWords(name) > 3 || !/^[\p{Lu}\p{Script=Arabic}]/u.test(name)) return null;
  return hasOutletWord(name) || /^[A-Z]{2,6}$/u.test(name) ? name : null;
}

/** `By Name | Outlet | date`: the parts after the person. */
const BY_PIPE_RE = /^by\s+[^|｜]+[|｜](.+)$/iu;

export function outletFromCredit(line: string): string | null {
  const t = line.trim();
  // `By Staff Correspondent | Indus Herald`: an outlet-like part after a bar (a date or a place there is not one)
  const piped = BY_PIPE_RE.exec(t)?.[1]?.split(/[|｜]/u).map((p) => p.trim()).find((p) => hasOutletWord(p) && countWords(p) <= 5 && !/\d/.test(p));
  if (piped) return piped;
  const staff = STAFF_RE.exec(t);
  // `By Name, Outlet News`: an outlet after the person's name
  const byComma = staff ? null : BY_COMMA_RE.exec(t);
  if (byComma && hasOutletWord(byComma[1] ?? '') && countWords(byComma[1] ?? '') <= 4) return (byComma[1] ?? '').trim();
  const m = staff ?? COPYRIGHT_RE.exec(t);
  let name = m?.[1]?.trim() ?? '';
  // `Name, staff writer` / `Name, Outlet staff`: what precedes the comma is a person
  if (staff && /[,،]/u.test(name)) name = name.slice(Math.max(name.lastIndexOf(','), name.lastIndexOf('،')) + 1);
  // `Crescent Wire's Baghdad bureau` → `Crescent Wire`
  if (staff) name = name.replace(/['’]s\s.*$/u, '');
  name = name.replace(/[.,;:|]+$/u, '').trim();
  if (!name || countWords(name) > 5 || /^\d+$/.test(name) || /الحقوق|rights reserved/iu.test(name)) return null;
  return name;
}
