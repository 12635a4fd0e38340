import type { ModelSiteSource, ModelSiteUrlProblem } from '../../core/hosting/modelSiteUrl';
import { MODEL_SITE_TENANT_PROPERTY } from '../../core/hosting/modelSiteUrl';

/** Where the model is: the model site setting, its property pane field, and every refusal explained. */
export interface HostingStrings {
  notConfiguredTitle: string;
  /** What the admin must set, both ways, with the exact key name. */
  notConfiguredBody: string;
  notConfiguredWebPart: string;
  notConfiguredTenant: (key: string) => string;
  tenantUnreadable: string;
  invalidTitle: string;
  invalidBody: (source: ModelSiteSource, value: string) => string;
  problems: Record<ModelSiteUrlProblem, string>;
  /** After a failed load, for someone who may not set up the model site. */
  setupOnlyOwners: (siteUrl: string) => string;
  modelSiteIs: (siteUrl: string) => string;
  propertyPane: { description: string; group: string; modelSiteLabel: string; modelSiteDescription: string };
}

const KEY = MODEL_SITE_TENANT_PROPERTY;

export const hostingNb: HostingStrings = {
  notConfiguredTitle: 'Ingen modellside er valgt',
  notConfiguredBody: 'Trygge Barn viser én felles modell fra én SharePoint-side (modellsiden). En administrator må oppgi den på en av disse måtene:',
  notConfiguredWebPart: 'i webdelens innstillinger: «Modellside (adresse)», for eksempel https://kommune.sharepoint.com/sites/tryggebarn – gjelder denne siden;',
  notConfiguredTenant: (key) => `eller som leieregenskapen (tenant property) «${key}» med modellsidens adresse som verdi – gjelder alle sider og Teams (Set-SPOStorageEntity, eller m365 spo storageentity set).`,
  tenantUnreadable: `Leieregenskapen «${KEY}» kunne ikke leses akkurat nå.`,
  invalidTitle: 'Modellsiden kan ikke brukes',
  invalidBody: (source, value) =>
    `${source === 'webPart' ? 'Webdelens innstilling «Modellside»' : `Leieregenskapen «${KEY}»`} er «${value}», og den kan ikke brukes:`,
  problems: {
    notAbsolute: 'Oppgi hele adressen, som begynner med https://.',
    notHttps: 'Adressen må begynne med https:// (http er bare tillatt for localhost).',
    otherHost: 'Modellsiden må ligge i samme SharePoint-leier som denne siden.',
    notSiteCollection: 'Oppgi adressen til en områdesamling: …/sites/<navn> eller …/teams/<navn>, uten noe etter navnet.'
  },
  setupOnlyOwners: (siteUrl) => `Hvis modellsiden (${siteUrl}) ikke har Trygge Barn-listene ennå, kan bare en eier av den siden sette den opp.`,
  modelSiteIs: (siteUrl) => `Modellside: ${siteUrl}`,
  propertyPane: {
    description: 'Trygge Barn viser modellen fra modellsiden.',
    group: 'Modell',
    modelSiteLabel: 'Modellside (adresse)',
    modelSiteDescription: `Tom: leieregenskapen «${KEY}» bestemmer.`
  }
};

export const hostingNn: HostingStrings = {
  notConfiguredTitle: 'Ingen modellside er vald',
  notConfiguredBody: 'Trygge Barn viser éin felles modell frå éi SharePoint-side (modellsida). Ein administrator må oppgje ho på ein av desse måtane:',
  notConfiguredWebPart: 'i innstillingane til webdelen: «Modellside (adresse)», til dømes https://kommune.sharepoint.com/sites/tryggebarn – gjeld denne sida;',
  notConfiguredTenant: (key) => `eller som leigetakareigenskapen (tenant property) «${key}» med adressa til modellsida som verdi – gjeld alle sider og Teams (Set-SPOStorageEntity, eller m365 spo storageentity set).`,
  tenantUnreadable: `Leigetakareigenskapen «${KEY}» kunne ikkje lesast akkurat no.`,
  invalidTitle: 'Modellsida kan ikkje brukast',
  invalidBody: (source, value) =>
    `${source === 'webPart' ? 'Innstillinga «Modellside» i webdelen' : `Leigetakareigenskapen «${KEY}»`} er «${value}», og ho kan ikkje brukast:`,
  problems: {
    notAbsolute: 'Oppgje heile adressa, som byrjar med https://.',
    notHttps: 'Adressa må byrje med https:// (http er berre tillate for localhost).',
    otherHost: 'Modellsida må liggje i same SharePoint-leigetakar som denne sida.',
    notSiteCollection: 'Oppgje adressa til ei områdesamling: …/sites/<namn> eller …/teams/<namn>, utan noko etter namnet.'
  },
  setupOnlyOwners: (siteUrl) => `Om modellsida (${siteUrl}) ikkje har Trygge Barn-listene enno, kan berre ein eigar av den sida setje ho opp.`,
  modelSiteIs: (siteUrl) => `Modellside: ${siteUrl}`,
  propertyPane: {
    description: 'Trygge Barn viser modellen frå modellsida.',
    group: 'Modell',
    modelSiteLabel: 'Modellside (adresse)',
    modelSiteDescription: `Tom: leigetakareigenskapen «${KEY}» avgjer.`
  }
};

export const hostingEn: HostingStrings = {
  notConfiguredTitle: 'No model site is chosen',
  notConfiguredBody: 'Trygge Barn shows one shared model from one SharePoint site (the model site). An administrator must set it in one of these ways:',
  notConfiguredWebPart: "in the web part's settings: “Model site (address)”, e.g. https://municipality.sharepoint.com/sites/tryggebarn – for this page;",
  notConfiguredTenant: (key) => `or as the tenant property “${key}” with the model site's address as its value – for every page and Teams (Set-SPOStorageEntity, or m365 spo storageentity set).`,
  tenantUnreadable: `The tenant property “${KEY}” could not be read just now.`,
  invalidTitle: 'The model site cannot be used',
  invalidBody: (source, value) => `${source === 'webPart' ? "The web part's “Model site” setting" : `The tenant property “${KEY}”`} is “${value}”, which cannot be used:`,
  problems: {
    notAbsolute: 'Give the full address, starting with https://.',
    notHttps: 'The address must start with https:// (http is allowed for localhost only).',
    otherHost: 'The model site must be in the same SharePoint tenant as this page.',
    notSiteCollection: 'Give the address of a site collection: …/sites/<name> or …/teams/<name>, with nothing after the name.'
  },
  setupOnlyOwners: (siteUrl) => `If the model site (${siteUrl}) has no Trygge Barn lists yet, only an owner of that site can set it up.`,
  modelSiteIs: (siteUrl) => `Model site: ${siteUrl}`,
  propertyPane: {
    description: 'Trygge Barn shows the model from the model site.',
    group: 'Model',
    modelSiteLabel: 'Model site (address)',
    modelSiteDescription: `Empty: the tenant property “${KEY}” decides.`
  }
};
