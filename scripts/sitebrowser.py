"""A built site served on 127.0.0.1 and one headless Chromium session (Debian's chromium and
chromium-driver, through selenium), for scripts/check-browser.py and scripts/screenshots.sh.
"""
import functools
import http.server
import os
import threading

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

# Generous hang guards, never a pause: every wait ends as soon as the page says so.
DEADLINE = 120

# A page with three violations axe-core must find, so a broken axe setup cannot pass as a clean site.
CANARY_PATH = "__axe-canary__.html"
CANARY = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>canary</title></head><body>'
          '<img src="x.png"><p style="color:#bbb;background:#fff">低对比度文字</p></body></html>').encode()


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site; a missing path gets 404.html with status 404, as the docs tell web servers to."""

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/" + CANARY_PATH:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(CANARY)))
            self.end_headers()
            self.wfile.write(CANARY)
            return
        super().do_GET()

    def send_error(self, code, message=None, explain=None):
        page = os.path.join(self.directory, "404.html")
        if code != 404 or not os.path.isfile(page):
            return super().send_error(code, message, explain)
        with open(page, "rb") as f:
            body = f.read()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def serve(directory):
    handler = functools.partial(SiteHandler, directory=directory)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def browser(profile, extra=()):
    """Headless Chromium with its own profile folder (and `extra` switches); the caller quits it."""
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--lang=zh-CN", "--force-device-scale-factor=1", f"--user-data-dir={profile}", "--window-size=1400,1000", *extra]:
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
    driver.set_page_load_timeout(DEADLINE)
    driver.set_script_timeout(DEADLINE)
    return driver
