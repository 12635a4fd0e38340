/**
 * Words that are never taken for a personal name, in any case: months and weekdays (in Bokmål, Nynorsk and English; people
 * capitalize them although Norwegian does not), services and institutions a note naturally mentions, domain terms
 * often written with a capital (routine titles), countries, larger towns and the products staff use.
 * Lower case; a municipality adds its own (its name, its units) through the detector's `allowWords`.
 */
export const COMMON_CAPITALIZED_WORDS: readonly string[] = [
  // Months and weekdays
  'januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember',
  'january', 'february', 'march', 'may', 'june', 'july', 'october', 'december',
  'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag', 'måndag', 'tysdag', 'laurdag', 'sundag',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'jul', 'julen', 'påske', 'påsken', 'påska', 'pinse', 'christmas', 'easter', 'høstferie', 'haustferie', 'vinterferie',
  // Services and institutions
  'nav', 'ppt', 'bup', 'dps', 'slt', 'bti', 'barnevern', 'barnevernet', 'barnevernstjenesten', 'barnevernstenesta',
  'barnevernvakt', 'barnevernvakta', 'barnevernvakten', 'politi', 'politiet', 'helsestasjon', 'helsestasjonen',
  'skolehelsetjenesten', 'skulehelsetenesta', 'familievernet', 'familievernkontoret', 'krisesenteret', 'barnehuset',
  'statsforvalteren', 'statsforvaltaren', 'fylkesmannen', 'bufetat', 'bufdir', 'udir', 'helsedirektoratet',
  'utdanningsdirektoratet', 'helsenorge', 'sykehuset', 'sjukehuset', 'legevakt', 'legevakta', 'legevakten', 'fastlegen',
  'kommune', 'kommunen', 'fylkeskommunen', 'rådhuset', 'ungdomsskole', 'ungdomsskule', 'barneskole', 'barneskule',
  'videregående', 'vidaregåande', 'sfo', 'aks',
  // Domain terms as written in routine titles
  'bekymring', 'uro', 'vold', 'vald', 'overgrep', 'omsorgssvikt', 'rus', 'samtykke', 'taushetsplikt', 'teieplikt',
  'opplysningsplikt', 'avvergeplikt', 'meldeplikt', 'rutine', 'rutinen', 'tiltak', 'tiltaket', 'stafettlogg',
  'stafettloggen', 'ansvarsgruppe', 'ansvarsgruppa', 'handlingsplan', 'samtale', 'samtalen', 'møte', 'møtet', 'melding',
  'meldinga', 'meldingen', 'bekymringsmelding', 'tverrfaglig', 'tverrfagleg', 'trygge', 'barn', 'bedre', 'innsats',
  'oppfølging', 'oppfølgjing', 'kartlegging', 'veileder', 'rettleiar', 'handlingsveileder', 'kompetanse', 'mestring',
  'tema', 'sak', 'saka', 'saken', 'referat', 'agenda', 'deltakere', 'deltakarar', 'tilstede', 'fravær', 'fråvær',
  // Places and languages
  'norge', 'noreg', 'norway', 'norsk', 'norwegian', 'english', 'engelsk', 'sverige', 'danmark', 'europa', 'oslo',
  'bergen', 'trondheim', 'stavanger', 'tromsø', 'kristiansand', 'drammen', 'fredrikstad',
  // Words that begin sentences and greetings, so "Hei Trond" or "Etter Trond" does not take them for a first name
  'hei', 'hallo', 'kjære', 'hilsen', 'helsing', 'mvh', 'det', 'den', 'de', 'dei', 'vi', 'me', 'eg', 'jeg', 'han', 'hun',
  'ho', 'du', 'om', 'når', 'etter', 'før', 'ved', 'med', 'for', 'til', 'fra', 'frå', 'på', 'og', 'men', 'så', 'da', 'då',
  'der', 'her', 'hvis', 'viss', 'dersom', 'hva', 'kva', 'hvem', 'kven', 'ikke', 'ikkje', 'hi', 'hello', 'dear', 'the',
  'we', 'he', 'she', 'they', 'it', 'after', 'before', 'when', 'if',
  // Institutions and places a note names without naming a person
  'nord', 'sør', 'sor', 'øst', 'vest', 'sentrum', 'senter', 'senteret', 'sentret', 'barnehagen', 'barnehage', 'skolen',
  'skole', 'skulen', 'skule', 'familiesenteret', 'familiesenter', 'legesenteret', 'legekontoret', 'tannhelsetjenesten',
  'ppt', 'pp-tjenesten', 'bufetat', 'nav-kontoret', 'helsestasjon', 'statsforvaltar', 'fylkeskommune', 'kvello',
  'modellen', 'kvello-modellen', 'bti', 'sitro', 'tidlig', 'inn', 'uteseksjonen', 'utekontakten',
  'fritidsklubben', 'biblioteket', 'kirken', 'kyrkja', 'moskeen', 'idrettslaget', 'frivilligsentralen',
  'ungdomsklubben', 'ungdomsrådet', 'elevrådet', 'fau', 'su', 'ssp', 'mot', 'rvts', 'nkvts', 'bufdir', 'dixi',
  // Words that stand before "i 3B", "på 7 år" or after "gjelder" without being a name
  'alle', 'mange', 'flere', 'fleire', 'noen', 'nokon', 'nokre', 'ingen', 'ingen', 'hver', 'kvar', 'begge', 'både', 'en',
  'ei', 'et', 'ein', 'eit', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elev', 'elever', 'elevar',
  'elevene', 'elevane', 'eleven', 'elevar', 'klassen', 'klasse', 'klasser', 'trinn', 'trinnet', 'gruppe', 'gruppa',
  'gruppen', 'avdeling', 'avdelinga', 'avdelingen', 'lærer', 'læraren', 'læreren', 'lærere', 'lærarar', 'kontaktlærer',
  'kontaktlærar', 'kontaktlæreren', 'kontaktlæraren', 'rektor', 'rektoren', 'assistent', 'assistenten', 'miljøterapeut',
  'helsesykepleier', 'helsesjukepleiar', 'helsesykepleieren', 'helsesjukepleiaren', 'sosiallærer', 'spesialpedagog',
  'barna', 'barnet', 'ungene', 'guttene', 'gutane', 'jentene', 'jentone', 'foreldre', 'foreldra', 'foreldrene',
  'familien', 'familiar', 'familier', 'jenta', 'jenten', 'gutten', 'guten', 'saka', 'saken', 'situasjonen', 'tilfelle',
  'hjelp', 'hjelpa', 'hjelpen', 'undervisning', 'undervisninga', 'undervisningen', 'alder', 'alderen', 'ansatte',
  'tilsette', 'medarbeidere', 'kollegaer', 'kollegar', 'ledelsen', 'leiinga', 'leder', 'leiar', 'styrer', 'styraren',
  'også', 'og', 'òg', 'eller', 'at', 'som', 'er', 'var', 'har', 'hadde', 'skal', 'vil', 'kan', 'må', 'bør', 'blir', 'ble',
  'vart', 'vert', 'seg', 'sin', 'sitt', 'sine', 'sitt', 'oss', 'meg', 'deg', 'dem', 'deira', 'deres', 'hennes',
  'hennar', 'hvordan', 'korleis', 'hvorfor', 'kvifor', 'her', 'der', 'nå', 'no', 'ikke', 'ikkje', 'bare', 'berre',
  'kun', 'alt', 'mye', 'mykje', 'lite', 'litt', 'ny', 'nye', 'nytt', 'gammel', 'fortsatt', 'framleis', 'igjen', 'att',
  'sammen', 'saman', 'alene', 'åleine', 'også', 'ferie', 'ferien', 'skoleåret', 'skuleåret', 'høsten', 'hausten',
  'våren', 'året', 'uka', 'uken', 'veka', 'dag', 'dagen', 'dager', 'dagar', 'timen', 'timer', 'timar', 'friminuttet',
  'matpakka', 'gymmen', 'svømming', 'leksehjelp', 'foreldremøte', 'foreldremøtet', 'utviklingssamtale', 'test', 'prøve',
  'prøven', 'prøva', 'alle', 'resten', 'halvparten', 'rutinen', 'rutinane', 'rutinene', 'skjemaet', 'lenken', 'lenka',
  'teksten', 'siden', 'sida', 'appen', 'løsningen', 'løysinga', 'menyen', 'søket', 'søk', 'knappen', 'feltet',
  'matte', 'matematikk', 'norsk', 'naturfag', 'samfunnsfag', 'krle', 'rle', 'gym', 'kroppsøving', 'musikk', 'kunst',
  'håndverk', 'mat', 'friluftsliv', 'tysk', 'spansk', 'fransk', 'lekser', 'leksene', 'vikar', 'vikaren', 'bråk',
  'konflikt', 'konflikter', 'trivsel', 'uke', 'veke', 'punkt', 'kapittel', 'paragraf', 'ledd', 'nivå', 'fase', 'steg',
  'vedlegg', 'rom', 'bygg', 'fløy', 'etasje', 'sal', 'avsnitt', 'side', 'skjema', 'plan', 'planen', 'mål', 'målet',
  'team', 'teamet', 'forum', 'møter', 'møta', 'samling', 'samlinga', 'kurs', 'kurset', 'opplæring', 'fag', 'faget',
  'under', 'over', 'mellom', 'rundt', 'ca', 'cirka', 'omtrent', 'minst', 'maks', 'enn', 'opp', 'ned', 'fram', 'fylt',
  'fyller', 'eldre', 'yngre', 'ungdom', 'ungdommer', 'ungdomar', 'born', 'barn', 'ungar', 'unger',
  // Products
  'teams', 'sharepoint', 'microsoft', 'outlook', 'excel', 'word', 'powerpoint', 'onedrive', 'forms', 'planner', 'visma'
];

/**
 * Beginnings of compound words that are domain terms, so "Barnevernstenesta", "Helsestasjonsprogrammet" or
 * "Skulehelsetenesta" need not be listed in every inflection.
 */
export const DOMAIN_WORD_PREFIXES: readonly string[] = [
  'barn', 'elev', 'lærer', 'lærar', 'klasse', 'trinn', 'foreld', 'samarbeid', 'modell', 'avdeling', 'gruppe',
  'barnevern', 'barnehage', 'helse', 'skole', 'skule', 'kommun', 'politi', 'tverrfag', 'stafett', 'ansvarsgrupp',
  'bekymring', 'rutine', 'tjeneste', 'teneste', 'familie', 'psykisk', 'samtale', 'samtykke', 'tiltak', 'overgrep',
  'melding', 'oppvekst', 'foreldre', 'ungdom'
];

const COMMON_WORD_SET: ReadonlySet<string> = new Set(COMMON_CAPITALIZED_WORDS);

/**
 * Endings of Norwegian inflected nouns, adjectives and verbs ("elevene", "foreldrenes", "tverrfaglig", "samtalen",
 * "kartlegging"): a word with one of them, longer than the ending by three letters, is not a given name.
 */
const WORD_ENDINGS = /(?:ene|ane|ene|erne|ens|ets|het|heit|lig|leg|ing|ning|sjon|tet|else|skap|ende|ande|ert|ist|isk|ere)$/u;

/** Whether a word is a known non-name: listed here, starting with a domain prefix, or allowed by the caller. */
export function isCommonCapitalizedWord(word: string, allowWords: ReadonlySet<string> = new Set()): boolean {
  const lower = word.toLowerCase();
  if (COMMON_WORD_SET.has(lower) || allowWords.has(lower)) return true;
  return DOMAIN_WORD_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/** Whether a word not in the name list reads as an ordinary word by its ending ("elevene", "kartlegging"). */
export function hasWordEnding(word: string): boolean {
  const lower = word.toLowerCase();
  const m = WORD_ENDINGS.exec(lower);
  return m !== null && lower.length >= m[0].length + 3;
}
