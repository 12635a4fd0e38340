/**
 * Capitalized words that are not personal names: months and weekdays (in Bokmål, Nynorsk and English; people
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
  // Products
  'teams', 'sharepoint', 'microsoft', 'outlook', 'excel', 'word', 'powerpoint', 'onedrive', 'forms', 'planner', 'visma'
];

/**
 * Beginnings of compound words that are domain terms, so "Barnevernstenesta", "Helsestasjonsprogrammet" or
 * "Skulehelsetenesta" need not be listed in every inflection.
 */
export const DOMAIN_WORD_PREFIXES: readonly string[] = [
  'barnevern', 'barnehage', 'helse', 'skole', 'skule', 'kommun', 'politi', 'tverrfag', 'stafett', 'ansvarsgrupp',
  'bekymring', 'rutine', 'tjeneste', 'teneste', 'familie', 'psykisk', 'samtale', 'samtykke', 'tiltak', 'overgrep',
  'melding', 'oppvekst', 'foreldre', 'ungdom'
];

const COMMON_WORD_SET: ReadonlySet<string> = new Set(COMMON_CAPITALIZED_WORDS);

/** Whether a capitalized word is a known non-name: listed here, starting with a domain prefix, or allowed by the caller. */
export function isCommonCapitalizedWord(word: string, allowWords: ReadonlySet<string> = new Set()): boolean {
  const lower = word.toLowerCase();
  if (COMMON_WORD_SET.has(lower) || allowWords.has(lower)) return true;
  return DOMAIN_WORD_PREFIXES.some((prefix) => lower.startsWith(prefix));
}
