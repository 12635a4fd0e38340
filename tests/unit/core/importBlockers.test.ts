import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPublishBlockers } from '../../../src/core/readiness/importBlockers';
import { PLACEHOLDER_PHONE } from '../../../src/core/model/Contact';
import type { ModelDocument } from '../../../src/core/model/ModelDocument';

const starter = (): ModelDocument => JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'sharepoint', 'seed', 'starter-model.nb.json'), 'utf8')) as ModelDocument;

describe('an import that would publish the model while emergency numbers are placeholders (issue #13)', () => {
  it('is refused for the starter model as shipped, naming the placeholder emergency contacts', () => {
    const blockers = importPublishBlockers(starter());
    expect(blockers.length).toBeGreaterThan(0);
    expect(blockers.every((b) => b.severity === 'blocker')).toBe(true);
    expect(blockers.map((b) => b.key)).toContain('barnevernvakt');
  });

  it('is allowed when every routine in the file is a draft: it publishes nothing', () => {
    const doc = starter();
    doc.routines = doc.routines.map((r) => ({ ...r, status: 'draft' }));
    expect(importPublishBlockers(doc)).toEqual([]);
  });

  it('is allowed once the numbers are real', () => {
    const doc = starter();
    let n = 0;
    const real = (phone: string | undefined): string | undefined => (phone === PLACEHOLDER_PHONE ? `3${String((n += 1)).padStart(7, '0')}` : phone);
    doc.contacts = doc.contacts.map((c) => ({ ...c, reach: { ...c.reach, phone: real(c.reach.phone) } }));
    doc.services = doc.services.map((s) => ({ ...s, reach: { ...s.reach, phone: real(s.reach.phone) } }));
    expect(importPublishBlockers(doc)).toEqual([]);
  });
});

describe('against the site’s current model', () => {
  it('allows importing back what the site already publishes (an export, a restore), placeholders and all', () => {
    const site = starter();
    const file = starter();
    file.routines = file.routines.map((r) => ({ ...r, summary: `${r.summary} (importert)` }));
    expect(importPublishBlockers(file, site)).toEqual([]);
  });

  it('refuses a file that publishes a routine the site has as a draft', () => {
    const site = starter();
    site.routines = site.routines.map((r) => (r.key === 'akutt-fare' ? { ...r, status: 'draft' } : r));
    expect(importPublishBlockers(starter(), site).length).toBeGreaterThan(0);
  });

  it('refuses a file that puts a placeholder back where the site has a real number', () => {
    const site = starter();
    site.contacts = site.contacts.map((c) => (c.key === 'barnevernvakt' ? { ...c, reach: { ...c.reach, phone: '32 00 00 01' } } : c));
    expect(importPublishBlockers(starter(), site).map((b) => b.key)).toContain('barnevernvakt');
  });

  it('refuses publishing the starter model into an empty site', () => {
    const empty = { ...starter(), routines: [], contacts: [] };
    expect(importPublishBlockers(starter(), empty).length).toBeGreaterThan(0);
  });
});
