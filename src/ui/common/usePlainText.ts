import * as React from 'react';
import { loadOnce } from '../../core/async/loadOnce';
import { looksLikeHtml } from './looksLikeHtml';

const loadSanitizer = loadOnce(() => import(/* webpackChunkName: 'sanitizer' */ './toPlainText'));

/**
 * List text as plain text. Text without markup (nearly all of it) is shown at once; text with markup waits for the
 * sanitizer, which loads on first need so the first paint never carries it, and shows nothing until then — never
 * the raw markup. Undefined while waiting.
 */
export function usePlainText(text: string): string | undefined {
  const markup = looksLikeHtml(text);
  const [reduced, setReduced] = React.useState<{ from: string; text: string } | undefined>(undefined);
  React.useEffect(() => {
    if (!markup) return undefined;
    let current = true;
    const show = (plain: string): void => {
      if (current) setReduced({ from: text, text: plain });
    };
    loadSanitizer().then(
      (m) => show(m.toPlainText(text)),
      // The sanitizer could not be fetched (a network fault): the text stripped of anything tag-like, still as text.
      () => show(text.replace(/<[^>]*>/g, ' ').replace(/\s{2,}/g, ' ').trim())
    );
    return () => {
      current = false;
    };
  }, [text, markup]);
  if (!markup) return text;
  return reduced?.from === text ? reduced.text : undefined;
}
