/**
 * The key rule for every key of a model (routines, services, tools, arenas, contacts, action plan, annual wheel,
 * dimensions and their values): lower-case ASCII letters and digits in groups joined by single hyphens, at most
 * 64 characters — "niva-0", "tverrfaglig-team". Keys become parts of links (#/rutiner/<key>) and OData filters;
 * a space, "/", "..", an upper-case letter or a look-alike letter from another alphabet (Cyrillic «а») is refused.
 */
export const MODEL_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MODEL_KEY_MAX_LENGTH = 64;

export function isModelKey(key: unknown): key is string {
  return typeof key === 'string' && key.length <= MODEL_KEY_MAX_LENGTH && MODEL_KEY.test(key);
}
