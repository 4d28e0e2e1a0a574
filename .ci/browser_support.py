"""What the two Chromium checks share: counting checks as they print, and a headless Chromium."""
import os

from selenium import webdriver
from selenium.webdriver.chrome.service import Service


class Checks:
    """Prints each check as ok or FAILED and counts them; `exit_status` is 1 if any failed."""

    def __init__(self):
        self.passed, self.failed = 0, 0

    def __call__(self, condition, what):
        if condition:
            self.passed += 1
            print(f"  ok: {what}")
        else:
            self.failed += 1
            print(f"  FAILED: {what}")
        return condition

    @property
    def exit_status(self):
        return 1 if self.failed else 0


def headless_chromium():
    """Debian's chromium through its chromedriver, headless, without a sandbox (CI runs as root)."""
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"]:
        options.add_argument(argument)
    chromedriver = "/usr/bin/chromedriver" if os.path.exists("/usr/bin/chromedriver") else "/usr/lib/chromium/chromedriver"
    driver = webdriver.Chrome(service=Service(chromedriver), options=options)
    driver.set_page_load_timeout(30)
    return driver
