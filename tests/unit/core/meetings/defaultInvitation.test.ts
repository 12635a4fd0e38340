import { defaultInvitation, modelAddress } from '../../../../src/core/meetings';
import type { Service } from '../../../../src/core/model/Service';

const service = (key: string, title: string, email?: string): Service => ({
  key,
  title,
  role: '',
  mandate: '',
  tierMeasures: [],
  reach: email === undefined ? { phone: '00 00 00 00' } : { email },
  placements: []
});

const services = [
  service('barnehage', 'Barnehage', 'barnehage@demo-kommune.example'),
  service('skole', 'Skole og SFO', ' skole@demo-kommune.example '),
  service('bup', 'BUP'),
  service('familiesenter', 'Familiesenteret', 'familiesenter@demo-kommune.example'),
  service('politi', 'Politiet', 'Politikontakten, se telefon'),
  service('nav', 'NAV-kontoret', 'barnehage@demo-kommune.example')
];

describe('defaultInvitation', () => {
  it('invites each service of the arena once, at its contact address, labelled with the service, all required', () => {
    const { invitees, servicesWithoutAddress } = defaultInvitation({ services: ['skole', 'barnehage', 'bup', 'skole'], chair: 'Koordinator, familiesenteret' }, services);
    expect(invitees).toEqual([
      { email: 'skole@demo-kommune.example', displayName: 'Skole og SFO', required: true, serviceKey: 'skole', serviceTitle: 'Skole og SFO' },
      { email: 'barnehage@demo-kommune.example', displayName: 'Barnehage', required: true, serviceKey: 'barnehage', serviceTitle: 'Barnehage' }
    ]);
    expect(servicesWithoutAddress).toEqual(['BUP']);
  });

  it('never more invitations than services (plus the chair); no invitation for text that is not one address', () => {
    const arena = { services: services.map((s) => s.key), chair: 'Stafettholder' };
    const { invitees, servicesWithoutAddress } = defaultInvitation(arena, services);
    expect(invitees.length).toBeLessThanOrEqual(arena.services.length);
    expect(new Set(invitees.map((i) => i.serviceKey)).size).toBe(invitees.length);
    // NAV shares barnehage's address here: one address is invited once.
    expect(invitees.map((i) => i.email)).toEqual(['barnehage@demo-kommune.example', 'skole@demo-kommune.example', 'familiesenter@demo-kommune.example']);
    expect(servicesWithoutAddress).toEqual(['BUP', 'Politiet']);
  });

  it('invites the chair where the model gives the chair as an address, and leaves out the organizer', () => {
    const arena = { services: ['familiesenter', 'barnehage'], chair: 'leder@demo-kommune.example' };
    const { invitees } = defaultInvitation(arena, services, 'FAMILIESENTER@demo-kommune.example');
    expect(invitees).toEqual([
      { email: 'leder@demo-kommune.example', displayName: 'leder@demo-kommune.example', required: true, role: 'chair' },
      expect.objectContaining({ email: 'barnehage@demo-kommune.example', serviceTitle: 'Barnehage' })
    ]);
  });

  it('reads an address only when the text is exactly one', () => {
    expect(modelAddress(' a@b.no ')).toBe('a@b.no');
    expect(modelAddress('a@b.no; c@d.no')).toBeUndefined();
    expect(modelAddress('Stafettholder')).toBeUndefined();
    expect(modelAddress(undefined)).toBeUndefined();
  });
});
