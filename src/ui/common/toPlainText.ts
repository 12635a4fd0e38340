import DOMPurify from 'dompurify';
import { looksLikeHtml } from './looksLikeHtml';

/**
 * List text is shown as text. A column an admin switched to rich text (or an item written through REST)
 * can still hold HTML; DOMPurify parses it without running anything and we keep only its text, with line
 * breaks where blocks ended. The result goes into React text nodes, never into innerHTML.
 */
export function toPlainText(value: string): string {
  if (!looksLikeHtml(value)) return value;
  const fragment = DOMPurify.sanitize(value.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|li|h[1-6])>/gi, '$&\n'), {
    ALLOWED_TAGS: [],
    KEEP_CONTENT: true,
    RETURN_DOM_FRAGMENT: true
  });
  return (fragment.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim();
}
