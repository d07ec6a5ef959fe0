#!/usr/bin/env python3
"""Screenshots of the 长辈版 for docs/screenshots/, as a reader gets it: the header's switch clicked on
the home page, then the next pages opened in the same browser (the choice is remembered).

Usage: scripts/elder-screenshots.py OUTPUT_DIR SCREENSHOT_DIR   (run by scripts/screenshots.sh)
"""
import base64
import os
import sys
import tempfile

from selenium.webdriver.common.by import By

import pagechecks
from sitebrowser import browser, serve

SHOTS = [  # file name, page kind, width, at most this many px tall
    ("elder-home-phone", "home", 360, 2400),
    ("elder-record-phone", "a person's record", 360, 2600),
    ("elder-objection-phone", "objection", 360, 2000),
    ("elder-home-desktop", "home", 1280, 1600),
]


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    site, shots = os.path.abspath(sys.argv[1]), sys.argv[2]
    kinds = dict(pagechecks.pick_pages(site).all)
    server = serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    with tempfile.TemporaryDirectory(prefix="creditcity-shots-") as tmp:
        driver = browser(os.path.join(tmp, "profile"), ["--hide-scrollbars"])
        try:
            driver.get(base + "index.html")
            driver.find_element(By.ID, "elder-switch").click()
            for name, kind, width, tallest in SHOTS:
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                       {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
                driver.get(base + kinds[kind])
                height = min(tallest, driver.execute_script("return document.documentElement.scrollHeight;"))
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                       {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
                png = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png"})["data"]
                path = os.path.join(shots, name + ".png")
                with open(path, "wb") as f:
                    f.write(base64.b64decode(png))
                print(path)
        finally:
            driver.quit()
            server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
