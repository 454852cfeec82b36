"""Assemble claims from a cleaned document: sentences -> mentions -> claimant, place, period
-> one record per claim, with every sentence that states it as evidence."""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import islice, takewhile

from ..regexes import compiled
from ..records import Attribution, Claim, Claimant, Document, Evidence, Location, Period, replace, stable_id
from ..resolve import country_in, party_of, normalise, find_location, place_in_title
from ..victims import is_perpetrator, resolve_victims, victim_nouns
from .attribution import names_no_speaker, own_report_owner, relay_marks
from .stance import DENIED, HEDGED, Denials, in_others_report, others_report_ends
from .recall import _Context
from .claimants import _Sources, _headline_claimant, _headline_side, _smallest, _source_claimant, outlet_at, pronoun_speaker
from .named_claims import claim_named, given_by
from .casualties import Mention, mentions, zeros
from .background import KIND, is_background, lead, opening_kinds
from .implied import adversaries, held_side, may_name_held, killers_side, names_forces, struck_side
from .citing import PRONOUN_SPEAKERS, cited_by_outlet, claim_via, quoted_between, quoted_by_outlet
from .claimant_side import claimant_side
from .anaphora import asked_count, figures_referring_back, may_refer, refers_back
from .dates import after_event, infer_published, is_day_of_month, parse_date, period
from .sides import abroad, base_side, brought_to, elsewhere, enemy_of, enemy_owner, from_a_side, installed_voice, local_voice, of_both_sides, prisoners_side, place_side, sender_side, \
    described, side_named_after, still_abroad, sufferer_side, told_side, victims_side
from .numbers import find_figures
from .sentences import split_sentences
from .scope import counts_disease, scope
from .merging import (Draft, compatible, country_and_organ, country_voice, credit_reports, link_restatements, link_totals, nameless,
                      outlet_voice, one_role)
from .derived import died_later, wounded_from_shot
from .coded import coded_total
from .casualty_words import casualty_words
from .owners import AUX_ONLY, HIS, HIS_OWNER, OTHER_CUE, OWN, OWNER_CLAUSE, RELATIVE_START, WE, between, nested_speaker, no_one_else, \
    theirs_of_others

_LOSSES_AFTER = compiled(r"\W{0,3}(?:\w+\s+){0,2}?losses\b", re.I)
_FINAL = frozenset(".!?\"”’')")
# the words of an outlet quoting its source, looked for before citing.quoted_by_outlet is asked
_QUOTED_NEAR = compiled(r"(?i)quoted|cited")


# "according to the latest casualty report": a report the story names by no one's name
_UNNAMED_REPORT = compiled(r"(?i)the\s+(?:(?:latest|last|new|newest|official|initial|updated|first|most\s+recent)\s+)*"
                             r"(?:(?:casualty|death|injury|damage)\s+)?(?:report|reports|figures|count|toll|tally|update|data)")


# drafts of one figure a new draft is compared with, the latest first kept
_ALIKE = 64


# A sentence naming casualties more often than this (a casualty word every 40 characters across
# a sentence cut at 4,000, sentences.MAX_SENTENCE) is a table, a run of figures or a page made to
# be slow, not prose: none of its figures is read. Every figure read costs the same passes, so
# such a sentence cost seconds; the densest sentence in the dev sets names casualties 23 times.
MAX_CUES = 100
# A document naming casualties more densely than that over its whole length, more than
# DENSE_DOCUMENT_CUES times (ten such sentences; the most in any dev document is 131), is a table
# or a run of figures, not prose: it is refused by name (NotProse), none of it read. Every figure
# read costs the same passes, so a megabyte of tolls cost tens of seconds; prose is read whatever
# its length (news reaches a casualty word every 50 characters only in its shortest items).
DENSE_DOCUMENT_CUES = 10 * MAX_CUES
CUE_SPACING = 40  # characters per casualty word at that density: 100 in 4,000
# "The hostages were killed" takes its count from a group among the latest this many figures
# of the document (as a pronoun reaches back to the latest 200 parties): each such sentence
# read every figure before it, so a long page of them grew with the square of its length.
ANAPHORA_REACH = 200


# the story's place is looked for in this many first sentences
_PLACE_SENTENCES = 5
# A document of this many sentences is a news story, not an event record.
STORY_SENTENCES = 6


_NOT_OWN_ZERO = frozenset({"people", "residents"})
# a loss right after its speaker's cue: "admitted losing", "acknowledged having lost"
_LOSING = compiled(r"\s*(?:losing|having\s+lost|to\s+have\s+lost)(?:\s+(?:up\s+to|about|around|nearly|almost|some|more\s+than|at\s+least|over|roughly))?\s*")


class NotProse(ValueError):
    """A document too dense in casualty words to be prose (DENSE_DOCUMENT_CUES)."""


def extract_claims(doc: Document) -> list[Claim]:
    """Every casualty claim a document states, each once, with all its evidence."""
    text = doc.text
    published = parse_date(doc.published) or infer_published(text)
    lower = text.lower()
    marks = relay_marks(text, lower)
    outlet = outlet_at(doc)
    drafts: list[Draft] = []
    hits = casualty_words(lower)
    if len(hits) > DENSE_DOCUMENT_CUES and len(hits) * CUE_SPACING > len(text):
        raise NotProse(f"names casualties {len(hits):,} times in {len(text):,} characters (more than once every "
                       f"{CUE_SPACING}): a table or a run of figures, not prose; not read")
    refer = may_refer(lower)
    # (a document that names no held place: none of its sentences does, asked once)
    names_held = may_name_held(text, lower)
    sentences = split_sentences(text)
    ctx = _Context(text, sentences)
    sources: _Sources | None = None
    # the country the story is in so far (its first sentences', then each figure's), for the side
    # of officials who speak of "about 100 people" without naming the place again
    place = place_side_so_far = None
    story_place = None  # the town or region the story's first sentences name
    pows: str | None = None  # the side of the prisoners of war the story tells of ("": none)
    reported: list[tuple[Draft, str]] = []  # figures given "according to the latest report"
    # a sentence's text -> its place, period, lower case, stance and others' reports' ends
    readings: dict[str, tuple[Location | None, Period, str, str, list[int]]] = {}
    places: dict[int, Location | None] = {}  # (a sentence's place, read once: sides.still_abroad)

    def located(j: int) -> Location | None:
        if j not in places:
            places[j] = find_location(sentences[j].text)
        return places[j]
    for k, s in enumerate(sentences):
        looked = place_side_so_far is None and k < _PLACE_SENTENCES
        location = find_location(s.text) if looked else None
        if looked:
            # the story's place, from its first sentences that name one ("an attack on the
            # railway station in Kramatorsk")
            lead = location or find_location(s.text, went=True)  # ("a tribute to Ukraine": what the story is about)
            if lead is not None and lead.country:
                place = place or lead.country
                if story_place is None and lead.name != lead.country:
                    story_place = lead
            place_side_so_far = place_side(s.text, 0, len(s.text), lead.country if lead else None, names_held)
        i = bisect_left(hits, s.start)
        cued = i < len(hits) and hits[i] < s.end
        if cued and bisect_left(hits, s.end, i) - i > MAX_CUES:
            continue  # not prose (MAX_CUES)
        j = bisect_left(refer, s.start)
        # the last figure counted in the sentence before, for one that refers back to it (the
        # drafts are in the order of their sentences: read back only as far as that one)
        since = sentences[max(0, k - 1)].start
        referent = next((d for d in takewhile(lambda d: d.evidence[0].start >= since, reversed(drafts))
                         if d.mention.figure.value is not None), None) if j < len(refer) and refer[j] < s.end else None
        # "… has not said how many of its sailors were killed. Officials say the number is
        # 900": a count the sentence before named without a figure
        asked = asked_count(sentences[k - 1].text) if referent is None and k and j < len(refer) and refer[j] < s.end else None
        if not cued and referent is None and asked is None or counts_disease(s.text):
            continue
        # a day of a written date is no count ("since Russia invaded on 24 February, at least …")
        found = [m for m in mentions(s.text) if not is_day_of_month(s.text, m.figure.start, m.figure.end)] if cued else []
        zero = zeros(s.text, found) if cued else []
        if zero:  # "no one was hurt": none, not one hurt
            found = [f for f in found if not any(z.figure.start < f.figure.start < z.figure.end for z in zero)]
        referred: set[int] = set()
        if referent is not None:
            # "the figure is more like 2,000": a count of what the figure before counted
            taken = {m.figure.start for m in found}
            for f in figures_referring_back(s.text, find_figures(s.text)):
                if f.start not in taken and f.value != referent.mention.figure.value:
                    found.append(Mention(f, referent.mention.metric, referent.mention.unit, ""))
                    referred.add(f.start)
        elif asked is not None:
            taken = {m.figure.start for m in found}
            found += [Mention(f, asked[0], "people", asked[1], owner=asked[2]) for f in figures_referring_back(s.text, find_figures(s.text))
                      if f.start not in taken]
        if not found and not zero:
            continue
        if sources is None:
            sources = _Sources(text, sentences, lower)
        # "no casualties" is a claim only in someone's words ("…, the ministry said")
        found = found + [z for z in zero if sources.covering(k, s.start + z.figure.start, s.start + z.figure.end)]
        if not found:
            continue
        # a headline: a story's first sentence, or any line of a record too short to be a story
        headlines = k == 0 or len(sentences) < STORY_SENTENCES or s.text.rstrip()[-1:] not in _FINAL
        fallback = _headline_claimant(s.text, s.start, ctx, outlet(s.start))
        # what the sentence's words alone say (its place, period, stance), read once for each
        # text: a page repeating a line read it again each time
        read = readings.get(s.text)
        if read is None:
            low = s.text.lower()
            read = readings[s.text] = (
                location if looked else find_location(s.text), period(s.text, lower, published, low), low,
                "denied" if DENIED.found(s.text, low) else "hedged" if HEDGED.found(s.text, low) else "asserted",
                others_report_ends(s.text, low))
        location, per, low, stance, report_ends = read
        if location is not None and location.country:
            place = location.country
            place_side_so_far = place_side(s.text, 0, 0, place, names_held) or place_side_so_far
        # set abroad, or soon after such a sentence: the story's side does not reach it (sides.abroad)
        # (asked only where the story has a side to withhold)
        away = place_side_so_far is not None and (abroad(s.text, location) if location is not None
                                                  else still_abroad(sentences, k, locate=located))
        so_far = None if away else place_side_so_far
        counted = after_event(s.text, text, s.start, published)
        if counted is not None:
            per = Period(per.start, counted.isoformat())
        denials: Denials | None = None  # (read once a sentence, where a figure asks)
        local: list[Draft] = []
        for m in found:
            if m.figure.qualifier == "anaphoric":
                # "The hostages were killed": the group the document counted last.
                # (read lazily, newest first: the group meant is most often the latest)
                counted = (d for d in islice(reversed(drafts), ANAPHORA_REACH) if d.mention.figure.value is not None)
                noun = set(victim_nouns(m.victims_text))
                prev = next((d for d in counted if noun & set(victim_nouns(d.victims.text))), None)
                if prev is None and not is_perpetrator(m.victims_text) and len(drafts) <= ANAPHORA_REACH:
                    # "Kidnappers seized four engineers … The hostages were executed"; not past
                    # the reach, where the group meant may lie further back
                    prev = next((d for d in reversed(drafts) if d.mention.figure.value is not None), None)
                if prev is None:
                    continue  # "all of the assailants were killed": not the victims counted before
                pf = prev.mention.figure
                m = replace(m, figure=replace(m.figure, value=pf.value, low=pf.low, high=pf.high, qualifier=pf.qualifier))
            claimant, attributed = fallback, False
            relay: str | None = None  # an outlet citing or quoting the figure's source
            a = sources.covering(k, s.start + m.figure.start, s.start + m.figure.end)
            if a is not None and a.source is not None and names_no_speaker(text[a.source.start:a.source.end]):
                # "Putin said Ukraine lost 6,000 troops, a figure Kyiv dismissed": Putin's figure; "the
                # military said …, according to its daily update": the military's (else whom "its" is)
                a = _smallest([b for b in sources.cued(k) if b is not a and b.source is not None
                               and not names_no_speaker(text[b.source.start:b.source.end])], s.start + m.figure.start, s.start + m.figure.end)[0] \
                    or (a if own_report_owner(text[a.source.start:a.source.end]) else None)
            others = in_others_report(s.text, report_ends, m.figure.start)
            if others:
                # "X declined to comment on reports that 300 soldiers died": the reports' figure
                # (no one named), not X's, nor X's side's (a headline's implied source)
                a = None
            unnamed_report = None
            spoken = False  # a source named that no table knows ("…, their families said")
            named = claim_named(s.text, m.figure.start) or given_by(s.text, m.figure.start, m.figure.end) if not others else None
            claim_owner = _source_claimant(named[0], s.start + named[1], ctx) if named is not None else None
            if claim_owner is not None:
                # "…, contradicting Moscow's claim that 600 had died": Moscow's figure, as Moscow
                # states it (a denial around it is another's), whoever's words hold it
                claimant, attributed, a = claim_owner, True, None
            elif a is not None:
                sources.hear_before(k, a, ctx)  # (for a pronoun: "Klitschko wrote … He said one died")
                c = _source_claimant(text[a.source.start:a.source.end], a.source.start, ctx)
                if c is not None and not c.name:
                    c = pronoun_speaker(c, a, sources.cued(k), text, ctx)
                cited = cited_by_outlet(text, a, c, ctx) if c is not None and c.kind == "media" else None
                if cited is not None:
                    # "RIA reported, citing the defence ministry, that …": the ministry claims, RIA relays
                    relay = c.name
                    c = cited
                elif c is not None and _QUOTED_NEAR.search(text, max(0, a.source.start - 12), max(a.source.end, a.cue.end)) \
                        and (quoted := quoted_by_outlet(text, a, c, sources.cued(k), ctx)) is not None:
                    relay = quoted[0].name  # ("RIA quoted the ministry as saying …")
                    c = quoted[1]
                elif c is None and (quoting := quoted_between(text, a, ctx)) is not None:
                    relay = quoting.name  # "A witness quoted by AFP said": a speaker no table knows, the outlet relays
                if c is not None:
                    claimant, attributed = c, True
                    if c.name:  # (a pronoun that found no one is no party to refer back to)
                        ctx.add(a.source.start, c)
                elif _UNNAMED_REPORT.fullmatch(text[a.source.start:a.source.end].strip()):
                    unnamed_report = text[a.source.start:a.source.end].strip()
                else:
                    # (in the figure's own sentence: a phrase of the sentence after that takes
                    # it back is most often no speaker, "Two ceasefire violations reported")
                    spoken = s.start <= a.source.start < s.end
            elif headlines and outlet_voice(claimant) and not others:
                # "Two soldiers killed as Ukraine warns of escalating violence": a headline's
                # figure beside a side's words is that side's report (implied, headlines only)
                # (not across a ";": "6 killed in X; Y says …" joins two reports)
                at_figure = s.start + m.figure.start
                claimant = _headline_side([a for a in sources.cued(k) if ";" not in text[min(a.cue.start, at_figure):max(a.cue.end, at_figure)]],
                                          text, ctx) or claimant
            if m.metric == "killed" and not m.figure.count_text and _LOSSES_AFTER.match(s.text, m.figure.end):
                # "suffered heavy losses", "the losses of Russian troops": killed and wounded,
                # uncounted (a count word keeps its reading: "uncountable losses")
                m = replace(m, metric="casualties")
            victims = resolve_victims(m.victims_text)
            if m.figure.start in referred:
                victims = referent.victims
            else:  # "American journalist Brent Renaud": the US's; "navy commander Ivan Petrov": a soldier
                victims = described(victims, s.text, m.figure.start, m.victims_text)
            if victims.affiliation is None and m.owner:
                # "Russia lost 950 soldiers": the soldiers are Russia's
                # (the owner is the subject nearest the verb: "officials estimated that Russia has lost")
                # (after the last clause mark too: "According to Kyiv, Russia has lost" is Russia)
                owned = m.owner
                if attributed and a is not None and s.start <= a.cue.end <= s.start + m.figure.start:
                    # (past the cue of the words that hold the figure, and the circumstance after
                    # it: "the General Staff said on Telegram Russian forces have lost": Russia's)
                    said = s.text[a.cue.end - s.start:m.figure.start]
                    if len(said) < len(owned) and owned.endswith(said):
                        owned = said
                parts = OWNER_CLAUSE.split(owned.rsplit(" lost", 1)[0].rsplit(" losing", 1)[0])
                if len(parts) > 2 and AUX_ONLY.fullmatch(parts[-1]) and RELATIVE_START.match(parts[-2]):
                    del parts[-2:]  # ("Russia, which invaded in 2022, has lost": past the aside)
                owner = parts[-1]
                # ("we lost forty men", the speaker's words: the speaker's side; not another
                # speaker's quoted inside them; "Moscow admitted losing 500 soldiers": the speaker's
                # own, the loss right after its cue)
                ours = attributed and (WE.search(owner) or HIS_OWNER.search(owner) and a.cue.end <= s.start + m.figure.start
                                       and no_one_else(text, a.cue.end, s.start + m.figure.start)
                                       or owned is not m.owner and _LOSING.fullmatch(owned)) \
                    and not OTHER_CUE.search(text, *between(a, s.start + m.figure.start, s.start + m.figure.end))
                # ("the enemy lost", in a side's words: also an outlet's own that speaks for a side)
                victims = replace(victims, affiliation=claimant.affiliation if ours else country_in(owner)
                                  or (enemy_of(owner, claimant) if attributed or claimant.kind == "media" and not claimant.text else None))
                if victims.kind == "unspecified" and not ours and enemy_owner(owner):
                    # "the enemy lost 95 people": soldiers, whoever speaks (not the place's people)
                    victims = replace(victims, kind="military")
            if victims.kind == "unspecified" and m.owner and names_forces(m.owner):
                # "the troops of the Russian Federation lost two companies": soldiers, whatever the unit
                victims = replace(victims, kind="military")
            if victims.affiliation is None and OWN.search(m.victims_text) and claim_owner is None \
                    and not nested_speaker(s.text, m.figure.start) and not theirs_of_others(claimant.text, m.victims_text):
                # "498 of its soldiers": the claimant's own side (not in a claim the sentence names
                # as another's: "Kyiv denied Russian claims that 300 of its troops died"; nor after
                # another speaker in the claimant's words: '"They claim only 5,000 of their
                # soldiers died," Zelensky said'; nor "their" in one body's words: "It said 40 of
                # their soldiers were killed" are of others, the attackers it named)
                victims = replace(victims, affiliation=claimant.affiliation)
            elif victims.affiliation is None and attributed and HIS.search(m.victims_text) and a.cue.end <= s.start + m.figure.start \
                    and no_one_else(text, a.cue.end, s.start + m.figure.start):
                # "Kadyrov said 23 of his fighters were killed": the speaker's own side (not
                # "Kyiv said Putin had lost half his army": another is named between them)
                victims = replace(victims, affiliation=claimant.affiliation)
            elif victims.affiliation is None and attributed and a is not None and victims.kind != "civilian" and a.cue.end <= s.start + m.figure.start \
                    and (told := told_side(s.text, a.cue.start - s.start, a.cue.end - s.start, m.figure.start, m.victims_text, claimant)):
                # "Moscow has confirmed the deaths of four generals": its own; "Kyiv claims to have
                # killed 12 generals": its enemy's
                victims = replace(victims, affiliation=told)
            at = place_side(s.text, m.figure.start, m.figure.end, location.country if location else None, names_held)
            # (where the speakers are: the sentence's place, or the one it opens with before them)
            where, speaker_at = (_speakers_place(s, a, names_held) if attributed else None) \
                or (location.country if location else place, at)
            # (a source named but unknown speaks for no side a headline's words imply, nor do
            # others' reports a speaker will not confirm: the figure stays in the outlet's voice)
            who = claimant_side(claimant, s.text, m, victims, where, attributed or spoken or bool(others), headlines,
                             (speaker_at or so_far) if attributed else None, names_held)
            installed = installed_voice(who, location.country if location else None)
            if installed and at and at != installed and not _of_its_places(s, a if attributed else None, m.figure.start, installed):
                # an installed authority telling of another place the map gives the other side, or
                # of its own side's strike: the other side's where the sentence says it holds the
                # place, else not said (it may lie across the front: "… said shelling in Nikopol
                # across the reservoir killed four")
                here = at = held_side(s.text, m.figure.start, m.figure.end) if names_held else None
            else:
                here = installed or at or local_voice(who) or (None if elsewhere(s.text, location) else so_far)
            if m.figure.value == 0 and victims.affiliation is None and who.affiliation in adversaries() \
                    and (victims.kind != "civilian" and victims.text.lower() not in _NOT_OWN_ZERO or local_voice(who)):
                # "no warplanes were damaged, the ministry said": a side denying its own losses
                # (civilians, people or residents only in the words of their place's own
                # authority: "Russia denied that any civilians were killed in its strike on
                # Kharkiv" are Kharkiv's; "no civilians were killed, the Belgorod governor said" his)
                victims = replace(victims, affiliation=who.affiliation)
            if victims.affiliation is None and (named := side_named_after(s.text, m.figure.end)) is not None:
                # "some thousands dead on the Russian side"
                victims = replace(victims, affiliation=named)
            if victims.affiliation is None and m.unit != "people" and (sent := sender_side(s.text, m.figure.end)) is not None:
                # "shot down 20 of 25 drones launched by Russia": Russia's drones
                victims = replace(victims, affiliation=sent)
            if victims.affiliation is None and victims.kind != "civilian" and m.metric in ("casualties", "killed", "wounded"):
                # "Russian forces have sustained up to 80,000 deaths and injuries"
                side = sufferer_side(s.text[:m.figure.start], who)
                if side:
                    victims = replace(victims, affiliation=side)
            if victims.affiliation is None and victims.kind == "military" and m.metric in ("killed", "wounded", "casualties") \
                    and (struck := struck_side(s.text, m.figure.start, m.figure.end)) is not None:
                # "63 servicemen were killed in a Ukrainian strike": the side struck
                victims = replace(victims, affiliation=struck)
            if victims.affiliation is None and victims.kind == "military" and m.metric in ("killed", "destroyed", "casualties", "shot_down") \
                    and (killed_by := killers_side(s.text, m.figure.start, m.figure.end, who.affiliation if attributed else None,
                                                   m.victims_text, m.unit, a.source.end - s.start if attributed and a is not None
                                                   and a.source is not None and s.start <= a.source.end else None,
                                                   who.affiliation)) is not None:
                # "Russian troops killed 50 soldiers", "its forces had destroyed 12 tanks": the other side's
                victims = replace(victims, affiliation=killed_by)
            if pows is None:
                lead_end = sentences[min(1, len(sentences) - 1)].end
                pows = prisoners_side(text[:lead_end], text) or ""
            speaker = who
            if victims.affiliation is None and who.affiliation != claimant.affiliation and from_a_side(victims.text):
                # "a spokesman said 150 enemy soldiers were killed near Bakhmut": whose enemy (or
                # "our soldiers") only a side the speaker's own words or title give says, not the
                # place it speaks of (both sides fight there)
                title = place_in_title(claimant.text)
                if title is None and claimant.name and claimant.text.strip().lower() in PRONOUN_SPEAKERS:
                    title = place_in_title(claimant.name)  # ("He said …": the title he was named by)
                speaker = claimant_side(claimant, s.text, m, victims, title.country if title else None,
                                        attributed or spoken or bool(others), headlines, None, False)
            if not (m.figure.value == 0 and m.figure.count_text[:3].lower() in ("no", "any", "no ")):
                # (a claim of none: its victims' side only from its own words, or its speaker's own)
                victims = victims_side(victims, speaker, here, local[-1].victims if local else None, m.metric,
                                       base_side(s.text, at or so_far) if victims.kind == "military" or not victims.text else None,
                                       pows or None, bool(local) and brought_to(s.text, local[-1].mention.figure.end, m.figure.start))
            if victims.affiliation is not None and of_both_sides(s.text, m.figure.start, m.figure.end) and country_in(m.victims_text) is None \
                    and not OWN.search(m.victims_text):  # ("30 of its soldiers": the speaker's own)
                victims = replace(victims, affiliation=None)  # "the combined toll of both sides": no one side's
            own_stance = stance
            if claim_owner is not None:
                own_stance = "hedged" if stance == "hedged" else "asserted"
            elif stance == "denied":
                denials = denials or Denials(s, low, sources.cued(k))
                if denials.all_anothers(s.start + m.figure.start, s.start + m.figure.end, a):
                    # "Kyiv said 458 civilians were killed; Russia called the figure false":
                    # Kyiv's figure, asserted (the denial is Russia's, of Kyiv's claim)
                    own_stance = "hedged" if HEDGED.found(s.text, low) else "asserted"
            # "denied any aircraft were damaged" asserts that none were
            d = Draft(m, who, victims, location, per, "asserted" if m.figure.value == 0 and own_stance == "denied" else own_stance,
                       [Evidence(s.text, s.start, s.end)])
            if relay:
                d.relays = (relay,)
            if m.part_of is not None:
                d.parent = local[m.part_of]
                if d.victims.affiliation != d.parent.victims.affiliation and country_in(m.victims_text) is None:
                    # "lost 20,000 men, including 10,000 convicts": a part is of its whole's side
                    # (none where the whole's is none), unless its own words name one
                    d.victims = replace(d.victims, affiliation=d.parent.victims.affiliation)
            if unnamed_report:
                reported.append((d, unnamed_report))
            local.append(d)
        if drafts and local and refers_back(s.text):
            # "double this number were shot dead, with an outlet suggesting 22 soldiers have
            # died": the same event as the figure before, at its place and of its side
            before = drafts[-1]
            for d in local:
                if d.location is None and d.victims.affiliation is None and d.victims.kind in (before.victims.kind, "unspecified"):
                    d.location = before.location
                    d.victims = replace(d.victims, affiliation=before.victims.affiliation)
        drafts.extend(local)
    credit_reports(reported, drafts)
    # (asked only where a bomber's own death was read: the perpetrators among the dead are looked
    # for, a pattern on each killed draft's words, only where a draft could be dropped)
    if _any_detonated(drafts) and any(d.mention.metric == "killed" and d.mention.how != "detonated" and is_perpetrator(d.victims.text)
                                      for d in drafts):
        # "At least 11 people, including the three assailants, were killed": the bombers are counted there.
        drafts = [d for d in drafts if d.mention.how != "detonated"]
    kept: list[Draft] = []
    # only drafts of one figure (metric, unit, value, range) can be one claim: look among those
    alike: dict[tuple, list[Draft]] = {}
    # (a title line: a first line with no full stop, before a body; a story's first sentence
    # that ends in one is its lede, whose "two were killed" a later "at least two" need not restate)
    headline_end = sentences[0].end if len(sentences) > 1 and sentences[0].text.rstrip()[-1:] not in _FINAL else 0
    starts: dict[tuple, list[int]] = {}  # the sentence of each in alike, in order
    for d in drafts:
        f = d.mention.figure  # (bounds only without a value: "30" restates "at least 30", merging.compatible)
        key = (d.mention.metric, d.mention.unit, f.value) + ((f.low, f.high) if f.value is None else ())
        # the same figure kept apart many times over (a page repeating "(12 killed)") is
        # compared with its latest few only: linear on any page, the same on any article;
        # those of d's own sentence, the last of them, are two groups by construction (compatible)
        group = alike.get(key, ())
        lo = max(0, len(group) - _ALIKE)
        hi = bisect_left(starts[key], d.evidence[0].start, lo) if group else 0
        # (a title's figure restates one body figure of other bounds, only while no body figure
        # restated it as it stands: "kills 20 at Kabul mosque … killed 20 … up to 20 in Kunduz")
        same = next((group[j] for j in range(lo, hi) if compatible(group[j], d, story_place, 0 if group[j].restated else headline_end)), None)
        if same is None:
            kept.append(d)
            alike.setdefault(key, []).append(d)
            starts.setdefault(key, []).append(d.evidence[0].start)
            continue
        d.merged_into = same
        same.restated.append((d.evidence[0].sentence, d.mention.figure.start))
        same.relays += tuple(r for r in d.relays if r not in same.relays)
        if outlet_voice(same.claimant) and not outlet_voice(d.claimant) or country_and_organ(same.claimant, d.claimant) and not country_voice(d.claimant) \
                or one_role(same.claimant, d.claimant) and len(d.claimant.name or "") > len(same.claimant.name or "") \
                and same.evidence[0].start == sentences[0].start:
            same.claimant = d.claimant  # (the source named, the body that speaks for the country named, or the role named in full)
        same.nameless = same.nameless or nameless(d)
        if same.stance == "hedged" and d.stance == "asserted":
            same.stance = "asserted"
        if not same.told:
            same.told.update(same.evidence)
        if d.evidence[0] not in same.told:  # (a set: a page restating one figure a thousand times stays linear)
            same.evidence.extend(d.evidence)
            same.told.update(d.evidence)
        same.period = Period(same.period.start or d.period.start, same.period.end or d.period.end)
        same.location = same.location or d.location
        if same.victims.affiliation is None and d.victims.affiliation:
            # the headline's "Dozens feared dead" are the body's dead "in eastern Ukraine"
            same.victims = replace(same.victims, affiliation=d.victims.affiliation)
        if same.victims.kind == "unspecified" and not same.victims.text.strip() and d.victims.kind != "unspecified":
            # "toll rises to 22" in the headline, "22 soldiers have died" in the body: what they are
            same.victims = replace(same.victims, kind=d.victims.kind)
    kept = _without_background(kept, text, sentences, published)
    link_totals(kept)
    link_restatements(kept, story=len(sentences) >= STORY_SENTENCES)
    coded = coded_total(text, lower, sentences, outlet, published)
    if coded is not None:
        for d in kept:
            if d.mention.metric == "killed" and d.parent is None and d.stance != "denied":
                d.parent = coded
        kept.append(coded)
    ids: dict[int, str] = {}
    for d in kept:
        f = d.mention.figure
        ids[id(d)] = stable_id(doc.doc_id, d.mention.metric, d.mention.unit, f.value, f.low, f.high,
                               normalise(d.victims.text), d.claimant.name, d.stance, d.evidence[0].start, f.start)
    out = []
    scopes: dict[tuple[str, int], str | None] = {}

    def read_scope(sentence: str, at: int) -> str | None:
        """scope(), read once for each sentence and offset (a page repeating a line restates
        one figure with it claim after claim)."""
        key = (sentence, at)
        if key not in scopes:
            scopes[key] = scope(sentence, at)
        return scopes[key]

    for d in kept:
        f = d.mention.figure
        metric = "casualties" if d.mention.metric == "shot" else d.mention.metric
        parent = d.parent
        while parent is not None and parent.merged_into is not None:
            parent = parent.merged_into
        claimant = d.claimant
        # what the figure counts over, from the first of its sentences that says; one event
        # whose sentences name no place is at the place the story is about
        told = read_scope(d.evidence[0].sentence, f.start) or next(
            (x for x in (read_scope(t, at) for t, at in d.restated) if x), None)
        if d.location is None and told == "event" and story_place is not None:
            d.location = story_place
        out.append(Claim(
            doc_id=doc.doc_id, claim_id=ids[id(d)], metric=metric, unit=d.mention.unit,
            value=f.value, low=f.low, high=f.high, qualifier=f.qualifier, count_text=f.count_text,
            victims=d.victims, claimant=replace(claimant, party=party_of(claimant)),
            via=claim_via(d.evidence, marks, d.relays, claimant, outlet(d.evidence[0].start), text),
            location=d.location, period=d.period, stance=d.stance,
            part_of=ids.get(id(parent)) if parent is not None else None,
            evidence=tuple(d.evidence), scope=told,
        ))
    return wounded_from_shot(doc.doc_id, kept, died_later(doc.doc_id, out))


# a place a sentence opens with, before its speaker ("In Melitopol, …"): where the authority is
_OPENING_PLACE = compiled(r"\s*(?:In|Near|Outside)\s+(?:the\s+)?[^,;.]{1,40},")


def _speakers_place(s, a: Attribution | None, names_held: bool) -> tuple[str | None, str | None] | None:
    """(country, side) of the place a sentence opens with where its speaker stands right after
    it: "In Kyiv, officials said a strike killed 12 in Belgorod": the speakers are where the
    sentence opens, the dead where it names after. ``None`` where it opens with no known town."""
    if a is None or a.source is None or (opening := _OPENING_PLACE.match(s.text)) is None \
            or not s.start + opening.end() <= a.source.start <= s.start + opening.end() + 2:
        return None
    there = find_location(opening.group())
    if there is None or there.name == there.country:
        return None
    return there.country, place_side(opening.group(), 0, 0, there.country, names_held)


def _of_its_places(s, a: Attribution | None, at_figure: int, side: str) -> bool:
    """Whether an authority ``side`` installed, the speaker of ``a``, tells of the places it
    holds: the only place the sentence names is in its title, and its side does not strike
    before the figure ("the Moscow-installed mayor of Enerhodar said a drone killed four
    residents"; not "… said Russian artillery hit the city across the river, killing six")."""
    if a is None or a.source is None or not s.start <= a.source.start < a.source.end <= s.end:
        return False
    lo, hi = a.source.start - s.start, a.source.end - s.start
    rest = s.text[:lo] + " " * (hi - lo) + s.text[hi:]
    if (opening := _OPENING_PLACE.match(rest)) is not None:
        rest = " " * opening.end() + rest[opening.end():]  # ("In Melitopol, the occupation authorities said": theirs too)
    place = find_location(rest)  # (a country named, "an explosion she blamed on Ukraine", is no place)
    return (place is None or place.name == place.country) and country_in(rest[:at_figure]) != side


def _any_detonated(drafts: list[Draft]) -> bool:
    """Whether a draft counts bombers killed by their own blast (``how`` "detonated")."""
    for d in drafts:
        if d.mention.how == "detonated":
            return True
    return False


def _without_background(kept: list[Draft], text: str, sentences, published) -> list[Draft]:
    """Drop what the story only recalls (extract/background.py), and the parts of it."""
    chars, count = lead()
    # the headline and the first sentences, within the first characters
    end = min(sentences[0].start + chars, sentences[min(count, len(sentences)) - 1].end) if sentences else 0
    def outlet_itself(c: Claimant) -> bool:
        return c.kind == "media" and not c.text and not c.implied
    if not any(d.evidence[0].start >= end and outlet_itself(d.claimant) and KIND.get(d.mention.metric) for d in kept):
        return kept  # no figure after the opening in the outlet's own voice: none is background
    counted = {KIND.get(d.mention.metric) for d in kept if d.evidence[0].start < end}
    uncounted = opening_kinds(text[:end], besides=counted)
    gone = {id(d) for d in kept if d.evidence[0].start >= end and is_background(
        d.mention.metric, [e.sentence for e in d.evidence], outlet_itself(d.claimant), published, uncounted)}
    # one sentence tells of one event, and its dead name it: "the 2013 shooting in which a girl
    # was killed and three women were injured" is the story's if its dead are (a trial's story)
    told = {e.start for d in kept if id(d) not in gone and d.mention.metric == "killed" for e in d.evidence}
    gone = {id(d) for d in kept if id(d) in gone and not any(e.start in told for e in d.evidence)}
    if not gone:
        return kept
    def dropped(d: Draft) -> bool:
        while d is not None:
            if id(d) in gone:
                return True
            d = d.parent
        return False
    return [d for d in kept if not dropped(d)]
