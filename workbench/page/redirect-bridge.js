/*
 * MSAL Browser v5's redirect bridge (tenant mode only): hands the sign-in response to the page that asked for it
 * (hidden iframe or popup), or after a full-page sign-in navigates back to the page, which then finishes it with
 * handleRedirectPromise(). See "Set up the redirect bridge page in MSAL Browser".
 */
/* global msalRedirectBridge */
(function () {
  'use strict';
  msalRedirectBridge.broadcastResponseToMainFrame().catch(function (error) {
    document.getElementById('wb-status').textContent = 'Innloggingen kunne ikke fullføres: ' + error.message;
  });
})();
