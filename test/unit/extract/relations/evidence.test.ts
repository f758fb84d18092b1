import { docWithRelations } from './run.js';

describe('relation evidence and dedupe', () => {
  it('evidence offsets slice back to the sentence; confidences are in [0, 1]; duplicates are merged', () => {
    const text = 'Intro line without entities.\n\nThe Sable Legion attacked the Kestrel Depot. Later the Sable Legion attacked the Kestrel Depot again.';
    const doc = docWithRelations(text, [['Sable Legion', 'ARMED_GROUP'], ['Kestrel Depot', 'FACILITY']]);
    expect(doc.relations).toHaveLength(1);
    for (const r of doc.relations) {
      expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
      expect(r.evidence.text).toContain('Kestrel Depot');
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(r.rule).toBeTruthy();
    }
  });
});
