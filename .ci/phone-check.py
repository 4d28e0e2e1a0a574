#!/usr/bin/env python3
"""Checks a built report on a phone-sized screen, in headless Chromium: at 360 px, on one page of every kind
(the top-level pages and one of each folder), nothing is wider than the screen except inside its own scroll box
(an element whose overflow-x is auto or scroll), and the page itself never scrolls sideways. Also checks that the
index opens with its summary. Run it on a report whose article has code blocks, a pipe table and long words (the
fixture Tests/Fixtures/design-doc); it also checks those are there, so the check cannot pass on pages without them.

usage: phone-check.py REPORT_FOLDER ARTIFACTS_FOLDER
"""
import os
import sys

from browser_support import Checks, headless_chromium, serve_from_subpath

report, artifacts = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
os.makedirs(artifacts, exist_ok=True)
check = Checks()
WIDTH = 360

# Elements whose right edge lies past the screen, and which no scroll box of their own (an ancestor, or themselves,
# with overflow-x auto or scroll) holds: each is something a reader would have to scroll the page sideways to see.
FIND_OVERFLOW = """
const width = document.documentElement.clientWidth;
const scrolls = el => { const o = getComputedStyle(el).overflowX; return o === 'auto' || o === 'scroll'; };
const found = [];
for (const el of document.body.querySelectorAll('*')) {
  const rect = el.getBoundingClientRect();
  if (rect.width === 0 || rect.right <= width + 0.5) continue;
  // An absolutely placed element is clipped only by boxes from its containing block (the nearest placed ancestor)
  // up: a scroll box between it and that block does not hold it. A fixed one, by none.
  const place = getComputedStyle(el).position;
  if (place === 'fixed') { found.push(el.tagName.toLowerCase() + ' (fixed) right=' + Math.round(rect.right)); continue; }
  let box = el.parentElement, held = false, reached = place !== 'absolute';
  while (box && box !== document.body) {
    if (!reached && getComputedStyle(box).position !== 'static') reached = true;
    if (reached && scrolls(box)) { held = true; break; }
    box = box.parentElement;
  }
  if (!held && !scrolls(el)) found.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '')
                                   + ' right=' + Math.round(rect.right));
}
return found.slice(0, 5);
"""

pages = sorted(name for name in os.listdir(report) if name.endswith(".html"))
for folder in sorted(os.listdir(report)):
    path = os.path.join(report, folder)
    if os.path.isdir(path):
        inside = sorted(name for name in os.listdir(path) if name.endswith(".html"))
        if inside:
            pages.append(f"{folder}/{inside[0]}")

article = open(os.path.join(report, "article.html"), encoding="utf-8").read()
check("<pre" in article, "the article has a code block (the check needs one)")
check("<table" in article, "the article has a table (the check needs one)")

server, base = serve_from_subpath(report)
driver = headless_chromium()
try:
    print(f"Phone check of {base} at {WIDTH} px: {len(pages)} pages")
    driver.set_window_size(WIDTH, 800)
    for page in pages:
        driver.get(base + page)
        sideways = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
        outside = driver.execute_script(FIND_OVERFLOW)
        check(sideways <= 0 and not outside, f"{page}: nothing wider than {WIDTH} px outside a scroll box"
              + ("" if not outside and sideways <= 0 else f" (page scrolls {sideways} px; {outside})"))
        height = driver.execute_script("return document.documentElement.scrollHeight;")
        driver.set_window_size(WIDTH, min(height, 5000))
        driver.save_screenshot(os.path.join(artifacts, "phone-" + page.replace("/", "_").replace(".html", "") + ".png"))
        driver.set_window_size(WIDTH, 800)

    driver.get(base + "article.html")
    boxes = driver.execute_script("""
      return [...document.querySelectorAll('pre, .table-scroll')].map(el =>
        [el.tagName.toLowerCase(), el.scrollWidth > el.clientWidth, getComputedStyle(el).overflowX]);""")
    check(any(tag == "pre" and wider and overflow == "auto" for tag, wider, overflow in boxes),
          "a long line of code scrolls inside its own block")
    check(any(tag == "div" and overflow == "auto" for tag, _, overflow in boxes), "the article's table sits in a scroll box")

    driver.get(base + "index.html")
    first = driver.execute_script("var s = document.querySelector('main section'); return s && [s.className, s.getBoundingClientRect().top];")
    check(first and first[0] == "summary" and first[1] < 700, f"at {WIDTH} px the index opens with its summary, in the first screen ({first})")
finally:
    driver.quit()
    server.shutdown()

print(f"Phone check: {check.passed} passed, {check.failed} failed; screenshots in {artifacts}")
sys.exit(check.exit_status)
