"""The actor knowledge base: who is who among the armed and political actors of Iraq and Syria.

The knowledge base is a YAML file (``data/actors.yaml`` by default, or the ``actors_file``
setting): for each actor an id, an ACLED-style name, the ACLED inter code of its type, a
country, the id of the actor it belongs to, and the names and acronyms news text uses for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from sitrep.errors import ConfigError

#: ACLED inter codes and the actor types they stand for; 0 marks an organisation the knowledge
#: base does not know.
ACTOR_TYPES = {0: "unknown", 1: "state forces", 2: "rebel groups", 3: "political militias",
               4: "identity militias", 5: "rioters", 6: "protesters", 7: "civilians",
               8: "external/other forces"}


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    inter: int
    country: str | None = None
    affiliation: str | None = None
    names: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()

    @property
    def type(self) -> str:
        return ACTOR_TYPES[self.inter]


def default_path() -> Path:
    return Path(str(resources.files("sitrep.actors") / "data" / "actors.yaml"))


class ActorKB:
    """Actors by id. Load with :meth:`ActorKB.load`."""

    def __init__(self, actors: list[Actor]) -> None:
        self.actors = {actor.id: actor for actor in actors}

    def __len__(self) -> int:
        return len(self.actors)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self.actors.values())

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def lineage(self, actor_id: str) -> list[Actor]:
        """Return the actor and the actors it belongs to, innermost first."""
        chain: list[Actor] = []
        current = self.actors.get(actor_id)
        while current is not None and current not in chain:
            chain.append(current)
            current = self.actors.get(current.affiliation) if current.affiliation else None
        return chain

    @classmethod
    def load(cls, path: str | Path | None = None) -> ActorKB:
        """Read and check a knowledge base file; :class:`ConfigError` says what is wrong."""
        source = Path(path) if path else default_path()
        try:
            data = yaml.safe_load(source.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigError(f"cannot read actor knowledge base {source}: {exc.strerror}") from exc
        except yaml.YAMLError as exc:
            raise ConfigError(f"actor knowledge base {source} is not valid YAML: {exc}") from exc
        entries = data.get("actors") if isinstance(data, dict) else None
        if not isinstance(entries, list):
            raise ConfigError(f"actor knowledge base {source} has no 'actors' list")
        actors = [_actor(entry, source) for entry in entries]
        kb = cls(actors)
        if len(kb.actors) != len(actors):
            raise ConfigError(f"actor knowledge base {source} repeats an actor id")
        for actor in actors:
            if actor.affiliation and actor.affiliation not in kb.actors:
                raise ConfigError(f"actor {actor.id!r} in {source} belongs to unknown actor "
                                  f"{actor.affiliation!r}")
        return kb


def _actor(entry: Any, source: Path) -> Actor:
    if not isinstance(entry, dict) or not entry.get("id") or not entry.get("name"):
        raise ConfigError(f"actor knowledge base {source}: every actor needs an id and a name")
    inter = entry.get("inter")
    if inter not in ACTOR_TYPES or inter == 0:
        raise ConfigError(f"actor {entry['id']!r} in {source}: inter must be 1-8, not {inter!r}")
    names = entry.get("names") or []
    acronyms = entry.get("acronyms") or []
    if not isinstance(names, list) or not isinstance(acronyms, list) or not (names or acronyms):
        raise ConfigError(f"actor {entry['id']!r} in {source}: names and acronyms must be lists, "
                          "and at least one must be given")
    return Actor(id=str(entry["id"]), name=str(entry["name"]), inter=int(inter),
                 country=entry.get("country") or None, affiliation=entry.get("affiliation") or None,
                 names=tuple(str(n) for n in names), acronyms=tuple(str(a) for a in acronyms))
