/**
 * Word lists that tell what a capitalised phrase of this field is: the heads
 * of organization and place names, the titles before people's names, and the
 * proper adjectives that are not entities. Keys are lower case, folded and
 * transliteration-normalized like the text's (./tokens.ts).
 */

/** Last word of an organization name ("… Movement", "… Brigades"). */
export const ORG_HEADS = new Set([
  'movement', 'alliance', 'coalition', 'party', 'organization', 'organisation', 'brigades', 'brigade', 'forces', 'force', 'council', 'front', 'bloc',
  'current', 'trend', 'commission', 'committee', 'ministry', 'corps', 'army', 'guard', 'guards', 'union', 'association', 'foundation', 'institute',
  'agency', 'bank', 'company', 'court', 'assembly', 'parliament', 'authority', 'list', 'group', 'network', 'society', 'university', 'office', 'command',
  'division', 'battalion', 'battalions', 'units', 'unit', 'companies', 'league', 'federation', 'service', 'services', 'center', 'centre', 'department',
  'directorate', 'gathering', 'congress', 'caucus', 'initiative', 'militia', 'resistance', 'bureau', 'secretariat', 'cabinet', 'tribe', 'mission',
  'agency', 'fund', 'board', 'headquarters', 'ministries', 'council', 'police', 'intelligence', 'academy', 'seminary', 'hawza', 'brotherhood', 'regiment', 'squad', 'battalions', 'legion', 'forum', 'institution', 'observatory', 'syndicate',
  // Companies, navies, programmes and conferences, media.
  'navy', 'corporation', 'corp', 'inc', 'ltd', 'limited', 'gmbh', 'holdings', 'line', 'lines', 'airlines', 'airways', 'programme', 'program', 'conference', 'partnership', 'cooperation',
  'administration', 'tribunal', 'house', 'senate', 'chamber', 'watch', 'press', 'times', 'post', 'news', 'journal', 'herald', 'gazette', 'tribune', 'online', 'monitor', 'telegraph', 'television', 'radio', 'club',  // Regional bodies and groupings ("East African Community", "Amnesty International"), consortia.
  'community', 'international', 'consortium', 'operations', 'tracker', 'militias',
  // Armed groups, gangs and cults named for their members ("Niger Delta Avengers", "Black Axe Confraternity").
  'campaign', 'exchange', 'cooperative', 'avengers', 'fighters', 'defenders', 'mujahideen', 'mujahidin', 'vigilantes', 'cartel', 'gang', 'confraternity', 'mafia',
  // Councils and courts named in Dutch, Afrikaans and Slavic languages ("Hoge Raad", "Verkhovna Rada").
  'raad', 'rada',
]);

/**
 * Last words of company names by their trade ("Kaspi Energy", "Golden Star Mining"): heads only when
 * capitalised, since in lower case they describe ("a Chilean shipping line").
 */
export const TRADE_HEADS = new Set([
  'energy', 'petroleum', 'mining', 'shipping', 'logistics', 'motors', 'telecom', 'telecommunications', 'insurance', 'investments', 'industries',
  'technologies', 'steel', 'pharmaceuticals', 'chemicals', 'plc', 'llc', 'oil', 'gas', 'power', 'electric', 'foods', 'investment', 'terminals', 'offshore', 'gold', 'minerals', 'metals',
  'lithium', 'copper', 'nickel', 'cobalt', 'uranium', 'coal', 'zinc', 'aluminium', 'aluminum', 'resources',
  'estates', 'plantations', 'breweries', 'brewery', 'electronics', 'motor', 'chemical', 'semiconductor', 'semiconductors', 're', 'reinsurance',
  'phosphates', 'fertilizer', 'fertiliser', 'fertilizers', 'fertilisers', 'cement', 'petrochemicals', 'refining', 'exploration', 'holding', 'partners', 'ventures', 'trading', 'construction', 'engineering',
  // Oil in Russian ("Gazprom Neft"), and a subsidiary named for its country in that country's language ("Rosneft Deutschland").
  'neft', 'deutschland', 'germania', 'italia', 'espana', 'españa', 'polska', 'nederland', 'srbija', 'hrvatska',
]);
for (const head of TRADE_HEADS) ORG_HEADS.add(head);

/** Lower-case words right before an organization's name: "the state company X", "the shipping line X", "the daily X", "an article in X". */
export const ORG_BEFORE = /\b(?:(?:article|op-ed|column|editorial)\s+(?:published\s+)?in(?:\s+the)?|wrote\s+in(?:\s+the)?|company|companies|firm|group|consortium|concern|conglomerate|operator|carrier|line|insurer|reinsurer|broker|lender|miner|producer|giant|agency|newspaper|daily|weekly|broadcaster|channel|outlet|consultancy|manufacturer|maker|supplier|contractor|subsidiary|shipper|regulator|utility|airline|exchange|analytics\s+firm|think\s+tank|party|coalition|alliance|bloc|militia|gang|cartel)\s*,?\s*$/i;

/** Right after an organization's name: "X's chief executive", "X's shares", "X, a Danish shipping line". */
export const ORG_AFTER = /^(?:['’]s\s+(?:chief\s+executive|ceo|chairman|board|shares|shareholders|subsidiary|headquarters|fleet|vessels|ships|revenue|profits?|staff|employees)\b|,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:company|firm|concern|group|operator|carrier|line|insurer|broker|lender|miner|producer|giant|agency|newspaper|daily|broadcaster|consultancy|manufacturer|supplier|contractor|subsidiary|shipper|regulator|utility|airline|major|conglomerate|retailer|refiner|trader|exporter|importer|developer|bank|publisher|magazine|weekly|consortium|cooperative|co-?operative|roaster|brewer|smelter|processor|distributor|wholesaler|(?:trading|publishing|auction|investment)\s+house|charity|foundation|think\s+tank|start-?up|fund)\b(?!['’])|,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:chamber|parliament|legislature|assembly|council|court|party|movement|militia|ministry|commission|authority|bureau|coalition|alliance|bloc|union|federation|association|gang|cartel|faction)(?=[,.;:)]|\s+(?:of|that|which|in)\b))/iu;

/** Right after a place's name, in apposition: "Wad Madani, the capital of Gezira State", "Kep, a port town", "Roraima, the state on both borders". */
export const PLACE_AFTER = /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:city|town|village|port|capital|province|region|district|state|island|oasis|river|valley|basin|desert|plateau|terminal|harbou?r|county|municipality|enclave|exclave|route|corridor|pipeline|canal|waterway|strait|crossing|mine|plant|refinery|field|fields|bay|dam|airport|lake)(?=[,.;:)]|\s+(?:of|on|in|at|near|that|which|where|whose|and|with|some|about|north|south|east|west|into|to|from|between|for|along|across|linking|through)\b)/iu;

/** Before a name: "employees of X", "shares in X" (not "a board in X"), "according to X", "told X", "a delegation of the X": an organization when the name is one word. */
export const ORG_CUE_BEFORE = /\b(?:(?:employees|staff|shares|stake|subsidiary|shareholders|customers|clients|owners?|executives?|board|chief\s+executive)\s+of|(?:shares|stake|stakes|investment)\s+in|(?:brokers|analysts|economists|researchers|traders|underwriters|engineers|reporters|journalists|editors|correspondents|officials|executives|managers|bankers|lawyers|judges|justices|prosecutors|workers|staff|employees)\s+at|(?:run|operated|owned|controlled|managed|built|financed|funded|developed|acquired|advised)\s+by|according\s+to|told|quoted\s+by|interview\s+with|reported\s+by|(?:delegations?|leadership|fighters|militants)\s+of\s+the|(?:gangs|militias|cartels|cults|armed\s+groups|rebel\s+groups|companies|firms|lenders|banks|insurers|miners|traders|newspapers|outlets|broadcasters)\s+(?:such\s+as|like|including))\s+(?:the\s+)?$/i;

/** After a one-word name: a statement ("X said", "X announced"): an organization when no person is named so. */
export const ORG_CUE_AFTER = /^(?:\s+(?:holds|held|owns|owned)\s+(?:\d|a\s+(?:stake|share|majority))|\s+(?:(?:still|also|now|then|has|had|will|would|could|can|never|already|recently|reportedly|later)\s+)?(?:buys|bought|sells|sold|supplies|supplied|exports|imports|produces|runs|ran|run|built|buy|sell|operate|own|supply|builds|ships|shipped|pays|paid|said|says|announced|reported|estimated|estimates|warned|confirmed|denied|declined|expects|published|added|refused|signed|told|donated|suspended|halted|resumed|acquired|operates|owns|invested|invests|opened|closed|launched|hired|employs|posted|cut|raised|delayed|withdrew|pulled\s+out|bid|won|leads|led|voted|passed|debated|approved|ratified|rejected|adopted)\b|,\s+(?:led|headed|run|owned|founded|chaired)\s+by\b)/i;

/**
 * Acronyms that name things, measures and roles, not organizations ("GDP", "LNG", "FPSO"): an acronym no one
 * defined is otherwise an organization's.
 */
export const COMMON_ACRONYMS = new Set([
  'gdp', 'gnp', 'lng', 'lpg', 'cng', 'ceo', 'ceos', 'cfo', 'coo', 'cto', 'fpso', 'fdi', 'vat', 'gst', 'ngo', 'ngos', 'mou', 'mous', 'covid', 'eez', 'idp',
  'idps', 'uav', 'uavs', 'ied', 'ieds', 'ipo', 'esg', 'bpd', 'bbl', 'kwh', 'mwh', 'gwh', 'usd', 'eur', 'gbp', 'cny', 'sme', 'smes', 'pdf', 'url', 'html',
  'ppp', 'atm', 'sms', 'gps', 'dna', 'hiv', 'aids', 'icu', 'fta', 'ftas', 'lgbt', 'lgbtq', 'ppe', 'ict', 'cpi', 'ppi', 'pmi', 'suv', 'phd', 'mba', 'tbd',
  'aka', 'api', 'faq', 'vip', 'rpg', 'rpgs', 'sam', 'sams', 'apc', 'apcs', 'mlrs', 'icbm', 'adr', 'ftz', 'sez', 'sezs', 'bot', 'epc', 'ppa', 'ppas',
]);

/** First word of a transliterated Arabic organization name ("Harakat al-…", "Kata'ib …"). */
export const ORG_WORDS = new Set([
  'harakat', 'haraka', 'harakah', 'hizb', 'kataib', 'saraya', 'sarayat', 'asaib', 'tayyar', 'tahaluf', 'itilaf', 'etilaf', 'majlis', 'jaish', 'jaysh',
  'liwa', 'alwiyat', 'firqat', 'quwat', 'munazzamat', 'munazama', 'hayat', 'jabhat', 'ansar', 'jamaat', 'tajamu', 'tanzim', 'kutlat', 'kutla',
  'qaimat', 'hashd', 'rabitat', 'faylaq', 'jund', 'ahrar', 'thar', 'ittihad', 'itihad', 'mujamaat', 'tahalof', 'beit', 'bayt', 'sepah', 'setad', 'bonyad',
  // Persian: office, organization, society, assembly, party, institution, headquarters, shrine foundation.
  'daftar', 'sazman', 'sazeman', 'jame', 'jameh', 'majma', 'hezb', 'nahad', 'gharargah', 'qarargah', 'astan',
  // Urdu: army, movement, party, society ("Lashkar-e-Taiba", "Tehrik-i-Taliban", "Sipah-e-Sahaba", "Jamiat Ulema-e-Islam").
  'lashkar', 'tehreek', 'tehrik', 'tahrik', 'tahreek', 'sipah', 'jamiat', 'harkat', 'hizbul',
  // "Operation Prosperity Guardian": a named military operation; "Katiba Macina": a battalion.
  'operation', 'katiba', 'katibat',
  // Courts and councils in French, Italian, Spanish and Portuguese ("Cour de Cassation", "Conseil d'État", "Corte Suprema").
  'cour', 'conseil', 'corte', 'consejo', 'consiglio', 'conselho', 'tribunale',
  // A state office or company named in French or Spanish ("Office Chérifien des Phosphates", "Société Nationale …", "Empresa Nacional …").
  // "Bank Leumi", "Bank Mellat", "Banco Nación": a bank whose own name follows the word.
  'bank', 'banco', 'banca',
  'office', 'societe', 'société', 'compagnie', 'banque', 'caisse', 'agence', 'regie', 'régie', 'empresa', 'compania', 'compañía', 'sociedad', 'corporacion', 'corporación', 'yacimientos',
]);

/** Given names of this field that are also English words: in a name, they are names. */
export const GIVEN_NAMES = new Set(['abbas', 'amir', 'ameer', 'raja', 'taha', 'hamza', 'hamed', 'ghazi', 'hakim', 'malik', 'amin', 'daud', 'sharif', 'mirza', 'wali']);

/**
 * Chinese, Vietnamese and Korean surnames that English also has as words ("Li", "Xi", "Hu", "Long", "Park"): before a
 * word English lacks ("Li Qiang", "Hu Jintao") they start a person's name. Pronouns and prepositions ("He", "To") are
 * left out: they start one only after a title ("General Secretary To Lam").
 */
export const EAST_ASIAN_SURNAMES = new Set([
  'li', 'xi', 'hu', 'wu', 'ma', 'yu', 'lu', 'han', 'fan', 'tan', 'ye', 'bo', 'ding', 'pan', 'bai', 'gong', 'long', 'song', 'lin', 'yang', 'wang',
  'sun', 'fu', 'mao', 'ho', 'lam', 'ly', 'vo', 'moon', 'park', 'kim', 'lee', 'chung', 'yoon', 'kang', 'cho', 'shin', 'oh',
]);

/** First word of a tribe's name ("Bani Lam", "Albu Mahal"); "Al Bu …" is read apart. */
export const TRIBE_WORDS = new Set(['bani', 'banu', 'albu', 'albo']);

/** Last word of a place name ("… Province", "… Airport"). */
export const PLACE_HEADS = new Set([
  'province', 'governorate', 'city', 'town', 'village', 'district', 'neighborhood', 'neighbourhood', 'airport', 'base', 'airbase', 'camp', 'border',
  'crossing', 'square', 'zone', 'street', 'region', 'valley', 'mountain', 'mountains', 'river', 'sea', 'gulf', 'strait', 'desert', 'plain', 'island',
  'dam', 'field', 'oilfield', 'port', 'bridge', 'shrine', 'mosque', 'county', 'subdistrict', 'marshes', 'lake', 'peninsula', 'highway', 'quarter', 'prison', 'refinery', 'palace', 'canal',
  'pipeline', 'corridor', 'railway', 'terminal', 'block', 'route', 'delta', 'bay', 'fields', 'basin', 'mine', 'plant', 'aquifer',
  'state', 'shoal', 'reef', 'atoll', 'archipelago', 'lagoon', 'plateau', 'heights', 'hills', 'coast', 'estuary', 'glacier', 'gorge',
]);

/** First word of a place name ("Tal Afar", "Umm Qasr", "Jabal Sinjar"). */
export const PLACE_WORDS = new Set(['cape', 'horn', 'souk', 'qalat', 'qalaat', 'suq', 'souq', 'majar', 'kafr', 'deir', 'tal', 'tel', 'wadi', 'jabal', 'jebel', 'ain', 'ayn', 'qasr', 'bir', 'ras', 'umm', 'mount', 'lake', 'camp', 'hay', 'mahalla', 'nahr', 'st', 'saint', 'sao',
  // Spanish and Portuguese: hill, range, river, port, point, city, lake, island, bay, valley, salt flat ("Cerro Verde", "Salar de Atacama").
  'cerro', 'sierra', 'rio', 'río', 'puerto', 'punta', 'ciudad', 'lago', 'laguna', 'isla', 'bahia', 'bahía', 'valle', 'salar']);

/** Titles before a person's name; multi-word ones as sequences of keys. */
export const TITLES: string[][] = [
  'grand ayatollah', 'prime minister', 'premier', 'vice premier', 'general secretary', 'chancellor', 'deputy prime minister', 'vice president', 'vice admiral', 'rear admiral', 'admiral', 'foreign minister', 'crown prince', 'secretary general', 'major general',
  'brigadier general', 'lieutenant general', 'supreme leader', 'hujjat al islam', 'president', 'minister', 'speaker', 'ayatollah', 'marja', 'sheikh',
  'shaykh', 'shaikh', 'sayyid', 'sayed', 'sayyed', 'seyed', 'seyyed', 'hojatoleslam', 'hojjatoleslam', 'imam', 'commander', 'general', 'gen',
  'brigadier', 'colonel', 'col', 'lieutenant', 'captain', 'mr', 'mrs', 'ms', 'dr', 'judge', 'governor', 'ambassador', 'envoy', 'deputy', 'mp', 'cleric',
  'field marshal', 'marshal', 'lieutenant colonel', 'commodore', 'director general', 'chairman', 'chief', 'leader', 'spokesman', 'king', 'prince', 'emir', 'senator', 'sultan', 'mullah', 'haj', 'hajj', 'hajji', 'mufti', 'sayyida', 'allama', 'allamah', 'maulana', 'mawlana',
].map((t) => t.split(' '));

/** Lower-case words right before a name that make it a person ("cleric Ali …", "commander …"). */
export const ROLE_BEFORE = /\b(?:cleric|commander|leader|spokes(?:man|person|woman)|lawmaker|mp|deputy|minister|general|official|analyst|ambassador|envoy|politician|chairman|head|chief|founder|activist|rival|son|daughter|brother|father|nephew|cousin|successor|predecessor|secretary[- ]general|president|speaker|representative|governor|imam|sheikh|sayyid|marja|ayatollah)\s*,?\s*$/i;

/** After a name: ", the leader of …", ", head of …": the name is a person's. */
export const ROLE_AFTER = /^,?\s+(?:who\s+(?:is|was)\s+)?(?:the\s+|a\s+|an\s+)?(?:(?:former|late|current|then|deputy|new|powerful|influential|senior|prominent|veteran|hardline)\s+)*(?:leader|head|secretary[- ]general|chairman|commander|founder|spokes(?:man|person|woman)|chief|deputy|member|minister|president|cleric|representative|ambassador|governor|speaker|director|official|mp|lawmaker|politician|son|brother|father)\b/i;

/** Before a name: "led by …", "under the leadership of …". */
export const LED_BY = /\b(?:led|headed|founded|chaired|commanded|run|represented|nominated|appointed)\s+by\s+$|\bleadership\s+of\s+$|\bsupporters\s+of\s+$/i;

/** Before a name: "in …", "near …": with compromise's agreement, a place. */
export const PLACE_BEFORE = /\b(?:in|near|outside|around|across|into|to|from|toward|towards|at)\s+(?:the\s+)?(?:city|town|province|governorate|district|village)?\s*(?:of\s+)?$/i;

/** Nationality, sect and movement adjectives: they describe, they do not name. */
export const PROPER_ADJECTIVES = new Set([
  'iraqi', 'iraqis', 'iranian', 'iranians', 'shiite', 'shiites', 'shii', 'shia', 'sunni', 'sunnis', 'kurdish', 'kurd', 'kurds', 'arab', 'arabs', 'arabic',
  'persian', 'israeli', 'israelis', 'palestinian', 'palestinians', 'lebanese', 'syrian', 'syrians', 'jordanian', 'egyptian', 'saudi', 'saudis',
  'emirati', 'qatari', 'kuwaiti', 'bahraini', 'omani', 'yemeni', 'turkish', 'turkmen', 'yazidi', 'yazidis', 'christian', 'christians', 'muslim',
  'muslims', 'islamic', 'islamist', 'islamists', 'jewish', 'american', 'americans', 'british', 'french', 'russian', 'chinese', 'european', 'western',
  'afghan', 'pakistani', 'azerbaijani', 'sadrist', 'sadrists', 'houthi', 'baathist', 'baathists', 'zionist', 'wahhabi', 'salafi', 'jihadist',
  'jihadists', 'gulf', 'arabian', 'middle', 'eastern', 'northern', 'southern', 'central', 'federal', 'national', 'international', 'shiism', 'sunnism',
]);

/** Transliterated concepts, doctrines, events and holidays written with capitals that are not entities. */
export const NON_NAMES = new Set([
  'wilayat al faqih', 'velayat e faqih', 'wilayat', 'faqih', 'marjaya', 'marjaiya', 'marjiya', 'ijtihad', 'ashura', 'arbaeen', 'arbain', 'muharram',
  'ramadan', 'eid', 'sharia', 'quran', 'koran', 'allah', 'god', 'hawza', 'intifada', 'tishreen', 'nowruz', 'hajj', 'fatwa', 'jihad', 'taqlid',
  'mahdi', 'imam mahdi', 'hussein', 'imam hussein', 'imam ali', 'prophet', 'prophet muhammad', 'al aqsa flood', 'operation al aqsa flood',
]);

/** Months and weekdays (dates are found elsewhere). */
export const CALENDAR = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Particles inside names ("Qais al-Khazali", "Mohammed bin Salman", "Abu Fadak"). */
export const NAME_PARTICLES = new Set(['al', 'el', 'ag', 'bin', 'ibn', 'bint', 'abu', 'abd', 'abdul', 'ul', 'wa', 'wal', 'e', 'i', 'ol']);

/** Words that join the parts of an organization or place name ("Ministry of Interior"). */
export const CONNECTORS = new Set(['of', 'for', 'the', 'and']);

/** First words of names that are events or ships, not entities ("Storm Daniel", "USS Carney", "MV Rubymar"). */
export const NOT_ENTITIES = new Set(['storm', 'hurricane', 'cyclone', 'typhoon', 'uss', 'hms', 'brp', 'hmas', 'hmcs', 'mv']);
