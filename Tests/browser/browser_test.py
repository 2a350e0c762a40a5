"""Drives headless Chromium through Lotsen's pages and checks them with axe-core.

Usage: browser_test.py BASE_URL STAFF_TOKEN OUTPUT_DIR EDITOR_TOKEN

Each step opens or uses a page the way a person would (typing, choosing, submitting, keyboard only where it
matters), asserts what the page then shows, runs the axe-core rules, and saves a full-page screenshot.
Exits non-zero on a failed assertion or on any serious or critical accessibility violation.
"""
import json
import os
import sys
import time

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE, TOKEN, OUT, EDITOR = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
SERIOUS = {"serious", "critical"}
report = {}
failures = []


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=sv-SE"]:
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)


def check(name, driver):
    """Runs axe-core on the page as it is now and saves a full-page screenshot as NAME.png."""
    axe = Axe(driver)
    axe.inject()
    result = axe.run()
    violations = result["violations"]
    report[name] = [
        {"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]]} for v in violations
    ]
    serious = [v for v in violations if v["impact"] in SERIOUS]
    for v in violations:
        print(f"  axe {name}: {v['impact']}: {v['id']} – {v['help']} ({len(v['nodes'])} elements)")
    if serious:
        failures.append(f"{name}: {len(serious)} serious or critical accessibility violations: " + ", ".join(v["id"] for v in serious))
    height = driver.execute_script("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")
    driver.set_window_size(1280, min(max(height, 800), 6000))
    driver.execute_script("window.scrollTo(0, 0)")
    driver.save_screenshot(os.path.join(OUT, f"{name}.png"))
    driver.set_window_size(1280, 1000)
    print(f"ok   {name}: {driver.title} ({len(result['passes'])} axe rules passed, {len(violations)} violations)")


def expect(condition, message):
    if not condition:
        failures.append(message)
        print(f"FAIL {message}")


def text(driver, selector):
    return driver.find_element(By.CSS_SELECTOR, selector).text


def main():
    driver = browser()
    wait = WebDriverWait(driver, 10)
    try:
        # Start page; the first Tab reaches the skip link, which is visible when focused.
        driver.get(BASE + "/")
        expect(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "sv", "the start page is Swedish")
        driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
        active = driver.switch_to.active_element
        expect(active.get_attribute("class") == "skip-link" and active.is_displayed(), "Tab first reaches a visible skip link")
        check("start", driver)

        # Premises: filter by capacity and kind through the form; the filters end up in the URL.
        driver.get(BASE + "/lokaler")
        check("lokaler", driver)
        driver.find_element(By.ID, "min_capacity").send_keys("50")
        Select(driver.find_element(By.ID, "kind")).select_by_value("scen")
        driver.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
        wait.until(EC.url_contains("min_capacity=50"))
        expect("kind=scen" in driver.current_url, "the kind filter is in the URL")
        expect(text(driver, "#results-heading") == "2 lokaler", f"two stages for 50 people, got {text(driver, '#results-heading')!r}")
        check("lokaler-filtrerade", driver)
        driver.find_element(By.LINK_TEXT, "Stora scenen").click()
        wait.until(EC.url_contains("/lokaler/barbacka-stora-scenen"))
        expect("Så bokar du" in driver.page_source, "the premises page says how to book")
        check("lokal", driver)

        # A bad filter value is shown at its field.
        driver.get(BASE + "/lokaler?min_capacity=m%C3%A5nga")
        expect(driver.find_element(By.ID, "min_capacity").get_attribute("aria-invalid") == "true", "the bad capacity is marked invalid")
        check("lokaler-fel", driver)

        # Grants, filtered by category.
        driver.get(BASE + "/bidrag")
        Select(driver.find_element(By.ID, "category")).select_by_value("lokaler")
        driver.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
        wait.until(EC.url_contains("category=lokaler"))
        expect("Hyresbidrag" in driver.page_source and "Kulturnattsbidrag" not in driver.page_source, "the category filter applies")
        check("bidrag", driver)
        driver.get(BASE + "/bidrag/aktivitetsstod")
        expect("25 februari och 25 augusti" in driver.page_source, "the grant shows its deadline text verbatim")
        check("bidrag-aktivitetsstod", driver)

        # The calendar, with a filter, and its subscription link with the same filter.
        driver.get(BASE + "/kalender")
        check("kalender", driver)
        Select(driver.find_element(By.ID, "type")).select_by_value("deadline")
        driver.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
        wait.until(EC.url_contains("type=deadline"))
        feed = driver.find_element(By.CSS_SELECTOR, "a[type='text/calendar']").get_attribute("href")
        expect(feed.endswith("/v1/calendar.ics?type=deadline"), f"the feed link keeps the filter: {feed}")

        # Kontakta kommunen: an empty form shows its error at the field; typing suggests a unit; sending gives a reference.
        driver.get(BASE + "/kontakt")
        check("kontakt", driver)
        driver.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]").click()
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".error-summary")))
        expect(driver.find_element(By.ID, "text").get_attribute("aria-invalid") == "true", "the empty question is marked invalid")
        check("kontakt-fel", driver)
        driver.find_element(By.ID, "text").send_keys("Vår idrottsförening vill söka aktivitetsstöd för barn- och ungdomsgrupperna")
        wait.until(lambda d: "Troligen hanteras av" in d.find_element(By.ID, "route-suggestion").text)
        expect("Kultur- och fritidsförvaltningen" in text(driver, "#route-suggestion"), "the suggestion names the unit")
        driver.find_element(By.ID, "email").send_keys("forening@example.se")
        driver.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]").click()
        wait.until(EC.url_contains("/kontakt/tack/KRS-"))
        expect("Aktivitetsstöd, kommunalt" in driver.page_source, "the receipt answers with the matching grant")
        reference = driver.find_element(By.CSS_SELECTOR, ".notice strong").text
        check("kontakt-kvitto", driver)

        # English.
        driver.get(BASE + "/lokaler?lang=en")
        expect(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en", "the English page says lang=en")
        check("lokaler-en", driver)
        driver.get(BASE + "/lokaler?lang=sv")

        # Staff: the queue needs a session; sign in, open the enquiry, reassign it, sign out.
        driver.get(BASE + "/personal")
        expect(driver.current_url.endswith("/personal/logga-in"), "the queue sends a visitor to sign in")
        check("personal-logga-in", driver)
        driver.find_element(By.ID, "token").send_keys(TOKEN)
        driver.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]").click()
        wait.until(EC.url_to_be(BASE + "/personal"))
        expect(reference in driver.page_source, "the queue lists the new enquiry")
        check("personal-arenden", driver)
        driver.find_element(By.LINK_TEXT, reference).click()
        wait.until(EC.url_contains(reference))
        Select(driver.find_element(By.ID, "assigned_unit")).select_by_value("medborgarcenter")
        driver.find_element(By.ID, "note").send_keys("Ringer föreningen först")
        driver.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]").click()
        wait.until(EC.url_contains("sparat=1"))
        expect("Ringer föreningen först" in driver.page_source, "the note is in the history")
        check("personal-arende", driver)
        driver.find_element(By.CSS_SELECTOR, "form[action='/personal/logga-ut'] button").click()
        wait.until(EC.url_contains("/personal/logga-in"))
        driver.get(BASE + "/personal")
        expect(driver.current_url.endswith("/personal/logga-in"), "signing out ends the session")

        # Samverkan: the styrgrupp, the principles, IOP and its self-check (issue 18).
        driver.get(BASE + "/samverkan")
        expect("Styrgruppen" in driver.page_source and "Peter Wadbro" in driver.page_source, "samverkan shows the styrgrupp")
        check("samverkan", driver)
        driver.get(BASE + "/samverkan/iop")
        for question in ["initiativ", "plan", "allmannytta", "utanfor-bidrag", "sjalvstandig", "medfinansiering", "ingen-detaljstyrning", "langsiktig"]:
            driver.find_element(By.ID, question + "-ja").click()
        driver.find_element(By.ID, "ingen-marknad-nej").click()
        driver.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]").click()
        wait.until(EC.presence_of_element_located((By.ID, "verdict")))
        expect("upphandling" in driver.page_source, "a market means procurement")
        check("samverkan-iop", driver)

        # An editor enters this year's dialogkonferens and a closed day, then sees both as news (issue 18).
        driver.get(BASE + "/personal/logga-in")
        driver.find_element(By.ID, "token").send_keys(EDITOR)
        driver.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]").click()
        wait.until(EC.url_to_be(BASE + "/personal"))
        driver.find_element(By.PARTIAL_LINK_TEXT, "Redigera katalogen").click()
        wait.until(EC.url_to_be(BASE + "/personal/redigera"))
        check("personal-redigera", driver)
        driver.get(BASE + "/personal/redigera/kalender?id=dialogkonferens")
        driver.find_element(By.ID, "dates").clear()
        driver.find_element(By.ID, "dates").send_keys("2027-03-18")
        for field, value in [("starts", "18:00"), ("ends", "21:00")]:
            driver.execute_script("arguments[0].value = arguments[1]", driver.find_element(By.ID, field), value)
        driver.find_element(By.ID, "place").send_keys("Kulturkvarteret")
        driver.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]").click()
        wait.until(EC.url_contains("sparat=1"))
        check("personal-redigera-handelse", driver)
        driver.get(BASE + "/personal/redigera/enheter?id=medborgarcenter")
        driver.execute_script("arguments[0].value = '2026-12-24'", driver.find_element(By.ID, "date"))
        driver.find_element(By.ID, "note").send_keys("Julafton")
        driver.find_element(By.ID, "date").find_element(By.XPATH, "./ancestor::form").find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        wait.until(EC.url_contains("sparat=1"))
        expect("<td>Julafton</td>" in driver.page_source, "the closed day is listed")
        check("personal-redigera-oppettider", driver)
        driver.get(BASE + "/samverkan")
        expect("Kulturkvarteret" in driver.page_source, "samverkan shows the conference's date, time and place")
        driver.get(BASE + "/nytt")
        expect("Dialogkonferens" in driver.page_source, "what's new lists the changed event")
        check("nytt", driver)
    finally:
        driver.quit()
        with open(os.path.join(OUT, "axe-report.json"), "w", encoding="utf8") as file:
            json.dump(report, file, ensure_ascii=False, indent=2)

    if failures:
        print("\n".join(["", "Browser test failed:"] + failures))
        sys.exit(1)
    print(f"Browser test ok: {len(report)} pages checked with axe-core, no serious or critical violations.")


if __name__ == "__main__":
    main()
