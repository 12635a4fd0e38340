import * as React from 'react';
import { render, waitFor } from '@testing-library/react';
import { toPlainText } from '../../../src/ui/common/toPlainText';
import { MultilineText } from '../../../src/ui/common/MultilineText';

describe('toPlainText', () => {
  it('leaves plain text alone, including < and > in prose', () => {
    expect(toPlainText('Barn < 15 år og > 12 år')).toBe('Barn < 15 år og > 12 år');
  });

  it('keeps the text of rich text and turns blocks into lines', () => {
    expect(toPlainText('<div><p>Ring <strong>barnevernet</strong></p><p>Skriv ned&nbsp;alt</p></div>')).toBe('Ring barnevernet\nSkriv ned\u00a0alt');
  });

  it('drops script and event handlers without running them', () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const text = toPlainText('<img src=x onerror="window.pwned=true">Hei<script>window.pwned=true</script>');
    expect(text).toBe('Hei');
    expect((window as unknown as { pwned?: boolean }).pwned).toBe(false);
  });
});

describe('MultilineText', () => {
  it('shows text without markup at once, without waiting for the sanitizer', () => {
    const { container } = render(<MultilineText text={'Ring barnevernet\nSkriv ned alt'} />);
    expect(container.textContent).toBe('Ring barnevernet\nSkriv ned alt');
  });

  it('renders hostile markup as text nodes only, never showing the raw markup while the sanitizer loads', async () => {
    const { container } = render(<MultilineText text={'<b onmouseover=alert(1)>fet</b>'} />);
    expect(container.textContent).not.toContain('<b');
    await waitFor(() => expect(container.textContent).toBe('fet'));
    expect(container.querySelector('b')).toBeNull();
  });
});
