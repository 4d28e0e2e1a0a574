#!/usr/bin/env python3
"""Checks a large report (past a hundred options) as a reader meets it, in headless Chromium.

The index and the actor pages show each list's leading entries and link to the complete lists; this follows the
link from a ranking to its complete list and through the pager, moves a what-if weight and checks the panel
keeps to the page's ten entries, checks there is no horizontal scrolling at 360 px on the index, an actor page
and the list pages, and takes screenshots of them at 360 px and 1280 px.

usage: paged-check.py REPORT_FOLDER ARTIFACTS_FOLDER
"""
import os
import sys

from selenium.webdriver.common.by import By

from browser_support import Checks, headless_chromium, serve_from_subpath, record_csp_violations, csp_violations

report, artifacts = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
os.makedirs(artifacts, exist_ok=True)
check = Checks()
server, base = serve_from_subpath(report)
driver = headless_chromium()
try:
    print(f"Paged-report check of {base}")
    driver.set_window_size(1280, 900)
    driver.get(base + "index.html")
    first_ranking = driver.find_element(By.CSS_SELECTOR, "section.ranking")
    shown = first_ranking.find_elements(By.CSS_SELECTOR, "ol.ranked > li")
    check(len(shown) == 10, f"the index shows ten ranked options of the first ranking ({len(shown)})")
    slider = first_ranking.find_elements(By.CSS_SELECTOR, "input[type=range]")
    if check(slider, "the what-if panel is there"):
        driver.execute_script("arguments[0].value = 0; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", slider[0])
        after = first_ranking.find_elements(By.CSS_SELECTOR, ".ranking-results ol.ranked > li")
        more = first_ranking.find_elements(By.CSS_SELECTOR, ".ranking-results p.more")
        check(len(after) == 10 and more, f"after a weight moves, the panel still shows ten options and says how many more ({len(after)})")
    first_ranking.find_element(By.LINK_TEXT, "The complete ranking").click()
    check("/lists/ranking-" in driver.current_url and driver.find_elements(By.CSS_SELECTOR, "table.complete-ranking"),
          "the ranking links to its complete list")
    rows = driver.find_elements(By.CSS_SELECTOR, "table.complete-ranking tbody tr")
    check(len(rows) == 100, f"a page of the complete list has a hundred rows ({len(rows)})")
    driver.find_element(By.CSS_SELECTOR, "a[rel=next]").click()
    check(driver.current_url.endswith("-2.html") and driver.find_elements(By.CSS_SELECTOR, ".pager [aria-current=page]")[0].text == "2",
          "the pager leads to page 2")
    lists = sorted(os.listdir(os.path.join(report, "lists")))
    actors = sorted(os.listdir(os.path.join(report, "actors")))
    pages = ["index.html", "actors/" + actors[0], "lists/" + lists[0], "lists/" + lists[-1]]
    record_csp_violations(driver)
    for width in [360, 1280]:
        driver.set_window_size(width, 900)
        for page in pages:
            driver.get(base + page)
            violations = csp_violations(driver)
            check(not violations, f"no Content-Security-Policy violation: {page} {violations[:2]}")
            if width == 360:
                overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
                check(overflow <= 0, f"no horizontal scrolling at 360 px: {page}")
            height = driver.execute_script("return document.documentElement.scrollHeight;")
            driver.set_window_size(width, min(height, 6000))
            driver.save_screenshot(os.path.join(artifacts, f"paged-{page.replace('/', '_').replace('.html', '')}-{width}.png"))
            driver.set_window_size(width, 900)
finally:
    driver.quit()
    server.shutdown()

print(f"Paged-report check: {check.passed} passed, {check.failed} failed; screenshots in {artifacts}")
sys.exit(check.exit_status)
