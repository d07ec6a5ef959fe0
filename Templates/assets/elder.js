/* CreditCity 长辈版 (large print, strong contrast) switch; docs/site.md "长辈版".
 *
 * The mode is assets/elder.css, linked on every page as
 *   <link id="elder-style" rel="stylesheet" href="elder.css" media="screen and (prefers-contrast: more)">
 * so it is on without any script for readers whose system asks for more contrast. This script, loaded
 * in <head> before the page is drawn, applies the reader's own choice (kept in localStorage, so it holds
 * on every page of the site) by changing that link's media, and turns the header's 长辈版 link, which
 * leads to the accessibility page without JavaScript, into a button that switches the mode. */
(function () {
  'use strict';
  var KEY = 'creditcity-elder';
  var SYSTEM = 'screen and (prefers-contrast: more)';

  function stored() {
    try { return window.localStorage.getItem(KEY); } catch (e) { return null; }
  }
  function store(value) {
    try { window.localStorage.setItem(KEY, value); } catch (e) { /* private mode: this page only */ }
  }
  function sheet() { return document.getElementById('elder-style'); }
  /** '1' on, '0' off, anything else: as the system's contrast setting says. */
  function apply(choice) {
    var link = sheet();
    if (link) link.media = choice === '1' ? 'screen' : choice === '0' ? 'not all' : SYSTEM;
  }
  function active() {
    var link = sheet();
    return !!link && window.matchMedia(link.media).matches;
  }

  apply(stored());

  function upgrade() {
    var link = document.getElementById('elder-switch');
    if (!link || link.tagName !== 'A') return;
    var button = document.createElement('button');
    button.type = 'button';
    button.id = link.id;
    button.className = link.className;
    function label() { button.textContent = active() ? '退出长辈版' : '长辈版'; }
    label();
    button.addEventListener('click', function () {
      var choice = active() ? '0' : '1';
      store(choice);
      apply(choice);
      label();
    });
    link.parentNode.replaceChild(button, link);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', upgrade);
  else upgrade();
})();
