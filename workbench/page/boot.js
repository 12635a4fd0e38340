/*
 * Boots the shipped web part on the workbench page. The bar's choices live in the query string
 * (?user=staff&lang=nb&host=teams&theme=dark), so every view is a link a test or a demo can open.
 */
/* global requirejs, MicrosoftGraph */
(function () {
  'use strict';
  var SITE_PATH = '/sites/tryggebarn';
  var CULTURES = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-US' };
  var TEAMS_THEMES = { light: 'default', dark: 'dark', contrast: 'contrast' };

  var params = new URLSearchParams(window.location.search);
  var choice = {
    user: pick(params.get('user'), ['staff', 'lead', 'admin'], 'staff'),
    lang: pick(params.get('lang'), ['nb', 'nn', 'en'], 'nb'),
    host: pick(params.get('host'), ['sharepoint', 'teams'], 'sharepoint'),
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
  var canvas = document.getElementById('wb-canvas');
  canvas.setAttribute('data-host', choice.host);
  canvas.setAttribute('data-theme', choice.theme);
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
  window.tryggeBarnWorkbench = {
    setTeamsTheme: function (theme) {
      themeHandlers.forEach(function (handler) {
        handler(TEAMS_THEMES[theme] || 'default');
      });
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
   * The SPFx web part context. `host` says where the data lives: the local stand-in (a demo token) or a real
   * tenant (tokens from MSAL); the web part and its data layer cannot tell the difference.
   */
  function createContext(host) {
    var user = host.user;
    var teamsJs = {
      app: {
        getContext: function () {
          return Promise.resolve({
            app: { locale: CULTURES[choice.lang], theme: TEAMS_THEMES[choice.theme], appId: 'ed068436-df19-4b47-a0ee-3adc55720c72', host: { name: 'Teams' } },
            page: { id: 'tryggebarn', frameContext: 'content' },
            user: { userPrincipalName: user.email }
          });
        },
        registerOnThemeChangeHandler: function (handler) {
          themeHandlers.push(handler);
        }
      }
    };
    return {
      pageContext: {
        web: { absoluteUrl: host.siteUrl, serverRelativeUrl: new URL(host.siteUrl).pathname, title: 'Trygge Barn' },
        site: { absoluteUrl: host.siteUrl },
        user: { displayName: user.displayName, email: user.email, loginName: 'i:0#.f|membership|' + user.email },
        cultureInfo: { currentUICultureName: CULTURES[choice.lang], currentCultureName: CULTURES[choice.lang] }
      },
      sdks: choice.host === 'teams' ? { microsoftTeams: { teamsJs: teamsJs } } : {},
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
      requirejs(['bundle'], function () {
        requirejs([moduleId], resolve, reject);
      }, reject);
    });
  }

  /** The local stand-in: the demo user's token for both APIs. */
  function localHost() {
    return fetchJson('/workbench/token/' + choice.user).then(function (answer) {
      var token = answer.access_token;
      var claims = claimsOf(token);
      return {
        siteUrl: window.location.origin + SITE_PATH,
        user: { displayName: claims.name, email: claims.upn },
        getToken: function () {
          return Promise.resolve(token);
        },
        graphClient: createGraphClient(window.location.origin + '/graph/', token)
      };
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
  Promise.all([inTenant ? tenantHost() : localHost(), fetchJson('/workbench/manifest.json')])
    .then(function (results) {
      var host = results[0];
      if (!host) return undefined; // MSAL is redirecting to sign-in.
      return loadBundle(results[1]).then(function (module) {
        var WebPart = module.default || module;
        var webPart = new WebPart();
        webPart.context = createContext(host);
        webPart.properties = { startView: params.get('view') || 'home' };
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
