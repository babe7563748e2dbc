/**
 * Discovery and coreference rules on short made-up passages whose names the
 * gazetteer lacks: each case is a pattern of this field's papers (the held-out
 * papers measure them together; here each one can fail on its own).
 */
import { describe, expect, it } from 'vitest';
import { extract, readFixture } from './helpers/extract.js';

const typed = (body: string, lang: 'en' | 'ar' = 'en') =>
  extract(body, lang).entities.filter((e) => e.type !== 'date').map((e) => `${e.type}:${e.mentions.map((m) => m.text).join('|')}`);

describe('entity rules on unknown names', () => {
  it('splits people from the organization they belong to, and lists of people', () => {
    expect(typed('Lawmakers Basim Khashan and Alaa al-Rikabi of the Imtidad Movement walked out.')).toEqual([
      'person:Basim Khashan', 'person:Alaa al-Rikabi', 'organization:Imtidad Movement',
    ]);
    expect(typed('Ghaleb al-Khafaji of the Nasiriyah Youth Front claimed the post.')).toEqual(['person:Ghaleb al-Khafaji', 'organization:Nasiriyah Youth Front']);
  });

  it('reads an organization named for what it does through "for" + verbal noun + "the …"', () => {
    expect(typed('The Regional Fund for Protecting the Volta Basin pays for the\nsurveys.')).toEqual(['organization:Regional Fund for Protecting the Volta Basin']);
  });

  it('reads companies and outlets that have no head word by what is said around them, and every later mention with them', () => {
    expect(typed('The state company Vorlana lost its licence, and Krestamo, a Chilean shipping line, left. Vorlana appealed.')).toEqual([
      'organization:Vorlana|Vorlana',
      'organization:Krestamo',
    ]);
    expect(typed("Drumvik's chief executive resigned; employees of Tessaro struck, according to Ozberal. Quanteli said rates rose.")).toEqual([
      'organization:Drumvik',
      'organization:Tessaro',
      'organization:Ozberal',
      'organization:Quanteli',
    ]);
    expect(typed('Harlan Kestrel Mining and Ostrova Petroleum signed.')).toEqual(['organization:Harlan Kestrel Mining', 'organization:Ostrova Petroleum']);
  });

  it('reads Arabic organizations whose head has the article, through their adjectives to the "for …" word', () => {
    expect(typed('وقّعت الهيئة الوطنية الكاميرونية للموانئ الاتفاق مع بنك التنمية الأنديزي.', 'ar')).toEqual([
      'organization:الهيئة الوطنية الكاميرونية للموانئ',
      'organization:بنك التنمية الأنديزي',
    ]);
  });

  it('reads an Arabic organization through its construct, its adjectives and its "for …" words, and no common noun phrase after a head', () => {
    expect(
      typed('وأعلنت حكومة الإنقاذ الوطني أن المفوضية العليا للأمم المتحدة لشؤون المهاجرين والهيئة الإقليمية لدول شرق أفريقيا اجتمعتا.', 'ar'),
    ).toEqual([
      'organization:حكومة الإنقاذ الوطني',
      'organization:المفوضية العليا للأمم المتحدة لشؤون المهاجرين',
      'organization:الهيئة الإقليمية لدول شرق أفريقيا',
    ]);
    // A head before a number, a word with a preposition or a pronoun joined to it, an indefinite noun that ends the
    // phrase, a noun after a head with the article, or a known country or person is no name.
    expect(typed('قال إن مصرف واحد أفلس، وتشكلت لجنة برئاسة الوزير، وصندوق يديره الجيش، وإن مجلس إدارة اجتمع، والجبهة اليوم أقوى.', 'ar')).toEqual([]);
    // A classifier before a name in Arabic letters stays outside it, unless the name goes on with what it is for.
    expect(typed('ونقلت صحيفة لوفيغارو عن شركة توتال إنرجيز أن شركة زاوتن للعمليات النفطية توقفت.', 'ar')).toEqual([
      'organization:لوفيغارو',
      'organization:توتال إنرجيز',
      'organization:شركة زاوتن للعمليات النفطية',
    ]);
  });

  it('reads two names at "of" when each has its own head, a possessive inside a name, and no country adjective as a name', () => {
    expect(typed('The Joint Claims Committee of the Baltic Shippers Association met the Combined Task Force 160 of the Allied Naval Forces.')).toEqual([
      'organization:Joint Claims Committee', 'organization:Baltic Shippers Association', 'organization:Combined Task Force 160', 'organization:Allied Naval Forces',
    ]);
    // One word before "of", or no head after it: one name. A document's name is no organization's.
    expect(typed('The Council of the Andean Union and the Ministry of Water Resources and Irrigation met.')).toEqual([
      'organization:Council of the Andean Union', 'organization:Ministry of Water Resources and Irrigation',
    ]);
    expect(typed('They signed the Framework Agreement of the Volta Basin Authority.')).toEqual(['organization:Volta Basin Authority']);
    expect(typed("Brokers at Harwick's Market Association said on the day that the reports in Harwick's List had agreed with what the Malian army and the Eritrean officials had told them.")).toEqual([
      "organization:Harwick's Market Association", "organization:Harwick's List",
    ]);
    expect(typed('Gas runs through the Trans Balkan Pipeline (TBP).')).toEqual(['place:Trans Balkan Pipeline|TBP']);
  });

  it('reads a one-word company by its list, its leader, the people who work there, and what it does', () => {
    expect(typed('In the north the pipeline is run by the Caspian Transit Company (CTC) and Voltaro, and in the south by a venture of Brennik and the CTC.')).toEqual([
      'organization:Caspian Transit Company|CTC|CTC', 'organization:Voltaro', 'organization:Brennik',
    ]);
    expect(typed('Kvarrel, led by Tomas Wirth, estimated the losses, and brokers at Haldane quoted higher rates for the ships.')).toEqual([
      'organization:Kvarrel', 'person:Tomas Wirth', 'organization:Haldane',
    ]);
    // After a comma, a name may stand for the one before it: the Commission's president is no organization.
    expect(typed('The president of the European Commission, Ursula von der Leyen, signed.')).not.toContain('organization:Ursula');
  });

  it('splits an organization from its leader, and reads the word after "<person> of" as a place', () => {
    expect(typed('The Justice and Peace Gathering of Saleh Ashour won two seats.')).toEqual(['organization:Justice and Peace Gathering', 'person:Saleh Ashour']);
    expect(typed('Sheikh Hassan al-Saffar of Qatif counselled patience.')).toEqual(['person:Hassan al-Saffar', 'place:Qatif']);
  });

  it('keeps a known organization "of" a known place as a new organization, unless the place is its own', () => {
    expect(typed('Envoys met the Kurdistan Democratic Party of Syria in Qamishli.')).toContain('organization:Kurdistan Democratic Party of Syria');
    expect(typed('The Quds Force of Iran armed them.')).toEqual(['organization:Quds Force', 'place:Iran']);
  });

  it('makes no one of a document named with a given name English has, of a reference\'s cue, a publishing house, a book\'s title or a ship', () => {
    const people = (body: string) => typed(body).filter((t) => t.startsWith('person:'));
    expect(people('The Port Performance Index ranks the harbour low.')).toEqual([]);
    expect(people('The Carla Ruiz Report said so, and the Hamid Tavakoli Review was late.')).toEqual([]);
    expect(people('See Hamid Tavakoli, *Or du Sahel* (Cairo: Dar al-Marwani, 2021), 44.')).toEqual(['person:Hamid Tavakoli']);
    expect(typed('(Cairo: Dar al-Marwani, 2021)')).toContain('organization:Dar al-Marwani');
    expect(people('Mark Brastow flew to the capital.')).toEqual(['person:Mark Brastow']);
    expect(people('The tanker Christophe de Margerie sailed in July.')).toEqual([]);
    expect(people('Employees of Valkora said so, and after its Valkora Tenzhou was attacked it stopped.')).toEqual([]);
    expect(typed('He chairs the Tomar Veshki, the upper chamber, and Baran Kelo, a member of the council, agreed.')).toEqual(['organization:Tomar Veshki', 'person:Baran Kelo']);
    expect(typed('The road runs from Kouri Bangou to the Niger river.')).toContain('place:Kouri Bangou');
  });

  it('reads a person\'s name through a middle initial and a given name spelled with marks', () => {
    expect(typed('Officials said Kofi A. Annan left. Her premier Múte B. Egede spoke.').filter((t) => t.startsWith('person:'))).toEqual(['person:Kofi A. Annan', 'person:Múte B. Egede']);
    expect(typed('They chose Plan B. Then Hamid Tavakoli left.').filter((t) => t.startsWith('person:'))).toEqual(['person:Hamid Tavakoli']);
  });

  it('makes no one of an epithet in quotes or of a headline cited in a note', () => {
    expect(typed("His men called him 'Hussein Al-Asr' in their songs.")).toEqual([]);
    expect(typed('See Reuters, "Militias Expand Reach Across Northern Region," 12 March 2024.')).toEqual(['organization:Reuters']);
  });

  it('reads organizations by their heads and acronyms defined once, people by their role, places by the town list', () => {
    expect(typed('The Presidential Leadership Council (PLC) met. Later the PLC split, and the Intergovernmental Authority on Development (IGAD) and IGAD envoys left.')).toEqual([
      'organization:Presidential Leadership Council|PLC|PLC',
      'organization:Intergovernmental Authority on Development|IGAD|IGAD',
    ]);
    expect(typed('Its spokesman, Brad Cooper, said the Qozimi Shipping Company and the US Navy would sail under Operation Shikam to Walvis Bay.')).toEqual([
      'person:Brad Cooper', 'organization:Qozimi Shipping Company', 'organization:US Navy', 'organization:Operation Shikam', 'place:Walvis Bay',
    ]);
  });

  it('reads companies by their trade or country word, groupings by their head, an acronym of a place, and towns listed with "and"', () => {
    expect(typed('Talks with Varnok Neft and Ostel Deutschland stalled, while Drava Foods and the Coral Sea Community looked on.')).toEqual([
      'organization:Varnok Neft', 'organization:Ostel Deutschland', 'organization:Drava Foods', 'organization:Coral Sea Community',
    ]);
    expect(typed('A study by Petra Lund of Seagrass International found that KRT of Albania had doubled output. Later KRT sold it.')).toEqual([
      'person:Petra Lund', 'organization:Seagrass International', 'organization:KRT|KRT', 'place:Albania',
    ]);
    // Town names English also has as words ("Bangkok", a straw hat), or that start with a title.
    expect(typed('The catch is landed in Manila and General Santos.')).toEqual(['place:Manila', 'place:General Santos']);
    expect(typed('Beyond the port lies the island of Vrelak; Tovanagas still buys its gas.')).toEqual(['place:Vrelak', 'organization:Tovanagas']);
  });

  it('reads an acronym no one defined as an organization, unless it is a common thing\'s or a place\'s defined elsewhere', () => {
    expect(typed('Where Varkomol holds 40 per cent and KESKO the rest, the GDP of the region grew and the FPSO sailed.')).toEqual([
      'organization:Varkomol', 'organization:KESKO',
    ]);
    expect(typed('The Volari–Dessa Oil Pipeline (VDOP) is late.\n\nThe VDOP waits in The Hague and in Block 7, and Trenal Corporation in May sold it.')).toEqual([
      'place:Volari–Dessa Oil Pipeline|VDOP|VDOP', 'place:The Hague', 'place:Block 7', 'organization:Trenal Corporation',
    ]);
  });

  it('joins a company\'s name through an ampersand, calls no company by its trade, and reads "in" after a mission only', () => {
    expect(typed('Verdan Oil & Gas and Kolvo Oil Operations stopped. Oil money still flows, the Ostra Grid Community in Vienna said, and the UN Mission in Chad agreed.')).toEqual([
      'organization:Verdan Oil & Gas', 'organization:Kolvo Oil Operations', 'organization:Ostra Grid Community', 'place:Vienna', 'organization:UN Mission in Chad',
    ]);
  });

  it('reads European particles in a row, new titles, storms, capes and deltas, and no person in "Al X" alone', () => {
    expect(typed('Commissioner Greta van der Molen and Field Marshal Oskar Vendt met after Storm Hilde, near the Cape of Storms and the Orava Delta.')).toEqual([
      'person:Greta van der Molen', 'person:Oskar Vendt', 'place:Cape of Storms', 'place:Orava Delta',
    ]);
    expect(typed('The shelling reached Al Qarnah.').some((t) => t.startsWith('person:'))).toBe(false);
  });

  it('joins a known organization to the organization it heads, and ends a name at a known name\'s plural possessive', () => {
    expect(typed('The United Nations Coastal Stabilization Mission in Chad left; the Houthis\' Harbour Operations Coordination Center wrote.')).toEqual([
      'organization:United Nations Coastal Stabilization Mission in Chad', 'organization:Houthis', 'organization:Harbour Operations Coordination Center',
    ]);
    expect(typed('Then Islamic State Lake Varo Province struck, and Kestrel Shipping Company Limited sold ships.')).toEqual([
      'organization:Islamic State Lake Varo Province', 'organization:Kestrel Shipping Company Limited',
    ]);
    // Another word's plural possessive stays inside a name.
    expect(typed('The Varnese Dockers\' Federation struck.')).toEqual(['organization:Varnese Dockers\' Federation']);
  });

  it('reads an unknown word as a place after "most of", "above", "towards", and a country without its article', () => {
    expect(typed('The militia held most of Varkand and Oslen, a dam above Tivra and the route towards Pellos, as Mark Rutte of the Netherlands said.')).toEqual([
      'place:Varkand', 'place:Oslen', 'place:Tivra', 'place:Pellos', 'person:Mark Rutte', 'place:Netherlands',
    ]);
  });

  it('ends an organization\'s name before "and" and a lone name English lacks', () => {
    expect(typed('Verina Tolbek spoke. The Supreme Council, the Chamber of Deputies and Tolbek delayed it; the Ministry of Trade and Tourism agreed.')).toEqual([
      'person:Verina Tolbek|Tolbek', 'organization:Supreme Council', 'organization:Chamber of Deputies', 'organization:Ministry of Trade and Tourism',
    ]);
  });

  it('reads two unknown words where a place is expected as a place, and a mining company by its trade', () => {
    expect(typed('Barges reach the coast at Vrek Tamon, where Kessel Gold and Ontari Minerals load ore.')).toEqual([
      'place:Vrek Tamon', 'organization:Kessel Gold', 'organization:Ontari Minerals',
    ]);
  });

  it('reads a headed name that opens a sentence with a word English has, and a lower-case plural head after a name', () => {
    expect(typed('Coastal Rights Watch and the Lake Tovu Conflict Tracker counted the dead. The Orovani militias fled.')).toEqual([
      'organization:Coastal Rights Watch', 'organization:Lake Tovu Conflict Tracker', 'organization:Orovani',
    ]);
  });

  it('reads shoals, reefs and heights as places, and no organization in a ship\'s prefix', () => {
    expect(typed('Boats near Tamsin Shoal and Korvo Reef resupplied the USS Pellan below the Adari Heights.')).toEqual([
      'place:Tamsin Shoal', 'place:Korvo Reef', 'place:Adari Heights',
    ]);
  });

  it('reads the outlet a note opens with, one word or "X of Y", and a paper after "an article in"', () => {
    expect(typed('A claim.[^1] More.[^2]\n\n[^1]: Voice of Tarsa, "Ports brace", 8 October 2025.\n\n[^2]: Kestrelnet, "Canal alarms", 9 October 2025.')).toEqual([
      'organization:Voice of Tarsa', 'organization:Kestrelnet',
    ]);
    expect(typed('An article in El Vocero said so.')).toEqual(['organization:El Vocero']);
  });

  it('reads French particles inside a town\'s name, and no person before a lower-case head', () => {
    expect(typed('Gangs hold most of Port-au-Prince, and the Brad Kellam coalition took Boulogne-sur-Mer.')).toEqual([
      'place:Port-au-Prince', 'organization:Brad Kellam', 'place:Boulogne-sur-Mer',
    ]);
  });

  it('ends a name at a person\'s possessive, and reads a newsroom after "reporters at"', () => {
    expect(typed('President Vesna Kordal\'s Party of Renewal and Labour (PRL) won; reporters at Dunavski told the story.')).toEqual([
      'person:Vesna Kordal', 'organization:Party of Renewal and Labour|PRL', 'organization:Dunavski',
    ]);
  });

  it('reads an outlet of English words by what is said around it, and a state by its head', () => {
    expect(typed('Fighting reached Varo State, the Morning Lantern reported.')).toEqual(['place:Varo State', 'organization:Morning Lantern']);
  });

  it('reads an acronym and the capitalised words after it as an organization, not a ship', () => {
    expect(typed('KT Harbour, which runs the port, and the USS Vellan sailed.')).toEqual(['organization:KT Harbour']);
  });

  it('reads a route named by the places it joins as one place, and keeps a compass adjective in a place\'s name', () => {
    expect(typed('Gas flows through the Northern Varo Corridor.')).toEqual(['place:Northern Varo Corridor']);
    expect(typed('Cargo moves on the Kenya–Uganda Standard Gauge Railway (KUSGR), and KUSGR tariffs fell.')).toEqual([
      'place:Kenya–Uganda Standard Gauge Railway|KUSGR|KUSGR',
    ]);
  });

  it('joins a known acronym to the organization it heads, and reads the outlet a note cites', () => {
    expect(typed('The UN Regional Office for Coastal Fisheries met US Naval Forces Southern Command.')).toEqual([
      'organization:UN Regional Office for Coastal Fisheries', 'organization:US Naval Forces Southern Command',
    ]);
    expect(typed('A claim.[^1]\n\n[^1]: Harbour Insight, "Ports brace for a lean year", 8 October 2025.')).toEqual(['organization:Harbour Insight']);
    expect(typed('A claim.[^1]\n\n[^1]: Maren Ostrowa, "Ports brace for a lean year", 8 October 2025.')).toEqual(['person:Maren Ostrowa']);
  });

  it('reads a name defined with its acronym as one organization and links the acronym and the head word', () => {
    const found = typed('The Tehreek-e-Jafaria Pakistan (TJP) denied it. TJP officials said the Tehreek would not comment. The Haq Movement for Liberty and Democracy split; the Haq Movement and the Movement\'s exiles disagree.');
    expect(found).toContain('organization:Tehreek-e-Jafaria Pakistan|TJP|TJP');
    expect(found).toContain('organization:Haq Movement for Liberty and Democracy|Haq Movement|Movement');
    expect(found.some((f) => f.startsWith('place:Pakistan'))).toBe(false);
  });

  it('finds people after abbreviated titles, and a surname beside another name word', () => {
    expect(typed('The spokesman, Brig. Gen. Yahya Saree, said so.')).toEqual(['person:Yahya Saree']);
    expect(typed('His brother, the outgoing Deputy Prime Minister, has led the team.')).toEqual([]);
    expect(typed('Ayatollah Abbas Kaabi and Qasim Muslih disagreed.')).toEqual(['person:Abbas Kaabi', 'person:Qasim Muslih']);
  });

  it('types unknown words listed with a place, tribes, and places by their first word', () => {
    const found = typed('Volunteers came from Mashhad, Kurram and Gilgit. The Bani Rikab and the Al Bu Muhammad met in Qalat Salih.');
    expect(found).toEqual(expect.arrayContaining(['place:Kurram', 'place:Gilgit', 'organization:Bani Rikab', 'organization:Al Bu Muhammad', 'place:Qalat Salih']));
  });

  it('reads Arabic compound names, a known surname after new first names, and tribes', () => {
    const found = typed('انتخب المجلس حيدر عبد الواحد الساعدي رئيسًا، بينما يرتبط حسين علي المالكي بالفصائل، وحضر ممثلو عشيرة الحلاف و بني مالك. ويقود الكتائب أبو علي البصري.', 'ar');
    expect(found).toEqual(expect.arrayContaining(['person:حيدر عبد الواحد الساعدي', 'person:حسين علي المالكي', 'organization:الحلاف', 'organization:بني مالك', 'person:أبو علي البصري']));
  });

  it('ends an Arabic person at a word shaped as a common noun or a town, and reads باسم after a word of speaking as "on behalf of"', () => {
    expect(typed('وقال المتحدث باسم الإدارة المحلية إن الطريق مغلق.', 'ar').filter((t) => t.startsWith('person:'))).toEqual([]);
    const found = typed('وحمّل فؤاد بن سالم المسؤولية للشرطة، وأبدى الطرفان حسن النية، وزار سعد منصور الحمامات، ومشى سمير كوستوف شرقًا.', 'ar');
    expect(found.filter((t) => t.startsWith('person:'))).toEqual(['person:فؤاد بن سالم', 'person:سعد منصور', 'person:سمير كوستوف']);
  });

  it('reads a foreign name after an Arabic title that starts with أل, which folds as the article does', () => {
    const found = typed('وقال الرئيس ألبرتو فيرنانديز إن الاتفاق صامد، والتقى المدير أليكسي ماركوف الوفد.', 'ar');
    expect(found.filter((t) => t.startsWith('person:'))).toEqual(['person:ألبرتو فيرنانديز', 'person:أليكسي ماركوف']);
  });

  it('reads two foreign-looking words a few words after an Arabic role as a person, but not after another name, a month or a noun with a pronoun', () => {
    const found = typed('وقال الرئيس التنفيذي لسيمكس، فرانك دوبلان، إن الطلب تراجع، وزار المدير العام لتيليكوم بيتر هانسن المصنع. وقال وزير المالية ماتيو روسيني تجاوز دور المراقب. ووقّعت الوزيرة التي تنتهي ولايتها في تموز 2024 الاتفاق.', 'ar');
    expect(found.filter((t) => t.startsWith('person:'))).toEqual(['person:فرانك دوبلان', 'person:بيتر هانسن', 'person:ماتيو روسيني']);
  });

  it('reads an Arabic person after a verb of speech, "led by" or kin, runs a name after a title on through foreign words and a second person listed with و, and ends it before a verbal noun with ب', () => {
    const found = typed('وصرّح جيمي شيريزييه بأن القتال سيستمر، ووصل الوفد برئاسة غودفري أوتونغي، وضم وفد برئاسة ليندا توماس غرينفيلد وكارين دونفريد خبراء، وأعقب مقتل تيموفي كرافتشينكو احتجاجات، وحذّر رئيس مجلس الأمن الدولي تاكيرو موريتا من التصعيد، وكان يقودها نجله عمار الجابري. وقالت المبعوثة الأممية ماريا إيزابيل سالفادور إن النزوح اتسع، واستولى المقدم بول هنري سانداوغو داميبا على السلطة، ووعد ناجي عيسى بتوسيع الرسم، ثم وعد عيسى بخفض الرسوم.', 'ar');
    expect(found.filter((t) => t.startsWith('person:'))).toEqual([
      'person:جيمي شيريزييه',
      'person:غودفري أوتونغي',
      'person:ليندا توماس غرينفيلد',
      'person:كارين دونفريد',
      'person:تيموفي كرافتشينكو',
      'person:تاكيرو موريتا',
      'person:عمار الجابري',
      'person:ماريا إيزابيل سالفادور',
      'person:بول هنري سانداوغو داميبا',
      'person:ناجي عيسى|عيسى',
    ]);
  });

  it('reads an Arabic role with a pronoun (محافظه, مديرتها), a hyphenated surname, -singhe, -ng, a nickname in quotes, and no person in an outlet, a time word or a city', () => {
    const found = typed('وقاد الهجوم عمر حسن دقلو المعروف بـ«الزعيم»، ثم التقى الزعيم بالرئيس الصيني لي يون شانغ في بكين. وقال رئيس مجلس الأمة صالح قوجيل إن الاقتراع نزيه. واختار برلمان بولندا ياروسلاف كوبيك للمنصب. وعيّنت واشنطن كيم ديلاني مبعوثة، وشركة معروفة منذ 2020 باسم فيرو تيكنو، وكان وزير مياه سابق حاضرًا. وأعاد محافظه ناندا كوماراسينغه الثقة، وتريد مديرتها العامة كارلا سولو-بيرغ التغيير، وحضر المبعوث الأمريكي للمناخ جون كيري، ونشرت جوردان تايمز الخبر في ربيع التالي.', 'ar');
    expect(found.filter((t) => t.startsWith('person:'))).toEqual(['person:عمر حسن دقلو|الزعيم|الزعيم', 'person:لي يون شانغ', 'person:صالح قوجيل', 'person:ياروسلاف كوبيك', 'person:كيم ديلاني', 'person:ناندا كوماراسينغه', 'person:كارلا سولو-بيرغ', 'person:جون كيري']);
  });

  it('reads the names an Arabic note opens with, before a comma and a quoted title, as its authors, but not an initiative or Latin letters', () => {
    const found = typed('ارتفعت الصادرات.[^1] وتراجعت الأسعار.[^2]\n\n[^1]: ماركو بيليتي وسارة الكندي، «أسواق الفوسفات»، 2024.\n\n[^2]: مبادرة حوض الكونغو، «تقرير سنوي»، 2023.', 'ar');
    expect(found.filter((t) => t.startsWith('person:'))).toEqual(['person:ماركو بيليتي', 'person:سارة الكندي']);
  });

  it('reads an Arabic feature noun and a foreign-looking word as a place, but not the noun with the article, an adjective (نهر دولي) nor a broadcaster', () => {
    const found = typed('وارتفع منسوب بحيرة كيفو، وتبني الحكومة سد موتوندا قرب نهر كاغيرا، وهو نهر دولي، وفي أعالي النهر تغيّر الحال، وبثّت قناة سكاي نيوز الخبر.', 'ar');
    expect(found.filter((t) => t.startsWith('place:'))).toEqual(['place:بحيرة كيفو', 'place:سد موتوندا', 'place:نهر كاغيرا']);
  });

  it('reads an Arabic company or outlet by the word of its trade, not past a verb, a conjunction or a common noun, nor fuel as a thing', () => {
    const found = typed('ووقعت كارسوف أويل اتفاقًا، وتملك فيلدرا إنرجي حصة، ونشرت تقرير نورفال ووتش، وقالت سوكار وتالمن غاز وإيه بي إم تيرمينالز وبي دي في إس إيه قالت إنها تعاونت. وتستورد البلاد غاز طبيعي.', 'ar');
    expect(found.filter((t) => t.startsWith('organization:'))).toEqual([
      'organization:كارسوف أويل', 'organization:فيلدرا إنرجي', 'organization:نورفال ووتش', 'organization:تالمن غاز', 'organization:إيه بي إم تيرمينالز', 'organization:بي دي في إس إيه',
    ]);
  });

  it('reads an Arabic feature noun before a known place, a foreign name with the article or two foreign words as one place, and a canal as no broadcaster', () => {
    const found = typed('وعبرت السفن خليج عدن نحو دلتا الميكونغ وبحر آرال، وحفرت الحكومة قناة قوش تيبه وقناة آمو-بخارى، وسدّ الفراغ في ممر الأمان، وبحيرة تيلاكا فقدت منسوبها، وبثّت قناة سكاي نيوز الخبر.', 'ar');
    expect(found.filter((t) => !t.startsWith('organization:'))).toEqual(['place:خليج عدن', 'place:دلتا الميكونغ', 'place:بحر آرال', 'place:قناة قوش تيبه', 'place:قناة آمو-بخارى', 'place:بحيرة تيلاكا']);
  });

  it('reads the Arabic owner of a share as a company, and each owner listed with و after it', () => {
    const found = typed('وفي الحقل تملك فالدرين موبيل 45 في المئة وكيرون 30 في المئة، ويملك كاسبو حصة صغيرة، وتملك الدولة 20 في المئة.', 'ar');
    expect(found).toEqual(['organization:فالدرين موبيل', 'organization:كيرون', 'organization:كاسبو']);
  });

  it('ends an Arabic organization whose head has the article at a noun, and reads no name in an indefinite noun and its adjective', () => {
    expect(typed('وتسلّم الاتحاد الأوراسي الملف بعد أن اقترحت موسكو اتحاد غاز ثلاثي، وتملك مؤسسة كالمن غاز الحكومية الخط.', 'ar')).toEqual([
      'organization:الاتحاد الأوراسي', 'place:موسكو', 'organization:كالمن غاز',
    ]);
  });

  it('reads an Arabic organization named for a basin or a river through the name after it', () => {
    expect(typed('وأنشأت الدول مفوضية حوض نهر الزامبيزي ولجنة نهر سافا.', 'ar')).toEqual(['organization:مفوضية حوض نهر الزامبيزي', 'organization:لجنة نهر سافا']);
  });

  it('reads an Arabic field or mine named by a foreign-looking word, a cape and an area by one, and no verb, pronoun or indefinite noun phrase after the noun', () => {
    const found = typed('وتعمل الشركة في حقل كارمينو ومنجم لاس فيراس، وقرب رأس كامادو وسد شاياكوري وسد آخر، وفي منطقة تدرجها الحكومة، ولا يدخل رأس مال أجنبي حقل الطاقة.', 'ar');
    expect(found.filter((t) => t.startsWith('place:'))).toEqual(['place:كارمينو', 'place:لاس فيراس', 'place:رأس كامادو', 'place:سد شاياكوري']);
  });

  it('reads a Latin acronym in parentheses after an Arabic route or work as that place, after an organization as the organization', () => {
    const found = typed('ونُقل الغاز عبر خط أنابيب كارا–بولان (KBP)، وموّلته الهيئة الإقليمية للتنمية (RDA). وتوسّع KBP.', 'ar');
    expect(found).toEqual(['place:KBP|KBP', 'organization:الهيئة الإقليمية للتنمية|RDA']);
  });

  it('reads an Arabic company described by trade and country before its name as the name, and a bank named with a nisba whole', () => {
    const found = typed('ونفّذت شركة المقاولات البرتغالية فالورا المشروع، وبنت شركة ريادة الإماراتية محطة، وعمل بنك التنمية الأفريقي مستشارًا، ودعمته الوكالة الأوروبية للتنمية الدولية والمكتب الشريف للمعادن ونادي لندن وبرلمان غانا.', 'ar');
    expect(found.filter((t) => t.startsWith('organization:'))).toEqual([
      'organization:فالورا', 'organization:ريادة', 'organization:بنك التنمية الأفريقي', 'organization:الوكالة الأوروبية للتنمية الدولية', 'organization:المكتب الشريف للمعادن', 'organization:نادي لندن', 'organization:برلمان غانا',
    ]);
  });

  it('reads no Arabic name across table cells, and a trade name after a classifier whole', () => {
    const found = typed('وأُجّر الميناء لشركة كارلو ميرشانتس بورت القابضة.\n\n| الدائن | البلد |\n|---|---|\n| بنك التنمية الصيني | الصين |\n| لجنة الدائنين الرسميين | اليابان والهند |\n', 'ar');
    expect(found).toEqual(['organization:كارلو ميرشانتس بورت القابضة', 'organization:بنك التنمية الصيني', 'place:الصين', 'organization:لجنة الدائنين الرسميين', 'place:اليابان', 'place:الهند']);
  });

  it('reads an Arabic lake, gulf or wadi named in Arabic letters, a mission with a country of two words, and no place in a mandate', () => {
    const found = typed('ويأتي الماء من بحيرة حولايا ووادي الرمان، ومدد المجلس ولاية بعثة الأمم المتحدة لمراقبة الهدنة في الصحراء الغربية (موناه)، وأدّى خلاف إلى تأجيل مشروع نقل المياه من الشمال (NWTP).', 'ar');
    expect(found).toEqual(['place:بحيرة حولايا', 'place:وادي الرمان', 'organization:بعثة الأمم المتحدة لمراقبة الهدنة في الصحراء الغربية|موناه', 'place:NWTP']);
  });

  it('reads Latin names in Arabic lines: an acronym and the capitalised words after it, known ones too, but no ship, nor a tribe in a verb', () => {
    const found = typed('وقالت KRT Africa وRNZ Pacific إن السفينة MV Larkin غرقت، والقروض التي بُني بها الميناء كبيرة.', 'ar');
    expect(found).toEqual(['organization:KRT Africa', 'organization:RNZ Pacific']);
  });

  it('reads an Arabic group with its head and calls it by its foreign name alone later, and no name in what the state owns', () => {
    const found = typed('وصلت مجموعة دارغان إلى المدينة، وتستخرج مجموعة KLP المملوكة للدولة الفوسفات. وانسحبت دارغان لاحقًا.', 'ar');
    expect(found).toEqual(['organization:مجموعة دارغان|دارغان', 'organization:مجموعة KLP']);
  });

  it('reads no Arabic movement in traffic ("حركة الحاويات"), and ends a name at a noun after a noun with the article, not after a participle', () => {
    expect(typed('وتراجعت حركة الحاويات وحركة الملاحة، بينما قاطعت حركة النهضة الانتخابات، وأنهت بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد عملها.', 'ar')).toEqual([
      'organization:حركة النهضة', 'organization:بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد',
    ]);
  });

  it('reads an Arabic name "… بلا …" whole, the classifier before it outside', () => {
    expect(typed('ونقلت منظمة مهندسون بلا حدود المعدات.', 'ar')).toEqual(['organization:مهندسون بلا حدود']);
  });

  it('reads a town of the dataset in Latin letters in an Arabic note, not an English word', () => {
    const found = typed('قيل ذلك.[^1]\n\n[^1]: تايمز، "Nouakchott port to lay off workers as Mobile traffic falls"، 2024.', 'ar');
    expect(found.filter((t) => t.startsWith('place:'))).toEqual(['place:Nouakchott']);
  });

  it('leaves a bare Arabic classifier or mission outside a known organization it comes before, and names a mission of a kind with its country', () => {
    expect(typed('وأنهى المجلس العسكري بعثة الأمم المتحدة في مالي.', 'ar')).toEqual(['organization:الأمم المتحدة', 'place:مالي']);
    expect(typed('وحلّت بعثة الاتحاد الأفريقي الانتقالية في الصومال (أتميس) محل سابقتها.', 'ar')).toEqual(['organization:بعثة الاتحاد الأفريقي الانتقالية في الصومال|أتميس']);
  });

  it('reads a name after an Arabic title only with evidence of one: no common word, plural or noun with the article', () => {
    const found = typed('ووصف نائب المدير القرار بأنه خطأ، واجتمع قائد حرس الحدود مع وزراء الحكومة، وقال الوزير تومسا كيريلو إن السفير مظفر الجبوري وصل.', 'ar');
    expect(found.filter((t) => t.startsWith('person:'))).toEqual(['person:تومسا كيريلو', 'person:مظفر الجبوري']);
  });

  it('reads an Arabic head that is also a verb as the verb before its subject and object, and no name in a head and its participle', () => {
    const found = typed('وتجمع البلدية الرسوم من التجار، وخرج تجمع كبير في الساحة، بينما رفض تجمع المهنيين المستقلين ذلك.', 'ar');
    expect(found.filter((t) => t.startsWith('organization:'))).toEqual(['organization:تجمع المهنيين المستقلين']);
  });

  it('reads no Arabic name in a given name before a verbal noun or a noun with a pronoun joined to it', () => {
    const found = typed('وقال المصرف إن تمويل إصلاح الطرق تأخر، وعمل المصنع بكامل طاقته، وحضر خالد الزعبي، وقال المستشار الألماني أولاف شولتس إنه موافق.', 'ar');
    expect(found.filter((t) => t.startsWith('person:'))).toEqual(['person:خالد الزعبي', 'person:أولاف شولتس']);
  });

  it('reads no Arabic organization in a state company described, nor in a common acronym, but the name after it', () => {
    const found = typed('وقالت شركة الكهرباء الحكومية إن الشبكة تعطلت، ووقّعت شركة الموانئ الحكومية دورانكو العقد، وأبحرت سفينة FPSO جديدة.', 'ar');
    expect(found.filter((t) => t.startsWith('organization:'))).toEqual(['organization:دورانكو']);
  });

  it('reads no Arabic organization in a head with the article and one common adjective, but one with a nisba of a foreign name', () => {
    const found = typed('وانتقد المجلس المحلي واللجنة الفنية ذلك، ورحّب به الاتحاد الأوقيانوسي.', 'ar');
    expect(found.filter((t) => t.startsWith('organization:'))).toEqual(['organization:الاتحاد الأوقيانوسي']);
  });

  it('reads باسم before Latin letters as "under the name", and no organization in the government of a title', () => {
    const found = typed('وأنشأت الدول تكتلًا باسم ALBO، وأيدت حكومة الرئيس الاتفاق.', 'ar');
    expect(found.filter((t) => !t.startsWith('organization:ALBO'))).toEqual([]);
  });

  it('reads Arabic given names that end in ى, and a Central Asian name whose third word starts as a preposition does', () => {
    const found = typed('وقال مصطفى كمال إن الوفد وصل، ووقف الحرس على الطريق. واستقبل الرئيس أمان قولي بردي نيازوف الوفد.', 'ar');
    expect(found.filter((t) => t.startsWith('person:'))).toEqual(['person:مصطفى كمال', 'person:أمان قولي بردي نيازوف']);
    // After a linking word a name's word may start as a preposition does.
    expect(typed('وقال فلاديمير فون دير لوسن إن الوفد وصل.', 'ar')).toEqual(['person:فلاديمير فون دير لوسن']);
  });

  it('reads an Arabic organization through a coordinated noun with its own "the …", and stops there', () => {
    const found = typed('وانتقد حزب الحرية وكرامة المواطن الحكومة، وزارت وزارة الصحة ووزارة التعليم المدينة.', 'ar');
    expect(found).toEqual(expect.arrayContaining(['organization:حزب الحرية وكرامة المواطن', 'organization:وزارة الصحة']));
  });

  it('never reads the preposition على as the surname علي nor "in the …" after a title as a name, and leaves a classifier before a bare place name outside it', () => {
    const found = typed('التقى الرئيس نعمان علي بالوفد. وقال علي إن الاستفتاء على الحدود جرى، وعاد إلى بلده.', 'ar');
    expect(found).toEqual(['person:نعمان علي|علي']);
    // After a title, "in the …" starts no name (سوق المشير is a market named for a marshal).
    expect(typed('وارتفع السعر في سوق المشير بالمدينة القديمة.', 'ar').filter((t) => t.startsWith('person:'))).toEqual([]);
    expect(typed('وسافر الوفد إلى ولاية تارومبا ثم إلى إقليم سوكانيرو، ومنها إلى ولاية الجزيرة ثم إلى محافظة كاروندا.', 'ar')).toEqual([
      'place:تارومبا',
      'place:سوكانيرو',
      'place:ولاية الجزيرة',
      'place:محافظة كاروندا',
    ]);
  });

  it('reads English places by apposition, by "in the …" and "the plains of …", organizations by "a delegation of the …", and no name after "trans-"', () => {
    expect(typed('Boats from Morvella, a port town on the coast, sail to Tarquen, the capital of the province.')).toEqual(['place:Morvella', 'place:Tarquen']);
    expect(typed('Herders in the Sadrel moved across the plains of Vostran and Kelbar.')).toEqual(['place:Sadrel', 'place:Vostran', 'place:Kelbar']);
    expect(typed('A delegation of the Zarvani met the governor. A vote in the Ostrel failed.')).toEqual(['organization:Zarvani', 'organization:Ostrel']);
    expect(typed('Herders in the Sadrel fear a trans-Sadrel canal.')).toEqual(['place:Sadrel']);
  });

  it('reads one-word English companies by camel case, "of" a known place, an apposition, a list with "and" and a chamber alone', () => {
    expect(typed('VestaGaz signed with Tarvenko of Moldova. Data on PortTrack lag.')).toEqual(['organization:VestaGaz', 'organization:Tarvenko', 'place:Moldova']);
    expect(typed('Later, Tarragon, the Adelaide-based producer, bought Helen Drossel, the London-based consultancy.')).toEqual([
      'organization:Tarragon', 'place:Adelaide', 'organization:Helen Drossel', 'place:London',
    ]);
    expect(typed('VestaGaz, Pebble and Lantern won the tender; the minister told Parliament, and a loan from QZB paid for it.')).toEqual([
      'organization:VestaGaz', 'organization:Pebble', 'organization:Lantern', 'organization:Parliament', 'organization:QZB',
    ]);
    expect(typed('The Ministry of Energy and Mines (Minem) approved it. Prime Minister Ilse Varnhout of Moldova agreed.')).toEqual([
      'organization:Ministry of Energy and Mines|Minem', 'person:Ilse Varnhout', 'place:Moldova',
    ]);
  });

  it('reads a surname English has as the person where the paper never writes it in lower case, and places whose names hold English words', () => {
    expect(typed('President Mariela Granite took office. Granite said the talks would go on.')).toEqual(['person:Mariela Granite|Granite']);
    expect(typed('Fighting reached Wad Kemeri and Tundasso, and ships left Kelvara and Tondo Bay.')).toEqual([
      'place:Wad Kemeri', 'place:Tundasso', 'place:Kelvara', 'place:Tondo Bay',
    ]);
  });

  it('reads a sentence-opening name of two words ending in a head, a publisher in a reference, and a seller after "buys … from"', () => {
    expect(typed('Prices rose. Harvest Holdings, controlled by a family, bought a stake.')).toEqual(['organization:Harvest Holdings']);
    expect(typed('A history of the delta (London: Lantern, 2003) tells it.')).toEqual(['place:London', 'organization:Lantern']);
    expect(typed('The refinery buys crude from Tarvenko and Oskarel.')).toEqual(['organization:Tarvenko', 'organization:Oskarel']);
  });

  it('reads chambers and courts by what is said around them and their foreign heads, and a company after "run by" or "officials at"', () => {
    expect(typed('The ruling bloc lost its majority in the Vostra. Judges at the Kelder Raad and the Cour de Pervenche ruled.')).toEqual([
      'organization:Vostra', 'organization:Kelder Raad', 'organization:Cour de Pervenche',
    ]);
    expect(typed('The mine is run by Tarvenko and Oskarel. Officials at Drumvik declined. The coalition led by Hemedti advanced.')).toEqual([
      'organization:Tarvenko', 'organization:Oskarel', 'organization:Drumvik', 'person:Hemedti',
    ]);
  });

  it('reads a word English has in a list of places after a place\'s preposition as a place', () => {
    expect(typed('Violence near Tundasso and Bonny spread.')).toEqual(['place:Tundasso', 'place:Bonny']);
  });

  it('reads a title after a connector, a one-word title inside a name, a name before a role, a nationality before a title, and a transliterated article before a place', () => {
    expect(typed('They met Sisi and President Hassan Sheikh Mohamud of Somalia, and Mukhtar Babayev, the president of the conference.')).toEqual([
      'person:Sisi', 'person:Hassan Sheikh Mohamud', 'place:Somalia', 'person:Mukhtar Babayev',
    ]);
    expect(typed('Togolese President Faure Kelvari spoke. Exports from Es Sader resumed.')).toEqual(['person:Faure Kelvari', 'place:Es Sader']);
  });

  it('reads a given name and a word listed beside a known place, or located in one right after, as a place', () => {
    expect(typed('The rock comes from Khouribga, Ben Tarvil and Youssoufia; more comes from Bou Kelra, in Western Sahara.')).toEqual([
      'place:Khouribga', 'place:Ben Tarvil', 'place:Youssoufia', 'place:Bou Kelra', 'place:Western Sahara',
    ]);
  });

  it('reads a word English has after "operated by" as a company and before a place\'s lower-case head as a place, and a French state office', () => {
    expect(typed('Gas comes from the Leviathan field, operated by Lantern. The Office Chérifien des Morvelles sells it.')).toEqual([
      'place:Leviathan', 'organization:Lantern', 'organization:Office Chérifien des Morvelles',
    ]);
  });

  it('reads an unknown acronym or camel-case name before a known place as a branch, and a name shaped as a person\'s right after "in" as a town', () => {
    expect(typed('KVR Africa sells blends. Talks were held in Sharm el-Kelvar.')).toEqual(['organization:KVR Africa', 'place:Sharm el-Kelvar']);
  });

  it('reads two names joined by "and" that open a note before a quoted title as its authors, not an outlet', () => {
    expect(typed('Text.[^1]\n\n[^1]: Gidon Kesterov and Yana Abu Tarvil, "A Green Deal", 2020.')).toEqual(['person:Gidon Kesterov', 'person:Yana Abu Tarvil']);
  });

  it('calls a company named for its English trade by its own name later, not one named with a foreign trade word', () => {
    expect(typed('Kelvaro Petroleum holds an option. Later Kelvaro signed the deal.')).toEqual(['organization:Kelvaro Petroleum|Kelvaro']);
  });

  it('reads where a firm is based and a town located near another as places, a person "of" an unknown name, and "St" before a place', () => {
    expect(typed('Kelvaro, the Saskatoon-based producer, struck at Taukel, near Stepnogorsk. Marc Kesterov of Orvano Mining met them in St Petersburg.')).toEqual([
      'organization:Kelvaro', 'place:Saskatoon', 'place:Taukel', 'place:Stepnogorsk', 'person:Marc Kesterov', 'organization:Orvano Mining', 'place:St Petersburg',
    ]);
  });

  it('ends an Arabic place name at its table cell', () => {
    // "| … ورأس لانوف |" and the next row's "| نوفمبر/تشرين الثاني 2024 |" made one place, which hid the date.
    const { entities } = extract(readFixture('test/fixtures/corpus/dev/libya-central-bank-oil/ar.md'), 'ar');
    expect(entities.filter((e) => e.type === 'place' && e.mentions.some((m) => m.text.includes('نوفمبر')))).toEqual([]);
    expect(entities.find((e) => e.type === 'date' && e.value === '2024-11')?.mentions.map((m) => m.text)).toContain('نوفمبر/تشرين الثاني 2024');
  });

  it('types the names of a table column by its header, but not a common noun or plural there', () => {
    expect(typed('| Company | Stake | Port |\n|---|---|---|\n| Shell | 20% | Mobile |\n| Tarvenko | 10% | Kelvara |\n| Bondholders | 5% | Tondo |')).toEqual([
      'organization:Shell', 'place:Mobile', 'organization:Tarvenko', 'place:Kelvara', 'place:Tondo',
    ]);
    // The header is the parsed table's first row, wherever the table stands and however its cells are marked up.
    expect(typed('> | **Port** | Operator (a \\| b) |\n> |---|---|\n> | Kelvara | Tarvenko |')).toEqual(['place:Kelvara', 'organization:Tarvenko']);
  });

  it('reads a newspaper with a European article after an outlet\'s cue, a subject with a company\'s verb and "its", and Spanish place words', () => {
    expect(typed('A nurse told Le Kelvariste that Lantern sold its onshore business near Cerro Tarvo.')).toEqual([
      'organization:Le Kelvariste', 'organization:Lantern', 'place:Cerro Tarvo',
    ]);
  });

  it('reads two words after a firm\'s cue as a firm, even with a given name, but not after "owned by"', () => {
    expect(typed('Shares of Goldman Tarsk rose. Analysts at Morgan Kelvar agreed. The mine is owned by Tarvo Kelvarov.')).toEqual([
      'organization:Goldman Tarsk', 'organization:Morgan Kelvar', 'person:Tarvo Kelvarov',
    ]);
  });

  it('reads a body\'s name "for" a known place after its cue as one organization', () => {
    expect(typed('He founded the opposition party Kelvo for Georgia.')).toEqual(['organization:Kelvo for Georgia']);
  });

  it('reads a body by "the X\'s" officials and a place with English words by its lower-case head', () => {
    expect(typed('Gas came from the Kara Tepe field. Berdimuhamedov met the Kelvaran\'s deputy prime minister.')).toEqual([
      'place:Kara Tepe', 'organization:Kelvaran',
    ]);
  });

  it('reads a known person\'s surname that is also a town as the town where the paper never names the person in full', () => {
    expect(typed('Older plants still work at Safi and Khouribga.')).toEqual(['place:Safi', 'place:Khouribga']);
  });

  it('reads armed groups and gangs by their members\' plural and "gangs such as", and a coalition or commission in apposition', () => {
    expect(typed('The Tarvo Delta Avengers claimed the attack, and the police said gangs such as the Black Kestrel run the trade.')).toEqual([
      'organization:Tarvo Delta Avengers', 'organization:Black Kestrel',
    ]);
    expect(typed("Kelvaco, the state copper commission, said prices would hold. The president's coalition, Unidos Kelvar, lost.")).toEqual([
      'organization:Kelvaco', 'organization:Unidos Kelvar',
    ]);
  });

  it('reads a company named for its metal, and one word before "donated", "told" or "had run"', () => {
    expect(typed('Tarsko Lithium, a Chinese company, owns 22 per cent of the mine.')).toEqual(['organization:Tarsko Lithium']);
    expect(typed('Tarsung Electronics makes chips; Tarsung said its profits fell, and Kelvandai Motor builds a plant.')).toEqual([
      'organization:Tarsung Electronics|Tarsung', 'organization:Kelvandai Motor',
    ]);
    // A commodity is no head: an association of two of them is one name.
    expect(typed('The Kelvar Coffee and Cocoa Association met; Tarsko Estates and Kelvo Breweries agreed.')).toEqual([
      'organization:Kelvar Coffee and Cocoa Association', 'organization:Tarsko Estates', 'organization:Kelvo Breweries',
    ]);
    expect(typed('Kelvabee donated meals. Ostrexx had run them for decades. Vormelco told reporters that costs rose. Tarsopec never paid.')).toEqual([
      'organization:Kelvabee', 'organization:Ostrexx', 'organization:Vormelco', 'organization:Tarsopec',
    ]);
    expect(typed('Premier Kelvan Tarsov met General Secretary To Kelvan.')).toEqual(['person:Kelvan Tarsov', 'person:To Kelvan']);
    // Folded, "Nestlé" is the English verb; written with its accent it is no English word.
    expect(typed('Nestlé buys a fifth of the crop.')).toEqual(['organization:Nestlé']);
  });

  it('reads a party named after "\'s party," and exchanges and campaigns by their head', () => {
    expect(typed("President Kelvo Tarsov's party, La Tarsa Avanza, lacks a majority. The Kelvar Grain Exchange and the Clean Tarsk Campaign agreed.")).toEqual([
      'person:Kelvo Tarsov', 'organization:La Tarsa Avanza', 'organization:Kelvar Grain Exchange', 'organization:Clean Tarsk Campaign',
    ]);
  });

  it('reads a list of companies whose last member stands before "and" at the end of the block without failing', () => {
    expect(() => typed("Targets for 2030. Starbucks, JDE Peet's and Lavazza buy Vietnamese robusta.")).not.toThrow();
  });

  it('reads a one-word owner before its share, and an outlet or a seat of government after "the"', () => {
    expect(typed('Chevron 30 per cent, Kelvaro 10 per cent. In Tarsk 40 per cent of homes lack power.')).toEqual([
      'organization:Chevron', 'organization:Kelvaro', 'place:Tarsk',
    ]);
    expect(typed('A minister told the Inquirer that the Treasury would pay, and the Kremlin agreed. According to the Constitution, the Presidency decides.')).toEqual([
      'organization:Inquirer', 'organization:Treasury', 'organization:Kremlin', 'organization:Presidency',
    ]);
    expect(typed('Ministers told La Nación that duties would go. According to El Tarsko, prices rose.')).toEqual(['organization:La Nación', 'organization:El Tarsko']);
    expect(typed('Kelvexco told Tarsei Asia that costs rose.')).toEqual(['organization:Kelvexco', 'organization:Tarsei Asia']);
  });

  it('reads two words after a firm\'s cue as the firm, a new name after "or", and a lone word before "and" and a headed name as two', () => {
    expect(typed('Canneries buy it through traders like Tarsk Marine.')).toEqual(['organization:Tarsk Marine']);
    expect(typed('Manila Kelvar Company, or Kelvarco, restored power; Kelvarco told reporters it was over. The Kelvar Bank, or Chile, will pay.')).toEqual([
      'organization:Manila Kelvar Company|Kelvarco|Kelvarco', 'organization:Kelvar Bank', 'place:Chile',
    ]);
    expect(typed('Tarsko and Louis Kelvar Company run mills.')).toEqual(['organization:Tarsko', 'organization:Louis Kelvar Company']);
  });

  it('reads East Asian names whose surname English has, and unknown words after "the" as a body, not a person', () => {
    expect(typed('Premier Li Kelvang met Hu Tarsin; Li Kelvang spoke.')).toEqual(['person:Li Kelvang|Li Kelvang', 'person:Hu Tarsin']);
    expect(typed('It grew out of the Janvara Vimko Peramo, and Sajo Premado of the Samgi Jano Balavo agreed.')).toEqual([
      'organization:Janvara Vimko Peramo', 'person:Sajo Premado', 'organization:Samgi Jano Balavo',
    ]);
  });

  it('calls a company by its name without its corporate head, an English word only where the paper never writes it in lower case', () => {
    expect(typed('Chevron Corporation signed. Later Chevron said it would sell. The Tarsko Mining Group bought it; Tarsko Mining later sold it.')).toEqual([
      'organization:Chevron Corporation|Chevron', 'organization:Tarsko Mining Group|Tarsko Mining',
    ]);
    expect(typed('The National Oil Corporation met; national oil output fell. YPF will export gas from Vaca Tarsa through Bahía Blanca.')).toEqual([
      'organization:National Oil Corporation', 'organization:YPF', 'place:Vaca Tarsa', 'place:Bahía Blanca',
    ]);
  });

  it('reads Urdu organization words and the "-i-" of their names', () => {
    expect(typed('In the north, the Tehrik-i-Kelvar Pakistan (TKP) attacked convoys, and the Lashkar-e-Tarsa was banned again.')).toEqual([
      'organization:Tehrik-i-Kelvar Pakistan|TKP', 'organization:Lashkar-e-Tarsa',
    ]);
  });

  it('reads an organization word opening a sentence, and "wal-" inside a transliterated name', () => {
    expect(typed('Jamaat-e-Kelvar returned. Prices rose. Jama\'at Nusrat al-Tarsk wal-Kelvarin attacked.')).toEqual([
      'organization:Jamaat-e-Kelvar', "organization:Jama'at Nusrat al-Tarsk wal-Kelvarin",
    ]);
  });

  it('reads a town\'s name with a company\'s verb after it as the company, and a place where one is expected', () => {
    expect(typed('SQM and Albemarle run lithium brine operations; Albemarle said it would cut jobs.')).toEqual(['organization:SQM', 'organization:Albemarle|Albemarle']);
    expect(typed('Exports from Albemarle resumed. Budapest would control the oil of two neighbours.')).toEqual(['place:Albemarle', 'place:Budapest']);
    expect(typed('Prices rose. Kelvaro and Lavazzo buy robusta.')).toEqual(['organization:Kelvaro', 'organization:Lavazzo']);
    expect(typed('When the storm struck Kelvaron in October, many died.')).toEqual(['place:Kelvaron']);
  });

  it('reads a former name after "known until 2020 as" or "formerly known as" as another name of the organization', () => {
    expect(typed('The contractor, the Italian group Kelbuild, known until 2020 as Tarsini Kelvaro, expects to finish. Tarsini Kelvaro built dams.')).toEqual([
      'organization:Kelbuild|Tarsini Kelvaro|Tarsini Kelvaro',
    ]);
  });

  it('reads capitalised words before a body\'s head in lower case as its name, even English ones, not at a sentence\'s start', () => {
    expect(typed('The ruling Kelvaran Dream party, founded by a billionaire, won. The Red Shirts movement marched. Normal operations resumed.')).toEqual([
      'organization:Kelvaran Dream', 'organization:Red Shirts',
    ]);
  });

  it('keeps a Korean given name\'s second syllable after its hyphen, even one English has, but no English word after a hyphen', () => {
    expect(typed('Moon Jae-in backed Lee Jae-myung of the Democratic Party. He met Park Geun-hye in Seoul. A Kelvar-based firm left.')).toEqual([
      'person:Moon Jae-in', 'person:Lee Jae-myung', 'organization:Democratic Party', 'person:Park Geun-hye', 'place:Seoul', 'place:Kelvar',
    ]);
  });

  it('reads no Arabic person in a place head, a route or a verb after a given name, and no organization in a verb after a classifier', () => {
    // A governor of a province: the province's head is no word of a name, and classifies the place after it.
    expect(typed('ونقلت الصحيفة عن حاكم إقليم بوهول أن الطرق قطعت، وقال إن عصابات منظمة تقف وراء السرقة.', 'ar')).toEqual(['place:بوهول']);
    // A past verb with a feminine subject after a given name is the sentence's verb ("سيف دمرت"); a foreign-looking
    // word after a pipeline's head names the pipeline, not a person.
    expect(typed('وقال إن عملية دلتا سيف دمرت 200 مصفاة، وأغلقت الشركة خط أنابيب ترانس نيجر.', 'ar').filter((e) => e.startsWith('person:'))).toEqual([]);
  });

  it('reads an Arabic island by its noun and a province by a foreign-looking name after مقاطعة, not a boycott', () => {
    expect(typed('ضرب الإعصار جزيرة سيارغاو ثم مقاطعة بوهول، ودعت المعارضة إلى مقاطعة الانتخابات.', 'ar')).toEqual(['place:جزيرة سيارغاو', 'place:بوهول']);
  });

  it('reads a foreign-looking Arabic word joined by و to a place in a list as a place, not a verb or a noun after it', () => {
    expect(typed('ويمر الخط عبر مدينة كالاما وكوبيابو إلى ميناء ميخيونس وبارانكيلا في تشيلي.', 'ar')).toEqual([
      'place:كالاما', 'place:كوبيابو', 'place:ميخيونس', 'place:بارانكيلا', 'place:تشيلي',
    ]);
    expect(typed('وصلت البعثة إلى مدينة كالاما وسيبدأ العمل غدًا.', 'ar')).toEqual(['place:كالاما']);
  });

  it('reads one foreign-looking Arabic word after a verb of business with a feminine subject as a company, not a person, a town or an adjective', () => {
    expect(typed('وأعلنت ألبيمارل أنها ستخفض استثماراتها، واستحوذت غلينكور على حصة، ورفضت موسكو العرض، وجعلت الحرب البلاد أكبر سوق.', 'ar')).toEqual([
      'organization:ألبيمارل', 'organization:غلينكور', 'place:موسكو',
    ]);
    // A region or a woman takes the verbs of acting too: only a sentence of business makes its subject a company.
    expect(typed('ورفضت تيغراي الاتفاق، وأعلنت بونتلاند انسحابها من المحادثات، ثم رفضت ميركل العرض.', 'ar')).toEqual([]);
    // A person named in full before is the person when the verb comes with the surname alone.
    expect(typed('وقالت رئيسة الوزراء ميا موتلي إن باربادوس ستقاضي الشركات، ثم أعلنت موتلي أنها لن تتراجع.', 'ar')).toEqual(['person:ميا موتلي|موتلي', 'place:باربادوس']);
  });

  it('reads an Arabic sea by its colour, a place after "near" or "at" before a pause or a locating word, and no noun after "about"', () => {
    expect(typed('وتعبر السفن البحر الأسود إلى البحر الأبيض المتوسط، ولا تقترب من البحر الأقرب.', 'ar')).toEqual(['place:البحر الأسود', 'place:البحر الأبيض المتوسط']);
    expect(typed('نزح الرعاة إلى مخيمات قرب دولو، في جنوب إثيوبيا، وتقع المزارع في ميرتي في شمال كينيا. ودار النقاش حول مستقبل.', 'ar')).toEqual([
      'place:دولو', 'place:إثيوبيا', 'place:ميرتي', 'place:كينيا',
    ]);
    expect(typed('وحصلت الصين على الامتياز مقابل تكنولوجيا، وباعت الشركة حصتها مقابل بيتكوين.', 'ar')).toEqual(['place:الصين']);
  });

  it('reads the one foreign-looking word a note opens with before a quoted title as its publisher, and a short form in parentheses after an organization', () => {
    expect(typed('نص.[^1]\n\n[^1]: يوراسيانت، "Afghanistan\'s canal"، 2024.', 'ar')).toContain('organization:يوراسيانت');
    expect(typed('نص.[^1][^2]\n\n[^1]: الأهرام أونلاين، "Egypt announces"، 2024.\n\n[^2]: المونيتور، «مصر تحذر»، 2024.', 'ar')).toEqual([
      'organization:الأهرام أونلاين', 'place:Egypt|مصر', 'organization:المونيتور',
    ]);
    // Between a quoted title and a date, where the piece appeared; not a day of the week a quotation is dated by.
    expect(typed('نص.[^2]\n\n[^2]: ألكسندر أوبلان، "À Rabat"، لوموند، 29 أكتوبر 2024.', 'ar')).toEqual(['person:ألكسندر أوبلان', 'organization:لوموند']);
    expect(typed('وكتب الوزير «الاتفاق انتهى»، الأربعاء، 3 مايو.', 'ar')).toEqual([]);
    expect(typed('وأعلنت شركة بترول أبوظبي الوطنية (أدنوك) زيادة الإنتاج.', 'ar')).toContain('organization:أدنوك');
    // An aside in parentheses is no other name: not of an organization found, nor one on its own.
    expect(typed('وقال رئيس مجلس الإدارة (سابقًا) إن شركة النفط (حاليا) تنتج مليون برميل (تقريبا).', 'ar')).toEqual(['organization:مجلس الإدارة', 'organization:شركة النفط']);
  });

  it('reads an Arabic exchange or chamber by its head', () => {
    expect(typed('وارتفع سعر النحاس في بورصة لندن للمعادن، وقالت غرفة التجارة الأمريكية إن الرسوم ستضر بالمصدرين.', 'ar')).toEqual([
      'organization:بورصة لندن للمعادن', 'organization:غرفة التجارة الأمريكية',
    ]);
  });

  it('ends an Arabic foreign name before the title it is given in the accusative', () => {
    expect(typed('وقرر الرئيس تعيين موساليا مودافادي وزيرا للخارجية.', 'ar')).toEqual(['person:موساليا مودافادي']);
  });

  it('reads two foreign-looking given names before a Slavic or Central Asian family name as one Arabic person', () => {
    expect(typed('وطرح سردار بردي محمدوف الفكرة مجددًا، وقال مجددًا إن الخط سيمتد.', 'ar')).toEqual(['person:سردار بردي محمدوف']);
  });

  it('reads an Arabic name before a comma and a role, after a title and its party, with José and a particle, and a third word in ب or ك before a particle', () => {
    expect(typed('ومن المسؤولين:\n\n1. شوكت عزيز، رئيس الهيئة سابقًا؛\n', 'ar')).toEqual(['person:شوكت عزيز']);
    expect(typed('ووصف زعيم الحزب الديمقراطي لوفسانفانداني غانزوريغ النتيجة بأنها هزيمة.', 'ar')).toEqual(['organization:الحزب الديمقراطي', 'person:لوفسانفانداني غانزوريغ']);
    expect(typed('وكتب المحلل خوسيه دي إتشافي في تقرير حديث أن الشركة أخطأت.', 'ar')).toEqual(['person:خوسيه دي إتشافي']);
    expect(typed('أما الرئيس ميغيل دياز كانيل فقد ظهر محذرًا. وقال الرئيس جون سميث لها إن الأمر انتهى.', 'ar')).toEqual(['person:ميغيل دياز كانيل', 'person:جون سميث']);
    // "despite" is no family name: الحاكم here is "ruling", no given name.
    expect(typed('ودافع الحزب الحاكم رغم الخسارة عن موقفه.', 'ar')).toEqual([]);
    expect(typed('وقال رئيس الوزراء لوفسانامسراي أويون-إردين إن الحكومة ستنشئ صندوقًا، وأكد أويون-إردين ذلك.', 'ar')).toEqual(['person:لوفسانامسراي أويون-إردين|أويون-إردين']);
  });

  it('reads an Arabic person after a title whose domain is two nouns joined by و, across a line break', () => {
    expect(typed('وترأس الوفدين وزير الموارد المائية والري المصري هاني\nسويلم، وشارك وزير الزراعة والمياه السابق عمران في الاجتماع.', 'ar')).toEqual(['person:هاني\nسويلم']);
  });

  it('reads an Arabic operation by the words in quotes after عملية, a known place among them, but no process with the article', () => {
    expect(typed('وتعثرت عملية «التطبيع»، بينما أطلقت البحرية عملية «حارس الازدهار» وعملية «درع الفرات».', 'ar')).toEqual([
      'organization:حارس الازدهار', 'organization:درع الفرات',
    ]);
  });

  it('drops a nation\'s adjective, a document by its head, a kind of body with no country and a ship after its kind', () => {
    expect(typed('Finnish police boarded the tanker Kelvar S. The Kelvaro Deforestation Regulation (KDR) bans it. The Central Bank and the Special Forces stayed.')).toEqual([]);
    expect(typed('The Kelvaro Declaration was signed. The Convention on the Law of the Sea applies. The bulk carrier Yi Kelvar 3 left.')).toEqual([]);
  });

  it('keeps a body named for its members, a party after its leader\'s possessive, and a country opening an Urdu name', () => {
    expect(typed('The Kelvaran Association of Vegetable Oil Industries met.')).toEqual(['organization:Kelvaran Association of Vegetable Oil Industries']);
    expect(typed('Prime Minister Petteri Kelvo spoke, and Kelvo\'s National Coalition Party agreed.')).toEqual(['person:Petteri Kelvo|Kelvo', 'organization:National Coalition Party']);
    expect(typed('The Pakistan Tehreek-e-Kelvar of Imran Khan boycotted the vote.')).toEqual(['organization:Pakistan Tehreek-e-Kelvar', 'person:Imran Khan']);
    expect(typed('The Kelvaran People\'s Party of Prime Minister Tarsko Kelvo-Erdene won. The Office of Foreign Assets Control acted.')).toEqual([
      'organization:Kelvaran People\'s Party', 'person:Tarsko Kelvo-Erdene', 'organization:Office of Foreign Assets Control',
    ]);
  });

  it('takes no company from a verb whose subject is not the name: a name after "of"', () => {
    expect(typed('Tribal allies matter: sheikhs of Hamdar and Kelvab supply fighters, and Tarsko supply the rest.')).toEqual(['organization:Tarsko']);
  });

  it('reads names with an ampersand or a hyphenated acronym, a reinsurer, and a national body beside a known one', () => {
    expect(typed('Shoppers left H&M, and H&M said its sales fell. Spending on R&D rose. Members of Lakas-KMD voted.')).toEqual(['organization:H&M|H&M', 'organization:Lakas-KMD']);
    expect(typed('The ministry should fund a pool with Munich Re. The National Security Council met.')).toEqual(['organization:Munich Re', 'organization:National Security Council']);
    expect(typed('Boats sailed up the Rio Kelvaro. Rio Tarsko bought the mine, which is run by Rio Tarsko.')).toEqual(['place:Rio Kelvaro', 'organization:Rio Tarsko|Rio Tarsko']);
  });
});
