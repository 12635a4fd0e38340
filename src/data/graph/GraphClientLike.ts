import type { Client } from '@microsoft/microsoft-graph-client';

/**
 * The part of a Microsoft Graph client the product uses. SPFx's MSGraphClientV3 and a
 * `@microsoft/microsoft-graph-client` Client built with a base URL (the workbench, MSAL hosts) both fit.
 */
export type GraphClientLike = Pick<Client, 'api'>;
