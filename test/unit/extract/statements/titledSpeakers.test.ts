/**
 * Speakers introduced by a title (invented sentences): a name set off by commas after its title,
 * a quotation before a titled speaker, an addressee before a quoted reply, a bare title that refers
 * back to a named person, a fronted Arabic topic (أما X … فـ), and participles of speech.
 */
import { statementComponents } from '../../../../src/extract/statements/index.js';
import type { ArticleDoc } from '../../../../src/extract/types.js';
import { docOf, said, type EntityTuple } from '../../../support/relationHarness.js';

const run = (text: string, ents: EntityTuple[]): ArticleDoc => {
  let doc = docOf(text, ents);
  for (const c of statementComponents) doc = c(doc);
  return doc;
};

describe('statements: titled speakers', () => {
  it('"the group\'s secretary-general, X, warned Y that …": X speaks, not the addressee', () => {
    const s = said(run("In a speech, the group's secretary-general, Omar Zeid, warned Norland that its fighters would respond.", [['Omar Zeid', 'PERSON'], ['Norland', 'COUNTRY']]));
    expect(s).toEqual([['Omar Zeid', 'its fighters would respond.']]);
  });

  it('a quotation before "Norland\'s Supreme Leader, Ayatollah X, said" is his, and only the quotation', () => {
    const s = said(run('"The regime will be punished," Norland\'s Supreme Leader, Ayatollah Emil Varto, said on Tuesday.', [['Emil Varto', 'PERSON'], ['Norland', 'COUNTRY']]));
    expect(s).toEqual([['Emil Varto', '"The regime will be punished,"']]);
  });

  it('"told a U.S. network: "…"": the quotation after the addressee', () => {
    const s = said(run('Asked about the target, its chief spokesman, Rear Adm. Tomas Rell, told a U.S. network: "This is no consulate."', [['Tomas Rell', 'PERSON']]));
    expect(s).toEqual([['Tomas Rell', '"This is no consulate."']]);
  });

  it('a bare Arabic title refers back to the person named with it (وقال الوزير النوردي للصحفيين إن …)', () => {
    const s = said(run('وصل وزير الخارجية النوردي أمير سالم إلى فالتا. وقال الوزير النوردي للصحفيين إن المحادثات "كانت مثمرة".', [['أمير سالم', 'PERSON', 'Amir Salem'], ['فالتا', 'LOCATION', 'Valta']]));
    expect(s).toEqual([['Amir Salem', 'المحادثات "كانت مثمرة".']]);
  });

  it('a fronted topic: أما X، …، فتوعدت Y — X speaks, Y is the object', () => {
    const s = said(run('أما جبهة الرماد، إحدى الفصائل المسلحة، فتوعدت نوردلاند بـ"رد قاس".', [['جبهة الرماد', 'ARMED_GROUP', 'Ash Front'], ['نوردلاند', 'COUNTRY', 'Norland']]));
    expect(s.map((x) => x[0])).toEqual(['Ash Front']);
  });

  it('"…, describing the barrage as …" is said by the clause subject', () => {
    const s = said(run('The Ash Front fired dozens of rockets at the port, describing the barrage as the opening of its retaliation.', [['Ash Front', 'ARMED_GROUP']]));
    expect(s).toEqual([['Ash Front', 'the barrage as the opening of its retaliation.']]);
  });

  it('"The Ash Front, who control …, have said …" and "X, based in P, said …": the subject before the apposition', () => {
    expect(said(run('The Ash Front, who control the capital, have said their attacks are meant to pressure Norland.', [['Ash Front', 'ARMED_GROUP'], ['Norland', 'COUNTRY']]))).toEqual([
      ['Ash Front', 'their attacks are meant to pressure Norland.'],
    ]);
    expect(said(run('Ship managers Blue Line Group, based in Valta, said salvage plans had been under way.', [['Blue Line Group', 'ORGANIZATION'], ['Valta', 'COUNTRY']]))).toEqual([
      ['Blue Line Group', 'salvage plans had been under way.'],
    ]);
  });

  it('"X, had claimed the strike and said at the time that …": a coordinated verb phrase keeps X, the content follows "that"', () => {
    expect(said(run("The group's spokesman, Omar Zeid, had claimed the strike on the Sea Star and said at the time that the ship was sinking.", [['Omar Zeid', 'PERSON'], ['Sea Star', 'FACILITY']]))).toEqual([
      ['Omar Zeid', 'the ship was sinking.'],
    ]);
  });

  it('", Y reported, and officials said …": a new clause after the conjunction', () => {
    const s = said(run('Air defenses fired at drones near Velta, Norland state media reported, and officials said no damage was done.', [['Norland', 'COUNTRY']]));
    expect(s).toContainEqual(['officials', 'no damage was done.']);
  });

  it('"what X called "…"" is X\'s phrase; "بحسب بيان للـX" is X\'s statement', () => {
    expect(said(run('Missiles struck the base, causing what Tomas Rell called "light damage" to the runway.', [['Tomas Rell', 'PERSON']]))).toEqual([
      ['Tomas Rell', '"light damage" to the runway.'],
    ]);
    const s = said(run('وأدت الغارة إلى مقتل خمسة عناصر، بحسب بيان لجبهة الرماد.', [['جبهة الرماد', 'ARMED_GROUP', 'Ash Front']]));
    expect(s.map((x) => x[0])).toEqual(['Ash Front']);
  });

  it('an anonymity clause set off by commas is not what was said; speech reported inside the content is no new statement', () => {
    const s = said(run('وقال مسؤولون نورديون، طلبوا عدم الكشف عن هويتهم، إن المملكة أبلغت فالتا بأن ما جرى دفاع عن النفس.', [['فالتا', 'COUNTRY', 'Valta']]));
    expect(s).toEqual([['مسؤولون نورديون', 'المملكة أبلغت فالتا بأن ما جرى دفاع عن النفس.']]);
  });

  it('"a deployment officials describe as a warning": what it was called is the content', () => {
    const s = said(run('Norland kept two destroyers near Velta, a deployment Norland officials describe as a warning to its rivals.', [['Norland', 'COUNTRY'], ['Velta', 'LOCATION']]));
    expect(s.map((x) => x[1])).toEqual(['a warning to its rivals.']);
  });
});

describe('statements: appositions after the speaker', () => {
  it('"X, Tehran\'s ambassador to Syria, who was unhurt, told …": X speaks, not a state inside the apposition', () => {
    const s = said(run('Omar Zeid, Norland\'s ambassador to Valta, who was unhurt, told state television that the building was a residence.', [['Omar Zeid', 'PERSON'], ['Norland', 'COUNTRY'], ['Valta', 'COUNTRY']]));
    expect(s).toEqual([['Omar Zeid', 'the building was a residence.']]);
  });
});

describe('statements: who speaks for a state', () => {
  it('"فنفت على لسان المتحدث X": the spokesman speaks, not the fronted state', () => {
    const s = said(run('أما نوردلاند فنفت على لسان المتحدث باسم الخارجية سامر علوان أي صلة لها بالهجوم.', [['نوردلاند', 'COUNTRY', 'Nordland'], ['سامر علوان', 'PERSON', 'Samer Alwan']]));
    expect(s.map((x) => x[0])).toEqual(['Samer Alwan']);
  });
});

describe('statements: circumstance before the speaker, questions', () => {
  it('"Meeting X in P on Monday, N said …": what follows the verb is what was said', () => {
    const s = said(run('Meeting envoy Omar Zeid in Velta on Monday, Minister Karim Haddad said Nordland would not accept the threat.', [['Omar Zeid', 'PERSON'], ['Velta', 'LOCATION'], ['Karim Haddad', 'PERSON'], ['Nordland', 'COUNTRY']]));
    expect(s).toEqual([['Karim Haddad', 'Nordland would not accept the threat.']]);
  });

  it('"…, killing three crew members, N said, the first …": an apposition after the verb is not the content', () => {
    const s = said(run('On Wednesday a missile struck the carrier Grey Heron, killing three crew members, Karim Haddad said, the first deaths of the campaign.', [['Grey Heron', 'FACILITY'], ['Karim Haddad', 'PERSON']]));
    expect(s[0]![1]).toContain('killing three crew members');
  });
});

describe('statements: a question about speech', () => {
  it('"What is X saying?" reports nothing', () => {
    expect(said(run('What is the Sable Legion saying?', [['Sable Legion', 'ARMED_GROUP']]))).toEqual([]);
  });
});

describe('statements: Arabic attributions to reporters', () => {
  it('وفق ما نقله مراسلون ميدانيون / بحسب ما أفادت به مصادر محلية: anonymous sources', () => {
    expect(said(run('ودفعت الجبهة بمئات المقاتلين إلى خطوط التماس، وفق ما نقله مراسلون ميدانيون.', [])).map((x) => x[0])).toEqual(['مراسلون ميدانيون']);
    expect(said(run('وقتل ثلاثة مدنيين، بحسب ما أفادت به مصادر محلية.', [])).map((x) => x[0])).toEqual(['مصادر محلية']);
  });
});

describe('statements: two speakers joined by "while"', () => {
  it('"X said A, while Y said B": A is X\'s, B is Y\'s', () => {
    const s = said(run('Nordland said the tanker had collided with a boat, while the Velta Agency said the ship was being held on a court order.', [['Nordland', 'COUNTRY'], ['Velta Agency', 'ORGANIZATION']]));
    expect(s).toEqual([
      ['Nordland', 'the tanker had collided with a boat'],
      ['Velta Agency', 'the ship was being held on a court order.'],
    ]);
  });
});

describe('statements: claimed that, and the channel before the clause', () => {
  it('"X claimed that …" reports speech; "X claimed the attack" does not', () => {
    expect(said(run('The Sable Legion claimed that it had destroyed a depot.', [['Sable Legion', 'ARMED_GROUP']]))).toEqual([['Sable Legion', 'it had destroyed a depot.']]);
    expect(said(run('The Sable Legion claimed the attack on Camp Alder.', [['Sable Legion', 'ARMED_GROUP'], ['Camp Alder', 'FACILITY']]))).toEqual([]);
  });

  it('"said in a Telegram post that …": the channel is not what was said', () => {
    expect(said(run('The Sable Legion said in a Telegram post that its fighters had launched drones.', [['Sable Legion', 'ARMED_GROUP']]))).toEqual([['Sable Legion', 'its fighters had launched drones.']]);
  });
});

describe('statements: inverted speakers with a title, and a quote that follows', () => {
  it('`"…," said Commander X, a spokesman. "…"`: both quotations are X\'s', () => {
    const s = said(run('"These seizures are not isolated incidents," said Commander Omar Zeid, a spokesman for the fleet. "Nordland has seized nearly 20 merchant vessels in two years."', [['Omar Zeid', 'PERSON'], ['Nordland', 'COUNTRY']]));
    expect(s).toEqual([
      ['Omar Zeid', '"These seizures are not isolated incidents,"'],
      ['Omar Zeid', '"Nordland has seized nearly 20 merchant vessels in two years."'],
    ]);
  });

  it('a quotation after a sentence without a quoted speaker is nobody\'s', () => {
    expect(said(run('Omar Zeid visited the port. "Nordland has seized nearly 20 merchant vessels in two years."', [['Omar Zeid', 'PERSON'], ['Nordland', 'COUNTRY']]))).toEqual([]);
  });
});

describe('statements: speech about a relative clause\'s head', () => {
  it('"a build-up that Nordland says is meant to deter Valta": the clause after the verb', () => {
    const s = said(run('More sailors arrived on Monday, part of a build-up that Nordland says is meant to deter Valta from seizing ships.', [['Nordland', 'COUNTRY'], ['Valta', 'COUNTRY']]));
    expect(s).toEqual([['Nordland', 'is meant to deter Valta from seizing ships.']]);
  });
});

describe('statements: Arabic agreement picks the elided subject', () => {
  it('استدعت الوزارة سفيرها X …، وأعلنت أنها …: the feminine verb goes with the ministry, not the man', () => {
    const s = said(run('واستدعت وزارة الخارجية النوردية سفيرها لدى فالتا سامر علوان للتشاور، وأعلنت أنها ستتقدم بشكوى إلى مجلس الأمن.', [
      ['وزارة الخارجية النوردية', 'ORGANIZATION', 'Nordic Foreign Ministry'],
      ['فالتا', 'COUNTRY', 'Valta'],
      ['سامر علوان', 'PERSON', 'Samer Alwan'],
    ]));
    expect(s.map((x) => x[0])).toEqual(['Nordic Foreign Ministry']);
  });
});

describe('statements: more anonymous heads and mid-sentence speakers', () => {
  it('"…, Western governments say, although X denies …": two statements', () => {
    const s = said(run('Nordland has armed the Sable Legion for years, Western governments say, although Nordland denies directing the group\'s attacks.', [['Nordland', 'COUNTRY'], ['Sable Legion', 'ARMED_GROUP']]));
    expect(s).toEqual([
      ['Western governments', 'Nordland has armed the Sable Legion for years'],
      ['Nordland', "directing the group's attacks."],
    ]);
  });

  it('"…, residents said, with …": the speaker sits inside what was said; lawmakers are anonymous sources', () => {
    expect(said(run('The strikes hit Velta and Amra, residents said, with loud explosions heard before dawn.', [['Velta', 'LOCATION'], ['Amra', 'LOCATION']]))).toEqual([
      ['residents', 'The strikes hit Velta and Amra, residents said, with loud explosions heard before dawn.'],
    ]);
    expect(said(run('Republican and Democratic lawmakers said on Tuesday they would fast-track the measures.', [])).map((x) => x[0])).toEqual(['Republican and Democratic lawmakers']);
  });
});
