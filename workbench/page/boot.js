/*
 * Boots the shipped web part on the workbench page. The bar's choices live in the query string
 * (?user=staff&lang=nb&host=teams-channel&theme=dark), so every view is a link a test or a demo can open.
 *
 * The page is a SharePoint page session, as SharePoint and Teams give a web part: the user signs in with a
 * cookie (POST /workbench/signin/<user>), pageContext names the host's web and carries that web's form digest
 * (legacyPageContext.formDigestValue), and Graph gets the shared SPFx principal's token (Graph scopes only).
 * Hosts: a SharePoint page on the model site; a Teams personal app, which Teams runs on the tenant root
 * (https://{teamSiteDomain}/_layouts/15/teamshostedapp.aspx); a Teams channel tab, which runs on its team's site.
 * ("Deployment options for SharePoint Framework solutions for Microsoft Teams",
 * learn.microsoft.com/sharepoint/dev/spfx/deployment-spfx-teams-solutions.)
 */
/* global requirejs, MicrosoftGraph */
(function () {
  'use strict';
  var MODEL_SITE_PATH = '/sites/tryggebarn';
  /** The web each host's page lives on. */
  var HOST_WEBS = { sharepoint: MODEL_SITE_PATH, 'teams-personal': '', 'teams-channel': '/sites/barnehage-team' };
  var APP_ID = 'ed068436-df19-4b47-a0ee-3adc55720c72';
  /** Demo ids of the channel the tab is pinned to (fictional). */
  var TEAM = { groupId: '6f1f6e5c-2d7a-4c1e-9a55-0b7f3f1d2a10', internalId: '19:team-barnehage@thread.tacv2', displayName: 'Barnehage' };
  var CHANNEL = { id: '19:kanal-trygge-barn@thread.tacv2', displayName: 'Trygge Barn' };
  var CULTURES = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-US' };
  var TEAMS_THEMES = { light: 'default', dark: 'dark', contrast: 'contrast' };

  var params = new URLSearchParams(window.location.search);
  // "teams" (old links) is the channel tab.
  var requestedHost = params.get('host') === 'teams' ? 'teams-channel' : params.get('host');
  var choice = {
    user: pick(params.get('user'), ['staff', 'staff2', 'member', 'lead', 'admin', 'owner'], 'staff'),
    lang: pick(params.get('lang'), ['nb', 'nn', 'en'], 'nb'),
    host: pick(requestedHost, ['sharepoint', 'teams-personal', 'teams-channel'], 'sharepoint'),
    theme: pick(params.get('theme'), ['light', 'dark', 'contrast'], 'light')
  };

  function pick(value, allowed, fallback) {
    return allowed.indexOf(value) >= 0 ? value : fallback;
  }

  function setStatus(text) {
    document.getElementById('wb-status').textContent = text;
  }

  // The bar: each change reloads the page with the new choice, as switching user or host would.
  var form = document.getElementById('wb-controls');
  Object.keys(choice).forEach(function (name) {
    form.elements[name].value = choice[name];
  });
  form.addEventListener('change', function () {
    var next = new URLSearchParams(window.location.search);
    Object.keys(choice).forEach(function (name) {
      next.set(name, form.elements[name].value);
    });
    window.location.search = next.toString();
  });
  var inTeams = choice.host !== 'sharepoint';
  var canvas = document.getElementById('wb-canvas');
  canvas.setAttribute('data-host', inTeams ? 'teams' : 'sharepoint');
  canvas.setAttribute('data-host-kind', choice.host);
  canvas.setAttribute('data-theme', choice.theme);
  // A SharePoint page has no high-contrast theme of its own: Windows contrast themes reach it as forced colours
  // (`forced-colors: active`). For a SharePoint host the bar's "contrast" stands in for that OS setting; browser
  // tests can use the real thing (Playwright's forcedColors: 'active').
  if (!inTeams && choice.theme === 'contrast') {
    var realMatchMedia = window.matchMedia.bind(window);
    window.matchMedia = function (query) {
      return /\(\s*forced-colors\s*:\s*active\s*\)/.test(query) ? realMatchMedia('all') : realMatchMedia(query);
    };
  }
  document.documentElement.lang = choice.lang;

  function fetchJson(url, token) {
    var init = token ? { headers: { Authorization: 'Bearer ' + token } } : {};
    return fetch(url, init).then(function (response) {
      if (!response.ok) throw new Error(url + ' answered ' + response.status);
      return response.json();
    });
  }

  // Teams' theme handlers, so the bar's theme switch can be replayed as a live Teams theme change.
  var themeHandlers = [];
  // What the web part asked the host to do (teams-js navigation), for tests to assert.
  var calls = { navigateToApp: [], navigateTo: [], openLink: [] };
  var webPartRef = { current: undefined };
  window.tryggeBarnWorkbench = {
    setTeamsTheme: function (theme) {
      themeHandlers.forEach(function (handler) {
        handler(TEAMS_THEMES[theme] || 'default');
      });
    },
    calls: calls,
    /** The web part's property pane configuration, as SharePoint's pane would read it. */
    propertyPane: function () {
      return webPartRef.current && webPartRef.current.getPropertyPaneConfiguration();
    },
    /** Runs a property pane field's onGetErrorMessage, as the pane does while the user types. */
    validateProperty: function (name, value) {
      var config = window.tryggeBarnWorkbench.propertyPane();
      var fields = [];
      (config ? config.pages : []).forEach(function (page) {
        page.groups.forEach(function (group) {
          fields = fields.concat(group.groupFields);
        });
      });
      var field = fields.filter(function (f) {
        return f.targetProperty === name;
      })[0];
      if (!field) return Promise.reject(new Error('No property pane field for ' + name));
      return Promise.resolve(field.properties.onGetErrorMessage ? field.properties.onGetErrorMessage(value) : '');
    }
  };

  // The user as the token names them: SharePoint's page context knows the user without a request either.
  function claimsOf(token) {
    var payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    var json = decodeURIComponent(
      Array.prototype.map
        .call(atob(payload), function (c) {
          return '%' + ('00' + c.charCodeAt(0).toString(16)).slice(-2);
        })
        .join('')
    );
    return JSON.parse(json);
  }

  // The Graph client as SPFx's MSGraphClientV3 would be: the SDK's own RetryHandler (429/503/504, Retry-After)
  // and HTTP handler. The SDK's AuthenticationHandler only sends tokens to https Graph hosts (and strips
  // Authorization for any other), so on this plain-http page a one-line middleware attaches the demo token instead.
  function createGraphClient(baseUrl, token) {
    var bearer = {
      execute: function (context) {
        context.options.headers = Object.assign({}, context.options.headers, { Authorization: 'Bearer ' + token });
        return this.next.execute(context);
      },
      setNext: function (next) {
        this.next = next;
      }
    };
    var retry = new MicrosoftGraph.RetryHandler(new MicrosoftGraph.RetryHandlerOptions());
    bearer.setNext(retry);
    retry.setNext(new MicrosoftGraph.HTTPMessageHandler());
    return MicrosoftGraph.Client.initWithMiddleware({ baseUrl: baseUrl, defaultVersion: 'v1.0', middleware: bearer });
  }

  /**
   * The SPFx web part context. `host` says where the page lives and how it talks to SharePoint: the local
   * stand-in (a cookie session on the host's web, with its form digest) or a real tenant (tokens from MSAL);
   * the web part and its data layer cannot tell the difference.
   */
  function createContext(host) {
    var user = host.user;
    var subPageId = params.get('subPageId') || undefined;
    var teamsJs = {
      app: {
        getContext: function () {
          var context = {
            app: { locale: CULTURES[choice.lang], theme: TEAMS_THEMES[choice.theme], appId: APP_ID, host: { name: 'Teams', clientType: 'web' } },
            page: { id: 'tryggebarn', subPageId: subPageId, frameContext: 'content' },
            user: { userPrincipalName: user.email },
            sharePointSite: { teamSiteUrl: host.webUrl, teamSiteDomain: new URL(host.webUrl).host, teamSitePath: new URL(host.webUrl).pathname.replace(/\/$/, '') }
          };
          if (choice.host === 'teams-channel') {
            context.channel = { id: CHANNEL.id, displayName: CHANNEL.displayName, membershipType: 'Standard' };
            context.team = TEAM;
          }
          return Promise.resolve(context);
        },
        registerOnThemeChangeHandler: function (handler) {
          themeHandlers.push(handler);
        },
        // app.openLink(deepLink): links out of the tab open through the host.
        openLink: function (url) {
          calls.openLink.push(String(url));
          return Promise.resolve();
        }
      },
      pages: {
        // pages.navigateToApp({ appId, pageId, webUrl, subPageId, channelId }): the web part uses it for its own views.
        navigateToApp: function (target) {
          calls.navigateToApp.push(JSON.parse(JSON.stringify(target)));
          return Promise.resolve();
        },
        currentApp: {
          navigateTo: function (target) {
            calls.navigateTo.push(JSON.parse(JSON.stringify(target)));
            return Promise.resolve();
          }
        }
      }
    };
    return {
      pageContext: {
        web: { absoluteUrl: host.webUrl, serverRelativeUrl: new URL(host.webUrl).pathname.replace(/\/$/, '') || '/', title: host.webTitle },
        site: { absoluteUrl: host.webUrl },
        user: { displayName: user.displayName, email: user.email, loginName: 'i:0#.f|membership|' + user.email },
        cultureInfo: { currentUICultureName: CULTURES[choice.lang], currentCultureName: CULTURES[choice.lang] },
        legacyPageContext: host.formDigest
          ? { formDigestValue: host.formDigest.value, formDigestTimeoutSeconds: host.formDigest.timeoutSeconds, webAbsoluteUrl: host.webUrl }
          : { webAbsoluteUrl: host.webUrl }
      },
      sdks: inTeams ? { microsoftTeams: { teamsJs: teamsJs } } : {},
      aadTokenProviderFactory: {
        getTokenProvider: function () {
          return Promise.resolve({ getToken: host.getToken });
        }
      },
      msGraphClientFactory: {
        getClient: function () {
          return Promise.resolve(host.graphClient);
        }
      },
      isServedFromLocalhost: true
    };
  }

  function loadBundle(manifest) {
    var entry = manifest.loaderConfig.entryModuleId;
    var file = manifest.loaderConfig.scriptResources[entry].path;
    requirejs.config({
      paths: {
        react: '/workbench/vendor/react',
        'react-dom': '/workbench/vendor/react-dom',
        bundle: '/workbench/bundle/' + file.replace(/\.js$/, '')
      }
    });
    var moduleId = manifest.id + '_' + manifest.version;
    return new Promise(function (resolve, reject) {
      // A bundle with async chunks defines its module by name (<id>_<version>); one without (the bench's paint
      // baseline) defines it anonymously, so it is the value of the script itself. SharePoint's loader takes both.
      requirejs(['bundle'], function (anonymous) {
        if (anonymous) resolve(anonymous);
        else requirejs([moduleId], resolve, reject);
      }, reject);
    });
  }

  /**
   * The local stand-in as SharePoint and Teams serve a web part: a cookie session (POST /workbench/signin), the
   * host web's form digest from its _api/contextinfo, and Graph with the token of the shared SPFx principal
   * (Graph scopes only: SharePoint refuses it for writes). No SharePoint token is handed to the web part.
   */
  function localHost() {
    var webUrl = window.location.origin + HOST_WEBS[choice.host];
    return fetch('/workbench/signin/' + choice.user, { method: 'POST', credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) throw new Error('/workbench/signin/' + choice.user + ' answered ' + response.status);
        return Promise.all([fetchJson('/workbench/token/' + choice.user + '?client=spfx'), contextInfo(webUrl)]);
      })
      .then(function (results) {
        var token = results[0].access_token;
        var claims = claimsOf(token);
        return {
          webUrl: webUrl,
          webTitle: choice.host === 'teams-channel' ? 'Barnehage' : choice.host === 'teams-personal' ? 'Kommune' : 'Trygge Barn',
          formDigest: results[1],
          user: { displayName: claims.name, email: claims.upn },
          getToken: function () {
            // SPFx's AadTokenProvider hands out tokens of the shared principal; the web part must not need one
            // for SharePoint on its own origin.
            return Promise.resolve(token);
          },
          graphClient: createGraphClient(window.location.origin + '/graph/', token)
        };
      });
  }

  /** The host web's form digest, as SharePoint renders it into the page (legacyPageContext.formDigestValue). */
  function contextInfo(webUrl) {
    return fetch(webUrl.replace(/\/$/, '') + '/_api/contextinfo', { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) return undefined;
        return response.json().then(function (body) {
          var info = body.d ? body.d.GetContextWebInformation : body;
          return info && info.FormDigestValue ? { value: info.FormDigestValue, timeoutSeconds: info.FormDigestTimeoutSeconds } : undefined;
        });
      })
      .catch(function () {
        return undefined;
      });
  }

  /** A real tenant (?tenant=1): sign in with MSAL; see tenant-sign-in.js and the README. */
  function tenantHost() {
    return fetch('/workbench/tenant-config.json')
      .then(function (response) {
        return response.json().then(function (body) {
          if (!response.ok) throw new Error(body.problems.join(' '));
          return body;
        });
      })
      .then(function (config) {
        requirejs.config({ paths: { msal: '/workbench/vendor/msal-browser', 'tenant-sign-in': '/workbench/page/tenant-sign-in' } });
        return new Promise(function (resolve, reject) {
          requirejs(['tenant-sign-in'], function (signIn) {
            signIn.tenantHost(config).then(resolve, reject);
          }, reject);
        });
      });
  }

  setStatus('');
  var inTenant = params.get('tenant') === '1';
  // ?webpart=<alias>: another web part of the same build (the bench's paint baseline); the product by default.
  var webPartAlias = params.get('webpart');
  var manifestUrl = '/workbench/manifest.json' + (webPartAlias ? '?webpart=' + encodeURIComponent(webPartAlias) : '');
  Promise.all([inTenant ? tenantHost() : localHost(), fetchJson(manifestUrl)])
    .then(function (results) {
      var host = results[0];
      if (!host) return undefined; // MSAL is redirecting to sign-in.
      return loadBundle(results[1]).then(function (module) {
        var WebPart = module.default || module;
        var webPart = new WebPart();
        webPartRef.current = webPart;
        webPart.context = createContext(host);
        // The web part property "modelSiteUrl" (?modelSite=…); in tenant mode the configured site is the model site.
        var modelSite = params.get('modelSite') || (inTenant ? host.webUrl : undefined);
        webPart.properties = { startView: params.get('view') || 'home', modelSiteUrl: modelSite || undefined };
        webPart.domElement = document.getElementById('wb-webpart');
        return Promise.resolve(webPart.onInit()).then(function () {
          webPart.render();
          window.addEventListener('unload', function () {
            webPart.onDispose();
          });
        });
      });
    })
    .catch(function (error) {
      setStatus('The workbench could not start the web part: ' + error.message);
    });
})();
