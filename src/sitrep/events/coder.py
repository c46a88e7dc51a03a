"""The event coder: sentences that report political violence, protest or strategic
developments, coded as ACLED-style event reports.

Registered as the spaCy component ``sitrep_events`` (after ``sitrep_dates``), so it reads the
dependency parse and the place, actor and date spans of the same pass. For each sentence:

1. **Triggers.** Verbs and nouns from the lexicon (:mod:`sitrep.events.lexicon`) that report
   an act ("killed", "retaken", "airstrike"). A verb must report something that happened: not
   negated, no modal, not governed by a verb of intent or denial ("planned to attack"), past
   tense (present tense only in a headline, where it stands for the past). A noun needs a
   governing verb that passes the same test, or a date or a place of its own.
2. **Roles.** Actor 1 is the subject of the act (the ``by`` agent of a passive, the modifier of
   a noun: "coalition airstrikes"); actor 2 the object (the passive subject, "attack on X").
   Victims that no actor names are civilians or state forces of the event's country ("killed
   five people" → "Civilians (Iraq)").
3. **Location.** The place that the act's own clause puts it at, not any place the sentence
   names: places under verbs of motion ("taken ... to the hospital in Qaim") or direction
   ("into Iraq") lose, a town beats a province beats a country, and a place inside an actor's
   name is not a location. A report with no place is not coded.
4. **Date.** The date in the act's clause, else in the sentence, else the last date the article
   stated before it in the same paragraph, else, for a headline, the week before publication
   (marked inherited).
5. **Sub-event type.** From the act and the means named around it (suicide, chemical, air,
   grenade, shelling, explosive), the kind of victim (civilians → violence against civilians),
   and who gains territory (state forces → "Government regains territory").
6. **Fatalities.** ACLED's conservative counts: a number given, "dozens" 12, "tens" 10,
   "several" 3, none stated 0; a count of the dead and wounded together gives no more than 3.
   A named person killed counts 1, and is remembered, so two reports of the same strike that
   name different victims add up in fusion.

A list item (a bullet line) whose act names no attacker continues the previous report
("Coalition airstrikes killed four leaders: • A, killed Oct. 26 near Qaim") and takes its
type and actor 1 from it. Several triggers in one sentence at one place are one report.
Reports go to ``doc._.sitrep_events``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.actors import Actor
from sitrep.events import lexicon as lx
from sitrep.geo.gazetteer import Place
from sitrep.geo.names import toponym_key
from sitrep.geo.resolve import SMALL_TOWN, distance_km
from sitrep.nlp import actors as actor_spans
from sitrep.nlp import dates as date_spans
from sitrep.nlp import places as place_spans
from sitrep.nlp.dates import When
from sitrep.nlp.lines import headline_at, is_headline, lines_of, source_text
from sitrep.records import (
    ANOTHER,
    CODER_VERSION,
    EVENT_TYPE_OF,
    TIME_PRECISION,
    UNDATED,
    EventActor,
    EventReport,
)

VERSION = CODER_VERSION
#: How far back (characters) an undated report may take the article's last stated date.
DATE_REACH = 2000
#: How long before publication an act is history told as background, not news.
HISTORY = timedelta(days=366)
#: How far back (characters) a report may continue an earlier one.
CONTINUE_REACH = 1200
#: Acts whose type a continuing report takes from the report it continues.
_CONTINUABLE = {"kill", "attack", "strike"}
#: Nouns that, right after an actor's name, stand for the actor ("IS group", "PKK fighters").
_MEMBERS = {"group", "fighter", "militant", "member", "force", "unit", "cell", "brigade",
            "militia", "militiaman", "gunman", "insurgent", "loyalist"}
#: Words for armed men of no named group; as adjectives they name who did an act ("terrorist
#: attacks").
_ARMED_ADJECTIVES = {"terrorist", "militant", "insurgent", "jihadist"}
#: Plural nouns by which a text refers back to an armed group it has named ("the militants").
_GROUP_NOUNS = _ARMED_ADJECTIVES | {"extremist", "rebel", "fighter", "gunman", "gunmen",
                                    "islamist"}
#: Verbs that make an agreement ("entered into an agreement", "signed a truce").
_AGREEING = {"agree", "sign", "reach", "announce", "declare", "broker", "accept", "enter",
             "conclude", "seal"}
#: Words before a place's name ("near Habbaniyah").
_PLACE_CUES = {"near", "in", "outside", "at"}
#: Participles after a place and a hyphen that make it who leads or backs ("US-led").
_LEADING = {"led", "backed", "supported", "sponsored", "funded", "armed", "trained", "allied",
            "aligned", "linked", "affiliated", "based"}
#: Words of direction before "of" ("north of Baghdad").
_DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                         "southwest", "northeastern", "northwestern", "southeastern",
                         "southwestern", "northern", "southern", "eastern", "western"})
#: How many sentences back a sentence that names no place looks for the town it goes on at.
PLACE_REACH = 3
#: The event type an act is of, where only one (see _continued).
_KIND_OF_ACT = {"strike": "Explosions/Remote violence", "shell": "Explosions/Remote violence",
                "explode": "Explosions/Remote violence", "clash": "Battles"}
#: Acts that may take the article's last stated date (strike lists under "On Nov. 1, ...").
_VIOLENT = {"kill", "strike", "shell", "explode", "attack", "clash"}
#: Actor ids of forces that strike from the air.
_AIR_ACTORS = {"coalition", "us-forces", "iq-air-force", "sy-air-force", "ru-forces",
               "il-forces", "uk-forces", "fr-forces", "tr-forces"}
_SPELL = re.compile(r"\b(?:past|last|recent|previous|over|since|throughout|several|few)\b",
                    re.IGNORECASE)
_NUMBER = re.compile(r"^\d{1,3}(?:,\d{3})*$|^\d+$")
_RANGE = re.compile(r"^(\d+)[-–](\d+)$")
_TENS = frozenset({20, 30, 40, 50, 60, 70, 80, 90})
#: Entity types of places.
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True, slots=True)
class _Candidate:
    trigger: Token
    report: EventReport
    priority: int
    also: tuple[Place, ...] = ()  # other towns the act is reported at ("in Jabla and Tartus")


@dataclass(frozen=True, slots=True)
class _Later:
    """What a sentence that names no place or date of its own tells of an act told before it:
    how it was done ("Seventeen rockets struck near the base": ``sub``, with the words that
    name what it refers to), who did it to whom ("Daesh targeted families": ``event_type``
    and the actors) or its toll ("Police said 12 people were killed")."""

    number: int  # the sentence's
    sub: str | None = None
    links: frozenset[str] = frozenset()
    actor1: EventActor | None = None
    actor2: EventActor | None = None
    event_type: str | None = None  # of a doer's act ("Daesh targeted families")
    fatalities: int = 0
    victims: tuple[str, ...] = ()
    reach: int = 2  # how many sentences back the act it tells of may be
    place: Place | None = None  # where a person named dead fell ("Dayton was mortally
    names: frozenset[str] = frozenset()  # wounded in the vicinity of Ayn Issa"): the names
    more: bool = False  # whether the toll adds named dead to the act's ("also killed")
    of_kind: str | None = None  # the event type of the act a toll names ("the bombing")
    when: When | None = None  # the date of an act told again, with its means
    within: str | None = None  # the country the act told before is in, where one is named


@dataclass(frozen=True, slots=True)
class _Context:
    """What an earlier sentence's act was and who did it, for reports that continue it."""

    start: int  # where its sentence starts
    event_type: str
    sub_event_type: str
    actor1: EventActor


@Language.factory("sitrep_events")
def make_coder(nlp: Language, name: str) -> Coder:
    places = nlp.get_pipe("sitrep_places")
    gazetteer = getattr(places, "gazetteer", None)

    def country(code: str) -> Place | None:
        return gazetteer.country(code) if gazetteer is not None else None

    kb = getattr(nlp.get_pipe("sitrep_actors"), "kb", None) \
        if "sitrep_actors" in nlp.pipe_names else None

    def actor(actor_id: str) -> Actor | None:
        return kb.get(actor_id) if kb is not None else None

    def cued(name: str, code: str) -> Place | None:
        return gazetteer.cued(name, code) if gazetteer is not None else None

    return Coder(name, country, actor, cued)


class Coder:
    version = VERSION

    def __init__(self, name: str, country: Callable[[str], Place | None],
                 actor: Callable[[str], Actor | None] = lambda _: None,
                 cued: Callable[[str, str], Place | None] = lambda *_: None) -> None:
        self.name = name
        self.country = country
        self.actor = actor
        self.cued = cued  # places named like people, known only where a text cues them
        if not Doc.has_extension("sitrep_events"):
            Doc.set_extension("sitrep_events", default=None)

    def _country_name(self, code: str) -> str:
        place = self.country(code)
        return place.name if place is not None else code

    def __call__(self, doc: Doc) -> Doc:
        doc._.sitrep_events = list(self.code(doc))
        return doc

    # -- the article ------------------------------------------------------------------------

    def code(self, doc: Doc) -> Iterator[EventReport]:
        actor_list = list(doc.spans.get(actor_spans.SPAN_KEY, []))
        dated = [(s, s._.sitrep) for s in doc.spans.get(date_spans.SPAN_KEY, [])
                 if s._.sitrep is not None]
        # A place inside an actor's name ("Islamic State of Iraq and Syria") is not a location.
        named = [s for s in doc.spans.get(place_spans.SPAN_KEY, [])
                 if not any(a.start <= s.start and s.end <= a.end for a in actor_list)]
        places = [(s, s._.sitrep) for s in named if s._.sitrep is not None]
        abroad = _abroad_under_heading(places)
        places = [(s, p) for s, p in places if s not in abroad]
        unknown = [s for s in named if s._.sitrep is None or s in abroad]
        if unknown:
            places = sorted(places + self._unmapped(unknown, places), key=lambda sp: sp[0].start)
        context: list[_Context] = []
        # What sentences tell of acts told before them; _candidate adds them unnumbered (-1)
        # and they take their sentence's number here.
        later: list[_Later] = []
        story: list[tuple[int, EventReport]] = []  # the reports, by sentence number
        for number, sent in enumerate(doc.sents):
            told = len(later)
            story.extend((number, report) for report in self._sentence(
                doc, sent, places, actor_list, dated, context, number, later))
            later[told:] = [replace(item, number=number) for item in later[told:]]
        for item in later:
            if item.event_type is not None:
                _add_doer(story, item)
            elif item.place is not None:
                _add_place(story, item)
            elif item.sub is None:
                _add_toll(story, item)
            elif _refine(story, item):
                # told of the act before, not of one of its own at the town told before
                story = [(told, report) for told, report in story if told != item.number
                         or report.sub_event_type != item.sub
                         or not ("place" in report.inherited or (
                             item.within is not None and report.geo_precision == 3))]
        for _, report in story:
            yield report

    def _sentence(self, doc: Doc, sent: Span, places: list[tuple[Span, Place]],
                  actor_list: list[Span], dated: list[tuple[Span, When]],
                  context: list[_Context], number: int, later: list[_Later]
                  ) -> list[EventReport]:
        headline = _headline(sent)
        in_sent = [(s, p) for s, p in places if sent.start <= s.start and s.end <= sent.end]
        actors_in = [s for s in actor_list if sent.start <= s.start and s.end <= sent.end]
        dates_in = [(s, w) for s, w in dated if sent.start <= s.start and s.end <= sent.end]
        if _not_political(sent) or _back_matter(sent):
            return []
        candidates: list[_Candidate] = []
        # "#### Battle of Hajin", or "Strikes in Syria" alone on its line, with no verb,
        # after running text: a section heading that names a battle is a title, not news of
        # an act; one with a verb ("## Suicide bomber kills 20") still reports one.
        section = _section(sent) or (
            headline and "\n" not in sent.text.strip()
            and not any(t.pos_ in ("VERB", "AUX") for t in sent) and _after_prose(sent))
        for token in sent:
            act = _act_of(token)
            if act is None or (section and token.pos_ != "VERB") \
                    or not _actual(token, headline, dates_in, in_sent):
                continue
            candidate = self._candidate(doc, sent, token, act, in_sent, actors_in, dates_in,
                                        dated, context, headline, places, later)
            if candidate is not None:
                candidates.append(candidate)
        if not candidates and (listed := _dead_listed(sent)) is not None:
            later.append(listed)
        candidates = _dated_by_siblings(candidates)
        # One report per place and date a sentence reports: the most specific act at each.
        best: dict[tuple[str | None, date | None, date | None], _Candidate] = {}
        for candidate in candidates:
            key = (candidate.report.place_ref, candidate.report.date_start,
                   candidate.report.date_end)
            kept = best.get(key)
            if kept is None or candidate.priority > kept.priority or (
                    candidate.priority == kept.priority
                    and candidate.report.confidence > kept.report.confidence):
                if kept is not None:
                    candidate = _merge(candidate, kept)
                best[key] = candidate
            else:
                best[key] = _merge(kept, candidate)
        reports: list[EventReport] = []
        for candidate in sorted(best.values(), key=lambda c: c.trigger.i):
            if not candidate.also:
                reports.append(candidate.report)
                continue
            # "attacks in the towns of Jabla ... and Tartus": one event per town. A toll the
            # sentence gives for them together belongs to none of them alone.
            first = replace(candidate.report, fatalities=0, victims=())
            reports.append(first)
            taken = {place_ref for place_ref, _, _ in best}
            reports.extend(replace(first, **_place_fields(place)) for place in candidate.also
                           if str(place.geonameid) not in taken)
        return reports

    # -- one trigger ------------------------------------------------------------------------

    def _candidate(self, doc: Doc, sent: Span, trigger: Token, act: str,
                   places: list[tuple[Span, Place]], actors_in: list[Span],
                   dates_in: list[tuple[Span, When]], dated: list[tuple[Span, When]],
                   context: list[_Context], headline: bool,
                   everywhere: list[tuple[Span, Place]], later: list[_Later]
                   ) -> _Candidate | None:
        clause = _clause_of(trigger)
        scope = {t.i for t in clause.subtree}
        agents, patients = _roles(trigger, clause, act)
        place = _location(trigger, clause, act, places, patients)
        if place is None and act in ("strike", "shell") \
                and (aftermath := _aftermath(trigger, clause)) is not None:
            # "fighters escaped following Turkish airstrikes from a camp at Ain Issa"
            place = _location(trigger, aftermath, act, places, patients)
        inherited: list[str] = []
        went_on = False  # whether the act is put where the sentences before it were
        if place is None and act in _VIOLENT | {"disrupt"} and agents \
                and all(p.kind == "country" and span.root.dep_ in ("amod", "compound", "nmod")
                        and span.root.head.i in {trigger.i, *(a.i for a in agents)}
                        for span, p in places) and not _definite(trigger) \
                and not _section(sent):  # not "### Government counter-attack"
            # "After seizing the area, the ISF fought off several counterattacks", "a Jan. 3
            # U.S. strike hit the compound": a sentence that names no place (a country that
            # only qualifies the doer is none) goes on where the sentences before it were.
            place = _town_before(sent, everywhere)
            if place is not None:
                inherited.append("place")
                went_on = True
        where = place[1] if place is not None else None
        country = where.country if where is not None else None
        continued: _Context | None = None
        actor1 = self._actor(agents, actors_in, country, "agent") or \
            self._national(trigger, agents, places)
        if actor1 is None and act == "strike":
            actor1 = self._investigator(trigger, actors_in, country)
        if actor1 is None:
            # "Last week, it announced that it had found a base": who "it" is.
            actor1 = self._referent(agents, country)
            if actor1 is not None:
                inherited.append("actor1")
        actor2 = self._actor(patients, actors_in, country, "patient")
        if (actor2 is None or actor2.inter == 0) and act in ("retake", "seize"):
            # "attempted to seize the hospital complex from ISIL fighters": whom it was taken
            # from, rather than an organisation the ground is named after ("seized the
            # Government Center in Ramadi from Da'esh"), which is no side ("retake Anbar
            # University")
            actor2 = self._actor(_objects_of(clause, ("from",)), actors_in, country,
                                 "agent") or (actor2 if actor2 is None or actor2.inter else None)
        if actor2 is not None and actor2.inter == 0 and _site_name(actor2.name):
            actor2 = None  # "an assault on Al-Fourat University", "the U.S. Embassy": a site
        if actor2 is None and act in ("strike", "shell"):
            owner = _owner(trigger, clause, actors_in)
            if owner is None and (owner := _owner_told_before(patients, sent)) is not None:
                inherited.append("actor2")
            actor2 = self._actor_of(owner, country) if owner is not None else None
        if (defence := _defended(trigger)) is not None:
            # "Iraqi forces foil IS attack on Ramadi", "hold off a jihadist attack": those who
            # held it off are the side it was made on
            defenders = self._actor([c for c in defence.children if c.dep_ == "nsubj" or (
                c.dep_ == "compound" and c.i < defence.i)], actors_in, country, "patient")
            if defenders is not None and defenders.inter:
                actor2 = defenders
        if actor1 is not None and actor2 is not None and actor1.name == actor2.name:
            actor2 = None
        # "Bombs against Iraqi Sunnis kill 51": whom the doing was against are victims too.
        harmed = patients + [o for a in agents for o in _objects_of(a, ("against",))]
        if place is None and act in _VIOLENT and _at_home(harmed):
            # "Gunmen kill 10 Iraqi policemen": where nothing else says, the victims' country.
            place = _victims_country(harmed, places) or self._home(actor2, harmed, places)
            if place is not None:
                inherited.append("place")
                where, country = place[1], place[1].country
                if actor2 is not None and actor2.country is None:
                    actor2 = self._actor(patients, actors_in, country, "patient")
        if place is None and act == "retake" and actor1 is not None and actor1.inter == 1 \
                and actor1.country and all(p.kind == "country" and p.country == actor1.country
                                           for _, p in places) \
                and (home := self.country(actor1.country)) is not None:
            # "Iraq army retakes Saddam Hussein's home village from Islamist rebels": a state
            # regains its own ground, at the town the story is at ("The central hospital was
            # recaptured by Iraqi forces") if it is told of one there.
            town = _town_before(sent, everywhere)
            place = town if town is not None and town[1].country == home.country \
                else (trigger.doc[trigger.i:trigger.i + 1], home)
            inherited.append("place")
            where, country = place[1], home.country
        means = _means(trigger, clause, agents, sent)
        if act in ("retake", "seize") and trigger.dep_ == "xcomp" \
                and trigger.head.lemma_.lower() in lx.ATTEMPTS:
            act = "clash"  # "Iraqi forces attempted to seize the hospital from ISIL"
        sub = _sub_event(act, trigger, means, actor1, actor2, patients, sent)
        if sub is None:
            return None
        assoc2: tuple[EventActor, ...] = ()
        if sub == "Attack" and actor2 is not None and actor2.inter in (2, 3, 4) \
                and any(_of_community(p) for p in patients):
            # "killed 70 members of the Albu Nimr tribe": civilians of that tribe
            actor2, assoc2 = self._civilians(country), (actor2,)
        if actor1 is None and _definite(trigger) and act in _VIOLENT:
            # "called in a U.S airstrike ... The airstrike misfired": the doer named with the
            # act where it was first told
            actor1 = self._done_before(trigger, country, everywhere)
            if actor1 is not None:
                inherited.append("actor1")
        if act in _CONTINUABLE and actor1 is None:
            continued = _continued(context, sent, trigger, agents)
            if continued is not None and act == "kill" and any(
                    _KIND_OF_ACT.get(_act_of(a) or "", continued.event_type)
                    != continued.event_type for a in _acts_killing(trigger)):
                # "50 militants had been killed in coalition air strikes and 15 others had
                # been killed in clashes": the clashes are not the strikes' doing
                continued = None
            if continued is not None and sub == "Air/drone strike" \
                    and continued.actor1.inter not in (1, 8):
                continued = None  # "killed in an airstrike" after the SDF's advance: not theirs
            if continued is not None and actor2 is not None \
                    and continued.actor1.name == actor2.name:
                continued = None  # "400 ISIL fighters were killed" after ISIL's attack
            if continued is not None:
                actor1 = continued.actor1
                inherited.append("actor1")
                # The next line of a list continues this one.
                context.append(replace(continued, start=sent.start_char))
                # Not a change of territory: "a Basij member was killed in fighting" after
                # "16 villages had been cleared" is a clash.
                if means is None and (continued.event_type == "Explosions/Remote violence"
                                      or continued.sub_event_type == "Armed clash"):
                    sub = continued.sub_event_type
                    inherited.append("type")
        elif actor1 is not None:
            context.append(_Context(sent.start_char, EVENT_TYPE_OF[sub], sub, actor1))
        # "in the past three weeks", "more than 630 airstrikes since July", "regained 300
        # square miles since the isolation of Raqqa began last month", "referring to IS
        # attacks in France in recent years": a tally of acts.
        summary = any((s.root.i in scope or trigger.tag_ == "NNS") and (
            (s._.sitrep is None and _SPELL.search(s.text))
            or (s.start > 0 and doc[s.start - 1].lower_ in ("since", "throughout"))
            or _since_clause(s.root))
            for s in doc.spans.get(date_spans.SPAN_KEY, []) if sent.start <= s.start < sent.end) \
            or any(c.dep_ == "dobj" and c.lemma_ in _AREA and any(m.lower_ == "square"
                                                                   for m in c.children)
                   for c in trigger.children)
        # "In Syria, forces conducted 23 strikes using attack ... aircraft", "a series of
        # airstrikes this week" (not a day's "wave of bombings"): a count of acts.
        days = any(when.precision in ("week", "month") for _, when in dates_in)
        counted = any(_act_of(t) is not None and (
            (t.tag_ == "NNS" and any(c.dep_ == "nummod" and (_number_of(c) or 0) > 1
                                     for c in t.children))
            or (days and t.dep_ == "pobj" and t.head.lower_ == "of"
                and t.head.head.lemma_ in _SERIES))
            for t in sent)
        country_only = place is not None and "place" not in inherited \
            and where is not None and where.kind == "country"
        if (place is None or "place" in inherited or country_only) and not summary \
                and not dates_in and EVENT_TYPE_OF[sub] == "Explosions/Remote violence" \
                and (links := _refers_back(trigger, clause)):
            # "the attack consisted of three rockets": how an attack told before was done (not
            # "In July, Russian air-strikes relieved the pressure on the mountain": another
            # day); "rocket attacks on the United States Embassy in Iraq": how the attacks on
            # the embassy in Baghdad were, told at the country they were in.
            later.append(_Later(-1, sub, frozenset(links), actor1,
                                within=where.country if country_only and where else None))
        if (place is None or went_on) and act in ("kill", "attack") \
                and not summary and not dates_in \
                and (reach := _toll_reach(trigger, agents, sent)):
            # "Police said at least 12 people were killed": the toll of the act told before,
            # not an act of its own where that one happened
            fatalities, victims = _fatalities(trigger, act, sent, patients)
            if fatalities:
                # "al-Muhandis, who was also killed in the airstrike": more dead, named apart
                also = victims != () and any(c.lower_ == "also" for c in trigger.children)
                named = [_KIND_OF_ACT.get(_act_of(t) or "") for t in (trigger, *agents)
                         if _refers_to_act(t)]
                later.append(_Later(-1, fatalities=fatalities, victims=victims, reach=reach,
                                    more=also, of_kind=next((k for k in named if k), None)))
            return None
        if place is None and not summary and means is not None and actor1 is not None \
                and "actor1" not in inherited \
                and (when := _date(clause, scope, dates_in)) is not None:
            # "Turkey began a military offensive into north-eastern Syria on Wednesday. [...]
            # On Wednesday, Turkey began a military offensive with airstrikes": the same act,
            # told again with how it was done.
            later.append(_Later(-1, sub, frozenset({trigger.lower_, trigger.lemma_.lower()}),
                                actor1, when=when))
        if place is None or where is None or summary \
                or (counted and where.kind not in ("town", "unmapped")):
            # No place; "killed four leaders in the past three weeks"; "22 strikes in Syria".
            return None
        when = _date(clause, scope, dates_in)
        if when is None:
            # "Last week, it announced that it had found a base": found by then.
            when = _reported_date(clause, dates_in)
        if when is None and _definite(trigger):
            # "The United States carried out the airstrike at Baghdad airport": the date of
            # "an airstrike" told before.
            when = _told_before(trigger, dated)
        if when is None:
            # A list item takes the date of the list it continues, however long the list.
            when = _last_date(dated, sent.start_char, None if continued else DATE_REACH) \
                if act in _VIOLENT or _now_held(trigger) else None
            if when is None and (headline or _recent(trigger, clause)
                                 or (act in _VIOLENT and not dated)):
                # A headline, "has been liberated", "condemns the attack", a report that
                # names no date at all ("Near Mosul, three strikes destroyed ..."): the days
                # before publication.
                when = _week_before(doc)
                if when is not None and not dated:
                    inherited.append(UNDATED)  # see fuse.apart
            if when is None:
                if act == "kill" and where is not None and where.kind == "town" \
                        and "place" not in inherited \
                        and (names := {p.text for p in patients if _is_person(p)}):
                    # "Dayton was mortally wounded in the vicinity of Ayn Issa": where the
                    # man told of before as dead fell
                    later.append(_Later(-1, place=where, names=frozenset(names)))
                if actor1 is not None and "actor1" not in inherited and not dates_in \
                        and (place is None or "place" in inherited) and act in _VIOLENT:
                    # "The attack was ... on Sunday in Karrada. [...] Daesh targeted families
                    # out shopping": who did the act told before, in a new paragraph.
                    later.append(_Later(-1, actor1=actor1, actor2=actor2,
                                        event_type=EVENT_TYPE_OF[sub]))
                return None
            inherited.append("date")
        if when.precision == "year":
            # A year is not a date an event can be coded with, whether the clause gives it or
            # one told before ("The 2017 Mayadin offensive ... The offensive was conducted").
            return None
        published = doc._.sitrep_published
        if published is not None and when.end < published[0] - HISTORY:
            # "Princip ... assassinated Archduke Franz Ferdinand in June 1914", in a story of
            # 2018: history told as background, not news of an event.
            return None
        if act in _VIOLENT and (actor1 is None or actor1.ref == "unidentified-armed-group") \
                and (claimant := _claimant(sent)) is not None:
            # "attacks ... for which Da'esh has claimed responsibility", "one in Baghdad
            # claimed by Daesh", "... Islamic State claimed responsibility for the attack."
            actor1 = self._actor_of(claimant, country)
        if sub in ("Government regains territory", "Arrests") and actor1 is None:
            # "arrested ... during a police raid": the police; else the state's forces
            police = next((t for t in sent if t.lower_ == "police"), None)
            actor1 = self._generic(police, country, "agent") \
                if police is not None and sub == "Arrests" else None
            actor1 = actor1 or self._state_forces(country)
            inherited.append("actor1")
        if sub == "Arrests" and not _political_arrest(
                actor1 if "actor1" not in inherited else None, actor2, patients, sent):
            # "The owner of a restaurant was arrested on federal charges that he had traded on
            # inside information": ACLED codes the arrests of a conflict, not of crime.
            return None
        if sub in _CROWD_ACTS and actor1 is None and country:
            actor1 = self._crowd(_CROWD_ACTS[sub], country)  # ACLED's "Protesters (Iraq)"
            inherited.append("actor1")
        if sub in ("Government regains territory", "Non-state actor overtakes territory") \
                and actor2 is None:
            actor2 = _loser(actors_in, actor1, sub, trigger)
        if sub == "Armed clash" and actor2 is None and actor1 is not None and actor1.inter == 1:
            # "Frequent firing could be heard from the Iraqi side ... toward al-Bukamal", in a
            # story of the war on IS: a clash has two sides, and state forces fight the armed
            # group the story is about.
            actor2 = _story_enemy(doc)
            if actor2 is not None:
                inherited.append("actor2")
        assoc1 = tuple(self._assoc(agents, actors_in, actor1, country))
        fatalities, victims = _fatalities(trigger, act, sent, patients)
        if fatalities and any(t.lower_ == "more" and t.i > sent.start and doc[t.i - 1].like_num
                              for t in sent):
            inherited.append(ANOTHER)  # "killed 35 more civilians": not the toll told before
        if (actor2 is None or not fatalities) and _definite(trigger) \
                and (killed := self._killed_before(trigger, actor1, country)):
            # "United States forces killed Qasem Soleimani, head of Iran's Quds Force, in an
            # airstrike. [...] The United States carried out the airstrike at Baghdad
            # airport": whom the airstrike told before, where no place was, killed.
            actor2 = actor2 or killed[0]
            if not fatalities:
                fatalities, victims = killed[1], killed[2]
        if actor2 is None and fatalities and EVENT_TYPE_OF[sub] == "Explosions/Remote violence" \
                and _among_civilians(clause):
            actor2 = self._civilians(country)  # "Car bombs kill 18 at Iraq Shiite mosques"
        confidence = 0.45 + (0.15 if actor1 is not None and "actor1" not in inherited else 0) \
            + (0.1 if actor2 is not None else 0) + (0.1 if place[0].root.i in scope else 0) \
            + (0.1 if "date" not in inherited else 0) + (0.05 if trigger.pos_ == "VERB" else 0) \
            - 0.1 * len([f for f in inherited if f not in ("actor1", ANOTHER)])
        evidence_start, evidence_end = _evidence(sent)
        report = EventReport(
            event_type=EVENT_TYPE_OF[sub], sub_event_type=sub,
            start=evidence_start, end=evidence_end,
            evidence=source_text(doc)[evidence_start:evidence_end],
            actor1=actor1, actor2=actor2, assoc_actor_1=assoc1, assoc_actor_2=assoc2,
            **_place_fields(where), date_start=when.start, date_end=when.end,
            time_precision=TIME_PRECISION[when.precision], fatalities=fatalities,
            victims=victims, trigger=trigger.text, inherited=tuple(inherited),
            confidence=round(max(0.05, min(0.99, confidence)), 2))
        listed = where.kind == "town" and "place" not in inherited \
            and _former_or_latter(patients, places) is None
        return _Candidate(trigger, report, _PRIORITY.get(sub, 1),
                          _coordinated(place, places) if listed else ())

    # -- places the gazetteer lacks ----------------------------------------------------------

    def _unmapped(self, unknown: list[Span], places: list[tuple[Span, Place]]
                  ) -> list[tuple[Span, Place]]:
        """Place names the gazetteer lacks, after "near", "in", "outside" or "at" ("Near
        Habbaniyah, one strike ...") or called a town ("the Syrian town of Dabiq"), as places
        of kind ``unmapped``: named as written, put in the province or country the text puts
        them in, at its coordinates. That is the country of the town word ("Syrian"), the
        place named right after a comma ("Urem al-Kubra, northern Syria"), else the country of
        the last town or province named in the sentence or the three before it. Other mentions
        of the name are the same place. An event there is still an event; its map precision
        says the town is not on the map."""
        containers: dict[str, Place] = {}
        for span in unknown:
            container = self._container(span, places)
            if container is not None:
                containers.setdefault(span.text, container)
        found = []
        for span in unknown:
            container = containers.get(span.text)
            if container is None:
                continue
            known = self.cued(span.text, container.country)
            if known is not None:
                # "Near Al Asad, ...": the air base, which the gazetteer leaves out as a name
                # people bear too
                found.append((span, known))
                continue
            region = container.kind == "region"
            found.append((span, Place(
                0, span.text, container.country, container.admin1 if region else None,
                container.admin1_name if region else None, container.lat, container.lon, 0,
                "unmapped")))
        return found

    def _container(self, span: Span, places: list[tuple[Span, Place]]) -> Place | None:
        """The province or country an unmapped place name is put in (see _unmapped)."""
        doc = span.doc
        if place_spans.town_named(span):  # "the Syrian town of Dabiq": the town word's country
            noun = doc[span.start - 2]
            kinds = [p for s, p in places if s.root.head.i == noun.i and s.end <= noun.i
                     and s.root.dep_ in ("amod", "compound", "nmod")]
            return self.country(kinds[0].country) if kinds else None
        if span.start == 0 or doc[span.start - 1].lower_ not in _PLACE_CUES:
            return None
        after = [p for s, p in places if span.end < s.start <= span.end + 2
                 and doc[span.end].text == "," and p.kind in ("region", "country")]
        if after:
            return after[0]
        # "Iraq" as a heading over a list of "Near Kisik, ..." lines: the heading's country,
        # unless a town or province named under the heading says otherwise.
        headings = [(s, p) for s, p in places if s.end <= span.start and p.kind == "country"
                    and _heading(s)]
        first = max(_sentences_back(span.sent, PLACE_REACH),
                    headings[-1][0].end if headings else 0)
        before = [p for s, p in places if first <= s.start and s.end <= span.start
                  and p.kind in ("town", "region") and s.label_ != "demonym"]
        if before:
            return self.country(before[-1].country)
        return self.country(headings[-1][1].country) if headings else None

    # -- actors -----------------------------------------------------------------------------

    def _actor(self, roles: list[Token], actors_in: list[Span], country: str | None,
               role: str) -> EventActor | None:
        for token in roles:
            span = _span_for(token, actors_in) or _group_referred(token) \
                or _group_of(token, actors_in)
            if span is not None:
                return self._actor_of(span, country)
            generic = self._generic(token, country, role)
            if generic is not None:
                return generic
        return None

    def _investigator(self, trigger: Token, actors_in: list[Span], country: str | None
                      ) -> EventActor | None:
        """The state forces that investigate a strike no one is named as doing ("U.S. Air
        Forces Central Command will release the results of the Dayr az Zawr airstrike
        investigation"): armed forces investigate their own strikes, where others (a UN
        panel, a rights group) investigate anyone's."""
        inquiry = trigger.head
        if trigger.dep_ == "pobj" and inquiry.lower_ in ("into", "of"):
            inquiry = inquiry.head  # "the investigation into the airstrike"
        elif trigger.dep_ not in ("compound", "amod", "nmod"):
            return None
        if inquiry.lemma_.lower() not in _INQUIRIES:
            return None
        owners = [c for c in inquiry.children if c.dep_ == "poss"]
        verb = _governing_verb(inquiry)
        if verb is not None:
            owners += [c for c in verb.children if c.dep_ == "nsubj"]
        for owner in owners:
            span = _span_for(owner, actors_in)
            actor = self._actor_of(span, country) if span is not None else None
            if actor is not None and actor.inter in (1, 8):
                return actor
        return None

    def _killed_before(self, trigger: Token, actor1: EventActor | None, country: str | None
                       ) -> tuple[EventActor | None, int, tuple[str, ...]] | None:
        """Whom the act a definite act noun refers back to killed, told in one of the two
        sentences before by a doer that is this act's (or by none): the side acted on, the
        toll and the named dead."""
        mention = _mention_before(trigger, _sentences_back(trigger.sent, 2))
        if mention is None:
            return None
        killing = next((a for a in mention.ancestors if _act_of(a) == "kill"), None)
        if killing is None:
            return None
        clause = _clause_of(killing)
        agents, patients = _roles(killing, clause, "kill")
        sent = mention.sent
        actors_in = _actor_spans(sent.doc, sent.start, sent.end)
        doer = self._actor(agents, actors_in, country, "agent") \
            or self._national(killing, agents, [])
        if doer is not None and actor1 is not None and doer.name != actor1.name:
            return None
        fatalities, victims = _fatalities(killing, "kill", sent, patients)
        victim = self._actor(patients, actors_in, country, "patient")
        return (victim, fatalities, victims) if victim is not None or fatalities else None

    def _done_before(self, trigger: Token, country: str | None,
                     everywhere: list[tuple[Span, Place]]) -> EventActor | None:
        """The doer a definite act noun's earlier mention, in one of the two sentences before,
        is named with: "a U.S airstrike", "an ISIL attack" (not the subject of its sentence,
        which may only have asked for it)."""
        mention = _mention_before(trigger, _sentences_back(trigger.sent, 2))
        if mention is None:
            return None
        sent = mention.sent
        modifiers = [c for c in mention.children if c.dep_ in ("compound", "amod", "poss", "nmod")
                     and c.lemma_.lower() not in _ACT_KINDS]
        actors_in = _actor_spans(sent.doc, sent.start, sent.end)
        return self._actor(modifiers, actors_in, country, "agent") or self._national(
            mention, modifiers, [(s, p) for s, p in everywhere if sent.start <= s.start < sent.end])

    def _referent(self, agents: list[Token], country: str | None) -> EventActor | None:
        """The actor a pronoun subject ("it", "they") stands for: the subject before it, in
        its sentence or the two before, if that subject is an actor."""
        if not agents or agents[0].tag_ != "PRP" or agents[0].lower_ not in {"it", "they"}:
            return None
        antecedent = _antecedent(agents[0])
        if antecedent is None:
            return None
        sent = antecedent.sent
        return self._actor([antecedent], _actor_spans(sent.doc, sent.start, sent.end), country,
                           "agent")

    def _assoc(self, agents: list[Token], actors_in: list[Span], actor1: EventActor | None,
               country: str | None) -> Iterator[EventActor]:
        if actor1 is None or not agents:
            return
        seen = {actor1.name}
        for conj in agents[0].conjuncts:
            span = _span_for(conj, actors_in)
            actor = self._actor_of(span, country) if span is not None else \
                self._generic(conj, country, "agent")
            if actor is not None and actor.name not in seen:
                seen.add(actor.name)
                yield actor

    def _actor_of(self, span: Span, country: str | None) -> EventActor:
        actor: Actor | None = span._.sitrep
        if actor is None:
            # "the 10th Army Division", or "the Army", no army named next to it: the army of
            # the country where it fights
            army = self._state_forces(country) if _ARMY_UNIT.fullmatch(span.text) else None
            return army or EventActor(span.text, 0)
        if actor.id == "civilians":
            return self._civilians(country)
        if actor.id in ("protesters", "rioters"):
            return self._crowd(actor.id, country)
        return _event_actor(actor)

    def _generic(self, token: Token, country: str | None, role: str) -> EventActor | None:
        """An actor a common noun stands for: soldiers, police, civilians, militants."""
        lemma = token.lemma_.lower()
        if lemma in _FORCES | {"fighter"} and (kind := _kurdish(token)) is not None:
            # "Kurdish forces retook Jalawla": the Peshmerga in Iraq, the YPG (or, led by
            # Kurds, the SDF) in Syria; elsewhere not known.
            return self._known(_KURDISH.get((kind, country or ""), ""))
        if lemma == "personnel" and any(c.lemma_.lower() in _OF_THE_STATE
                                        for c in token.children):
            lemma = "force"  # "security personnel", "military personnel"
        serving = lemma in _SERVING | _MILITARY_RANKS or (lemma == "member" and any(
            c.dep_ == "compound" and c.lower_ == "service" for c in token.children))
        if lemma in _FORCES or serving:
            if lemma in _FORCES and _unmodified(token):
                return self._state_forces(country)
            # "Iraqi soldier killed in clashes", "the American service member"
            nation = _nationality(token)
            return self._state_forces(nation) if nation else None
        if lemma in {"government", "regime"}:
            # "the government of Syria", "the Syrian government", "the regime"
            return self._state_forces(_country_named(token) or country)
        if lemma == "officer" and any(c.lemma_.lower() in _FORCES for c in token.children):
            # "Three senior army officers": officers of the army, not of the police
            nation = _nationality(token)
            return self._state_forces(nation or country)
        if lemma in _POLICE:
            country = _nationality(token) or country
            if not country:
                return None
            return EventActor(f"Police Forces of {_the(self._country_name(country))}", 1, None, country)
        if lemma in _ARMED_ADJECTIVES | {"gunman", "gunmen"}:
            return EventActor("Unidentified Armed Group", 3, "unidentified-armed-group")
        if lemma in {"aircraft", "warplane", "jet", "drone", "plane"} and any(
                c.lemma_.lower() in {"unidentified", "unknown", "still-unidentified"}
                or c.text.lower().endswith("unidentified") for c in token.subtree):
            return EventActor("Unidentified Military Forces", 8)
        if role == "patient" and lemma in lx.CIVILIAN_NOUNS and lemma not in {"member",
                                                                                "official"} \
                and not any(t.lemma_.lower() in _BOMB_WORDS for t in token.subtree):
            # not "the driver of the car bomb", who drove it to its target
            return self._civilians(country)
        return None

    def _home(self, victims: EventActor | None, patients: list[Token],
              places: list[tuple[Span, Place]]) -> tuple[Span, Place] | None:
        """The country of the victims' forces ("Military Forces of Iraq"), as their place, if
        the sentence names no place other than it."""
        if victims is None or victims.country is None or not patients \
                or any(place.country != victims.country or place.kind != "country"
                       for _, place in places):
            return None
        home = self.country(victims.country)
        token = patients[0]
        return (token.doc[token.i:token.i + 1], home) if home is not None else None

    def _national(self, trigger: Token, agents: list[Token], places: list[tuple[Span, Place]]
                  ) -> EventActor | None:
        """ "a U.S. strike", "Turkey began an offensive", "United States military forces
        killed": a country named as the act's modifier or subject, or as its subject's
        modifier where that is a word for forces, is its state's forces."""
        verbs = _verbs_of(trigger)
        forces = {a.i for a in agents if a.lemma_.lower() in _FORCES}
        # "A series of U.S. airstrikes ... killed 20": the acts that did it.
        acts = {t.i for a in agents for t in (a, *(c for p in a.children if p.lower_ == "of"
                                                   for c in p.children if c.dep_ == "pobj"))
                if _act_of(t) is not None}
        for span, place in places:
            root = span.root
            if place.kind != "country":
                continue
            modifies = root.dep_ in ("compound", "amod", "nmod", "poss")
            if modifies and _fired_from(root, trigger):
                return self._state_forces(place.country)
            if (modifies and (((root.head.i == trigger.i or root.head.i in acts)
                               and _state_act(root))
                              or root.head.i in forces)) \
                    or _country_subject(span, verbs):
                return self._state_forces(place.country)
        return None

    def _known(self, actor_id: str) -> EventActor | None:
        """The actor the actors list knows by this id, if it does."""
        known = self.actor(actor_id)
        return _event_actor(known) if known is not None else None

    def _state_forces(self, country: str | None) -> EventActor | None:
        if not country:
            return None
        # "American soldiers" are the "U.S. forces" the actors list knows
        return self._known(f"{country.lower()}-forces") or EventActor(
            f"Military Forces of {_the(self._country_name(country))}", 1, None, country)

    def _crowd(self, ref: str, country: str | None) -> EventActor:
        """ACLED's protesters (inter 6) and rioters (inter 5) of a country: "Protesters
        (Iraq)"."""
        name, inter = ("Protesters", 6) if ref == "protesters" else ("Rioters", 5)
        if not country:
            return EventActor(name, inter, ref)
        return EventActor(f"{name} ({self._country_name(country)})", inter, ref, country)

    def _civilians(self, country: str | None) -> EventActor:
        if not country:
            return EventActor("Civilians", 7, "civilians")
        return EventActor(f"Civilians ({self._country_name(country)})", 7, "civilians", country)


def _the(country: str) -> str:
    """ "the United States", "the Netherlands", "the Central African Republic"."""
    plural = country.endswith("s") and not country.endswith(("ss", "us", "as", "os"))
    if country.startswith("United ") or "Republic" in country or plural:
        return f"the {country}"
    return country


#: Adjectives that report a territorial change when a verb of declaring governs them.
_TERRITORY_ADJECTIVES = {"liberated", "retaken", "recaptured", "freed", "cleared"}
#: Common nouns for a state's forces.
_FORCES = {"soldier", "troop", "army", "military", "force", "guard"}
#: The forces "Kurdish" (or "Kurdish-led") forces or fighters are, by the country they act in.
_KURDISH = {("kurdish", "IQ"): "iq-peshmerga", ("kurdish", "SY"): "sy-ypg",
            ("kurdish-led", "SY"): "sy-sdf", ("kurdish-led", "IQ"): "iq-peshmerga"}
#: The crowd (its actor id) that protests or riots when no one else is named.
_CROWD_ACTS = {"Peaceful protest": "protesters", "Protest with intervention": "protesters",
               "Excessive force against protesters": "protesters",
               "Violent demonstration": "rioters", "Mob violence": "rioters"}
#: Act nouns a state's forces carry out: a country modifying one is the actor ("a U.S. strike",
#: "Turkish shelling"); modifying another act it is the place ("Iraq attacks", "Iraq bombings").
_STATE_ACTS = {"airstrike", "air-strike", "strike", "raid", "shelling", "bombardment", "barrage",
               "offensive", "operation", "incursion"}
#: People held against their will ("took hostages").
_CAPTIVES = {"hostage", "captive", "prisoner"}
#: People captured who are wanted: their capture is an arrest ("two inmates captured").
_SUSPECTS = {"suspect", "inmate", "fugitive", "escapee", "convict", "accomplice"}
#: Nouns of one person: no crowd ("the same person had been vandalising cars").
_ONE_PERSON = {"person", "man", "woman", "youth", "teenager", "boy", "girl", "individual",
               "suspect"}
_EXECUTED_PLANS = {"operation", "plan", "order", "mission", "task", "strategy", "program",
                   "programme", "project", "policy", "warrant", "contract", "agreement", "deal",
                   "move", "manoeuvre", "maneuver", "campaign", "will", "trade", "transaction",
                   "document", "it", "which"}  # "a will, neither witnessed nor executed"
#: People, whom a verb of retaking frees rather than retakes.
_PEOPLE = lx.CIVILIAN_NOUNS | lx.ARMED_NOUNS | _CAPTIVES | {"citizen", "detainee", "inhabitant",
                                                            "yazidi", "yezidi"}
#: Kinds of aircraft an act noun may be listed with as a kind of aircraft itself.
_AIRCRAFT = {"bomber", "fighter", "aircraft", "helicopter", "jet", "plane", "drone", "gunship"}
#: Prepositions that name an act's target.
_TARGETING = {"against", "on", "targeting", "upon"}
#: Words for violence in general, a place before which is where it happened ("Iraq unrest").
_VIOLENCE = {"violence", "unrest", "bloodshed", "insurgency"}
#: Who or what attacks, with no state behind it by name ("Iraq suicide bomber").
_LONE_ATTACKERS = {"bomber", "gunman", "gunmen", "attacker", "assailant", "bomb", "blast",
                   "explosion", "militant", "insurgent", "jihadist", "sniper"}
#: A country's faiths and peoples, at home as victims ("Bombs against Iraqi Sunnis kill 51"),
#: not as the word for an armed group ("Shiite paramilitaries").
_FAITHS = {"sunni", "sunnis", "shiite", "shiites", "shia", "shi'ite", "shi'ites", "christian",
           "christians", "yazidi", "yazidis", "muslim", "muslims", "turkmen", "assyrian",
           "assyrians"}
#: Victims who are found at home, not abroad: a country's police, security forces, voters,
#: worshippers and other people of its towns ("Iraqi police", but not "Turkish soldiers").
_AT_HOME = {"police", "policeman", "policemen", "policewoman", "security", "recruit", "civilian",
            "resident", "villager", "worshipper", "worshiper", "pilgrim", "mourner", "shopper",
            "candidate", "parliament", "lawmaker", "judge", "voter", "tribe", "tribesman",
            "tribesmen", "farmer", "shepherd", "student", "teacher", "militia", "militiaman",
            "militiamen", "people", "child", "children", "woman", "women", "man", "men",
            "family", "families"} | _FAITHS
#: A town this close to a city ten times as populous (and of 100,000 people or more) may be a
#: district of it: listed together, they are one place named twice.
_DISTRICT_KM = 15.0
_CITY_PEOPLE = 100_000
#: Words for the other side of a fight: "enemy fighters", "fought off counterattacks".
_ENEMY = {"enemy", "counterattack", "counter-attack", "counteroffensive", "counter-offensive"}
#: Nouns for many acts: "a series of airstrikes", "a wave of bombings".
_SERIES = {"series", "wave", "spate", "string", "campaign"}
#: Verbs that keep someone "from" doing an act: it did not happen.
_KEEPING = {"keep", "prevent", "stop", "deter", "bar", "block", "discourage", "dissuade"}
#: Where the dead of a bombing are civilians: people at prayer, at market, at a meal, at a
#: funeral or wedding, at school; and the faiths whose people a bombing is aimed at.
_CIVILIAN_SITES = {"mosque", "church", "shrine", "market", "marketplace", "restaurant", "cafe",
                   "café", "shop", "store", "mall", "funeral", "wedding", "school", "hospital",
                   "bus", "park", "bakery", "prayer", "pilgrimage", "procession", "playground"}
_FAITHS = {"shiite", "shi'ite", "shia", "shi'a", "sunni", "christian", "yazidi", "yezidi"}
#: A country's missions abroad: "at the U.S. embassy" is not in the United States.
_MISSIONS = {"embassy", "consulate", "mission", "legation"}
#: What of a country may be outside it: its people, forces, missions and moving things.
_MAY_BE_ABROAD = _PEOPLE | _FORCES | _MEMBERS | _MISSIONS | {
    "convoy", "base", "ship", "vessel", "plane", "aircraft", "jet", "drone", "helicopter",
    "warplane", "interest", "national", "diplomat", "ambassador", "tanker", "patrol"}
#: Prepositions whose object, a place modifies, is where an act happened ("at Baghdad shops").
_SITE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "around", "within", "on"}
#: Words that make a toll a running total ("the monthly toll").
_PERIODIC = {"monthly", "annual", "yearly", "weekly", "overall", "cumulative", "total"}
#: Prepositions that put a place in another event's time ("after attacks in Kirkuk").
_TEMPORAL = {"after", "before", "since", "following", "during", "until", "amid"}
#: Words of ordinary crime, which ACLED does not code.
_CRIME = {"smuggler", "robber", "thief", "trafficker", "drug", "criminal", "bandit", "burglar",
          "robbery", "theft", "burglary", "felony", "misdemeanor", "misdemeanour", "sheriff",
          "homicide", "manslaughter", "shoplifting", "carjacking", "embezzlement"}
#: Verbs of saying: a date under them dates the report, not the event.
_REPORTING = {"say", "announce", "report", "tell", "confirm", "state", "add", "note", "claim",
              "declare", "reveal", "disclose", "publish"}
#: Verbs of a case in court: an act they are "charged with" is a charge, not news of it.
_TRYING_IN_COURT = frozenset({"charge", "convict", "indict", "acquit", "sentence", "prosecute",
                              "try", "jail", "imprison", "plead"})
#: Nouns that make an act noun under them something other than an event ("the end of fighting").
_NOT_EVENT_HEADS = {"end", "halt", "pause", "lull", "suspension", "cessation", "threat", "risk",
                    "fear", "prospect", "possibility", "lack", "absence", "anniversary", "memory",
                    "rumor", "rumour", "danger", "spectre", "specter", "mistake", "tactic", "use",
                    "summary", "list", "tally", "total", "request", "call", "demand", "appeal",
                    "plea"}
#: Modifiers that make plural acts a run of them over time, not one event.
_HABITUAL = {"recent", "repeated", "frequent", "daily", "nightly", "weekly", "regular",
             "sporadic", "occasional", "periodic", "persistent", "constant", "near-daily"}

#: Words of getting ready for an act: an act they are "for" (or "ahead of") is yet to come.
_READYING = {"preparation", "prepare", "ready", "readiness", "train", "training", "plan",
             "planning", "ahead", "prelude", "rehearsal", "rehearse", "equip", "brace"}

#: Verbs whose object is an act kept from happening, or only feared.
_PREVENTING = {"prevent", "avert", "forestall", "deter", "ban", "forbid", "prohibit", "fear",
               "avoid", "dread"}

#: Words of acts promised: the act they name is yet to come ("threatened attacks").
_PLEDGING = {"threaten", "vow", "pledge", "promise", "plot"}

#: Which act decides a sentence's type where several report one event.
_PRIORITY = {"Suicide bomb": 9, "Chemical weapon": 9, "Air/drone strike": 8, "Grenade": 8,
             "Shelling/artillery/missile attack": 8, "Remote explosive/landmine/IED": 7,
             "Government regains territory": 6, "Non-state actor overtakes territory": 6,
             "Abduction/forced disappearance": 5, "Sexual violence": 5, "Arrests": 2,
             "Excessive force against protesters": 5, "Protest with intervention": 4,
             "Attack": 3, "Armed clash": 3, "Peaceful protest": 3, "Violent demonstration": 3,
             "Mob violence": 3}


# -- triggers and their modality ----------------------------------------------------------------

def _act_of(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    if token.lower_ in _TERRITORY_ADJECTIVES and token.i > 0 \
            and _declaring(token.doc[token.i - 1]):
        return "retake"  # "Qaim was proclaimed liberated"
    if _labour_strike(token):
        return "protest"  # "teachers striking in West Virginia", "a general strike"
    if lemma == "shoot" and any(c.lower_ == "down" for c in token.children) and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _AIRCRAFT | _WEAPON_WORDS
            for c in token.children):
        return "disrupt"  # "shot down a drone": a weapon stopped
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
        if lemma in ("wound", "injure") and any(c.lower_ in ("mortally", "fatally")
                                                for c in token.children):
            return "kill"  # "Dayton was mortally wounded near Ayn Issa"
        for act, lemmas in lx.VERB_ACTS.items():
            if lemma in lemmas and _verb_fits(token, act, lemma):
                return act
        return None
    if token.pos_ == "ADJ" and token.dep_ in ("amod", "compound") \
            and token.lower_ in _UNAMBIGUOUS_STRIKES:
        return "strike"  # "the Dayr az Zawr, Syria airstrike investigation", tagged an adjective
    if token.pos_ in ("NOUN", "PROPN"):
        if lemma == "firing" and _fired_other(token):
            return None  # "the firing of the minister"
        if lemma == "barrage" and not any(
                c.lemma_.lower() in _SHELLS | {"of", "heavy", "intense", "fire"}
                for c in token.children):
            return None  # "in full control of the barrage" south of Fallujah: a weir
        if lemma == "fire" and token.dep_ in ("nsubj", "nsubjpass", "pobj", "ROOT") and any(
                c.dep_ == "compound" and c.lemma_.lower() in _SHELLS for c in token.children):
            # "Rocket fire kills one", "killed by mortar fire"; not what a strike suppressed
            # ("suppressed ISIL mortar fire") or a "mortar fire position"
            return "shell"
        forms = {lemma, token.lower_}
        if token.i > 1 and token.doc[token.i - 1].text == "-" \
                and token.doc[token.i - 2].lower_ == "counter":
            forms = {"counter-" + f for f in forms}  # "counter-attacks", split in three
        if token.tag_ == "NNPS":  # "Airstrikes kill 150": a capitalised plural keeps its "s"
            forms |= {token.lower_[:-1], token.lower_[:-2]}
        if _verb_as_noun(token):
            # "Iraqi troops storm into the centre of Ramadi", "Iraqi forces bomb east of
            # Fallujah", "Turkish Airstrike Kills 14": a headline's verb tagged as a noun
            for form in (lemma, token.lower_, token.lower_[:-1]):
                for act, lemmas in lx.VERB_ACTS.items():
                    if form in lemmas and _verb_fits(token, act, form):
                        return act
        for act, lemmas in lx.NOUN_ACTS.items():
            if forms & lemmas:
                return act
    return None


_SHELLS = lx.MEANS["Shelling/artillery/missile attack"]
#: What rocks or shakes a place in an act of violence.
_BLASTS = frozenset({"bomb", "blast", "explosion", "bombing", "car-bomb", "attack", "vbied",
                     "ied", "rocket", "shell", "mortar", "airstrike", "strike"})
_UNAMBIGUOUS_STRIKES = {"airstrike", "air-strike"}
_STRIKE_NOUNS = _UNAMBIGUOUS_STRIKES | {"strike"}
_FIRING = lx.FIRE | {"firing", "shell"}
#: Nouns of the police, the force a country's police are named for.
_POLICE = frozenset({"police", "policeman", "policemen", "officer"})
#: What is struck or hit only in a figure of speech ("struck a deal", "hit a record high").
_FIGURATIVE_OBJECTS = frozenset({
    "deal", "agreement", "accord", "bargain", "compromise", "balance", "chord", "note", "tone",
    "pose", "level", "high", "low", "record", "peak", "mark", "milestone", "buffer", "headline",
    "shelf", "jackpot", "gold", "nerve", "snag", "stride", "bottom", "limit", "ceiling",
    "threshold", "total", "figure", "percent", "%", "homer", "goal", "button", "brake",
    "information", "data", "audience", "consumer", "customer", "voter", "viewer", "reader"})
#: Subjects that hit or strike no one in an act of violence ("the unemployment rate hit",
#: "the shattered glass struck the child").
_HARMLESS_SUBJECTS = frozenset({
    "glass", "debris", "tree", "wave", "ball", "branch", "rock", "stone", "meteor", "month",
    "year", "week", "plague", "disease", "sanction", "tariff", "crisis", "recession", "scandal",
    "slump", "downturn", "rate", "price", "index", "inflation", "unemployment", "sale", "share",
    "stock", "economy", "growth", "demand", "cost", "profit", "revenue", "number", "figure",
    "temperature", "currency", "dollar", "euro", "pound", "yield", "output", "production",
    "export", "import", "debt", "deficit", "market", "season", "album", "song", "film", "movie",
    "team", "player", "batter", "pitcher", "striker"})
#: Parts of a fight in time ("during the fiercest phase of the fighting").
_PHASES = frozenset({"phase", "height", "peak", "course", "midst", "stage", "day", "week",
                     "month", "heat", "aftermath", "start", "beginning", "end", "time"})
#: What one "hits on": found, not struck.
_FOUND_IDEAS = frozenset({"idea", "product", "solution", "formula", "way", "plan", "winner",
                          "name", "theme", "topic", "answer", "recipe", "strategy", "method"})
#: What is attacked in words ("attacked each other's policies").
_ARGUED = frozenset({"policy", "plan", "decision", "record", "remark", "comment", "proposal",
                     "idea", "statement", "speech", "bill", "law", "budget", "stance", "view",
                     "claim", "critic", "rival", "opponent", "media", "press", "handling",
                     "approach", "rhetoric", "leadership", "reform", "manifesto"})
#: Animals, whose killing is no political violence.
_ANIMALS = frozenset({"animal", "rabbit", "dog", "cat", "bird", "fish", "deer", "cow", "sheep",
                      "goat", "chicken", "horse", "wolf", "bear", "shark", "snake", "insect",
                      "mosquito", "pest", "rat", "mouse", "pig", "boar", "lion", "tiger",
                      "elephant", "rhino", "whale", "dolphin", "fox", "bat"})
#: Those who are repelled only in the sense of disgusted ("many were rightly repelled").
_ONLOOKERS = frozenset({"many", "people", "we", "i", "public", "viewer", "reader", "audience",
                        "some", "most", "others", "everyone", "fan"})
#: Those who strike by stopping work ("teachers striking", "a general strike").
_STRIKERS = frozenset({"worker", "teacher", "employee", "nurse", "doctor", "driver", "miner",
                       "union", "staff", "pilot", "docker", "labourer", "laborer", "trucker",
                       "student", "lawyer", "general", "hunger", "labor", "labour", "nationwide",
                       "national", "rail", "transport", "sit-down", "wildcat"})
_INQUIRIES = {"investigation", "inquiry", "probe", "review"}
#: Words that name a means of attack ("airstrikes", "rockets", "mortar").
_MEANS_WORDS = frozenset(w for means in lx.MEANS.values() for w in means)
_WEAPON_WORDS = lx.WEAPON_OBJECTS | _MEANS_WORDS


def _verb_as_noun(token: Token) -> bool:
    """A headline's verb the tagger took for a noun: the root, with a subject the parser found,
    or with a word before it and an object after it ("Turkish Airstrike Kills 14 Militants",
    "IS 'executes' 15 civilians")."""
    if token.dep_ != "ROOT" or token.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
        return False
    if any(c.dep_ == "nsubj" for c in token.children):
        return True
    return any(c.i < token.i and c.dep_ in ("compound", "nmod", "amod", "poss")
               for c in token.children) \
        and any(c.i > token.i and c.dep_ in ("dobj", "appos") for c in token.children)


def _named_person(token: Token) -> bool:
    """One person, by name or pronoun: "Kelly", "he"."""
    return token.ent_type_ == "PERSON" or token.lower_ in _PERSONAL_PRONOUNS


def _individual(token: Token) -> bool:
    """One person's name (see _is_person): a singular proper noun, not "Americans"."""
    return token.ent_type_ == "PERSON" or (_is_person(token) and token.tag_ == "NNP")


def _shared(verb: Token) -> list[Token]:
    """A verb's dependents, with the subjects of the verb it is coordinated with where it has
    none of its own ("it was neither witnessed nor executed")."""
    children = list(verb.children)
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
        children += [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return children


def _labour_strike(token: Token) -> bool:
    """ "teachers striking", "workers went on strike", "a general strike", "the nurses'
    strike": work stopped in protest, which strikes no one."""
    if token.lemma_.lower() != "strike":
        return False
    if token.pos_ in ("NOUN", "PROPN"):
        return (token.dep_ == "pobj" and token.head.lower_ == "on") or any(
            c.dep_ in ("amod", "compound", "poss") and c.lemma_.lower() in _STRIKERS
            for c in token.children)
    if any(c.dep_ in ("dobj", "nsubjpass") or c.lower_ in ("at", "against")
           for c in token.children):
        return False  # "gunmen struck a checkpoint", "struck at"
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if token.dep_ == "acl":
        subjects.append(token.head)  # "teachers striking for higher pay"
    subjects += [g for s in subjects for p in s.children if p.lower_ == "of"
                 for g in p.children]  # "thousands of workers"
    return any(s.lemma_.lower() in _STRIKERS for s in subjects)


def _fired_other(firing: Token) -> bool:
    """ "the firing of a minister": what is fired is not a weapon."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and not any(
        t.lemma_.lower() in _WEAPON_WORDS or t.lower_ in _WEAPON_WORDS for t in c.subtree)
        for c in firing.children)


#: What a blow is struck with that makes it an armed attack, besides the means of one: arms,
#: and what a riot throws.
_ARMS = _WEAPON_WORDS | {"gun", "rifle", "pistol", "bullet", "round", "knife", "machete", "axe",
                         "sword", "weapon", "stone", "rock", "brick", "molotov", "cocktail",
                         "baton", "club", "stick", "firebomb", "petrol", "acid", "vehicle",
                         "car", "truck"}
#: One person who attacks: "was hit with a can by the attacker".
_ASSAILANTS = {"attacker", "assailant", "carjacker", "robber", "intruder"}


def _blow(token: Token, subjects: list[Token]) -> bool:
    """ "Garrett hit Rudolph in the head with Rudolph's helmet", "he threw a can at her,
    striking her arm": a blow one person strikes with a thing that is not a weapon."""
    things = _objects_of(token, ("with",))
    if token.dep_ in ("advcl", "conj") and token.head.lemma_.lower() == "throw":
        things += [c for c in token.head.children if c.dep_ == "dobj"]
        subjects = subjects + [c for c in token.head.children if c.dep_ == "nsubj"]
    if not things or any(t.lemma_.lower() in _ARMS or t.lower_ in _ARMS
                         for thing in things for t in thing.subtree):
        return False
    people = {e.text for e in token.doc.ents if e.label_ == "PERSON"}
    return any(  # "Garrett", named a person elsewhere in the text
        _named_person(s) or s.lemma_.lower() in _ONE_PERSON | _ASSAILANTS or s.text in people
        for s in subjects)


def _town_object(token: Token) -> bool:
    """ "entered Tell Tamer", "entered the town": a town, not a country ("entered Syria" is an
    incursion), a building or a phase ("entered its third week")."""
    if token.lemma_.lower() in {"town", "city", "village"}:
        return True
    return any(span.start <= token.i < span.end and span._.sitrep is not None
               and span._.sitrep.kind == "town"
               for span in token.doc.spans.get(place_spans.SPAN_KEY, []))


def _placed_elsewhere(token: Token) -> bool:
    """Whether a one-word name the model calls a person is one the text elsewhere puts where
    only a place stands ("a VBIED attack in Gharanij", "a battle in Gharanij"), and never gives
    a first name: "After capturing Gharanij" takes ground, not a man."""
    if token.ent_type_ != "PERSON" or token.ent_iob_ != "B" or (
            token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I"):
        return False
    doc = token.doc
    same = [t for t in doc if t.text == token.text]
    if any(t.i > 0 and doc[t.i - 1].ent_type_ == "PERSON" for t in same):
        return False  # "Denis Cuspert": a surname
    return any(t.i > 0 and doc[t.i - 1].lower_ in _PLACE_CUES
               and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("'s", "’s"))
               for t in same)


def _declaring(token: Token) -> bool:
    return token.lemma_.lower() in {"proclaim", "declare", "announce", "pronounce"}


def _verb_fits(token: Token, act: str, lemma: str) -> bool:
    """Verbs that report an act only in some constructions ("drove IS out", "took control")."""
    particles = {c.lemma_.lower() for c in token.children if c.dep_ == "prt"}
    objects = [t for c in token.children if c.dep_ in ("dobj", "nsubjpass")
               for t in _counted(c)]  # "took one of four districts": the districts too
    if token.dep_ == "relcl":
        objects.append(token.head)  # "citizens who have been liberated"
    object_words = {t.lemma_.lower() for o in objects for t in o.subtree}
    if lemma in {"drive", "push"}:
        return "out" in particles or any(c.dep_ == "prep" and c.lemma_ == "out"
                                         for c in token.children)
    if lemma == "destroy" and act == "strike":
        # "Coalition aircraft destroyed 14 tanks", "two strikes destroyed a bunker": what
        # aircraft or strikes destroy, they struck (the parser may hang the subject as an
        # apposition on the place before it: "Near Kirkuk, an airstrike destroyed").
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        subjects += [a for c in subjects for a in c.children if a.dep_ == "appos"]
        return any(c.lemma_.lower() in lx.MEANS["Air/drone strike"] | {"strike"}
                   for c in subjects)
    if lemma in {"rock", "shake"}:
        # "31 dead as car bombs rock Iraq", "explosions shake Baghdad": blasts, not music
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in _BLASTS for c in token.children)
    if lemma == "take" and act == "abduct":
        return any(o.lemma_.lower() in _CAPTIVES for o in objects)  # "take hostages"
    if lemma == "take":
        return bool({"control", "over", "back"} & (object_words | particles)) or any(
            o.lemma_.lower() in lx.TERRITORY - {"control", "part", "parts"}
            for o in objects)  # "took the town", "take more ground", not "took part in"
    if lemma == "fall":
        return any(c.dep_ == "prep" and c.lemma_ in {"to", "into"} for c in token.children)
    if lemma in lx.CONTROL_VERBS:
        # "claims full control of Aleppo", "gained control of the town": control of a place.
        return any(o.lemma_.lower() == "control" and any(
            p.dep_ == "prep" and p.lower_ == "of" for p in o.children) for o in objects)
    if lemma in {"clear", "free", "control"}:
        return any(o.ent_type_ in _PLACE_ENTS or o.lemma_.lower() in lx.TERRITORY
                   for o in objects)
    if lemma in {"find", "discover", "uncover", "destroy", "defuse", "dismantle"} \
            or (act == "disrupt" and lemma == "seize"):
        # "found a base ..., complete with tunnels and weapons stores": what it held, too.
        held = {t.lemma_.lower() for c in token.children
                if (c.dep_ == "advcl" and c.pos_ == "ADJ") or (c.dep_ == "prep"
                                                                and c.lower_ == "with")
                for t in c.subtree}
        return bool((object_words | held) & lx.WEAPON_OBJECTS)
    if act == "retake" and any(o.lemma_.lower() in _PEOPLE for o in objects):
        return False  # "citizens who have been liberated from villages": people freed
    if lemma in {"receive", "exchange", "come", "open"}:
        # "received heavy fire", "exchanged fire", "came under fire", "opened fire on"
        fired = object_words | {t.lemma_.lower() for c in token.children if c.dep_ == "prep"
                                and c.lower_ == "under" for t in c.subtree}
        return bool(fired & lx.FIRE)
    if lemma == "shoot":
        # "shot dead"; not "shot down rumors" (nor "shot down a drone": see _act_of)
        return any(c.lower_ == "dead" for c in token.children)
    if lemma == "execute":
        # "executed a journalist", "executed 20"; not "executed this operation", nor a will
        # "neither witnessed nor executed"
        objects += [c for c in _shared(token) if c.dep_ == "nsubjpass"]
        return not any(_act_of(o) is not None or o.lemma_.lower() in _EXECUTED_PLANS
                       for o in objects)
    if lemma == "enter":
        return any(_town_object(o) for o in objects)
    if lemma == "hit" and not objects and any(
            c.dep_ == "prep" and c.lower_ == "on" and any(
                g.lemma_.lower() in _FOUND_IDEAS for g in c.children) for c in token.children):
        return False  # "once you've hit on a winning product"
    if lemma in {"hit", "strike", "target"}:
        # Not "struck a deal", "hit its highest level", "the rate hit", "hit by months of
        # protests", "targeting information", "Garrett hit Rudolph" (one man another), nor
        # workers striking (see _labour_strike).
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        subjects += [g for c in token.children if c.dep_ == "agent" for g in c.children]
        return not (object_words & _FIGURATIVE_OBJECTS
                    or any(s.lemma_.lower() in _HARMLESS_SUBJECTS for s in subjects)
                    or (token.dep_ in ("amod", "compound") and token.head.pos_ == "NOUN")
                    or (any(_individual(s) for s in subjects)
                        and any(_individual(o) for o in objects))
                    or _blow(token, subjects))
    if act == "attack" and any(o.lemma_.lower() in _ARGUED for o in objects):
        return False  # "Johnson and Corbyn attacked each other's policies"
    if act == "kill" and any(o.lemma_.lower() in _ANIMALS for o in objects):
        return False  # "a hunter who killed and ate a wild rabbit"
    if lemma == "repel" and any(c.dep_ in ("nsubj", "nsubjpass")
                                and c.lemma_.lower() in _ONLOOKERS for c in _shared(token)):
        return False  # "many will deplore that and were rightly repelled": disgusted
    if lemma == "clash":
        # "Kelly has clashed with Jared Kushner": words between persons
        return not any(c.dep_ == "nsubj" and _named_person(c) for c in token.children)
    if lemma == "march" or lemma == "rally":
        return any(t.lemma_.lower() in {"protester", "demonstrator", "protest", "against"}
                   for t in token.sent)
    if lemma == "engage":
        return any(c.dep_ == "nsubj" and _act_of(c) == "strike" for c in token.children)
    return True


def _actual(token: Token, headline: bool, dates_in: list[tuple[Span, When]],
            places: list[tuple[Span, Place]]) -> bool:
    """Whether a trigger reports something that happened (see the module docstring)."""
    if token.lower_ in _UNAMBIGUOUS_STRIKES and token.head.lemma_.lower() in _INQUIRIES:
        return True  # "the September 17 Dayr az Zawr, Syria airstrike investigation"
    if token.tag_ == "JJ":
        return _verb_actual(token.doc[token.i - 1], headline)
    if token.pos_ in ("NOUN", "PROPN"):
        if token.dep_ in ("compound", "amod", "nmod") or (
                token.dep_ == "conj" and token.head.pos_ not in ("VERB", "AUX")
                and _act_of(token.head) is None):
            return False  # "attack helicopters", "fighter, attack and bomber aircraft"
        if token.dep_ == "pobj" and token.head.head.lemma_.lower() in _NOT_EVENT_HEADS:
            return False
        if token.dep_ == "pobj" and token.head.lower_ == "at" and token.lemma_.lower() == "rally" \
                and token.head.head.lemma_.lower() in _REPORTING | {"speak", "address"}:
            return False  # "Trump said at a rally in Monroe": where a speaker spoke
        if (time := _time_of(token)) is not None \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
                and not _died_in(time) \
                and not any(t.ent_type_ in _PLACE_ENTS for t in token.subtree):
            # "during the fiercest phase of the fighting": a time, the fight told before; but
            # "During the fighting for Tal Afar, 18 militants died" tells the fight's toll, and
            # "during the clashes in Sirte" where it was
            return False
        if token.dep_ == "pobj" and token.head.lower_ == "on" and _labour_strike(token):
            return _verb_actual(token.head.head, headline)  # "went on strike"
        if token.dep_ == "pobj" and token.head.lower_ in ("with", "for", "of") \
                and token.head.head.lemma_.lower() in _TRYING_IN_COURT:
            return False  # "a youth charged with the murder": a case in court, not the act
        if token.dep_ == "pobj" and token.head.lower_ in ("for", "of") \
                and token.head.head.lemma_.lower() in _READYING:
            return False  # "in preparation for the Mosul offensive": not yet begun
        if token.dep_ == "dobj" and token.head.lemma_.lower() in _READYING | _PLEDGING:
            return False  # "Iraq readying 'major attack'", "vowed an offensive": yet to come
        if token.dep_ == "dobj" and token.head.lemma_.lower() in _PREVENTING:
            return False  # "shut down Baghdad to prevent protests", "fearing attacks"
        if any(c.dep_ == "conj" and c.lemma_.lower() in _AIRCRAFT for c in token.children):
            return False  # "using attack, bomber and fighter aircraft": a kind of aircraft
        if _generic_plural(token, dates_in):
            return False
        if token.dep_ == "nsubj" and token.head.lemma_.lower() in {"begin", "start", "continue",
                                                                   "resume", "intensify"}:
            # "since the liberation of the city began": a campaign, not an act; but "protests
            # continue in Baghdad": fighting or protest going on at a place is happening now.
            return _going_on(token, places) and _verb_actual(token.head, True)
        if not any(c.dep_ in ("det", "poss", "nummod", "compound", "amod", "prep")
                   for c in token.children) and token.tag_ in ("NN",) \
                and token.dep_ == "pobj":
            return False  # "mistakes made in battle": the thing, not an event
        if any(c.lower_ in lx.NOT_ACTUAL or c.lemma_.lower() in lx.NOT_ACTUAL
               for c in token.children if c.dep_ in ("amod", "det", "compound", "advmod")):
            return False
        if token.dep_ == "pobj" and token.head.lower_ in {"against", "for"} \
                and token.head.head.lemma_.lower() in {"campaign", "war", "fight"}:
            return False
        governor = _governing_verb(token) or next(
            # "Near Kirkuk, an airstrike destroyed ...", misparsed as a place whose apposition
            # the airstrike is, with "destroyed" its clause: a past tense is a finite verb
            (c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBD"), None)
        if governor is None:
            return headline or _own_anchor(token, dates_in, places)
        if _verb_actual(governor, headline):
            return True
        return _own_anchor(token, dates_in, places) and not _hedged(governor)
    if not headline and token.dep_ == "acl" and token.tag_ == "VBN" \
            and token.lemma_.lower() in lx.VERB_ACTS["seize"] \
            and token.head.dep_ in ("dobj", "conj") and _act_of(token.head.head) is not None:
        return False  # "destroyed 14 tanks and other equipment captured near Palmyra": what
        # was struck, described by an earlier seizure, which is told (and dated) elsewhere
    if _now_held(token):
        return not _hedged(token)  # "The Syrian army now claims full control of Aleppo"
    return _verb_actual(token, headline)


def _time_of(token: Token) -> Token | None:
    """The preposition of time an act noun is the object of, directly or through a phase of it:
    "during the fighting", "amid the clashes", "during the fiercest phase of the fighting"."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "pobj" \
            and head.head.lemma_.lower() in _PHASES:
        head = head.head.head
        # "at the time of the attack", "in the midst of the fighting"
        return head if head.lower_ in ("during", "amid", "throughout", "at", "in") else None
    if token.dep_ != "pobj":
        return None
    return head if head.lower_ in ("during", "amid", "throughout") else None


def _died_in(time: Token) -> bool:
    """Whether the verb a phrase of time ("during the fighting") hangs from tells of deaths in
    it: "died", "were killed" (by no other act: not "airstrikes, during the battle, killed
    1,036")."""
    verb = time.head
    lemma = verb.lemma_.lower()
    return lemma in {"die", "perish"} or (lemma in lx.VERB_ACTS["kill"] and not any(
        c.dep_ in ("nsubj", "agent") for c in verb.children))


def _going_on(token: Token, places: list[tuple[Span, Place]]) -> bool:
    """ "Protests continue in Baghdad", "clashes continue in Anbar": a fight or a protest whose
    verb of going on, in the present tense, names the town or province where."""
    verb = token.head
    where = {p.start for p, place in places if place.kind in ("town", "region")}
    return _act_of(token) in ("clash", "protest", "riot") and _continuing(token) \
        and any(c.dep_ == "prep" and c.lower_ in ("in", "at", "near") and any(
            g.i in where or any(t.i in where for t in g.subtree) for g in c.children)
            for c in verb.children)


def _continuing(token: Token) -> bool:
    """ "protests continue": the subject of "continue" in the present tense."""
    return token.dep_ == "nsubj" and token.head.lemma_.lower() == "continue" \
        and token.head.tag_ in ("VBZ", "VBP")


def _fired_from(country: Token, trigger: Token) -> bool:
    """ "Firing could be heard from the Iraqi side of the border": fire from a country's side
    of a border is its forces'."""
    side = country.head
    return trigger.lemma_.lower() in _FIRING and side.lemma_.lower() == "side" \
        and side.dep_ == "pobj" and side.head.lower_ == "from" \
        and side.head.head.i in _verbs_of(trigger) | {trigger.i}


def _state_act(country: Token) -> bool:
    """Whether a country modifying an act noun names who did it: "the United States' killing",
    "a U.S. strike" (see _STATE_ACTS), but not "Iraq attacks"."""
    act = country.head
    as_noun = act.pos_ in ("NOUN", "PROPN") or act.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj")
    if not as_noun or _act_of(act) is None:  # the parser may tag "airstrikes" a verb
        return False
    return country.dep_ == "poss" or act.lemma_.lower() in _STATE_ACTS


def _country_subject(span: Span, verbs: set[int]) -> bool:
    """ "Turkey began an offensive": a country as the subject of the act's verbs. A nationality
    as subject is people ("49 Iraqis killed"), not a state."""
    return span.root.dep_ == "nsubj" and span.root.head.i in verbs and span.label_ != "demonym"


def _generic_plural(token: Token, dates_in: list[tuple[Span, When]]) -> bool:
    """ "nations which have conducted strikes in Iraq", "the strikes were conducted as part of":
    an undated plural act noun with no count or modifier of its own is a habit, a summary or a
    reference back to acts already reported, not a new event. A definite plural subject ("The
    attacks occurred on Thursday") refers back even when dated."""
    if token.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ in _HABITUAL
                                   for c in token.children):
        return True  # "updated reporters on recent attacks in Iraq": a run of acts
    if token.tag_ != "NNS" or any(c.dep_ in ("nummod", "amod", "compound", "poss", "nmod")
                                  for c in token.children):
        return False
    if _definite(token) and token.dep_ in ("nsubj", "nsubjpass"):
        return True  # "The attacks occurred ... on Thursday": the acts reported before
    if token.dep_ == "ROOT" and not any(t.pos_ in ("VERB", "AUX") for t in token.sent):
        return True  # "Strikes in Syria": a heading over the strikes a release lists
    clause = _clause_of(token)
    scope = {t.i for t in clause.subtree}
    if any(c.dep_ == "det" for c in token.children) \
            or any(s.root.i in scope for s, _ in dates_in):
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children)
    return perfect or clause.dep_ == "relcl"


def _verb_actual(verb: Token, headline: bool) -> bool:
    if _hedged(verb):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ == "to" for a in aux):
        governor = verb.head
        if verb.dep_ != "xcomp" or not (governor.lemma_.lower() in lx.SUCCESS
                                        or _tried(governor)):
            return False
        if governor.pos_ == "ADJ":  # "were able to arrest"
            governor = governor.head
        return governor.i != verb.i and _verb_actual(governor, headline)
    if verb.tag_ == "VBG":
        if verb.dep_ in ("acl", "ccomp", "relcl") and verb.head.pos_ == "NOUN" \
                and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in aux):
            return False  # "the impression that the Americans are targeting Sunnis"
        if verb.dep_ == "pcomp" and any(a.lemma_.lower() in _TRYING_IN_COURT
                                        for a in list(verb.ancestors)[:3]):
            return False  # "convicting Webb of kidnapping the girl": a case in court
        if verb.dep_ == "pcomp" and verb.head.lower_ == "from" \
                and verb.head.head.lemma_.lower() in _KEEPING:
            return False  # "to keep them from launching counterattacks"
        if verb.dep_ in ("advcl", "xcomp", "acl", "conj", "pcomp") and verb.head.i != verb.i:
            return _verb_actual(verb.head, headline) or verb.head.pos_ not in ("VERB", "AUX")
        return headline
    if verb.tag_ in ("VBD", "VBN"):
        if verb.tag_ == "VBN" and any(a.tag_ in ("VBZ", "VBP") and a.dep_ == "auxpass"
                                      for a in aux):
            return headline  # "are killed": a habit, or a headline
        return True
    if verb.tag_ in ("VBZ", "VBP", "VB", "JJ"):
        return headline or any(a.lemma_ == "do" and a.tag_ == "VBD" for a in aux)
    return headline


def _tried(verb: Token) -> bool:
    """ "attempted to seize": in the past tense, a verb of trying says the act it governs
    took place (an attempt to seize is a fight). "Continued to attack" stays a hedge: it is how
    releases summarise a campaign."""
    return verb.lemma_.lower() in lx.ATTEMPTS and verb.tag_ == "VBD" \
        and not any(c.dep_ == "neg" for c in verb.children)


def _hedged(verb: Token) -> bool:
    # "Firing could be heard": what could be heard or seen was there.
    perceived = verb.lemma_.lower() in {"hear", "see"} and verb.tag_ == "VBN" \
        and any(c.dep_ == "auxpass" for c in verb.children)
    for child in verb.children:
        if child.dep_ == "neg" or (child.dep_ in ("aux", "auxpass")
                                   and child.lower_ in lx.MODALS
                                   and not (perceived and child.lower_ == "could")):
            return True
        if child.dep_ == "mark" and child.lower_ in {"if", "unless", "whether", "lest"}:
            return True
        if child.dep_ == "advmod" and child.lower_ in {"likely", "possibly", "probably",
                                                        "perhaps", "maybe", "never"}:
            return True
    node = verb
    for _ in range(4):
        if node.dep_ not in ("xcomp", "ccomp", "advcl", "conj", "acl", "relcl", "pcomp", "pobj",
                             "prep") or node.head.i == node.i:
            return False
        parent = node.head
        if parent.lemma_.lower() in lx.HEDGES and node.dep_ in ("xcomp", "ccomp", "pcomp",
                                                                 "pobj", "prep") \
                and not (node.dep_ == "xcomp" and _tried(parent)):
            return True
        if any(c.dep_ == "neg" for c in parent.children) and node.dep_ in ("xcomp", "ccomp"):
            return True
        node = parent
    return False


def _verbs_of(trigger: Token) -> set[int]:
    """The act's clause and the verb that governs it ("Turkey began an offensive with
    airstrikes"): a country as their subject is the act's actor."""
    clause = _clause_of(trigger)
    governor = _governing_verb(trigger)
    launched = governor is not None and governor.lemma_.lower() in {
        "begin", "start", "launch", "conduct", "carry", "stage", "mount"}
    return {clause.i} | ({governor.i} if governor is not None and launched else set())


def _governing_verb(token: Token) -> Token | None:
    node = token
    for _ in range(5):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _own_anchor(token: Token, dates_in: list[tuple[Span, When]],
                places: list[tuple[Span, Place]]) -> bool:
    """Whether an act noun is told as one particular act: its own date, its own place, or
    its doer named before it ("smoke from a US-led airstrike rises over Tal Abyad")."""
    inside = {t.i for t in token.subtree}
    return any(s.root.i in inside for s, _ in dates_in) or \
        any(s.root.i in inside for s, _ in places) or \
        any(s.root.head.i == token.i and s.root.dep_ in ("amod", "compound", "nmod", "poss")
            and s.end <= token.i for s in token.doc.spans.get(actor_spans.SPAN_KEY, []))


def _headline(sent: Span) -> bool:
    """Whether a sentence is, or is part of, a headline (see :func:`lines.is_headline`)."""
    return headline_at(sent.doc, sent.start)


def _section(sent: Span) -> bool:
    """Whether a sentence is a markdown section heading ("#### Battle of Hajin")."""
    return sent.text.lstrip().startswith("#")


def _after_prose(sent: Span) -> bool:
    """Whether running text (a line that ends as a sentence does) comes before a sentence: a
    headline there heads a section, not the story."""
    doc = sent.doc
    first = doc.user_data.get(_PROSE_KEY)
    if first is None:
        # where the first line of running text ends (the text's length if none does)
        first = next((line.end for line in lines_of(doc) if not is_headline(line)), len(doc))
        doc.user_data[_PROSE_KEY] = first
    return bool(sent.start >= first)


_PROSE_KEY = "sitrep_coder_prose_end"


def _back_matter(sent: Span) -> bool:
    """Whether a sentence is in a section of links or sources ("## See also", "References",
    "Further reading"): the titles of other articles ("Palmyra offensive (December 2016)"),
    not news of acts."""
    doc = sent.doc
    spans = doc.user_data.get(_BACK_MATTER_KEY)
    if spans is None:
        headings = [(m.start(), _BACK_MATTER.match(m.group(0)) is not None)
                    for m in _HEADING.finditer(doc.text)]
        spans = [(start, next((s for s, _ in headings if s > start), len(doc.text)))
                 for start, back in headings if back]
        doc.user_data[_BACK_MATTER_KEY] = spans
    return any(start <= sent.start_char < end for start, end in spans)


_BACK_MATTER_KEY = "sitrep_coder_back_matter"
#: Titles of sections of links or sources.
_BACK_MATTER_TITLES = (r"(?:see also|references|notes|external links|further reading|bibliography|"
                       r"sources|related (?:articles|stories|content|coverage)|read more)")
#: A line that heads a section: markdown's "## ...", or a back-matter title alone.
_HEADING = re.compile(rf"^(?:#{{1,6}}[ \t]*[^\n]*|{_BACK_MATTER_TITLES}[ \t]*:?[ \t]*)$",
                      re.IGNORECASE | re.MULTILINE)
_BACK_MATTER = re.compile(rf"^#*[ \t]*{_BACK_MATTER_TITLES}\b", re.IGNORECASE)


def _not_political(sent: Span) -> bool:
    """A sentence about a disaster, an accident or a crime rather than political violence."""
    if any(t.lemma_.lower() in _CRIME for t in sent):
        return True
    subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass", "agent", "pobj")]
    return any(t.lemma_.lower() in lx.NOT_POLITICAL and t.head.lemma_.lower() in (
        lx.VERB_ACTS["kill"] | {"by", "in", "die", "destroy", "damage", "hit", "strike"})
        and _act_of(t) is None for t in subjects)  # a blaze, not "mortar fire"


# -- clause, roles, means -----------------------------------------------------------------------

def _clause_of(trigger: Token) -> Token:
    """The token whose subtree is the act's clause: the verb, or the verb a noun is an
    argument of ("strikes engaged", "conducted an airstrike")."""
    if trigger.tag_ == "JJ" and trigger.i > 0 and _declaring(trigger.doc[trigger.i - 1]):
        return trigger.doc[trigger.i - 1]
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("nsubj", "dobj", "nsubjpass",
                                                               "attr") \
            and trigger.head.pos_ in ("VERB", "AUX"):
        return trigger.head
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "on" and _labour_strike(trigger):
        return trigger.head.head  # "Teachers went on strike in Baghdad"
    return trigger


def _roles(trigger: Token, clause: Token, act: str) -> tuple[list[Token], list[Token]]:
    agents: list[Token] = []
    patients: list[Token] = []
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children) or (
        clause.tag_ == "VBN" and clause.dep_ in ("acl", "relcl", "amod", "conj", "oprd")
        # not "ISIL militants attacked and captured parts of the city", a past tense the
        # parser tags as a participle: a passive takes no object
        and not any(c.dep_ == "dobj" for c in clause.children))
    # "Islamic State sniper killed east of Ramadi": a headline's passive, its auxiliary
    # dropped; the subject is what was done to.
    reduced = clause.tag_ == "VBN" and clause.dep_ == "ROOT" and not any(
        c.dep_ in ("aux", "auxpass") or (c.dep_ == "conj" and c.tag_ == "VBD")
        for c in clause.children)  # not "ISIL attacked and briefly seized a base"
    passive = passive or reduced
    for child in clause.children:
        if child.dep_ == "nsubj" and child.i != trigger.i and (reduced or (
                clause.pos_ in ("NOUN", "PROPN") and _among_killed(child))):
            # "3 soldiers among 7 killed in Iraq attacks": the dead, not the doers
            patients.append(child)
        elif child.dep_ == "nsubj" and child.i != trigger.i:
            agents.append(child)
        elif child.dep_ == "compound" and clause.tag_ in ("VBZ", "VBP", "VBD") \
                and child.i < clause.i and child.pos_ in ("NOUN", "PROPN") \
                and not any(c.dep_ == "nsubj" for c in clause.children):
            # "Turkish army shells PKK positions": a headline's subject, which the parser took
            # for the first part of a noun the verb is not
            agents.append(child)
        elif child.dep_ == "nsubjpass":
            patients.append(child)
        elif child.dep_ == "agent":
            agents.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "dobj" and child.i != trigger.i:
            patients.append(child)
        elif clause.lemma_.lower() == "kill" and (ranged := _range_of(child)) is not None:
            patients.append(ranged)  # "killed between 38 and 67 civilians"
        elif child.dep_ == "prep" and child.lower_ in {"on", "against"}:
            patients.extend(c for c in child.children if c.dep_ == "pobj"
                            and c.ent_type_ not in ("DATE", "TIME"))  # not "on Monday"
        elif child.dep_ == "prep" and child.lower_ == "with" and act == "clash" \
                and clause.i == trigger.i:
            patients.extend(c for c in child.children if c.dep_ == "pobj")  # "clash with IS"
    if trigger.i != clause.i or trigger.pos_ in ("NOUN", "PROPN"):
        for child in trigger.children:
            if child.dep_ in ("compound", "amod", "poss", "nmod") and child.pos_ != "NUM" \
                    and not (child.pos_ == "ADJ" and not child.ent_type_
                             and child.lemma_.lower() not in _ARMED_ADJECTIVES) \
                    and child.lemma_.lower() not in _ACT_KINDS:
                # "ISIL attack", "Turkish shelling", "terrorist attacks"; not "a military
                # offensive", which says what kind of act, not whose.
                agents.insert(0, child)
            elif child.dep_ == "prep" and child.lower_ in {"on", "against", "of"}:
                patients.extend(c for c in child.children if c.dep_ == "pobj")
            elif child.dep_ == "appos" and child.i > trigger.i and _verb_as_noun(trigger):
                patients.append(child)  # "IS 'executes' 15 civilians": the verb's object
            elif child.dep_ == "prep" and child.lower_ == "by":
                agents.extend(c for c in child.children if c.dep_ == "pobj")
    if clause.lemma_.lower() == "fall" and trigger.i == clause.i:
        # "Fallujah falls to Qaeda militants": the town is what is taken, "to" whom
        patients = [a for a in agents if a.dep_ == "nsubj"] + patients
        agents = _objects_of(clause, ("to", "into"))
    if act == "agree":
        # "The SDF entered into an agreement with the government of Syria"
        governor = _governing_verb(trigger)
        if governor is not None and not agents:
            agents.extend(c for c in governor.children if c.dep_ == "nsubj")
        for head in (trigger, governor):
            if head is not None:
                patients.extend(_objects_of(head, ("with",)))
    if passive and not agents:  # "was struck and killed by a coalition airstrike"
        for conj in clause.children:
            if conj.dep_ == "conj":
                agents.extend(c for a in conj.children if a.dep_ == "agent"
                              for c in a.children if c.dep_ == "pobj")
    if clause.dep_ == "xcomp" and not agents:  # "units were able to arrest"
        governor = clause.head.head if clause.head.pos_ == "ADJ" else clause.head
        agents.extend(c for c in governor.children if c.dep_ == "nsubj")
    if clause.dep_ == "advcl" and clause.tag_ == "VBG" and not agents and not any(
            c.dep_ == "mark" and c.lower_ not in ("while", "thereby") for c in clause.children):
        # "SDF forces had advanced into Hajin, capturing the hospital": the subject of the
        # sentence does what its participle says (not "after capturing", told of another time)
        agents.extend(c for c in clause.head.children if c.dep_ == "nsubj")
    if clause.dep_ == "pcomp" and clause.tag_ == "VBG" and not agents \
            and clause.head.lower_ in _DOER_PREPOSITIONS and clause.head.head.pos_ == "VERB":
        # "after capturing the al-Qal'ah area, SDF troops advanced": the subject of the
        # sentence did it (not "disabled an SVBIED by killing the driver", the means of the
        # act the verb tells)
        agents.extend(c for c in clause.head.head.children if c.dep_ == "nsubj")
    if clause.dep_ == "acl" and clause.tag_ == "VBG" and not agents and act == "clash" \
            and clause.i == trigger.i and clause.head.pos_ in ("NOUN", "PROPN") \
            and _act_of(clause.head) is None:
        agents.append(clause.head)  # "Iraqi forces battling IS in Anbar"
    if clause.dep_ == "acl" and act == "kill" and not any(c.dep_ == "dobj"
                                                          for c in clause.children):
        passive = True  # "Yusuf Demir, an ISIS official, killed Oct. 26": a reduced passive
    if clause.dep_ in ("acl", "relcl") and passive and clause.head.pos_ in ("NOUN", "PROPN"):
        patients.append(clause.head)  # "leaders killed in strikes", "the town retaken by"
    if clause.dep_ == "acl" and passive and clause.head.dep_ == "pobj" \
            and clause.head.head.lower_ == "among" \
            and clause.head.head.head.pos_ in ("NOUN", "PROPN"):
        patients.append(clause.head.head.head)  # "Senior police officer among nine killed"
    if act == "kill" and trigger.i == clause.i and not passive:
        patients = [p for p in patients if p.ent_type_ not in _PLACE_ENTS]  # "killed northern Iraq"
        if not patients and agents and all(_is_person(a) or _count(a) is not None
                                           for a in agents):
            # "Yusuf Demir, an ISIS official, killed Oct. 26 near Qaim", "Eighty militants
            # killed north Baghdad": a reduced passive.
            patients, agents = agents, []
    if not passive and not patients and clause.pos_ == "VERB":
        # "raids kill and capture Islamic State fighters": the object of the verb coordinated
        # after this one, where that verb has no subject of its own, is this one's too
        # (not "killed and wounded 20 people": the wounded are not known dead)
        patients.extend(o for c in clause.children if c.dep_ == "conj" and _act_of(c)
                        and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
                        for o in c.children if o.dep_ == "dobj")
    if clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        if not passive and not agents:
            # "stormed the town and killed ...", "two RAF Typhoons supported the army and
            # struck an ISIL encampment": the first verb's subject is the second's too.
            agents, _ = _roles(clause.head, clause.head, act)
        elif passive and not patients:
            # "was struck and killed by ...": the first verb's subject is what was done to,
            # its agent the doer.
            patients = [t for t in clause.head.children if t.dep_ in ("nsubj", "nsubjpass")]
            if not agents and any(c.dep_ == "agent" for c in clause.head.children):
                agents, _ = _roles(clause.head, clause.head, act)
    return agents, patients


def _defended(trigger: Token) -> Token | None:
    """The verb of holding off an attack that the trigger is the object of: "foil", "thwart",
    "repel", "hold off", "beat back"."""
    for child in trigger.children:
        if child.dep_ == "compound" and child.lemma_.lower() in lx.FENDING:
            return child  # "Iraqi police foil IS attack", the verb parsed as a noun
    verb = trigger.head
    if trigger.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if lemma in lx.FENDING or (lemma in lx.FENDING_WITH_PARTICLE and any(
            c.dep_ in ("prt", "advmod") and c.lower_ in ("off", "back") for c in verb.children)):
        return verb
    return None


def _objects_of(head: Token, prepositions: tuple[str, ...]) -> list[Token]:
    """The objects of ``head``'s prepositions of those words: "from ISIL fighters"."""
    return [c for p in head.children if p.dep_ == "prep" and p.lower_ in prepositions
            for c in p.children if c.dep_ == "pobj"]


def _among_killed(token: Token) -> bool:
    """Whether a subject is counted among the dead ("3 soldiers among 7 killed")."""
    return any(t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_.lower() in ("kill", "wound")
               for t in token.subtree)


def _range_of(token: Token) -> Token | None:
    """The people a "between" gives a range of ("killed between 38 and 67 civilians")."""
    if token.dep_ != "prep" or token.lower_ != "between":
        return None
    return next((c for c in token.children if c.dep_ == "pobj"), None)


def _is_person(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and token.ent_type_ == "")


def _span_for(token: Token, spans: Iterable[Span]) -> Span | None:
    """The actor span that names a role: the one containing the token, else the nearest in
    its subtree (not inside a relative clause, nor the target of an act: "airstrikes against
    al-Qaida operatives killed 20" names no attacker)."""
    subtree = {t.i for t in token.subtree}
    inside = {t.i for t in token.subtree
              if not any(a.i != token.i and a.i in subtree and (
                  a.dep_ == "relcl" or (a.dep_ == "prep" and a.lower_ in _TARGETING))
                         for a in t.ancestors)}
    best: tuple[int, Span] | None = None
    for span in spans:
        if span.start <= token.i < span.end:
            return span
        if span.end == token.i and token.lemma_.lower() in _MEMBERS:
            return span  # "IS group attacks", "ISIL fighters": the actor named right before
        if span.root.i in inside:
            depth = sum(1 for a in span.root.ancestors if a.i in inside)
            if best is None or depth < best[0]:
                best = (depth, span)
    return best[1] if best else None


def _group_of(token: Token, actors_in: list[Span]) -> Span | None:
    """The group that fighters come from, where the parser hangs the "from" on the verb
    ("attacked terrorists from the Islamic State of Iraq and the Levant")."""
    doc = token.doc
    if token.lemma_.lower() not in _GROUP_NOUNS or token.i + 1 >= len(doc):
        return None
    after = doc[token.i + 1]
    if after.lower_ not in ("from", "of") or after.dep_ != "prep" or after.head.i == token.i:
        return None
    return next((s for o in after.children if o.dep_ == "pobj"
                 if (s := _span_for(o, actors_in)) is not None), None)


def _owner(trigger: Token, clause: Token, actors_in: list[Span]) -> Span | None:
    """The group whose thing a strike hit, where the parse gives the strike no object: the
    first actor after the trigger, in its clause, that modifies a noun ("struck an ISIL mortar
    firing position")."""
    scope = {t.i for t in clause.subtree}
    for span in actors_in:
        root = span.root
        if span.start > trigger.i and root.i in scope and root.dep_ in (
                "compound", "amod", "nmod", "poss") and root.head.pos_ in ("NOUN", "PROPN") \
                and not any(a.dep_ == "prep" and a.lower_ in ("with", "by") for a in root.ancestors
                            if a.i > trigger.i) and not _helped(root, clause):
            return span
        if span.start > trigger.i and root.i in scope and _harmed(root):
            return span  # "struck locations inside Syria in an attempt to knock out IS cells"
    for token in trigger.doc[trigger.i + 1:clause.sent.end]:
        if token.i in scope and _harmed(token) and (group := _group_referred(token)):
            return group  # "a precision strike on the location to target enemy fighters"
    return None


def _helped(token: Token, clause: Token) -> bool:
    """Whether a noun is under an infinitive of the act's purpose that does not harm it:
    "struck positions in an attempt to support Free Syrian Army units"."""
    for verb in token.ancestors:
        if verb.i == clause.i:
            return False
        if verb.pos_ == "VERB" and verb.lemma_.lower() not in lx.HARMS and _infinitive(verb):
            return True
    return False


def _harmed(token: Token) -> bool:
    """Whether a noun is the object of an infinitive that harms it: what an act was done to
    ("to knock out IS cells", "to destroy ISIL positions"), not whom it was done for ("to
    support Kurdish forces")."""
    verb = token.head
    return token.dep_ == "dobj" and verb.lemma_.lower() in lx.HARMS and _infinitive(verb)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _kurdish(token: Token) -> str | None:
    """ "kurdish" for "Kurdish forces", "kurdish-led" for "Kurdish-led forces", else None."""
    for c in token.children:
        if c.dep_ in ("amod", "compound") and c.lower_ == "kurdish":
            return "kurdish"
        if c.dep_ == "amod" and c.lower_ == "led" \
                and any(g.lower_ == "kurdish" for g in c.children):
            return "kurdish-led"
    return None


def _nationality(token: Token) -> str | None:
    """The country a nationality word or country name modifying a noun names ("Iraqi
    soldier", "Turkey troops")."""
    return _country_where(token, lambda root: root.head.i == token.i and root.i < token.i
                          and root.dep_ in ("amod", "compound", "nmod", "poss"))


def _country_where(token: Token, fits: Callable[[Token], bool]) -> str | None:
    """The country of the first country span of the text whose root ``fits``."""
    for span in token.doc.spans.get(place_spans.SPAN_KEY, []):
        place: Place | None = span._.sitrep
        if place is not None and place.kind == "country" and fits(span.root):
            return place.country
    return None


def _unmodified(token: Token) -> bool:
    """A common noun for forces with no nationality or party of its own ("troops",
    "government forces")."""
    return not any((c.dep_ in ("amod", "compound", "poss", "nmod")
                    and c.lemma_.lower() not in _OF_THE_STATE)
                   or (c.dep_ == "prep" and c.lower_ == "of"
                       and any(o.pos_ == "PROPN" for o in c.subtree))
                   for c in token.children)  # nor "the Army of the Victorious Sect"


#: Words that make forces the state's, of the country where they act ("government forces").
_OF_THE_STATE = frozenset({"government", "security", "regime", "state", "army", "military",
                           "armed"})


_TARGETED = frozenset({"on", "against", "at", "near", "targeting"})
#: Prepositions before a participle whose doer is the subject of the verb they modify.
_DOER_PREPOSITIONS = frozenset({"after", "before", "upon", "while", "since"})


def _means(trigger: Token, clause: Token, agents: list[Token], sent: Span) -> str | None:
    """The means of an attack named by the trigger, its modifiers, its agent or its
    instrument ("with rockets"), never by its object ("destroyed a VBIED")."""
    words = {trigger.lower_, trigger.lemma_.lower()}
    # not what is listed with it ("fought off several counterattacks and six VBIEDs")
    pool = [trigger, *(c for c in trigger.children if c.dep_ != "conj")]
    for agent in agents:
        pool.extend(agent.subtree)
    for child in list(trigger.children) + list(clause.children):
        if child.dep_ == "prep" and child.lower_ in {"with", "using", "by", "in", "from"}:
            pool.extend(child.subtree)
        if child.dep_ == "advcl" and child.lemma_.lower() in {"use", "fire", "launch"}:
            pool.extend(child.subtree)
        if child.dep_ == "dobj":
            # "attacked positions of government forces with airstrikes", the instrument
            # attached to the object by the parser
            pool.extend(o for t in child.subtree if t.dep_ == "prep" and t.lower_ == "with"
                        for o in t.children if o.dep_ == "pobj" and _weapon(o))
    if clause.i != trigger.i and trigger.dep_ in ("nsubj",):
        # "the airstrike by F-16s killed ...", not what was hit: "an attack on an air base
        # produced no casualties"
        hit = {t.i for c in trigger.children if c.dep_ == "prep" and c.lower_ in _TARGETED
               for t in c.subtree}
        pool.extend(t for t in trigger.subtree if t.i not in hit)
        if clause.lemma_.lower() in {"consist", "involve", "comprise"}:
            pool.extend(clause.subtree)  # "the attack consisted of three rockets"
    for token in pool:
        if token.lemma_.lower() == "bomber" and token.head.i == trigger.i \
                and token.dep_ in ("dobj", "nsubjpass"):
            continue  # "forces kill 25 ISIS-linked bombers": who was killed, not how
        if token.lemma_.lower() == "bomber" and _nationality(token) is None \
                and not any(c.lower_ in _AIRCRAFT | {"strategic", "heavy"} or c.like_num
                            or "-" in c.text for c in token.children):
            words.add("bomb")  # "an Islamic State bomber": a man with a bomb, not an aircraft
            continue
        words.add(token.lower_)
        words.add(token.lemma_.lower())
        if token.tag_ == "NNPS":  # "Airstrikes", "Car Bombs": the parser keeps the plural
            words.add(token.lower_[:-1])
    # "an ISIL suicide attack": the sentence's; but "the army repelled a suicide attack,
    # killing the driver": the participle's own words only
    told = clause.subtree if clause.dep_ == "advcl" and clause.tag_ == "VBG" else sent
    if any(t.lower_ == "suicide" for t in told) or any(
            c.dep_ == "dobj" and c.lower_ in {"himself", "herself", "themselves"}
            for c in trigger.children):
        return "Suicide bomb"  # "a bomber blew himself up"
    for sub in lx.MEANS_ORDER:
        if words & lx.MEANS[sub]:
            return sub
    return None


def _weapon(token: Token) -> bool:
    """Whether a noun names a means of attack ("airstrikes", "rockets", "mortar fire")."""
    return token.lemma_.lower() in _MEANS_WORDS or token.lower_ in _MEANS_WORDS


def _ranked(person: Token) -> bool:
    """ "Navy Petty Officer John Smith", "Sgt. 1st Class Jane Doe": a name with a rank."""
    if person.pos_ != "PROPN":
        return False
    doc, i = person.doc, person.i - 1
    while i >= 0 and (doc[i].pos_ == "PROPN" or doc[i].text[:1].isdigit() or doc[i].text == "."):
        if doc[i].lower_.rstrip(".") in _RANKS:
            return True
        i -= 1
    return False


_RANKS = {"sergeant", "sgt", "corporal", "cpl", "pfc", "specialist", "spc", "lieutenant", "lt",
          "captain", "capt", "maj", "colonel", "col", "gen", "admiral", "adm", "officer",
          "operator", "seaman", "airman", "marine", "ensign", "trooper", "petty"}
_SERVING = {"serviceman", "servicemen", "servicemember", "sailor", "airman", "marine", "seal"}
#: Nouns that say what kind of act a noun modifies, not whose: "mass arrests", "night raid".
_ACT_KINDS = frozenset({"mass", "night", "dawn", "revenge", "retaliation", "border", "ground",
                        "roadside", "house", "home", "street", "gun", "knife", "car", "truck"})
#: Verbs of laying an act on someone: "blamed on Russia", "pinned on the PKK".
_BLAMING = {"blame", "pin"}
#: Ranks only armed forces have: "a U.S. Master Sergeant" is a soldier of the United States.
_MILITARY_RANKS = {"sergeant", "corporal", "lieutenant", "colonel", "admiral", "ensign",
                   "trooper", "seaman", "brigadier"}


def _counted(patient: Token) -> list[Token]:
    """A victim and, for a count ("dozens of militants"), whom it counts."""
    if patient.like_num or patient.lower_ in _COUNTS or patient.lemma_.lower() in _COUNTS:
        return [patient, *(o for c in patient.children if c.dep_ == "prep" and c.lower_ == "of"
                           for o in c.children if o.dep_ == "pobj")]
    return [patient]


_COUNTS = lx.COUNT_WORDS.keys() - {"a", "an"} | {"score", "thousand", "number", "handful"}


def _of_community(patient: Token) -> bool:
    """ "70 members of the Albu Nimr tribe": people of a tribe or sect, not its fighters."""
    return patient.lemma_.lower() == "member" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in _COMMUNITIES for o in c.children)
        for c in patient.children)


_ARMY_UNIT = re.compile(r"(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+Army\s+"
                        rf"{actor_spans.UNIT_WORDS}|Army)", re.IGNORECASE)
_PERSONAL_PRONOUNS = {"he", "she", "him", "her"}  # "he was captured inside Iraq": a person
_BOMB_WORDS = {"bomb", "vbied", "svbied", "ied", "explosive", "explosives"}
_DWELLINGS = {"home", "house", "apartment", "flat", "residence", "dwelling"}
_COMMUNITIES = {"tribe", "clan", "family", "community", "sect", "minority"}


#: Who is arrested for politics, not crime: a side of a conflict, or a public figure.
_POLITICAL_PEOPLE = lx.ARMED_NOUNS | {
    "activist", "journalist", "reporter", "blogger", "protester", "demonstrator", "dissident",
    "opponent", "politician", "lawmaker", "legislator", "mp", "minister", "president",
    "governor", "mayor", "official", "candidate", "leader", "cleric", "imam", "spy",
    "separatist", "extremist", "jihadist", "islamist", "supporter", "sympathizer",
    "sympathiser", "collaborator", "financier", "facilitator", "recruiter", "bomber"}
#: Words of a sentence that tell an arrest is part of a conflict or of politics.
_POLITICAL_CAUSES = {
    "terror", "terrorism", "terrorist", "militant", "militancy", "insurgent", "insurgency",
    "jihadist", "extremist", "rebel", "rebellion", "separatist", "protest", "protester",
    "demonstrator", "demonstration", "rally", "activist", "dissident", "dissent", "opposition",
    "coup", "uprising", "espionage", "spy", "treason", "sedition", "bombing", "bomber",
    "president", "presidential", "election", "regime", "crackdown",
    # "captured in a joint operation of the Jordanian army": armies do not arrest for crime
    "army", "military", "troop", "soldier"}


def _political_arrest(actor1: EventActor | None, actor2: EventActor | None,
                      patients: list[Token], sent: Span) -> bool:
    """Whether an arrest is of the kind ACLED codes: of a side of a conflict, a public figure or
    a crowd, or by an armed force other than the police; not a crime's suspect taken by the
    police ("arrested on federal charges that he had traded on inside information")."""
    if actor2 is not None and actor2.inter not in (0, 7):
        return True  # "arrested four IS leaders", "arrested protesters"
    if actor1 is not None and (actor1.inter in (2, 3, 4, 8) or (
            actor1.inter == 1 and not actor1.name.startswith("Police"))):
        return True  # "ISIL began carrying out mass arrests", "captured by the Jordanian army"
    counted = [q for p in patients for q in _counted(p)]
    if any(q.lemma_.lower() in _POLITICAL_PEOPLE for q in counted) \
            or any((_count(p) or 0) >= 10 for p in patients):
        return True  # "arrested a journalist", "arrested 40 people"
    return any(t.lemma_.lower() in _POLITICAL_CAUSES or t.lower_ == "mass" for t in sent)


def _sub_event(act: str, trigger: Token, means: str | None, actor1: EventActor | None,
               actor2: EventActor | None, patients: list[Token], sent: Span) -> str | None:
    lemma = trigger.lemma_.lower()
    if act in ("strike", "shell", "explode", "kill", "attack", "clash") and means is not None:
        if means == "Suicide bomb" and act not in ("explode", "attack", "kill", "strike"):
            return "Armed clash"
        if means == "Remote explosive/landmine/IED" and lemma == "bomb" and act == "strike" \
                and actor1 is not None and (actor1.ref in _AIR_ACTORS or actor1.inter in (1, 8)):
            # "the Coalition bombed 27 targets", "Iraqi forces bomb east of Fallujah": what a
            # state's forces bomb, they bomb from the air
            return "Air/drone strike"
        return means
    if act == "strike":
        if lemma in _STRIKE_NOUNS and trigger.pos_ == "NOUN":
            return "Air/drone strike"
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in _STRIKE_NOUNS for c in trigger.children):
            return "Air/drone strike"  # "These strikes engaged three ISIL tactical units"
        if actor1 is not None and actor1.ref in _AIR_ACTORS:
            return "Air/drone strike"
        if lemma == "bombing" or (trigger.dep_ == "acl"
                                  and trigger.head.lemma_.lower() == "bombing"):
            # "a bombing", "IS bombing targeting Iraqi Shiites kills 32"
            return "Remote explosive/landmine/IED"
        act = "attack"
    if act == "shell":
        return "Shelling/artillery/missile attack"
    if act == "explode":
        return "Remote explosive/landmine/IED"
    if act in ("kill", "attack", "clash"):
        patients = [q for p in patients for q in _counted(p)]
        victims_civilian = (actor2 is not None and actor2.inter == 7) or any(
            p.lemma_.lower() in lx.CIVILIAN_NOUNS - {"member", "official"} or _of_community(p)
            for p in patients)
        if act == "kill" and any(c.dep_ == "prep" and c.lower_ == "in" and any(
                g.lower_ == "action" for g in c.children) for c in trigger.children):
            return "Armed clash"  # "killed in action": in a fight
        if act == "clash":
            if any(a is not None and a.ref in _CROWD_ACTS.values() for a in (actor1, actor2)):
                return "Violent demonstration"  # "Protesters clashed with police"
            return "Armed clash"
        if victims_civilian or lemma in _EXECUTING:
            # "ISIL executed several fighters who fled Ramadi": captives, unarmed when killed
            return "Attack"
        if actor2 is not None and actor2.inter in (1, 2, 3, 4, 8):
            return "Armed clash"
        if lemma == "offensive" or (lemma == "assault" and trigger.pos_ == "NOUN"):
            # "an offensive on Hajin", "ISIL launched three assaults": forces on forces
            return "Armed clash"
        if act == "attack" and actor1 is not None and actor1.inter == 1 and actor2 is None \
                and any(p.i != trigger.i for p in patients) \
                and all(p.lemma_.lower() in _DWELLINGS for p in patients if p.i != trigger.i):
            # "a police raid on their home": a search, with no one told to fight it
            return None
        if act == "attack" and actor1 is not None and actor1.inter in (1, 8) \
                and actor2 is None and not any(_is_person(p) or p.lemma_.lower()
                                               in lx.CIVILIAN_NOUNS for p in patients):
            return "Armed clash"  # "Iraqi forces stormed a neighbourhood": forces fight forces
        if act == "attack" and actor1 is not None and actor1.inter in (2, 3, 4) \
                and actor2 is None and any(p.i != trigger.i for p in patients) and all(
                    _town_object(p) or p.lemma_.lower() in lx.TERRITORY
                    for p in patients if p.i != trigger.i) \
                and not any(t.lemma_.lower() in lx.CIVILIAN_NOUNS - {"member", "official"}
                            for t in trigger.sent):
            # "ISIL attacked Baiji", "gunmen attacked a checkpoint"; not "an attack on Camp
            # Hurriya that killed camp residents"
            return "Armed clash"
        if any(p.lemma_.lower() in lx.ARMED_NOUNS or _ranked(p) for p in patients):
            return "Armed clash"
        return "Attack"
    if act in ("retake", "seize"):
        objects = {p.lemma_.lower() for p in patients}
        # "captured Al-Marashidah (which the model calls a person) and its western district"
        listed = {c.lemma_.lower() for p in patients for c in p.children if c.dep_ == "conj"}
        # "captured Tal Abyad" (which the model calls a person) is ground, not an arrest.
        person = any(_is_person(p) or p.lemma_.lower() in lx.CIVILIAN_NOUNS | lx.ARMED_NOUNS
                     | _CAPTIVES | _SUSPECTS or p.lower_ in _PERSONAL_PRONOUNS
                     for p in patients) \
            and not listed & lx.TERRITORY \
            and not any(p.ent_type_ in _PLACE_ENTS or _town_object(p) or _placed_elsewhere(p)
                        for p in patients)
        if act == "seize" and person and not objects & lx.TERRITORY:
            if (actor1 is not None and actor1.inter in (2, 3, 4)) or objects & {"hostage"}:
                return "Abduction/forced disappearance"
            return "Arrests"
        if act == "seize" and objects and objects <= lx.GOODS \
                and not any(p.ent_type_ in _PLACE_ENTS for p in patients):
            # "ISIL seized the tanks ... from Tiyas airfield": goods, not ground. State forces
            # that seize arms disrupt their use; anyone else loots.
            if actor1 is not None and actor1.inter == 1 and objects & lx.WEAPON_GOODS:
                return "Disrupted weapons use"
            return "Looting/property destruction"
        if lemma == "fall":
            return "Non-state actor overtakes territory"
        if actor1 is not None and actor1.inter in (2, 3, 4):
            return "Non-state actor overtakes territory"
        if actor1 is None and actor2 is not None and actor2.inter in (1, 8) and act == "seize":
            return "Non-state actor overtakes territory"
        return "Government regains territory"
    if act == "arrest":
        return "Arrests"
    if act == "abduct":
        return "Abduction/forced disappearance"
    if act == "rape":
        return "Sexual violence"
    if act == "protest":
        words = {t.lemma_.lower() for t in sent}
        if words & {"kill", "dead", "shoot", "live"} and words & {"protester", "demonstrator"}:
            return "Excessive force against protesters"
        if words & {"disperse", "tear", "arrest", "cannon", "baton"}:
            return "Protest with intervention"
        return "Peaceful protest"
    if act == "riot":
        if any(c.dep_ == "nsubj" and (_named_person(c) or c.lemma_.lower() in _ONE_PERSON)
               for c in trigger.children):
            return None  # "the same person had been vandalising other cars": no crowd
        if lemma in {"loot", "torch", "vandalize", "vandalise"} and actor1 is not None \
                and actor1.inter in (1, 2, 3, 4, 8):
            return "Looting/property destruction"
        words = {t.lemma_.lower() for t in sent}
        return "Violent demonstration" if words & {"protester", "demonstrator", "protest"} \
            else "Mob violence"
    if act == "withdraw":
        return "Non-violent transfer of territory" if actor1 is not None and any(
            p.ent_type_ in ("GPE", "LOC") for p in trigger.subtree) else None
    if act == "enter":
        # "The Syrian Army entered Tell Tamer": armed forces took a town with no fighting told
        # (fighting told in the same sentence is coded instead, as the more specific act).
        return "Non-violent transfer of territory" if actor1 is not None \
            and actor1.inter in (1, 2, 3, 4, 8) else None
    if act == "disrupt":
        if lemma == "shoot":
            return "Disrupted weapons use"  # "shot down a drone", whoever did
        if actor1 is not None and actor1.inter in (2, 3, 4) and actor1.ref != "iq-pmu":
            return None
        return "Disrupted weapons use"
    if act == "agree":
        # Between armed or political actors of a conflict, not "a trade deal".
        governor = _governing_verb(trigger)
        if governor is not None and governor.lemma_.lower() in _AGREEING \
                and actor1 is not None and actor1.inter in (1, 2, 3, 4, 6, 8) \
                and actor2 is not None:
            return "Agreement"
        return None
    return None


def _loser(actors_in: list[Span], actor1: EventActor | None, sub: str, trigger: Token
           ) -> EventActor | None:
    """The side a territorial change is taken from: the one it is taken "from" ("liberated
    the town of Dabiq from ISIL control"), else one of the other kind of actor the sentence
    names elsewhere ("Rawa, held by IS, was retaken by Iraqi forces")."""
    source = {t.i for head in (trigger, trigger.head) for p in head.children
              if p.dep_ == "prep" and p.lower_ == "from" for t in p.subtree}
    wanted = (2, 3, 4) if sub == "Government regains territory" else (1, 8)
    named = [s for s in actors_in if s._.sitrep is not None]
    for span in [s for s in named if s.root.i in source] + named:
        actor: Actor = span._.sitrep
        if (span.root.i in source or (actor.inter in wanted and not _doer(span))) \
                and (actor1 is None or actor.name != actor1.name):
            return _event_actor(actor)
    return None


def _doer(span: Span) -> bool:
    """Whether an actor is named as the doer of an act ("Coalition airstrikes bombarded
    districts as the SDF captured the bridge": the SDF's ally, not the side that lost it)."""
    root = span.root
    return root.dep_ in ("compound", "amod", "poss", "nmod", "nsubj") \
        and _act_of(root.head) is not None


_BULLET = re.compile(r"^(?:[•*·▪‣◦–—-]|\.|\d{1,2}[.)])$")


_AREA = {"mile", "kilometre", "kilometer", "km", "metre", "meter"}


def _since_clause(token: Token) -> bool:
    """Whether a date is in a clause that starts a period ("since the siege began in June")."""
    return any(a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since"
                                         for c in a.children)
               for a in (token, *token.ancestors))


def _story_enemy(doc: Doc) -> EventActor | None:
    """The armed group a story is about: the non-state armed group (rebels or political
    militia) it names at least twice, and at least twice as often as all others together (a
    story of the Islamic State that names "Iran-allied militias" once in passing)."""
    groups = Counter(span._.sitrep.id for span in doc.spans.get(actor_spans.SPAN_KEY, [])
                     if span._.sitrep is not None and span._.sitrep.inter in (2, 3)
                     and span._.sitrep.id != "unidentified-armed-group")
    ranked = groups.most_common()
    if not ranked or ranked[0][1] < 2 or ranked[0][1] < 2 * sum(n for _, n in ranked[1:]):
        return None
    return _event_actor(next(span._.sitrep for span in doc.spans[actor_spans.SPAN_KEY]
                             if span._.sitrep is not None and span._.sitrep.id == ranked[0][0]))


def _event_actor(actor: Actor) -> EventActor:
    """An event's actor, as the actors list knows it."""
    return EventActor(actor.name, actor.inter, actor.id, actor.country)


def _continued(context: list[_Context], sent: Span, trigger: Token, agents: list[Token]
               ) -> _Context | None:
    """The report a list item continues: the last one, if close enough. Only a sentence that
    a bullet ("•", "*", "1.") starts or comes right before is a list item; stored texts may
    have their lines joined, so a sentence after a full stop may be one too, if it names no
    doer but its act and does not tell it as someone else's doing or in an aside (see _aside).
    A sentence whose subject is an act told before ("These strikes engaged three units")
    continues the report before it."""
    if not context or sent.start_char - context[-1].start > CONTINUE_REACH:
        return None
    if any(_definite(a) and _act_of(a) is not None for a in agents):
        return context[-1]
    doc = sent.doc
    first = next((t for t in sent if not t.is_space), None)
    before = next((doc[i] for i in range(sent.start - 1, max(-1, sent.start - 4), -1)
                   if not doc[i].is_space), None)
    marks = [t.text for t in (first, before) if t is not None and _BULLET.match(t.text)]
    if marks and any(m != "." for m in marks):
        return context[-1]
    places = doc.spans.get(place_spans.SPAN_KEY, [])
    if marks and not _aside(trigger, agents) and all(
            _act_of(a) is not None or any(s.start <= a.i < s.end for s in places)
            for a in agents):
        # After a full stop, a line of a joined list names no doer, or only its act ("one
        # strike"; "Near Palmyra" is no doer, whatever the parser says); "the Kurdish
        # fighters killed" names one the coder does not know.
        return context[-1]
    return None


def _aside(trigger: Token, agents: list[Token]) -> bool:
    """An act noun told as the object of someone else's doing ("Soleimani approved the attacks")
    or in an aside ("pointing to the December 31 attack"): not an item of a list."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ in ("nsubj", "nsubjpass", "ROOT"):
        return False
    return trigger.dep_ == "pobj" or any(_act_of(a) is None for a in agents)


# -- location and date --------------------------------------------------------------------------

def _country_named(token: Token) -> str | None:
    """The country a noun's modifiers name ("the government of Syria", "the Syrian
    government")."""
    inside = {t.i for t in token.subtree} - {token.i}
    return _country_where(token, lambda root: root.i in inside)


def _antecedent(pronoun: Token) -> Token | None:
    """The noun a subject pronoun refers back to: the nearest earlier subject that is a noun,
    in the pronoun's sentence or the two before ("the Al Tafouf brigade has been working ...
    Last week, it announced"). "It" takes a singular noun."""
    first = _sentences_back(pronoun.sent, 2)
    singular = pronoun.lower_ == "it"
    for token in reversed(pronoun.doc[first:pronoun.i]):
        # the subject of a sentence, not of a clause inside one ("an attack on what it claimed
        # were Interior Ministry officers")
        if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ in ("NOUN", "PROPN") \
                and all(v.dep_ in ("ROOT", "conj") for v in (token.head, *token.head.ancestors)):
            if singular and token.tag_ == "NNS":  # not "Syrian Democratic Forces"
                return None
            return token
    return None


def _group_referred(token: Token) -> Span | None:
    """The armed group "the militants", "the extremists", "enemy fighters" or "counterattacks"
    refer back to: in a role's own words ("a base belonging to the extremists"), the non-state
    group named last in the sentence or the three before, if one is."""
    nouns = [t for t in token.subtree if (
        t.lemma_.lower() in _GROUP_NOUNS and t.tag_ == "NNS"
        and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in t.children)
        and _unmodified(t)) or t.lemma_.lower() in _ENEMY]  # not "the Yazidi fighters"
    if not nouns:
        return None
    first = _sentences_back(token.sent, PLACE_REACH)
    named = [span for span in token.doc.spans.get(actor_spans.SPAN_KEY, [])
             if first <= span.start and span.end <= nouns[0].i and span._.sitrep is not None
             and span._.sitrep.inter in (2, 3)]
    return named[-1] if named else None


def _sentences_back(sent: Span, count: int) -> int:
    """The first token of the sentence ``count`` sentences before ``sent`` (or of the text).
    A "sentence" with no word (a list's bullet) does not count."""
    doc = sent.doc
    first = sent.start
    while count > 0 and first > 0:
        before = doc[first - 1].sent
        first = before.start
        count -= any(t.is_alpha for t in before)
    return first


def _actor_spans(doc: Doc, start: int, end: int) -> list[Span]:
    """The actors named from token ``start`` up to token ``end``."""
    return [s for s in doc.spans.get(actor_spans.SPAN_KEY, []) if start <= s.start and s.end <= end]


def _claimant(sent: Span) -> Span | None:
    """The one group that claims the acts of a sentence: in the sentence itself, or in the next
    one if that sentence only claims an act told before ("Islamic State claimed responsibility
    for the attack.")."""
    doc = sent.doc
    after = doc[sent.end].sent if sent.end < len(doc) else None
    claims = [t for t in sent if t.lemma_ == "claim" and t.pos_ == "VERB"]
    if after is not None and after.root.lemma_ == "claim" and _claims_told(after.root):
        claims.append(after.root)
    if not claims:
        return None
    spans = _actor_spans(doc, sent.start, after.end if after is not None else sent.end)
    found: set[str] = set()
    claimant: Span | None = None
    for token in claims:
        if any(c.dep_ == "dobj" and c.lemma_ in ("responsibility", "credit")
               for c in token.children):
            who = [c for c in token.children if c.dep_ == "nsubj"]
        else:  # "one in Baghdad claimed by Daesh"
            who = [g for c in token.children if c.dep_ == "agent"
                   for g in c.children if g.dep_ == "pobj"]
        for role in who:
            span = _span_for(role, spans)
            if span is not None and span._.sitrep is not None \
                    and span._.sitrep.inter in (2, 3, 4):
                found.add(span._.sitrep.id)
                claimant = span
    return claimant if len(found) == 1 else None


def _claims_told(claim: Token) -> bool:
    """Whether a claim of responsibility is for an act told before: "for the attack", "for
    it", or for nothing named."""
    acts = [g for head in (claim, *(c for c in claim.children if c.dep_ == "dobj"))
            for c in head.children if c.dep_ == "prep" and c.lower_ == "for"
            for g in c.children if g.dep_ == "pobj"]
    return not acts or all(g.pos_ == "PRON" or _definite(g) for g in acts)


def _owner_told_before(patients: list[Token], sent: Span) -> Span | None:
    """The group whose thing, told before, a strike hit ("hit the headquarters compound
    itself" after "a large al-Qaida headquarters"): the actor that modified the last mention
    of the definite object's noun in the sentences before."""
    definite = [p for p in patients
                if any(c.dep_ == "det" and c.lower_ == "the" for c in p.children)]
    if not definite:
        return None
    spans = _actor_spans(sent.doc, _sentences_back(sent, PLACE_REACH), sent.start)
    for patient in definite:
        nouns = {patient.lemma_.lower()} | {c.lemma_.lower() for c in patient.children
                                            if c.dep_ == "compound" and c.pos_ == "NOUN"}
        for span in reversed(spans):
            head = span.root.head
            if span._.sitrep is not None and span.root.dep_ in ("compound", "amod", "poss") \
                    and head.pos_ == "NOUN" and head.lemma_.lower() in nouns:
                return span
    return None


def _definite(token: Token) -> bool:
    """ "the strike", "these attacks": an act noun that refers back to one already told."""
    return token.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("det", "poss") and c.lower_ in {"the", "this", "these", "those", "that", "its",
                                                    "their"} for c in token.children)


def _their_town(patients: list[Token], places: list[tuple[Span, Place]]
                ) -> tuple[Span, Place] | None:
    """The town "their city" or "its town" is, taken or freed: the last one the sentence names
    before it ("Displaced people, who fled the Iraqi city of Ramadi, celebrate after their city
    was liberated, at the camp in Baghdad")."""
    for noun in patients:
        if noun.lemma_.lower() in ("city", "town", "village") and any(
                c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children):
            before = [(span, place) for span, place in places  # the sentence's
                      if place.kind == "town" and span.end <= noun.i]
            return before[-1] if before else None
    return None


def _town_before(sent: Span, places: list[tuple[Span, Place]]) -> tuple[Span, Place] | None:
    """The last town named in the (at most) three sentences before this one; or, further
    back, the one town the whole text names (a field report from one town)."""
    if _unresolved_place(sent, places):
        return None  # "Near Habbaniyah, one strike ...": its own place, one we do not know
    first = _sentences_back(sent, PLACE_REACH)
    towns = [(span, place) for span, place in places
             if place.kind == "town" and span.end <= sent.start]
    if towns and first <= towns[-1][0].start:
        return towns[-1]
    if towns and len({place.geonameid for _, place in places if place.kind == "town"}) == 1 \
            and not any(place.kind == "unmapped" for _, place in places):
        return towns[-1]
    return None


def _unresolved_place(sent: Span, places: list[tuple[Span, Place]]) -> bool:
    """Whether the sentence names a place after "near", "in", "outside" or "at" that is not
    on the map: a proper name no place span covers."""
    covered = {i for span, _ in places for i in range(span.start, span.end)}
    return any(t.lower_ in _PLACE_CUES and t.i + 1 < sent.end and t.i + 1 not in covered
               and t.nbor().pos_ == "PROPN" and t.nbor().ent_type_ not in ("PERSON", "ORG",
                                                                            "NORP")
               for t in sent)


def _location(trigger: Token, clause: Token, act: str, places: list[tuple[Span, Place]],
              patients: list[Token]) -> tuple[Span, Place] | None:
    if not places:
        return None
    latter = _former_or_latter(patients, places)
    if latter is not None:
        return latter
    if act in ("retake", "seize") and (theirs := _their_town(patients, places)) is not None:
        return theirs
    scope = {t.i for t in clause.subtree}
    patient_scope = {t.i for p in patients for t in p.subtree}
    verbs = _verbs_of(trigger)
    best: tuple[float, tuple[Span, Place]] | None = None
    owners = _possessors(places)
    for span, place in places:
        if any(owner.start == span.start for owner in owners.values()):
            continue  # "in Iraq's Mosul": the town, in the country's place in the sentence
        if _leading(span):
            continue  # "the US-led coalition": who leads, not where
        root = span.root
        owner = owners.get(span.start)
        if owner is not None and not span.start <= owner.root.head.i < span.end:
            root = owner.root  # the parser took the country, not the town, for the place
        score = {"town": 1.0, "unmapped": 0.75, "region": 0.5, "country": 0.0,
                 "area": -1.0}[place.kind]
        if root.i in scope:
            score += 3
        if act in ("retake", "seize", "protest") and root.i in patient_scope:
            score += 2
        elif root.i in patient_scope and any(a.dep_ == "appos" and a.i in patient_scope
                                             for a in root.ancestors):
            score -= 2  # "Abu Jandal, an ISIL leader in Raqqah, was killed near Tabqa"
        dangling = _dangling_preposition(owner or span)
        modifier = dangling is None and (root.dep_ in ("amod", "compound", "poss", "nmod") or (
            root.dep_ in ("npadvmod", "nsubj") and root.head.pos_ not in ("VERB", "AUX")))
        # ("US airstrikes on al-Shaafah killed", "airstrikes" parsed as a verb of "US")
        if (span.label_ == "demonym" or modifier) \
                and root.head.lemma_.lower() not in place_spans.PLACE_NOUNS:
            # "the Syrian town of Dabiq" stays: a demonym of a place noun names the country.
            # "Iraqi fighters", "US-led", "United States military": a modifier, not where it
            # happened, unless it modifies the act itself ("Baghdad bombing", "Iraq violence").
            site = span.label_ != "demonym" and (_names_site(root, place)
                                                 or _headline_site(root, place, trigger))
            if root.head.i != trigger.i and _act_of(root.head) is None \
                    and root.head.lemma_.lower() not in _VIOLENCE and not site:
                continue
            if place.kind == "country" and _state_act(root):
                continue  # "a U.S. strike": the country is the actor (see Coder._national)
            score -= 0.5 if site else 1.5
        prep = _preposition(root) or dangling
        if prep is not None and prep.dep_ == "agent":
            continue  # "conducted by Israel": an actor, not a place
        if prep is not None and prep.lower_ == "on" and prep.head.lemma_.lower() in _BLAMING:
            continue  # "an attack that Britain has blamed on Russia": whom, not where
        if prep is not None and prep.lower_ == "of" and _names_part(prep.head, places):
            continue  # "the Karrada district of Baghdad": the city the district is in
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in _REPORTING | lx.REACTIONS:
            continue  # "The United States condemns the attack": the speaker, not the place
        if place.kind == "country" and _country_subject(span, verbs):
            continue  # "Turkey began an offensive": the actor (see Coder._national)
        if prep is not None and prep.lower_ == "of" and _is_person(prep.head):
            score -= 3  # "Dayton, 42, of Woodbridge, Virginia, died in Syria": a home town
        elif prep is not None and prep.lower_ == "from" \
                and prep.head.lemma_.lower() in _PEOPLE:
            score -= 3  # "killed citizens from Jordan and Iraq": where they came from
        if span.label_ == "demonym" and root.tag_ in ("NNS", "NNPS") \
                and any(other.label_ != "demonym" for other, _ in places):
            # "had abducted two Moroccans", in a sentence that names places: people, not where
            # (but "49 Iraqis killed", alone, were killed in Iraq)
            continue
        between = _between(root, clause)
        if any(a.lower_ in _TEMPORAL or any(c.dep_ == "mark" and c.lower_ in _TEMPORAL
                                            for c in a.children) for a in between):
            score -= 3  # "after attacks in Kirkuk": another event's place
        elif any(a.dep_ in ("advcl", "relcl") for a in between):
            score -= 1
        # "seized the tanks from Tiyas airfield": where they were taken
        taken_from = prep is not None and prep.lower_ == "from" and act in ("retake", "seize") \
            and (prep.head.i == trigger.i or any(prep.head.i == p.i for p in patients))
        # "an offensive ... into Iraq": where the fighting goes is where it happens
        invaded = prep is not None and prep.lower_ == "into" and act in ("attack", "clash")
        if prep is not None and prep.lower_ in lx.DIRECTIONAL and not taken_from \
                and not invaded:
            score -= 3
        elif prep is not None and (prep.lower_ in lx.LOCATIVE or taken_from or invaded):
            score += 1
        if _near_other(root, places) or _bearing_of_other(span, places):
            # "Tiyas Military Airfield near Palmyra, Syria": where the airfield is; "Al-Karmah,
            # 16 km northeast of Fallujah": where Al-Karmah is
            score -= 3
        if _under_motion(root, clause):
            score -= 3
        elif not taken_from and (prep is None or prep.lower_ not in lx.DIRECTIONAL) \
                and _from_origin(root, clause):
            score -= 3  # "an offensive from its territory in Syria": where it came from
        if _watched_from(root, clause):
            score -= 3  # "in Akcakale, Turkey, people watch as smoke from an airstrike rises"
        listed = root.dep_ == "conj" or any(c.dep_ == "conj" and c.ent_type_ in ("GPE", "LOC")
                                            for c in root.children)
        if listed and place.kind in ("country", "area"):
            score -= 2  # "in Syria and Iraq": a summary, not a place
        score -= abs(root.i - trigger.i) * 0.01
        if best is None or score > best[0]:
            best = (score, (span, place))
    if best is None or best[0] < -1:
        return None
    return best[1]


def _dangling_preposition(span: Span) -> Token | None:
    """A preposition of place right before a name that the parser left without its object
    ("attacks in Iraq's Kirkuk kill five", with "Kirkuk" read as a modifier of "kill"): the
    name is its object all the same."""
    if span.start == 0:
        return None
    prep = span.doc[span.start - 1]
    if prep.dep_ != "prep" or prep.lower_ not in lx.LOCATIVE \
            or any(c.dep_ == "pobj" for c in prep.children):
        return None
    return prep


def _preposition(root: Token) -> Token | None:
    """The preposition a place's name is the object of: "in Iraq", and "at Baghdad
    International Airport" (a name in the name of a place)."""
    name = root
    while name.dep_ == "conj" and name.head.i != name.i:
        name = name.head  # "from Jordan and Iraq"
    site = name
    while site.dep_ == "compound" and site.head.i != site.i:
        site = site.head
    if site.dep_ != "pobj" or (site is not name
                               and site.lemma_.lower() not in place_spans.PLACE_NOUNS):
        return None
    return site.head


def _among_civilians(clause: Token) -> bool:
    """Whether an act's clause puts its dead among civilians: at a place of prayer, trade or
    mourning ("at Shiite mosques", "in a Baghdad market"), or names a faith as its target
    ("bombs against Shiites"); and names no armed victims ("police", "soldiers")."""
    words = {t.lemma_.lower() for t in clause.subtree} | {t.lower_ for t in clause.subtree}
    if words & (lx.ARMED_NOUNS | _FORCES | {"police", "checkpoint", "base", "convoy"}):
        return False
    faiths = {w[:-1] if w.endswith("s") else w for w in words}
    return bool(words & _CIVILIAN_SITES or faiths & _FAITHS)


def _at_home(patients: list[Token]) -> bool:
    """Whether the victims are people that a country has at home (see _AT_HOME)."""
    return any((t.lemma_.lower() in _AT_HOME or t.lower_ in _AT_HOME)
               and not (t.lower_ in _FAITHS and t.dep_ in ("amod", "compound", "npadvmod"))
               for p in patients for t in p.subtree)


def _victims_country(patients: list[Token], places: list[tuple[Span, Place]]
                     ) -> tuple[Span, Place] | None:
    """The one country that the sentence names, and names as the victims' ("Iraqi police",
    "Iraq security forces members"): where an act against them happened when nothing else
    says where. A country that names the doer ("U.S. strikes") or a place elsewhere in the
    sentence says nothing of the kind; nor do a people ("hundreds of thousands of Syrians have
    been killed": a war's toll)."""
    victims = {t.i for p in patients for t in p.subtree}
    if not victims or any(place.kind != "country" for _, place in places) \
            or len({place.geonameid for _, place in places}) != 1:
        return None
    return next(((span, place) for span, place in places if span.root.i in victims
                 and span.root.dep_ in ("amod", "compound", "nmod", "poss")), None)


def _leading(span: Span) -> bool:
    """ "US-led", "Iran-backed", "Turkish-supported": a place that says who leads or backs."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text in ("-", "‑") \
        and doc[span.end + 1].lower_ in _LEADING


def _possessors(places: list[tuple[Span, Place]]) -> dict[int, Span]:
    """Countries and provinces that own the finer place named right after them ("Iraq's
    Mosul"), by the start of that place."""
    owners: dict[int, Span] = {}
    finer = {"country": ("region", "town"), "region": ("town",)}
    starts = {span.start: place for span, place in places}
    for span, place in places:
        doc = span.doc
        if span.end + 1 < len(doc) and doc[span.end].lower_ in ("'s", "’s"):
            owned = starts.get(span.end + 1)
            if owned is not None and owned.kind in finer.get(place.kind, ()):
                owners[span.end + 1] = span
    return owners


def _names_site(root: Token, place: Place) -> bool:
    """ "at Baghdad alcohol shops", "in Kirkuk security sweep", "on Iraq oilfield": a place
    that modifies what a locative preposition governs says where, though not "at the U.S.
    embassy" (a country's mission abroad)."""
    noun = root.head
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in _SITE_PREPOSITIONS \
            or noun.lemma_.lower() in _PEOPLE | _FORCES | _MEMBERS:
        return False  # "attacks on U.S. citizens": whom, not where
    return place.kind != "country" or not (
        {noun.lemma_.lower(), root.head.lemma_.lower()} & _MISSIONS)


def _headline_site(root: Token, place: Place, trigger: Token) -> bool:
    """ "Iraq suicide bomber kills 20", "Baghdad restaurant bombs kill 21": a country's or town's
    name (not a nationality word) that modifies an attacker of no state or the weapon that
    killed; not "US coalition" or "US troops", which are a country's forces. And "Baghdad market
    hit by car bomb", "forces pound Tikrit jihadists", "attack Iraq's largest refinery": a name on
    whom or what the act struck; for a country, only on a thing that stays in it (not "U.S.
    citizens", "Turkish soldiers", "a U.S. convoy" or "the U.S. embassy", which may be abroad)."""
    if root.dep_ not in ("compound", "poss"):
        return False
    noun = root.head
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == "nsubj" and noun.head.i == trigger.i:
        return root.dep_ == "compound" and noun.lemma_.lower() in _LONE_ATTACKERS
    struck = (noun.dep_ in ("nsubjpass", "dobj") and noun.head.i == trigger.i) or (
        trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.head.i == noun.i)
    return struck and (place.kind != "country" or noun.lemma_.lower() not in _MAY_BE_ABROAD)


def _coordinated(chosen: tuple[Span, Place], places: list[tuple[Span, Place]]
                 ) -> tuple[Place, ...]:
    """Towns listed with the chosen one: "in Jabla and Tartus", "in the towns of Jabla ...,
    and the port city of Tartus". Listed means joined by "and" or a comma with no verb between;
    a town named as a province ("the province of Latakia") is not listed."""
    span = chosen[0]
    doc = span.doc
    found = []
    for other, place in places:
        if place.kind != "town" or place.geonameid == chosen[1].geonameid:
            continue
        if _district_and_city(place, chosen[1]):
            continue  # "in Karrada, Baghdad": a district and its city, one place
        root = other.root
        if root.dep_ == "pobj" and root.head.lower_ == "of" \
                and root.head.head.lemma_.lower() in {"province", "governorate", "region"}:
            continue
        if _placed_by(other):
            continue  # "in East Mosul, 300 km from Baghdad": where it is, not another place
        lo, hi = (span.end, other.start) if other.start >= span.end else (other.end, span.start)
        between = doc[lo:hi]
        if 0 < len(between) <= 12 and any(t.lower_ in ("and", ",") for t in between) \
                and not any(t.pos_ in ("VERB", "AUX") for t in between):
            found.append(place)
    return tuple(found)


def _near_other(root: Token, places: list[tuple[Span, Place]]) -> bool:
    """Whether a place is named to say where another place is: "Tiyas Military Airfield near
    Palmyra" (and the country after it: "near Palmyra, Syria")."""
    node = root.head if root.dep_ == "appos" else root
    prep = node.head if node.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in ("near", "outside") \
        and any(span.start <= prep.head.i < span.end for span, _ in places)


def _names_part(noun: Token, places: list[tuple[Span, Place]]) -> bool:
    """Whether a word for a kind of place is named by a place of its own ("the Karrada
    district"), so that a place "of" it names only where that part is."""
    return noun.lemma_.lower() in place_spans.PLACE_NOUNS and any(
        span.start <= c.i < span.end for c in noun.children
        if c.dep_ in ("compound", "amod", "nmod") for span, place in places
        if place.kind in ("town", "unmapped"))  # not "the Iraq town of Baiji"


def _district_and_city(a: Place, b: Place) -> bool:
    """Whether one of two towns is a city and the other may be a district of it ("Karrada,
    Baghdad"), not a town of its own near the other ("Jalawla and Saadiya")."""
    small, big = sorted((a, b), key=lambda p: p.population)
    return big.population >= _CITY_PEOPLE and big.population > 10 * small.population \
        and distance_km((a.lat, a.lon), (b.lat, b.lon)) <= _DISTRICT_KM


def _site_name(name: str) -> bool:
    """Whether an organisation the actor stage does not know is named as a building or a
    site (its last word a place noun, a facility's, a mission's or a building's: "Al-Fourat
    University", "the U.S. Embassy"): a target, not a side."""
    words = name.lower().split()
    return bool(words) and words[-1] in _SITE_WORDS


#: Last words of a site's name: place nouns, facilities, missions, and buildings an
#: organisation may be named after.
_SITE_WORDS = place_spans.PLACE_NOUNS | actor_spans.FACILITIES | _MISSIONS | frozenset({
    "university", "college", "school", "hotel", "headquarters", "compound", "stadium", "palace"})


def _bearing_of_other(span: Span, places: list[tuple[Span, Place]]) -> bool:
    """Whether a place is named, after a direction, to say where another town named just
    before it is: "captured Al-Karmah, about 16 km northeast of Fallujah"."""
    doc = span.doc
    i = _word_before(span)
    if i < 1 or doc[i].lower_ != "of" or doc[i - 1].lower_ not in _DIRECTIONS:
        return False
    named = next((p for s, p in places if s.start == span.start), None)
    return any(other.end <= i - 1 and span.start - other.end <= 12
               and other.sent.start == span.sent.start and place.kind in ("town", "unmapped")
               and place != named for other, place in places)


def _word_before(span: Span) -> int:
    """The index of the word before a name and its "the" (-1 at the text's start)."""
    i = span.start - 1
    return i - 1 if i >= 0 and span.doc[i].lower_ == "the" else i


def _placed_by(span: Span) -> bool:
    """A place named to say where another is: "300 km from Baghdad", "north of Baghdad"."""
    doc = span.doc
    i = _word_before(span)
    if i < 0:
        return False
    word = doc[i].lower_
    if word in lx.DIRECTIONAL:
        return True
    return word == "of" and i > 0 and (doc[i - 1].lower_ in _DIRECTIONS
                                       or doc[i - 1].lower_ in {"km", "kilometres",
                                                                "kilometers", "miles"})


def _place_fields(place: Place) -> dict[str, Any]:
    """An event report's fields for where it happened. A place the gazetteer lacks is known
    by its name ("~habbaniyah"), so that reports of it fuse with each other, not with others
    in its country."""
    ref = "~" + toponym_key(place.name)[:31] if place.kind == "unmapped" else str(place.geonameid)
    return {"location": place.name, "place_ref": ref, "lat": place.lat,
            "lon": place.lon, "country": place.country, "admin1": place.admin1_name,
            "geo_precision": place.geo_precision}


def _former_or_latter(patients: list[Token], places: list[tuple[Span, Place]]
                      ) -> tuple[Span, Place] | None:
    """ "the latter being retaken": the last (or first) place of the sentence's list."""
    for patient in patients:
        word = patient.lower_
        if word in {"latter", "former"} and len(places) >= 2:
            return places[-1] if word == "latter" else places[0]
    return None


def _aftermath(trigger: Token, clause: Token) -> Token | None:
    """The clause that tells what followed an act ("fighters escaped following Turkish
    airstrikes from a camp at Ain Issa"), where that is no act of its own: where it happened,
    the act happened."""
    if clause.i != trigger.i and clause.lower_ == "following" and clause.dep_ == "prep":
        head = clause.head
    elif trigger.dep_ == "pobj" and trigger.head.lower_ in ("after", "following"):
        head = trigger.head.head
    else:
        return None
    return head if head.pos_ == "VERB" and _act_of(head) is None else None


def _between(root: Token, clause: Token) -> list[Token]:
    """The ancestors of a place's token below the act's clause (all of them if outside it)."""
    found = []
    for ancestor in root.ancestors:
        if ancestor.i == clause.i:
            break
        found.append(ancestor)
    return found


def _under_motion(root: Token, clause: Token) -> bool:
    for ancestor in root.ancestors:
        if ancestor.i == clause.i:
            return False
        if ancestor.lemma_.lower() in lx.MOTION and ancestor.pos_ == "VERB":
            return True
    return False


def _from_origin(root: Token, clause: Token) -> bool:
    """Whether a place is inside a phrase of where something came from, below its own
    preposition ("from its territory in Syria")."""
    for above, ancestor in enumerate(root.ancestors):
        if ancestor.i == clause.i:
            return False  # "Death toll from Iraq suicide attack": the act's own modifier
        if above and ancestor.dep_ == "prep" and ancestor.lower_ == "from":
            return True
    return False


def _watched_from(root: Token, clause: Token) -> bool:
    """Whether a place is where onlookers watch an act from: the verb it belongs to is one of
    seeing."""
    verb = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.i != clause.i and verb.lemma_.lower() in _WATCHING


_WATCHING = {"watch", "see", "observe", "film", "photograph", "look", "view"}


def _date(clause: Token, scope: set[int], dates_in: list[tuple[Span, When]]) -> When | None:
    dates_in = [(s, w) for s, w in dates_in if (s.root.i in scope or not any(
        (a.lemma_.lower() in _REPORTING or a.lower_ == "according") and a.i not in scope
        for a in s.root.ancestors))  # not "according to a news release issued yesterday"
        and not _period_of_thing(s, w)]
    if not dates_in:
        return None
    ranked = sorted(dates_in, key=lambda d: (d[0].root.i not in scope,
                                             TIME_PRECISION[d[1].precision],
                                             abs(d[0].root.i - clause.i)))
    return ranked[0][1]


def _period_of_thing(span: Span, when: When) -> bool:
    """ "as 2013 toll tops 5,500", "as January toll tops 800": a year or month that
    qualifies a noun other than an act dates that thing, not the act."""
    if when.precision not in ("year", "month") or when.inferred or span.end >= len(span.doc):
        return False  # "Sunday morning" known only to the month is still a day's name
    noun = span.doc[span.end]  # the word it qualifies, which the parser may not attach to it
    return noun.pos_ == "NOUN" and _act_of(noun) is None


def _reported_date(clause: Token, dates_in: list[tuple[Span, When]]) -> When | None:
    """The date of the statement that reports an act in the past ("Last week, it announced
    that it had found ..."), for an act with no date of its own: the act happened by then."""
    if clause.pos_ not in ("VERB", "AUX"):
        clause = _governing_verb(clause) or clause  # "it had entered into an agreement"
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX") \
            and clause.tag_ in ("VBD", "VBN"):
        clause = clause.head  # "it was reported that 50 had been killed ... and 15 others had"
    if clause.dep_ != "ccomp" or clause.tag_ not in ("VBD", "VBN"):
        return None
    statement = clause.head
    while statement.lemma_.lower() not in _REPORTING and statement.dep_ == "ccomp":
        # "'I am saddened that one of our service members has been killed,' Carter said in a
        # Nov. 24 statement": what a statement tells of its speaker's feelings, it reports.
        statement = statement.head
    if statement.lemma_.lower() not in _REPORTING:
        return None
    scope = {t.i for t in clause.subtree}
    said = [(s, w) for s, w in dates_in if s.root.i not in scope
            and next((a.i for a in s.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
            == statement.i]
    return said[0][1] if said else None


def _told_before(trigger: Token, dated: list[tuple[Span, When]]) -> When | None:
    """The date of the act a definite act noun refers back to: the last earlier mention of the
    same noun, or, for a bare noun, of a compound of it ("an airstrike last week ... The strike
    took place"; not "a counterattack ... This air attack"), if its sentence dates it."""
    mention = _mention_before(trigger)
    if mention is None:
        return None
    sent = mention.sent
    clause = _clause_of(mention)
    return _date(clause, {t.i for t in clause.subtree},
                 [(s, w) for s, w in dated if sent.start <= s.start and s.end <= sent.end])


def _mention_before(trigger: Token, since: int = 0) -> Token | None:
    """The last earlier mention, from token ``since`` on, of the act a definite act noun
    refers back to (see _told_before)."""
    lemma = trigger.lemma_.lower()
    bare = not any(c.dep_ in ("compound", "amod") for c in trigger.children)
    return next((t for t in reversed(trigger.doc[since:trigger.sent.start])
                 if t.pos_ in ("NOUN", "PROPN") and (t.lemma_.lower() == lemma or (
                     bare and t.lemma_.lower().endswith(lemma)))), None)


def _abroad_under_heading(places: list[tuple[Span, Place]]) -> list[Span]:
    """Villages resolved in another country than the country heading the list they are in
    ("Near Bashir, ..." under "Iraq" is not Basir in Syria, whatever the Syria lines above
    vote): the gazetteer lacks the village, so it is a place the heading's country holds (see
    _unmapped). A town of 20,000 people or more keeps its country: a list may name a town
    across the border ("Near Al Qaim" under "Syria")."""
    abroad = []
    heading: Place | None = None
    for span, place in places:
        if place.kind == "country" and _heading(span):
            heading = place
        elif heading is not None and place.kind == "town" and place.country != heading.country \
                and place.population < SMALL_TOWN:
            abroad.append(span)
    return abroad


def _heading(span: Span) -> bool:
    """Whether a place name is a line of its own (a heading: "Iraq" over the lines of a list)."""
    doc = span.doc
    line_start = doc.text.rfind("\n", 0, span.start_char) + 1
    line_end = doc.text.find("\n", span.end_char)
    line = doc.text[line_start:len(doc.text) if line_end < 0 else line_end]
    return line.strip(" \t:-–—*#") == span.text


def _week_before(doc: Doc) -> When | None:
    """The week before publication; for a publication known only to the month, that month (a
    statement condemns an attack within days, so in its own month, but for its first days)."""
    published = doc._.sitrep_published
    if published is not None and published[1] and published[2] is not None:
        return When(published[2], published[0], "month", inferred=True)
    reference = doc._.sitrep_reference
    if not reference or reference[0] is None:
        return None
    day: date = reference[0]
    return When(day - timedelta(days=6), day, "week", inferred=True)


def _now_held(token: Token) -> bool:
    """ "The Syrian army now claims full control of Aleppo": ground taken, told in the present
    with "now", was taken in the days before."""
    return token.tag_ in ("VBZ", "VBP") and _act_of(token) in ("seize", "retake") and any(
        c.dep_ == "advmod" and c.lower_ == "now" for c in token.children)


def _recent(trigger: Token, clause: Token) -> bool:
    """An act in the present perfect ("has been liberated"), one going on ("protests continue")
    or one that a statement reacts to ("condemns the attack"): news of the days before
    publication."""
    if _continuing(trigger) or _now_held(trigger):
        return True
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP")
                  for c in clause.children)
    if perfect and (any(c.dep_ == "auxpass" for c in clause.children)
                    or clause.lemma_.lower() in lx.VERB_ACTS["kill"]):
        # "Sinjar has been liberated", "ISIL has killed 70 members"; not the active "have
        # liberated nearly all the territory", which sums up a campaign.
        return True
    node = trigger
    for _ in range(3):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "VERB" and node.lemma_.lower() in lx.REACTIONS:
            return True
    return False


def _last_date(dated: list[tuple[Span, When]], before: int, reach: int | None = DATE_REACH
               ) -> When | None:
    text = dated[0][0].doc.text if dated else ""
    earlier = [(s, w) for s, w in dated if s.end_char <= before and w.precision != "year"
               and (reach is None or before - s.end_char <= reach)
               and "\n\n" not in text[s.end_char:before]]
    return earlier[-1][1] if earlier else None


# -- fatalities ---------------------------------------------------------------------------------

def _fatalities(trigger: Token, act: str, sent: Span,
                patients: list[Token]) -> tuple[int, tuple[str, ...]]:
    """Deaths the sentence reports, by ACLED's conservative rules, and named victims."""
    if act not in ("kill", "strike", "shell", "explode", "attack", "clash", "protest", "riot"):
        return 0, ()
    if act == "kill" and (trigger.pos_ == "VERB" or _verb_as_noun(trigger)):
        for patient in patients:
            if any(c.lower_ == "among" for c in patient.children):
                continue  # "Senior police officer among nine killed": one of those counted
            if (more := _more_dead(patient)) and not all(_is_person(p) for p in more):
                # "killed a policeman and two civilians", "killed an ISIL commander, along with
                # 14 other ISIL militants": the dead told together
                dead = [patient, *more]
                total = sum(_dead_told(p, p is patient) for p in dead)
                return (min(total, 3) if _with_wounded(trigger) else total), \
                    tuple(_name(p) for p in dead if _is_person(p))
            count = _count(patient)
            if count is not None:
                return (min(count, 3) if _with_wounded(trigger) else count), ()
            if _is_person(patient):
                # "Ali Hassan and Omar Saleh were killed", "... were both killed"
                people = [patient, *(c for c in patient.conjuncts if _is_person(c))]
                both = any(c.lower_ == "both" for c in trigger.children)
                return max(len(people), 2 if both else 1), tuple(_name(p) for p in people)
            if (patient.tag_ in ("NN", "NNP") and patient.lemma_.lower() not in {"people"}) \
                    or patient.lower_ in _PERSONAL_PRONOUNS:
                return 1, ()
            if patient.tag_ in ("NNS", "NNPS"):
                return 3, ()
    best = 0
    for token in sent:
        lemma = token.lemma_.lower()
        if lemma in {"kill", "die", "dead", "death", "fatality", "body", "toll"} or \
                token.lower_ in lx.DEATH_NOUNS:
            if _dead_in_other_act(token, trigger):
                continue
            count = _death_count(token)
            best = max(best, count)
    return best, ()


def _more_dead(victims: Token) -> list[Token]:
    """The others a killing's victims are told with: "a policeman and two civilians", "an
    ISIL commander ..., along with 14 other ISIL militants", "ISIS leader, 26 members" (an
    appositive with a count of its own, after a noun with none)."""
    more = [c for c in victims.conjuncts if c.i > victims.i and c.pos_ in ("NOUN", "PROPN", "NUM")
            and c.lemma_.lower() not in _ANIMALS]
    verb = victims.head
    if victims.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB":
        more += [o for prep in verb.children if prep.dep_ == "prep"
                 and prep.lower_ in ("along", "together")
                 for w in prep.children if w.lower_ == "with"
                 for o in w.children if o.dep_ == "pobj"]
    if _count(victims) is None:
        more += [c for c in victims.children if c.dep_ == "appos" and _count(c) is not None]
    return more


def _dead_told(victims: Token, first: bool) -> int:
    """The dead one noun of a list of victims tells of: its count, or one person. Uncounted
    dead after the first noun add none ("55 Iraqi soldiers and other pro-government
    fighters": perhaps among the 55); the first are a few."""
    count = _count(victims)
    if count is not None:
        return count
    if _is_person(victims) or victims.tag_ in ("NN", "NNP") \
            or victims.lower_ in _PERSONAL_PRONOUNS:
        return 1
    return 3 if first and victims.tag_ in ("NNS", "NNPS") else 0


def _dead_in_other_act(death: Token, trigger: Token) -> bool:
    """Whether a death the sentence tells of is told as the work of another of its acts: "50
    militants had been killed in coalition air strikes and 15 others ... in clashes with Iraqi
    forces" gives the clashes 15 dead, not 50."""
    if not _in_equal_clauses(death, trigger):
        return False  # "Suicide bomber strikes Iraq cafe as attacks kill 47": told as one
    acts = _acts_killing(death)
    told = {trigger.i, *(c.i for c in trigger.conjuncts)}
    return bool(acts) and not any(a.i in told for a in acts)


def _in_equal_clauses(one: Token, other: Token) -> bool:
    """Whether two words of a sentence are in clauses joined as equals ("50 had been killed in
    strikes and 15 others had been killed in clashes")."""
    up_one, up_other = [one, *one.ancestors], [other, *other.ancestors]
    common = {t.i for t in up_one} & {t.i for t in up_other}
    return any(t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")
               for t in (*up_one, *up_other) if t.i not in common)


def _acts_killing(death: Token) -> list[Token]:
    """The acts a death is told as the work of: "killed in clashes", "killed by a strike",
    "the strike killed 50"."""
    acts = [o for c in death.children if c.dep_ == "prep" and c.lower_ in ("in", "by", "during")
            for o in c.children if o.dep_ == "pobj"]
    if death.pos_ == "VERB":
        acts += [c for c in death.children if c.dep_ == "nsubj"]
    return [a for a in acts if _act_of(a) is not None]


def _dead_listed(sent: Span) -> _Later | None:
    """The toll of a sentence that lists the dead of the act told before it: "The dead
    included two children and a policeman" (3), "Other victims included a Kataeb Hezbollah
    official and Mohammed Reda" (2 more)."""
    root = sent.root
    if root.lemma_.lower() != "include":
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in _THE_DEAD:
        return None
    listed = [o for c in root.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    if not listed:
        return None
    fatalities = sum(_count(o) or (3 if o.tag_ in ("NNS", "NNPS") else 1) for o in listed)
    victims = tuple(_name(o) for o in listed if _is_person(o))
    more = any(c.lower_ in ("other", "more") for c in subject.children)
    return _Later(-1, fatalities=fatalities, victims=victims, more=more,
                  reach=_REFINE_REACH if more else 2)  # "other victims": of the act told of


_THE_DEAD = {"victim", "dead", "fatality"}


def _with_wounded(verb: Token) -> bool:
    """ "were killed and injured": the count is of the dead and the wounded together."""
    return any(c.dep_ == "conj" and c.lemma_.lower() in {"injure", "wound"}
               # "and wounded 110 more", "and 30 wounded": a count of their own
               and not any(o.dep_ == "dobj" or o.like_num for o in c.children)
               for c in verb.children)


def _death_count(token: Token) -> int:
    lemma = token.lemma_.lower()
    if lemma in {"kill", "murder", "execute"} and token.pos_ == "VERB":
        if any(c.dep_ == "neg" for c in token.children):
            return 0
        # "with at least ten people killed": a participle's subject is the dead
        bare = token.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass")
                                               for c in token.children)
        for child in token.children:
            if child.dep_ in ("dobj", "nsubjpass") or (bare and child.dep_ == "nsubj") \
                    or _range_of(child) is not None:
                child = _range_of(child) or child
                if more := _more_dead(child):
                    total = sum(_dead_told(p, p is child) for p in (child, *more))
                    return min(total, 3) if _with_wounded(token) else total
                count = _count(child)
                if count is not None:
                    return min(count, 3) if _with_wounded(token) else count
                return 3 if child.tag_ == "NNS" else 1
        for conj in token.children:  # "killed and wounded 20 people": the dead among them
            if conj.dep_ == "conj" and conj.lemma_.lower() in {"injure", "wound"}:
                shared = [o for o in conj.children if o.dep_ == "dobj"]
                count = _count(shared[0]) if shared else None
                if count is not None:
                    return min(count, 3)
        if token.dep_ in ("acl", "amod") and token.head.pos_ in ("NOUN", "NUM"):
            count = _count(token.head)
            return count if count is not None else 0
        return 0
    if lemma == "die":
        if any(c.dep_ == "neg" for c in token.children):
            return 0
        for child in token.children:
            if child.dep_ == "nsubj":
                if child.lower_ in ("nobody", "none") or any(
                        c.dep_ == "det" and c.lower_ == "no" for c in child.children):
                    return 0  # "No one died"
                count = _count(child)
                if count is not None:
                    return count
                if _is_person(child) or child.tag_ == "NN" or child.lower_ in ("he", "she"):
                    return 1  # "Dayton, 42, ... died Nov. 24 of wounds"; "a soldier died"
                return 3 if child.tag_ == "NNS" else 0
        return 0
    if lemma == "toll":
        before = token.doc[token.i - 1] if token.i > 0 else token
        if before.ent_type_ == "DATE" or before.lower_ in _PERIODIC:
            return 0  # "as January toll tops 800": a running total, not this event's dead
        for ancestor in [token.head, *token.head.children]:
            if ancestor.pos_ == "NUM":
                return _number_of(ancestor) or 0
        for child in token.head.children:
            if child.dep_ == "prep" and child.lower_ == "to":
                for grand in child.children:
                    if grand.pos_ == "NUM":
                        return _number_of(grand) or 0
                    if grand.dep_ == "pobj":
                        return _count(grand) or 0  # "rises to 36 people"
        return 0
    count = _count(token)
    if count is None and token.dep_ in ("pobj", "amod") and token.head.lower_ == "of":
        count = _count(token.head.head)
    if count is None:
        return 0
    if any(c.dep_ == "conj" and c.lemma_.lower() in lx.MIXED_NOUNS | {"wound", "injure"}
           for c in token.children) or (token.dep_ == "pobj" and any(
               c.dep_ == "conj" for c in token.head.head.children)):
        return min(count, 3)
    return count


def _count(token: Token) -> int | None:
    """The number a noun phrase gives: "14 people", "dozens of fighters", "at least 20"."""
    if token.pos_ == "NUM" or (token.lower_ in lx.COUNT_WORDS and token.lower_ not in {"a", "an"}):
        value = _number_of(token)
        if value is not None:
            return value
    for child in token.children:
        if child.dep_ in ("nummod", "quantmod") or (child.dep_ == "amod"
                                                   and child.lower_ in lx.COUNT_WORDS):
            value = _number_of(child)
            if value is not None:
                return value
    return None


def _number_of(token: Token) -> int | None:
    """The number a token gives, reading a hyphenated number whole: "Eighty-four" is 84,
    whichever of its parts the parser took for the number, and a range ("20-25", "20 to 25")
    is its conservative end, 20."""
    value = _number(token.text)
    if value is None:
        return None
    doc = token.doc
    after = doc[token.i + 2] if token.i + 2 < len(doc) and _hyphenated(token, doc[token.i + 2]) \
        else None
    before = doc[token.i - 2] if token.i >= 2 and _hyphenated(doc[token.i - 2], token) else None
    right = (_number(after.text) or 0) if after is not None else 0
    left = (_number(before.text) or 0) if before is not None else 0
    if token.is_alpha:
        if value in _TENS and 0 < right < 10:
            return value + right
        if left in _TENS and 0 < value < 10:
            return left + value
    elif before is not None and before.is_digit:
        return min(value, left or value)
    if token.i >= 2 and doc[token.i - 1].lower_ in ("to", "or") \
            and (low := _number(doc[token.i - 2].text)) is not None:
        return min(value, low)  # "28 to 30 soldiers", "two or three people": the fewer
    return value


def _hyphenated(left: Token, right: Token) -> bool:
    between = left.doc[left.i + 1]
    return between.text in ("-", "–") and not left.whitespace_ and not between.whitespace_ \
        and right.i == left.i + 2


def _number(text: str) -> int | None:
    word = text.lower().strip()
    if _NUMBER.match(word):
        return int(word.replace(",", ""))
    if (span := _RANGE.match(word)) is not None:
        return min(int(span.group(1)), int(span.group(2)))  # "28–29", one token: 28
    return lx.COUNT_WORDS.get(word)


def _name(token: Token) -> str:
    if token.ent_type_ == "PERSON":
        left = token
        while left.i > 0 and left.nbor(-1).ent_type_ == "PERSON":
            left = left.nbor(-1)
        right = token
        while right.i + 1 < len(token.doc) and right.nbor(1).ent_type_ == "PERSON":
            right = right.nbor(1)
        return token.doc[left.i:right.i + 1].text
    parts = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
    return " ".join(t.text for t in [*parts, token])


def _refers_back(trigger: Token, clause: Token) -> set[str]:
    """The words by which an act with no place of its own is told of something named before:
    "the attack consisted of three rockets" (attack), "Seventeen rockets struck near the base"
    (base), "the aid convoy was attacked from the air" (convoy), "rocket attacks on the
    United States Embassy" (embassy: a site by its name)."""
    nouns = [trigger] if _definite(trigger) else []
    nouns += [t for t in clause.subtree if t.i != trigger.i and (
                  t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.lower_ in _SITE_WORDS))
              and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and any(
                  c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children)]
    return {word for t in nouns for word in (t.lower_, t.lemma_.lower())}


def _refine(story: list[tuple[int, EventReport]], later: _Later) -> bool:
    """Give the bare "attack" reported in one of the two sentences before ``later``'s the
    type that sentence tells of it, if it names the same thing ("the attack", "the base") and
    no other actor. Further back, up to ``_REFINE_REACH`` sentences, only the last act told
    before can be meant: "an attack on an air base near Mosul ... [a spokesman's words] ...
    Seventeen rockets struck near the base"."""
    assert later.sub is not None
    if later.when is not None:
        return _retold(story, later)
    latest = True
    for index in range(len(story) - 1, -1, -1):
        told, report = story[index]
        if told >= later.number:
            continue
        if later.number - told > (_REFINE_REACH if latest else 2):
            return False
        latest = False
        if report.sub_event_type in _BARE and report.trigger.lower() in _BARE_ATTACKS \
                and later.links & set(re.findall(r"[a-z]+", report.evidence.lower())) \
                and later.within in (None, report.country) \
                and (later.actor1 is None or report.actor1 is None
                     or later.actor1.name == report.actor1.name):
            story[index] = (told, _retyped(report, later.sub))
            return True
    return False


def _retyped(report: EventReport, sub: str) -> EventReport:
    """The report with the sub-event type a later sentence tells, marked inherited."""
    return replace(report, event_type=EVENT_TYPE_OF[sub], sub_event_type=sub,
                   inherited=(*report.inherited, "type"))


def _retold(story: list[tuple[int, EventReport]], later: _Later) -> bool:
    """Give a bare act told before, by the same doer, with the same word, on days the later
    telling shares, the means that telling names."""
    assert later.sub is not None and later.when is not None and later.actor1 is not None
    for index in range(len(story) - 1, -1, -1):
        told, report = story[index]
        if told < later.number and report.sub_event_type in _BARE \
                and report.trigger.lower() in later.links and report.actor1 is not None \
                and report.actor1.name == later.actor1.name \
                and report.date_start is not None and report.date_end is not None \
                and report.date_start <= later.when.end and later.when.start <= report.date_end:
            story[index] = (told, _retyped(report, later.sub))
            return True
    return False


def _toll_reach(trigger: Token, agents: list[Token], sent: Span) -> int:
    """How many sentences back the act may be whose toll a killing or attack gives that names
    no doer and no other kind of act: the sentence or two before ("12 people were killed"),
    or the last act told, up to ``_REFINE_REACH`` sentences back, for a sentence that refers
    to it ("The blast killed 12", "This was an attack, with ten people killed"). 0 if the
    sentence tells of an act of its own ("Separately, 15 soldiers were killed", "Over the
    two days, 61 ...")."""
    if any(t.lower_ in _ELSEWHERE for t in sent) or any(
            sent.start <= s.start < sent.end for s in sent.doc.spans.get(date_spans.SPAN_KEY, [])):
        return 0
    acts = [(t, _act_of(t)) for t in sent]
    referring = [t for t, act in acts if act is not None and _refers_to_act(t)]
    if (trigger.pos_ == "NOUN" and trigger not in referring) or not all(
            a in referring or a.lower_ in _THIS for a in agents):
        return 0
    told = {trigger.i, *(a.i for a in agents)}
    if any(act not in (None, "kill", "attack") for t, act in acts
           if t.i not in told and t not in referring):  # not "killed in the airstrike"
        return 0
    return _REFINE_REACH if referring else 2


def _refers_to_act(noun: Token) -> bool:
    """ "the blast", "this attack", "this was an attack": an act told before."""
    return _definite(noun) or (noun.dep_ == "attr" and any(
        c.dep_ == "nsubj" and c.lower_ in _THIS for c in noun.head.children))


_THIS = frozenset({"this", "it", "that"})
_ELSEWHERE = frozenset({"separately", "elsewhere", "meanwhile", "another", "other", "total",
                        "overall", "altogether"})


def _last_told(story: list[tuple[int, EventReport]], later: _Later) -> int | None:
    """The index of the one report of the last sentence, of the ``later.reach`` before
    ``later``'s, that reports any; ``None`` if there is none or it reports several."""
    before = [told for told, _ in story if told < later.number]
    if not before or later.number - max(before) > later.reach:
        return None
    last = [index for index, (told, _) in enumerate(story) if told == max(before)]
    return last[0] if len(last) == 1 else None


def _add_toll(story: list[tuple[int, EventReport]], later: _Later) -> None:
    """Give the one act the sentence or two before told of the toll a sentence that names no
    place, date or doer gives: "A car bomb exploded in Baghdad on Monday. Police said at
    least 12 people were killed." A sentence that refers back to the act ("This was an
    attack, with ten people killed") may be further on. Where the last sentence that told of
    acts told of several, the toll is of none of them alone."""
    if any(told == later.number for told, _ in story):
        return  # an act of its own
    index = _last_told(story, later)
    if later.of_kind is not None and (index is None
                                      or story[index][1].event_type != later.of_kind):
        # "The U.S. military said the bombing killed 16": the last bombing told, not the
        # counterattack told of in between
        index = next((i for i in range(len(story) - 1, -1, -1)
                      if story[i][0] < later.number
                      and later.number - story[i][0] <= later.reach
                      and story[i][1].event_type == later.of_kind), None)
    if index is None:
        return  # several acts told before
    told, report = story[index]
    if report.event_type == "Strategic developments":
        return
    if later.more and report.victims and not set(later.victims) & set(report.victims):
        story[index] = (told, replace(report, fatalities=report.fatalities + later.fatalities,
                                      victims=(*report.victims, *later.victims)))
    elif later.fatalities > report.fatalities:
        story[index] = (told, replace(report, fatalities=later.fatalities,
                                      victims=later.victims))


def _add_place(story: list[tuple[int, EventReport]], later: _Later) -> None:
    """Put the acts told before that killed a person a later, undated sentence names as
    fallen at a town in their country ("Navy Senior Chief Petty Officer Scott C. Dayton ...
    died Nov. 24 in northern Syria, of wounds sustained in an improvised explosive device
    blast ... Dayton was mortally wounded in the vicinity of Ayn Issa") at that town."""
    place = later.place
    assert place is not None
    deaths = {(r.place_ref, r.date_start, r.date_end) for told, r in story
              if told < later.number and r.fatalities and r.geo_precision == 3
              and r.country == place.country
              and later.names & set(re.findall(r"\w+", r.evidence))}
    for index, (told, report) in enumerate(story):
        # and the same death told again there that day ("one of our service members has been
        # killed in Syria")
        if told < later.number and report.fatalities \
                and (report.place_ref, report.date_start, report.date_end) in deaths:
            story[index] = (told, replace(report, **_place_fields(place),
                                          inherited=(*report.inherited, "place")))


def _add_doer(story: list[tuple[int, EventReport]], later: _Later) -> None:
    """Give the one act of its type the sentence or two before told of, with no doer, the
    actors a sentence with no place or date names for it: "The attack was a horrific act of
    terror ... in Karrada. [...] Daesh targeted families out shopping for Eid"."""
    index = _last_told(story, later)
    if index is None:
        return
    told, report = story[index]
    if report.event_type == later.event_type and report.actor1 is None:
        story[index] = (told, replace(report, actor1=later.actor1,
                                      actor2=report.actor2 or later.actor2))


_REFINE_REACH = 6
_EXECUTING = frozenset({"execute", "behead"})
_BARE = {"Attack", "Armed clash"}
_BARE_ATTACKS = {"attack", "attacks"}


def _dated_by_siblings(candidates: list[_Candidate]) -> list[_Candidate]:
    """ "Today, multiple attacks, also claimed by Da'esh, have killed 35 civilians", its killing
    parsed as a verb of its own that "Today" does not date: an act the sentence gives no date
    for, where it dates another act at the same place, has that date."""
    own = {c.report.place_ref: c.report for c in candidates if "date" not in c.report.inherited}
    dated = []
    for candidate in candidates:
        report = candidate.report
        sibling = own.get(report.place_ref) if "date" in report.inherited else None
        if sibling is not None:
            candidate = replace(candidate, report=replace(
                report, date_start=sibling.date_start, date_end=sibling.date_end,
                time_precision=sibling.time_precision,
                inherited=tuple(f for f in report.inherited if f != "date")))
        dated.append(candidate)
    return dated


def _merge(kept: _Candidate, other: _Candidate) -> _Candidate:
    """The report kept for an event a sentence reports with several acts, completed by another
    of them: the higher toll, and the side acted on where only the other names it ("an
    airstrike destroyed an ISIL bunker": the strike names no target, the destroying does)."""
    report = kept.report
    if report.sub_event_type == "Attack" and other.report.sub_event_type == "Armed clash" \
            and report.actor2 is None and kept.trigger.lemma_.lower() not in _EXECUTING:
        # "militiamen were killed in an ambush of their convoy": the ambush, which names no
        # victims but a convoy, was a fight with the armed men the killing names
        report = replace(report, event_type=EVENT_TYPE_OF["Armed clash"],
                         sub_event_type="Armed clash")
    if other.report.fatalities > report.fatalities:
        report = replace(report, fatalities=other.report.fatalities,
                         victims=other.report.victims)
    if (report.actor1 is None or "actor1" in report.inherited) \
            and other.report.actor1 is not None and "actor1" not in other.report.inherited \
            and _one_act(kept.trigger, other.trigger):
        # "Iraqi army kills ISIS leader in air raid": the raid is how the army killed, and the
        # killing names who did it and to whom. A doer the sentence names beats one taken
        # from the sentences before ("killed in coalition air strikes" after Iraqi fighting).
        report = replace(report, actor1=other.report.actor1,
                         actor2=report.actor2 or other.report.actor2,
                         inherited=tuple(f for f in report.inherited if f != "actor1"))
    if report.actor2 is None and other.report.actor2 is not None \
            and (other.report.event_type == report.event_type or (
                # "US airstrikes on Hajin killed 25 civilians", the killing parsed apart
                report.event_type == "Explosions/Remote violence"
                and other.report.actor2.inter == 7)) \
            and (report.actor1 is None or other.report.actor2.name != report.actor1.name):
        report = replace(report, actor2=other.report.actor2)
    return kept if report is kept.report else replace(kept, report=report)


def _one_act(kept: Token, other: Token) -> bool:
    """Whether two acts of a sentence are one told twice: one done "in", "with" or "by" the
    other ("kills ISIS leader, 26 members in air raid", "killed in a Turkish air raid"), or one
    the subject of the other ("Insurgent attacks in Iraqi capital kill 16 people")."""
    means = kept.head
    held = means.head  # what "in" the act is told of: the killing, or whom it killed
    while held.dep_ in ("appos", "conj") and held.head.i != held.i:
        held = held.head
    return (kept.dep_ == "pobj" and means.lower_ in ("in", "with", "by")
            and (held.i == other.i or (held.dep_ == "dobj" and held.head.i == other.i))) \
        or (other.dep_ == "nsubj" and other.head.i == kept.i) \
        or (other.dep_ == "pobj" and other.head.lower_ in ("in", "by")
            and other.head.head.i == kept.i)


def _evidence(sent: Span) -> tuple[int, int]:
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip(" \t\n*•·.-–—▪")))
    end = sent.start_char + len(text.rstrip())
    return start, end
