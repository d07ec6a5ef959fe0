#!/usr/bin/env python3
"""What a person sees, checked in one headless Chromium session (Debian's chromium and chromium-driver,
driven by selenium) against a built site served over HTTP on 127.0.0.1.

Usage: scripts/check-browser.py OUTPUT_DIR

1. axe-core 4 (the copy inside the PyPI package axe-playwright-python; only its axe.min.js is used, the
   browser is driven by selenium), WCAG 2.1 A and AA rules (tags
   wcag2a, wcag2aa, wcag21a, wcag21aa), on every page kind: home, each dataset's list, a list page 2,
   a named list, a page directory, a record of each dataset, a person's record, a subject, the notices,
   a notice category, a notice, search with results (typed into the home page's box, waited for in the
   DOM), objection, 404 (served for a missing URL, as a web server does), statistics (again with every
   data table opened), accessibility; at 1280 px and 360 px wide. No page may scroll sideways.
2. 长辈版: switched on with the header's button, remembered on the next page; then axe again on a few
   pages, text at least 18 px, every control and standalone link at least 44 x 44 px, no sideways
   scrolling at 360 px (a person's record and the objection page among them); switched off again.
   With JavaScript off the switch is a link to the accessibility page, and a system that asks for more
   contrast gets the 长辈版 without any script.
3. Keyboard: the first Tab reaches the skip link, visibly; Tab reaches every control and link of the
   page, each with a visible focus indicator.
4. Print: a record page in print media shows no navigation or search, shows its URL and dates, and
   fits one A4 sheet.
5. The Nu HTML Checker on the DOM of the search results and of a page after its scripts ran.

Every problem is printed on one line; exit status 1 if there is any, 0 otherwise.
"""
import importlib.util
import os
import sys
import tempfile

from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

import nuchecker
import pagechecks
from sitebrowser import CANARY_PATH, DEADLINE, browser, serve


def axe_source():
    """axe.min.js of the installed axe-playwright-python, found without importing it (that would load playwright)."""
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("check-browser: pip install axe-playwright-python (it carries axe-core's axe.min.js)")
    with open(os.path.join(spec.submodule_search_locations[0], "axe.min.js"), encoding="utf-8") as f:
        return f.read()


TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WIDTHS = [1280, 360]
CANARY_RULES = {"image-alt", "html-has-lang", "color-contrast"}


class Check:
    """One browser session over one site; collects problems instead of stopping at the first."""

    def __init__(self, driver, base, site):
        self.driver, self.base, self.site = driver, base, site
        self.problems = []
        self.notes = []
        self.axe_runs = 0
        self.axe_source = axe_source()

    def problem(self, where, text):
        self.problems.append(f"{where}: {text}")

    def viewport(self, width):
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                    {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})

    def load(self, path):
        self.driver.get(self.base + path)
        WebDriverWait(self.driver, DEADLINE).until(lambda d: d.execute_script("return document.readyState") == "complete")

    def script(self, source, *args):
        return self.driver.execute_script(source, *args)

    def axe(self, where):
        for v in self.axe_violations():
            targets = ", ".join(" ".join(n.get("target", [])) for n in v.get("nodes", [])[:5])
            self.problem(where, f"axe {v['id']}: {v.get('help', '')} [{targets}]")

    def axe_violations(self):
        if not self.script("return typeof window.axe === 'object';"):
            self.script(self.axe_source)
        result = self.driver.execute_async_script(
            "var done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
            ".then(function (r) { done(r.violations); }, function (e) { done([{id: 'axe-error', help: String(e), nodes: []}]); });",
            TAGS)
        self.axe_runs += 1
        return result

    def canary(self):
        """axe-core must find the canary page's three violations, or nothing it passes means anything."""
        self.load(CANARY_PATH)
        found = {v["id"] for v in self.axe_violations()}
        if not CANARY_RULES <= found:
            self.problem("axe-core self-test", f"found {sorted(found)} on the canary page, expected {sorted(CANARY_RULES)}")

    def page(self, where, more=None):
        """axe-core and sideways scrolling (or `more`), then again with every <details> (查看数据表) open."""
        for suffix in ["", ", data tables open"]:
            if suffix:
                if not self.script("return document.querySelectorAll('details:not([open])').length > 0;"):
                    return
                self.script("document.querySelectorAll('details').forEach(function (d) { d.open = true; });")
            self.axe(where + suffix)
            (more or self.no_sideways_scroll)(where + suffix)

    def no_sideways_scroll(self, where):
        widths = self.script("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];")
        if widths[0] > widths[1]:
            wide = self.script(pagechecks.WIDEST)
            self.problem(where, f"scrolls sideways: scrollWidth {widths[0]} > clientWidth {widths[1]} ({wide})")

    def search(self, query):
        """Types `query` into the home page's search box, submits, and waits until the results are in the DOM."""
        self.load("index.html")
        box = self.driver.find_element(By.ID, "home-q")
        box.clear()
        box.send_keys(query)
        box.send_keys(Keys.ENTER)
        try:
            WebDriverWait(self.driver, DEADLINE).until(lambda d: d.execute_script(
                "var s = document.getElementById('search-status');"
                "return s && s.getAttribute('data-state') === 'done' && document.querySelectorAll('.search-result').length > 0;"))
        except TimeoutException:
            status = self.script("var s = document.getElementById('search-status'); return s ? s.textContent : 'no status';")
            self.problem(f"search {query}", f"no results appeared: {status}")

    def visit(self, page):
        name, path = page
        if path.startswith("search:"):
            self.search(path[len("search:"):])
        else:
            self.load(path)
        return name

    # ---- 长辈版 ----

    def elder_state(self):
        return self.script(pagechecks.ELDER_STATE)

    def switch_elder(self, where, on):
        """Clicks the header's switch and checks that the mode and the button's label follow."""
        button = self.driver.find_element(By.ID, "elder-switch")
        if button.tag_name != "button":
            self.problem(where, f"the 长辈版 switch is a <{button.tag_name}>, not a button, with JavaScript on")
            return
        button.click()
        # The stylesheet may still be on its way: wait for its effect, with the usual hang guard.
        try:
            WebDriverWait(self.driver, DEADLINE).until(lambda d: self.elder_state()["on"] == on)
        except TimeoutException:
            self.problem(where, f"the 长辈版 switch did not turn the mode {'on' if on else 'off'}: {self.elder_state()}")
        label = "退出长辈版" if on else "长辈版"
        if button.text.strip() != label:
            self.problem(where, f"the switch says {button.text.strip()!r}, expected {label!r}")

    def elder_page(self, where):
        """Text size, target size and sideways scrolling of a page in 长辈版."""
        state = self.elder_state()
        if not state["on"]:
            self.problem(where, f"not in 长辈版: {state}")
            return
        for text in self.script(pagechecks.SMALL_TEXT, 18)[:5]:
            self.problem(where, f"text smaller than 18 px in 长辈版: {text}")
        for target in self.script(pagechecks.SMALL_TARGETS, 44)[:5]:
            self.problem(where, f"target smaller than 44 x 44 px in 长辈版: {target}")
        self.no_sideways_scroll(where)

    # ---- keyboard ----

    def keyboard(self, where):
        """Tabs through the page from the top: skip link first and visible, then every control, each visibly focused."""
        self.script("window.scrollTo(0, 0); if (document.activeElement) document.activeElement.blur();")
        expected = self.script(pagechecks.MARK_FOCUSABLE)
        actions = ActionChains(self.driver)
        actions.send_keys(Keys.TAB).perform()
        first = self.script(pagechecks.FOCUSED)
        if not first or "skip" not in first["classes"].split():
            self.problem(where, f"the first Tab does not reach the skip link: {first}")
        elif not first["inViewport"]:
            self.problem(where, "the skip link is not visible when focused")
        reached, seen = set(), 0
        focused = first
        while focused and focused["mark"] not in reached and seen <= expected + 5:
            reached.add(focused["mark"])
            if not focused["indicator"]:
                self.problem(where, f"no visible focus indicator on {focused['describe']}")
            actions.send_keys(Keys.TAB).perform()
            focused = self.script(pagechecks.FOCUSED)
            seen += 1
        missed = self.script(pagechecks.UNREACHED, sorted(reached))
        for m in missed[:5]:
            self.problem(where, f"not reachable with Tab: {m}")
        # The skip link moves the keyboard into the main content.
        self.script("window.scrollTo(0, 0); if (document.activeElement) document.activeElement.blur();")
        actions.send_keys(Keys.TAB).send_keys(Keys.ENTER).send_keys(Keys.TAB).perform()
        if not self.script("return !!document.activeElement.closest('main');"):
            self.problem(where, "Tab after the skip link does not land in <main>")
        return len(reached)

    # ---- print ----

    def printed(self, where):
        """In print media: no navigation or search, the page's URL and dates shown, one A4 sheet."""
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        try:
            found = self.script(pagechecks.PRINT_VIEW)
            for hidden in found["shown"]:
                self.problem(where, f"printed although it is page chrome: {hidden}")
            if not found["url"]:
                self.problem(where, "the printed page does not show its URL")
            if not found["dates"]:
                self.problem(where, "the printed page does not show its display period")
        finally:
            self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        pdf = self.driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True})
        pages = pagechecks.pdf_pages(pdf["data"])
        if pages != 1:
            self.problem(where, f"prints on {pages} A4 pages, expected 1")
        return pages

    def save_dom(self, folder, name):
        path = os.path.join(folder, name + ".html")
        with open(path, "w", encoding="utf-8") as f:
            f.write("<!DOCTYPE html>\n" + self.script("return document.documentElement.outerHTML;") + "\n")
        return path


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    site = os.path.abspath(sys.argv[1])
    pages = pagechecks.pick_pages(site)
    server = serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    with tempfile.TemporaryDirectory(prefix="creditcity-browser-") as tmp:
        driver = browser(os.path.join(tmp, "profile"))
        check = Check(driver, base, site)
        try:
            run(check, pages, tmp)
        finally:
            driver.quit()
            server.shutdown()
        for p in check.problems:
            print(p, file=sys.stderr)
        print("check-browser: " + "; ".join(check.notes))
        print(f"check-browser: {len(pages.all)} page kinds at {' and '.join(map(str, WIDTHS))} px, {check.axe_runs} axe-core runs, "
              f"{len(check.problems)} problems")
        return 1 if check.problems else 0


def run(check, pages, tmp):
    doms = {}
    check.canary()
    # 1. Every page kind at both widths, standard mode.
    for width in WIDTHS:
        check.viewport(width)
        for page in pages.all:
            where = f"{check.visit(page)} @{width}"
            check.page(where)
            if page == pages.search and width == WIDTHS[0]:
                doms[check.save_dom(tmp, "search-results")] = "search results (DOM)"

    # 2. 长辈版: on with the switch, remembered on the next page, checked, then off again.
    check.viewport(360)
    check.load("index.html")
    check.switch_elder("home @360", on=True)
    doms[check.save_dom(tmp, "home-elder")] = "home in 长辈版 (DOM)"
    for width in [360, 1280]:
        check.viewport(width)
        for page in pages.elder:
            where = f"{check.visit(page)} 长辈版 @{width}"
            check.page(where, check.elder_page)
    check.viewport(360)
    check.load(pages.objection[1])
    check.switch_elder("objection 长辈版 @360", on=False)
    check.load(pages.person[1])
    if check.elder_state()["on"]:
        check.problem("person's record @360", "still in 长辈版 after it was switched off")

    # Without JavaScript: the switch is a link to the accessibility page; more contrast gives 长辈版.
    check.driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        check.load(pages.person[1])
        link = check.script("var a = document.getElementById('elder-switch'); return a && a.tagName === 'A' ? a.href : null;")
        if not link or not link.endswith("/accessibility/index.html"):
            check.problem("person's record, JavaScript off", f"the 长辈版 switch is not a link to the accessibility page: {link}")
        if check.elder_state()["on"]:
            check.problem("person's record, JavaScript off", "in 长辈版 although nothing asked for it")
        check.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-contrast", "value": "more"}]})
        for page in [pages.person, pages.objection]:
            check.load(page[1])
            check.elder_page(f"{page[0]}, JavaScript off, more contrast @360")
    finally:
        check.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
        check.driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})

    # 3. Keyboard, at desktop width.
    check.viewport(1280)
    for page in pages.keyboard:
        reached = check.keyboard(f"{check.visit(page)} keyboard")
        check.notes.append(f"{page[0]}: {reached} stops by Tab")

    # 4. Print.
    for page in pages.printed:
        sheets = check.printed(f"{check.visit(page)} print")
        check.notes.append(f"{page[0]}: {sheets} A4 page{'s' if sheets != 1 else ''} printed")

    # 5. The DOM as scripts left it, through the Nu HTML Checker.
    errors, _ = nuchecker.check(list(doms), {os.path.realpath(p): n for p, n in doms.items()})
    for e in errors:
        check.problems.append(e)


if __name__ == "__main__":
    sys.exit(main())
