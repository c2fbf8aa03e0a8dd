"""Runs axe-core in headless Chromium on every page of a rendered folder; prints one line per
page and exits 1 if any page has a violation. Needs selenium and axe-selenium-python (PyPI, which
bundles axe-core) and Debian's chromium and chromium-driver. Usage: axe_check.py SITE-FOLDER"""
import glob
import sys

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

options = Options()
for argument in ["--headless", "--no-sandbox", "--disable-gpu"]:
    options.add_argument(argument)
options.binary_location = "/usr/bin/chromium"
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.set_script_timeout(120)
# The axe-core that axe-selenium-python bundles knows the WCAG 2.0 A/AA tags (and best practice).
tags = "['wcag2a','wcag2aa','best-practice']"
total = 0
pages = sorted(glob.glob(sys.argv[1] + "/*.html"))
for width in (1280, 390):
    driver.set_window_size(width, 1600)
    for page in pages:
        driver.get("file://" + page)
        Axe(driver).inject()
        # Every <details> open, so that what it holds is checked too.
        driver.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
        result = driver.execute_script("return axe.run(document, {runOnly: {type: 'tag', values: %s}})" % tags)
        violations = result["violations"]
        total += len(violations)
        print(width, page.split("/")[-1], len(violations), [(v["id"], v["nodes"][0]["target"]) for v in violations])
driver.quit()
print("pages:", len(pages), "violations:", total)
sys.exit(1 if total or not pages else 0)
