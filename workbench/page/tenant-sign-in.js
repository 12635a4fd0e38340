/*
 * Tenant mode of the workbench page: signs in with @azure/msal-browser and hands the web part the same
 * context shape SharePoint would — SharePoint tokens for the tenant's site, a Graph client with Graph tokens.
 * Only used with ?tenant=1 and the WORKBENCH_TENANT_* settings (README: "Against a real tenant").
 */
/* global define, MicrosoftGraph */
define('tenant-sign-in', ['msal'], function (msal) {
  'use strict';

  function tenantHost(config) {
    var app = new msal.PublicClientApplication({
      auth: { clientId: config.clientId, authority: config.authority, redirectUri: config.redirectUri },
      // Session storage: tokens end with the browser tab, nothing stays on a shared municipal PC.
      cache: { cacheLocation: 'sessionStorage' }
    });
    var allScopes = config.sharePointScopes.concat(config.graphScopes);
    return app
      .initialize()
      .then(function () {
        return app.handleRedirectPromise();
      })
      .then(function (result) {
        var account = (result && result.account) || app.getAllAccounts()[0];
        if (!account) {
          // Leaves the page; it comes back to the redirect URI and handleRedirectPromise finishes sign-in.
          return app.loginRedirect({ scopes: allScopes }).then(function () {
            return undefined;
          });
        }
        app.setActiveAccount(account);
        function acquire(scopes) {
          return app
            .acquireTokenSilent({ scopes: scopes, account: account })
            .then(function (r) {
              return r.accessToken;
            })
            .catch(function (error) {
              if (error instanceof msal.InteractionRequiredAuthError) return app.acquireTokenRedirect({ scopes: scopes });
              throw error;
            });
        }
        var siteOrigin = new URL(config.siteUrl).origin;
        return {
          siteUrl: config.siteUrl,
          // The page "lives" on the configured site, which is also the model site (boot.js sets modelSiteUrl).
          // It is not the page's origin, so the web part signs SharePoint requests with these tokens.
          webUrl: config.siteUrl,
          webTitle: 'Trygge Barn',
          user: { displayName: account.name || account.username, email: account.username },
          getToken: function (resource) {
            return acquire(resource === siteOrigin ? config.sharePointScopes : [resource + '/.default']);
          },
          graphClient: MicrosoftGraph.Client.init({
            authProvider: function (done) {
              acquire(config.graphScopes).then(
                function (token) {
                  done(null, token);
                },
                function (error) {
                  done(error, null);
                }
              );
            }
          })
        };
      });
  }

  return { tenantHost: tenantHost };
});
