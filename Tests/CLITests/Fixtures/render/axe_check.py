"""Runs axe-core in headless Chromium on every page of the rendered folders given; prints one line
per page and exits 1 if any page has a violation of WCAG 2.0 or 2.1, level A or AA (or a best
practice). Needs selenium and axe-core-python (PyPI; it bundles axe-core 4, which knows the WCAG
2.1 rules) and Debian's chromium and chromium-driver. Usage: axe_check.py SITE-FOLDER..."""
import glob
import os
import sys

import axe_core_python
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

axe_source = open(os.path.join(os.path.dirname(axe_core_python.__file__), "axe.min.js"), encoding="utf-8").read()
options = Options()
for argument in ["--headless", "--no-sandbox", "--disable-gpu"]:
    options.add_argument(argument)
options.binary_location = "/usr/bin/chromium"
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.set_script_timeout(120)
tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
total = 0
pages = sorted(page for folder in sys.argv[1:] for page in glob.glob(folder + "/*.html"))
for width in (1280, 390):
    driver.set_window_size(width, 1600)
    for page in pages:
        driver.get("file://" + page)
        driver.execute_script(axe_source)
        # Every <details> open, so that what it holds is checked too.
        driver.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
        result = driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}}).then(done, e => done({error: String(e)}))", tags)
        if "error" in result:
            print(width, page, "axe failed:", result["error"])
            total += 1
            continue
        violations = result["violations"]
        total += len(violations)
        print(width, "/".join(page.split("/")[-2:]), len(violations), [(v["id"], v["nodes"][0]["target"]) for v in violations])
driver.quit()
print("pages:", len(pages), "violations:", total)
sys.exit(1 if total or not pages else 0)
