"""End to end in headless Chromium, a journalist's topic search: search all for a topic, the decisions first and
ranked, a highlighted snippet, the PDF page opening in a new tab; then the decisions view's own search box.
Screenshots in tests/screenshots/ (ignored by git)."""

from __future__ import annotations

from pathlib import Path

import httpx
from test_browser import browser  # noqa: F401 (the fixture)
from test_browser import pytestmark as browser_marks

pytestmark = browser_marks  # browser tests, skipped where Chromium is not installed (never in CI, which installs it)


def test_search_all_for_a_topic_then_open_the_decisions_pdf_page(browser, served_archive):  # noqa: F811
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    screenshots = Path(__file__).parent / "screenshots"
    screenshots.mkdir(exist_ok=True)
    browser.get(f"{served_archive}/-/search")
    box = browser.find_element(By.NAME, "q")
    box.send_keys("school transport")
    box.submit()
    WebDriverWait(browser, 30).until(ec.url_contains("q="))  # (the results page, not the form still loaded)
    headings = [h.text for h in browser.find_elements(By.CSS_SELECTOR, "section.search-section h2")]
    assert [h.split(" (")[0] for h in headings] == ["Decisions", "Minutes", "Pages"]
    first = browser.find_element(By.CSS_SELECTOR, "section.search-section li")
    assert [m.text for m in first.find_elements(By.TAG_NAME, "mark")] == ["school", "transport"]
    assert "Home to School Transport Policy" in first.text and "Cabinet · 2025-02-12" in first.text
    pdf = first.find_element(By.PARTIAL_LINK_TEXT, "p. 2")
    assert (pdf.get_attribute("href"), pdf.get_attribute("target")) == (
        f"{served_archive}/pdfs/example_cabinet_2025-03-12.pdf#page=2", "_blank")
    browser.save_screenshot(str(screenshots / "search_all.png"))
    assert httpx.get(pdf.get_attribute("href").split("#")[0], timeout=10).status_code == 200

    browser.get(f"{served_archive}/archive/decisions")
    box = browser.find_element(By.ID, "_search")
    box.send_keys("school OR eastwick")
    box.submit()
    WebDriverWait(browser, 30).until(ec.url_contains("_search="))
    rows = browser.find_elements(By.CSS_SELECTOR, "table.rows-and-columns tbody tr")
    assert len(rows) == 2 and "relevance" in browser.find_element(By.CSS_SELECTOR, "table.rows-and-columns").text
    browser.save_screenshot(str(screenshots / "decisions_search.png"))
