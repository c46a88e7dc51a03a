"""Picking the right place among same-named ones, from what the article says around it.

Each candidate of a mention is scored on: the article's country context (countries named,
demonyms, and mentions that have a single candidate), closeness to the other places the article
names, containment in a province the article names, population, whether the name is spelled
exactly as the place's own name, and whether the mention says "province"/"governorate". Two
passes: the first resolution sharpens the context of the second.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from sitrep.geo.gazetteer import Gazetteer, Place, demonyms
from sitrep.geo.names import toponym_key

#: Weights of the scoring terms (see the module docstring).
W_COUNTRY = 4.0
W_NEAR = 2.0
W_CONTAINED = 2.0
W_EXACT = 1.5
W_POPULATION = 0.35
W_REGION_WORD = 3.0
W_BROAD = 2.0
BIG_CITY = 250_000
METROPOLIS = 1_000_000
FAMOUS_TOWN = 100_000
SMALL_TOWN = 20_000
MINOR_SHARE = 0.1
NEAR_KM = 250.0
_REGION_WORD = re.compile(r"^\W{0,3}(province|governorate|region|district)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name found in a text, as a span."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Resolved:
    mention: Mention
    place: Place
    score: float


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Return the great-circle distance between two (lat, lon) points in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def _country_context(text: str, fixed: Sequence[Place]) -> Counter[str]:
    votes: Counter[str] = Counter()
    table = demonyms()
    for word, count in Counter(_CAPITALISED.findall(text)).items():
        code = table.get(word)
        if code:
            votes[code] += count
    for place in fixed:
        if place.country:
            votes[place.country] += 2 if place.kind == "country" else 1
    return votes


def _score(place: Place, mention: Mention, *, text: str, countries: Counter[str],
           anchors: Sequence[tuple[str, Place]], named_regions: set[tuple[str, str | None]]) -> float:
    total_votes = sum(countries.values()) or 1
    score = W_COUNTRY * countries[place.country] / total_votes
    score += W_POPULATION * math.log10(place.population + 10)
    if place.exact:
        score += W_EXACT
        # A country, an area or a province spelled exactly as named beats a namesake town
        # elsewhere ("California" the state, not California, Maryland), but not the town the
        # province is named after ("Kirkuk", "Aleppo").
        # Big cities keep their claim ("Washington" the capital, not the state).
        # A province of a country nothing else in the text names gets no such claim ("Mar'a",
        # among Syrian towns, is no region of Tanzania).
        unsupported = place.kind == "region" and countries and not countries[place.country]
        if (place.kind in ("country", "area", "region") and not unsupported) \
                or place.population >= BIG_CITY or (
                place.kind == "town" and (place.country, place.admin1) in named_regions):
            score += W_BROAD
        if place.kind == "town" and place.population >= METROPOLIS:
            score += W_BROAD  # "Baghdad" in "Iran exiles say camp struck near Baghdad airport"
    if place.kind == "area":  # spans countries: as if the article's context supports it
        score += W_COUNTRY / 2
    after = text[mention.end:mention.end + 20]
    if place.kind == "region" and _REGION_WORD.match(after):
        score += W_REGION_WORD
    # Other names' places only: a mention must not vouch for itself.
    others = [a for name, a in anchors if name != mention.text and a.geonameid != place.geonameid]
    if place.kind == "town" and any(a.kind == "region" and a.country == place.country
                                    and a.admin1 == place.admin1 for a in others):
        score += W_CONTAINED
    if others and place.kind == "town":
        near = sum(1 for a in others if a.kind == "town"
                   and distance_km((a.lat, a.lon), (place.lat, place.lon)) <= NEAR_KM)
        score += W_NEAR * near / len(others)
    return score


def _spelled(name: str, places: list[Place]) -> list[Place]:
    """A country's name spelled exactly is not another place's loose spelling or other name
    ("Iraq" is not Arak, Iran, which GeoNames also lists as "Iraq", whatever an article about
    Iranians says). Places whose own name it is (Lebanon, Pennsylvania) stay candidates."""
    if any(p.exact and p.kind == "country" for p in places):
        key = toponym_key(name)
        return [p for p in places if (p.kind == "country" and p.exact)
                or toponym_key(p.name) == key]
    return places


def _country_named(places: list[Place]) -> Place | None:
    """The country a name spells exactly, if it does."""
    return next((p for p in places if p.exact and p.kind == "country"), None)


def _famous_namesake(place: Place, places: list[Place], countries: Counter[str]
                     ) -> Place | None:
    """A town of 100,000 people or more spelled exactly as named, abroad, over a village whose
    only claim is one mention of its country among others ("those in Sousse on 25 June", in a
    statement that names Syria once, with Iraq and Britain: Sousse, Tunisia, not As Susah,
    Syria). A text mostly about the village's country keeps it ("Iraqi troops moved towards
    Rawa" is Rawah, Iraq, not Ostrava)."""
    votes = countries[place.country]
    if place.kind != "town" or place.population >= SMALL_TOWN or votes > 2 \
            or votes * 2 >= sum(countries.values()):
        return None
    return next((p for p in places if p.kind == "town" and p.exact and p.country != place.country
                 and p.population >= FAMOUS_TOWN), None)


def _stranger(place: Place, mention: Mention, countries: Counter[str],
              anchors: Sequence[tuple[str, Place]], text: str) -> bool:
    """A village in a country the text names seldom or not at all (under a tenth of the
    country votes of the other names), in a text that names others: more likely a place the
    gazetteer lacks than a namesake abroad ("Near Al Asad", under an "Iraq" heading, is not 'Ein
    el Asad in Israel; "Al-Karmah", near Fallujah in a story of Iraq that names Syria once, is
    not Maharda in Syria). Such a mention stays unresolved. Provinces are left to the province
    rule of _score, and towns of 20,000 people or more keep their claim: dropping them too
    measured worse on GeoWebNews, as did a threshold of a fifth. A town under 100,000 that the
    name only spells loosely, in a country the other names never vote for, is a stranger too
    ("Al-Shaafah", in a story of Syria, is not Ash Shafā in Saudi Arabia); GeoWebNews measured
    the same with it, and worse without the 100,000 bound."""
    if place.kind != "town":
        return False
    own = Counter({a.country: 2 if a.kind == "country" else 1
                   for name, a in anchors if name == mention.text and a.country})
    others = countries - own
    if not others:
        return False
    if not place.exact and not others[place.country] and place.population < FAMOUS_TOWN:
        return True  # "Al-Shaafah", in a story of Syria, is not Ash Shafā in Saudi Arabia
    towns = Counter(a.country for name, a in anchors
                    if name != mention.text and a.kind == "town" and a.exact)
    if not place.exact and towns and towns[place.country] / towns.total() < MINOR_SHARE \
            and not _put_in(mention, place.country, anchors, text):
        # A loose spelling, in a text whose towns spelled exactly are nearly all in other
        # countries: "Kushkiyah" among the villages of Deir ez-Zor is not Kooskia, Idaho, nor
        # "Khara'ij" Karaj, Iran, however often the text names the United States or Iran
        # (but "Ayn Issa in northern Syria" is in Syria, whatever towns of Virginia it names).
        return True
    return place.population < SMALL_TOWN \
        and others[place.country] / sum(others.values()) < MINOR_SHARE


def _put_in(mention: Mention, country: str, anchors: Sequence[tuple[str, Place]],
            text: str) -> bool:
    """Whether the words right after a name put it in ``country`` ("Ayn Issa in northern
    Syria", "Tal Afar, Iraq")."""
    after = text[mention.end:mention.end + 40]
    return any(a.kind == "country" and a.country == country and (
        (found := after.find(name)) >= 0 and _CONTAINER.match(after[:found]))
        for name, a in anchors)


#: A quarter of a place: "northern", "south-east".
_QUARTER = (r"(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
            r"(?:ern)?")
_CONTAINER = re.compile(rf"^\s*(?:,|in|of)\s+(?:the\s+)?(?:{_QUARTER}\s+)?$", re.IGNORECASE)


#: "the southern English city of ", "the Syrian border town of ": a people's word for a kind
#: of place, right before the place's name.
_KIND_OF_PLACE = re.compile(
    rf"\b([A-Z][a-z]+)\s+(?:(?:border|port|market|oil|holy|capital|coastal|desert|{_QUARTER})\s+)?"
    r"(?:city|town|village|capital|port)\s+of\s+$")


def _called_by_demonym(mention: Mention, text: str, places: list[Place]) -> list[Place]:
    """The places of the country a people's word puts a name in ("the southern English city of
    Salisbury" is Salisbury in England, not Harare, which was once called Salisbury), if the
    gazetteer has the name there; none otherwise."""
    found = _KIND_OF_PLACE.search(text, max(0, mention.start - 60), mention.start)
    if found is None:
        return []
    code = demonyms().get(found.group(1))
    return [p for p in places if p.country == code]


def resolve(mentions: Sequence[Mention], gazetteer: Gazetteer, *, text: str,
            lookup: Callable[[str], Sequence[Place]] | None = None) -> list[Resolved]:
    """Return the best place for each mention that the gazetteer knows, in mention order.
    ``lookup`` replaces ``gazetteer.lookup`` (to put a cache in front of it)."""
    find = lookup or gazetteer.lookup
    spelled = {m: _spelled(m.text, list(find(m.text))) for m in mentions}
    # A name a people's word places is that place wherever the text names it again ("the
    # southern English city of Salisbury ... visiting her father in Salisbury").
    placed = {m.text: inside for m, places in spelled.items()
              if (inside := _called_by_demonym(m, text, places))}
    candidates = {m: placed.get(m.text, places) for m, places in spelled.items()}
    # Mentions that name one country only: names found in one country, and countries spelled
    # exactly ("Syria", whatever towns abroad GeoNames spells alike: Seria, Brunei).
    anchors = [(m.text, _country_named(c) or c[0]) for m, c in candidates.items()
               if c and (len({p.country for p in c}) == 1 or _country_named(c))]
    best: dict[Mention, Resolved] = {}
    ranked: dict[Mention, list[tuple[float, Place]]] = {}
    for _ in range(2):
        countries = _country_context(text, [place for _, place in anchors])
        best = {}
        for mention, places in candidates.items():
            if not places:
                continue
            named_regions = {(p.country, p.admin1) for p in places if p.kind == "region" and p.exact}
            scored = [(_score(p, mention, text=text, countries=countries, anchors=anchors,
                              named_regions=named_regions), p)
                      for p in places]
            score, place = max(scored, key=lambda item: item[0])
            town = _famous_namesake(place, places, countries)
            if town is not None:
                score = next(s for s, p in scored if p is town)
                place = town
            if _stranger(place, mention, countries, anchors, text):
                continue
            best[mention] = Resolved(mention, place, score)
            ranked[mention] = scored
        anchors = [(r.mention.text, r.place) for r in best.values()]
    _keep_inside(mentions, best, ranked, text)
    return [best[m] for m in mentions if m in best]


#: What may stand between a place's name and the place a text puts it in: "the Al-Sinek
#: neighborhood in Baghdad", "the Karrada district of Baghdad", "Urem al-Kubra, northern Syria".
_INSIDE = re.compile(r"^\W{0,3}(?:neighbou?rhood|district|subdistrict|quarter|suburb|area|"
                     r"village|town|city|camp)\s+(?:in|of)\s+(?:the\s+)?$", re.IGNORECASE)
_LISTED = re.compile(r"^\s*(?:,|and\b|or\b)")
_COMMA = re.compile(rf"^\s*,\s*(?:(?:the\s+)?{_QUARTER}\s+)?$", re.IGNORECASE)


def _keep_inside(mentions: Sequence[Mention], best: dict[Mention, Resolved],
                 ranked: dict[Mention, list[tuple[float, Place]]], text: str) -> None:
    """A town is in the country of the place the text puts it in ("the Al-Sinek neighborhood
    in Baghdad" is not Scenic, South Dakota, whatever a mention of the U.S. says; "Urem
    al-Kubra, northern Syria"): its best namesake there, or no place at all. After a comma only
    a province or a country that no other name follows is a container: a town after a comma,
    or a country in "Saipan, Guam, Alaska", may be the next of a list. Bare "in" is not enough
    ("St. Gregory of Narek in Vatican": the statue is in the Vatican)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for index, (mention, after) in enumerate(pairwise(ordered)):
        found, outer = best.get(mention), best.get(after)
        if found is None or outer is None or found.place.kind != "town":
            continue
        if outer.place.kind == "town" and _COMMA.match(text[mention.end:after.start]):
            # "Sacramento, California": the province the town is in, not a namesake town
            # near the other places of the text (Califon, New Jersey, in a story of Brooklyn)
            holding = [(score, place) for score, place in ranked[after]
                       if place.kind == "region" and place.exact
                       and (place.country, place.admin1) == (found.place.country,
                                                            found.place.admin1)]
            if holding:
                score, place = max(holding, key=lambda item: item[0])
                best[after] = outer = Resolved(after, place, score)
        # "Woodbridge, Virginia": a province puts a town in it, not only in its country.
        province = outer.place.kind == "region" and outer.place.admin1 is not None
        if found.place.country == outer.place.country and (
                not province or found.place.admin1 == outer.place.admin1):
            continue
        between = text[mention.end:after.start]
        # "Saipan, Guam, Alaska": the next name right after it, a list goes on
        gap = text[after.end:ordered[index + 2].start] if index + 2 < len(ordered) else ""
        listed = _LISTED.match(gap) is not None and " " not in gap.strip(" ,")
        if not (_INSIDE.match(between) or (
                _COMMA.match(between) and outer.place.kind in ("region", "country")
                and not listed)):
            continue
        inside = [(score, place) for score, place in ranked[mention]
                  if place.country == outer.place.country
                  and (not province or place.admin1 == outer.place.admin1)]
        if inside:
            score, place = max(inside, key=lambda item: item[0])
            best[mention] = Resolved(mention, place, score)
        else:
            del best[mention]
