#!/usr/bin/env python3
"""Checks the built report's accessibility and its fitness for a strict Content-Security-Policy, in headless Chromium.

Serves the report from a sub-path of a local web server, then:
- every page has one Content-Security-Policy and a referrer policy, no inline style or script besides JSON data
  blocks, and no policy violation fires while it loads, nor while the search page filters;
- axe-core (from the axe-playwright-python wheel, never fetched at run time) finds nothing on any page, in the
  light and the dark theme, at 360 px and 1280 px;
- the text inside the SVG charts, which axe does not measure, has a contrast of at least 4.5:1 in both themes:
  a cell's label against its cell, any other text against the page behind the chart;
- tabbing through the index, an option page, the article and search: the skip link comes first, focus moves in
  document order, always shows, and never lands inside an image.

usage: accessibility-check.py REPORT_FOLDER [PAGE_PREFIX...]
(with prefixes, only the index, one option page and the pages whose paths start with one of them: a large report's
index, actor and list pages without its thousand option pages)
"""
import importlib.util
import os
import sys
import time

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from browser_support import Checks, csp_violations, headless_chromium, record_csp_violations, serve_from_subpath

report = os.path.abspath(sys.argv[1])
check = Checks()
THEMES, WIDTHS = ["light", "dark"], [360, 1280]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
MINIMUM_TEXT_CONTRAST = 4.5  # the chart labels are 10-11 px, far from "large text"
TAB_STOPS = 80

# Only the wheel's copy of axe, read as a file: importing the package would need playwright.
axe_package = importlib.util.find_spec("axe_playwright_python")
if axe_package is None:
    print("axe-playwright-python is not installed (make test-deps installs it).")
    sys.exit(1)
with open(os.path.join(axe_package.submodule_search_locations[0], "axe.min.js"), encoding="utf-8") as file:
    axe_source = file.read()

pages = sorted(os.path.relpath(os.path.join(folder, name), report).replace(os.sep, "/")
               for folder, _, names in os.walk(report) for name in names if name.endswith(".html"))
if len(sys.argv) > 2:
    first_option = next(page for page in pages if page.startswith("options/"))
    pages = [page for page in pages if page in ("index.html", first_option) or page.startswith(tuple(sys.argv[2:]))]
# With a base URL, 404.html links its stylesheet from the published address (a server shows it at any depth), which a
# local server cannot give: that page is checked on reports without one.
if '<link rel="canonical"' in open(os.path.join(report, "index.html"), encoding="utf-8").read() and "404.html" in pages:
    pages.remove("404.html")
    print("404.html is left out: its links start from the base URL, where this local copy is not served")
option_page = next(page for page in pages if page.startswith("options/"))
# An actor page's what-if panel is open, so its sliders, switches and button are in the tab order.
actor_pages_with_panel = [page for page in pages if page.startswith("actors/")
                          and 'class="whatif-data"' in open(os.path.join(report, page), encoding="utf-8").read()]

# Names an element in the messages: tag, id, classes (SVG's className is not a string), and a link's target.
DESCRIBE = """
const describe = el => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
  + (el.getAttribute("class") || "").split(/\\s+/).filter(Boolean).map(c => "." + c).join("")
  + (el.getAttribute("href") ? `[href="${el.getAttribute("href")}"]` : "");
"""

# The policy's meta tags, and what `script-src 'self'; style-src 'self'` would block: inline style, inline script
# (JSON data blocks are data, not script) and event-handler attributes.
MARKUP = DESCRIBE + """
const policies = [...document.querySelectorAll('meta[http-equiv="content-security-policy" i]')];
return {
  policies: policies.length, policiesInHead: policies.every(meta => meta.parentElement === document.head),
  referrer: document.querySelectorAll('meta[name="referrer" i]').length,
  styled: [...document.querySelectorAll("[style]")].map(describe)
    .concat([...document.querySelectorAll("style")].map(() => "a <style> element")),
  scripts: [...document.querySelectorAll("script:not([src])")]
    .filter(script => !["application/json", "application/ld+json"].includes((script.type || "").toLowerCase()))
    .map(script => "<script> " + script.textContent.trim().slice(0, 60))
    .concat([...document.querySelectorAll("*")].flatMap(el => [...el.attributes]
      .filter(attribute => attribute.name.startsWith("on")).map(attribute => describe(el) + " " + attribute.name))),
};
"""

RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: "tag", values: arguments[0]}, resultTypes: ["violations"]}).then(
  results => done(results.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(node => ({target: node.target.join(" > "), summary: node.failureSummary}))}))),
  error => done({error: String(error)}));
"""

# Every SVG text's fill, and the layers behind it from the bottom up: the backgrounds of the chart's ancestors
# down to the first opaque one, then the rect it sits on, if it follows one. Colours go through a canvas, which
# turns any CSS colour (color-mix gives `color(srgb …)`) into 8-bit RGBA.
SVG_TEXT = DESCRIBE + """
const canvas = document.createElement("canvas").getContext("2d", {willReadFrequently: true});
const rgba = colour => {
  canvas.clearRect(0, 0, 1, 1); canvas.fillStyle = colour; canvas.fillRect(0, 0, 1, 1);
  return [...canvas.getImageData(0, 0, 1, 1).data];
};
const backdrop = el => {
  const layers = [];
  for (let node = el; node instanceof Element; node = node.parentElement) {
    const colour = rgba(getComputedStyle(node).backgroundColor);
    if (colour[3]) layers.unshift(colour);
    if (colour[3] === 255) break;
  }
  return layers;
};
return [...document.querySelectorAll("svg text")].map(text => {
  const rect = text.previousElementSibling && text.previousElementSibling.tagName === "rect" ? text.previousElementSibling : null;
  return {what: describe(text), label: text.textContent, on: rect ? describe(rect) : "the page",
          fill: rgba(getComputedStyle(text).fill),
          layers: backdrop(text.closest("svg")).concat(rect ? [rgba(getComputedStyle(rect).fill)] : [])};
});
"""

# The focused element after a Tab, compared with the one before: null once focus has left the page or come round.
FOCUS = DESCRIBE + """
const el = document.activeElement;
if (!el || el === document.body || el === window.__firstFocus) return null;
const before = window.__lastFocus;
window.__firstFocus = window.__firstFocus || el;
window.__lastFocus = el;
const style = getComputedStyle(el);
const image = el.parentElement && el.parentElement.closest('[role="img"]');
return {what: describe(el), previous: before ? describe(before) : null, skipLink: el.classList.contains("skip-link"),
        inOrder: !before || Boolean(before.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING),
        indicator: (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none",
        image: image ? describe(image) : null};
"""


def show(lines, limit=8):
    """Prints the first `limit` lines under the check, and how many more there were."""
    for line in lines[:limit]:
        print(f"      {line}")
    if len(lines) > limit:
        print(f"      (+{len(lines) - limit} more)")


def composite(layers):
    """The colour seen through RGBA layers, bottom first, over white."""
    seen = (255.0, 255.0, 255.0)
    for *colour, alpha in layers:
        seen = tuple(c * alpha / 255 + s * (1 - alpha / 255) for c, s in zip(colour, seen))
    return seen


def luminance(colour):
    """WCAG relative luminance of an sRGB colour given in 0-255."""
    linear = [c / 255 / 12.92 if c / 255 <= 0.04045 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in colour]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first, second):
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def css(colour):
    return "rgb({:.0f}, {:.0f}, {:.0f})".format(*colour)


def set_theme(theme):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": theme}]})


def content_security_policy():
    """The policy's meta tags, inline style and script, and violations while loading each page and searching."""
    print("Content-Security-Policy")
    problems = {"policy": [], "referrer": [], "styled": [], "scripts": [], "violations": []}
    for page in pages:
        driver.get(base + page)
        problems["violations"] += [f"{page}: {line}" for line in csp_violations(driver)]
        markup = driver.execute_script(MARKUP)
        if markup["policies"] != 1 or not markup["policiesInHead"]:
            problems["policy"].append(f"{page}: {markup['policies']} in all" + ("" if markup["policiesInHead"] else ", not all in <head>"))
        if not markup["referrer"]:
            problems["referrer"].append(page)
        problems["styled"] += [f"{page}: {what}" for what in markup["styled"]]
        problems["scripts"] += [f"{page}: {what}" for what in markup["scripts"]]
    for key, what in [("policy", "every page has exactly one <meta http-equiv=\"Content-Security-Policy\">, in its head"),
                      ("referrer", "every page has a <meta name=\"referrer\">"),
                      ("styled", "no inline style: no style attribute, no <style> element"),
                      ("scripts", "no inline script or event-handler attribute, only JSON data blocks"),
                      ("violations", "no policy violation while any page loads")]:
        if not check(not problems[key], what + (f" ({len(problems[key])} found)" if problems[key] else "")):
            show(problems[key])

    if "search.html" not in pages:
        return
    driver.get(base + "search.html")
    csp_violations(driver)  # those of loading it are counted above
    total = len(driver.find_elements(By.CSS_SELECTOR, "#search-results li"))
    field = driver.find_element(By.ID, "search-query")
    # The field's example is a word of the report's own titles, so the check works on any content.
    field.send_keys((field.get_attribute("placeholder") or "").removeprefix("e.g. ") or "peacekeepers")
    shown = len(driver.find_elements(By.CSS_SELECTOR, "#search-results li"))
    violations = csp_violations(driver)
    if not check(0 < shown < total and not violations, f"search filters ({total} entries to {shown}) without a policy violation"):
        show(violations)


def axe_everywhere():
    """axe-core on every page, in both themes, at both widths: one check each, with every violation."""
    print("axe-core")
    for page in pages:
        driver.set_window_size(WIDTHS[-1], 900)
        driver.get(base + page)
        # Through WebDriver, so a page's own policy (script-src 'self') does not stop it.
        driver.execute_script(axe_source)
        if page == pages[0]:
            version = driver.execute_script("return typeof axe === 'object' ? axe.version : null;")
            check(version and version.startswith("4."), f"axe-core {version} runs in the page")
        for theme in THEMES:
            set_theme(theme)
            for width in WIDTHS:
                driver.set_window_size(width, 900)
                violations = driver.execute_async_script(RUN_AXE, AXE_TAGS)
                if isinstance(violations, dict):
                    check(False, f"axe ran ({theme}, {width} px): {page}: {violations['error']}")
                    continue
                count = sum(len(v["nodes"]) for v in violations)
                if not check(not violations, f"axe ({theme}, {width} px): {page}" + (f": {count} elements" if count else "")):
                    for violation in violations:
                        print(f"      {violation['id']} ({violation['impact']}): {violation['help']}; {len(violation['nodes'])} elements")
                        show([f"  {node['target']}: {' '.join(node['summary'].split())}" for node in violation["nodes"]], limit=3)


def svg_text_contrast():
    """The contrast of every SVG text on every page that has one, in both themes; the worst pairs printed."""
    print("Contrast of the text in the SVG charts")
    for page in pages:
        driver.get(base + page)
        for theme in THEMES:
            set_theme(theme)
            texts = driver.execute_script(SVG_TEXT)
            if not texts:  # no chart text on this page, in either theme
                break
            # One line per kind of text on a kind of background, as many labels share both.
            pairs = {}
            for text in texts:
                background = composite(text["layers"])
                fill = composite(text["layers"] + [text["fill"]])
                ratio, labels = pairs.setdefault((text["what"], text["on"], css(fill), css(background)), (contrast(fill, background), []))
                labels.append(text["label"])
            rated = sorted((ratio, key, labels) for key, (ratio, labels) in pairs.items())
            worst = rated[0][0]
            failing = [entry for entry in rated if entry[0] < MINIMUM_TEXT_CONTRAST]
            if not check(not failing, f"SVG text contrast at least {MINIMUM_TEXT_CONTRAST}:1 ({theme}): {page}: "
                                      f"{len(texts)} texts, worst {worst:.2f}:1"):
                show([f"{ratio:.2f}:1  {what} ({len(labels)}×, e.g. \"{labels[0]}\") {fill} on {on} {background}"
                      for ratio, (what, on, fill, background), labels in failing])


def keyboard():
    """Tabs through a few pages: the skip link first, document order, a visible indicator, never inside an image."""
    print("Keyboard")
    set_theme("light")
    driver.set_window_size(WIDTHS[-1], 900)
    for page in ["index.html", option_page, "article.html", "search.html"] + actor_pages_with_panel[:1]:
        driver.get(base + page)
        stops = []
        for _ in range(TAB_STOPS):
            ActionChains(driver).send_keys(Keys.TAB).perform()
            stop = driver.execute_script(FOCUS)
            if stop is None:
                break
            stops.append(stop)
        check(stops and stops[0]["skipLink"], f"the first Tab stop is the skip link: {page} ({stops[0]['what'] if stops else 'nothing'})")
        for what, wrong in [("focus follows document order", [f"{stop['what']} after {stop['previous']}" for stop in stops if not stop["inOrder"]]),
                            ("every focused element shows a focus indicator", [stop["what"] for stop in stops if not stop["indicator"]]),
                            ("focus never lands inside role=\"img\"", [f"{stop['what']} inside {stop['image']}" for stop in stops if stop["image"]])]:
            if not check(not wrong, f"{what}: {page} ({len(stops)} stops" + (f", {len(wrong)} wrong)" if wrong else ")")):
                show(wrong)


started = time.monotonic()
server, base = serve_from_subpath(report)
driver = headless_chromium()
driver.set_script_timeout(60)
record_csp_violations(driver)
try:
    print(f"Accessibility check of {base}: {len(pages)} pages")
    content_security_policy()
    axe_everywhere()
    svg_text_contrast()
    keyboard()
finally:
    driver.quit()
    server.shutdown()

print(f"Accessibility check: {check.passed} passed, {check.failed} failed in {time.monotonic() - started:.0f} s")
sys.exit(check.exit_status)
