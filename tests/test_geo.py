"""The gazetteer: every spelling of a place finds it; loading is cheap."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.names import toponym_key


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
