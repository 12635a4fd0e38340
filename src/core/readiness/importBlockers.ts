import type { TryggeBarnModel } from '../model/TryggeBarnModel';
import { modelPublishBlockers, type ReadinessProblem } from './readiness';

/**
 * What stops an import: a file with published routines publishes the model it carries, and a model is not published
 * while its emergency numbers are placeholders (the same blockers as the readiness check). Against the site's current
 * model, an import is refused only when it makes things worse: it publishes a routine the site does not publish now,
 * or it brings a placeholder the site does not have. Importing back what the site already holds (an export, a
 * restore) is allowed; the readiness view keeps listing what is missing. A file whose routines are all drafts
 * publishes nothing.
 */
export function importPublishBlockers(document: TryggeBarnModel, current?: TryggeBarnModel): ReadinessProblem[] {
  const published = document.routines.filter((r) => r.status === 'published');
  if (published.length === 0) return [];
  const blockers = modelPublishBlockers(document);
  if (blockers.length === 0 || !current) return blockers;
  const publishedNow = new Set(current.routines.filter((r) => r.status === 'published').map((r) => r.key));
  const blockersNow = new Set(modelPublishBlockers(current).map((b) => `${b.kind}:${b.list}:${b.key}`));
  const publishesMore = published.some((r) => !publishedNow.has(r.key));
  const addsPlaceholders = blockers.some((b) => !blockersNow.has(`${b.kind}:${b.list}:${b.key}`));
  return publishesMore || addsPlaceholders ? blockers : [];
}
