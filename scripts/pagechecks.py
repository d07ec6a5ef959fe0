"""The pages scripts/check-browser.py visits, and the small scripts it runs inside them.

`pick_pages` chooses one page of every kind from a built site by looking at its files, so the check
follows the site rather than a list of ids that a content change would outdate.
"""
import base64
import html
import os
import re
from types import SimpleNamespace

DATASETS = ["licensing", "penalties", "redlist", "blacklist"]
NOINDEX = b'<meta name="robots" content="noindex">'


def pick_pages(site):
    """One (name, path) per page kind; a kind the site lacks is an error, so the check cannot shrink silently."""
    def exists(path):
        return os.path.isfile(os.path.join(site, path))

    def read(path):
        with open(os.path.join(site, path), "rb") as f:
            return f.read()

    def folders(parent):
        full = os.path.join(site, parent)
        return sorted(d for d in os.listdir(full) if os.path.isfile(os.path.join(full, d, "index.html"))) if os.path.isdir(full) else []

    def need(name, path):
        if path is None or not exists(path):
            raise SystemExit(f"check-browser: {site} has no {name} ({path}); the check needs every page kind")
        return (name, path)

    records = {d: [f"{d}/{r}/index.html" for r in folders(d) if r not in ("page", "pages", "list")] for d in DATASETS}
    pages = [need("home", "index.html")]
    pages += [need(f"{d} list", f"{d}/index.html") for d in DATASETS]
    second = next((f"{d}/page/2/index.html" for d in DATASETS if exists(f"{d}/page/2/index.html")), None)
    pages.append(need("a list page 2", second))
    named = folders("redlist/list") or folders("blacklist/list")
    pages.append(need("a named list", f"{'redlist' if folders('redlist/list') else 'blacklist'}/list/{named[0]}/index.html" if named else None))
    pages.append(need("a page directory", "penalties/pages/index.html"))
    for d in DATASETS:
        organisation = next((r for r in records[d] if b'class="subject-link"' in read(r)), None)
        pages.append(need(f"a {d} record", organisation))
    person = next((r for d in DATASETS for r in records[d] if NOINDEX in read(r)), None)
    person = need("a person's record", person)
    pages.append(person)
    subjects = folders("subjects")
    subject = need("a subject", f"subjects/{subjects[0]}/index.html" if subjects else None)
    pages.append(subject)
    pages.append(need("notices", "notices/index.html"))
    categories = folders("notices/category")
    pages.append(need("a notice category", f"notices/category/{categories[0]}/index.html" if categories else None))
    notices = [f"notices/{n}/index.html" for n in folders("notices") if n not in ("page", "category")]
    # The longest notice: the one with the most Markdown (tables, lists) to check.
    pages.append(need("a notice", max(notices, key=lambda p: len(read(p))) if notices else None))
    name = re.search(rb"<h1>([^<]+)</h1>", read(subject[1]))
    search = ("search with results", "search:" + html.unescape(name.group(1).decode()) if name else "")
    pages.append(search)
    objection = need("objection", "objection/index.html")
    pages.append(objection)
    pages.append(("404", "no/such/page/"))
    statistics = need("statistics", "statistics/index.html")
    pages.append(statistics)
    pages.append(need("accessibility", "accessibility/index.html"))
    penalty = next(p for p in pages if p[0] == "a penalties record")
    return SimpleNamespace(
        all=pages, search=search, person=person, objection=objection,
        elder=[pages[0], person, objection, statistics, search, penalty, next(p for p in pages if p[0] == "a list page 2")],
        keyboard=[pages[0], person, statistics, search],
        printed=[penalty, person, next(p for p in pages if p[0] == "a licensing record")],
    )


def pdf_pages(data):
    """Pages of a PDF that Chromium printed (base64), counted from its page objects."""
    raw = base64.b64decode(data)
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", raw))


# A readable name for an element in a problem line.
DESCRIBE = """
function describe(e) {
  var name = e.tagName.toLowerCase();
  if (e.id) name += '#' + e.id;
  var cls = e.getAttribute('class');
  if (cls) name += '.' + cls.trim().split(/\\s+/).join('.');
  var text = (e.textContent || e.value || '').replace(/\\s+/g, ' ').trim().slice(0, 30);
  return text ? name + ' "' + text + '"' : name;
}
function rendered(e) {
  if (!e.getClientRects().length) return false;
  var s = getComputedStyle(e);
  return s.visibility !== 'hidden' && !e.closest('.visually-hidden');
}
"""

WIDEST = DESCRIBE + """
var w = document.documentElement.clientWidth, out = [];
document.querySelectorAll('body *').forEach(function (e) {
  var r = e.getBoundingClientRect();
  if (r.width > 0 && r.right > w + 0.5) out.push(describe(e) + ' reaches ' + Math.round(r.right) + ' px');
});
return out.slice(-3).join('; ');
"""

# Whether the 长辈版 is in effect: its body text size, and the media of its stylesheet link.
ELDER_STATE = """
var link = document.getElementById('elder-style');
var size = parseFloat(getComputedStyle(document.body).fontSize);
return {on: size >= 18, fontSize: size, media: link ? link.media : null};
"""

# Rendered elements with text of their own smaller than arguments[0] px.
SMALL_TEXT = DESCRIBE + """
var min = arguments[0], out = [];
document.querySelectorAll('body *').forEach(function (e) {
  var own = Array.prototype.some.call(e.childNodes, function (n) { return n.nodeType === 3 && n.textContent.trim() !== ''; });
  if (!own || !rendered(e)) return;
  var size = parseFloat(getComputedStyle(e).fontSize);
  if (size < min - 0.01) out.push(describe(e) + ' ' + size + ' px');
});
return out;
"""

# Controls and standalone links on screen smaller than arguments[0] px either way. A link inside a
# sentence of running text is exempt, as WCAG 2.5.5 exempts inline targets.
SMALL_TARGETS = DESCRIBE + """
var min = arguments[0], out = [], width = document.documentElement.clientWidth;
var targets = 'a[href], button, input:not([type=hidden]), select, textarea, summary';
document.querySelectorAll(targets).forEach(function (e) {
  if (!rendered(e)) return;
  var r = e.getBoundingClientRect();
  if (r.right <= 0 || r.left >= width) return;          // off screen until focused (the skip link)
  var sentence = e.closest('p, dd, .notice-body, .guide li');
  if (e.tagName === 'A' && sentence && sentence.textContent.trim().length > e.textContent.trim().length) return;
  if (r.width < min - 0.5 || r.height < min - 0.5) out.push(describe(e) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));
});
return out;
"""

# Marks every element the keyboard should reach with data-kb-mark; returns how many.
MARK_FOCUSABLE = DESCRIBE + """
var n = 0;
var sel = 'a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select:not([disabled]), '
  + 'textarea:not([disabled]), summary, [tabindex]';
document.querySelectorAll(sel).forEach(function (e) {
  if (e.tabIndex < 0 || !e.getClientRects().length || getComputedStyle(e).visibility === 'hidden') return;
  e.setAttribute('data-kb-mark', String(n++));
});
return n;
"""

# The focused element: its mark, whether its focus shows (an outline of 2 px or more, or a shadow) and
# whether it is inside the viewport.
FOCUSED = DESCRIBE + """
var e = document.activeElement;
if (!e || e === document.body || e === document.documentElement) return null;
var s = getComputedStyle(e), r = e.getBoundingClientRect();
var outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
var shadow = s.boxShadow && s.boxShadow !== 'none';
return {mark: e.getAttribute('data-kb-mark') || describe(e), classes: e.getAttribute('class') || '', describe: describe(e),
        indicator: outline || !!shadow,
        inViewport: r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight};
"""

UNREACHED = DESCRIBE + """
var reached = arguments[0], out = [];
document.querySelectorAll('[data-kb-mark]').forEach(function (e) {
  if (reached.indexOf(e.getAttribute('data-kb-mark')) < 0) out.push(describe(e));
});
return out;
"""

# In print media: which page chrome is still rendered, whether the page's URL and display period show.
PRINT_VIEW = DESCRIBE + """
var chrome = ['.site-nav', '.search', '.elder-switch', '.breadcrumb', '.skip', '.pager', '.footer-links'];
var shown = [];
chrome.forEach(function (sel) {
  document.querySelectorAll(sel).forEach(function (e) { if (e.getClientRects().length) shown.push(describe(e)); });
});
var canonical = document.querySelector('link[rel=canonical]');
var url = !!canonical && Array.prototype.some.call(document.querySelectorAll('.print-only'), function (e) {
  return e.getClientRects().length > 0 && e.textContent.indexOf(canonical.getAttribute('href')) >= 0;
});
var window_ = document.querySelector('.window');
var dates = !!window_ && window_.getClientRects().length > 0 && /\\d{4}-\\d{2}-\\d{2}/.test(window_.textContent);
return {shown: shown, url: url, dates: dates};
"""
