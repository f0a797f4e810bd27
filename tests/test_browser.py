"""End to end in headless Chromium: search the served archive, see the decision and follow its PDF-page link."""

from __future__ import annotations

import shutil
from pathlib import Path

import httpx
import pytest

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not (shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER)),
                       reason="needs Debian's chromium and chromium-driver (installed by .ci/run)"),
]


@pytest.fixture
def browser(tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000",
                 f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def test_search_decisions_and_open_the_pdf_page(browser, served_archive, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(f"{served_archive}/archive/decisions")
    box = browser.find_element(By.ID, "_search")
    box.send_keys("school transport")
    box.submit()
    WebDriverWait(browser, 30).until(ec.url_contains("_search="))
    rows = browser.find_elements(By.CSS_SELECTOR, "table.rows-and-columns tbody tr")
    assert len(rows) == 1
    row = rows[0]
    assert "home to school transport policy" in row.text
    assert row.find_element(By.CSS_SELECTOR, "td.col-date").text == "2025-02-12"
    link = row.find_element(By.CSS_SELECTOR, "td.col-page a")
    href = link.get_attribute("href")
    assert href == f"{served_archive}/pdfs/example_cabinet_2025-03-12.pdf#page=2"
    browser.save_screenshot(str(tmp_path / "decision.png"))
    assert (tmp_path / "decision.png").stat().st_size > 0
    pdf = httpx.get(href.split("#")[0], timeout=10)
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"


def test_follow_a_meeting_to_a_person_and_on_to_their_other_meeting(browser, served_archive):
    """Councils -> the council -> a Cabinet meeting (decision with its PDF page in a new tab) -> a member present
    there -> the committee meeting she sent apologies to; screenshots of each page in tests/screenshots/."""
    from selenium.webdriver.common.by import By

    screenshots = Path(__file__).parent / "screenshots"
    screenshots.mkdir(exist_ok=True)
    browser.get(f"{served_archive}/councils")
    browser.find_element(By.LINK_TEXT, "Example Borough Council").click()
    assert browser.find_element(By.TAG_NAME, "h1").text == "Example Borough Council"
    browser.find_element(By.LINK_TEXT, "2025-02-12, Cabinet").click()
    assert browser.current_url.startswith(f"{served_archive}/meeting/")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Cabinet"
    decision = browser.find_element(By.CSS_SELECTOR, ".decision")
    assert "home to school transport policy for 2025/26 be approved" in decision.text
    pdf = decision.find_element(By.CSS_SELECTOR, "a.pdf")
    assert (pdf.get_attribute("href"), pdf.get_attribute("target"), pdf.get_attribute("rel")) == (
        f"{served_archive}/pdfs/example_cabinet_2025-03-12.pdf#page=2", "_blank", "noopener")
    browser.save_screenshot(str(screenshots / "meeting.png"))
    browser.find_element(By.LINK_TEXT, "Ada Pennington").click()
    assert browser.current_url.startswith(f"{served_archive}/person/")
    assert [li.text for li in browser.find_elements(By.CSS_SELECTOR, "ul.record li")] == [
        "Cabinet: attended 1 of 1 meeting as a member",
        "Children and Young People Committee: attended 0 of 1 meeting as a member"]
    browser.save_screenshot(str(screenshots / "person.png"))
    browser.find_element(By.LINK_TEXT, "2025-03-05").click()
    assert browser.find_element(By.TAG_NAME, "h1").text == "Children and Young People Committee"
    assert "Ada Pennington" in browser.find_element(By.CSS_SELECTOR, "ul.attendance").text
    assert (screenshots / "meeting.png").stat().st_size > 0 and (screenshots / "person.png").stat().st_size > 0


def test_an_indicator_chart_from_its_council_page(browser, served_archive):
    """The council page's indicator leads to its series: an inline SVG line (no script, nothing fetched) beside
    the table of its values, each linking to its PDF page; a screenshot in tests/screenshots/series.png."""
    from selenium.webdriver.common.by import By

    screenshots = Path(__file__).parent / "screenshots"
    screenshots.mkdir(exist_ok=True)
    browser.get(f"{served_archive}/councils")
    browser.find_element(By.LINK_TEXT, "Example Borough Council").click()
    browser.find_element(By.PARTIAL_LINK_TEXT, "CS01").click()
    assert browser.current_url.startswith(f"{served_archive}/series/")
    chart = browser.find_element(By.CSS_SELECTOR, "svg.minutebook-chart")
    assert chart.size["width"] > 300 and chart.size["height"] > 100
    assert len(chart.find_elements(By.CSS_SELECTOR, "circle")) == 2
    rows = browser.find_elements(By.CSS_SELECTOR, "table.values tr")
    assert [row.text.split()[:2] for row in rows[1:]] == [["Q2", "2024/25"], ["Q3", "2024/25"]]
    assert [a.get_attribute("target") for a in browser.find_elements(By.CSS_SELECTOR, "table.values a.pdf")] == [
        "_blank", "_blank"]
    browser.save_screenshot(str(screenshots / "series.png"))
    assert (screenshots / "series.png").stat().st_size > 0
