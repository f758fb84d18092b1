import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { Gazetteer, getGazetteer } from '../../../src/extract/gazetteer.js';
import { tokenize } from '../../../src/extract/normalize.js';
import { expectExtraction } from '../../support/extractHarness.js';

const dir = new URL('../../../data/gazetteer/', import.meta.url);

describe('gazetteer data', () => {
  it('every file has a version and a sources note, and ids are unique', () => {
    const ids = new Set<string>();
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      const doc = JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
      expect(typeof doc.version).toBe('string');
      expect(typeof doc.sources).toBe('string');
      for (const e of doc.entries) {
        expect(ids.has(e.id)).toBe(false);
        ids.add(e.id);
      }
    }
    expect(ids.size).toBeGreaterThan(600);
  });

  it('has countries in both languages, from the ISO generator', () => {
    const gz = getGazetteer();
    expect(gz.get('country:IQ')?.ar).toBe('العراق');
    expect(gz.get('country:US')?.en).toBe('United States');
  });
});

describe('matching', () => {
  const gz = getGazetteer();
  const match = (text: string, i = 0) => {
    const toks = tokenize(text);
    const m = gz.matchAt(toks, i);
    return m ? { id: m.hits[0]!.entry.id, form: m.hits[0]!.form, clitic: m.clitic, fused: m.fusedArticle, to: m.to } : null;
  };

  it('takes the longest name', () => {
    expect(match('قاعدة عين الأسد الجوية غربي البلاد')).toMatchObject({ id: 'facility:al-asad', to: 4 });
    expect(match('Islamic Revolutionary Guard Corps commanders')).toMatchObject({ id: 'org:irgc', to: 4 });
  });

  it('strips a clitic only when the rest is a known name', () => {
    expect(match('والأردن')).toMatchObject({ id: 'country:JO', clitic: 'و' });
    expect(match('وللأردن')).toMatchObject({ id: 'country:JO', clitic: 'ولل', fused: true });
    expect(match('بالمنطقة الخضراء')).toMatchObject({ id: 'loc:green-zone', clitic: 'ب' });
    expect(match('للقوات المسلحة العراقية')).toMatchObject({ id: 'org:iraq-armed-forces', fused: true });
    expect(match('وزير')).toBeNull();
    // The article may be read off only a multi-word name: الحرير ("the silk") is not Harir.
    expect(match('الحرير')).toBeNull();
  });

  it('knows both spellings of American and metonyms of states', () => {
    expect(match('أميركا')).toMatchObject({ id: 'country:US' });
    // a capital that usually stands for its state is both readings; the context picks (entities.test.ts)
    const senses = (text: string) => gz.matchAt(tokenize(text), 0)!.hits.map((h) => `${h.entry.id}/${h.form}`).sort();
    expect(senses('واشنطن')).toEqual(['country:US/metonym', 'loc:washington-dc/name']);
    expect(senses('Tehran')).toEqual(['country:IR/metonym', 'loc:tehran/name']);
  });

  it('keeps demonyms out of names but points them at their state', () => {
    expect(match('الإيرانية')).toBeNull();
    expect(gz.demonymOf('الايرانيه')?.id).toBe('country:IR');
    expect(gz.demonymOf('iranian')?.id).toBe('country:IR');
  });

  it('requires English names to be capitalized and abbreviations in capitals', () => {
    expect(match('turkey dinner')).toBeNull();
    expect(match('told us')).toBeNull();
    expect(match('US forces')).toMatchObject({ id: 'country:US' });
  });

  it('rejects malformed data with a clear message', () => {
    expect(() => new Gazetteer([{ file: 'bad.json', json: { entries: [] } }])).toThrow(/bad.json/);
    expect(() => new Gazetteer([{ file: 'x.json', json: { version: '1', entries: [{ id: 'a', type: 'PLANET', en: 'Mars' }] } }])).toThrow(/bad entry/);
  });
});

describe('government names that stand for the state', () => {
  it('regime and enemy names are metonyms of their country', () => {
    expectExtraction('وقال البيان إن "الكيان الصهيوني" سيدفع الثمن، وإن النظام السوري لم يعلق.')
      .toHaveAlias('Israel', 'الكيان الصهيوني')
      .toHaveAlias('Syria', 'النظام السوري');
    expectExtraction('"The Zionist regime will be punished," the statement said.').toHaveAlias('Israel', 'Zionist regime');
  });
});
