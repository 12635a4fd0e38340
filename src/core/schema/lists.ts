import type { LocalizedText } from '../i18n/Locale';
import { ACTION_STATUSES } from '../model/ActionPlanItem';
import { ARENA_FREQUENCIES } from '../model/Arena';
import { EVALUATION_FORMS, EVALUATION_NEXT_STEPS, SCORE_MAX, SCORE_MIN } from '../model/Evaluation';
import { FEEDBACK_STATUSES } from '../model/Feedback';
import { ROUTINE_STATUSES } from '../model/Routine';
import type { FieldSchema } from './FieldSchema';
import type { ListKey, ListSchema } from './ListSchema';

/**
 * The one declaration of Trygge Barn's SharePoint lists. Provisioning, the item mapping, the workbench's
 * tables and the seed validation all read it; nothing else names a list or a field.
 *
 * Bump SCHEMA_VERSION and mark new fields with `since` when the schema grows: provisioning then adds
 * them to existing sites and never drops anything.
 */
export const SCHEMA_VERSION = 3;

/** Schema 2 added the Nynorsk companions of the texts staff read (…Nn columns; see src/core/language). */
const NYNORSK_SINCE = 2;

/**
 * Schema 3 added OwnServiceResponsible: a routine done in the reader's own service (BTI levels 0–1, the
 * stafettholder's work) names no one service as responsible — a Yes/No column, since a lookup can only point
 * at one real item of the services list.
 */
const OWN_SERVICE_SINCE = 3;

function t(nb: string, nn: string, en: string): LocalizedText {
  return { nb, nn, en };
}

const title = (label: LocalizedText, maxLength?: number): FieldSchema => ({
  name: 'Title',
  title: label,
  type: 'Text',
  required: true,
  maxLength
});

const keyField = (name: string): FieldSchema => ({
  name,
  title: t('Nøkkel', 'Nøkkel', 'Key'),
  type: 'Text',
  required: true,
  indexed: true,
  unique: true,
  maxLength: 64
});

/**
 * The Nynorsk companion of a text column: the same text in Nynorsk on a site whose main written standard is
 * Bokmål, shown to staff who use the product in Nynorsk. Optional; empty means "shown in the main text".
 */
const nynorsk = (name: string, label: LocalizedText, type: 'Text' | 'Note', json?: boolean): FieldSchema => ({
  name: `${name}Nn`,
  title: t(`${label.nb} (nynorsk)`, `${label.nn} (nynorsk)`, `${label.en} (Nynorsk)`),
  type,
  ...(json ? { json: true } : {}),
  since: NYNORSK_SINCE
});

const placements: FieldSchema = {
  name: 'Placements',
  title: t('Plassering i modellen', 'Plassering i modellen', 'Placement in the model'),
  type: 'KeyList'
};

const reachFields: FieldSchema[] = [
  { name: 'Phone', title: t('Telefon', 'Telefon', 'Phone'), type: 'Text', maxLength: 40 },
  { name: 'Email', title: t('E-post', 'E-post', 'Email'), type: 'Text' },
  { name: 'WebUrl', title: t('Nettside', 'Nettside', 'Web page'), type: 'URL' },
  { name: 'Hours', title: t('Åpningstid', 'Opningstid', 'Opening hours'), type: 'Text' }
];

export const LISTS: readonly ListSchema[] = [
  {
    key: 'settings',
    title: 'TB Innstillinger',
    url: 'Lists/TBInnstillinger',
    description: t('Innstillinger for kommunens modell', 'Innstillingar for modellen til kommunen', "Settings of the municipality's model"),
    fields: [
      title(t('Innstilling', 'Innstilling', 'Setting'), 64),
      { name: 'SettingValue', title: t('Verdi', 'Verdi', 'Value'), type: 'Text', required: true }
    ],
    versioning: true,
    contentApproval: false,
    staffAccess: 'read',
    partOfModel: true
  },
  {
    key: 'dimensions',
    title: 'TB Modell',
    url: 'Lists/TBModell',
    description: t(
      'Modellens dimensjoner: faser, nivåer og trinn',
      'Dimensjonane i modellen: fasar, nivå og trinn',
      "The model's dimensions: phases, levels and tiers"
    ),
    fields: [
      title(t('Navn (bokmål)', 'Namn (bokmål)', 'Name (Bokmål)')),
      { name: 'DimensionKey', title: t('Dimensjon', 'Dimensjon', 'Dimension'), type: 'Text', required: true, indexed: true, maxLength: 32 },
      { name: 'DimensionRole', title: t('Rolle', 'Rolle', 'Role'), type: 'Choice', required: true, choices: ['phase', 'level', 'tier', 'other'] },
      { name: 'DimensionNameNb', title: t('Dimensjonsnavn (bokmål)', 'Dimensjonsnamn (bokmål)', 'Dimension name (Bokmål)'), type: 'Text', required: true },
      { name: 'DimensionNameNn', title: t('Dimensjonsnavn (nynorsk)', 'Dimensjonsnamn (nynorsk)', 'Dimension name (Nynorsk)'), type: 'Text', required: true },
      { name: 'DimensionNameEn', title: t('Dimensjonsnavn (engelsk)', 'Dimensjonsnamn (engelsk)', 'Dimension name (English)'), type: 'Text', required: true },
      { name: 'ValueKey', title: t('Verdi', 'Verdi', 'Value'), type: 'Text', required: true, maxLength: 32 },
      { name: 'NameNn', title: t('Navn (nynorsk)', 'Namn (nynorsk)', 'Name (Nynorsk)'), type: 'Text', required: true },
      { name: 'NameEn', title: t('Navn (engelsk)', 'Namn (engelsk)', 'Name (English)'), type: 'Text', required: true },
      { name: 'DescriptionNb', title: t('Beskrivelse (bokmål)', 'Skildring (bokmål)', 'Description (Bokmål)'), type: 'Note' },
      { name: 'DescriptionNn', title: t('Beskrivelse (nynorsk)', 'Skildring (nynorsk)', 'Description (Nynorsk)'), type: 'Note' },
      { name: 'DescriptionEn', title: t('Beskrivelse (engelsk)', 'Skildring (engelsk)', 'Description (English)'), type: 'Note' },
      { name: 'SortOrder', title: t('Rekkefølge', 'Rekkjefølgje', 'Order'), type: 'Number', required: true, min: 0, max: 1000 }
    ],
    versioning: true,
    contentApproval: false,
    staffAccess: 'read',
    partOfModel: true
  },
  {
    key: 'services',
    title: 'TB Tjenester',
    url: 'Lists/TBTjenester',
    keyField: 'ServiceKey',
    description: t('Tjenestene og hva de gjør på hvert trinn', 'Tenestene og kva dei gjer på kvart trinn', 'The services and what each does on each tier'),
    fields: [
      title(t('Tjeneste', 'Teneste', 'Service')),
      keyField('ServiceKey'),
      { name: 'Role', title: t('Rolle', 'Rolle', 'Role'), type: 'Note', required: true },
      { name: 'Mandate', title: t('Mandat', 'Mandat', 'Mandate'), type: 'Note' },
      { name: 'TierMeasures', title: t('Tiltak per trinn', 'Tiltak per trinn', 'Measures per tier'), type: 'Note', json: true },
      ...reachFields,
      placements,
      nynorsk('Title', t('Tjeneste', 'Teneste', 'Service'), 'Text'),
      nynorsk('Role', t('Rolle', 'Rolle', 'Role'), 'Note'),
      nynorsk('Mandate', t('Mandat', 'Mandat', 'Mandate'), 'Note'),
      nynorsk('TierMeasures', t('Tiltak per trinn', 'Tiltak per trinn', 'Measures per tier'), 'Note', true)
    ],
    versioning: true,
    contentApproval: false,
    staffAccess: 'read',
    partOfModel: true
  },
  {
    key: 'tools',
    title: 'TB Verktoy',
    url: 'Lists/TBVerktoy',
    keyField: 'ToolKey',
    description: t('Verktøy og skjema', 'Verktøy og skjema', 'Tools and forms'),
    fields: [
      title(t('Verktøy', 'Verktøy', 'Tool')),
      keyField('ToolKey'),
      { name: 'Description', title: t('Beskrivelse', 'Skildring', 'Description'), type: 'Note' },
      { name: 'DocumentUrl', title: t('Dokument', 'Dokument', 'Document'), type: 'URL', required: true },
      placements,
      nynorsk('Title', t('Verktøy', 'Verktøy', 'Tool'), 'Text'),
      nynorsk('Description', t('Beskrivelse', 'Skildring', 'Description'), 'Note')
    ],
    versioning: true,
    contentApproval: false,
    staffAccess: 'read',
    partOfModel: true
  },
  {
    key: 'arenas',
    title: 'TB Arenaer',
    url: 'Lists/TBArenaer',
    keyField: 'ArenaKey',
    description: t('Samarbeidsarenaer', 'Samarbeidsarenaer', 'Collaboration arenas'),
    fields: [
      title(t('Arena', 'Arena', 'Arena')),
      keyField('ArenaKey'),
      { name: 'Purpose', title: t('Formål', 'Føremål', 'Purpose'), type: 'Note', required: true },
      { name: 'Services', title: t('Tjenester som deltar', 'Tenester som deltek', 'Services taking part'), type: 'LookupMulti', lookupList: 'services' },
      { name: 'Frequency', title: t('Hyppighet', 'Kor ofte', 'Frequency'), type: 'Choice', required: true, choices: ARENA_FREQUENCIES },
      { name: 'Chair', title: t('Leder', 'Leiar', 'Chair'), type: 'Text' },
      { name: 'MeetingSubject', title: t('Nøytral møtetittel', 'Nøytral møtetittel', 'Neutral meeting subject'), type: 'Text', required: true },
      { name: 'AgendaTemplate', title: t('Agendamal', 'Agendamal', 'Agenda template'), type: 'Note' },
      { name: 'ConsentRequired', title: t('Krever samtykke', 'Krev samtykke', 'Consent required'), type: 'Boolean' },
      placements,
      nynorsk('Title', t('Arena', 'Arena', 'Arena'), 'Text'),
      nynorsk('Purpose', t('Formål', 'Føremål', 'Purpose'), 'Note')
    ],
    versioning: true,
    contentApproval: false,
    staffAccess: 'read',
    partOfModel: true
  },
  {
    key: 'routines',
    title: 'TB Rutiner',
    url: 'Lists/TBRutiner',
    keyField: 'RoutineKey',
    description: t('Rutiner med trinn, verktøy og ansvar', 'Rutinar med steg, verktøy og ansvar', 'Routines with steps, tools and responsibility'),
    fields: [
      title(t('Rutine', 'Rutine', 'Routine')),
      keyField('RoutineKey'),
      { name: 'Summary', title: t('Sammendrag', 'Samandrag', 'Summary'), type: 'Note' },
      { name: 'Steps', title: t('Trinn', 'Steg', 'Steps'), type: 'Note', required: true, json: true },
      { name: 'ResponsibleService', title: t('Ansvarlig tjeneste', 'Ansvarleg teneste', 'Responsible service'), type: 'Lookup', lookupList: 'services', indexed: true },
      {
        name: 'OwnServiceResponsible',
        title: t('Ansvar: den enkeltes egen tjeneste', 'Ansvar: den einskilde si eiga teneste', "Responsible: each reader's own service"),
        type: 'Boolean',
        since: OWN_SERVICE_SINCE
      },
      { name: 'LegalBasis', title: t('Lovgrunnlag', 'Lovgrunnlag', 'Legal basis'), type: 'Note' },
      { name: 'Owner', title: t('Eier', 'Eigar', 'Owner'), type: 'Text', required: true },
      { name: 'LastReviewed', title: t('Sist gjennomgått', 'Sist gått gjennom', 'Last reviewed'), type: 'DateTime' },
      { name: 'NextReview', title: t('Neste gjennomgang', 'Neste gjennomgang', 'Next review'), type: 'DateTime', indexed: true },
      { name: 'RoutineStatus', title: t('Status', 'Status', 'Status'), type: 'Choice', required: true, indexed: true, choices: ROUTINE_STATUSES },
      placements,
      { name: 'Arenas', title: t('Arenaer', 'Arenaer', 'Arenas'), type: 'LookupMulti', lookupList: 'arenas' },
      { name: 'Audience', title: t('Mest aktuell for', 'Mest aktuell for', 'Most relevant for'), type: 'LookupMulti', lookupList: 'services' },
      { name: 'Urgent', title: t('Akutt (vold/overgrep)', 'Akutt (vald/overgrep)', 'Urgent (violence/abuse)'), type: 'Boolean' },
      nynorsk('Title', t('Rutine', 'Rutine', 'Routine'), 'Text'),
      nynorsk('Summary', t('Sammendrag', 'Samandrag', 'Summary'), 'Note'),
      nynorsk('Steps', t('Trinn', 'Steg', 'Steps'), 'Note', true),
      nynorsk('LegalBasis', t('Lovgrunnlag', 'Lovgrunnlag', 'Legal basis'), 'Note')
    ],
    versioning: true,
    contentApproval: false,
    staffAccess: 'read',
    partOfModel: true
  },
  {
    key: 'contacts',
    title: 'TB Kontakter',
    url: 'Lists/TBKontakter',
    keyField: 'ContactKey',
    description: t('Kontakter, nødnumre først', 'Kontaktar, naudnummer først', 'Contacts, emergency numbers first'),
    fields: [
      title(t('Kontakt', 'Kontakt', 'Contact')),
      keyField('ContactKey'),
      { name: 'Description', title: t('Beskrivelse', 'Skildring', 'Description'), type: 'Note' },
      ...reachFields,
      { name: 'Emergency', title: t('Nødkontakt', 'Naudkontakt', 'Emergency contact'), type: 'Boolean', indexed: true },
      { name: 'Service', title: t('Tjeneste', 'Teneste', 'Service'), type: 'Lookup', lookupList: 'services' },
      { name: 'SortOrder', title: t('Rekkefølge', 'Rekkjefølgje', 'Order'), type: 'Number', min: 0, max: 1000 },
      nynorsk('Title', t('Kontakt', 'Kontakt', 'Contact'), 'Text'),
      nynorsk('Description', t('Beskrivelse', 'Skildring', 'Description'), 'Note')
    ],
    versioning: true,
    contentApproval: false,
    staffAccess: 'read',
    partOfModel: true
  },
  {
    key: 'actionPlan',
    title: 'TB Handlingsplan',
    url: 'Lists/TBHandlingsplan',
    keyField: 'ActionKey',
    description: t('Handlingsplan', 'Handlingsplan', 'Action plan'),
    fields: [
      title(t('Tiltak', 'Tiltak', 'Measure')),
      keyField('ActionKey'),
      { name: 'FocusArea', title: t('Fokusområde', 'Fokusområde', 'Focus area'), type: 'Text', required: true },
      { name: 'Goal', title: t('Mål', 'Mål', 'Goal'), type: 'Note', required: true },
      { name: 'TargetGroup', title: t('Målgruppe', 'Målgruppe', 'Target group'), type: 'Text' },
      { name: 'ResponsibleUnits', title: t('Ansvarlige enheter', 'Ansvarlege einingar', 'Responsible units'), type: 'Text' },
      { name: 'Deadline', title: t('Frist', 'Frist', 'Deadline'), type: 'DateTime', indexed: true },
      { name: 'ActionStatus', title: t('Status', 'Status', 'Status'), type: 'Choice', required: true, indexed: true, choices: ACTION_STATUSES }
    ],
    versioning: true,
    contentApproval: false,
    staffAccess: 'read',
    partOfModel: true
  },
  {
    key: 'annualWheel',
    title: 'TB Arshjul',
    url: 'Lists/TBArshjul',
    keyField: 'ActivityKey',
    description: t('Årshjul', 'Årshjul', 'Annual wheel'),
    fields: [
      title(t('Aktivitet', 'Aktivitet', 'Activity')),
      keyField('ActivityKey'),
      { name: 'Description', title: t('Beskrivelse', 'Skildring', 'Description'), type: 'Note' },
      { name: 'Month', title: t('Måned', 'Månad', 'Month'), type: 'Number', required: true, indexed: true, min: 1, max: 12 },
      { name: 'Audience', title: t('For hvem', 'For kven', 'For whom'), type: 'Text' },
      { name: 'EveryYears', title: t('Hvert (år)', 'Kvart (år)', 'Every (years)'), type: 'Number', min: 1, max: 5 },
      { name: 'Arena', title: t('Arena', 'Arena', 'Arena'), type: 'Lookup', lookupList: 'arenas' }
    ],
    versioning: true,
    contentApproval: false,
    staffAccess: 'read',
    partOfModel: true
  },
  {
    key: 'feedback',
    title: 'TB Tilbakemeldinger',
    url: 'Lists/TBTilbakemeldinger',
    description: t('Tilbakemeldinger – alle skal med', 'Tilbakemeldingar – alle skal med', 'Feedback – everyone counts'),
    fields: [
      title(t('Emne', 'Emne', 'Subject')),
      { name: 'Body', title: t('Tilbakemelding', 'Tilbakemelding', 'Feedback'), type: 'Note', required: true, maxLength: 4000 },
      { name: 'Routine', title: t('Gjelder rutine', 'Gjeld rutine', 'Concerns routine'), type: 'Lookup', lookupList: 'routines', indexed: true },
      { name: 'FeedbackStatus', title: t('Status', 'Status', 'Status'), type: 'Choice', required: true, indexed: true, choices: FEEDBACK_STATUSES },
      { name: 'SubmittedBy', title: t('Innsendt av', 'Sendt inn av', 'Submitted by'), type: 'Text' },
      // Makes a create idempotent: a resend after a dropped connection finds the first one (createItemOnce).
      { name: 'SubmissionId', title: t('Innsendings-ID', 'Innsendings-ID', 'Submission ID'), type: 'Text', indexed: true, unique: true, maxLength: 64 }
    ],
    versioning: true,
    contentApproval: false,
    staffAccess: 'contribute',
    partOfModel: false
  },
  {
    // Levanger's evaluation on every level. It grows by thousands of items a year, so everything the product
    // filters on (Level, Service, Period) is indexed, and it holds nothing that identifies a child: the month,
    // never a date; no names. Versioning is off: an evaluation is written once and never edited.
    key: 'evaluations',
    title: 'TB Evalueringer',
    url: 'Lists/TBEvalueringer',
    description: t(
      'Evalueringer på hvert nivå – uten opplysninger om barnet',
      'Evalueringar på kvart nivå – utan opplysningar om barnet',
      "Evaluations on every level – nothing about the child"
    ),
    fields: [
      title(t('Evaluering', 'Evaluering', 'Evaluation'), 64),
      { name: 'EvaluationForm', title: t('Skjema', 'Skjema', 'Form'), type: 'Choice', required: true, choices: EVALUATION_FORMS },
      { name: 'Level', title: t('Nivå', 'Nivå', 'Level'), type: 'Text', required: true, indexed: true, maxLength: 32 },
      { name: 'Service', title: t('Tjeneste', 'Teneste', 'Service'), type: 'Lookup', lookupList: 'services', required: true, indexed: true },
      { name: 'Period', title: t('Måned (åååå-mm)', 'Månad (åååå-mm)', 'Month (yyyy-mm)'), type: 'Text', required: true, indexed: true, maxLength: 7 },
      { name: 'ScoreHeard', title: t('Hørt og tatt på alvor', 'Høyrd og teken på alvor', 'Heard and taken seriously'), type: 'Number', min: SCORE_MIN, max: SCORE_MAX },
      { name: 'ScoreRespect', title: t('Respekt og tillit', 'Respekt og tillit', 'Respect and trust'), type: 'Number', min: SCORE_MIN, max: SCORE_MAX },
      { name: 'ScoreTimely', title: t('Hjelp til rett tid', 'Hjelp til rett tid', 'Help at the right time'), type: 'Number', min: SCORE_MIN, max: SCORE_MAX },
      { name: 'ScoreChange', title: t('Positiv endring', 'Positiv endring', 'Positive change'), type: 'Number', min: SCORE_MIN, max: SCORE_MAX },
      { name: 'ScoreCooperation', title: t('Samarbeid mellom tjenester', 'Samarbeid mellom tenester', 'Cooperation between services'), type: 'Number', min: SCORE_MIN, max: SCORE_MAX },
      { name: 'NextStep', title: t('Videre', 'Vidare', 'Next step'), type: 'Choice', choices: EVALUATION_NEXT_STEPS },
      { name: 'Comment', title: t('Kommentar', 'Kommentar', 'Comment'), type: 'Note', maxLength: 2000 },
      { name: 'SubmissionId', title: t('Innsendings-ID', 'Innsendings-ID', 'Submission ID'), type: 'Text', indexed: true, unique: true, maxLength: 64 }
    ],
    versioning: false,
    contentApproval: false,
    staffAccess: 'contribute',
    partOfModel: false
  }
];

export function listSchema(key: ListKey): ListSchema {
  const schema = LISTS.find((l) => l.key === key);
  if (!schema) throw new Error(`Unknown list "${key}"`);
  return schema;
}

export function fieldSchema(list: ListSchema, name: string): FieldSchema {
  const field = list.fields.find((f) => f.name === name);
  if (!field) throw new Error(`List "${list.title}" has no field "${name}"`);
  return field;
}
