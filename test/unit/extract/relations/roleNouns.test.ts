/**
 * Wordings from off-topic pages (shipping, border towns, naval missions), invented sentences:
 * patrons named by a role noun, targets "linked to" a group, weapons and boats as subjects,
 * participial passives, titles that name a country through its adjective or a counterpart.
 */
import { relationsOf } from './run.js';

describe('BACKS through a role noun', () => {
  it('"X, Y\'s main backer" and "the chief sponsor of Y"', () => {
    expect(relationsOf('Nordland, the Sable Legion\'s main backer, has kept silent.', [['Nordland', 'COUNTRY'], ['Sable Legion', 'ARMED_GROUP']], 'BACKS')).toEqual(['Nordland BACKS Sable Legion']);
    expect(relationsOf('Nordland is the chief military sponsor of the Sable Legion.', [['Nordland', 'COUNTRY'], ['Sable Legion', 'ARMED_GROUP']], 'BACKS')).toEqual(['Nordland BACKS Sable Legion']);
    expect(relationsOf("The Sable Legion's patron Nordland condemned the raid.", [['Nordland', 'COUNTRY'], ['Sable Legion', 'ARMED_GROUP']], 'BACKS')).toEqual(['Nordland BACKS Sable Legion']);
  });

  it('Arabic: X، الداعم الرئيسي لـY and a copula before the backer', () => {
    expect(relationsOf('وقالت نوردلاند، الداعم الرئيسي لكتائب النور، إنها لا تريد حربا.', [['نوردلاند', 'COUNTRY', 'Nordland'], ['كتائب النور', 'ARMED_GROUP', 'Nour Brigades']], 'BACKS')).toEqual([
      'Nordland BACKS Nour Brigades',
    ]);
    expect(relationsOf('وتعد نوردلاند الراعي الإقليمي الأبرز لكتائب النور.', [['نوردلاند', 'COUNTRY', 'Nordland'], ['كتائب النور', 'ARMED_GROUP', 'Nour Brigades']], 'BACKS')).toEqual([
      'Nordland BACKS Nour Brigades',
    ]);
  });

  it('a backer noun without a backer in apposition gives nothing', () => {
    expect(relationsOf("Analysts say the Sable Legion's main backer is hard to name.", [['Sable Legion', 'ARMED_GROUP']], 'BACKS')).toEqual([]);
  });
});

describe('ATTACKED: targets linked to a group, weapons and boats as subjects', () => {
  it('"struck sites linked to G" makes G a target; a country before it is not', () => {
    expect(relationsOf('Nordland struck sites linked to the Sable Legion on Tuesday.', [['Nordland', 'COUNTRY'], ['Sable Legion', 'ARMED_GROUP']], 'ATTACKED')).toEqual([
      'Nordland ATTACKED Sable Legion',
    ]);
    expect(relationsOf('وتشن نوردلاند ضرباتها على أهداف تقول إنها مرتبطة بسالفيا وبكتائب النور.', [['نوردلاند', 'COUNTRY', 'Nordland'], ['سالفيا', 'COUNTRY', 'Salvia'], ['كتائب النور', 'ARMED_GROUP', 'Nour Brigades']], 'ATTACKED')).toEqual([
      'Nordland ATTACKED Nour Brigades',
    ]);
  });

  it('"used by the Kurdish-led G": a hyphenated modifier before the user', () => {
    expect(relationsOf('Nordland launched strikes on oil facilities used by the Kurdish-led Sable Legion.', [['Nordland', 'COUNTRY'], ['Sable Legion', 'ARMED_GROUP']], 'ATTACKED')).toEqual([
      'Nordland ATTACKED Sable Legion',
    ]);
  });

  it('a singular weapon with its owner as subject ("a Legion missile struck X")', () => {
    expect(relationsOf('On Wednesday a Sable Legion missile struck the bulk carrier Grey Heron.', [['Sable Legion', 'ARMED_GROUP'], ['Grey Heron', 'FACILITY']], 'ATTACKED')).toEqual([
      'Sable Legion ATTACKED Grey Heron',
    ]);
  });

  it('a participle set off by commas ("The Grey Heron, hit by a Legion missile, sank")', () => {
    expect(relationsOf('The Grey Heron, hit by a Sable Legion missile last month, sank on Saturday.', [['Grey Heron', 'FACILITY'], ['Sable Legion', 'ARMED_GROUP']], 'ATTACKED')).toEqual([
      'Sable Legion ATTACKED Grey Heron',
    ]);
    // hit by something that is no actor: no attacker, no relation
    expect(relationsOf('The Grey Heron, hit by a storm last month, sank on Saturday. The Sable Legion denied any role.', [['Grey Heron', 'FACILITY'], ['Sable Legion', 'ARMED_GROUP']], 'ATTACKED')).toEqual([]);
  });

  it('"A and B, whose aircraft have struck G targets": the owners attack the group', () => {
    expect(relationsOf('That sets it apart from Nordland and Salvia, whose aircraft and warships have struck Sable Legion targets repeatedly.', [['Nordland', 'COUNTRY'], ['Salvia', 'COUNTRY'], ['Sable Legion', 'ARMED_GROUP']], 'ATTACKED')).toEqual([
      'Nordland ATTACKED Sable Legion',
      'Salvia ATTACKED Sable Legion',
    ]);
  });

  it('"answered with strikes on villages in P"; the other clause keeps its own target', () => {
    expect(
      relationsOf('Legion fighters fired missiles at Nordland army positions, and Nordland answered with artillery strikes on several villages in Lower Vale.', [
        ['Legion', 'ARMED_GROUP', 'Sable Legion'],
        ['Nordland', 'COUNTRY'],
        ['Lower Vale', 'LOCATION'],
      ], 'ATTACKED'),
    ).toEqual(['Nordland ATTACKED Lower Vale']);
  });

  it('boats "of" a force fire at a ship; a force boards one', () => {
    expect(relationsOf('Boats of the Harbor Guard fired shots at the tanker Grey Heron.', [['Harbor Guard', 'ORGANIZATION'], ['Grey Heron', 'FACILITY']], 'ATTACKED')).toEqual([
      'Harbor Guard ATTACKED Grey Heron',
    ]);
    expect(relationsOf('Six days later, the Harbor Guard boarded the tanker Grey Heron in the strait.', [['Harbor Guard', 'ORGANIZATION'], ['Grey Heron', 'FACILITY']], 'ATTACKED')).toEqual([
      'Harbor Guard ATTACKED Grey Heron',
    ]);
  });
});

describe('AFFILIATED_WITH: titles naming a country by adjective or counterpart', () => {
  it('European adjectives name their state (Italian, Greek)', () => {
    expect(relationsOf('Italy sent a destroyer. Italian Defence Minister Aldo Verdi said the destroyer acted in self-defence.', [['Italy', 'COUNTRY'], ['Aldo Verdi', 'PERSON']], 'AFFILIATED_WITH')).toEqual([
      'Aldo Verdi AFFILIATED_WITH Italy',
    ]);
    expect(relationsOf('Greece leads the mission. Greek Commodore Petros Andreou commands the ships at sea.', [['Greece', 'COUNTRY'], ['Petros Andreou', 'PERSON']], 'AFFILIATED_WITH')).toEqual([
      'Petros Andreou AFFILIATED_WITH Greece',
    ]);
  });

  it('"X\'s chief of general staff, Gen. N" and "Lebanese Speaker N"', () => {
    expect(relationsOf("He spoke with Nordland's chief of general staff, Gen. Ivo Brandt, on Monday.", [['Nordland', 'COUNTRY'], ['Ivo Brandt', 'PERSON']], 'AFFILIATED_WITH')).toEqual([
      'Ivo Brandt AFFILIATED_WITH Nordland',
    ]);
    expect(relationsOf('Lebanon is tense. The envoy met Lebanese Speaker Karim Haddad in Beirut.', [['Lebanon', 'COUNTRY'], ['Karim Haddad', 'PERSON'], ['Beirut', 'LOCATION']], 'AFFILIATED_WITH')).toEqual([
      'Karim Haddad AFFILIATED_WITH Lebanon',
    ]);
  });

  it('a journalist serves the outlet named before the name', () => {
    expect(relationsOf('Harbor Post videographer Sami Nader was killed by shelling.', [['Harbor Post', 'ORGANIZATION'], ['Sami Nader', 'PERSON']], 'AFFILIATED_WITH')).toEqual([
      'Sami Nader AFFILIATED_WITH Harbor Post',
    ]);
  });

  it('Arabic counterpart: التقى نظيره التركي X', () => {
    expect(
      relationsOf('العراق وتركيا جاران. وكان وزير الخارجية العراقي سامر علوان قد التقى نظيره التركي أوزان قايا مطلع الشهر.', [
        ['العراق', 'COUNTRY', 'Iraq'],
        ['تركيا', 'COUNTRY', 'Turkey'],
        ['سامر علوان', 'PERSON', 'Samer Alwan'],
        ['أوزان قايا', 'PERSON', 'Ozan Kaya'],
      ], 'AFFILIATED_WITH'),
    ).toContain('Ozan Kaya AFFILIATED_WITH Turkey');
  });
});

describe('LOCATED_IN, MET_WITH and VISITED in more wordings', () => {
  it('تقع X في أقصى شمال Y; قضاء X التابع لمحافظة Y; "in X, Country"', () => {
    expect(relationsOf('وتقع الرابية في أقصى شمال إقليم نوردلاند، على بعد كيلومترات من الحدود.', [['الرابية', 'LOCATION', 'Rabiya'], ['إقليم نوردلاند', 'LOCATION', 'Nordland Region']], 'LOCATED_IN')).toEqual([
      'Rabiya LOCATED_IN Nordland Region',
    ]);
    expect(relationsOf('ونشرت الوزارة لواءين في قضاء الرابية التابع لمحافظة الوادي.', [['الرابية', 'LOCATION', 'Rabiya'], ['الوادي', 'LOCATION', 'Wadi']], 'LOCATED_IN')).toEqual([
      'Rabiya LOCATED_IN Wadi',
    ]);
    expect(relationsOf('The mission is run from a headquarters in Velta, Nordland, while a commodore commands the ships.', [['Velta', 'LOCATION'], ['Nordland', 'COUNTRY']], 'LOCATED_IN')).toEqual([
      'Velta LOCATED_IN Nordland',
    ]);
    // a list of places is no containment
    expect(relationsOf('Strikes hit targets in Velta, Nordland and Salvia.', [['Velta', 'LOCATION'], ['Nordland', 'COUNTRY'], ['Salvia', 'COUNTRY']], 'LOCATED_IN')).toEqual([]);
  });

  it('a visit with its doer after a relative verb, and who was met during it', () => {
    const t = relationsOf('وتأتي الغارات بعد أيام من زيارة أجراها وزير الخارجية النوردي سامر علوان إلى فيلتا، التقى خلالها الرئيس كريم حداد.', [
      ['سامر علوان', 'PERSON', 'Samer Alwan'],
      ['فيلتا', 'LOCATION', 'Velta'],
      ['كريم حداد', 'PERSON', 'Karim Haddad'],
    ]);
    expect(t).toContain('Samer Alwan VISITED Velta');
    expect(t).toContain('Samer Alwan MET_WITH Karim Haddad');
  });

  it('"والتقى خلالها نظيره Y، قبل أن يستقبله الرئيس Z": the visitor meets both', () => {
    const t = relationsOf('وصل الوزير سامر علوان إلى فيلتا مساء الخميس، والتقى خلالها نظيره رامي يوسف، قبل أن يستقبله الرئيس كريم حداد.', [
      ['سامر علوان', 'PERSON', 'Samer Alwan'],
      ['فيلتا', 'LOCATION', 'Velta'],
      ['رامي يوسف', 'PERSON', 'Rami Youssef'],
      ['كريم حداد', 'PERSON', 'Karim Haddad'],
    ], 'MET_WITH');
    expect(t).toEqual(['Samer Alwan MET_WITH Rami Youssef', 'Karim Haddad MET_WITH Samer Alwan']);
  });

  it('عقد X اجتماعاً مع Y', () => {
    expect(relationsOf('وعقد المبعوث سامر علوان، الأحد، اجتماعاً مع القائد كريم حداد.', [['سامر علوان', 'PERSON', 'Samer Alwan'], ['كريم حداد', 'PERSON', 'Karim Haddad']], 'MET_WITH')).toEqual([
      'Samer Alwan MET_WITH Karim Haddad',
    ]);
  });
});

describe('THREATENED: conditional warnings', () => {
  it('Arabic: محذراً X من أن أي حرب … ستقابَل بقتال', () => {
    expect(relationsOf('وأكد الأمين العام كريم حداد أن الاغتيال لن يمر، محذراً نوردلاند من أن أي حرب على فالتا ستقابَل بقتال بلا سقوف.', [
      ['كريم حداد', 'PERSON', 'Karim Haddad'],
      ['نوردلاند', 'COUNTRY', 'Nordland'],
      ['فالتا', 'COUNTRY', 'Valta'],
    ], 'THREATENED')).toEqual(['Karim Haddad THREATENED Nordland']);
  });

  it('"warned that if X …, … would …" as the second verb of one statement: X is threatened', () => {
    expect(relationsOf('Leader Karim Haddad said the killing would not go unanswered and warned that if Nordland launched a war on Valta, his fighters would fight without limits.', [
      ['Karim Haddad', 'PERSON'],
      ['Nordland', 'COUNTRY'],
      ['Valta', 'COUNTRY'],
    ], 'THREATENED')).toEqual(['Karim Haddad THREATENED Nordland']);
  });

  it('a warning about escalation with no condition and no harm is no threat', () => {
    expect(relationsOf('وحذر الوزير سامر علوان نوردلاند من تصعيد في المنطقة.', [['سامر علوان', 'PERSON', 'Samer Alwan'], ['نوردلاند', 'COUNTRY', 'Nordland']], 'THREATENED')).toEqual([]);
  });
});

describe('ATTACKED: lists of targets and claims in a relative clause', () => {
  it('"its fighters had launched drones at three bases, among them A and B, and at the C base"', () => {
    expect(
      relationsOf('The Northern Front said its fighters had launched drones at three bases on the border, among them Camp Alder and Camp Birch, and at the Cedar base in the east.', [
        ['Northern Front', 'ARMED_GROUP'],
        ['Camp Alder', 'FACILITY'],
        ['Camp Birch', 'FACILITY'],
        ['Cedar base', 'FACILITY'],
      ], 'ATTACKED'),
    ).toEqual(['Northern Front ATTACKED Camp Alder', 'Northern Front ATTACKED Camp Birch', 'Northern Front ATTACKED Cedar base']);
  });

  it('"X، التي تبنّت … الهجمات على قواعد …، ومنها A وB": the relative\'s head claims every listed base', () => {
    const t = relationsOf('وتعد كتائب الفجر من أبرز الفصائل المنضوية في "جبهة الرماد"، التي تبنّت منذ أشهر عشرات الهجمات على قواعد في المنطقة، ومنها قاعدة الصخرة وقاعدة النخيل.', [
      ['كتائب الفجر', 'ARMED_GROUP', 'Dawn Brigades'],
      ['جبهة الرماد', 'ARMED_GROUP', 'Ash Front'],
      ['قاعدة الصخرة', 'FACILITY', 'Rock Base'],
      ['قاعدة النخيل', 'FACILITY', 'Palm Base'],
    ]);
    expect(t).toEqual(expect.arrayContaining(['Ash Front ATTACKED Rock Base', 'Ash Front ATTACKED Palm Base', 'Dawn Brigades AFFILIATED_WITH Ash Front']));
    expect(t.filter((x) => x.startsWith('Dawn Brigades ATTACKED'))).toEqual([]);
  });

  it('a demonym before "missiles and drones" names the attacker; "what X described as bases of G" makes G the target', () => {
    expect(relationsOf('Iran denies it. Iranian missiles and drones struck what Iran described as bases of the Sable Legion in the south.', [['Iran', 'COUNTRY'], ['Sable Legion', 'ARMED_GROUP']], 'ATTACKED')).toEqual([
      'Iran ATTACKED Sable Legion',
    ]);
  });
});

describe('AFFILIATED_WITH: wings and members', () => {
  it('"the military wing of G, U" / "G\'s military wing, U" / الجناح العسكري لـG، U', () => {
    expect(relationsOf("Ash Front's military wing, the Ember Brigades, claimed the attack.", [['Ash Front', 'ARMED_GROUP'], ['Ember Brigades', 'ARMED_GROUP']], 'AFFILIATED_WITH')).toEqual([
      'Ember Brigades AFFILIATED_WITH Ash Front',
    ]);
    expect(relationsOf('ويعد سامر من مؤسسي الجناح العسكري لجبهة الرماد، كتائب الجمر.', [['جبهة الرماد', 'ARMED_GROUP', 'Ash Front'], ['كتائب الجمر', 'ARMED_GROUP', 'Ember Brigades']], 'AFFILIATED_WITH')).toEqual([
      'Ember Brigades AFFILIATED_WITH Ash Front',
    ]);
  });
});

describe('AFFILIATED_WITH: ranks, leaders and postings', () => {
  it('a title with its body, then a rank after the comma, leads into the name', () => {
    expect(relationsOf('وأكد المتحدث باسم الجيش النوردي، الأدميرال كريم حداد، أن معظم المقذوفات اعترضت.', [['الجيش النوردي', 'ORGANIZATION', 'Nordland Army'], ['كريم حداد', 'PERSON', 'Karim Haddad']], 'AFFILIATED_WITH')).toEqual([
      'Karim Haddad AFFILIATED_WITH Nordland Army',
    ]);
  });

  it('an ambassador serves the state that sends him, not the host', () => {
    expect(relationsOf('Iran and Syria condemned it. Omar Zeid, Tehran\'s ambassador to Syria, said the building was a residence.', [['Iran', 'COUNTRY'], ['Tehran', 'COUNTRY', 'Iran'], ['Syria', 'COUNTRY'], ['Omar Zeid', 'PERSON']], 'AFFILIATED_WITH')).toEqual([
      'Omar Zeid AFFILIATED_WITH Iran',
    ]);
  });

  it('"G، التي يتزعمها X" / "G, led by X": the leader belongs to G; a threat does not reach past the next speech verb', () => {
    const t = relationsOf('وتوعدت جبهة الرماد، التي يتزعمها كريم حداد، بالرد على الضربة، وقال المتحدث باسمها سامر علوان إن الرد قادم.', [
      ['جبهة الرماد', 'ARMED_GROUP', 'Ash Front'],
      ['كريم حداد', 'PERSON', 'Karim Haddad'],
      ['سامر علوان', 'PERSON', 'Samer Alwan'],
    ]);
    expect(t).toContain('Karim Haddad AFFILIATED_WITH Ash Front');
    expect(t.filter((x) => x.includes('THREATENED'))).toEqual([]);
    expect(relationsOf('The Sable Legion, led by Omar Zeid, denied it.', [['Sable Legion', 'ARMED_GROUP'], ['Omar Zeid', 'PERSON']], 'AFFILIATED_WITH')).toEqual(['Omar Zeid AFFILIATED_WITH Sable Legion']);
  });
});

describe('LOCATED_IN: more containment wordings', () => {
  it('"X, sits in C", في صحراء, "capital of the semi-autonomous R"', () => {
    expect(relationsOf('The outpost, known as Camp Alder, sits in Nordland near the border.', [['Camp Alder', 'FACILITY'], ['Nordland', 'COUNTRY']], 'LOCATED_IN')).toEqual(['Camp Alder LOCATED_IN Nordland']);
    expect(relationsOf('أصاب صاروخ قاعدة الصخرة الجوية في صحراء الرمل.', [['قاعدة الصخرة الجوية', 'FACILITY', 'Rock Air Base'], ['الرمل', 'LOCATION', 'Raml']], 'LOCATED_IN')).toEqual(['Rock Air Base LOCATED_IN Raml']);
    expect(relationsOf('Missiles fell on Velta, capital of the semi-autonomous North Region.', [['Velta', 'LOCATION'], ['North Region', 'LOCATION']], 'LOCATED_IN')).toEqual(['Velta LOCATED_IN North Region']);
  });
});

describe('units of a group named with an adjective', () => {
  it('"a senior commander in G\'s elite U": the person serves U, U belongs to G', () => {
    const t = relationsOf("A strike killed Omar Zeid, a senior commander in the Sable Legion's elite Ember Force.", [
      ['Omar Zeid', 'PERSON'],
      ['Sable Legion', 'ARMED_GROUP'],
      ['Ember Force', 'ARMED_GROUP'],
    ], 'AFFILIATED_WITH');
    expect(t).toEqual(['Omar Zeid AFFILIATED_WITH Ember Force', 'Ember Force AFFILIATED_WITH Sable Legion']);
  });
});

describe('THREATENED: punishment formulas', () => {
  it('"X will be punished," the leader said / سيندم', () => {
    expect(relationsOf('"Nordland will be punished at the hands of our men," leader Karim Haddad said in a message.', [['Nordland', 'COUNTRY'], ['Karim Haddad', 'PERSON']], 'THREATENED')).toEqual([
      'Karim Haddad THREATENED Nordland',
    ]);
  });
});

describe('Arabic: intensified strikes and a patron after الذي', () => {
  it('كثّفت X ضرباتها على أهداف … مرتبطة بـG، الذي تموّله Y', () => {
    const t = relationsOf('وكثّفت نوردلاند خلال السنوات الماضية ضرباتها على أهداف في فالتا تقول إنها مرتبطة بكتائب الفجر، الذي تموّله سالفيا.', [
      ['نوردلاند', 'COUNTRY', 'Nordland'],
      ['فالتا', 'COUNTRY', 'Valta'],
      ['كتائب الفجر', 'ARMED_GROUP', 'Dawn Brigades'],
      ['سالفيا', 'COUNTRY', 'Salvia'],
    ]);
    expect(t).toEqual(expect.arrayContaining(['Nordland ATTACKED Dawn Brigades', 'Salvia BACKS Dawn Brigades']));
    expect(t).not.toContain('Nordland ATTACKED Valta');
  });
});

describe('sites used by a group in named towns; threats to owners of targets', () => {
  it('"strikes on facilities used by G (S) in A, B and C": G and the towns are targets', () => {
    expect(
      relationsOf('Nordland launched strikes this week on oil facilities used by the Sable Legion (SL) in Velta, Amra and Dorn.', [
        ['Nordland', 'COUNTRY'],
        ['Sable Legion', 'ARMED_GROUP'],
        ['SL', 'ARMED_GROUP', 'Sable Legion'],
        ['Velta', 'LOCATION'],
        ['Amra', 'LOCATION'],
        ['Dorn', 'LOCATION'],
      ], 'ATTACKED'),
    ).toEqual(['Nordland ATTACKED Sable Legion', 'Nordland ATTACKED Velta', 'Nordland ATTACKED Amra', 'Nordland ATTACKED Dorn']);
  });

  it('"facilities belonging to G and H in A and B are legitimate targets": G and H are threatened, not the countries', () => {
    expect(
      relationsOf('Minister Karim Haddad said that all facilities belonging to the Sable Legion and the Ash Front in Valta and Salvia were now "legitimate targets".', [
        ['Karim Haddad', 'PERSON'],
        ['Sable Legion', 'ARMED_GROUP'],
        ['Ash Front', 'ARMED_GROUP'],
        ['Valta', 'COUNTRY'],
        ['Salvia', 'COUNTRY'],
      ], 'THREATENED'),
    ).toEqual(['Karim Haddad THREATENED Sable Legion', 'Karim Haddad THREATENED Ash Front']);
  });
});

describe('more Arabic clause shapes', () => {
  it('ويستضيف X قوات من Y: Y is deployed at X; فصائل تدعمها Z: Z backs them', () => {
    const t = relationsOf('ويستضيف مطار الصخرة قوات من التحالف الدولي، وسبق أن استُهدف بمسيّرات تتبنّاها فصائل مسلحة تدعمها سالفيا.', [
      ['مطار الصخرة', 'FACILITY', 'Rock Airport'],
      ['التحالف الدولي', 'ORGANIZATION', 'Coalition'],
      ['فصائل مسلحة', 'ARMED_GROUP', 'Militias', true],
      ['سالفيا', 'COUNTRY', 'Salvia'],
    ]);
    expect(t).toEqual(expect.arrayContaining(['Coalition DEPLOYED_IN Rock Airport', 'Salvia BACKS Militias']));
  });

  it('مدينة X عاصمة Y without a comma; استهدف مواقع … في محافظة P: P is struck', () => {
    expect(relationsOf('هجوم بالصواريخ على مدينة فيلتا عاصمة إقليم الشمال.', [['فيلتا', 'LOCATION', 'Velta'], ['إقليم الشمال', 'LOCATION', 'North Region']], 'LOCATED_IN')).toEqual([
      'Velta LOCATED_IN North Region',
    ]);
    expect(relationsOf('وأعلن الحرس النوردي أنه استهدف أيضاً مواقع لجبهة الرماد في محافظة دورن.', [['الحرس النوردي', 'ORGANIZATION', 'Nordic Guard'], ['جبهة الرماد', 'ARMED_GROUP', 'Ash Front'], ['دورن', 'LOCATION', 'Dorn']], 'ATTACKED')).toEqual([
      'Nordic Guard ATTACKED Ash Front',
      'Nordic Guard ATTACKED Dorn',
    ]);
  });

  it('سفيرها لدى X serves the body named before; ومن P، التي يزورها …، دعا N: N visited P', () => {
    expect(relationsOf('استدعت وزارة الخارجية النوردية سفيرها لدى فالتا سامر علوان للتشاور.', [['وزارة الخارجية النوردية', 'ORGANIZATION', 'Nordic Foreign Ministry'], ['فالتا', 'COUNTRY', 'Valta'], ['سامر علوان', 'PERSON', 'Samer Alwan']], 'AFFILIATED_WITH')).toEqual([
      'Samer Alwan AFFILIATED_WITH Nordic Foreign Ministry',
    ]);
    expect(relationsOf('ومن دورن، التي يزورها للمشاركة في منتدى، دعا رئيس الحكومة سامر علوان إلى الهدوء.', [['دورن', 'LOCATION', 'Dorn'], ['سامر علوان', 'PERSON', 'Samer Alwan']], 'VISITED')).toEqual([
      'Samer Alwan VISITED Dorn',
    ]);
  });
});

describe('English: sat down with; a sea is never struck', () => {
  it('"sat down with X" is a meeting', () => {
    expect(relationsOf('Earlier in the day Omar Zeid sat down with Karim Haddad to discuss the shortage.', [['Omar Zeid', 'PERSON'], ['Karim Haddad', 'PERSON']], 'MET_WITH')).toEqual(['Omar Zeid MET_WITH Karim Haddad']);
  });

  it('"struck targets in the Red Sea": the water is no target', () => {
    expect(relationsOf('Nordland struck targets in the Red Sea and the Sable Legion overnight.', [['Nordland', 'COUNTRY'], ['Red Sea', 'LOCATION'], ['Sable Legion', 'ARMED_GROUP']], 'ATTACKED')).not.toContain('Nordland ATTACKED Red Sea');
  });
});

describe('lists of struck places with their descriptions', () => {
  it('"The strikes hit the capital A, the Red Sea port city of B and the provinces of C, D and E"', () => {
    const t = relationsOf('Nordland and Salvia launched strikes on the Sable Legion. The strikes hit the capital Velta, the Red Sea port city of Amra and the provinces of Dorn, Ket and Lis, officials said.', [
      ['Nordland', 'COUNTRY'],
      ['Salvia', 'COUNTRY'],
      ['Sable Legion', 'ARMED_GROUP'],
      ['Velta', 'LOCATION'],
      ['Red Sea', 'LOCATION'],
      ['Amra', 'LOCATION'],
      ['Dorn', 'LOCATION'],
      ['Ket', 'LOCATION'],
      ['Lis', 'LOCATION'],
    ], 'ATTACKED');
    for (const p of ['Velta', 'Amra', 'Dorn', 'Ket', 'Lis']) for (const a of ['Nordland', 'Salvia']) expect(t).toContain(`${a} ATTACKED ${p}`);
    expect(t.filter((x) => x.endsWith('Red Sea'))).toEqual([]);
  });

  it('قاعدة "X" شمال شرقي البلد: a facility followed by a direction and its country', () => {
    expect(relationsOf('قتل ثلاثة جنود في قاعدة "البرج 9" شمال شرقي نوردلاند.', [['البرج 9', 'FACILITY', 'Tower 9'], ['نوردلاند', 'COUNTRY', 'Nordland']], 'LOCATED_IN')).toEqual(['Tower 9 LOCATED_IN Nordland']);
  });
});

describe('Arabic place lists and sides of a city', () => {
  it('طالت الغارات مواقع في قضاء A ومنطقة B: both places are struck', () => {
    const t = relationsOf('نفذت القوات النوردية غارات. طالت الغارات مواقع في قضاء الصخرة ومنطقة النخيل بمحافظة الوادي.', [
      ['القوات النوردية', 'ORGANIZATION', 'Nordic forces'],
      ['قضاء الصخرة', 'LOCATION', 'Rock'],
      ['النخيل', 'LOCATION', 'Palms'],
      ['الوادي', 'LOCATION', 'Wadi'],
    ], 'ATTACKED');
    expect(t).toEqual(expect.arrayContaining(['Nordic forces ATTACKED Rock', 'Nordic forces ATTACKED Palms']));
  });

  it('حي X بالجانب الشرقي من العاصمة Y: X is in Y', () => {
    expect(relationsOf('استهدفت مسيّرة سيارة في حي الزهور بالجانب الشرقي من العاصمة فيلتا.', [['حي الزهور', 'LOCATION', 'Zuhur'], ['فيلتا', 'LOCATION', 'Velta']], 'LOCATED_IN')).toEqual(['Zuhur LOCATED_IN Velta']);
  });
});

describe('LOCATED_IN: a possessive apposition', () => {
  it('"A, G\'s stronghold in the southern suburbs of B": A is in B, not in G', () => {
    expect(relationsOf("A strike hit an apartment in Harat, the Sable Legion's stronghold in the southern suburbs of Velta, on Tuesday.", [['Harat', 'LOCATION'], ['Sable Legion', 'ARMED_GROUP'], ['Velta', 'LOCATION']], 'LOCATED_IN')).toEqual(['Harat LOCATED_IN Velta']);
  });
});

describe('a time set off by commas', () => {
  it('استهدفت X، الإثنين 8 كانون الثاني، القيادي في G: the object phrase continues past the date', () => {
    expect(relationsOf('استهدفت نوردلاند، الإثنين 8 كانون الثاني، القيادي في جبهة الرماد سامر علوان بغارة على سيارته.', [
      ['نوردلاند', 'COUNTRY', 'Nordland'],
      ['جبهة الرماد', 'ARMED_GROUP', 'Ash Front'],
      ['سامر علوان', 'PERSON', 'Samer Alwan'],
    ], 'ATTACKED')).toContain('Nordland ATTACKED Ash Front');
  });

  it('وصل X، الأربعاء، إلى العاصمة السعودية الرياض: the visit is to the city', () => {
    expect(relationsOf('وصل الوزير سامر علوان، الأربعاء، إلى العاصمة السعودية الرياض في زيارة رسمية.', [
      ['سامر علوان', 'PERSON', 'Samer Alwan'],
      ['السعودية', 'COUNTRY', 'Saudi Arabia'],
      ['الرياض', 'LOCATION', 'Riyadh'],
    ], 'VISITED')).toEqual(['Samer Alwan VISITED Riyadh']);
  });
});

describe('Arabic attack nouns: fused ل, a doer before the relative verb, hideouts', () => {
  it('للغارات التي قالت إن X شنها على Y: X attacked Y', () => {
    expect(relationsOf('أعربت الوزارة عن أسفها للغارات التي قالت إن سلاح الجو النوردي شنها على بلدة الصخرة.', [
      ['سلاح الجو النوردي', 'ORGANIZATION', 'Nordic Air Force'],
      ['بلدة الصخرة', 'LOCATION', 'Rock'],
    ], 'ATTACKED')).toEqual(['Nordic Air Force ATTACKED Rock']);
  });

  it('ضربات على ما قالت إنها مخابئ لمسلحين في إقليم P: P is struck', () => {
    expect(relationsOf('نفذت نوردلاند، الخميس، ضربات على ما قالت إنها مخابئ لمسلحين في إقليم الوادي.', [['نوردلاند', 'COUNTRY', 'Nordland'], ['إقليم الوادي', 'LOCATION', 'Wadi Province']], 'ATTACKED')).toEqual([
      'Nordland ATTACKED Wadi Province',
    ]);
  });
});

describe('components, chairmen and long-standing support', () => {
  it('"U, the main component of G": U belongs to G', () => {
    expect(relationsOf('The Ember Units, the main component of the Sable Legion, denied any link.', [['Ember Units', 'ARMED_GROUP'], ['Sable Legion', 'ARMED_GROUP']], 'AFFILIATED_WITH')).toEqual([
      'Ember Units AFFILIATED_WITH Sable Legion',
    ]);
  });

  it('"the Authority, whose chairman X said …": X serves the Authority', () => {
    expect(relationsOf('Traffic fell by half, according to the Velta Canal Authority, whose chairman Omar Zeid said revenue had dropped.', [['Velta Canal Authority', 'ORGANIZATION'], ['Omar Zeid', 'PERSON']], 'AFFILIATED_WITH')).toEqual([
      'Omar Zeid AFFILIATED_WITH Velta Canal Authority',
    ]);
  });

  it('"Washington\'s long-standing support for G" is BACKS', () => {
    expect(relationsOf("Washington's long-standing support for the Sable Legion has angered Nordland.", [['Washington', 'COUNTRY', 'United States'], ['Sable Legion', 'ARMED_GROUP'], ['Nordland', 'COUNTRY']], 'BACKS')).toEqual([
      'United States BACKS Sable Legion',
    ]);
  });
});

describe('THREATENED: a second verb phrase', () => {
  it('"X vowed to escalate and threatened ships linked to A, B and C"', () => {
    expect(relationsOf('Leader Karim Haddad vowed to escalate "qualitatively" and threatened ships linked to Nordland, Valta and Salvia.', [
      ['Karim Haddad', 'PERSON'],
      ['Nordland', 'COUNTRY'],
      ['Valta', 'COUNTRY'],
      ['Salvia', 'COUNTRY'],
    ], 'THREATENED')).toEqual(['Karim Haddad THREATENED Nordland', 'Karim Haddad THREATENED Valta', 'Karim Haddad THREATENED Salvia']);
  });
});

describe('ACCUSED: an object pronoun after an accusing participle', () => {
  it('… طرد الجبهة من أرضنا، متهماً إياها بـ…: the group named before is accused', () => {
    expect(relationsOf('ودعا الشيخ سامر علوان إلى "طرد جبهة الرماد من أرضنا"، متهماً إياها بنهب ثروات المنطقة.', [['سامر علوان', 'PERSON', 'Samer Alwan'], ['جبهة الرماد', 'ARMED_GROUP', 'Ash Front']], 'ACCUSED')).toEqual([
      'Samer Alwan ACCUSED Ash Front',
    ]);
  });
});

describe('deployments and visits in Arabic clause shapes', () => {
  it('تحتفظ X بعشرات النقاط العسكرية في شمال Y; نشر لواءين من قوات G في قضاء P', () => {
    expect(relationsOf('وتحتفظ نوردلاند بعشرات النقاط العسكرية في شمال فالتا.', [['نوردلاند', 'COUNTRY', 'Nordland'], ['فالتا', 'COUNTRY', 'Valta']], 'DEPLOYED_IN')).toEqual(['Nordland DEPLOYED_IN Valta']);
    expect(relationsOf('أعلنت الوزارة نشر لواءين إضافيين من قوات الحرس الشمالي في قضاء الصخرة.', [['الحرس الشمالي', 'ORGANIZATION', 'North Guard'], ['الصخرة', 'LOCATION', 'Rock']], 'DEPLOYED_IN')).toEqual([
      'North Guard DEPLOYED_IN Rock',
    ]);
  });

  it('X التقى نظيره Y … خلال زيارة إلى P: X made the visit', () => {
    expect(relationsOf('وكان الوزير سامر علوان قد التقى نظيره كريم حداد مطلع الشهر، خلال زيارة إلى فالتا.', [['سامر علوان', 'PERSON', 'Samer Alwan'], ['كريم حداد', 'PERSON', 'Karim Haddad'], ['فالتا', 'COUNTRY', 'Valta']], 'VISITED')).toEqual([
      'Samer Alwan VISITED Valta',
    ]);
  });
});

describe('BACKS and LOCATED_IN past an apposition', () => {
  it('"G, one of the most powerful of the factions that X funds and equips"', () => {
    expect(relationsOf('The Sable Legion, one of the most powerful of the factions that Nordland funds and equips, halted attacks.', [['Sable Legion', 'ARMED_GROUP'], ['Nordland', 'COUNTRY']], 'BACKS')).toEqual(['Nordland BACKS Sable Legion']);
  });

  it('"in the A neighbourhood of eastern B"', () => {
    expect(relationsOf('A drone fired on his car in the Kerem neighbourhood of eastern Valta.', [['Kerem', 'LOCATION'], ['Valta', 'LOCATION']], 'LOCATED_IN')).toEqual(['Kerem LOCATED_IN Valta']);
  });
});

describe('BACKS: an umbrella of factions a state backs', () => {
  it('X، وتضم فصائل مدعومة من نوردلاند', () => {
    const ents: [string, 'ARMED_GROUP' | 'COUNTRY', string][] = [['جبهة الرماد', 'ARMED_GROUP', 'Ash Front'], ['نوردلاند', 'COUNTRY', 'Nordland']];
    expect(relationsOf('وأعلنت "جبهة الرماد"، التي تضم فصائل مدعومة من نوردلاند، أنها ستواصل القتال.', ents, 'BACKS')).toEqual(['Nordland BACKS Ash Front']);
  });
});
