import type { Routine, RoutineStep } from '../../../../src/core/model/Routine';
import type { Service } from '../../../../src/core/model/Service';
import type { SearchableModel } from '../../../../src/core/search';

/** A step with only "what" filled in: enough for search. */
export function step(what: string, how: string = ''): RoutineStep {
  return { what, how, who: '', tools: [], deadline: '' };
}

export function routine(key: string, title: string, summary: string, steps: RoutineStep[], extra: Partial<Routine> = {}): Routine {
  return {
    key,
    title,
    summary,
    steps,
    legalBasis: '',
    owner: 'Kommunalsjef',
    status: 'published',
    placements: [],
    arenas: [],
    audience: [],
    urgent: false,
    ...extra
  };
}

export function service(key: string, title: string, role: string, mandate: string): Service {
  return { key, title, role, mandate, tierMeasures: [], reach: {}, placements: [] };
}

export function emptyModel(): SearchableModel {
  return { routines: [], services: [], tools: [], arenas: [], contacts: [] };
}

/** A small model in Bokmål and Nynorsk, written for these tests (not the starter content). */
export function testModel(): SearchableModel {
  return {
    routines: [
      routine(
        'vald-overgrep',
        'Vald eller overgrep mot barn',
        'Når du har mistanke om vald eller seksuelle overgrep, skal du handle straks.',
        [step('Ring barnevernvakta eller politiet.', 'Fortel kva du har sett og høyrt.'), step('Ikkje kontakt foreldra.')],
        { urgent: true, legalBasis: 'straffelova § 196' }
      ),
      routine('bekymring-nb', 'Bekymring for et barn', 'Slik går du fram når du er bekymret for et barn i barnehagen.', [
        step('Observer og noter hva du ser.'),
        step('Drøft saken anonymt med styrer.')
      ]),
      routine('uro-nn', 'Når du kjenner uro for eit barn', 'Rutine for tilsette i skulen.', [
        step('Skriv ned kva du ser.'),
        step('Drøft med leiar.')
      ]),
      routine('fravaer', 'Høgt fråvær i skulen', 'Oppfølging av elevar med høgt fråvær.', [
        step('Kontakt føresette.'),
        step('Vurder melding til barnevernet.')
      ]),
      routine('samtykke', 'Samtykke til samarbeid', 'Innhent samtykke før du drøfter et barn med andre tjenester.', [
        step('Forklar foreldrene hva samtykket gjelder.')
      ]),
      routine('overgang', 'Overgang fra barnehage til skole', 'Overføring av informasjon når barnet begynner på skolen.', [
        step('Avtal et overføringsmøte.')
      ])
    ],
    services: [
      service('barnevern', 'Barnevernstenesta', 'Hjelper barn og familiar som treng det.', 'Barnevernslova.'),
      service('helsestasjon', 'Helsestasjon', 'Følger opp barn fra fødsel til skolestart.', 'Forskrift om helsestasjonsvirksomhet.')
    ],
    tools: [
      {
        key: 'samtaleguide',
        title: 'Samtaleguide: Snakk med barn',
        description: 'Råd om samtalen med et barn du er bekymret for.',
        documentUrl: 'https://example.org/samtale',
        placements: []
      }
    ],
    arenas: [
      {
        key: 'tverrfagleg-team',
        title: 'Tverrfagleg team',
        purpose: 'Drøfte saker anonymt med barnevern, helsestasjon og PPT.',
        services: ['barnevern'],
        frequency: 'monthly',
        chair: 'Oppvekstsjef',
        meetingSubject: 'Tverrfagleg team',
        agendaTemplate: 'Saker til drøfting.',
        consentRequired: false,
        placements: []
      }
    ],
    contacts: [
      {
        key: 'barnevernvakta',
        title: 'Barnevernvakta',
        description: 'Ring ved akutt fare for eit barn utanom kontortid.',
        reach: { phone: '00 00 00 00' },
        emergency: true,
        order: 1
      }
    ]
  };
}
