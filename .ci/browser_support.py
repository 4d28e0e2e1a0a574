"""What the Chromium checks share: counting checks as they print, a headless Chromium, serving a folder from a
sub-path, and recording Content-Security-Policy violations."""
import functools
import http.server
import os
import socketserver
import threading

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
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


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve_from_subpath(folder):
    """Serves the folder above `folder` on a free local port, so `folder` lives at /<name>/: a sub-path, as static
    hosting such as GitHub Pages often gives. Returns the server (to shut down) and the base URL of `folder`."""
    root, name = os.path.split(os.path.abspath(folder))
    server = socketserver.TCPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=root))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/{name}/"


# Runs in every new document before any of its own markup or script, so violations while it loads are caught too.
_RECORD_CSP_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", event => window.__cspViolations.push({
  violatedDirective: event.violatedDirective, blockedURI: event.blockedURI,
  sourceFile: event.sourceFile, lineNumber: event.lineNumber}));
"""


def record_csp_violations(driver):
    """From now on every document the driver opens records its Content-Security-Policy violations."""
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": _RECORD_CSP_VIOLATIONS})


def csp_violations(driver):
    """The violations since the last call, as lines: the open document's events, then Chromium's console messages
    about the policy, which also hold those of documents since replaced (by a reload, say)."""
    events = driver.execute_script("return (window.__cspViolations || []).splice(0);")
    found = [f"{e['violatedDirective']} blocked {e['blockedURI'] or '(nothing)'} at {e['sourceFile']}:{e['lineNumber']}" for e in events]
    try:
        messages = [entry["message"] for entry in driver.get_log("browser")]
    except WebDriverException:  # a driver without the log endpoint: the events alone
        messages = []
    # The first sentence names the page, the line and the directive; the rest is Chromium's advice.
    return found + [f"console: {message.split('. ')[0]}" for message in messages if "Content Security Policy" in message]
