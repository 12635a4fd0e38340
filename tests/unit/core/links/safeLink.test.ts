import { safeLink } from '../../../../src/core/links/safeLink';

describe('safeLink: only absolute https links from the lists become links', () => {
  it('accepts an absolute https link and shows its host', () => {
    expect(safeLink('https://www.bufdir.no/veiledere/')).toEqual({ ok: true, href: 'https://www.bufdir.no/veiledere/', host: 'www.bufdir.no' });
  });

  it.each([
    ['//evil.example/x', 'protocolRelative'],
    ['/\\evil.example/x', 'backslash'],
    ['\\\\evil.example\\x', 'backslash'],
    ['https:\\\\evil.example', 'backslash'],
    ['http://example.no', 'notHttps'],
    ['javascript:alert(1)', 'scheme'],
    ['data:text/html,<b>x</b>', 'scheme'],
    ['https://user:pw@evil.example', 'credentials'],
    ['https:/evil.example', 'malformed'],
    ['https://', 'malformed'],
    ['www.example.no', 'malformed'],
    ['java\nscript:alert(1)', 'malformed'],
    ['', 'empty']
  ])('refuses %j (%s)', (raw, reason) => {
    expect(safeLink(raw)).toEqual({ ok: false, reason });
  });

  it('accepts mailto: and tel: only where the field is a contact', () => {
    expect(safeLink('mailto:post@demo.kommune.no', { kind: 'contact' })).toEqual({ ok: true, href: 'mailto:post@demo.kommune.no', host: '' });
    expect(safeLink('tel:+47 22 33 44 55', { kind: 'contact' })).toEqual({ ok: true, href: 'tel:+4722334455', host: '' });
    expect(safeLink('mailto:post@demo.kommune.no')).toEqual({ ok: false, reason: 'scheme' });
    expect(safeLink('mailto:not-an-address', { kind: 'contact' })).toEqual({ ok: false, reason: 'malformed' });
  });

  it("resolves a server-relative path against the model's own https site, and only then", () => {
    const base = 'https://contoso.sharepoint.com/sites/tryggebarn';
    expect(safeLink('/sites/tryggebarn/Verktoy/skjema.pdf', { base })).toEqual({
      ok: true,
      href: 'https://contoso.sharepoint.com/sites/tryggebarn/Verktoy/skjema.pdf',
      host: 'contoso.sharepoint.com'
    });
    expect(safeLink('/sites/tryggebarn/Verktoy/skjema.pdf')).toEqual({ ok: false, reason: 'malformed' });
    expect(safeLink('/sites/x', { base: 'http://intranet' })).toEqual({ ok: false, reason: 'malformed' });
  });
});
