import { describe, expect, it } from '@jest/globals';
import {
  cliticReadings, normalizeKey, normalizeWithMap, offsetAfterLetters, originalSpan, tokenize,
} from '../../../src/extract/normalize.js';

describe('normalizeKey', () => {
  it('folds hamza seats, alef maqsura, ta marbuta and Persian letters', () => {
    expect(normalizeKey('أمريكا')).toBe(normalizeKey('امريكا'));
    expect(normalizeKey('إيران')).toBe('ايران');
    expect(normalizeKey('آية')).toBe('ايه');
    expect(normalizeKey('مستشفى')).toBe('مستشفي');
    expect(normalizeKey('الأمریکیة')).toBe(normalizeKey('الأمريكية'));
    expect(normalizeKey('کتائب')).toBe('كتايب');
    expect(normalizeKey('مؤتمر')).toBe('موتمر');
  });

  it('drops diacritics, superscript alef and tatweel', () => {
    expect(normalizeKey('العِرَاقُ')).toBe('العراق');
    expect(normalizeKey('الرحمٰن')).toBe('الرحمن');
    expect(normalizeKey('بـغـداد')).toBe('بغداد');
  });

  it('maps Arabic-Indic and Persian digits, lowercases, turns punctuation into single spaces', () => {
    expect(normalizeKey('١٢٣ ۴۵')).toBe('123 45');
    expect(normalizeKey('U.S.  Central—Command!')).toBe('u s central command');
    expect(normalizeKey('«حماس»')).toBe('حماس');
  });
});

describe('normalizeWithMap', () => {
  it('maps folded positions back to original offsets', () => {
    const original = 'قالَ الجيشُ الأمریکی';
    const n = normalizeWithMap(original);
    const at = n.text.indexOf('الامريكي');
    const span = originalSpan(n, at, at + 'الامريكي'.length, original);
    expect(original.slice(span.start, span.end)).toBe('الأمریکی');
  });
});

describe('tokens and clitics', () => {
  it('keeps abbreviations as one token and splits hyphens', () => {
    expect(tokenize('U.S.-led strikes on al-Qaim').map((t) => t.key)).toEqual(['us', 'led', 'strikes', 'on', 'al', 'qaim']);
  });

  it('offers clitic readings, including ل fused with the article', () => {
    const keys = cliticReadings(normalizeKey('والأردن')).map((r) => r.key);
    expect(keys).toContain('الاردن');
    const fused = cliticReadings(normalizeKey('للجيش')).find((r) => r.fusedArticle);
    expect(fused?.key).toBe('الجيش');
  });

  it('cuts a clitic off vocalized text at the right offset', () => {
    expect(offsetAfterLetters('وَبِالعراق', 2)).toBe(4);
  });
});
