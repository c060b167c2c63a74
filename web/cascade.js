/*
 * Cascade website snippet. Add it to every page of the site:
 *   <script src="https://<your-cascade>/api/cascade.js" async></script>
 * and point forms at https://<your-cascade>/api/forms/<formId>.
 *
 * - Keeps a first-party visitor id in the `cascade_aid` cookie (random uuid, 1 year, SameSite=Lax).
 * - Remembers the first-touch and last-touch UTM parameters and external referrer (localStorage),
 *   so later pages and forms keep the campaign the visitor arrived with.
 * - Sends a page view on load and exposes window.cascade.track(type, props) for custom events.
 * - Fills hidden inputs into every form posting to /api/forms/..., so a submission is stitched to
 *   the visitor's anonymous page views.
 * - Sends nothing and sets no cookie under Do-Not-Track or window.cascadeConsent === false.
 *
 * The endpoint base is the script's own origin (or the data-cascade-endpoint attribute).
 */
(function (w, d) {
  'use strict';
  var COOKIE = 'cascade_aid';
  var STORE = 'cascade_touch';
  var UTM = ['source', 'medium', 'campaign', 'term', 'content'];
  var script = d.currentScript;
  var endpoint = ((script && (script.getAttribute('data-cascade-endpoint') || new URL(script.src, location.href).origin + '/api')) || '/api')
    .replace(/\/$/, '');

  function uuid() {
    if (w.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = crypto.getRandomValues(new Uint8Array(16)), h = '';
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    for (var i = 0; i < 16; i++) h += (i == 4 || i == 6 || i == 8 || i == 10 ? '-' : '') + (b[i] + 256).toString(16).slice(1);
    return h;
  }

  // Consent is read on every call, so a consent banner can switch tracking off after load.
  function allowed() {
    var dnt = navigator.doNotTrack || w.doNotTrack || navigator.msDoNotTrack;
    return w.cascadeConsent !== false && dnt != '1' && dnt != 'yes';
  }

  function cookie() {
    var m = d.cookie.match(/(?:^|;\s*)cascade_aid=([^;]+)/);
    return m && m[1];
  }

  function visitor() {
    var id = cookie() || uuid();
    // Re-set on every page so the year counts from the last visit.
    d.cookie = COOKIE + '=' + id + ';path=/;max-age=31536000;SameSite=Lax' + (location.protocol == 'https:' ? ';Secure' : '');
    return id;
  }

  function load() {
    try { return JSON.parse(localStorage.getItem(STORE)) || {}; } catch (e) { return {}; }
  }

  // The touch this page brings: its UTM parameters, and the referrer when it is another site
  // (a link inside the site is navigation, not a source).
  function touch() {
    var q = new URLSearchParams(location.search), t = {}, any = 0, ref = d.referrer;
    UTM.forEach(function (k) { var v = q.get('utm_' + k); if (v) { t[k] = v; any = 1; } });
    if (ref && new URL(ref).host != location.host) { t.referrer = ref; any = 1; }
    return any ? t : null;
  }

  var state = {};
  function remember() {
    var s = load(), t = touch();
    if (t) {
      s.first = s.first || t;
      s.last = t;
      try { localStorage.setItem(STORE, JSON.stringify(s)); } catch (e) { /* private mode: this page only */ }
    }
    return s;
  }

  function utm(t) {
    var u = {};
    UTM.forEach(function (k) { if (t && t[k]) u[k] = t[k]; });
    return u;
  }

  function send(type, props) {
    if (!allowed()) return false;
    var last = state.last || {};
    var body = JSON.stringify({
      eventId: uuid(), type: type, anonymousId: visitor(), pageUrl: location.href,
      referrer: last.referrer, utm: utm(last), props: props
    });
    var url = endpoint + '/collect';
    // text/plain keeps sendBeacon and fetch "simple" requests: no preflight on unload.
    if (navigator.sendBeacon && navigator.sendBeacon(url, new Blob([body], { type: 'text/plain' }))) return true;
    if (w.fetch) fetch(url, { method: 'POST', body: body, keepalive: true, mode: 'cors', credentials: 'omit', headers: { 'Content-Type': 'text/plain' } })['catch'](function () {});
    return true;
  }

  function field(form, name, value) {
    var input = form.querySelector('input[name="' + name + '"]');
    if (!input) {
      input = d.createElement('input');
      input.type = 'hidden';
      input.name = name;
      form.appendChild(input);
    }
    input.value = value || '';
  }

  function enrich(submissionId) {
    var last = state.last || {}, forms = d.querySelectorAll('form'), aid = cookie();
    for (var i = 0; i < forms.length; i++) {
      var f = forms[i];
      if (!/\/api\/forms\//.test(f.getAttribute('action') || '')) continue;
      field(f, 'anonymousId', aid);
      field(f, 'submissionId', submissionId);
      field(f, 'pageUrl', location.href);
      field(f, 'referrer', last.referrer);
      UTM.forEach(function (k) { field(f, 'utm_' + k, last[k]); });
    }
  }

  w.cascade = {
    track: function (type, props) { return send(String(type), props); },
    anonymousId: function () { return allowed() ? cookie() : null; }
  };

  if (!allowed()) return;
  state = remember();
  visitor();
  var submissionId = uuid();
  var ready = function () { enrich(submissionId); };
  if (d.readyState == 'loading') d.addEventListener('DOMContentLoaded', ready); else ready();
  // Forms added later (or consent given late): fill them just before they are sent.
  d.addEventListener('submit', function (e) { if (allowed()) { visitor(); enrich(submissionId); } }, true);
  send('page_view');
})(window, document);
