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

  function createContext(token, claims) {
    var origin = window.location.origin;
    var user = { displayName: claims.name, email: claims.upn };
    var graphClient = MicrosoftGraph.Client.init({
      baseUrl: origin + '/graph/',
      defaultVersion: 'v1.0',
      authProvider: function (done) {
        done(null, token);
      }
    });
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
        web: { absoluteUrl: origin + SITE_PATH, serverRelativeUrl: SITE_PATH, title: 'Trygge Barn' },
        site: { absoluteUrl: origin + SITE_PATH },
        user: { displayName: user.displayName, email: user.email, loginName: 'i:0#.f|membership|' + user.email },
        cultureInfo: { currentUICultureName: CULTURES[choice.lang], currentCultureName: CULTURES[choice.lang] }
      },
      sdks: choice.host === 'teams' ? { microsoftTeams: { teamsJs: teamsJs } } : {},
      aadTokenProviderFactory: {
        getTokenProvider: function () {
          return Promise.resolve({
            getToken: function () {
              return Promise.resolve(token);
            }
          });
        }
      },
      msGraphClientFactory: {
        getClient: function () {
          return Promise.resolve(graphClient);
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

  setStatus('');
  Promise.all([fetchJson('/workbench/token/' + choice.user), fetchJson('/workbench/manifest.json')])
    .then(function (results) {
      var token = results[0].access_token;
      return loadBundle(results[1]).then(function (module) {
        var WebPart = module.default || module;
        var webPart = new WebPart();
        webPart.context = createContext(token, claimsOf(token));
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
