/** Only a plain address goes into the link; an owner written as a role ("Rektor") leaves the recipient empty. */
const EMAIL = /^[^\s@,;?&]+@[^\s@,;?&]+\.[^\s@,;?&]+$/;

/**
 * A `mailto:` link (RFC 6068) that opens the admin's own mail program with a prepared message. The product
 * sends no mail itself: doing so through Graph would need Mail.Send, which lets the app send as the user to
 * anyone — far more than a reminder needs.
 */
export function mailtoLink(message: { to?: string; subject: string; body: string }): string {
  const encode = (text: string): string => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  const to = message.to && EMAIL.test(message.to.trim()) ? encodeURIComponent(message.to.trim()).replace(/%40/g, '@') : '';
  return `mailto:${to}?subject=${encode(message.subject)}&body=${encode(message.body)}`;
}
