/*
 * The workbench's stand-in for "open in Outlook": an event's webLink points here. It shows the event as the
 * organizer's calendar holds it, read through the Graph stand-in, so a demo can check subject, time,
 * privacy and attendees after booking. Everything is written as text.
 */
(function () {
  'use strict';
  var params = new URLSearchParams(window.location.search);
  var user = ['staff', 'lead', 'admin'].indexOf(params.get('user')) >= 0 ? params.get('user') : 'lead';
  var id = decodeURIComponent(window.location.pathname.split('/').pop());

  function add(term, value) {
    if (!value) return;
    var dt = document.createElement('dt');
    dt.textContent = term;
    var dd = document.createElement('dd');
    dd.textContent = value;
    document.getElementById('cal-details').append(dt, dd);
  }

  fetch('/workbench/token/' + user)
    .then(function (r) {
      return r.json();
    })
    .then(function (token) {
      return fetch('/graph/v1.0/me/events/' + encodeURIComponent(id), {
        headers: { Authorization: 'Bearer ' + token.access_token, Prefer: 'outlook.timezone="W. Europe Standard Time"' }
      });
    })
    .then(function (r) {
      if (!r.ok) throw new Error('Graph answered ' + r.status);
      return r.json();
    })
    .then(function (event) {
      document.getElementById('cal-subject').textContent = event.subject;
      add('Start', event.start.dateTime.slice(0, 16).replace('T', ' ') + ' (' + event.start.timeZone + ')');
      add('Slutt', event.end.dateTime.slice(0, 16).replace('T', ' '));
      add('Følsomhet', event.sensitivity);
      add('Teams-møte', event.onlineMeeting && event.onlineMeeting.joinUrl);
      add('Deltakere', (event.attendees || []).map(function (a) {
        return a.emailAddress.name || a.emailAddress.address;
      }).join(', '));
      add('Gjentas', event.recurrence ? event.recurrence.pattern.type : '');
      add('Innhold', event.body && event.body.contentType === 'text' ? event.body.content : '');
    })
    .catch(function (error) {
      document.getElementById('wb-status').textContent = 'Fant ikke hendelsen: ' + error.message;
    });
})();
