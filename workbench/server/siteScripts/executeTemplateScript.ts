import type { ApiResponse } from '../http/ApiExchange';
import { fieldFromSchemaXml } from '../sharepoint/fieldDefinitions';
import type { SpFieldType } from '../sharepoint/fieldTypes';
import { parseJsonBody } from '../sharepoint/itemWrites';
import type { FieldRecord, ListRecord, NewField } from '../sharepoint/ListRepository';
import { hasWebPermission } from '../sharepoint/permissions';
import type { SpContext } from '../sharepoint/SpContext';
import { spJson } from '../sharepoint/SpContext';
import { SpError, spErrors } from '../sharepoint/SpError';

/**
 * `POST <site>/_api/Microsoft.Sharepoint.Utilities.WebTemplateExtensions.SiteScriptUtility.ExecuteTemplateScript`
 * with `{ "script": "<site script JSON as a string>" }` — what PnP PowerShell's `Invoke-PnPSiteScript -Script`
 * sends (pnp/powershell src/Commands/Utilities/SiteTemplates.cs) to apply a site script to the site it is
 * addressed to, synchronously, with the caller's own rights. It answers one outcome per action and subaction
 * (ErrorCode, Outcome, OutcomeText, Target, TargetId, Title: pnp/powershell InvokeSiteScriptActionResponse.cs).
 *
 * Modelled on Microsoft's "Site template JSON schema" and "SharePoint site template and site script overview":
 * - only the verbs listed there exist; anything else is refused ("unable to handle action");
 * - at most 30 actions and subactions in a synchronous run ("Invoke-SPOSiteDesign is limited to 30 actions and
 *   subactions", Add-SPOSiteDesignTask); larger scripts go through Add-SPOSiteDesignTask (≤ 300);
 * - re-running is an update, never a duplicate: createSPList with an existing list's name updates that list; a
 *   field whose ID already exists is updated; createSPList names the list's URL `Lists/<listName>`, spaces kept;
 * - a failing action does not stop the others (SiteScriptActionOutcome.Failure is "non-blocking", PnPjs).
 */

export const EXECUTE_TEMPLATE_SCRIPT = 'microsoft.sharepoint.utilities.webtemplateextensions.sitescriptutility.executetemplatescript';

/** "Invoke-SPOSiteDesign is limited to 30 actions and subactions" (Add-SPOSiteDesignTask, Microsoft Learn). */
export const SYNC_ACTION_LIMIT = 30;

/** Every verb and list subaction "Site template JSON schema" documents; the workbench runs the ones in RUNNERS. */
const DOCUMENTED_VERBS = new Set([
  'addContentTypesFromHub',
  'createSPList',
  'createSiteColumn',
  'createSiteColumnXml',
  'createContentType',
  'addNavLink',
  'removeNavLink',
  'applyTheme',
  'createPage',
  'setSiteBranding',
  'setSiteLogo',
  'joinHubSite',
  'installSolution',
  'associateExtension',
  'activateSPFeature',
  'triggerFlow',
  'setRegionalSettings',
  'addPrincipalToSPGroup',
  'setSiteExternalSharingCapability',
  'enableApprovals'
]);
const DOCUMENTED_LIST_SUBACTIONS = new Set([
  'setDescription',
  'addSPField',
  'deleteSPField',
  'addSPFieldXml',
  'addSPLookupFieldXml',
  'addSiteColumn',
  'addSPView',
  'removeSPView',
  'addContentType',
  'removeContentType',
  'setSPFieldCustomFormatter',
  'associateFieldCustomizer',
  'associateListViewCommandSet',
  'setTitle',
  'enableApprovals'
]);
/** What the workbench runs. A documented verb outside these is refused as not modelled, so a test notices. */
const RUN_VERBS = new Set(['createSPList']);
const RUN_LIST_SUBACTIONS = new Set(['setDescription', 'setTitle', 'addSPField', 'addSPFieldXml', 'addSPLookupFieldXml']);

/** SP.AddFieldOptions.AddFieldInternalNameHint: site scripts keep the Name the schema XML gives. */
const INTERNAL_NAME_HINT = 8;

type Json = Record<string, unknown>;

/** One entry of the answer, as SharePoint reports a site script action's outcome. */
export interface ActionOutcome {
  ErrorCode: number;
  /** "0" Success, "1" Failure, "2" NoOp (SiteScriptActionOutcome). */
  Outcome: '0' | '1' | '2';
  OutcomeText: string | null;
  Target: string | null;
  TargetId: string | null;
  Title: string;
}

class ActionFailure extends Error {}

function success(title: string, target: string | null = null, targetId: string | null = null, noOp = false): ActionOutcome {
  return { ErrorCode: 0, Outcome: noOp ? '2' : '0', OutcomeText: null, Target: target, TargetId: targetId, Title: title };
}

function failure(title: string, message: string): ActionOutcome {
  return { ErrorCode: -2146233088, Outcome: '1', OutcomeText: message, Target: null, TargetId: null, Title: title };
}

function unableToHandle(verb: unknown): SpError {
  return new SpError(400, '-2146233088, Microsoft.SharePoint.SPException', `Unable to handle action '${String(verb)}'.`);
}

/** Reads and checks the script before anything runs: a refused script changes nothing. */
function parseScript(body: Json): Json[] {
  const text = body.script;
  if (typeof text !== 'string') throw spErrors.badRequest("The request needs 'script': the site script as a JSON string.");
  let script: unknown;
  try {
    script = JSON.parse(text);
  } catch {
    throw spErrors.badRequest('The site script is not valid JSON.');
  }
  const actions = (script as Json | null)?.actions;
  if (!Array.isArray(actions) || actions.some((a) => a === null || typeof a !== 'object')) throw spErrors.badRequest("The site script needs an 'actions' array.");
  let count = 0;
  for (const action of actions as Json[]) {
    count++;
    const verb = action.verb;
    if (typeof verb !== 'string' || !DOCUMENTED_VERBS.has(verb)) throw unableToHandle(verb);
    if (!RUN_VERBS.has(verb)) throw spErrors.badRequest(`The workbench does not model the site script action '${verb}'.`);
    const subactions = action.subactions ?? [];
    if (!Array.isArray(subactions)) throw spErrors.badRequest("'subactions' must be an array.");
    for (const sub of subactions as Json[]) {
      count++;
      const subVerb = sub?.verb;
      if (typeof subVerb !== 'string' || !DOCUMENTED_LIST_SUBACTIONS.has(subVerb)) throw unableToHandle(subVerb);
      if (!RUN_LIST_SUBACTIONS.has(subVerb)) throw spErrors.badRequest(`The workbench does not model the site script action '${subVerb}'.`);
    }
  }
  if (count > SYNC_ACTION_LIMIT) {
    throw spErrors.badRequest(
      `The site script has ${count} actions and subactions; a script applied synchronously may have at most ${SYNC_ACTION_LIMIT}. Split it, or apply it with Add-SPOSiteDesignTask.`
    );
  }
  return actions as Json[];
}

function listByTitle(ctx: SpContext, title: string): ListRecord | undefined {
  const lower = title.toLowerCase();
  return ctx.lists.all().find((l) => l.title.toLowerCase() === lower);
}

/** A web-relative list URL (`Lists/TB Tjenester`), compared as SharePoint compares URLs: case-insensitively. */
function listByUrl(ctx: SpContext, url: string): ListRecord | undefined {
  const relative = url.replace(/^https?:\/\/[^/]+/i, '').replace(/^\/sites\/[^/]+\//i, '').replace(/^\//, '');
  return ctx.lists.byUrl(relative);
}

function stringOf(value: unknown, name: string): string {
  if (typeof value !== 'string' || value === '') throw new ActionFailure(`'${name}' is required.`);
  return value;
}

const ADD_SP_FIELD_TYPES: Record<string, SpFieldType> = { Text: 'Text', Note: 'Note', Number: 'Number', Boolean: 'Boolean', User: 'User', DateTime: 'DateTime' };

/** Adds a field, or updates the field with the same ID: "prevent the field from being created multiple times". */
function ensureField(ctx: SpContext, list: ListRecord, field: NewField): { field: FieldRecord; created: boolean } {
  const existing = ctx.lists.fields(list.num);
  const sameId = field.id ? existing.find((f) => f.id.toLowerCase() === field.id?.toLowerCase()) : undefined;
  if (sameId) {
    if (sameId.type !== field.type) throw new ActionFailure(`The column '${sameId.internalName}' is a ${sameId.type} column and cannot become ${field.type}.`);
    const updated = ctx.lists.updateField(sameId, { title: field.title, required: field.required, indexed: field.indexed, unique: field.unique, props: field.props });
    return { field: updated, created: false };
  }
  // Without a matching ID SharePoint adds another column; its internal name gets a number so it is unique.
  let internalName = field.internalName;
  for (let n = 0; existing.some((f) => f.internalName.toLowerCase() === internalName.toLowerCase()); n++) internalName = `${field.internalName}${n}`;
  if (field.unique && !field.indexed) throw new ActionFailure('A column that enforces unique values must be indexed.');
  return { field: ctx.lists.addField(list.num, { ...field, internalName }), created: true };
}

function runSubaction(ctx: SpContext, list: ListRecord, sub: Json): ActionOutcome {
  const verb = sub.verb as string;
  const listUrl = `${ctx.siteUrl}/${list.url}`;
  switch (verb) {
    case 'setDescription': {
      ctx.lists.update(list.num, { description: typeof sub.description === 'string' ? sub.description : '' });
      return success('Set description', listUrl, list.id);
    }
    case 'setTitle': {
      const title = stringOf(sub.title, 'title');
      const other = listByTitle(ctx, title);
      if (other && other.num !== list.num) throw new ActionFailure(`A list, survey, discussion board, or document library with the specified title already exists in this Web site.`);
      ctx.lists.update(list.num, { title });
      return success(`Set title ${title}`, listUrl, list.id);
    }
    case 'addSPField': {
      const type = ADD_SP_FIELD_TYPES[String(sub.fieldType)];
      if (!type) throw new ActionFailure(`The field type '${String(sub.fieldType)}' cannot be used with addSPField; use addSPFieldXml.`);
      const displayName = stringOf(sub.displayName, 'displayName');
      const internalName = typeof sub.internalName === 'string' && sub.internalName ? sub.internalName : displayName.replace(/[^A-Za-z0-9_]/g, '');
      const id = typeof sub.id === 'string' ? sub.id.replace(/^\{|\}$/g, '').toLowerCase() : undefined;
      const { field, created } = ensureField(ctx, list, {
        id,
        internalName,
        title: displayName,
        type,
        required: sub.isRequired === true,
        indexed: sub.enforceUnique === true,
        unique: sub.enforceUnique === true,
        props: type === 'DateTime' ? { displayFormat: 0 } : {}
      });
      return success(`Add field ${displayName}`, listUrl, field.id, !created);
    }
    case 'addSPFieldXml':
    case 'addSPLookupFieldXml': {
      let schemaXml = stringOf(sub.schemaXml, 'schemaXml');
      if (verb === 'addSPLookupFieldXml') {
        const byName = typeof sub.targetListName === 'string' ? sub.targetListName : undefined;
        const byUrl = typeof sub.targetListUrl === 'string' ? sub.targetListUrl : undefined;
        if (!byName === !byUrl) throw new ActionFailure('Provide either targetListName or targetListUrl.');
        const target = byName ? listByTitle(ctx, byName) : listByUrl(ctx, byUrl as string);
        if (!target) throw new ActionFailure(`The lookup list '${byName ?? byUrl}' does not exist at site with URL '${ctx.siteUrl}'.`);
        schemaXml = schemaXml.replace(/\sList\s*=\s*("[^"]*"|'[^']*')/i, '').replace(/^<Field\b/i, `<Field List="{${target.id}}"`);
      }
      let parsed: NewField;
      try {
        parsed = fieldFromSchemaXml(schemaXml, INTERNAL_NAME_HINT, ctx.lists);
      } catch (e) {
        throw new ActionFailure(e instanceof Error ? e.message : String(e));
      }
      if (verb === 'addSPFieldXml' && (parsed.type === 'Lookup' || parsed.type === 'LookupMulti')) throw new ActionFailure('Use addSPLookupFieldXml for a lookup column.');
      const { field, created } = ensureField(ctx, list, parsed);
      return success(`Add field ${field.title}`, listUrl, field.id, !created);
    }
    default:
      throw new ActionFailure(`Unable to handle action '${verb}'.`);
  }
}

function runCreateList(ctx: SpContext, action: Json): ActionOutcome[] {
  const title = `Create or update list ${String(action.listName)}`;
  let list: ListRecord;
  try {
    const listName = stringOf(action.listName, 'listName');
    const templateType = Number(action.templateType ?? 100);
    const existing = listByTitle(ctx, listName);
    if (existing) list = existing;
    else {
      if (listByUrl(ctx, `Lists/${listName}`)) throw new ActionFailure(`A list already has the URL 'Lists/${listName}'.`);
      // createSPList derives the URL from listName and keeps its spaces.
      list = ctx.lists.create({ title: listName, url: `Lists/${listName.replace(/[~"#%&*:<>?/\\{|}.]/g, '')}`, baseTemplate: templateType });
    }
  } catch (e) {
    const subactions = Array.isArray(action.subactions) ? (action.subactions as Json[]) : [];
    return [failure(title, (e as Error).message), ...subactions.map((s) => failure(String(s.verb), 'The list was not created.'))];
  }
  const outcomes = [success(title, `${ctx.siteUrl}/${list.url}`, list.id)];
  for (const sub of (action.subactions ?? []) as Json[]) {
    const current = ctx.lists.byNum(list.num) as ListRecord;
    try {
      outcomes.push(runSubaction(ctx, current, sub));
    } catch (e) {
      if (!(e instanceof ActionFailure) && !(e instanceof SpError)) throw e;
      outcomes.push(failure(String(sub.verb), e.message));
    }
  }
  return outcomes;
}

function outcomesBody(ctx: SpContext, outcomes: ActionOutcome[]): unknown {
  const type = 'Microsoft.SharePoint.Utilities.WebTemplateExtensions.SiteScriptActionResult';
  if (ctx.shape === 'verbose') {
    return { d: { ExecuteTemplateScript: { __metadata: { type: `Collection(${type})` }, results: outcomes.map((o) => ({ __metadata: { type }, ...o })) } } };
  }
  if (ctx.shape === 'minimalmetadata') return { 'odata.metadata': `${ctx.siteUrl}/_api/$metadata#Collection(${type})`, value: outcomes };
  return { value: outcomes };
}

/** The handler: needs Manage Web (site owner, Full Control), as applying a site script to a site does. */
export function executeTemplateScript(ctx: SpContext): ApiResponse {
  if (ctx.request.method !== 'POST') throw spErrors.methodNotAllowed(ctx.request.method, 'ExecuteTemplateScript');
  if (!hasWebPermission(ctx, 'ManageWeb')) throw spErrors.accessDenied();
  const actions = parseScript(parseJsonBody(ctx.request.body));
  const outcomes = actions.flatMap((action) => runCreateList(ctx, action));
  return spJson(ctx.shape, 200, outcomesBody(ctx, outcomes));
}
