"""The gazetteer: every spelling of a place finds it; loading is cheap."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.names import toponym_key
from sitrep.geo.resolve import Mention, distance_km, resolve

from .conftest import SEED_MONITOR, SEED_ROUNDUP


@pytest.fixture(scope="module")
def gazetteer() -> Iterator[Gazetteer]:
    opened = Gazetteer.open()
    yield opened
    opened.close()


@pytest.mark.parametrize("spellings", [
    ["Qaim", "Al-Qaim", "Al Qaim", "Al Qā'im", "Al-Qaem", "AL QAIM", "Al Kaim"],
    ["Abu Kamal", "Albu Kamal", "al-Bukamal", "Ālbū Kamāl"],
    ["Tadmoor", "Tadmur", "Tadmor"],
    ["Rawa", "Rawah", "Rāwah"],
    ["Deir ez-Zor", "Dayr az Zawr", "Deir al-Zor"],
    ["Baghouz", "Baghuz", "Al-Baghuz"],
    ["Mayadin", "Al Mayādīn", "Al-Mayadeen"],
])
def test_transliterations_of_one_place_share_a_key(spellings: list[str]) -> None:
    assert len({toponym_key(s) for s in spellings}) == 1


def test_different_places_keep_different_keys() -> None:
    assert toponym_key("Mosul") != toponym_key("Basra")
    assert toponym_key("Hit") != toponym_key("Haditha")


def _find(gazetteer: Gazetteer, name: str, country: str) -> list[tuple[str, str]]:
    return [(p.name, p.kind) for p in gazetteer.lookup(name) if p.country == country]


def test_qaim_spellings_find_al_qaim_in_iraq(gazetteer: Gazetteer) -> None:
    for spelling in ("Qaim", "Al-Qaem", "Al Qaim"):
        places = [p for p in gazetteer.lookup(spelling) if p.country == "IQ" and p.kind == "town"]
        assert places and places[0].name == "Al Qā’im"
        assert abs(places[0].lat - 34.37) < 0.1 and abs(places[0].lon - 41.0) < 0.15
        assert places[0].admin1_name == "Anbar"


def test_places_missing_from_cities500_come_from_the_supplement(gazetteer: Gazetteer) -> None:
    assert ("Al Bāghūz Fawqānī", "town") in _find(gazetteer, "Baghouz", "SY")
    assert ("Al Hurī", "town") in _find(gazetteer, "al-Heri", "SY")
    assert ("Ar Rummānah", "town") in _find(gazetteer, "Roumana", "IQ")


def test_provinces_and_countries_are_places_too(gazetteer: Gazetteer) -> None:
    assert ("Anbar", "region") in _find(gazetteer, "Anbar province", "IQ")
    assert ("Deir ez-Zor", "region") in _find(gazetteer, "Deir ez-Zor", "SY")
    iraq = [p for p in gazetteer.lookup("Iraq") if p.kind == "country"]
    assert iraq and iraq[0].geo_precision == 3
    assert 29 < iraq[0].lat < 37 and 38 < iraq[0].lon < 49  # a centroid inside Iraq


def test_short_or_empty_names_find_nothing(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Al") == []
    assert gazetteer.lookup("—") == []


def _mentions(text: str, names: list[str]) -> list[Mention]:
    return [Mention(m.group(0), m.start(), m.end()) for name in names
            for m in re.finditer(rf"\b{re.escape(name)}\b", text)]


def _resolved(gazetteer: Gazetteer, path: Path, names: list[str]) -> dict[str, tuple[str, str]]:
    text = path.read_text(encoding="utf-8")
    return {r.mention.text: (r.place.country, r.place.kind)
            for r in resolve(_mentions(text, names), gazetteer, text=text)}


def test_seed_places_resolve_in_the_right_country_given_their_spans(
        gazetteer: Gazetteer) -> None:
    iraq = ["Qaim", "Rawa", "Mosul", "Karbala", "Roumana"]
    syria = ["Baghouz", "al-Heri", "Palmyra", "Tadmoor"]
    found = _resolved(gazetteer, SEED_MONITOR, [*iraq, *syria, "Anbar"])
    assert {n: found[n] for n in iraq} == {n: ("IQ", "town") for n in iraq}
    assert {n: found[n] for n in syria} == {n: ("SY", "town") for n in syria}
    assert found["Anbar"] == ("IQ", "region")
    iraq = ["Al Qaim", "Haditha", "Kirkuk", "Basra", "Rumana"]
    syria = ["Abu Kamal", "al-Bukamal", "Mayadin"]
    found = _resolved(gazetteer, SEED_ROUNDUP, [*iraq, *syria])
    assert {n: found[n] for n in iraq} == {n: ("IQ", "town") for n in iraq}
    assert {n: found[n] for n in syria} == {n: ("SY", "town") for n in syria}


def test_every_qaim_mention_resolves_to_al_qaim(gazetteer: Gazetteer) -> None:
    text = SEED_ROUNDUP.read_text(encoding="utf-8")
    results = resolve(_mentions(text, ["Qaim", "Al Qaim"]), gazetteer, text=text)
    assert len(results) >= 10
    assert {r.place.name for r in results} == {"Al Qā’im"}


def test_a_province_word_picks_the_province_over_the_city(gazetteer: Gazetteer) -> None:
    text = "Fighting spread across Deir ez-Zor province as Syrian forces advanced."
    result = resolve(_mentions(text, ["Deir ez-Zor"]), gazetteer, text=text)
    assert (result[0].place.kind, result[0].place.geo_precision) == ("region", 2)
    text = "Shelling hit the city of Deir ez-Zor, Syrian state media said."
    assert resolve(_mentions(text, ["Deir ez-Zor"]), gazetteer, text=text)[0].place.kind == "town"


def test_a_famous_town_abroad_beats_a_village_of_a_country_named_once_among_others(
        gazetteer: Gazetteer) -> None:
    text = ("The resolution condemned the attacks in Paris and those in Sousse. The UK fights "
            "ISIL in Syria and Iraq.")
    sousse = resolve(_mentions(text, ["Sousse", "UK", "Syria", "Iraq"]), gazetteer,
                     text=text)[0].place
    assert (sousse.country, sousse.name) == ("TN", "Sousse")


def test_a_peoples_word_for_the_town_puts_it_in_their_country(gazetteer: Gazetteer) -> None:
    # Harare, a city of millions, was once called Salisbury; "English" says which one.
    text = "Russia denied the attack in the southern English city of Salisbury."
    [salisbury] = resolve(_mentions(text, ["Salisbury"]), gazetteer, text=text)
    assert (salisbury.place.name, salisbury.place.country) == ("Salisbury", "GB")
    text = "Russia denied the attack in Salisbury."
    [salisbury] = resolve(_mentions(text, ["Salisbury"]), gazetteer, text=text)
    assert salisbury.place.country == "ZW"


def test_a_town_a_peoples_word_placed_is_that_town_wherever_the_text_names_it_again(
        gazetteer: Gazetteer) -> None:
    text = ("Russia denied the attack in the southern English city of Salisbury. Moscow says "
            "she was visiting her father in Salisbury when they were attacked.")
    found = resolve(_mentions(text, ["Salisbury", "Moscow"]), gazetteer, text=text)
    assert [r.place.country for r in found] == ["GB", "GB", "RU"]


def test_context_picks_among_same_named_places(gazetteer: Gazetteer) -> None:
    text = "Iraqi troops moved from Ramadi towards Rawa, west of Haditha, on Friday."
    rawa = resolve(_mentions(text, ["Rawa"]), gazetteer, text=text)[0].place
    assert (rawa.country, rawa.name) == ("IQ", "Rāwah")
    assert distance_km((rawa.lat, rawa.lon), (34.48, 41.92)) < 5



def test_a_province_of_a_country_the_text_never_names_does_not_outrank_its_towns(
        gazetteer: Gazetteer) -> None:
    text = ("In Syria, coalition forces conducted 10 strikes. In Iraq, they conducted 17.\n"
            "Syria\n* Near Al Hawl, one strike destroyed a vehicle.\n"
            "* Near Al Hasakah, two strikes struck two units.\n"
            "* Near Ar Raqqah, one strike struck a unit.\n"
            "* Near Mar'a, six strikes struck five units.\n"
            "Iraq\n* Near Bayji, one strike struck a unit.\n* Near Mosul, three strikes struck "
            "two units.\n* Near Ramadi, four strikes struck a unit.\n* Near Sinjar, five strikes "
            "struck three units.\nCoalition nations which have conducted strikes in Iraq include "
            "Australia, Belgium, Canada, Denmark, France, Jordan, Netherlands, United Kingdom, "
            "and the United States. Those in Syria include Bahrain, Saudi Arabia and Turkey.")
    names = ["Syria", "Iraq", "Al Hawl", "Al Hasakah", "Ar Raqqah", "Mar'a", "Bayji", "Mosul",
             "Ramadi", "Sinjar", "Australia", "Belgium", "Canada", "Denmark", "France", "Jordan",
             "Netherlands", "United Kingdom", "United States", "Bahrain", "Saudi Arabia",
             "Turkey"]
    [mara] = [r.place for r in resolve(_mentions(text, names), gazetteer, text=text)
              if r.mention.text == "Mar'a"]
    assert mara.country == "SY"


def test_a_country_named_exactly_is_the_country_not_a_town_listed_under_its_name(
        gazetteer: Gazetteer) -> None:
    # GeoNames lists "Iraq" among the names of Arak, Iran; Iranians in the text vote for Iran.
    text = "The ministry condemns the killing of four Iranians in Iraq."
    [iraq] = resolve(_mentions(text, ["Iraq"]), gazetteer, text=text)
    assert (iraq.place.kind, iraq.place.country) == ("country", "IQ")


def test_a_village_abroad_is_no_match_for_a_name_in_a_text_about_other_countries(
        gazetteer: Gazetteer) -> None:
    # GeoNames knows "Al Asad" only as a village in Israel; under an "Iraq" heading it is the
    # Iraqi air base the gazetteer lacks, so it stays unresolved.
    text = "Iraq\n- Near Al Asad, an airstrike struck an ISIL tactical unit.\n"
    assert resolve(_mentions(text, ["Iraq", "Al Asad"]), gazetteer, text=text)[1:] == []
    text = "Israel\n- Near Al Asad, police closed a road.\n"
    [_, asad] = resolve(_mentions(text, ["Israel", "Al Asad"]), gazetteer, text=text)
    assert asad.place.country == "IL"


def test_a_loose_spelling_of_a_town_abroad_is_no_match_in_a_text_about_other_countries(
        gazetteer: Gazetteer) -> None:
    # The gazetteer's nearest spelling of the Syrian village "Al-Shaafah" is Ash Shafā, a town
    # of 72,000 in Saudi Arabia, a country this text never names.
    text = "Near Hajin, Syria, the SDF captured Al-Shaafah after expelling ISIL fighters."
    resolved = resolve(_mentions(text, ["Hajin", "Syria", "Al-Shaafah"]), gazetteer, text=text)
    assert [r.mention.text for r in resolved] == ["Hajin", "Syria"]
    text = "Pilgrims stopped at Al-Shaafah, near Taif in Saudi Arabia."
    resolved = resolve(_mentions(text, ["Al-Shaafah", "Taif", "Saudi Arabia"]), gazetteer,
                       text=text)
    assert resolved[0].place.name == "Ash Shafā"


def test_a_loose_spelling_is_no_match_abroad_where_the_towns_spelled_exactly_are_elsewhere(
        gazetteer: Gazetteer) -> None:
    # The United States is named as an actor, not where the towns are: "Kushkiyah" is not
    # Kooskia, Idaho. A name the text puts in a country keeps its match there.
    text = ("US airstrikes hit Hajin and Abu Kamal. The SDF took Hajin, Abu Kamal, Kushkiyah and "
            "Mayadin. The United States said the US would stay.")
    names = ["Hajin", "Abu Kamal", "Kushkiyah", "Mayadin", "United States", "US"]
    resolved = resolve(_mentions(text, names), gazetteer, text=text)
    assert "Kushkiyah" not in [r.mention.text for r in resolved]
    text = "Navy officer from Woodbridge, Virginia, died near Ayn Issa in northern Syria."
    resolved = resolve(_mentions(text, ["Woodbridge", "Virginia", "Ayn Issa", "Syria"]),
                       gazetteer, text=text)
    assert [r.place.country for r in resolved if r.mention.text == "Ayn Issa"] == ["SY"]


def test_an_acronym_is_not_the_airport_code_of_a_town(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("SDF") == []  # Louisville's airport, and the Syrian Democratic Forces
    assert gazetteer.lookup("Louisville")


def test_an_acronym_matches_only_a_name_spelled_exactly(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("MEU") == []  # a Marine Expeditionary Unit, not Millau or Mayo
    assert [p.name for p in gazetteer.lookup("UAE")] == ["United Arab Emirates"]


def test_a_province_after_a_town_and_a_comma_is_the_province_not_a_namesake_town_nearby(
        gazetteer: Gazetteer) -> None:
    # Califon, New Jersey, near Brooklyn, is also called California in GeoNames.
    text = ("A crowd gathered in Crown Heights, Brooklyn, New York. It came after a killing in "
            "Sacramento, California.")
    names = ["Crown Heights", "Brooklyn", "New York", "Sacramento", "California"]
    resolved = resolve(_mentions(text, names), gazetteer, text=text)
    california = next(r.place for r in resolved if r.mention.text == "California")
    assert (california.kind, california.admin1) == ("region", "CA")
