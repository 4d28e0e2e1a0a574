#!/usr/bin/env python3
"""Checks the built report as a reader meets it, in headless Chromium driven by Selenium.

Serves the report from a sub-path of a local web server (as static hosting often does), then:
follows a link from the index to an option, from a quote to its passage in the article and back;
searches; checks there is no horizontal scrolling at 360 px; and takes screenshots at 360 px and
1280 px in the light and the dark theme, kept in the artifacts folder.

usage: browser-check.py REPORT_FOLDER ARTIFACTS_FOLDER
"""
import os
import sys
import urllib.parse

from selenium.webdriver.common.by import By

from browser_support import Checks, headless_chromium, serve_from_subpath

report, artifacts = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
os.makedirs(artifacts, exist_ok=True)
check = Checks()


server, base = serve_from_subpath(report)

driver = headless_chromium()
try:
    print(f"Browser check of {base}")
    driver.set_window_size(1280, 900)
    driver.get(base + "index.html")
    check("From the point of view of" in driver.page_source, "the index shows a ranking")
    for width in [360, 1280]:
        driver.set_window_size(width, 800)
        driver.get(base + "index.html")
        first = driver.execute_script("var s = document.querySelector('main section'); return s && [s.className, s.getBoundingClientRect().top];")
        check(first and first[0] == "summary" and first[1] < 700,
              f"at {width} px the index opens with its summary, in the first screen ({first})")
    driver.set_window_size(1280, 900)
    driver.get(base + "index.html")
    first = driver.find_element(By.CSS_SELECTOR, ".ranked-option .option-title")
    title = first.text
    first.click()
    check("/options/" in driver.current_url and title in driver.find_element(By.TAG_NAME, "h1").text,
          f"a ranked option links to its page ({title})")
    quote_link = driver.find_element(By.CSS_SELECTOR, "a.quote-link")
    quote = driver.find_element(By.CSS_SELECTOR, "blockquote.quote").text.strip()
    quote_link.click()
    fragment = urllib.parse.urlparse(driver.current_url).fragment
    target = driver.find_element(By.ID, fragment)
    check("/article.html" in driver.current_url and target.tag_name == "mark", "a quote leads to its highlighted passage")
    passage_text = driver.execute_script(
        "const marks = [...document.querySelectorAll('mark')].filter(m => m.id === arguments[0] || m.dataset.passage === arguments[0]);"
        "return marks.map(m => m.textContent).join(' ');", fragment)
    check(" ".join(quote.split())[:40] in " ".join(passage_text.split()), "the highlighted passage is the quoted text")
    back = driver.execute_script(
        "let node = document.getElementById(arguments[0]);"
        "while (node && !(node.classList && node.classList.contains('cited-by'))) { node = node.nextElementSibling || node.parentElement.nextElementSibling; }"
        "return node ? node.querySelector('a').getAttribute('href') : null;", fragment)
    check(back is not None, "the passage links back to what cites it")
    if back:
        driver.get(urllib.parse.urljoin(driver.current_url, back))
        anchor = urllib.parse.urlparse(driver.current_url).fragment
        check(driver.title and (not anchor or driver.find_elements(By.ID, anchor)), "the link back lands on an existing page and anchor")

    driver.get(base + "search.html")
    field = driver.find_element(By.ID, "search-query")
    total = len(driver.find_elements(By.CSS_SELECTOR, "#search-results li"))
    field.send_keys("peacekeepers")
    shown = len(driver.find_elements(By.CSS_SELECTOR, "#search-results li"))
    check(0 < shown < total, f"search narrows {total} entries to {shown}")

    pages = ["index.html", "article.html", "evidence.html", "agreement.html", "search.html"]
    pages += ["options/" + f for f in sorted(os.listdir(os.path.join(report, "options")))[:2]]
    for theme in ["light", "dark"]:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": theme}]})
        for width in [360, 1280]:
            driver.set_window_size(width, 900)
            for page in pages:
                driver.get(base + page)
                if width == 360:
                    overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
                    check(overflow <= 0, f"no horizontal scrolling at 360 px ({theme}): {page}")
                if page in ("index.html", "article.html") or page.startswith("options/"):
                    height = driver.execute_script("return document.documentElement.scrollHeight;")
                    driver.set_window_size(width, min(height, 6000))
                    shot = os.path.join(artifacts, f"{page.replace('/', '_').replace('.html', '')}-{width}-{theme}.png")
                    driver.save_screenshot(shot)
                    driver.set_window_size(width, 900)
        background = driver.execute_script("return getComputedStyle(document.body).backgroundColor;")
        check((theme == "dark") == (background not in ("rgb(251, 250, 247)",)), f"the {theme} theme follows the system setting ({background})")
finally:
    driver.quit()
    server.shutdown()

print(f"Browser check: {check.passed} passed, {check.failed} failed; screenshots in {artifacts}")
sys.exit(check.exit_status)
