#!/usr/bin/env python3
"""Checks the what-if panel (Templates/whatif.js) against the Swift core, in headless Chromium.

For the default content and a synthetic one (made with assay-synth, some assessments then removed so that some
options cannot be scored): builds the report, then on every
actor page with a panel drives the panel through seeded random weights (set on the sliders, as a reader would)
and red lines switched to bend, and reads the ranking the page then shows: ranks, order, scores, score ranges
and vetoes, exactly as printed. The same scenarios go through `assay evaluate --scenarios`, and every printed
number must be the same. Every tenth scenario is also opened afresh from the link the panel wrote, which must
show the same ranking. Then the reader's story: a weight dragged past the end of its stability band changes the
order and shows the banner; the link reproduces it; the way back restores the published page. No
Content-Security-Policy violation may fire on the way.

usage: whatif-check.py ASSAY ASSAY_SYNTH CONTENT SCRATCH_FOLDER
"""
import json
import os
import random
import subprocess
import sys
import urllib.parse

from browser_support import Checks, csp_violations, headless_chromium, record_csp_violations, serve_from_subpath

assay, synth, content, scratch = (os.path.abspath(argument) for argument in sys.argv[1:5])
check = Checks()
DRAWS = 150  # per actor page; a fifth of it on the index
SEED = 20240601

# Everything the ranking shows, read from the page: one entry per option, in the order shown.
READ = """
const id = href => decodeURIComponent(href.split("/").pop().replace(/\\.html$/, ""));
const section = document.querySelector("section.ranking");
const results = section.querySelector(".ranking-results");
return {
  hash: location.hash,
  banner: !section.querySelector(".whatif-banner").hidden,
  ranked: [...results.querySelectorAll("ol.ranked > li")].map(li => ({
    option: id(li.querySelector("a.option-title").getAttribute("href")),
    rank: Number(li.querySelector(".rank").textContent),
    score: li.querySelector(".score") ? li.querySelector(".score").textContent : null})),
  incomplete: [...results.querySelectorAll("ul.incomplete > li")].map(li => ({
    option: id(li.querySelector("a").getAttribute("href")), range: li.textContent.match(/anywhere in (\\S+);/)[1]})),
  vetoed: [...results.querySelectorAll("ul.vetoed > li")].map(li => ({
    option: id(li.querySelector("a").getAttribute("href")),
    redLines: [...li.querySelectorAll("a.red-line")].map(a => id(a.getAttribute("href")))})),
};
"""

# Sets each slider to a position and each bend switch, as input events, then waits two frames for the panel.
DRIVE = """
const [positions, bends, done] = arguments;
const panel = document.querySelector("details.whatif");
panel.querySelectorAll("input[type=range]").forEach((input, index) => {
  input.value = String(Number(input.min) + positions[index] * Number(input.step));
  input.dispatchEvent(new Event("input", {bubbles: true}));
});
panel.querySelectorAll("input[type=checkbox]").forEach(input => { if (input.checked !== bends.includes(input.value)) input.click(); });
requestAnimationFrame(() => requestAnimationFrame(() => done(true)));
"""

SLIDERS = """
return [...document.querySelectorAll("details.whatif input[type=range]")].map(input =>
  Math.round((Number(input.max) - Number(input.min)) / Number(input.step)));
"""


def scenario_of(hash_text, actor):
    """The scenario the panel wrote into the address: #whatif=ACTOR;ID=WEIGHT;…;~bend=ID,ID (or none: published)."""
    scenario = {"actor": actor, "weights": {}, "bent": []}
    if not hash_text.startswith("#whatif="):
        return scenario
    parts = hash_text[len("#whatif="):].split(";")
    if urllib.parse.unquote(parts[0]) != actor:
        check(False, f"the link {hash_text} names the actor {actor}")
    for part in parts[1:]:
        key, _, value = part.partition("=")
        key, value = urllib.parse.unquote(key), urllib.parse.unquote(value)
        if key == "~bend":
            scenario["bent"] = [line for line in value.split(",") if line]
        else:
            scenario["weights"][key] = float(value)
    return scenario


def expected(outcome):
    """What the page must show for `assay evaluate`'s outcome, in the shape `READ` reads."""
    return {
        "ranked": [{"option": r["option"], "rank": r["rank"], "score": r.get("scoreText")} for r in outcome["ranked"]],
        "incomplete": [{"option": i["option"], "range": i["rangeText"]} for i in outcome["incomplete"]],
        "vetoed": [{"option": v["option"], "redLines": v["redLines"]} for v in outcome["vetoed"]],
    }


def shown(reading):
    return {key: reading[key] for key in ("ranked", "incomplete", "vetoed")}


def evaluate(content, scenarios):
    path = os.path.join(scratch, "scenarios.json")
    with open(path, "w", encoding="utf-8") as file:
        json.dump(scenarios, file)
    result = subprocess.run([assay, "evaluate", "--content", content, "--scenarios", path, "--format", "json"],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        print(result.stderr)
        check(False, "assay evaluate answers")
        return [None] * len(scenarios)
    return json.loads(result.stdout)


def compare_with_core(driver, base, content, pages, generator):
    """`pages`: (page, number of draws); each page's first ranking is the one driven."""
    for page, draws in pages:
        driver.get(page)
        actor = json.loads(driver.execute_script("return document.querySelector('script.whatif-data').textContent;"))["actor"]
        if not driver.execute_script("return document.querySelector('details.whatif').open;"):
            driver.find_element("css selector", "details.whatif summary").click()
        steps = driver.execute_script(SLIDERS)
        red_lines = driver.execute_script("return [...document.querySelectorAll('details.whatif input[type=checkbox]')].map(i => i.value);")
        readings, reopened = [driver.execute_script(READ)], {}
        for _ in range(draws):
            positions = [generator.randint(0, count) for count in steps]
            if steps and not any(positions):
                positions[generator.randrange(len(positions))] = 1
            bends = [line for line in red_lines if generator.random() < 0.3]
            driver.execute_async_script(DRIVE, positions, bends)
            readings.append(driver.execute_script(READ))
        # Every tenth scenario again, opened from its link in a fresh page.
        for index in range(1, len(readings), 10):
            driver.get("about:blank")
            driver.get(page + readings[index]["hash"])
            driver.execute_async_script("requestAnimationFrame(() => requestAnimationFrame(() => arguments[0](true)));")
            reopened[index] = driver.execute_script(READ)
        scenarios = [scenario_of(reading["hash"], actor) for reading in readings]
        outcomes = evaluate(content, scenarios)
        mismatches = [(scenario, expected(outcome), shown(reading)) for scenario, outcome, reading in zip(scenarios, outcomes, readings)
                      if outcome is None or expected(outcome) != shown(reading)]
        for scenario, want, got in mismatches[:3]:
            print(f"    scenario {json.dumps(scenario)}\n      core:  {json.dumps(want)}\n      panel: {json.dumps(got)}")
        where = page[len(base):]
        check(not mismatches, f"{where} ({actor}): the panel and the core agree on all {len(readings)} scenarios "
                              f"({sum(1 for s in scenarios if s['bent'])} with bent red lines, "
                              f"{sum(1 for r in readings if r['incomplete'])} with options not scored)")
        check(not readings[0]["banner"] and all(r["banner"] == bool(r["hash"]) for r in readings),
              f"{where}: the banner shows exactly when the weights are not the analyst's")
        check(all(shown(reopened[i]) == shown(readings[i]) for i in reopened), f"{where}: {len(reopened)} shared links reproduce their ranking")
        check(not csp_violations(driver), f"{where}: no Content-Security-Policy violation")


def reader_story(driver, base, actor):
    """Drag a weight just past its stability band: the order changes and the banner appears; the link reproduces it."""
    page = f"{base}actors/{actor}.html"
    driver.get(page)
    data = json.loads(driver.execute_script("return document.querySelector('script.whatif-data').textContent;"))
    published = driver.execute_script(READ)
    top = float(driver.execute_script("return document.querySelector('details.whatif input[type=range]').max;"))
    movable = [(index, p) for index, p in enumerate(data["preferences"]) if p.get("stableTo") is not None and p["stableTo"] < top * 0.95]
    if not check(movable, f"{actor} has a weight with a bounded stability interval"):
        return
    index, preference = movable[0]
    step = float(driver.execute_script("return document.querySelectorAll('details.whatif input[type=range]')[arguments[0]].step;", index))
    position = int(preference["stableTo"] / step) + 2  # clearly past the bound, where the two options tie
    driver.execute_async_script(DRIVE, [round(p["weight"] / step) if i != index else position for i, p in enumerate(data["preferences"])], [])
    moved = driver.execute_script(READ)
    check([r["option"] for r in moved["ranked"]] != [r["option"] for r in published["ranked"]],
          f"past the band of '{preference['id']}' (weight {position * step:g} > {preference['stableTo']:.3f}) the order changes")
    check(moved["banner"] and driver.find_element("css selector", ".whatif-banner").is_displayed(), "the banner says these are the reader's weights")
    check("whatif-outside" in driver.execute_script("return document.querySelectorAll('.whatif-weight')[arguments[0]].className;", index),
          "the slider says it left the band")
    link = driver.current_url
    driver.get("about:blank")
    driver.get(link)
    driver.execute_async_script("requestAnimationFrame(() => requestAnimationFrame(() => arguments[0](true)));")
    again = driver.execute_script(READ)
    check(shown(again) == shown(moved) and again["banner"], "the copied link shows the same ranking and the banner")
    driver.find_element("css selector", ".whatif-banner a").click()
    driver.execute_async_script("requestAnimationFrame(() => requestAnimationFrame(() => arguments[0](true)));")
    back = driver.execute_script(READ)
    check(shown(back) == shown(published) and not back["banner"] and back["hash"] == "", "the way back restores the published ranking")
    # Every weight at 0: nothing to rank by, said where the ranking was; no banner and no link to the state.
    driver.execute_async_script(DRIVE, [0] * len(data["preferences"]), [])
    empty = driver.execute_script("const p = document.querySelector('.ranking-results .whatif-empty'); return p && p.offsetParent !== null;")
    zero = driver.execute_script(READ)
    check(empty and not zero["ranked"] and not zero["banner"] and zero["hash"] == "",
          "with every weight at 0 the panel says nothing can be ranked, shows no ranking and writes no link")
    driver.find_element("css selector", ".whatif-reset").click()
    driver.execute_async_script("requestAnimationFrame(() => requestAnimationFrame(() => arguments[0](true)));")
    status = driver.execute_script("return document.querySelector('details.whatif [role=status]').textContent;")
    check(status.startswith("New order:"), f"a live region announces the order ({status[:60]}…)")


def synthetic_content():
    """40 options, 3 actors with a red line and 3 preferences each; every seventh assessment removed: gaps."""
    folder = os.path.join(scratch, "synthetic")
    subprocess.run([synth, folder, "--options", "40", "--actors", "3", "--criteria", "4", "--paragraphs", "60", "--seed", "7"],
                   check=True, capture_output=True)
    for index, name in enumerate(sorted(os.listdir(os.path.join(folder, "assessments")))):
        if index % 7 == 3:
            os.remove(os.path.join(folder, "assessments", name))
    return folder


driver = headless_chromium()
servers = []
try:
    record_csp_violations(driver)
    generator = random.Random(SEED)
    for number, content in enumerate([content, synthetic_content()]):
        report = os.path.join(scratch, f"report-{number}")
        # The synthetic content's gaps are warned about: only a failure is worth printing.
        built = subprocess.run([assay, "build", "--quiet", "--draws", "200", "--content", content, "--output", report,
                                "--cache", os.path.join(scratch, f"cache-{number}")], capture_output=True, text=True, check=False)
        if not check(built.returncode == 0, f"the report of {content} builds"):
            print(built.stderr)
            continue
        server, base = serve_from_subpath(report)
        servers.append(server)
        actors = sorted(name[:-5] for name in os.listdir(os.path.join(report, "actors"))
                        if 'class="whatif-data"' in open(os.path.join(report, "actors", name), encoding="utf-8").read())
        print(f"What-if check of {content}: actors with a panel: {', '.join(actors)}")
        pages = [(f"{base}actors/{actor}.html", DRAWS) for actor in actors] + [(f"{base}index.html", DRAWS // 5)] * bool(actors)
        compare_with_core(driver, base, content, pages, generator)
        if number == 0 and actors:
            reader_story(driver, base, actors[0])
finally:
    driver.quit()
    for server in servers:
        server.shutdown()

print(f"What-if check: {check.passed} passed, {check.failed} failed")
sys.exit(check.exit_status)
