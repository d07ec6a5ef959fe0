#!/usr/bin/env python3
"""Checks that a page open in a browser reloads itself after `creditcity serve` rebuilds.

Usage: scripts/check-live-reload.py URL EXPECTED_TEXT

Opens URL in headless chromium (selenium with Debian's chromium and chromium-driver, no network),
marks the open page with a JavaScript variable and prints one JSON line {"opened": …}. It then
waits for a line on standard input (the caller edits the content meanwhile), waits until the page
shows EXPECTED_TEXT, and prints {"shown": true, "mark": …}: a mark of null means the page was
reloaded by itself, not edited in place. Waiting is on the page's state, polled by WebDriverWait;
the 600-second limits only guard against a hang. Exit status 0 when the text was shown.
"""
import json
import shutil
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


def body_text(driver):
    try:
        return driver.find_element(By.TAG_NAME, "body").text
    except Exception:  # the page is being replaced by its reload
        return ""


def main():
    url, expected = sys.argv[1], sys.argv[2]
    profile = tempfile.mkdtemp(prefix="creditcity-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                f"--user-data-dir={profile}"):
        options.add_argument(arg)
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(service=service, options=options)
    try:
        driver.set_page_load_timeout(600)
        driver.get(url)
        driver.execute_script("window.creditcityMark = 'opened';")
        print(json.dumps({"opened": True, "title": driver.title, "text": body_text(driver)}, ensure_ascii=False), flush=True)
        sys.stdin.readline()
        WebDriverWait(driver, 600, poll_frequency=0.2).until(lambda d: expected in body_text(d))
        mark = driver.execute_script("return window.creditcityMark || null;")
        print(json.dumps({"shown": True, "mark": mark, "url": driver.current_url}, ensure_ascii=False), flush=True)
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
