"""Screenshots of two rendered pages for the README: the framework's IPC matrix and a hypothesis
board, each one element of the page (from its top, as much as one 1300 × 1700 window holds) as headless
Chromium paints it.
Usage: take.py SITE-FOLDER OUT-FOLDER (needs selenium and Debian's chromium and chromium-driver)."""
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

site, out = sys.argv[1], sys.argv[2]
options = Options()
for argument in ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1"]:
    options.add_argument(argument)
options.binary_location = "/usr/bin/chromium"
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.set_window_size(1300, 1700)
shots = [
    ("Schemas--examples--northshire.framework.html", "#section-integration", "framework-matrix.png"),
    ("Schemas--examples--older-people.hypotheses.html", ".board", "hypothesis-board.png"),
]
for page, selector, name in shots:
    driver.get("file://" + site + "/" + page)
    element = driver.find_element(By.CSS_SELECTOR, selector)
    # From the element's top, as much as one window holds (a long board is cut at its foot).
    driver.execute_script("arguments[0].scrollIntoView(true)", element)
    element.screenshot(out + "/" + name)
    print("wrote", out + "/" + name)
driver.quit()
