"""The website widget in a real browser: embedded by a plain page on another origin,
talking to the running assistant over socket.io."""

from __future__ import annotations

import io
import re
import uuid
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, BrowserContext, Page, expect
from pypdf import PdfReader

from tests.conftest import Assistant
from tests.web.conftest import DESKTOP, PHONE, REPLY_MS, Chat, HostSite, StandIn

# One answer per question of the assessment, each a button the widget shows.
BUTTONS = ("Front / kneecap", "Right", "No, nothing", "Stairs", "Yes", "6 weeks to 3 months", "5")


def shadow_html(page: Page) -> str:
    return page.evaluate("document.querySelector('[data-kneebot-widget]').shadowRoot.innerHTML")


def axe_violations(page: Page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{v['id']}: {[n['target'] for n in v['nodes']]}" for v in results.response["violations"]
    ]


def walk_to_plan(chat: Chat) -> None:
    """Greeting to plan by the widget's buttons (and the age typed, as it has none)."""
    chat.wait_bot("Where on your knee")
    for title in BUTTONS:
        chat.choose(title)
    chat.wait_bot("How old are you")
    chat.send("38")
    chat.choose("No")  # no operation or injury
    chat.choose("Suggest exercises")
    chat.wait_bot("safety check")
    chat.choose("No, none of these")
    chat.wait_for(chat.page.locator(".kb-summary"))
    chat.settle()


def test_buttons_lead_to_a_plan_with_cards_drawings_and_a_printable_summary(
    assistant: Assistant, host_site: HostSite, chat_page: Chat, screenshots: Path
) -> None:
    chat = chat_page
    chat.page.goto(host_site.widget_page(assistant, "plan.html", start="open"))
    walk_to_plan(chat)
    page = chat.page
    cards = page.locator(".kb-card")
    count = cards.count()
    assert 3 <= count <= 5
    expect(page.locator(".kb-card .kb-drawing")).to_have_count(count)
    expect(cards.first.locator(".kb-dose")).to_contain_text("sets of")
    # Used buttons are gone; the plan's own buttons ask for steps.
    expect(page.locator(".kb-choice", has_text="Front / kneecap")).to_have_count(0)
    steps = cards.first.locator("details.kb-steps")
    steps.locator("summary").click()
    expect(steps.locator("li").first).to_be_visible()
    expect(page.locator(".kb-pain-rule")).to_contain_text("3–5 out of 10")
    # The cards stand for the plan's numbered list and pain rule: neither is said twice.
    expect(page.locator(".kb-bot", has_text="1. Clamshell")).to_have_count(0)
    expect(page.locator(".kb-bot", has_text="Mild discomfort up to")).to_have_count(0)
    expect(page.locator(".kb-bot", has_text="hip strengthening may help")).to_have_count(1)
    expect(page.locator(".kb-sources li").first).to_be_visible()
    page.screenshot(path=screenshots / "desktop-plan.png")
    cards.first.scroll_into_view_if_needed()
    page.screenshot(path=screenshots / "desktop-plan-cards.png")
    assert axe_violations(page) == []

    with page.context.expect_page() as opened:
        page.locator(".kb-summary button").click()
    summary = opened.value
    summary.wait_for_load_state()
    expect(summary.locator("h1")).to_contain_text("summary")
    expect(summary.locator("svg")).to_have_count(count)
    summary.screenshot(path=screenshots / "summary-page.png", full_page=True)
    pdf = summary.pdf(format="A4")
    (screenshots / "summary.pdf").write_bytes(pdf)
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) == 1, "the summary fits one page"
    text = " ".join(p.extract_text() for p in pages)
    flat = re.sub(r"\s+", " ", text)
    assert "2–3 sets of 10–15" in flat, flat[:2000]
    assert "No, none of these" in flat and "front of the knee" in flat
    assert "not a diagnosis" in flat


def _triage(browser: Browser, assistant: Assistant, host_site: HostSite, message: str,
            scheme: str) -> tuple[BrowserContext, Chat]:  # fmt: skip
    context = browser.new_context(viewport=DESKTOP, color_scheme=scheme)
    chat = Chat(context.new_page())
    chat.start(host_site.widget_page(assistant, "triage.html", start="open"))
    chat.send(message)
    chat.wait_for(chat.page.locator(".kb-alert"))
    chat.settle()
    # The escalation's words are in the alert, not beside it as well.
    expect(chat.page.locator(".kb-bot", has_text="can be a sign of")).to_have_count(0)
    return context, chat


def test_an_emergency_is_an_alert_with_a_call_link_and_each_level_looks_different(
    browser: Browser, assistant: Assistant, host_site: HostSite, screenshots: Path
) -> None:
    looks = {}
    for level, message, scheme in (
        ("emergency", "my calf is swollen and hot and I'm short of breath", "dark"),
        ("same_day", "I can't put any weight on my leg since I fell", "light"),
        ("prompt", "the pain hasn't got any better in 3 months and it's getting worse", "light"),
    ):
        context, chat = _triage(browser, assistant, host_site, message, scheme)
        try:
            alert = chat.page.locator(".kb-alert")
            expect(alert).to_have_count(1)
            expect(alert).to_have_attribute("role", "alert")
            expect(alert.locator(".kb-alert-level")).to_be_in_viewport()
            expect(alert).to_have_class(re.compile(f"kb-alert-{level}"))
            first = alert.locator(".kb-alert-first")
            looks[level] = alert.evaluate("e => getComputedStyle(e).backgroundColor")
            call = alert.locator("a.kb-call")
            if level == "emergency":
                expect(call).to_have_attribute("href", "tel:112")
                expect(first).to_contain_text("call")
                size = "e => parseFloat(getComputedStyle(e).fontSize)"
                rest = alert.locator(".kb-alert-rest")
                assert first.evaluate(size) >= 1.2 * rest.evaluate(size)
                chat.page.screenshot(path=screenshots / "desktop-emergency-dark.png")
                assert axe_violations(chat.page) == []
            else:
                expect(call).to_have_count(0)
        finally:
            context.close()
    assert len(set(looks.values())) == 3, looks


def test_a_question_is_answered_with_footnotes_naming_the_sources(
    assistant: Assistant, host_site: HostSite, chat_page: Chat
) -> None:
    chat = chat_page
    chat.start(host_site.widget_page(assistant, "question.html", start="open"))
    chat.send("why would weak hips cause knee pain?")
    notes = chat.wait_for(chat.page.locator(".kb-sources li"))
    expect(notes.first).to_contain_text("—")
    expect(chat.page.locator(".kb-sources")).to_have_attribute("aria-label", "Sources")


def test_a_reload_keeps_the_conversation_and_its_session(
    assistant: Assistant, host_site: HostSite, chat_page: Chat
) -> None:
    chat = chat_page
    chat.page.goto(host_site.widget_page(assistant, "reload.html"))
    chat.page.locator(".kb-launcher").click()
    chat.wait_bot("Where on your knee")
    chat.choose("Front / kneecap")
    chat.wait_bot("Which knee")
    chat.settle()
    chat.page.reload()
    # Open again without a click: the widget remembers it was open.
    expect(chat.bot("Which knee")).to_be_visible()
    expect(chat.page.locator(".kb-user", has_text="Front / kneecap")).to_be_visible()
    expect(chat.page.locator(".kb-choice", has_text="Inner side")).to_have_count(0)
    chat.choose("Right")  # the restored buttons of the last question still answer it
    chat.wait_bot("hip, groin or buttock")


def test_markup_from_either_side_shows_as_text(
    assistant: Assistant, host_site: HostSite, stand_in: StandIn, chat_page: Chat
) -> None:
    attack = "<img src=x onerror=alert(1)>"
    stand_in.replies = {
        "/greet": [{"text": "Hello"}],
        attack: [
            {
                "text": f"{attack} **plain bold** [bad](javascript:alert(1)) javascript:alert(2) "
                "[call us](tel:+441234)\nsee https://example.org/page."
            }
        ],
    }
    chat = chat_page
    url = host_site.widget_page(assistant, "markup.html", server=stand_in.url, start="open")
    chat.start(url, "Hello")
    chat.send(attack)
    reply = chat.wait_bot("plain bold")
    expect(chat.page.locator(".kb-user", has_text=attack)).to_be_visible()
    expect(reply).to_contain_text(attack)
    expect(reply.locator("strong")).to_have_text("plain bold")
    links = reply.locator("a")
    expect(links).to_have_count(2)
    expect(links.first).to_have_attribute("href", "tel:+441234")
    expect(links.last).to_have_attribute("href", "https://example.org/page")
    expect(links.last).to_have_attribute("rel", "noopener noreferrer")
    expect(reply.locator("br")).to_have_count(1)
    assert "<img" not in shadow_html(chat.page)
    assert chat.page.locator("img").count() == 0
    assert chat.dialogs == []


def test_a_reply_that_does_not_come_offers_to_try_again(
    assistant: Assistant, host_site: HostSite, stand_in: StandIn, chat_page: Chat
) -> None:
    stand_in.replies = {"/greet": [{"text": "Hello"}]}
    chat = chat_page
    url = host_site.widget_page(assistant, "slow.html", server=stand_in.url, start="open")
    chat.start(url, "Hello")
    chat.send("are you there")
    expect(chat.page.locator(".kb-typing")).to_be_visible()
    slow = chat.page.locator(".kb-slow")
    slow.wait_for(timeout=15_000)
    heard = len(stand_in.heard)
    stand_in.replies["are you there"] = [{"text": "Yes, sorry for the wait."}]
    chat.page.locator(".kb-status button", has_text="Try again").click()
    chat.wait_bot("sorry for the wait")
    assert stand_in.heard[heard]["message"] == "are you there"
    expect(slow).to_have_count(0)


def test_keyboard_alone_opens_answers_and_closes(
    assistant: Assistant, host_site: HostSite, chat_page: Chat
) -> None:
    chat = chat_page
    page = chat.page
    page.goto(host_site.widget_page(assistant, "keys.html"))
    focused = "() => document.activeElement.shadowRoot?.activeElement?.className || ''"
    page.locator("[data-kneebot-widget]").wait_for(state="attached")
    page.keyboard.press("Tab")
    assert "kb-launcher" in page.evaluate(focused)
    page.keyboard.press("Enter")
    assert "kb-input" in page.evaluate(focused)
    chat.wait_for(page.locator(".kb-choice", has_text="All over"))
    chat.settle()
    page.keyboard.press("Shift+Tab")  # from the input back to the last suggested answer
    assert "kb-choice" in page.evaluate(focused)
    page.keyboard.press("Enter")
    chat.wait_bot("Which knee")
    assert "kb-input" in page.evaluate(focused), "focus goes back to the input"
    page.keyboard.type("left")
    page.keyboard.press("Enter")
    chat.wait_bot("hip, groin or buttock")
    assert "kb-input" in page.evaluate(focused), "replies never take the focus"
    page.keyboard.press("Escape")
    assert "kb-launcher" in page.evaluate(focused)
    expect(page.locator(".kb-panel")).to_be_hidden()


def test_on_a_phone_with_the_keyboard_open_and_text_at_200_percent(
    browser: Browser, assistant: Assistant, host_site: HostSite, screenshots: Path
) -> None:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    try:
        chat = Chat(context.new_page())
        page = chat.page
        chat.start(host_site.widget_page(assistant, "phone.html", start="open"))
        chat.choose("Front / kneecap")
        chat.wait_bot("Which knee")
        chat.settle()
        page.screenshot(path=screenshots / "phone-conversation.png")
        # The on-screen keyboard leaves about 300 px; at 200 % text, the page is half as wide.
        for name, size in (("phone-keyboard", {"width": 360, "height": 300}),
                           ("phone-text-200", {"width": 180, "height": 320})):  # fmt: skip
            page.set_viewport_size(size)
            page.screenshot(path=screenshots / f"{name}.png")
            for part in (".kb-input", ".kb-send", ".kb-close"):
                box = page.locator(part).bounding_box()
                assert box is not None, part
                right, bottom = box["x"] + box["width"], box["y"] + box["height"]
                assert box["x"] >= 0 and right <= size["width"] + 1, (name, part)
                assert box["y"] >= 0 and bottom <= size["height"] + 1, (name, part)
            overflow = page.locator(".kb-panel").evaluate("e => e.scrollWidth - e.clientWidth")
            assert overflow <= 1, name
            title = page.locator(".kb-title").bounding_box()
            restart = page.locator(".kb-header .kb-link").bounding_box()
            assert title and restart and title["x"] + title["width"] <= restart["x"], name
    finally:
        context.close()


def test_start_over_clears_the_conversation(
    assistant: Assistant, host_site: HostSite, chat_page: Chat
) -> None:
    chat = chat_page
    chat.start(host_site.widget_page(assistant, "restart.html", start="open"))
    chat.choose("Outer side")
    chat.wait_bot("Which knee")
    chat.page.locator(".kb-header button", has_text="Start over").click()
    chat.wait_bot("Where on your knee")
    expect(chat.bot("Which knee")).to_have_count(0)
    chat.settle()
    chat.page.reload()
    expect(chat.bot("Where on your knee")).to_be_visible()
    expect(chat.page.locator(".kb-disclosure")).to_contain_text("automated assistant")


def test_origins_not_allowed_cannot_open_a_conversation(
    assistant: Assistant, host_site: HostSite, browser: Browser
) -> None:
    # The same page served from "localhost" is another origin, not in the allowed list.
    context = browser.new_context(viewport=DESKTOP)
    try:
        chat = Chat(context.new_page())
        url = host_site.widget_page(assistant, f"other-{uuid.uuid4().hex[:6]}.html", start="open")
        chat.page.goto(url.replace("127.0.0.1", "localhost"))
        expect(chat.page.locator(".kb-banner")).to_be_visible(timeout=REPLY_MS)
        expect(chat.page.locator(".kb-bot")).to_have_count(0)
    finally:
        context.close()


def test_it_keeps_its_looks_under_a_strict_content_security_policy(
    assistant: Assistant, host_site: HostSite, chat_page: Chat
) -> None:
    policy = (
        '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; '
        f"script-src {assistant.web_url}; connect-src {assistant.rasa_url} "
        f"{assistant.rasa_url.replace('http', 'ws')}; style-src 'self'\">"
    )
    url = host_site.widget_page(assistant, "strict.html", start="open")
    page_file = host_site.root / "strict.html"
    page_file.write_text(page_file.read_text().replace("<title>", policy + "<title>"))
    chat_page.start(url)
    send = chat_page.page.locator(".kb-send")
    assert send.evaluate("e => getComputedStyle(e).fontWeight") == "600"
    assert send.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(11, 92, 173)"


def test_it_adds_one_global_and_its_styles_and_the_pages_stay_apart(
    assistant: Assistant, host_site: HostSite, chat_page: Chat
) -> None:
    page = chat_page.page
    hostile = (
        "<style>div, p, button, input { font: 40px serif !important; color: red !important; "
        "background: yellow !important; }</style><p id='own'>The clinic's text</p>"
    )
    page.goto(host_site.page("bare.html", hostile))
    before = set(page.evaluate("Object.keys(window)"))
    url = host_site.widget_page(assistant, "styled.html", start="open")
    (host_site.root / "styled.html").write_text(
        (host_site.root / "styled.html").read_text().replace("<main>", hostile + "<main>")
    )
    page.goto(url)
    chat_page.wait_bot("Where on your knee")
    assert set(page.evaluate("Object.keys(window)")) - before == {"KneebotWidget"}
    bubble = page.locator(".kb-bot").first
    assert bubble.evaluate("e => getComputedStyle(e).fontSize") != "40px"
    assert bubble.evaluate("e => getComputedStyle(e).color") != "rgb(255, 0, 0)"
    own = page.locator("#own")
    assert own.evaluate("e => getComputedStyle(e).fontSize") == "40px"
    # The widget's nodes live in its shadow root, out of the page's own selectors' reach.
    assert page.evaluate("document.querySelectorAll('.kb-bot').length") == 0


def test_a_payload_of_an_unexpected_shape_costs_only_its_own_display(
    assistant: Assistant, host_site: HostSite, stand_in: StandIn, chat_page: Chat
) -> None:
    stand_in.replies = {
        "/greet": [{"text": "Hello"}],
        "odd": [
            {"text": "Before the odd ones."},
            {"custom": {"plan": {"details": "oops"}, "sources": [None, 3]}, "texts": 9},
            {"custom": {"triage": {"level": "constructor"}}, "texts": "x"},
            {"custom": None},
            "not an object",
            {"text": "After the odd ones.", "quick_replies": "not a list"},
        ],
    }
    chat = chat_page
    url = host_site.widget_page(assistant, "odd.html", server=stand_in.url, start="open")
    chat.start(url, "Hello")
    chat.send("odd")
    chat.wait_bot("After the odd ones")
    alert = chat.page.locator(".kb-alert")
    expect(alert).to_have_class(re.compile("kb-alert-emergency"))
    expect(alert).not_to_contain_text("function")
    chat.settle()
    chat.page.reload()
    expect(chat.bot("After the odd ones")).to_be_visible()
    expect(chat.page.locator(".kb-input")).to_be_enabled()
