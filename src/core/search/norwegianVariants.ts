/**
 * One group of words or phrases that mean the same to a person searching routines, in Bokmål, Nynorsk and English.
 * Search indexes every term of a group under the group's first term as well, so "vald" finds "vold", "uro" finds
 * "bekymring" and "child welfare" finds "barnevernet". Inflected forms need not be listed: the stemmer already makes
 * "barnehagen" meet "barnehage". Forms shared by Bokmål and Nynorsk are listed once, under `nb`.
 */
export interface VariantGroup {
  /** What the group means, in English, for the people who maintain this table. */
  concept: string;
  /** Bokmål terms (and forms shared with Nynorsk). The first term of the group names it. */
  nb: readonly string[];
  nn?: readonly string[];
  /** English terms. They are never used as parts of compounds: English "parent" must not be found in "transparent". */
  en?: readonly string[];
  /**
   * Whether the Norwegian terms may be recognised as parts of compounds ("voldsutsatt" → vold,
   * "skulehelsetenesta" → teneste). Off for words that often begin unrelated words: hjem → hjemmel (legal basis),
   * politi → politiker, lege → legemiddel.
   */
  compounds?: boolean;
}

/** The domain vocabulary of Trygge Barn, kept as data so reviewers can read and extend it. */
export const NORWEGIAN_VARIANT_GROUPS: readonly VariantGroup[] = [
  // What staff are worried about
  { concept: 'violence', nb: ['vold'], nn: ['vald'], en: ['violence', 'violent'] },
  {
    concept: 'domestic violence',
    nb: ['vold i nære relasjoner', 'familievold'],
    nn: ['vald i nære relasjonar', 'familievald'],
    en: ['domestic violence', 'family violence']
  },
  {
    concept: 'worry',
    nb: ['bekymring', 'bekymret', 'uro', 'urolig'],
    nn: ['bekymra', 'uroleg'],
    en: ['worry', 'worried', 'worries', 'concern', 'concerned', 'concerns']
  },
  { concept: 'report of concern', nb: ['bekymringsmelding'], en: ['report of concern', 'concern report'] },
  { concept: 'report', nb: ['melding'], en: ['report', 'reports', 'reporting', 'notification'] },
  { concept: 'abuse', nb: ['overgrep', 'mishandling'], en: ['abuse', 'abused', 'maltreatment'] },
  {
    concept: 'sexual abuse',
    nb: ['seksuelle overgrep', 'seksuelt misbruk', 'seksuelle krenkelser'],
    nn: ['seksuelle krenkingar'],
    en: ['sexual abuse']
  },
  { concept: 'neglect', nb: ['omsorgssvikt'], en: ['neglect', 'neglected'] },
  {
    concept: 'substance use',
    nb: ['rus', 'rusmiddel', 'rusmidler', 'rusmisbruk', 'narkotika'],
    nn: ['rusmiddel', 'rusmidlar'],
    en: ['substance', 'substances', 'substance abuse', 'drugs']
  },
  { concept: 'alcohol', nb: ['alkohol'], en: ['alcohol'] },
  { concept: 'mental health', nb: ['psykisk helse', 'psykiske helse'], en: ['mental health'] },
  { concept: 'mental', nb: ['psykisk', 'psykiske'], en: ['mental', 'psychological'] },
  { concept: 'health', nb: ['helse'], en: ['health'] },
  { concept: 'self-harm', nb: ['selvskading', 'selvskade'], nn: ['sjølvskading'], en: ['self-harm', 'self-injury'] },
  { concept: 'suicide', nb: ['selvmord'], nn: ['sjølvmord'], en: ['suicide', 'suicidal'] },
  { concept: 'bullying', nb: ['mobbing', 'mobbe'], en: ['bullying', 'bullied'] },
  {
    concept: 'violation',
    nb: ['krenkelse', 'krenkelser', 'trakassering'],
    nn: ['krenking', 'krenkingar'],
    en: ['violation', 'harassment']
  },
  {
    concept: 'female genital mutilation',
    nb: ['kjønnslemlestelse'],
    nn: ['kjønnslemlesting'],
    en: ['female genital mutilation', 'fgm']
  },
  { concept: 'forced marriage', nb: ['tvangsekteskap'], en: ['forced marriage'] },
  { concept: 'negative social control', nb: ['negativ sosial kontroll'], en: ['negative social control'] },
  { concept: 'absence from school', nb: ['fravær'], nn: ['fråvær'], en: ['absence', 'absenteeism'] },
  { concept: 'divorce', nb: ['samlivsbrudd', 'skilsmisse'], nn: ['samlivsbrot'], en: ['divorce', 'separation'] },
  { concept: 'pregnancy', nb: ['gravid', 'graviditet', 'svangerskap'], en: ['pregnant', 'pregnancy'] },
  { concept: 'urgent', nb: ['akutt', 'straks', 'haster'], en: ['urgent', 'emergency', 'acute', 'immediately'] },
  { concept: 'danger', nb: ['fare', 'risiko'], en: ['danger', 'risk'] },

  // Duties and law
  { concept: 'consent', nb: ['samtykke'], en: ['consent', 'consented'] },
  {
    concept: 'duty of confidentiality',
    nb: ['taushetsplikt'],
    nn: ['teieplikt', 'tausheitsplikt'],
    en: ['duty of confidentiality', 'confidentiality']
  },
  { concept: 'duty to inform', nb: ['opplysningsplikt', 'meldeplikt'], en: ['duty to report', 'duty to inform'] },
  { concept: 'duty to avert', nb: ['avvergeplikt'], nn: ['avvergingsplikt'], en: ['duty to avert', 'duty to prevent'] },

  // Services and the people in them
  {
    concept: 'child welfare',
    nb: ['barnevern', 'barnevernet', 'barnevernstjeneste', 'barnevernstjenesten'],
    nn: ['barnevernsteneste', 'barnevernstenesta', 'barneverntenesta'],
    en: ['child welfare', 'child protection', 'child protective services', 'cps']
  },
  {
    concept: 'child welfare emergency service',
    nb: ['barnevernvakt', 'barnevernvakten', 'barnevernsvakt'],
    nn: ['barnevernvakta', 'barnevernsvakta'],
    en: ['emergency child welfare', 'child welfare emergency']
  },
  { concept: 'service', nb: ['tjeneste'], nn: ['teneste'], en: ['service', 'services'] },
  {
    concept: 'health centre',
    nb: ['helsestasjon'],
    en: ['health centre', 'health center', 'child health centre', 'child health clinic', 'well baby clinic']
  },
  { concept: 'school health service', nb: ['skolehelsetjeneste'], nn: ['skulehelseteneste'], en: ['school health service'] },
  {
    concept: 'public health nurse',
    nb: ['helsesykepleier', 'helsesøster'],
    nn: ['helsesjukepleiar'],
    en: ['public health nurse', 'school nurse', 'health nurse']
  },
  {
    concept: 'educational psychological service',
    nb: ['ppt', 'pp-tjenesten', 'pedagogisk-psykologisk tjeneste'],
    nn: ['pp-tenesta', 'pedagogisk-psykologisk teneste'],
    en: ['educational psychological service']
  },
  {
    concept: 'child and adolescent psychiatry',
    nb: ['bup', 'barne- og ungdomspsykiatrisk poliklinikk'],
    en: ['child and adolescent psychiatry', 'camhs']
  },
  { concept: 'police', nb: ['politi', 'politiet'], en: ['police'], compounds: false },
  { concept: 'doctor', nb: ['lege', 'fastlege'], en: ['doctor', 'general practitioner'], compounds: false },
  { concept: 'psychologist', nb: ['psykolog'], en: ['psychologist'] },
  { concept: 'school', nb: ['skole'], nn: ['skule'], en: ['school', 'schools'] },
  { concept: 'kindergarten', nb: ['barnehage'], en: ['kindergarten', 'preschool', 'nursery', 'day care', 'daycare'] },
  { concept: 'teacher', nb: ['lærer'], nn: ['lærar'], en: ['teacher', 'teachers'] },
  { concept: 'head teacher', nb: ['rektor'], en: ['principal', 'headteacher', 'head teacher'] },
  { concept: 'kindergarten head', nb: ['styrer'], nn: ['styrar'], en: ['head of kindergarten'] },
  {
    concept: 'parents',
    nb: ['foreldre', 'forelder', 'foresatte'],
    nn: ['føresette'],
    en: ['parents', 'parent', 'guardian', 'guardians']
  },
  { concept: 'family', nb: ['familie'], en: ['family', 'families'] },
  { concept: 'child', nb: ['barn'], en: ['child', 'children'] },
  {
    concept: 'youth',
    nb: ['ungdom', 'ungdommer'],
    nn: ['ungdommar'],
    en: ['youth', 'adolescent', 'adolescents', 'teenager', 'young people']
  },
  { concept: 'pupil', nb: ['elev'], en: ['pupil', 'pupils', 'student', 'students'] },
  { concept: 'infant', nb: ['spedbarn'], en: ['infant', 'baby', 'babies'] },
  { concept: 'home', nb: ['hjem', 'hjemme'], nn: ['heim', 'heime'], en: ['home'], compounds: false },

  // Ways of working
  { concept: 'routine', nb: ['rutine', 'prosedyre'], en: ['routine', 'procedure'] },
  { concept: 'measure', nb: ['tiltak'], en: ['measure', 'measures', 'intervention', 'interventions'] },
  { concept: 'collaboration', nb: ['samarbeid', 'samarbeide'], en: ['collaboration', 'cooperation'] },
  { concept: 'interdisciplinary', nb: ['tverrfaglig'], nn: ['tverrfagleg'], en: ['interdisciplinary', 'multidisciplinary'] },
  { concept: 'conversation', nb: ['samtale'], en: ['conversation', 'talk'] },
  { concept: 'meeting', nb: ['møte'], en: ['meeting', 'meetings'] },
  { concept: 'follow-up', nb: ['oppfølging'], nn: ['oppfølgjing'], en: ['follow-up'] },
  { concept: 'assessment', nb: ['kartlegging', 'utredning'], nn: ['utgreiing'], en: ['assessment'] },
  { concept: 'responsibility group', nb: ['ansvarsgruppe'], en: ['responsibility group'] },
  { concept: 'relay log', nb: ['stafettlogg'], en: ['relay log'] },
  { concept: 'action plan', nb: ['handlingsplan', 'tiltaksplan'], en: ['action plan'] },
  { concept: 'guide', nb: ['veileder', 'veiledning'], nn: ['rettleiar', 'rettleiing'], en: ['guide', 'guidance'] },
  { concept: 'tool', nb: ['verktøy'], nn: ['reiskap'], en: ['tool', 'tools'] },
  { concept: 'help', nb: ['hjelp', 'hjelpe'], en: ['help'] },
  { concept: 'support', nb: ['støtte'], en: ['support'] },

  // Question words and negation: BTI steps are written Hva / Hvordan / Hvem.
  { concept: 'what', nb: ['hva'], nn: ['kva'], en: ['what'], compounds: false },
  { concept: 'who', nb: ['hvem'], nn: ['kven'], en: ['who'], compounds: false },
  { concept: 'how', nb: ['hvordan'], nn: ['korleis'], en: ['how'], compounds: false },
  { concept: 'not', nb: ['ikke'], nn: ['ikkje'], en: ['not'], compounds: false }
];
