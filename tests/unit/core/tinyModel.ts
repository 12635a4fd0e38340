import { MODEL_DOCUMENT_FORMAT, type ModelDocument } from '../../../src/core/model/ModelDocument';
import { SCHEMA_VERSION } from '../../../src/core/schema/lists';

const t = (nb: string): { nb: string; nn: string; en: string } => ({ nb, nn: `${nb} (nn)`, en: `${nb} (en)` });

/** A small but complete model for unit tests, independent of the starter content. */
export function tinyModelDocument(): ModelDocument {
  return {
    format: MODEL_DOCUMENT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    settings: { municipality: 'Testvik kommune', contentLocale: 'nb', consentAge: 16, reviewIntervalMonths: 12 },
    dimensions: [
      { key: 'phase', role: 'phase', name: t('Fase'), values: [{ key: 'avdekke', name: t('Avdekke'), order: 1 }] },
      {
        key: 'bti',
        role: 'level',
        name: t('Nivå'),
        values: [
          { key: '1', name: t('Nivå 1'), order: 11 },
          { key: '0', name: t('Nivå 0'), order: 10, description: t('Uro') }
        ]
      }
    ],
    services: [
      { key: 'skole', title: 'Skole', role: 'Ser barna hver dag', mandate: '', tierMeasures: [], reach: { phone: '11 11 11 11' }, placements: [] },
      { key: 'barnevern', title: 'Barnevern', role: 'Undersøker', mandate: 'Barnevernsloven', tierMeasures: [], reach: { email: 'bv@testvik.no' }, placements: [] }
    ],
    tools: [{ key: 'uro', title: 'Uro for barn', description: 'Tegn og signaler', documentUrl: '/sites/tb/uro.pdf', placements: ['bti:0'] }],
    arenas: [
      {
        key: 'team',
        title: 'Tverrfaglig team',
        purpose: 'Drøfte',
        services: ['skole', 'barnevern'],
        frequency: 'monthly',
        chair: 'Leder',
        meetingSubject: 'Tverrfaglig team – møte',
        agendaTemplate: '1. Velkommen',
        consentRequired: true,
        placements: []
      }
    ],
    routines: [
      {
        key: 'niva-0',
        title: 'Uro for et barn',
        summary: 'Når du er bekymret',
        steps: [
          { what: 'Gjør uroen konkret', how: 'Skriv ned', who: 'Du', tools: ['uro'], deadline: '' },
          { what: 'Bestem videre', how: 'Drøft', who: 'Leder', tools: [], deadline: 'Innen 14 dager' }
        ],
        responsibleService: 'skole',
        legalBasis: 'barnevernsloven § 13-2',
        owner: 'Rektor',
        lastReviewed: '2026-01-10',
        nextReview: '2027-01-10',
        status: 'published',
        placements: ['bti:0', 'phase:avdekke'],
        arenas: ['team'],
        audience: ['skole', 'barnevern'],
        urgent: false
      },
      {
        key: 'vold',
        title: 'Mistanke om vold',
        summary: 'Ikke kontakt foreldrene',
        steps: [{ what: 'Ring barnevernvakten', how: '', who: 'Du', tools: [], deadline: 'Straks' }],
        legalBasis: 'straffeloven § 196',
        owner: 'Barnevernleder',
        status: 'published',
        placements: [],
        arenas: [],
        audience: [],
        urgent: true
      }
    ],
    contacts: [
      { key: 'bvv', title: 'Barnevernvakt', description: '', reach: { phone: '00 00 00 00' }, emergency: true, order: 1 },
      { key: 'politi', title: 'Politi', description: '', reach: { phone: '112' }, emergency: true, order: 0 }
    ],
    actionPlan: [
      {
        key: 'a1',
        focusArea: 'Kompetanse',
        goal: 'Alle kan BTI',
        measure: 'Kurs',
        targetGroup: 'Ansatte',
        responsibleUnits: 'Skole',
        deadline: '2027-06-01',
        status: 'inProgress'
      }
    ],
    annualWheel: [{ key: 'w1', title: 'Foreldremøte', description: 'Tema rus', month: 8, audience: 'Foreldre', everyYears: 1, arena: 'team' }]
  };
}
