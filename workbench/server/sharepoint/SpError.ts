/**
 * An error SharePoint would answer with: HTTP status, its "<hresult>, <exception type>" code and the English
 * message. Rendered as `{"odata.error": …}` (JSON light) or `{"error": …}` (verbose) by the response shaper.
 */
export class SpError extends Error {
  public constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly headers: Record<string, string> = {}
  ) {
    super(message);
  }
}

const ACCESS_DENIED = 'Access denied. You do not have permission to perform this action or access this resource.';
const INVALID_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';

/** The errors the stand-in raises, with the codes and messages SharePoint Online uses for them. */
export const spErrors = {
  notSignedIn: (problem: 'missing' | 'invalid'): SpError =>
    new SpError(
      401,
      '-2147024891, System.UnauthorizedAccessException',
      problem === 'missing' ? 'Unauthorized. Access token is missing.' : 'Invalid JWT token. The token is not valid or has expired.'
    ),
  accessDenied: (): SpError => new SpError(403, '-2147024891, System.UnauthorizedAccessException', ACCESS_DENIED),
  /** A token whose client lacks the scope a write needs (pnp/pnpjs #2571 quotes this answer). */
  accessDeniedHresult: (): SpError =>
    new SpError(403, '-2147024891, System.UnauthorizedAccessException', 'Access is denied. (Exception from HRESULT: 0x80070005 (E_ACCESSDENIED))'),
  invalidDigest: (): SpError =>
    new SpError(
      403,
      '-2130575251, Microsoft.SharePoint.SPException',
      "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."
    ),
  listNotFound: (title: string, siteUrl: string): SpError =>
    new SpError(404, '-1, System.ArgumentException', `List '${title}' does not exist at site with URL '${siteUrl}'.`),
  itemNotFound: (): SpError =>
    new SpError(404, '-2147024809, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.'),
  fieldNotFound: (name: string): SpError =>
    new SpError(404, '-2147024809, System.ArgumentException', `Column '${name}' does not exist. It may have been deleted by another user.`),
  resourceNotFound: (segment: string): SpError =>
    new SpError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${segment}.`),
  methodNotAllowed: (method: string, resource: string): SpError =>
    new SpError(
      405,
      '-1, Microsoft.SharePoint.Client.ClientServiceException',
      `The HTTP method '${method}' cannot be used to access the resource '${resource}'. The operation type of the resource is specified as 'Default'. Please use correct HTTP method to invoke the resource.`
    ),
  versionConflict: (): SpError => new SpError(412, '-2130575305, Microsoft.SharePoint.SPException', 'Version conflict.'),
  listViewThreshold: (): SpError =>
    new SpError(
      500,
      '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      'The attempted operation is prohibited because it exceeds the list view threshold.'
    ),
  unknownProperty: (name: string, type: string): SpError =>
    new SpError(
      400,
      INVALID_QUERY,
      `The property '${name}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`
    ),
  unknownType: (type: string): SpError =>
    new SpError(
      400,
      INVALID_QUERY,
      `A type named '${type}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`
    ),
  badRequest: (message: string): SpError => new SpError(400, INVALID_QUERY, message),
  badValue: (message: string): SpError => new SpError(400, '-1, Microsoft.OData.ODataException', message),
  fieldValidation: (message: string): SpError => new SpError(400, '-2146232832, Microsoft.SharePoint.SPFieldValidationException', message),
  readOnlyProperty: (name: string): SpError =>
    new SpError(400, '-2147024809, System.ArgumentException', `The property '${name}' is read-only and cannot be set.`),
  queryFieldNotFound: (name: string): SpError =>
    new SpError(400, '-1, Microsoft.SharePoint.SPException', `The field or property '${name}' does not exist.`),
  projectionNeedsExpand: (name: string, lookup: string): SpError =>
    new SpError(
      400,
      '-1, Microsoft.SharePoint.SPException',
      `The query to field '${name}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${lookup}.`
    ),
  duplicateValue: (): SpError =>
    new SpError(
      400,
      '-2147018894, Microsoft.SharePoint.SPDuplicateValuesFoundException',
      'The list item could not be added or updated because duplicate values were found in one or more fields in the list.'
    ),
  listExists: (): SpError =>
    new SpError(
      500,
      '-2130575342, Microsoft.SharePoint.SPException',
      'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.'
    ),
  fieldExists: (name: string): SpError =>
    new SpError(
      500,
      '-2130575340, Microsoft.SharePoint.SPException',
      `A duplicate field name "${name}" was found.`
    ),
  throttled: (status: number, retryAfter: number): SpError =>
    new SpError(
      status,
      '-2146233088, Microsoft.SharePoint.SPRequestThrottledException',
      status === 429
        ? `The request has been throttled. Retry after ${retryAfter} seconds.`
        : `The service is temporarily unavailable. Retry after ${retryAfter} seconds.`,
      { 'Retry-After': String(retryAfter) }
    )
};
