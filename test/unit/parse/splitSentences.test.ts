import { splitSentences } from '../../../src/parse/splitSentences.js';

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on . ! ? and Arabic ؟ ؛', () => {
    expect(split('وصل الوفد أمس. هل يبدأ الحوار؟ نعم! الجلسة الثانية غداً؛ والثالثة بعدها.')).toEqual([
      'وصل الوفد أمس.',
      'هل يبدأ الحوار؟',
      'نعم!',
      'الجلسة الثانية غداً؛',
      'والثالثة بعدها.',
    ]);
  });

  it('keeps the Arabic comma inside sentences', () => {
    expect(split('قال الوزير، في مؤتمر صحفي، إن المحادثات مستمرة.')).toHaveLength(1);
  });

  it('does not split on abbreviations, initials or decimals', () => {
    const text =
      'The U.S. envoy met Gen. Smith and Lt. Col. Brown at 9 a.m. on Jan. 5 at No. 10 Main St. in the city. Growth hit 2.5 percent, said John Q. Public. Next sentence.';
    expect(split(text)).toEqual([
      'The U.S. envoy met Gen. Smith and Lt. Col. Brown at 9 a.m. on Jan. 5 at No. 10 Main St. in the city.',
      'Growth hit 2.5 percent, said John Q. Public.',
      'Next sentence.',
    ]);
  });

  it('does not split inside quotes unless the quote closes', () => {
    const text = 'He said "We will stay. We will not leave." Then he left. She wrote: “Never. Ever.” It ended.';
    expect(split(text)).toEqual(['He said "We will stay. We will not leave."', 'Then he left.', 'She wrote: “Never. Ever.”', 'It ended.']);
    const ar = 'وقال «لن نتراجع. سنواصل» ثم غادر. وأضاف "المهمة مستمرة." وانتهى اللقاء.';
    expect(split(ar)).toEqual(['وقال «لن نتراجع. سنواصل» ثم غادر.', 'وأضاف "المهمة مستمرة."', 'وانتهى اللقاء.']);
  });

  it('keeps a quoted comma-clause with its attribution', () => {
    expect(split('"These moves are reckless," the spokesman said. More later.')).toEqual([
      '"These moves are reckless," the spokesman said.',
      'More later.',
    ]);
  });

  it('ends sentences at line breaks and trims whitespace', () => {
    const text = '  first line without stop\nsecond line.  ';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['first line without stop', 'second line.']);
  });

  it('continues after an Arabic ellipsis, respects a sub-range', () => {
    const text = 'XX قال إن الوضع صعب... لكنه مستقر. YY';
    const spans = splitSentences(text, 3, text.length - 3);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['قال إن الوضع صعب... لكنه مستقر.']);
  });

  it('does not split before a lowercase word', () => {
    expect(split('Prices rose approx. ten percent etc. and then fell.')).toHaveLength(1);
  });

  it('ends a sentence after a dotted acronym when a sentence opener follows', () => {
    expect(split('The talks were held in the U.S. The next round is in Oman. Troops left at 5 a.m. local time.')).toEqual([
      'The talks were held in the U.S.',
      'The next round is in Oman.',
      'Troops left at 5 a.m. local time.',
    ]);
  });
});
