"""The extract stage: clean article text and honest metadata from pages and scraped text."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep import Document, ExtractError, extract
from sitrep.boilerplate import clean_text

from .conftest import SEED_MONITOR, SEED_ROUNDUP, as_page, record


def _text_doc(text: str) -> Document:
    return Document(external_id="t", raw=text.encode(), origin="t", kind="text", text=text)


def _html_doc(page: str, url: str | None = None) -> Document:
    return Document(external_id="h", raw=page.encode(), origin="h", kind="html", html=page,
                    url=url)


def test_scraped_article_comes_out_alone_from_dateline_to_last_line() -> None:
    article = extract(_text_doc(SEED_MONITOR.read_text(encoding="utf-8")))
    assert article.text.startswith("QAIM, Iraq — Cross-border artillery shelling")
    assert article.text.endswith("Peace in the Iraqi border city of Qaim is nevertheless holding, "
                                 "for now.")
    assert article.title == "Border calm precarious as Iraq's Anbar revives, slowly"
    for junk in ("Skip to main content", "Sign in", "Newsletters", "$25.00", "free trial",
                 "PRO"):
        assert junk not in article.text
    assert article.published is None  # plain text states no publication date


def test_page_with_several_articles_keeps_all_of_them() -> None:
    text = extract(_text_doc(SEED_ROUNDUP.read_text(encoding="utf-8"))).text
    assert "Locals in Al Qaim, Anbar, worry" in text  # the Niqash report
    assert "Coalition airstrikes killed four senior Islamic State" in text  # the DoD release
    assert "killed Nov. 5 near Abu Kamal, Syria." in text
    assert "Iraqi Prime Minister Haider al-Abadi raised the Iraqi flag Nov. 5" in text
    assert text.endswith("toward al-Bukamal in Syria on Nov. 6.")
    assert "do not necessarily reflect the views" not in text


def test_boilerplate_pitch_in_prose_between_sign_up_lines_is_removed() -> None:
    text = ("BAGHDAD — Rockets struck near the airport on Tuesday, officials said, and no one was "
            "hurt in the attack according to the police.\n\n"
            "A second paragraph of the report gives more detail about the damage to the runway.\n\n"
            "Subscribe to our newsletter\n\n"
            "Readers like you use our reporting to understand the region every single day.\n\n"
            "Already a member? Sign in\n")
    cleaned = clean_text(text)
    assert cleaned.text.endswith("damage to the runway.")


def test_html_page_gives_article_text_title_and_date_from_markup() -> None:
    rec = record("re3d-6646f63f6ac6")
    article = extract(_html_doc(as_page(rec)))
    assert article.title == rec["title"]
    assert rec["text"].split("\n")[0][:60] in article.text
    assert "Subscribe to our newsletter" not in article.text
    assert article.published == date.fromisoformat(rec["published"])
    assert article.lang == "en"


def test_real_centcom_page_is_extracted_from_its_original_html() -> None:
    rec = record("centcom-20151102-01")
    article = extract(_html_doc(rec["html"], url=rec["url"]))
    assert "coalition military forces continued to attack ISIL terrorists" in article.text
    assert "Near Ramadi, four strikes" in article.text


def test_copyright_year_is_never_taken_for_a_publication_date() -> None:
    paragraphs = "".join(
        f"<p>Paragraph {i}: the council met again to discuss the reconstruction of the bridges "
        "over the Euphrates and the return of displaced families to their homes.</p>"
        for i in range(6)
    )
    page = (f"<html><head><title>Council meets</title></head><body><article>{paragraphs}"
            "</article><footer>© 2018 Example News. All rights reserved.</footer></body></html>")
    assert extract(_html_doc(page)).published is None


def test_non_english_text_is_kept_and_flagged() -> None:
    text = ("Les forces irakiennes ont repris la ville de Qaïm, près de la frontière syrienne, "
            "après plusieurs jours de combats contre les derniers combattants du groupe État "
            "islamique, selon le commandement des opérations conjointes.")
    article = extract(_text_doc(text))
    assert article.lang == "fr"
    assert not article.is_english


def test_text_too_short_to_be_an_article_is_rejected_with_a_reason() -> None:
    with pytest.raises(ExtractError) as info:
        extract(_text_doc("Sign in\n\nSubscribe\n"))
    assert info.value.reason == "no_text"


def test_broken_html_still_yields_its_text() -> None:
    page = ("<html><body><div><p>Iraqi forces entered the town of Rawa on Friday after a short "
            "battle with the remaining fighters, commanders said.<p>Engineers began clearing "
            "explosives from the main road <b>and the bridge<div></table>")
    article = extract(_html_doc(page))
    assert "Iraqi forces entered the town of Rawa" in article.text


def test_runs_of_spaces_and_no_break_spaces_become_one_space_and_lines_stay() -> None:
    text = ("In the past 24 hours, the U.S.-led  coalition\u00a0 conducted five airstrikes near "
            "Mosul,\tDavis said.\n\nThe strikes engaged three ISIL tactical units near Mosul.")
    article = extract(_text_doc(text))
    assert "the U.S.-led coalition conducted five airstrikes near Mosul, Davis said." in article.text
    assert "\n" in article.text


def test_the_heading_right_over_a_list_of_report_lines_is_kept() -> None:
    text = ("Syria\n- Near Kobani, five airstrikes struck an ISIL fighting position.\n"
            "- Near Ar Raqqah, an airstrike destroyed an ISIL vehicle.\n\n"
            "Iraq\n- Near Al Qaim, an airstrike destroyed an ISIL bunker.\n")
    assert clean_text(text).text.startswith("Syria\n- Near Kobani")
