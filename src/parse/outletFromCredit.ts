/**
 * The outlet named in a staff credit or copyright footer, a last-resort fallback for the page's
 * source: `Levant Courier staff` → `Levant Courier`, `(Reporting by Meridian Wire staff; …)` →
 * `Meridian Wire`, `© 2024 The Harbor Dispatch. All rights reserved.` → `The Harbor Dispatch`.
 * A personal credit is not an outlet: `Rana Aziz, Staff Writer` → null; `By Rana Aziz, Levant Post
 * staff` → `Levant Post` (the part after the person's name).
 */
import { countWords } from './countWords.js';

const STAFF_RE = /^\(?\s*(?:(?:additional\s+)?reporting\s+by\s+|by\s+)?(.+?)(?:'s)?\s+(?:staff|newsroom|news desk|bureau)\b/iu;
const COPYRIGHT_RE = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(.+?)\s*(?:[.,|-]\s*)?(?:all rights reserved.*|جميع الحقوق محفوظة.*)?$/iu;

export function outletFromCredit(line: string): string | null {
  const t = line.trim();
  const staff = STAFF_RE.exec(t);
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
