#!/usr/bin/env python3
# /// script
# requires-python = ">=3.10"
# dependencies = []
# ///
"""Merge news reports about one story into one dated, source-attributed timeline.

    python3 q7x2_summit.py                       # the built-in story, as text
    python3 q7x2_summit.py --format json         # the same, as one JSON document
    python3 q7x2_summit.py --articles FILE.jsonl --title "A story" --format html -o t.html

Each report is cleaned of page furniture and split into sentences; the time
expressions of each sentence are found and resolved against the report's
publication date; each dated happening is merged with the same happening told
by the other reports; every entry cites, verbatim, the sentences it came from,
and says how many reports tell it and where they disagree. The timeline is
written as text, Markdown, JSON, an HTML page, an iCalendar file, TimelineJS or CSV.

Reports can be JSON, JSON Lines or text files, saved web pages, RSS or Atom
feeds, folders of these, or http(s) URLs (fetched eight at a time).

One file, standard library only, Python 3.10 or newer. Exit status: 0 on
success, 1 when the output cannot be written, 2 on bad input or usage (one line
on stderr), 130 when interrupted.
"""
import bisect
import functools
import itertools
import math
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from typing import NamedTuple

__version__ = "1.0.0"
PROG = "q7x2_summit"

# ---------------------------------------------------------------------------
# The built-in reports
# ---------------------------------------------------------------------------
# Five reports of Kim Jong Un's trip to Russia in September 2023, as collected
# (../shared/seeds/), page furniture and all: the pipeline has to clean them the
# way it cleans any scraped article. An outlet is named only where the text
# itself shows it; a date the text does not carry is inferred by reading it,
# and `dated_by` says how.

BUILTIN_TITLE = "Kim Jong Un's trip to Russia, September 2023"

REPORTS = (
    # 000_09cbc7dc6adac133.txt: Carries a leading `date` line; names no outlet.
    dict(
        id='s0',
        outlet=None,
        published='2023-09-16',
        title=None,
        url=None,
        dated_by="the text's own date line",
        text=""" date 2023-09-16 North Korean dictator Kim Jong Un arrived in Russia’s far eastern city of Vladivostok on Saturday during his last leg of the Russia trip.

There, he met with Russian Defence Minister Sergei Shoigu and the governor of Russia’s Primorsky region Oleg Kozhemyako.

Sergei Shoigu reportedly took the North Korean leader to the Vladivostok airport just outside the city where he was shown Russia’s nuclear-capable strategic bombers and other warplanes.

Kim was also presented with the Hypersonic Kinzhal missile, along with three models of strategic bombers—The Tu-160, Tu-95 and Tu-22M3.

“It can fly from Moscow to Japan and then back again,” Shoigu told Kim of one of the aircraft.

Kim “impressed”

North Korea’s official Korean Central News Agency reported Saturday that Kim was impressed with what he described as Russia’s rapidly advancing aviation technologies.

He also said that the technological development in Russia was “outpacing the outside potential threats.”

Russia “not to violate” any sanction on North Korea

Kim, who has been visiting Russia since Wednesday (Sept 13), held a meeting with Russian President Vladimir Putin during a bilateral summit.

The visit has triggered speculations and concerns in the West that Russia and North Korea might forge a military alliance in the wake of the Russia-Ukraine war.

WATCH: What’s the Russia – North Korea game plan?

It is being speculated that Russia might explore purchasing arms from North Korea, and in return, help the heavily-sanctioned and isolated regime develop its missile programme.

However, the Russian leader told reporters Wednesday that Moscow was “not going to violate anything”, referring to longstanding sanctions imposed on North Korea by the United Nations.

US issues warning

The US has warned that Russia’s move to gain access to North Korea’s stockpiles will amount to a violation of UN sanctions and will be met by a strong retaliation.

The US also claimed that Russia was going to buy rockets from Pyongyang to use them against Ukraine.

Meanwhile, Putin earlier said he would help North Korea develop satellites, further drawing concerns from the US.

"That is quite troubling and would potentially be in violation of multiple UN Security Council resolutions" which Russia itself had voted for in the past, US State Department spokesman Matthew Miller said on Wednesday.""",
    ),
    # 001_178cdec676fc1294.txt: Carries no date and names no outlet (it quotes Tass and Ria Novosti). Its
    # latest happening is Saturday's, three days after Wednesday's summit, and
    # Sunday is still ahead: the Saturday of that week, 16 September 2023.
    dict(
        id='s1',
        outlet=None,
        published='2023-09-16',
        title=None,
        url=None,
        dated_by='inferred: written on the Saturday it reports, the Saturday three days after the Wednesday summit, with Sunday still ahead',
        text="""Three days after his meeting with Vladimir Putin\xa0at the Vostochny cosmodrome, North Korean leader Kim Jong-un met Russian Defense Minister Sergei Shoigu on Saturday in Vladivostok, in the Russian Far East, where he reviewed Russian advanced weapons, including a hypersonic missile system.

Kim Jong-un, who is making his first foreign trip to Russia since the start of the Covid-19 pandemic, arrived at Knevichi airport in Vladivostok from Komsomolsk-on-Amur, where he visited aircraft factories on Friday, Tass said.

At the Knevichi air base, Kim Jong-un was greeted by Sergei Shoigu who presented him with a MiG-31 fighter and its Kinjal hypersonic missile system, according to the same source. The North Korean leader also reviewed Tu-160, Tu-95MS and Tu-22M3 bombers.

“These aircraft constitute the air component of Russia’s strategic nuclear forces,” the Defense Ministry emphasized in a statement. According to images released by Moscow, Kim Jong-un listened attentively to senior representatives of the Russian army.

The North Korean leader was able to\xa0examine advanced Russian weapons, including a hypersonic missile system. He will still be in Russia on Sunday to discuss with the authorities in Vladivostok on the development of his country’s relations with the region, assured the regional Russian governor, quoted by the Ria Novosti news agency.

On Wednesday, Russian President Vladimir Putin announced that Kim Jong-un would attend a “demonstration” of the Russian Pacific Fleet in Vladivostok. In this large city on the borders of Russia, located near the Chinese and North Korean borders, Kim Jong-un boarded the Russian warship Marshal Chapochnikov, where he was welcomed by the commander of the frigate.

Also on board, the Commander-in-Chief of the Russian fleet, Nikolai Yevmenov, briefed the North Korean leader on the characteristics of the ship and its anti-submarine weapons, “quadruple torpedo tubes and RBU rocket launchers -6000,” TASS reported.

Later in Vladivostok, Kim Jong-un is also “to visit the Far Eastern Federal University and certain facilities of the Russian Academy of Sciences, whose laboratories work on marine biology,” Putin detailed on television. Russian.

The Russian president and the North Korean leader met Wednesday at the Vostochny cosmodrome, nearly 8,000 kilometers east of Moscow. Arriving in Russia on Tuesday, Kim Jong-un invited Putin to visit North Korea soon, but no agreement has been signed between the two countries, according to Russian presidential spokesperson Dmitry Peskov.

Westerners suspect Moscow of wanting to buy weapons from Pyongyang for the conflict in Ukraine. North Korea, for its part, is suspected of wanting to acquire technologies for its nuclear and missile programs.

During their meeting, the two leaders mutually offered each other a rifle, gifts seen as symbolic given Western fears. The two men displayed their closeness, Kim Jong-un ensuring that rapprochement with Moscow was an “absolute priority” of foreign policy, while Putin praised the “strengthening” of their cooperation.

The Russian head of state notably mentioned “prospects” of military cooperation despite international sanctions targeting Pyongyang because of its nuclear and missile development programs. Washington had expressed “concern” about the possible purchase of North Korean munitions, and Seoul had “strongly warned” against any such transaction.

After turning to Iran to deliver hundreds of explosive drones, Russia could find useful resources in Pyongyang, which has large stockpiles of Soviet equipment and mass produces conventional weapons. Particularly susceptible are 122 mm rockets for the USSR-era BM-21 “Grad” Multiple Launch Rocket Launcher (MLRS), which equip Russian forces in Ukraine and are in the North Korean arsenal. to interest Russia.

In exchange, Pyongyang could be provided with Russian oil and food, and even access to space technologies. Moscow has discussed possible aid in the manufacture of satellites, after the failure of two recent attempts by North Korea to place a military spy satellite in orbit, but has also proposed sending a North Korean cosmonaut into space , wrote Russian news agencies, which would constitute a first for this country.""",
    ),
    # 002_64999b4f190e5fd8.txt: DW, by its navigation ("more DW sites") and its p.dw.com short link, which
    # the text carries behind a proxy prefix; dated by the line "September 16, 2023".
    dict(
        id='s2',
        outlet='DW',
        published='2023-09-16',
        title="North Korea's Kim meets Russia's Shoigu in Vladivostok",
        url='https://p.dw.com/p/4WPeQ',
        dated_by="the text's own dateline",
        text="""1. Skip to content
  2. Skip to main menu
  3. Skip to more DW sites
PoliticsNorth Korea

North Korea's Kim meets Russia's Shoigu in Vladivostok

September 16, 2023

The North Korean leader met with the Russian Defense Minister and inspected a hypersonic aircraft missile system before boarding a warship. Kim's Russia trip has sparked concerns among Western nations.

https://s.gtool.pro:443/https/p.dw.com/p/4WPeQ
North Korea's leader Kim Jong Un and Russia's Defence Minister Sergei Shoigu inspect the guard of honor at Knevichi Aerodrome near Vladivostok.
Kim arrived in Russia on TuesdayImage: Russian Defence Ministry/Handout/REUTERS

North Korean leader Kim Jong Un\xa0arrived\xa0in Vladivostok on Saturday\xa0accompanied by Russian Defence Minister Sergei Shoigu\xa0and inspected a hypersonic aircraft missile system before boarding a warship, Russian state news agency TASS reported.

Kim's first official trip abroad since the outbreak of the COVID-19 pandemic has triggered concerns among Western nations that Moscow and Pyongyang might engage in arms trade despite existing sanctions.

There is speculation that Moscow may be interested in procuring North Korean ammunition for the conflict in Ukraine, while Pyongyang seeks Russia's assistance in advancing its missile program.

Is North Korea bolstering Russia's military?

What was on Kim's itinerary?

Upon arriving in Vladivostok, which is near the Chinese and Russian borders, Kim received a warm welcome from Shoigu and an honor guard, reported TASS.

At the Knevichi airfield, Shoigu showed Kim "the Kinzhal missile system on the MiG-31I missile carrier," whose\xa0"flight and technical capabilities" were outlined to Kim by a top military official said TASS.

The itinerary\xa0was also expected to include visits to Russia's Pacific Fleet, the Far Eastern Federal University, and marine biology laboratories at the Russian Academy of Sciences, which has historically accepted students from North Korea.\xa0

Kim's tour of Russia's far eastern region began on Tuesday. He met with\xa0President Vladimir Putin and\xa0visited\xa0a fighter jet factory in the engineering hub of Komsomolsk-on-Amur.

Following their meeting at the Vostochny Cosmodrome, approximately 8,000 kilometers from Moscow\xa0on Wednesday, Putin expressed optimism about increased cooperation with North Korea, including the possibility of military ties.

Both North Korea and Russia are subject to extensive international sanctions, due to the Ukraine conflict and Pyongyang's nuclear tests respectively.

Kremlin spokesman Dmitry Peskov clarified on Friday that no agreements had been finalized during Kim's ongoing visit, and there were no plans to do so.

During their meeting, Putin accepted an invitation to visit North Korea, according to the Kremlin. He also reportedly offered to send a North Korean individual into space, which would be\xa0a historic first.

Moscow also raised the possibility of assisting North Korea in satellite manufacturing.

The cooperation discussed during Kim's visit to Russia has raised concerns as it may potentially violate multiple UN Security Council resolutions, according to US State Department spokesman Matthew Miller.

Miller pointed out that North Korean satellites have played a role in the development of Pyongyang's ballistic missiles, noting that North Korea recently experienced two failed attempts to launch a military spy satellite into orbit.

tg/mm (AFP, Reuters)""",
    ),
    # 003_ed2969d5a148226a.txt: Carries a leading `date` line; names no outlet.
    dict(
        id='s3',
        outlet=None,
        published='2023-09-14',
        title=None,
        url=None,
        dated_by="the text's own date line",
        text=""" date 2023-09-14 Advertisement

Kim Jong Un’s visit to Russia prolonged, fueling suspicions of arms deal.

Kim and Putin discussed military cooperation and satellite development.

US warns of potential UN Security Council violations.

North Korea’s leader, Kim Jong Un, has unexpectedly prolonged his visit to Russia, where he was in discussions with President Vladimir Putin, sparking suspicions of a potential arms deal.

During their meeting, the two leaders explored options for military cooperation.

Furthermore, President Putin graciously accepted an invitation from Kim Jong Un to visit North Korea, as stated by a spokesperson for the Kremlin.

This development has raised concerns, as Moscow’s procurement of weapons for its involvement in the conflict in Ukraine could potentially violate United Nations resolutions, a warning issued by the United States.

Kim Jong Un’s visit to Russia included a warm welcome from President Putin at the Vostochny Space Center in Russia’s Far East.

The North Korean leader undertook a two-day journey to the location aboard his private, bulletproof luxury train.

Footage from Russian state media showcased the two leaders sharing smiles as they shook hands, with Putin personally guiding Kim Jong Un through the space center.

They also exchanged gifts, with Putin presenting Kim Jong Un with a space suit glove that had been to space multiple times and a Russian-made rifle.

In return, Kim Jong Un gifted Putin a North Korean-made firearm, among other items.

While President Putin returned to Moscow after the summit, Kim Jong Un’s visit was scheduled to continue for several days, although specific details were not provided by Kremlin spokesman Dmitry Peskov.

The North Korean leader was anticipated to oversee a display of Russian warships, visit various factories, and make a stop in the eastern city of Vladivostok on his way back home.

The meeting between the leaders of these two sanctioned regimes occurred at a time when their relations with Western countries were strained to the extreme.

During the summit, they discussed military matters and the ongoing conflict in Ukraine, with Kim Jong Un appearing to express support for Russia’s actions.""",
    ),
    # 004_9d6b69f8e4249375.txt: AP, by its dateline "SEOUL, South Korea (AP)". Carries no date: it tells
    # Friday's factory visit as the day's news, with Thursday's statements before
    # it and Wednesday's summit "this week": Friday 15 September 2023.
    dict(
        id='s4',
        outlet='AP',
        published='2023-09-15',
        title=None,
        url=None,
        dated_by='inferred: written on the Friday it reports ("stopped ... on Friday"; state media gave no update on Friday)',
        text="""SEOUL, South Korea (AP) — North Korean leader Kim Jong Un stopped in a city in Russia’s Far East on Friday to tour a factory that builds the country’s most advanced fighter jets during his extensive trip, drawing warnings from Moscow and Pyongyang from entering into prohibited arms transfer transactions.

Kim’s visits to Russian weapons and technology sites and meetings with President Vladimir Putin have led to speculation that he will provide Russia with ammunition for its war effort in Ukraine in return for receiving advanced weapons or technology from Russia as the two nations strengthen their ties deepen as both countries become increasingly isolated and sanctioned in separate confrontations with the West.

Russian state news agency RIA Novosti released a video showing Kim’s armored train pulling into a train station in the city of Komsomolsk-on-Amur and Kim’s convoy leaving the station shortly afterwards. The TASS news agency said Kim and local Russian officials were on their way to a factory that makes Su-35 and Su-57 fighter jets.

Kim will travel alongside Vladivostok to tour Russia’s Pacific fleet, a university and other facilities, Putin told Russian media after his summit with Kim.

Experts believe that in return for helping Putin replenish his war supplies, Kim would seek Russian help in modernizing his air force and navy, which are inferior to those of rival South Korea, while Kim uses much of his own resources for spent on its nuclear weapons program.

The summit between Kim and Putin took place this week at the Vostochny Cosmodrome, Russia’s main domestic launch center. North Korea has struggled to launch an operational spy satellite to monitor U.S. and South Korean military movements.

When asked whether Russia would help North Korea procure satellites, Putin said: “That’s why we came here.” (Kim) shows great interest in missile technology. They are also trying to develop space,” Russian state media said.

Putin, for his part, wants to receive ammunition, artillery shells and even ballistic missiles from North Korea to replenish his depleted weapons stockpile in the second year of Russia’s war in Ukraine, foreign experts say.

Since last year, the United States has accused North Korea of supplying Russia with ammunition, artillery shells and rockets, most of which were probably copies of Soviet-era munitions. South Korean officials said North Korean weapons supplied to Russia have already been used in Ukraine.

On Thursday evening, the national security advisers of the United States, South Korea and Japan held a telephone conversation and expressed “serious concerns” about possible arms deals between Russia and North Korea. They warned Russia and North Korea that they would “pay a clear price” if they struck such deals, according to the South Korean presidential office.

The White House said the three national security advisers determined that any arms export from North Korea to Russia would directly violate several U.N. Security Council resolutions, including resolutions that Russia itself voted to adopt as a permanent member of the U.N. Council. According to a statement from the White House, they reaffirmed their cooperation in the complete denuclearization of the Korean Peninsula.

South Korean Unification Minister Kim Yung-ho warned Thursday that possible arms transfers between the North and Russia would lead to stronger responses from South Korea, the United States and Japan, which have stepped up trilateral security cooperation to deal with regional threats.

Some analysts question the extent to which Russia would be willing to share its closely guarded high-tech weapons technologies with North Korea in return for its conventional weapons. But others say Russia is doing this because it urgently needs to replenish its depleted reserves.

Putin told reporters that Russia and North Korea had “many interesting projects” in areas such as transportation and agriculture and that Moscow was providing humanitarian aid to its neighbor. However, he avoided talking about military cooperation, saying only that Russia was abiding by sanctions that ban the acquisition of weapons from North Korea.

North Korea’s state media said Thursday that Kim had invited Putin to visit North Korea at an “appropriate time.” Kremlin spokesman Dmitry Peskov later said Putin had accepted the invitation and that Russian Foreign Minister Sergei Lavrov was expected to visit North Korea in October.

During Wednesday’s summit, Kim vowed “full and unconditional support” to Putin in what he called a “just struggle against hegemonic forces in defense of his sovereign rights, security and interests,” an apparent reference to the war in Ukraine.

Information about Kim’s trip to Russia comes largely from the official media of both countries. North Korean state media did not provide any updates on Kim’s activities on Friday. They typically report on Kim’s activities the day after the incident, apparently to meet North Korea’s propaganda needs glorifying Kim.

Source :

Leave a Reply

Your email address will not be published. Required fields are marked *""",
    ),
)

# ---------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------


class InputError(Exception):
    """Input the tool cannot use; main() prints it as one line and exits 2."""


class Article(NamedTuple):
    """One report: who published it, when, and its text as collected."""
    id: str
    published: date
    text: str
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    dated_by: str = "given"
    captions: tuple = ()        # its pictures' captions, read after its text


class When(NamedTuple):
    """A resolved date at day, month or year precision, with the days it spans."""
    value: str          # "2023-09-13", "2023-10" or "2022"
    start: date
    end: date
    precision: str      # "day", "month", "year", or "week" for a week one lies in


class TimeExpr(NamedTuple):
    """A time expression found in a sentence, as a span and what it refers to."""
    start: int
    end: int
    kind: str           # "date", "week", "anchor", "since"
    when: When | None   # resolved, for kind "date" and "since"
    rank: int           # how specific: lower wins when a clause has several
    anchor: str = ""    # the happening an anchored expression counts from
    offset: int = 0     # days from that happening
    yearless: bool = False   # a month named without its year ("in April")


class Frame(NamedTuple):
    """One clause read as a happening: what kind, who, where, and when in its day (all
    but its kinds read from its words when asked: merging asks for them seldom)."""
    kinds: frozenset    # the kinds of happening it names (HAPPENINGS), or none
    text: str           # the clause's words

    @property
    def who(self) -> frozenset:
        """Stems of the names it gives (people, bodies, things), its places aside."""
        return names_in(self.text) - self.where

    @property
    def where(self) -> frozenset:
        """Stems of the places after "in", "at", "near", "to", "from", "into"."""
        return places_in(self.text)

    @property
    def speaker(self) -> frozenset:
        """Stems of the names of who speaks: those just before its first verb of saying
        (after the last comma before it: "Late Saturday, | the Kremlin said"), or all its
        names when it has none."""
        return speaker_in(self.text)

    @property
    def part(self) -> str:
        """"morning", "afternoon", "evening", "night", or "": the part of day it names."""
        return part_of_day(self.text)

    @property
    def clock(self) -> str:
        """The clock time it gives, as written, or ""."""
        found = FRAME_CLOCK.search(self.text) if DIGIT.search(self.text) else None
        return found.group() if found else ""


class Mention(NamedTuple):
    """One clause of one sentence that tells a happening, dated or not yet."""
    article: str
    rank: int           # the article's place in the canonical order
    sentence: int       # the sentence's place in its article
    paragraph: int
    section: int        # bumped at every heading between paragraphs
    text: str           # the whole sentence, verbatim
    terms: tuple        # content terms of the clause
    when: When | None
    tense: str          # "past", "present", "perfect", "future", or "" (no verb)
    main: bool          # the main clause (not a subordinate one)
    explicit: bool      # dated by its own time expression
    window: tuple | None = None   # (start, end) of a week it lies in
    anchor: str = ""    # the happening it is dated from, when anchored
    offset: int = 0
    frame: Frame | None = None
    quote: str = ""     # the words that tell it, when its sentence tells another day too
    said: bool = False  # dated only by the day it was said ("..., the agency said Monday")
    aside: bool = False  # a relative clause set off by a comma ("Lund, who arrived on Monday,")


WHEN_FIELD = Mention._fields.index("when")
NEW_TUPLE = tuple.__new__   # NamedTuple._make without its call and length check, where
                            # the fields come from another of the kind (hot paths only)


def redated(m: Mention, when) -> Mention:
    """m._replace(when=when) in one tuple copy: merging redates mentions by the
    hundred thousand, and _replace reads every field by name."""
    return NEW_TUPLE(Mention, m[:WHEN_FIELD] + (when,) + m[WHEN_FIELD + 1:])


class Source(NamedTuple):
    """A sentence cited by an entry, and the report it stands in."""
    article: str
    text: str


class Event(NamedTuple):
    """One entry of the timeline: a happening and the reports that tell it."""
    when: When
    status: str         # "reported" or "planned"
    summary: str
    sources: tuple      # of Source
    articles: tuple     # distinct report ids, in report order
    independent: int = 0     # reports that tell it, a wire story reprinted counted once
    reprints: tuple = ()     # groups of its reports that are one wire story
    variants: tuple = ()     # spellings of one detail: ("F-16", "F-16C"), ...
    conflicts: tuple = ()    # indexes into Timeline.conflicts
    updates: tuple = ()      # indexes into Timeline.updates


class Claim(NamedTuple):
    """What one report says in a disagreement or an update: its sentence and the value."""
    article: str
    text: str
    value: str
    quantity: str = ""  # the attribute: "day", "depth", "length", "injured", "number" ...
    unit: str = ""      # the unit the comparison used: "m", "people", "minutes", or ""
    as_of: str = ""     # the day its figure holds as of ("" for a day of a happening)
    subject: str = ""   # what the value measures or counts: "section", "Sea Wren", "crash"
    approximation: str = ""     # "about", "more than", "" for a value given as exact


class Conflict(NamedTuple):
    """Reports that disagree (or, for an update, a later report that revises an earlier)."""
    topic: str
    kind: str           # "date", "figure" or "update"
    claims: tuple       # of Claim
    direction: str = ""     # for an update: "up", or "down" when a later figure falls


class Timeline(NamedTuple):
    """The merged timeline: the reports, the dated entries, where reports disagree."""
    title: str
    articles: tuple
    events: tuple
    conflicts: tuple = ()    # of Conflict: disagreements
    updates: tuple = ()      # of Conflict (kind "update"): figures revised by later reports
    left_out: int = 0        # pages or feeds that could not be read (--keep-going)


# ---------------------------------------------------------------------------
# Lexicon: the English (and other words) the program reads
# ---------------------------------------------------------------------------
# Every word list the program reads, once, as data (as HeidelTime keeps all of English
# in its resources/english/ files), in the order the stages below read them. The
# patterns and pre-filters that look for the words are built from these tables by
# alternation(), next to the code that uses them: to read a new word, add it to its
# table, and a case for it to tests/test_lexicon.py. Which table decides what:
#   "Published 3 March 2021"               PAGE_MONTHS, PUBLISHED_WORDS, DATE_HINTS ...
#   "articleBody", "Most read"             ARTICLE_HINTS, FURNITURE_HINTS, FURNITURE_LINES
#   "author-box", "photo-caption"          AUTHOR_HINTS, PICTURE_HINTS (names of blocks)
#   "Photo: X/AFP", "Watch:", "Subscribe"  BOILERPLATE_PHRASES, PAGE_LABELS, CREDIT_LABELS ...
#   "on Friday", "last Friday", "next week" WEEKDAYS, THIS_NEXT_LAST, PERIODS
#   "Sept. 13", "in March", "early 2022"   MONTH_NUMBER, MONTH_LEADS, PERIOD_EDGES,
#                                          YEAR_LEADS, ORDINAL_SUFFIXES, RANGE_WORDS
#   "yesterday", "tonight", "this morning" RELATIVE_DAYS (days from publication)
#   "the following morning", "the day before"
#                                          SEQUENCE, BEFORE_AFTER, PARTS_OF_DAY
#   "hours earlier", "later that day"      SAME_DAY_SPANS, EARLIER_LATER
#   "that night", "the day before it left" SAME_DAY_LEADS, BEFORE_AFTER (from the story's day)
#   "three days ago", "two weeks later"    NUMBER_WORDS, UNIT_DAYS, CALENDAR_UNITS,
#                                          INEXACT ("about a week ago" names no day)
#   "at noon", "during the talks"          CLOCK_WORDS, ANCHOR_PREPOSITIONS
#   "Gen. Smith" (no sentence ends)        ABBREVIATIONS, MONTH_ABBREVIATIONS
#   "will meet", "is set to", "may come"   FUTURE_MARKERS, DUE_TO_VERBS, MODAL_WORDS
#   "the ultimatum expires on Sunday"      SCHEDULE_VERBS (a timetable: the day lies ahead)
#   "said in a post on Saturday that ..."  SAID_DAY_VERBS, SAID_WHERE, SAID_HOW (the saying's)
#   "Sunday's deadline looms"              DEADLINE_NOUNS (a possessive day ahead)
#   "on Monday and again on Wednesday"     REPEAT_WORDS (the clause told again, twice)
#   "$1bn between May 2022 and May 2023"   RANGE_OPENS (a total over a period: no date)
#   "met", "usually falls"                 PAST_WORDS, PRESENT_WORDS, HABITUAL_WORDS
#   "officials said on Monday"             SPEECH_WORDS (who said it dates what was said)
#   "which", "after", "and then"           RELATIVES, SUBORDINATORS, COORDINATORS ...
#   words a clause is compared by          all but STOPWORDS
#   "arrived", "held talks", "the quake"   HAPPENINGS, KIND_GROUPS, IRREGULAR_VERBS
#   "about 50", "18.5 km", "could rise"    QUALIFIERS, UNITS, COUNTS, SPECULATION_WORDS ...

# Web pages: the words of their dates and of the names of their blocks.
# Month names a web page may write its publication date in, each month's full names and
# usual abbreviations in English, French, German, Spanish, Italian, Portuguese and Dutch,
# then in Russian and Ukrainian as a date writes them ("15 августа 2016": the genitive), as
# the languages' own calendars write them (CLDR), then the Gregorian months in Arabic (the
# names of Egypt and the Gulf, of the Levant and Iraq, of the Maghreb, with and without
# hamza) and in Persian. A name of two words is joined by "_" ("كانون_الثاني"). Read only
# in a page's dates.
PAGE_MONTHS = (
    "january jan janvier janv januar jänner jän enero ene gennaio gen janeiro januari "
    "января січня "
    "يناير كانون_الثاني جانفي ژانویه",
    "february feb février févr fév februar feber febrero febbraio fevereiro fev februari "
    "февраля лютого "
    "فبراير شباط فيفري فوریه",
    "march mar mars märz mär marzo março maart mrt "
    "марта березня "
    "مارس آذار اذار",
    "april apr avril avr abril aprile "
    "апреля квітня "
    "أبريل ابريل إبريل نيسان أفريل افريل آوریل",
    "may mai mayo maggio mag maio mei "
    "мая травня "
    "مايو أيار ايار ماي مه",
    "june jun juin juni junio giugno giu junho "
    "июня червня "
    "يونيو يونيه حزيران جوان ژوئن",
    "july jul juillet juil juli julio luglio lug julho "
    "июля липня "
    "يوليو يوليه تموز جويلية يوليوز ژوئیه",
    "august aug août aoû agosto ago augustus "
    "августа серпня "
    "أغسطس اغسطس آب أوت اوت غشت",
    "september sept sep septembre setembro septiembre settembre set "
    "сентября вересня "
    "سبتمبر أيلول ايلول شتنبر سپتامبر",
    "october oct octobre oktober okt octubre ottobre ott outubro out "
    "октября жовтня "
    "أكتوبر اكتوبر تشرين_الأول تشرين_الاول اکتبر",
    "november nov novembre noviembre novembro "
    "ноября листопада "
    "نوفمبر تشرين_الثاني نونبر نوامبر",
    "december dec décembre déc dezember dez diciembre dic dicembre dezembro "
    "декабря грудня "
    "ديسمبر كانون_الأول كانون_الاول دجنبر دسامبر",
)
# Words that open a page's line of publication ("Published 3 March 2021", "Posted on ..."),
# and those that open a line of its last change, in the same languages.
PUBLISHED_WORDS = ("published", "posted", "first published", "publication date",
                   "released", "veröffentlicht", "erschienen", "erstellt", "publié",
                   "publiée", "publié le", "mise en ligne", "publicado", "publicada",
                   "pubblicato", "pubblicata", "gepubliceerd", "geplaatst")
UPDATED_WORDS = ("updated", "last updated", "modified", "last modified", "aktualisiert",
                 "geändert", "stand", "mis à jour", "modifié", "actualizado", "actualizada",
                 "atualizado", "atualizada", "aggiornato", "aggiornata", "bijgewerkt",
                 "gewijzigd")
# The class and id names of the elements that hold a page's date or byline, read as words
# split at every character not a letter ("entry-date", "itemPostDate", "post_meta"): a
# word that is one of DATE_HINTS, or starts or ends with one of the parts after it.
DATE_HINTS = frozenset("date dates datetime time timestamp dateline byline datum fecha data "
                       "meta info author autor auteur autore".split())
DATE_HINT_STARTS = ("date", "datum", "publish", "publication", "posted", "created", "meta",
                    "byline", "author")
DATE_HINT_ENDS = ("date", "datum", "time", "meta", "metadata", "byline", "dateline")
NOT_DATE_HINTS = frozenset("timeline datepicker runtime readtime readingtime".split())
# Parts of the name of a data- attribute that holds a date ("data-publish-time").
DATA_DATE_HINTS = ("date", "time", "publish")
# Words that label a date ("Date: 22.12.2012", "Datum: ...").
DATE_LABELS = ("date", "datum", "fecha", "data")
# Words in the class and id names of a page's blocks (read on blocks, never on <body> or
# <html>, whose classes name the layout of the whole page): a block named for the article
# is a likely body, one named for page furniture is left out. Read as parts of names, as
# readability and trafilatura read them: "entry-content", "articleBody", "most-read-list".
ARTICLE_HINTS = ("article", "content", "entry", "post", "story", "body", "text", "main",
                 "blog", "news")
FURNITURE_HINTS = ("comment", "sidebar", "footer", "related", "share", "sharing", "social",
                   "promo", "newsletter", "subscribe", "cookie", "consent", "most-read",
                   "mostread", "most-popular", "popular", "crumb", "navbar", "navigation",
                   "menu", "masthead", "advert", "sponsor", "banner", "signup",
                   "sign-up", "paywall", "recirc", "more-stories", "taboola", "outbrain",
                   "popup", "pop-up", "modal", "flyout", "byline", "tags", "disqus", "notice",
                   "noprint", "no-print", "donate", "donation")
# Words in the names of an author's box ("author-box", "post-author"), but on an
# <article>, whose names list its author as one of its tags ("hentry author-jane-roe").
AUTHOR_HINTS = ("author", "autor", "auteur")
# How the class and id names of a picture's block open (any of their parts, split at
# every character not a letter or digit): left out as a picture is, unless it holds
# blocks of text ("photo-caption", "imgCredit", "gallery-slide"; not "has-backgroundimage").
PICTURE_HINTS = ("caption", "legend", "credit", "photo", "image", "img", "picture",
                 "gallery", "carousel", "slideshow", "thumbnail")
# Whole class or id names of furniture too short to be read as parts ("nav" is in
# "canvas", "ad" in "header").
FURNITURE_NAMES = frozenset("nav ad ads adv tools toolbar related share contact cta".split())
# The phrases of furniture both read: the cleaning step anywhere in a short line, the
# page extractor at the start of a line in an article's container (FURNITURE_LINES).
FURNITURE_PHRASES = (
    "skip to", "leave a reply", "leave a comment", "all rights reserved", "sign up", "subscribe",
    "cookie", "click here", "follow us", "share this", "share on", "read more", "copyright", "©")
# Lines of page furniture inside an article's container, matched on the lower-cased line
# from its start: "Download this article as PDF", "Most read", "Share this story".
FURNITURE_LINES = FURNITURE_PHRASES + (
                   "download this", "download as pdf", "download pdf", "print this", "most read",
                   "most popular", "most viewed", "trending now", "share via", "share article",
                   "share story", "related articles", "related stories", "related content",
                   "related coverage", "see also", "more from", "recommended", "advertisement",
                   "comments", "add a comment", "post a comment", "view comments", "show comments",
                   "log in to comment", "you might also", "you may also", "back to top", "tags:",
                   "sponsored", "we use cookies", "this website uses cookies", "accept cookies",
                   "photo:", "image:", "credit:", "permalink",
                   "permalien", "last updated", "last modified", "aktualisiert am",
                   "zuletzt aktualisiert", "drukuj", "udostępnij", "czytaj więcej",
                   "materiał chroniony prawem", "publicidad", "publicité", "pubblicità",
                   "vea también", "ver también", "lea también", "mira también",
                   # the same furniture in the other languages news pages are read in
                   "jetzt teilen", "teilen", "kommentare", "keine kommentare",
                   "weitere artikel", "weitere beiträge", "mehr zum thema", "auch interessant",
                   "das könnte sie auch interessieren", "foto:", "bild:", "abonnieren",
                   "te puede interesar", "le puede interesar", "lee también", "síguenos",
                   "siguenos", "comparte", "compartir", "puedes ver", "imagen:",
                   "lire aussi", "à lire aussi", "partager", "abonnez-vous", "suivez-nous",
                   "leggi anche", "condividi", "iscriviti", "leia também", "compartilhe",
                   "lees ook", "deel dit",
                   # the headers of read-also lists, author boxes and credits, in the same
                   "lesen sie auch", "zum weiterlesen", "schon gelesen", "empfohlene beiträge",
                   "das thema könnte", "lust auf mehr", "über den autor", "über die autorin",
                   "war der artikel", "seite teilen", "artikel teilen", "kommentieren",
                   "quelle:", "quellen:", "quellenangaben", "weitere informationen",
                   "weitere infos", "beitragsbild", "titelbild", "abbildung:", "externer inhalt",
                   "alle angaben ohne gewähr", "kategorie:", "category:", "about the author",
                   "temas relacionados", "noticias relacionadas", "veja também", "leia mais",
                   "sur le même sujet", "zobacz również", "czytaj także", "czytaj też",
                   "(foto:", "(photo:", "(quelle:", "(crédito:", "(credit:", "(bild:",
                   "kontakt:", "contact:", "möchten sie den artikel", "mehr aus dem",
                   "anzeige -", "anzeige:", "- anzeige", "*anzeige", "werbung:", "*werbung")
# A reader notice: a line that opens by asking the reader to follow, subscribe to or
# download something (READER_CALLS) and names where (READER_CHANNELS): "Follow us on
# Twitter and Facebook", "For the latest news download our app for iOS and Android",
# "Lust auf mehr? ... Newsletter", however long it runs (NOTICE_WORDS words at most).
READER_CALLS = ("follow", "sign up", "subscribe", "download", "join us", "join our",
                "receive our", "get our", "get the latest", "for the latest", "stay up to date", "stay informed",
                "don't miss", "never miss", "lust auf mehr", "folgen sie", "folge uns",
                "abonnieren sie", "melden sie sich", "síguenos", "siguenos", "suscríbete",
                "únete", "suivez-nous", "abonnez-vous", "seguici", "siga-nos")
READER_CHANNELS = ("twitter", "facebook", "instagram", "telegram", "whatsapp", "youtube",
                   "tiktok", "linkedin", "newsletter", "google news", "app store",
                   "google play", "ios", "android", "app", "podcast", "rss", "inbox", "posteingang")
# The marks of a line of rights, anywhere in a short line: "Text and photo © Jane Roe 2021",
# "Lowmarsh Post 2021. All rights reserved." (a credit or a notice, not the story's text).
RIGHTS_MARKS = ("©", "all rights reserved", "alle rechte vorbehalten",
                "todos los derechos reservados", "tous droits réservés",
                "tutti i diritti riservati", "todos os direitos reservados")
# Picture agencies and libraries: a short line that names one is a picture's credit
# ("Augusta National/Getty Images", "AFP / Jane Roe").
PICTURE_AGENCIES = ("getty images", "afp", "reuters", "dpa", "istock", "shutterstock",
                    "unsplash", "imago", "picture alliance", "picture-alliance", "ap photo",
                    "epa", "keystone", "alamy", "adobe stock", "pixabay")

# Page furniture: the words of the lines the cleaning step leaves out (see is_prose()).
BOILERPLATE_PHRASES = FURNITURE_PHRASES + (     # anywhere in a short line, in any case
    "required fields", "email address will", "newsletter", "related:")
PAGE_LABELS = ("source", "watch", "read", "also read", "listen", "related")  # "Watch: ..."
LABEL_WORDS = frozenset([label for label in PAGE_LABELS if " " not in label] + (
    "video videos photo photos live update updates breaking exclusive opinion analysis "
    "editorial explainer sources note editor").split())   # "LIVE:" is a label, not a place
CREDIT_LABELS = ("image", "photo", "picture", "foto", "credit", "photograph")  # "Photo: X/AFP"
CREDIT_IN_BRACKETS = ("Source", "Photo", "AP Photo", "Foto", "Credit")   # as written: "(AP Photo)"
CAPTION_MARKS = ("photo", "foto", "image", "video")                         # "(Photo) A man ..."
SOURCE_LABELS = ("source", "sources", "credit", "via", "by")   # "Source: BBC. Rescuers ..."

# Dates and time words.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_NUMBER = {m: i for i, names in enumerate(
    ("jan january", "feb february", "mar march", "apr april", "may", "jun june",
     "jul july", "aug august", "sep sept september", "oct october", "nov november",
     "dec december"), 1) for m in names.split()}
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")             # "the 13th", "Sept 1st"
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
NUMBER_WORDS.update(a=1, an=1)
# Which way "last", "next", "this" point, in steps of the unit they qualify
# ("last Friday", "next month", "this week"): HeidelTime's normThisNextLast.
THIS_NEXT_LAST = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}
PERIODS = ("week", "weekend", "month", "year")          # "last week", "this weekend"
UNIT_DAYS = {"day": 1, "week": 7}                       # "three days later", "a week ago"
CALENDAR_UNITS = ("month", "year")                      # "two months ago"
PARTS_OF_DAY = ("morning", "afternoon", "evening", "night")
RELATIVE_DAYS = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0,
                 "this morning": 0, "this afternoon": 0, "this evening": 0, "tomorrow": 1}
SEQUENCE = {"next": 1, "following": 1, "previous": -1, "preceding": -1}  # "the next day"
BEFORE_AFTER = {"before": -1, "after": 1}               # "the day before", "a week after"
EARLIER_LATER = {"earlier": -1, "later": 1}             # "two days later", "earlier this month"
SAME_DAY_SPANS = ("hours", "minutes", "moments")        # "hours later": still that day
INEXACT = ("more than", "over", "nearly", "almost", "about", "around", "some", "at least",
           "less than", "roughly")                      # "about a year ago" names no date
# Words before a bare month or year that make it a time expression ("in March", "by 2025").
MONTH_LEADS = ("in", "since", "by", "until", "during", "from", "through", "early", "late",
               "mid-", "last", "next", "this", "coming", "to")
PERIOD_EDGES = ("end", "beginning", "start", "middle")  # "(the) end of March"
YEAR_LEADS = ("in", "since", "by", "during", "until", "from", "before", "after", "of", "early",
              "late", "mid-", "throughout")
CLOCK_WORDS = ("noon", "midnight")
# Prepositions before a happening that a clause is part of: "during the talks", "at the
# summit" (WITHIN_WORDS, for a possessive date, also reads "amid" and "in").
WITHIN_HAPPENING = ("during", "at", "on the sidelines of")
ANCHOR_PREPOSITIONS = WITHIN_HAPPENING + (     # "after the attack", "during talks"
    "after", "following", "before", "ahead of")
SEASONS = ("spring", "summer", "autumn", "fall", "winter")

# Abbreviations: the words a full stop after which ends no sentence ("Gen. Smith", "No. 5").
COURTESY_TITLES = ("Mr", "Mrs", "Ms", "Dr")
ABBREVIATIONS = COURTESY_TITLES + (
    "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Gov", "Sen", "Rep", "St", "Mt", "Jr",
    "Sr", "No", "Nos", "Inc", "Corp", "Co", "Ltd", "vs", "approx", "est")
# A month's abbreviations: its names but the full one ("Sept" and "Sep" of "September").
MONTH_ABBREVIATIONS = tuple(name for name, n in MONTH_NUMBER.items()
                            if len(name) < max(len(m) for m, k in MONTH_NUMBER.items() if k == n))

# Tense and modality: the words a clause's tense is read from (see tense_from()).
# The words that make a clause look ahead, by the construction they are read in.
FUTURE_MARKERS = {
    "auxiliary": ("will", "shall", "won't", "'ll"),             # "will meet", "they'll meet"
    "intent": ("plan", "plans", "planning", "intend", "intends", "hope", "hopes"),  # "... to"
    "be ... to": ("expected", "scheduled", "set", "slated", "poised", "going", "planning",
                  "anticipated", "likely"),                   # "is set to meet"
    "to": ("expected", "scheduled", "forecast"),              # "expected to arrive"
    "alone": ("expect", "expects"),
    "be ... for": ("due", "set", "scheduled", "slated", "expected"),   # "a hearing is set
                                        # for Thursday", "a verdict is expected (on) Friday"
    "as ... as": ("early", "soon"),     # "as soon as Friday"; past with a past verb (see EARLIEST)
}
# Verbs after "due to" that make it look ahead: "due to arrive", not "due to the rain".
DUE_TO_VERBS = (
    "be arrive meet visit attend travel hold sign start begin open leave return speak address "
    "announce vote take make give launch host appear depart face testify decide rule release "
    "publish receive hear resume end close finish fly land sail go come stay reopen report "
    "deliver present unveil complete").split()
# Verbs of a timetable: in the present simple they tell what is set to happen, so the day
# they are told with lies ahead ("the deadline runs out on Sunday", "the truce expires
# Friday", "voting begins on Monday"). Read in the third person ("expires"), and bare
# ("talks resume on Monday") only after a plural noun: "did not begin" and "to begin" are
# other tenses, and "end", "start", "open" and "close" are nouns and adjectives too.
SCHEDULE_VERBS = ("expire", "run out", "end", "begin", "start", "open", "close", "resume",
                  "reopen", "kick off", "take effect", "take place", "come into force",
                  "go into effect", "lapse", "fall due", "get under way", "convene",
                  # and the journeys and meetings of a programme: "the president travels to
                  # Paris on Thursday", "lawmakers vote on Friday"
                  "travel", "head", "fly", "depart", "arrive", "return", "visit", "host",
                  "meet", "vote", "go to")
SCHEDULE_NOUNS = frozenset("end start open close".split())     # never read bare
# Verbs of saying in the past tense, after which a day (at most a few words on, no comma)
# is the day of the saying, whatever the tense of what was said: "the minister said in a
# post on Saturday that his forces will hold", "vowed on Saturday that they will return"
# ("promised to reopen it on Monday" is no such day: "to" comes between). "told" takes whom
# it was told first ("told reporters on Saturday"), the others where and how ("said late
# Saturday").
SAID_DAY_VERBS = ("said", "told", "wrote", "posted", "tweeted", "announced", "stated", "added",
                  "reported", "confirmed", "noted", "explained", "insisted", "claimed",
                  "denied", "published", "issued", "warned", "vowed", "pledged", "promised",
                  "threatened", "urged")
SAID_WHERE = ("in", "on", "at", "via", "during", "through", "from")    # "in a post on"
SAID_HOW = ("late", "early", "again", "also", "later", "earlier")         # "late on Monday"
BE_ADVERBS = ("also", "still", "now", "not", "reportedly", "then")   # "is also expected to"
TO_BE = frozenset("is are am was were be".split())      # "is to visit" needs one of them
MODAL_WORDS = frozenset("would might may could".split())
HABITUAL_WORDS = ("usually", "typically", "normally", "generally", "traditionally", "often",
                  "always", "regularly")                # what usually happens has no date
PRESENT_WORDS = frozenset("is are am has have can could may might must should does do".split()
                          + list(HABITUAL_WORDS))
MONTH_MODALS = PRESENT_WORDS & frozenset(MONTH_NUMBER)  # "may", but "May" is a month: no tense
# Irregular past forms (HAPPENINGS and IRREGULAR_VERBS list the forms a term is stemmed
# by: a verb in one and not the other is a gap, left to a change of its own, as it moves dates).
PAST_WORDS = frozenset(
    "was were had did met took told said made gave saw held began came left led spoke wrote "
    "brought sent went got stood showed shown flew drove rode ate won lost paid sought struck hit "
    "fell rose ran fought found kept knew built bought caught drew fled grew heard lay meant put "
    "sat shot shut sold spent spread swept threw broke chose froze stole dug hung sank swam"
    .split())
AUXILIARIES = frozenset("had has have was were is are will would could".split())
# Irregular participles that open a clause of their own: ", held on Monday, ..."
IRREGULAR_PARTICIPLES = ("held", "hit", "struck", "shut", "built", "left", "sent", "brought",
                         "caught", "found", "sold", "taken", "seen", "shown", "closed")

# Attribution: the verbs that say who said what was said (their clause makes no entry).
SPEECH_WORDS = frozenset("""said says told tells announced announces warned warns reported
    reports stated added claimed claims noted confirmed insisted explained argued clarified
    assured stressed emphasized emphasised wrote denied revealed acknowledged admitted
    predicted promised pledged believe believes""".split())
TELL_WORDS = ("told", "tells")          # take who was told before what: "told reporters he"

# The words clauses are joined and opened by (see clause_spans()).
RELATIVES = frozenset("who which where whose when".split())
LINKING = frozenset("that which who".split())           # "a ferry that capsized on Sunday"
SUBORDINATORS = frozenset("after before because although though whereas until once when".split())
LEAD_SUBORDINATORS = ("while", "although", "though", "whereas", "because", "if")
COORDINATORS = ("and", "but")       # clauses with dates of their own: "... and resumed on Friday"
COMMA_COORDINATORS = ("then",)      # the same after a comma only: "..., then again on Friday"
                                    # (not "met then Defense Minister X")
SAME_TIME_WORDS = ("when", "while", "as")   # "was washing dishes when the walls came down"
SUBJECT_WORDS = ("he", "she", "they", "it", "the", "there")    # "said (that) they ..."
# Words (besides a name) that open the subject of a clause joined by "and" or "but": a
# clause whose subject names an actor of its own tells a happening of its own ("the jet
# landed on Monday and the FSB closed the case") unless their kinds agree ("reached the
# port and the mayor welcomed them"), as one that shares its subject may not ("landed and
# taxied", "and it landed"), nor a noun joined to a noun ("sent 50 rescuers and four dogs").
CLAUSE_SUBJECTS = frozenset(("the", "a", "an", "his", "her", "its", "their"))
SUBJECT_REACH = 6       # words a joined clause's subject has at most before its verb
# A possessive weekday's tense: ahead after these ("before Sunday's vote"); a date within
# a happening after those ("during Monday's debate").
BEFORE_WORDS = ("ahead of", "before", "until", "till", "by", "for")
# Nouns of a time limit: a possessive weekday before one lies ahead unless a past verb is
# told with it ("Sunday's deadline looms", not "they missed Sunday's deadline").
DEADLINE_NOUNS = ("deadline", "cutoff", "cut-off", "expiry", "time limit")
WITHIN_WORDS = ("during", "at", "amid", "in")
# Words that end the noun a possessive date names: "Monday's quake | in the north".
PHRASE_BREAKS = ("and", "or", "but", "in", "at", "on", "of", "to", "with", "for", "by", "from",
                 "was", "were", "is", "are", "has", "had", "have", "will", "would")
RANGE_WORDS = ("to", "and", "through", "until")        # "May 14 to 16"
# Words that open a range of times: a figure told over a range of months or years is a total
# over that period ("received 86 million between May 2022 and May 2023", "from 2019 to
# 2021, 300 people died"), a state and no happening: the range dates nothing.
RANGE_OPENS = ("between", "from")
# Words by which a clause joined with no verb of its own tells the clause before it again on
# another day: "the rebels shelled the town on Monday and again on Wednesday" (twice);
# "on" is what its time leaves when blanked ("and on Wednesday").
REPEAT_WORDS = ("again", "once again", "once more", "also", "then", "later", "on")
# Words that open a clause: a stretch between commas opened by one is no attribution.
OPENERS = frozenset("or nor whom as since unless so".split()) | RELATIVES | SUBORDINATORS | \
    frozenset(LEAD_SUBORDINATORS + COORDINATORS)
# Words in -ing that open no clause of their own time: "Following the talks, ...", "king",
# and the time words in -ing ("morning", "spring", "during").
SAME_TIME_PARTICIPLES = {
    "according", "including", "regarding", "concerning", "considering", "notwithstanding",
    "beginning", "starting", "pending", "excluding", "barring", "speaking", "talking",
    "addressing", "writing", "announcing", "commenting", "responding", "nothing", "something",
    "anything", "everything", "king", "bring",
} | {w for w in (*PARTS_OF_DAY, *SEASONS, *ANCHOR_PREPOSITIONS) if w.endswith("ing")}

# Words that carry no content: a clause is compared with others by its other words. The
# names of days and months, the time words and the courtesy titles are added from their
# tables (a month's three-letter abbreviation is no stop word: "Jan", "Dec" are names too).
# Of SPEECH_WORDS only the commonest are stop words: "warned", "denied" say what was said.
STOPWORDS = frozenset("""
a about above across after again against all almost along already also although always am
among an and another any are around as at away back be because been before being below
between both but by can could did do does done during each either else even ever every few
for from further had has have having he her here hers him his how however i if in into is it
its itself just last later least less like made make many may me meanwhile might more most much
must my near nearly neither never new next no nor not now of off often on once one only or
other others our out over own per perhaps quite rather really said same say says she should
since so some still such than that the their them themselves then there these they this those
though through thus to too toward towards under until up upon us very via was we were what
when where whether which while who whom whose why will with within without would yet you
your told tell tells according reported reports added reportedly earlier
""".split()) | frozenset(WEEKDAYS) | {m for m in MONTH_NUMBER if len(m) > 3} | \
    {w for phrase in RELATIVE_DAYS for w in phrase.split()} | frozenset(PARTS_OF_DAY) | \
    {form for unit in (*UNIT_DAYS, *CALENDAR_UNITS) for form in (unit, unit + "s")} | \
    {title.lower() for title in COURTESY_TITLES}


def alternation(words, capital: bool = False, space: str = r"\s+") -> str:
    """A regex group matching any of the words; with capital, each may also begin with a
    capital letter ("[Ll]ast"); an apostrophe may be typeset (’). The words are literals,
    so the group costs the same at any position; it is written as a tree of their common
    beginnings ("Jan(?:uary)?"), the longer word tried first, so that each letter is
    compared once whatever the size of the table."""
    tree: dict = {}
    for word in words:
        node = tree
        for part in word_atoms(word, capital, space):
            node = node.setdefault(part, {})
        node[""] = {}
    return "(?:" + "|".join(branches(tree)) + ")"


def word_atoms(word: str, capital: bool, space: str) -> list:
    """The regex atoms a word is matched by, one a character (or a run of space)."""
    atoms = [space if c == " " else "['’]" if c == "'" else re.escape(c) for c in word]
    if capital and word[:1].islower():
        atoms[0] = f"[{word[0].upper()}{word[0]}]"
    return atoms


def branches(tree: dict) -> list:
    """The regex of each way on from a node of a tree of atoms."""
    return [atom + tree_pattern(rest) for atom, rest in sorted(tree.items()) if atom]


def tree_pattern(tree: dict) -> str:
    """The regex of the words below a node of a tree of atoms; where a word may also end
    there, the rest is optional (and tried first, so that the longest word wins)."""
    ways = branches(tree)
    if "" in tree and ways:
        return "(?:" + "|".join(ways) + ")?"
    return "".join(ways) if len(ways) <= 1 else "(?:" + "|".join(ways) + ")"


# The kinds of happening news reports tell, after the event types of ACE and the frames of
# FrameNet, each with the verbs and nouns that name it. A verb's irregular forms follow it
# after "/" ("leave/left"); the words after a verb are particles that must follow it
# ("pull out", "hold/held talks"). A word may name two kinds ("fire": an attack or a
# launch). Two clauses of one day are one happening only when their kinds agree; "say" is
# the saying of something, a kind only when the clause tells nothing else.
HAPPENINGS = {
    "arrive": ("arrive, reach, land, touch down, pull in, get/got in, enter, cross, "
               "return, come/came back, get/got back, due in, due at, due to arrive",
               "arrival, landing, return, homecoming, entry, crossing"),
    "depart": ("leave/left, depart, pull out, set off, set out, take/took/taken off, "
               "head/headed home, fly/flew/flown home, see/saw/seen off, send/sent, dispatch, "
               "deploy", "departure, farewell, send-off, take-off, dispatch, deployment"),
    "travel": ("travel, fly/flew/flown, drive/drove/driven, head for, "
               "journey, sail", "trip, journey, flight, voyage, travel"),
    "visit": ("visit, tour, inspect", "visit, tour, inspection"),
    "meet": ("meet/met, hold/held talks, sit/sat down, negotiate, confer",
             "meeting, talks, summit, negotiations, conference, session"),
    "welcome": ("welcome, greet, receive, host", "welcome, reception, greeting"),
    "give": ("hand over, donate, gift, exchange", "gift"),
    "say": ("say/said, tell/told, add, remark, speak/spoke/spoken, comment, "
            "insist, warn, deny, urge, appeal, plead, go/went/gone on television, "
            "go/went/gone on air, go/went/gone on radio",
            "statement, speech, remarks, address, interview, comment, appeal, plea"),
    "announce": ("announce, unveil, reveal, publish, declare", "announcement, declaration"),
    "sign": ("sign, ink", "signing, treaty"),
    "agree": ("agree, approve, adopt, ratify", "agreement, deal, approval"),
    "reject": ("reject, veto, refuse, turn down", "rejection, veto, refusal"),
    "vote": ("vote, ballot, go/went/gone to the polls", "vote, ballot, referendum, poll"),
    "elect": ("elect, win/won election", "election"),
    "appoint": ("appoint, nominate, swear/swore/sworn in", "appointment, nomination"),
    "resign": ("resign, quit, step/stepped down", "resignation"),
    "launch": ("launch, fire, lift off, blast off, test-fire", "launch, liftoff"),
    "attack": ("attack, strike/struck/stricken, fire, shoot/shot, shell, bomb, bombard, raid, "
               "assault, open fire, ambush", "attack, strike, airstrike, shooting, shelling, "
               "bombing, raid, assault, offensive"),
    "fight": ("fight/fought, clash, battle", "fighting, clashes, battle, combat"),
    "capture": ("capture, seize, occupy, invade, take/took/taken control",
                "capture, seizure, occupation, invasion, takeover"),
    "withdraw": ("withdraw/withdrew/withdrawn, retreat, pull back, turn back, turn around, "
                 "send/sent back", "withdrawal, retreat"),
    "explode": ("explode, detonate, blow/blew/blown up", "explosion, blast, detonation"),
    "collapse": ("collapse, burst, break/broke/broken, give/gave/given way, cave in, breach, "
                 "fall/fell/fallen down", "collapse, breach, failure"),
    "flood": ("flood, inundate, sweep/swept away, wash away, submerge", "flood, flooding, deluge"),
    "quake": ("shake/shook/shaken, jolt", "earthquake, quake, tremor, temblor, aftershock"),
    "storm": ("batter, lash, make/made landfall", "storm, hurricane, cyclone, typhoon, tornado"),
    "burn": ("burn/burnt, blaze, ignite, set on fire, catch/caught fire",
             "blaze, wildfire, inferno"),
    "erupt": ("erupt", "eruption"),
    "crash": ("crash, derail, collide, capsize, sink/sank/sunk", "crash, derailment, collision"),
    "kill": ("kill, die/died, perish, murder, slay/slew/slain", "death, deaths, dead, toll, "
             "fatalities, killing, murder"),
    "injure": ("injure, wound, hurt", "injury, injuries, injured, wounded"),
    "rescue": ("rescue, save, set free", "rescue"),
    "evacuate": ("evacuate, flee/fled, displace", "evacuation, exodus"),
    "search": ("search, look for, comb", "search"),
    "find": ("discover, unearth", "discovery"),
    "destroy": ("destroy, damage, raze, flatten, demolish", "destruction, damage"),
    "arrest": ("arrest, detain, charge, apprehend, indict", "arrest, detention, charges, "
               "indictment, custody"),
    "court": ("convict, sentence, acquit, jail", "trial, verdict, sentence, conviction"),
    "protest": ("protest, demonstrate, rally, march", "protest, demonstration, rally, march"),
    "celebrate": ("celebrate, commemorate", "ceremony, parade, celebration, anniversary"),
    "bury": ("bury", "funeral, burial"),
    "mourn": ("mourn, grieve, pay/paid tribute", "mourning, minute of silence, vigil, "
              "condolences"),
    "open": ("open, inaugurate, reopen", "opening, inauguration"),
    "begin": ("begin/began/begun, start, kick off, break/broke/broken out",
              "start, beginning, outbreak"),
    "end": ("end, finish, wrap up", "end"),
    "play": ("play, compete", "match, game, race, tournament"),
}
SAYING = "say"          # a kind only when a clause tells no other
# Words after which what a speaker said lies ahead ("told reporters the case would be
# dropped"): what is said to come is not what happened; the clause tells the saying.
SAID_AHEAD = frozenset("would will shall".split())
# The kinds that one happening may be told as, from one side or another: a visit is an
# arrival, a welcome, talks and gifts (its departure is another happening); a missile
# launch is a strike; a burst dam is a flood that kills. Two clauses of kinds of different
# groups are never one happening.
KIND_GROUPS = (
    "arrive travel visit meet welcome give celebrate open begin end",
    "depart travel end",
    "say announce",
    "sign agree reject vote elect appoint resign",
    "launch attack fight capture withdraw explode destroy kill injure",
    "collapse flood quake storm burn erupt crash explode destroy kill injure",
    "rescue evacuate search find bury mourn kill injure",
    "arrest court",
    "protest",
    "play",
)
# A visit that begins is an arrival, one that ends a departure: (kind, aspect) -> kind.
ASPECT_KINDS = {("visit", "begin"): "arrive", ("visit", "end"): "depart"}
# Verbs of which a time is the subject, dating no happening: "this year marks the 75th
# anniversary", "Monday marked a year since the quake" (the time is what is spoken of),
# "Wednesday looked more likely" (a day weighed as a prospect, in any tense).
TIME_SUBJECT_VERBS = ("marks", "marked", "will mark", "would mark", "also marks",
                      "also marked", "is the anniversary", "was the anniversary",
                      "looked", "looks", "seemed", "seems", "appeared", "appears")
# Words by which a sentence leaves the day its report's narrative had reached.
NARRATIVE_SHIFTS = ("earlier", "previously", "before that", "since", "last year", "last month",
                    "last week", "in the past", "years ago", "for years")
# Words that move a narrative on by an untold span ("it was later raised"): what they tell
# need not be on the narrative's day, unless a same-day lead follows ("later that day").
NARRATIVE_LEAPS = ("later", "afterwards", "subsequently", "eventually")
SAME_DAY_LEADS = ("that day", "the same day", "that morning", "that afternoon",
                  "that evening", "that night", "on the same day")
# Words that open a sentence that goes on with the one before it (as written).
CONTINUATION_WORDS = ("He", "She", "They", "It", "There", "Also", "Later", "Then", "Afterwards",
                      "Furthermore", "Moreover", "In return", "In addition", "The two")
# Words that tell a happening's end ("ended on Monday"): an end and a clause without one
# are two happenings, however alike (read as stems; the kind "end" is a narrower table).
ENDING_WORDS = "end ended close closed finish finished conclude wrap lift lifted expire"
# Pronouns that may stand between a verb and its particles: "turned them around", "set
# it off", "sent them back" (a noun object stands after the particles: "sent the troops back"
# is not read).
PARTICLE_OBJECTS = frozenset("it them him her us me".split())
# Prepositions before the place of a happening: "talks in Moscow", "flew to Vladivostok".
PLACE_PREPOSITIONS = ("in", "at", "near", "to", "from", "into")
# Nouns that name some happening without saying which: "after the incident" dates a clause
# from it, as "after the attack" does.
GENERIC_HAPPENING_NOUNS = ("event", "incident", "encounter")
# Irregular forms of verbs that name no kind of happening, so that "went" and "go" are one
# term (the forms of the verbs above are read from HAPPENINGS).
IRREGULAR_VERBS = ("go/went/gone, take/took/taken, give/gave/given, see/saw/seen, hold/held, "
                   "come/came, speak/spoke/spoken, bring/brought, win/won, "
                   "lose/lost, show/showed/shown, rise/rose/risen, catch/caught, "
                   "hit/hit, build/built, sell/sold, keep/kept, stand/stood, feel/felt")
# British and American spellings of one word, so that both are one term: endings of stems
# ("organis(ed)" ~ "organiz(ed)", "defenc(e)" ~ "defens(e)", "centr(e)" ~ "center",
# "travell(ed)" ~ "travel(ed)", "armour(ed)" ~ "armor(ed)": "our" only where a stem ends,
# so that "mourning" stays apart from "morning"), and whole words that differ inside
# (British first).
BRITISH_ENDINGS = (("is", "iz"), ("ys", "yz"), ("enc", "ens"), ("tr", "ter"), ("ll", "l"),
                   ("our", "or"))
BRITISH_WORDS = ("rouble ruble, grey gray, plough plow, cheque check, storey story, "
                 "aluminium aluminum, manoeuvre maneuver, jewellery jewelry, kerb curb, "
                 "sceptic skeptic, mould mold, moustache mustache, pyjamas pajamas")

# Claims: the words around a figure that say what it measures, in what unit, and how
# exactly. Each table is a general fact of English or of news style.

# Approximation words and the share of the stated value each allows, as (low, high):
# "about 50" is 47.5 to 52.5 (and its rounding), "nearly 40" 36 to just under 40, "up to
# 200" anything to 200. Those not listed here ("more than", "at least", "over", ...)
# allow the value and anything above. The words that make "about a week ago" inexact
# (INEXACT) qualify a figure too; the others are bounds no span "ago" is told with. (No
# qualifier begins another, so the order of the alternatives built from them is free.)
QUALIFIERS = INEXACT + ("approximately", "up to", "fewer than", "under", "above", "below",
                        "exceeding", "past", "within", "an estimated", "estimated")
QUALIFIER_RANGE = {"about": (0.95, 1.05), "around": (0.95, 1.05), "roughly": (0.95, 1.05),
                   "approximately": (0.95, 1.05), "some": (0.95, 1.05),
                   "estimated": (0.95, 1.05), "an estimated": (0.95, 1.05),
                   "nearly": (0.9, 1.0), "almost": (0.9, 1.0),
                   "less than": (0, 1.0), "fewer than": (0, 1.0), "up to": (0, 1.0),
                   "under": (0, 1.0), "below": (0, 1.0), "within": (0, 1.0)}
# Words that tell a figure as what may be, not what is ("the toll could rise to 300"): the
# modals, "will", and the words of a forecast (of FUTURE_MARKERS, only those a figure takes).
SPECULATION_WORDS = MODAL_WORDS | {"will", "expected", "forecast", "projected", "feared"}
# Words for a value that falls short of its figure: "nearly 100" is under 100.
SHORT_OF = frozenset({"nearly", "almost", "less than", "fewer than", "under", "below"})
# Units of measure, each as (what it measures, its smallest and largest size in the base
# unit: metres, kilograms, minutes). "tons" are short, long or metric: 907 to 1,016 kg.
UNITS = {
    "length": {"m": 1.0, "metre": 1.0, "metres": 1.0, "meter": 1.0, "meters": 1.0,
               "km": 1e3, "kms": 1e3, "kilometre": 1e3, "kilometres": 1e3, "kilometer": 1e3,
               "kilometers": 1e3, "mi": 1609.344, "mile": 1609.344, "miles": 1609.344,
               "ft": 0.3048, "foot": 0.3048, "feet": 0.3048, "yard": 0.9144, "yards": 0.9144,
               "in": 0.0254, "inch": 0.0254, "inches": 0.0254, "cm": 0.01,
               "centimetre": 0.01, "centimetres": 0.01, "centimeter": 0.01,
               "centimeters": 0.01},
    "weight": {"kg": 1.0, "kilogram": 1.0, "kilograms": 1.0, "t": 1e3, "tonne": 1e3,
               "tonnes": 1e3, "ton": (907.2, 1016.0), "tons": (907.2, 1016.0),
               "lb": 0.4536, "lbs": 0.4536, "pound": 0.4536, "pounds": 0.4536},
    "speed": {"mph": 1.609344, "kph": 1.0, "knots": 1.852},
    "duration": {"minute": 1.0, "minutes": 1.0, "hour": 60.0, "hours": 60.0, "day": 1440.0,
                 "days": 1440.0, "week": 10080.0, "weeks": 10080.0},
}
UNIT_OF = {word: (kind, size if isinstance(size, tuple) else (size, size))
           for kind, sizes in UNITS.items() for word, size in sizes.items()}
BASE_UNIT = {"speed": "km/h", "length": "m", "weight": "kg", "duration": "minutes"}
# Words that name a unit only after a number written close to them ("in", "t", "m" are
# words of their own otherwise): "80m", "5t", "26in", never "80 in".
UNIT_ONLY_JOINED = frozenset({"in", "t", "m", "mi"})
# Temperatures: a reading in °F is compared in °C, as (factor, offset): (F - 32) * 5/9.
TEMPERATURE = {"c": (1.0, 0.0), "f": (5 / 9, -32.0)}
# Currencies as news writes them; "$US600 million" and "US$600 million" are one currency.
CURRENCIES = {"$": "US$", "us$": "US$", "$us": "US$", "usd": "US$", "£": "£", "€": "€",
              "a$": "A$", "$a": "A$", "c$": "C$", "rs": "Rs", "rs.": "Rs"}
# Words for a multiple of a figure; one that is also a unit is read as the unit ("80m").
MULTIPLIERS = {"thousand": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
               "bn": 1e9, "trillion": 1e12}
# Ages written as words: "a century-old bridge", "a decade-old war".
AGE_WORDS = {"century": 100, "decade": 10, "half-century": 50, "millennium": 1000}
# What a measure says when its words follow the number ("400m-long", "26 inch tall").
MEASURE_WORDS = {"long": "length", "length": "length", "tall": "height", "high": "height",
                 "height": "height", "deep": "depth", "depth": "depth", "wide": "width",
                 "width": "width", "thick": "thickness", "away": "distance"}
# The measure a length gives, from the words after it ("40m deep", "80m in length"), else
# before it ("a depth of 40m"); MEASURE_WORDS reads the words joined to the number instead.
LENGTH_AFTER = {"depth": ("deep", "below", "beneath", "underground"),
                "length": ("long", "in length"), "height": ("high", "tall", "in height")}
LENGTH_BEFORE = {"depth": ("depth", "depths"), "length": ("length",),
                 "height": ("height", "heights", "altitude", "altitudes")}
# Words before a number that make it a count of inhabitants: "a town of 20,000".
POPULATION_LEADS = ("population of", "home to", "town of", "city of", "village of")
# Verbs of falling: a length right after one is the height of the fall ("fell 150ft").
FALL_VERBS = frozenset("fell fall falls falling plunged plunge plunging plummeted plummet "
                       "plummeting dropped drop tumbled crashed".split())
# Counts that change as a story unfolds (tolls, missing, injured, evacuated): two reports
# of different days give an update, not a disagreement. Every other claim (a length, an
# age, a distance, a count of cars or passengers, when and where a happening was) holds
# whenever it is told.
COUNTS = {"dead": "killed dead died deaths death fatalities lives toll killing bodies",
          "injured": "injured wounded hurt injuries injuring wounding",
          "missing": "missing unaccounted", "displaced": "displaced homeless evacuated evacuees",
          "arrested": "arrested detained arrests"}
COUNT_OF = {w: name for name, words in COUNTS.items() for w in words.split()}
COUNT_LABELS = {"dead": "number of dead", "injured": "number of injured", "missing":
                "number of missing", "displaced": "number displaced", "arrested":
                "number arrested"}
# Words that put a count in some other place than the story's: "killed 170 people
# elsewhere in the country" is not the city's toll.
OTHER_PLACE_WORDS = ("elsewhere", "nationwide", "worldwide", "across the country")
MOVING = frozenset("rose risen rising climbed climbing jumped increased reached passed surpassed "
                   "topped now stands".split())
COUNT_FILLERS = frozenset("people persons residents civilians workers passengers others migrants "
                          "soldiers children miners were was had have been are is still now also "
                          "feared believed reported".split())   # between a number and its count
# Words for the people a count counts, after its number: "300 people" is counted by the
# entry, not by these words (COUNT_FILLERS also stand between a number and its count).
PEOPLE = frozenset("people persons residents inhabitants".split())
# Words after a number that make it no count of things: "five others", "20 times",
# "40 percent", "No. 10", "3 of them".
NOT_COUNTED = frozenset("others other times percent per cent pc of to and or more less "
                        "than out over north south east west northeast northwest southeast "
                        "southwest".split())
# Words of saying: clauses that only report words are statements, and one speaker's
# statements on two days are two happenings, never a disagreement on a day. Not
# SPEECH_WORDS, the verbs that attribute a clause: these find a sentence that reports words,
# by the nouns of a statement and "according" too.
SPEECH_VERBS = frozenset("said say says told tell tells stated announced added wrote quoted "
                         "expressed warned insisted declared confirmed denied claimed "
                         "according statement statements remarks comment comments".split())
# Words by which a report gives a figure on a day of its own ("the ministry said on
# Monday", "figures released Tuesday"): that day dates a count, not the happening. Not
# SPEECH_VERBS: a figure is also released, issued, published, put at or given.
RELEASE_WORDS = ("said", "says", "announced", "released", "published", "issued", "put", "gave",
                 "reported", "statement", "figure", "figures")
# The happening a time of day is told of ("the time of the crash"), the first found in this
# order: the nouns of HAPPENINGS that name a happening with a time, and a few they lack.
HAPPENING_NOUNS = ("earthquake", "quake", "tremor", "crash", "fire", "blaze", "explosion",
                   "blast", "landing", "attack", "storm", "flood", "collision", "derailment",
                   "eruption", "shooting", "accident", "landslide", "sinking", "strike", "vote",
                   "meeting", "summit", "launch", "rally", "protest")
# A named place where something happened: "fell into the Harrow River", "in Lake Orin",
# after one of these (a river's or a lake's banks take more than PLACE_PREPOSITIONS).
NAMED_PLACE_PREPOSITIONS = ("in", "into", "on", "at", "near", "along", "across", "over", "off",
                            "from", "by", "beside")
PLACE_KINDS = "River|Lake|Sea|Canal|Strait|Bay|Gulf|Creek|Pass|Valley|Island|Mountain|Mount"
# Times of day: the minutes after midnight a part of the day spans (each of PARTS_OF_DAY,
# and a day's early and late hours), and the minutes an approximate clock time ("shortly
# after 6:40") may lie from the time it names.
PARTS = {"morning": (300, 719), "afternoon": (720, 1019), "evening": (1020, 1379),
         "night": (1260, 1740), "early": (0, 540), "late": (1080, 1440)}
LATER = {"shortly after": (0, 30), "just after": (0, 30), "after": (0, 60),
         "shortly before": (-30, 0), "just before": (-30, 0), "before": (-60, 0),
         "about": (-15, 15), "around": (-15, 15), "approximately": (-15, 15)}


# ---------------------------------------------------------------------------
# Reading articles
# ---------------------------------------------------------------------------

ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
SURROGATE = re.compile(r"[\ud800-\udfff]")    # half a character, from a JSON escape
DATE_LINE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")


def parse_iso_date(value, what: str) -> date:
    """The date an ISO `YYYY-MM-DD` string names; InputError if it names none."""
    match = ISO_DATE.fullmatch(value) if isinstance(value, str) else None
    try:
        return date(*map(int, match.groups())) if match else date(0, 0, 0)
    except ValueError:
        raise InputError(f"{what} is not a real date (YYYY-MM-DD): {value!r}") from None


def encodes(text: str) -> bool:
    """Whether a text encodes as UTF-8: has no lone surrogate (a quicker test than
    SURROGATE.search, for a whole report)."""
    try:
        text.encode()
    except UnicodeEncodeError:
        return False
    return True


def article_from_dict(obj, where: str) -> Article:
    """An Article from one JSON object, checked field by field; `where` names it in errors."""
    if not isinstance(obj, dict):
        raise InputError(f"{where}: an article must be an object, not {json_type(obj)}")
    for key in ("id", "text"):
        if not isinstance(obj.get(key), str) or not obj[key].strip():
            raise InputError(f"{where}: {field_problem(obj, key)}")
    where = f"{where} (id {obj['id']!r})"
    for key in ("id", "text", "outlet", "title", "url", "published"):
        if isinstance(obj.get(key), str) and not obj[key].isascii() and not encodes(obj[key]):
            raise InputError(f"{where}: '{key}' holds a lone surrogate "
                             f"({SURROGATE.search(obj[key]).group()!r}), not text")
    for key in ("outlet", "title", "url"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise InputError(f"{where}: '{key}' must be a string or null, "
                             f"not {json_type(obj[key])}")
    if "published" not in obj:
        raise InputError(f"{where}: 'published' is missing")
    captions = obj.get("captions")
    if captions is not None and not (isinstance(captions, list) and
                                     all(isinstance(c, str) for c in captions)):
        bad = next((c for c in captions if not isinstance(c, str)), None) \
            if isinstance(captions, list) else captions
        raise InputError(f"{where}: 'captions' must be an array of strings or null, "
                         f"{'holding' if isinstance(captions, list) else 'not'} {json_type(bad)}")
    if any(not c.isascii() and SURROGATE.search(c) for c in captions or ()):
        raise InputError(f"{where}: 'captions' holds a lone surrogate, not text")
    published, dated_by = obj["published"], "given"
    if published is None:                       # unknown: the text may carry its date
        published, dated_by = date_in_text(obj["text"])
    elif not isinstance(published, str) or not published.strip():
        raise InputError(f"{where}: {field_problem(obj, 'published')}")
    else:
        published = parse_iso_date(published.strip(), f"{where}: 'published'")
    return Article(obj["id"], published, obj["text"], obj.get("outlet") or None,
                   obj.get("title") or None, obj.get("url") or None, dated_by,
                   tuple(c for c in captions or () if c.strip()))


def json_type(value) -> str:
    """The JSON name of a value's type."""
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean",
            int: "a number", float: "a number", type(None): "null"}.get(type(value), "a value")


def field_problem(obj: dict, key: str) -> str:
    """Says how a required string field is wrong."""
    if key not in obj:
        return f"'{key}' is missing"
    if not isinstance(obj[key], str):
        return f"'{key}' must be a string, not {json_type(obj[key])}"
    return f"'{key}' is empty"


def date_in_text(text: str) -> tuple:
    """(date, how it was found) for the date a text carries itself, or (None, "")."""
    match = DATE_LINE.match(text)
    if match:
        return parse_iso_date(match.group(1), "the text's date line"), "the text's own date line"
    for line in text.splitlines()[:25]:
        line = line.strip()
        found = [t for t in find_time_exprs(line, date(2000, 1, 1))
                 if t.start == 0 and t.end == len(line) and t.when.precision == "day"]
        if found and re.search(YEAR, line):
            return found[0].when.start, "the text's own dateline"
    return None, ""


def builtin_articles() -> list:
    """The five built-in reports as Articles."""
    return [Article(r["id"], date.fromisoformat(r["published"]), r["text"], r["outlet"],
                    r["title"], r["url"], r["dated_by"]) for r in REPORTS]


NO_DATE = "unknown: no date in its page, its URL or its text"


def date_undated(articles: list) -> list:
    """The articles, each with the date its own text gives where it had none: its
    dateline's day, else the latest day its text names. One with neither keeps no date
    (`dated_by` says so): a date is never borrowed from another report. Reports that date
    themselves go first, so that a dateline without a year can take theirs."""
    latest = max((a.published for a in articles if a.published), default=None)
    found = {a.id: dateline_day(a.text, latest) for a in articles if not a.published}
    latest = max([latest] * bool(latest) + [d for d in found.values() if d], default=None)
    dated = []
    for a in articles:
        if not a.published:
            day, how = own_date(a.text, latest)
            a = a._replace(published=day, dated_by=how or NO_DATE)
        dated.append(a)
    return dated


def own_date(text: str, reference) -> tuple:
    """(day, how it was found) for the date a report's text gives itself, or (None, "")."""
    day = dateline_day(text, reference)
    if day:
        return day, "inferred: its dateline"
    day = latest_day_named(text, reference)
    return (day, "inferred: the latest day its text names") if day else (None, "")


def dateline_day(text: str, reference) -> date | None:
    """The day a report's dateline gives ("SEOUL, Oct. 2 (Yonhap) --"), in the year that
    puts it nearest on or before the reference (the latest date of the other reports, or
    the latest day the text names with its year)."""
    first = next((line.strip() for line in text.splitlines()[:5] if line.strip()), "")
    match = dateline(DATE_LINE.sub("", first))
    if not match or not match.group("date"):
        return None
    month = MONTH_NUMBER[(match.group("m1") or match.group("m2")).rstrip(".").lower()]
    day = int(re.sub(r"\D", "", match.group("d1") or match.group("d2")))
    reference = reference or latest_day_named(text, None)
    if reference is None:
        return None
    try:
        return date(nearest_year(month, day, reference, ""), month, day)
    except ValueError:
        return None


def latest_day_named(text: str, reference) -> date | None:
    """The latest calendar day a text names with its year (or, seen from a reference date,
    without it), up to the reference: when an undated report was at the earliest written."""
    days = []
    for match in time_matches(text):
        kind = match.lastgroup
        if kind == "iso" or kind in ("mdy", "dmy") and (match.group(kind + "_y") or reference):
            expr = resolved(match, reference or date(2100, 1, 1), "past", None)
            if expr and (reference is None or expr.when.start <= reference):
                days.append(expr.when.start)
    return max(days, default=None)


# Input files. A path ending in .json holds an array of article objects; .jsonl (or
# .ndjson) one object a line, read a line at a time; .txt one article whose id is the
# file's name and whose first line may be `date YYYY-MM-DD` (or a list of links, one URL
# a line); "-" is standard input. Web pages, feeds, folders and URLs are read in the next
# section. Any other name is read by what it starts with: a page, a feed, "[" an array,
# "{" lines, else a text.

def read_source(path: str, published: date | None) -> list:
    """The articles of a JSON (an array) or JSON Lines file (read a line at a time)."""
    if os.path.splitext(path)[1].lower() in (".jsonl", ".ndjson"):
        try:
            with open(path, "rb") as f:
                return articles_from_lines((decoded(raw, path, n) for n, raw in enumerate(f, 1)),
                                           path)
        except OSError as exc:
            raise InputError(f"{path}: {os_problem(exc)}") from None
    return articles_from_json(decoded(read_bytes(path), path), path)


def articles_from_data(data: str, name: str, published: date | None) -> list:
    """The articles of text read whole: by what it starts with, "[" an array, "{" JSON
    Lines, else one article."""
    kind = {"[": "json", "{": "jsonl"}.get(data.lstrip()[:1], "txt")
    if kind == "jsonl":
        return articles_from_lines(data.splitlines(True), name)
    if kind == "json":
        return articles_from_json(data, name)
    return [article_from_text(data, "stdin" if name == "<stdin>" else stem_of(name), name,
                              published)]


def stem_of(path: str) -> str:
    return os.path.splitext(os.path.basename(path))[0]


def read_bytes(path: str) -> bytes:
    """The bytes of a file, or of standard input for "-"."""
    try:
        if path == "-":
            return sys.stdin.buffer.read()
        with open(path, "rb") as f:
            return f.read()
    except OSError as exc:
        raise InputError(f"{path}: {os_problem(exc)}") from None


def os_problem(exc: OSError) -> str:
    """What an OSError says, in a few words."""
    if isinstance(exc, IsADirectoryError):
        return "is a directory, not a file"
    return (exc.strerror or str(exc)).lower()


def decoded(raw: bytes, name: str, line: int | None = None) -> str:
    """Bytes as UTF-8 text (a byte-order mark allowed); InputError if they are not."""
    try:
        return raw.decode("utf-8-sig" if line in (None, 1) else "utf-8")
    except UnicodeDecodeError as exc:
        at = f"line {line}" if line else f"byte {exc.start}"
        raise InputError(f"{name}: {at}: not UTF-8 text (byte 0x{raw[exc.start]:02x})") from None


def parsed_json(text: str, where: str):
    """A JSON value; InputError naming where the text is not JSON."""
    import json
    if not text.strip():
        raise InputError(f"{where}: empty, not JSON")
    try:
        return json.loads(text)
    except RecursionError:                  # thousands of brackets deep
        raise InputError(f"{where}: JSON nested too deeply") from None
    except ValueError as exc:
        if not hasattr(exc, "pos"):             # a number of 5,000 digits
            raise InputError(f"{where}: not valid JSON: {exc}") from None
        cut = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated")
        problem = "JSON cut short" if cut else "not valid JSON"
        raise InputError(f"{where}: {problem}: {exc.msg} (line {exc.lineno}, column "
                         f"{exc.colno})") from None


def articles_from_json(text: str, name: str) -> list:
    """The articles of a JSON array."""
    data = parsed_json(text, name)
    if not isinstance(data, list):
        raise InputError(f"{name}: the top level must be an array of articles, not "
                         f"{json_type(data)}")
    return [article_from_dict(obj, f"{name}: article {i}") for i, obj in enumerate(data, 1)]


def articles_from_lines(lines, name: str) -> list:
    """The articles of JSON Lines: one object a line, blank lines skipped."""
    articles = []
    for n, line in enumerate(lines, 1):
        if line.strip():
            obj = parsed_json(line, f"{name}: line {n}")
            if not isinstance(obj, dict):
                raise InputError(f"{name}: line {n}: an article must be an object, not "
                                 f"{json_type(obj)}")
            articles.append(article_from_dict(obj, f"{name}: line {n}"))
    return articles


def article_from_text(text: str, id_: str, name: str, published: date | None) -> Article:
    """One article from a text file: its date from a leading `date YYYY-MM-DD` line, else
    from --published."""
    if not text.strip():
        raise InputError(f"{name}: the text is empty")
    match = DATE_LINE.match(text)
    if match:
        return Article(id_, parse_iso_date(match.group(1), f"{name}: the date line"), text,
                       dated_by="the text's own date line")
    if published is None:
        raise InputError(f"{name}: no 'date YYYY-MM-DD' first line; give --published DATE")
    return Article(id_, published, text, dated_by="given (--published)")


# ---------------------------------------------------------------------------
# Reading web pages, feeds and links
# ---------------------------------------------------------------------------
# A page saved from a browser, fetched from a URL, or linked from a feed gives one
# article: its body (the page's own structured articleBody, else the text of the container
# that scores best, as readability and trafilatura score them: by its paragraphs, their
# commas and length, its links, and the class and id names of its blocks; never
# navigation, headers, footers, asides, forms, share bars, "related" blocks, comments or
# cookie notices, nor lines of such furniture inside the article), a block a line; and its
# publication date, outlet, title and URL from its metadata, each from the first source
# that gives it. A feed (RSS 2.0 or Atom) gives an article per item. Standard library only:
# html.parser, xml.etree, urllib, gzip, concurrent.futures.

FOLDER_KINDS = (".html", ".htm", ".json", ".jsonl", ".txt", ".xml")
MAX_PAGE = 10 * 1024 * 1024     # bytes a page or feed may have, after decompression too
MAX_REDIRECTS = 5
FETCH_TIMEOUT = 20.0            # seconds one page may take, all told (redirects and all)
FETCHERS = 8                    # pages fetched at a time
MAX_DEPTH = 256                 # elements open at once that a page's reading keeps track of
NO_TEXT = frozenset("script style noscript svg button iframe select template rt rp".split())
FURNITURE_TAGS = frozenset("nav header footer aside form dialog menu".split())
# A picture and its caption, left out as trafilatura leaves them ("Photo: Jane Roe/AFP"),
# unless it holds blocks of text (PICTURE_BLOCKS or more): a gallery's story, a table
# drawn as a figure.
PICTURE_TAGS = frozenset({"figure", "figcaption"})
PICTURE_TEXT = frozenset("p table blockquote ul ol li tr".split())
PICTURE_BLOCKS = 2              # blocks of text a figure holds at least to be text, not a caption
VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
BREAK_TAGS = frozenset({"br", "hr"})
# The elements that end a line of a page's text, as the date clues read its lines.
BLOCKS = frozenset("p div section article main h1 h2 h3 h4 h5 h6 li ul ol blockquote figure "
                   "figcaption table tr td th pre dl dd dt hr br header footer nav aside "
                   "details summary address".split())
INLINE = frozenset("a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark q s "
                   "samp small span strike strong sub sup time tt u var label ruby rb rt rp"
                   .split())
SOFT_MARKS = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")  # soft hyphens, zero widths
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
SELF_CLOSING = frozenset({"p", "li"})           # an open one is closed by the next
HIDDEN_STYLE = re.compile(r"display\s{0,3}:\s{0,3}none|visibility\s{0,3}:\s{0,3}hidden", re.I)
# Blocks whose own text is a paragraph, and what the element of a container adds to its
# score (readability's weights: a <div> likely holds the article, a list or a heading not).
PARAGRAPHS = frozenset("p pre td blockquote div section article main dd font".split())
CONTAINER_TAGS = {"div": 5, "article": 10, "main": 5, "section": 3, "pre": 3, "td": 3,
                  "blockquote": 3, "address": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3,
                  "dt": -3, "li": -3, "form": -3, "h1": -5, "h2": -5, "h3": -5, "h4": -5,
                  "h5": -5, "h6": -5, "th": -5}
SHARES_UP = (1, 2, 6, 9, 12)    # a paragraph's points go to the blocks above it, divided so
RIVALS = 3                      # nodes scored nearly as well as the best that make their block
                                # the article's (readability's MINIMUM_TOPCANDIDATES)
ARTICLE_REACH = 6               # levels up from the best container an <article> is looked for
NAMESAKE_REACH = 4              # levels up from the best container whose namesakes are read
NAME_DIGITS = re.compile(r"\d+")
PROSE = 80                      # characters of a run of text that reads as a paragraph
MIN_ARTICLE = 250               # characters of prose an article has at least (else read again)
ARTICLE_NAME = re.compile("|".join(ARTICLE_HINTS))
FURNITURE_NAME = re.compile("|".join(map(re.escape, FURNITURE_HINTS)))
AUTHOR_NAME = re.compile("|".join(AUTHOR_HINTS))
PICTURE_NAME = re.compile(r"(?<![a-z0-9])(?:%s)" % "|".join(PICTURE_HINTS))
NAME_PARTS = re.compile(r"[^a-z0-9]+")
FURNITURE_LINE = re.compile("|".join(map(re.escape, FURNITURE_LINES)))
READER_CALL = re.compile(r"[¡¿]?(?:%s)\b" % alternation(READER_CALLS, space=" "))
READER_CHANNEL = re.compile(r"\b(?:%s)\b" % alternation(READER_CHANNELS, space=" "))
RIGHTS_MARK = re.compile("|".join(map(re.escape, RIGHTS_MARKS)))
RIGHTS_WORDS = 16               # words a line of rights has at most
NOTICE_WORDS = 50               # words a reader notice has at most
PICTURE_CREDIT = re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, PICTURE_AGENCIES)))
CREDIT_WORDS = 6                # words a picture's credit line has at most
# A line that is a date or a time alone, in digits: the stamp of a post, not its text.
STAMP_LINE = re.compile(r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\.?|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
                        r"(?:\s?(?:[ap]\.?m\.?|uhr|h))?|\s|[|·,–]){1,8}", re.I)
PUBLISHED_META = (              # the names pages give their publication date, in meta tags
    "article:published_time", "og:published_time", "og:article:published_time",
    "article:published", "og:pubdate", "og:publish_date", "datepublished", "datecreated",
    "parsely-pub-date", "sailthru.date", "citation_publication_date", "citation_date",
    "citation_online_date", "dc.date.issued", "dc.date.created", "dc.date", "dc.created",
    "dcterms.created", "dcterms.issued", "dcterms.date", "dc:date", "dc:created",
    "pubdate", "publishdate", "publish-date", "publish_date", "published_date",
    "published-date", "published_time", "publication_date", "date_published",
    "article.published", "article_date_original", "originalpublicationdate",
    "analyticsattributes.articledate", "cxenseparse:recs:publishtime", "rnews:datepublished",
    "displaydate", "date", "pdate", "ptime")
# The schema.org types of an article: those whose names end so ("NewsArticle",
# "OpinionNewsArticle", "BlogPosting", "LiveBlogPosting"), and these others.
ARTICLE_TYPE_ENDS = ("Article", "Posting")
ARTICLE_TYPES = frozenset({"Report", "WebPage"})
STEP_TYPES = frozenset({"HowTo", "Recipe"})     # whose text is in their steps
LD_STEPS = ("step", "recipeInstructions", "itemListElement")   # where steps stand, nested
LD_INGREDIENTS = ("supply", "recipeIngredient")                # what the steps need
MAX_LD_ITEMS = 500              # JSON-LD objects (or steps) of a page read at most
LD_MARKUP = re.compile(r"</?(?:p|br|div|h[1-6]|li|ul|ol|blockquote)\b[^<>]{0,300}>", re.I)
META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s{0,3}=\s{0,3}["']?([\w.:-]{1,40})""",
                          re.I)
TITLE_TAIL = re.compile(r"\s{1,3}[|\-–—:·]\s{1,3}[^|\-–—:·]{1,60}\Z")
LOOKS_HTML = re.compile(rb"\A(?:\xef\xbb\xbf)?\s{0,200}(?:<!--.{0,2000}?-->\s{0,200})*"
                        rb"<(?:!doctype\s+html|html|head|body|meta|title|article)\b", re.I | re.S)
LOOKS_FEED = re.compile(rb"\A(?:\xef\xbb\xbf)?\s{0,200}(?:<\?xml[^>]{0,200}\?>\s{0,200})?"
                        rb"(?:<!--.{0,2000}?-->\s{0,200})*<(?:rss|feed|rdf:RDF)\b", re.I | re.S)
WEB = re.compile(r"https?://[^\s/$.?#][^\s]*\Z", re.I)


class Page(NamedTuple):
    """What a page gives: its text, and its metadata where it has any."""
    text: str
    published: date | None
    dated_by: str
    outlet: str | None
    title: str | None
    url: str | None
    captions: tuple = ()


class Node:
    """An element of a page as the extractor keeps it: its tag, its class and id names,
    and what it holds in order (text, "\\n" for a <br>, and elements); with the length of
    its own text (not its elements'), how much of it is link text, and its commas."""
    __slots__ = ("n", "tag", "names", "parent", "kids", "hidden", "chars", "links",
                 "commas", "inline")

    def __init__(self, n, tag, names, parent, hidden=False, inline=0):
        self.n, self.tag, self.names, self.parent, self.hidden = n, tag, names, parent, hidden
        self.kids, self.chars, self.links, self.commas, self.inline = [], 0, 0, 0, inline


RDF_DATE = re.compile(r'<rdf:Description\s[^>]{0,1000}?\bdc:date\s{0,3}=\s{0,3}"([^"<>]{4,40})"')


class PageParser:
    """Reads an HTML page once, as html.parser hands it over: its elements as a tree of
    Nodes (inline elements such as <a> and <span> folded into the text of the block they
    stand in), its JSON-LD, meta tags, canonical link, title and <time> elements, and the
    clues to its date (DateClues)."""

    def __init__(self):
        from html.parser import HTMLParser
        parser = HTMLParser(convert_charrefs=True)
        parser.handle_starttag = self.start
        parser.handle_startendtag = lambda tag, attrs: self.start(tag, attrs, True)
        parser.handle_endtag = self.end
        parser.handle_data = self.data
        parser.handle_comment = self.comment
        parser.set_cdata_mode = self.cdata
        self.parser, self.scripts, self.meta, self.external = parser, [], {}, False
        self.clues = DateClues()
        self.canonical, self.title, self.in_title, self.script = None, [], False, None
        self.nodes = [Node(0, "#root", "", None)]   # in document order: parents first
        self.stack = [self.nodes[0]]                # the block elements open
        self.inline = []                            # the inline elements open

    def feed(self, html: str):
        self.parser.feed(html)
        self.parser.close()

    def start(self, tag, attrs, closed=False):
        attrs = {k.lower(): v or "" for k, v in attrs}
        if tag == "script" and attrs.get("src") and not closed:
            closed = self.external = True       # its code is in its file: it holds nothing
        self.clues.start(tag, attrs, closed)
        if tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "")
            if key and "content" in attrs:
                self.meta.setdefault(key.lower(), attrs["content"])
        elif tag == "link" and "canonical" in attrs.get("rel", "").lower().split():
            self.canonical = self.canonical or attrs.get("href")
        elif tag == "title":
            self.in_title = not closed              # an icon's <title/> holds nothing
        elif tag == "script" and "ld+json" in attrs.get("type", "").lower():
            self.script = []
        if tag in BREAK_TAGS:
            self.stack[-1].kids.append("\n")
        if tag in VOID or closed:
            return
        if tag in INLINE:
            if len(self.inline) < MAX_DEPTH:
                self.inline.append(tag)
            return
        if tag in SELF_CLOSING and self.stack[-1].tag == tag:
            self.end(tag)                           # a <p> closes the <p> before it
        if len(self.stack) >= MAX_DEPTH:
            return                                  # deeper nesting is read as flat
        hidden = "hidden" in attrs or attrs.get("aria-hidden", "").lower() == "true" or \
            bool(HIDDEN_STYLE.search(attrs.get("style", "")))
        node = Node(len(self.nodes), tag, f"{attrs.get('class', '')} {attrs.get('id', '')}"
                    .lower(), self.stack[-1], hidden, len(self.inline))
        self.stack[-1].kids.append(node)
        self.stack.append(node)
        self.nodes.append(node)

    def cdata(self, tag, *rest, **more):
        """Reads what a <script> holds as its code, but not after a <script src> (its code
        is in its file): a page that leaves one unclosed goes on with its text, as
        lxml reads it, not with a script that runs to the next </script>."""
        from html.parser import HTMLParser
        if self.external:
            self.external = False
        else:
            HTMLParser.set_cdata_mode(self.parser, tag, *rest, **more)

    def end(self, tag):
        self.clues.end(tag)
        if tag == "title":
            self.in_title = False
        elif tag == "script" and self.script is not None:
            self.scripts.append("".join(self.script))
            self.script = None
        if tag in INLINE:
            for i in range(len(self.inline) - 1, max(-1, len(self.inline) - 40), -1):
                if self.inline[i] == tag:
                    del self.inline[i:]
                    break
            return
        for i in range(len(self.stack) - 1, max(0, len(self.stack) - 40), -1):
            if self.stack[i].tag == tag:            # close it and what it left open
                del self.inline[self.stack[i].inline:]
                del self.stack[i:]
                break

    def comment(self, text):
        """A blog's trackback RDF, written in a comment: its dc:date is the post's own, read
        as a meta name behind a prefix ("rdf:dc:date")."""
        found = RDF_DATE.search(text[:20_000])
        if found:
            self.meta.setdefault("rdf:dc:date", found.group(1))

    def data(self, text):
        self.clues.data(text)
        if self.script is not None:
            self.script.append(text)
        elif self.in_title:
            self.title.append(text)
        elif not NO_TEXT.isdisjoint(self.inline[-2:]):
            return                                  # a reading in <ruby>: not the text
        else:
            node = self.stack[-1]
            node.kids.append(text)
            size = len(text.strip())
            node.chars += size
            node.commas += text.count(",") + text.count("，") + text.count("、")
            if "a" in self.inline:
                node.links += size

    def inside(self, *tags) -> bool:
        return any(node.tag in tags for node in self.stack)


def page_from_html(html: str, url: str | None, where: str) -> Page:
    """The article a page holds; InputError if it holds no article text."""
    p = PageParser()
    p.feed(html)
    ld = ld_article(p.scripts)
    pruned = furniture_pruned(p.nodes, True)    # read once, for the text and the captions
    text = page_text(p, ld, pruned)
    if len(text.split()) < 8:
        raise InputError(f"{where}: no article text found in the page")
    canonical = p.canonical if p.canonical and WEB.match(p.canonical.strip()) else None
    url = canonical or (p.meta.get("og:url") if WEB.match(p.meta.get("og:url", "")) else None) \
        or url
    published, dated_by = page_date(p, text, url)
    publisher = ld.get("publisher") if isinstance(ld.get("publisher"), dict) else {}
    outlet = (ld_string(publisher, "name") or p.meta.get("og:site_name") or "").strip() or \
        (host_of(url) if url else None)
    title = (p.meta.get("og:title") or ld_string(ld, "headline")).strip() or \
        page_headline(p.nodes) or TITLE_TAIL.sub("", " ".join("".join(p.title).split())) or None
    return Page(text, published, dated_by, outlet, title, url.strip() if url else None,
                page_captions(p.nodes, pruned))


def ld_article(scripts: list) -> dict:
    """The JSON-LD object of a page that describes its article, or {}: of an article type
    with its body, else with its date, else a how-to or a recipe (whose steps are its text)."""
    found = ld_items(scripts)
    kinds = [ld_kinds(item) for item in found]
    for wanted in ("articleBody", "datePublished"):
        for item, kind in zip(found, kinds):
            if any(map(is_article_type, kind)) and item.get(wanted):
                return item
    return next((item for item, kind in zip(found, kinds) if kind & STEP_TYPES), {})


def ld_string(item: dict, key: str) -> str:
    """A JSON-LD object's field when it is text ("headline"), else "" (an object, a list)."""
    value = item.get(key)
    return value if isinstance(value, str) else ""


def ld_items(scripts: list) -> list:
    """The JSON-LD objects of a page's scripts, in order, read alike wherever they stand:
    alone, in an array, in a @graph (of an array, of a @graph...)."""
    import json
    found = []
    for script in scripts:
        try:
            todo = [json.loads(script)]
        except (ValueError, RecursionError):
            continue
        while todo and len(found) < MAX_LD_ITEMS:
            data = todo.pop(0)
            if isinstance(data, list):
                todo[:0] = data[:MAX_LD_ITEMS]
            elif isinstance(data, dict):
                found.append(data)
                if isinstance(data.get("@graph"), (list, dict)):
                    todo.insert(0, data["@graph"])
    return found


def ld_kinds(item: dict) -> set:
    """The @type names of a JSON-LD object."""
    kinds = item.get("@type")
    return {k for k in (kinds if isinstance(kinds, list) else [kinds]) if isinstance(k, str)}


def is_article_type(kind: str) -> bool:
    """Whether a schema.org type is an article's: by the end of its name ("NewsArticle",
    "TechArticle", "SocialMediaPosting"), or one of ARTICLE_TYPES ("WebPage")."""
    return kind in ARTICLE_TYPES or kind.endswith(ARTICLE_TYPE_ENDS)


def ld_body(ld: dict) -> str:
    """The text a JSON-LD object gives, a block a line: an article's articleBody; a
    how-to's or a recipe's description and the text of its steps."""
    from html import unescape
    body = ld.get("articleBody")
    if not isinstance(body, str):
        body = ""
        if ld_kinds(ld) & STEP_TYPES:
            parts = [ld.get("description")] + ld_step_texts(ld, LD_INGREDIENTS) + \
                ld_step_texts(ld, LD_STEPS)
            body = "\n".join(part for part in parts if isinstance(part, str) and part.strip())
    if LD_MARKUP.search(body):                      # written as HTML: "<p>...</p>"
        return "\n".join(fragment_lines(body))
    body = unescape(body)                           # often with entities: "caf&eacute;"
    return "\n".join(line.strip() for line in body.splitlines() if line.strip())


def ld_step_texts(ld: dict, keys: tuple) -> list:
    """The text of a how-to's or a recipe's steps (or ingredients), in order, in sections
    of steps or not."""
    texts, todo = [], [ld.get(key) for key in keys]
    while todo and len(texts) < MAX_LD_ITEMS:
        step = todo.pop(0)
        if isinstance(step, str):
            texts.append(step)
        elif isinstance(step, list):
            todo[:0] = step[:MAX_LD_ITEMS]
        elif isinstance(step, dict):
            todo[:0] = [step.get("text")] + [step.get(key) for key in keys]
    return texts


def fragment_lines(html: str) -> list:
    """The lines of a piece of HTML, a block a line."""
    p = PageParser()
    p.feed(html)
    return node_lines(p.nodes[0], [False] * len(p.nodes))


def page_text(p: PageParser, ld: dict, pruned: list | None = None) -> str:
    """A page's article body, a block a line: its structured articleBody (or a how-to's
    steps) when it has one of a plausible length, else the text its best-scored container
    holds, under the page's headline (its first <h1>, of three words or more: not a
    site's name) when the container does not hold it; in Unicode's composed form (NFC).
    (pruned: furniture_pruned(p.nodes, True), when the caller has it.)"""
    from unicodedata import normalize
    lines = article_lines(p.nodes, pruned)
    headline = page_headline(p.nodes)
    if headline and lines and headline not in lines and len(headline.split()) >= 3:
        lines = [headline] + lines
    found = "\n".join(lines)
    body = ld_body(ld)
    if len(body.split()) >= 8 and len(body) * (3 if "articleBody" in ld else 1) >= len(found):
        found = body
    return normalize("NFC", found)   # one code for one letter however the page wrote it


def page_headline(nodes: list) -> str:
    """The text of a page's first <h1> that holds any, or ""."""
    nothing = [False] * len(nodes)
    return next((" ".join(lines) for lines in (node_lines(node, nothing) for node in nodes
                                               if node.tag == "h1") if lines), "")


def article_lines(nodes: list, pruned: list | None = None) -> list:
    """The lines of a page's article: those of the best container when furniture named in
    class and id names is left out, else (when that leaves too little, and reading the
    names for scoring only finds much more, as on a page whose every block is named for a
    widget) those found so."""
    lines = container_lines(nodes, pruned or furniture_pruned(nodes, True))
    found = sum(map(len, lines))
    if found >= MIN_ARTICLE:
        return lines
    again = container_lines(nodes, furniture_pruned(nodes, False))
    if sum(map(len, again)) >= max(MIN_ARTICLE, 2 * found):
        return again
    return lines if found >= PROSE else body_lines(nodes) or lines


def body_lines(nodes: list) -> list:
    """The lines a reader sees in a page's <main> or <article> (the first that holds a
    paragraph), else in its <body>, menus, headers, footers and asides left out: a page
    whose text no container holds (a shop's product form, a page of short lines) still
    gives the text it shows. Blocks named for furniture are left out too."""
    out = [False] * len(nodes)
    for node in nodes[1:]:
        out[node.n] = out[node.parent.n] or node.tag in NO_TEXT or node.hidden or \
            node.tag in FURNITURE_TAGS and node.tag != "form" or \
            node.tag not in ("body", "html") and is_furniture(node.names, node.tag)
    prose = prose_sizes(nodes, out)
    holders = [node for node in nodes if node.tag in ("main", "article") and prose[node.n]]
    top = (holders or [node for node in nodes if node.tag == "body"] or nodes)[0]
    return node_lines(top, out)


def furniture_pruned(nodes: list, by_names: bool) -> list:
    """Which nodes are left out, by index: scripts and hidden elements; menus, headers
    (but an article's own header when it holds its lead), footers, asides and forms,
    pictures and their captions (but those that hold blocks of text), and
    (by_names) blocks whose class or id names furniture, unless they hold most of the
    page's prose (a page wrapped in a <form> or in an unclosed <header>, a layout named
    "with-sidebar"); never <body> or <html>, whose names are the layout's."""
    out, in_article = [False] * len(nodes), [False] * len(nodes)
    for node in nodes[1:]:
        out[node.n] = out[node.parent.n] or node.tag in NO_TEXT or node.hidden
        in_article[node.n] = in_article[node.parent.n] or node.tag in ("article", "main")
    prose, blocks = prose_sizes(nodes, out), [0] * len(nodes)
    for node in reversed(nodes[1:]):
        blocks[node.parent.n] += blocks[node.n] + (node.tag in PICTURE_TEXT)
    for node in nodes[1:]:
        out[node.n] = out[node.n] or out[node.parent.n] or \
            (prose[node.n] * 2 <= prose[0] or prose[node.n] < MIN_ARTICLE) and \
            (node.tag in FURNITURE_TAGS and not (node.tag == "header" and in_article[node.n]
                                                 and prose[node.n])   # an article's lead
             or is_picture(node, by_names) and blocks[node.n] < PICTURE_BLOCKS
             or by_names and node.tag not in ("body", "html") and
             is_furniture(node.names, node.tag))
    return out


def is_picture(node: Node, by_names: bool = True) -> bool:
    """Whether a block is a picture or its caption: a <figure>, or (by_names) a block
    named for one ("photo-caption"), never <body> or <html>."""
    return node.tag in PICTURE_TAGS or by_names and node.tag not in ("body", "html") and \
        bool(PICTURE_NAME.search(node.names))


def page_captions(nodes: list, out: list) -> tuple:
    """The captions of a page's pictures (<figcaption>, the outermost of nested ones), once
    each, in page order, those of its furniture (a sidebar's, a list of other stories')
    left out: kept apart from the article's text, as the pictures are, but read as the
    report's words (out: furniture_pruned(nodes, True))."""
    whole = [False] * len(nodes)
    inner = [False] * len(nodes)                # in another caption, read with it
    for node in nodes[1:]:
        inner[node.n] = inner[node.parent.n] or node.parent.tag == "figcaption"
    found = {}                                  # (a dict keeps page order)
    for node in nodes:
        if node.tag != "figcaption" or inner[node.n]:
            continue
        holder = node.parent
        while holder is not None and is_picture(holder):
            holder = holder.parent
        if node.hidden or holder is None or out[holder.n]:
            continue
        text = " ".join(" ".join(node_lines(node, whole)).split())
        if text:
            found[text] = True
    return tuple(found)


def prose_sizes(nodes: list, pruned: list) -> list:
    """The length of the prose each node holds: of the runs of text long enough to be
    paragraphs, and not left out."""
    prose = [0] * len(nodes)
    for node in reversed(nodes):
        if not pruned[node.n]:
            prose[node.n] += node.chars if node.chars >= PROSE else 0
            if node.parent is not None:
                prose[node.parent.n] += prose[node.n]
    return prose


def is_furniture(names: str, tag: str = "") -> bool:
    """Whether a block's class and id names name page furniture ("comments-area",
    "share-bar"), or an author's box but on an <article>."""
    return bool(names) and (bool(FURNITURE_NAME.search(names)) or
                            not FURNITURE_NAMES.isdisjoint(NAME_PARTS.split(names)) or
                            tag != "article" and bool(AUTHOR_NAME.search(names)))


def container_lines(nodes: list, pruned: list) -> list:
    """The lines of the best-scored container, and of the blocks around it that score
    well or read as paragraphs: its siblings, or all of the <article> it stands in; a
    block of prose before it, of any element, is its lead or subtitle kept apart from the
    body (a "standfirst" <div>); then its namesakes elsewhere on the page."""
    chars, links = subtree_sizes(nodes, pruned)
    score = container_scores(nodes, pruned)
    final = {n: (s + CONTAINER_TAGS.get(nodes[n].tag, 0)) * name_weight(nodes[n]) *
             (1 - links[n] / max(chars[n], 1)) for n, s in score.items()}
    if not final:
        return node_lines(nodes[0], pruned)
    top = best_container(nodes, final)
    if top.parent is None:
        return node_lines(top, pruned)
    floor = max(10.0, final.get(top.n, 0) * 0.2)
    around, above = article_around(top), ancestors(top)
    lines, todo, lead = [], list(reversed(around.kids)), True    # before the top: a lead
    while todo:
        node = todo.pop()
        if not isinstance(node, Node) or pruned[node.n]:
            continue
        lead = lead and node is not top         # a lead comes before the body
        if node is top or final.get(node.n, 0) + (floor if node.names == top.names else 0) \
                >= floor and node.n not in above or node.chars >= PROSE and \
                node.links * 4 < node.chars and (node.tag == "p" or lead):
            lines += node_lines(node, pruned)
        else:
            todo.extend(reversed(node.kids))
    found = [(node.n, node_lines(node, pruned))
             for node in namesakes(nodes, (top, around), final, floor, (chars, links))]
    shown = Counter(tuple(text) for _, text in found)     # a box shown twice is a widget's
    found = [(n, text) for n, text in found if shown[tuple(text)] == 1]
    return [line for n, text in found if n < around.n for line in text] + lines + \
        [line for n, text in found if n > around.n for line in text]


def namesakes(nodes: list, chosen: tuple, final: dict, floor: float, sizes: tuple) -> list:
    """The blocks elsewhere on the page than the chosen ones (the best container, the
    block around it) of the same element and class and id names (digits aside) as the
    best container, the best-scored block in it, a block between them or a few levels
    above it, that score as well as the blocks read with it and are not mostly links: an
    article cut into sections of one layout, a question and its answers. The outermost
    of them, in page order (those whose text another repeats, a box shown twice, are
    left out by the caller)."""
    (top, around), (chars, links) = chosen, sizes
    best = nodes[max(final, key=lambda n: (final[n], -n))]
    up, kinds = best if top.n in ancestors(best) else top, set()
    while up is not top:                        # from the best-scored block up to the top
        kinds.add(layout_key(up))
        up = up.parent
    for _ in range(NAMESAKE_REACH):
        if up is None or up.tag in ("body", "html", "#root"):
            break
        kinds.add(layout_key(up))
        up = up.parent
    kinds.discard(None)
    found = [nodes[n] for n, s in final.items() if s >= floor and links[n] * 4 < chars[n]
             and layout_key(nodes[n]) in kinds]
    found = [node for node in found if around.n not in ancestors(node) and node is not around
             and node.n not in ancestors(top)]
    taken = {node.n for node in found}
    return sorted((node for node in found if taken.isdisjoint(ancestors(node))),
                  key=lambda node: node.n)


def layout_key(node: Node) -> tuple | None:
    """(element, class and id names without their figures) of a named block, or None."""
    return (node.tag, NAME_DIGITS.sub("", node.names)) if node.names.strip() else None


def article_around(top: Node) -> Node:
    """The block whose parts are read with the best container: the <article> it stands
    in, a few levels up at most, else its parent."""
    up = top.parent
    for _ in range(ARTICLE_REACH):
        if up is None or up.tag in ("body", "html", "#root"):
            break
        if up.tag == "article":
            return up
        up = up.parent
    return top.parent


def best_container(nodes: list, final: dict) -> Node:
    """The container of the article, as readability finds it: the best-scored node, or
    the block above it that holds several of the nodes scored nearly as well (an article
    cut into several blocks), or the one above that scores better; and the block that
    holds it alone."""
    ranked = sorted(final, key=lambda n: (-final[n], n))[:RIVALS + 2]
    top = nodes[ranked[0]]
    rivals = [ancestors(nodes[n]) for n in ranked[1:] if final[n] >= 0.75 * final[top.n]]
    up = top.parent
    while len(rivals) >= RIVALS and up is not None and up.tag not in ("body", "html"):
        if sum(up.n in found for found in rivals) >= RIVALS:
            top = up
            break
        up = up.parent
    up, last = top.parent, final.get(top.n, 0)
    while up is not None and up.tag not in ("body", "html"):
        if up.n in final:
            if final[up.n] < final.get(top.n, 0) / 3:
                break
            if final[up.n] > last:
                top = up
                break
            last = final[up.n]
        up = up.parent
    while top.parent is not None and top.parent.tag not in ("body", "html", "#root") and \
            sum(isinstance(kid, Node) for kid in top.parent.kids) == 1:
        top = top.parent
    return top


def ancestors(node: Node) -> frozenset:
    """The indexes of the nodes above a node."""
    found = []
    while node.parent is not None:
        node = node.parent
        found.append(node.n)
    return frozenset(found)


def subtree_sizes(nodes: list, pruned: list) -> tuple:
    """(text length, link text length) of each node with what it holds, furniture aside."""
    chars, links = [0] * len(nodes), [0] * len(nodes)
    for node in reversed(nodes):                # children before their parents
        if pruned[node.n]:
            continue
        chars[node.n] += node.chars
        links[node.n] += node.links
        if node.parent is not None:
            chars[node.parent.n] += chars[node.n]
            links[node.parent.n] += links[node.n]
    return chars, links


def container_scores(nodes: list, pruned: list) -> dict:
    """{node index: score} for the containers of paragraphs, as readability scores them:
    each paragraph of 25 characters or more gives 1, one per comma, one per 100
    characters (up to 3) to its container, half of that to the one above, and less to the
    three above that; a run of text in another block than <p> (a cell, a <div>) half as
    much, so that a table of names does not outscore the letter it signs."""
    score = {}
    for node in nodes:
        if pruned[node.n] or node.chars < 25 or node.tag not in PARAGRAPHS:
            continue
        points = (1 + node.commas + min(node.chars // 100, 3)) * (1 if node.tag == "p" else 0.5)
        up = node.parent
        for share in SHARES_UP:
            if up is None:
                break
            score[up.n] = score.get(up.n, 0) + points / share
            up = up.parent
    return score


def name_weight(node: Node) -> float:
    """What a container's class and id names weigh on its score: more when they name an
    article, less when they name furniture (a factor, so that a name alone does not make
    a line of text the article)."""
    if node.tag in ("body", "html") or not node.names.strip():
        return 1.0
    return (1.5 if ARTICLE_NAME.search(node.names) else 1.0) * \
        (0.5 if is_furniture(node.names, node.tag) else 1.0)


def node_lines(top: Node, pruned: list) -> list:
    """The text a node holds, a block a line, furniture out: left-out elements, blocks
    whose own text is mostly links, lines of page furniture ("Most read"), and the
    headings it ends with, that head no text of it (of a list of links left out)."""
    lines, words, todo = [], [], [top]          # lines: (text, whether of a heading)
    while todo:
        item = todo.pop()
        if isinstance(item, str):
            if item == "\n":
                lines.append(("".join(words), False))
                words = []
            else:
                words.append(item)
            continue
        ended = isinstance(item, tuple)         # (node,): the end of the node
        lines.append(("".join(words), ended and item[0].tag in HEADINGS))
        words = []
        if ended or pruned[item.n]:
            continue
        todo.append((item,))
        own = item.links * 2 <= item.chars        # links are not half its own text
        todo.extend(kid for kid in reversed(item.kids) if own or not isinstance(kid, str))
    lines.append(("".join(words), False))
    kept = [(line, heading) for line, heading in
            ((" ".join(SOFT_MARKS.sub("", line).split()), heading) for line, heading in lines)
            if line and not is_furniture_line(line)]
    text = not all(heading for _, heading in kept)     # a block of headings alone stays
    while text and kept[-1][1]:
        kept.pop()
    return [line for line, _ in kept]


def is_furniture_line(line: str) -> bool:
    """Whether a short line is page furniture: "Share this article", "Most read",
    "27.01.2022 | 19:49"; a longer line (of fewer than NOTICE_WORDS words) that such a
    label opens with a colon ("Read more: ..."); a short line of rights ("Photo © Jane
    Roe"); or a reader notice: "Follow us on Twitter and Facebook"."""
    lower, spaces = line.lower(), line.count(" ")
    label = FURNITURE_LINE.match(lower)
    return spaces < 12 and (bool(label) or bool(STAMP_LINE.fullmatch(line))) or \
        spaces < NOTICE_WORDS and bool(label) and \
        lower[label.end():label.end() + 2].lstrip().startswith(":") or \
        spaces < CREDIT_WORDS and bool(PICTURE_CREDIT.search(lower)) or \
        spaces < RIGHTS_WORDS and bool(RIGHTS_MARK.search(lower)) or \
        spaces < NOTICE_WORDS and bool(READER_CALL.match(lower)) and \
        bool(READER_CHANNEL.search(lower))


# A page's publication date, from every place a page writes one, ranked by how far each
# is to be trusted (CLUE_RANKS, after htmldate's order): the day its URL names (written
# once, on the day of publication, in the publisher's own time), its meta tags, its
# JSON-LD article, an element marked datePublished, a <time> in the article, a "Published
# ..." line, a dated byline, a date under the headline, then its dates of last change and
# the dates written elsewhere on it; the dateline and the text come after, as for any
# report. A value that reads as no plausible day is no date: never a guess. A day is
# plausible from 1995 (the first news sites) to today (the clock's only use).
EARLIEST_PAGE_DAY = date(1995, 1, 1)
CLUE_RANKS = {kind: rank for rank, kind in enumerate((    # the most trusted first
    "url", "meta", "ld", "itemprop", "time", "line", "byline", "headline", "modified",
    "updated line", "other time", "other byline", "title", "script", "data", "text"))}
LOCAL_RANKS = {"offset": CLUE_RANKS["itemprop"],  # the least trusted sources a UTC time
               "day": CLUE_RANKS["headline"]}      # yields to: a list's times are not it
LIST_KINDS = {CLUE_RANKS[k] for k in ("byline", "time", "other time")}
LIST_DAYS = 3           # different days given by one of LIST_KINDS: a list, not a byline
# The sources a page's software writes, and those its readers see in the article's header:
# when the first give different days (a republished page's stale date beside its own), the
# day the second show decides between them.
METADATA_RANKS = {CLUE_RANKS[k] for k in ("url", "meta", "ld", "itemprop")}
SHOWN_RANKS = {CLUE_RANKS[k] for k in ("time", "line", "byline", "headline")}
SHORT_YEAR_RANKS = {CLUE_RANKS[k] for k in ("line", "byline", "headline", "updated line")}
CLUE_NAMES = {
    "ld": "the page's JSON-LD datePublished", "itemprop": "the page's datePublished element",
    "time": "the page's <time datetime>", "line": "the page's line of publication",
    "byline": "the page's dated byline", "url": "the date in its URL",
    "updated line": "the page's line of its last change", "other time": "a <time> on the page",
    "other byline": "a dated line on the page", "data": "a timestamp in the page's data",
    "headline": "the date under its headline", "title": "the date in its title",
    "script": "a date in the page's scripts", "text": "a date in the page's text"}
MODIFIED_META = ("article:modified_time", "og:updated_time", "og:modified_time",
                 "article:modified", "dcterms.modified", "dc.modified", "datemodified",
                 "last-modified", "lastmod", "modified")
PUBLISHED_SET_META = frozenset(PUBLISHED_META)
BARE_DATES = frozenset(("date", "pdate", "ptime", "displaydate"))
VENDOR_MARK = re.compile(r"(?<=\w)[-:._]")     # after a prefix: "sw-", "cms."
LD_PUBLISHED = ("datePublished", "dateCreated")
LD_MODIFIED = ("dateModified",)
MONTH_OF_PAGE = {name: i for i, names in enumerate(PAGE_MONTHS, 1) for name in names.split()}
PAGE_MONTH = alternation((name.replace("_", " ") for name in MONTH_OF_PAGE),
                         space=r"\s{1,3}") + r"(?![^\W\d_])\.?"
# One month named twice, as Levantine pages write it: "24 نيسان / أبريل 2020".
PAGE_OTHER_MONTH = rf"(?:\s{{0,3}}/\s{{0,3}}(?P<m5>{PAGE_MONTH}))?"
PAGE_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
PAGE_YEAR = r"(?:19|20)\d\d(?!\d)"
PAGE_ORDINAL = r"(?:st|nd|rd|th|er|º|°|\.)?"
WRITTEN_DATE = re.compile(                       # each part bounded: linear on any text
    rf"(?<!\d)(?P<y>{PAGE_YEAR})(?P<s>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=s)(?P<d>{PAGE_DAY})(?!\d)"
    rf"|(?<!\d)(?P<d2>{PAGE_DAY})(?P<s2>[-/]|\. ?| \| )(?P<m2>{PAGE_DAY})(?P=s2)(?P<y2>{PAGE_YEAR})"
    rf"|(?<!\w)(?P<d3>{PAGE_DAY}){PAGE_ORDINAL}\s{{0,3}}(?:de\s{{1,3}})?(?P<m3>{PAGE_MONTH})"
    rf"{PAGE_OTHER_MONTH},?"
    rf"\s{{0,3}}(?:de\s{{1,3}})?(?P<y3>{PAGE_YEAR})"
    rf"|(?<![^\W\d_])(?P<m4>{PAGE_MONTH})\s{{0,3}}(?P<d4>{PAGE_DAY}){PAGE_ORDINAL},?\s{{0,3}}"
    rf"(?P<y4>{PAGE_YEAR})"
    rf"|(?<!\d)(?P<yc>{PAGE_YEAR})\s?[年년]\s?(?P<mc>1[0-2]|0?[1-9])\s?[月월]\s?"
    rf"(?P<dc>{PAGE_DAY})(?!\d)", re.I)
SHORT_YEAR_DATE = re.compile(rf"(?<![\d.])({PAGE_DAY})\.({PAGE_DAY})\.(\d\d)(?![\d.])")
COMPACT_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
UNIX_TIME = re.compile(r"\s{0,3}(\d{9,10}|\d{12,13})(?:\.\d{1,6})?\s{0,3}")
WITH_CLOCK = re.compile(r"(?<!\d)(\d\d?):\d\d")
WITH_OFFSET = re.compile(r"\d:\d\d(?::\d\d?(?:\.\d{1,9})?)?\s?[+-](?!00:?00)\d\d:?\d\d")
IN_UTC = re.compile(r"\d:\d\d(?::\d\d?(?:\.\d{1,9})?)?\s?(?:Z|[+-]00:?00|UTC|GMT)(?!\w)")
URL_DATE = re.compile(r"/((?:19|20)\d\d)/([01]?\d)/([0-3]?\d)(?=/|\.html?$|$)"
                      r"|[/_-]((?:19|20)\d\d)[-_]([01]\d)[-_]([0-3]\d)(?=[/_.-]|$)"
                      r"|[/_-]((?:19|20)\d\d)(0[1-9]|1[0-2])([0-2]\d|3[01])(?=[/_.-]|$)"
                      r"|/([0-3]\d)-([01]\d)-((?:19|20)\d\d)(?=[/_.-]|$)")   # day first
# American English writes 03/05/2021 month first (a page's language, or its OpenGraph
# locale, says so; one that says only "en" may be anywhere, and most of the world writes
# the day first).
MONTH_FIRST_LANGS = ("en-us",)


class DateClue(NamedTuple):
    """A date a page writes of itself: its rank (lower is more trusted), the day, what
    gave it, and how: as a time in UTC (so maybe a day off the page's own), as a day
    alone (the page's own day, as its readers see it), or as a time in another zone."""
    rank: int
    day: date
    how: str
    zone: str = ""          # "utc", "offset", "day" or ""
    hour: int | None = None     # of a time in UTC


class DateClues:
    """The places a page writes its dates, gathered as PageParser reads it: its language,
    <time> elements, elements marked datePublished, elements whose class or id names a
    date or a byline, data attributes that hold a time, and lines that open with
    "Published" or "Updated". Each found is (kind, value), in the page's order."""
    MAX_FOUND = 40          # clues of one kind kept: the first ones of a page
    MAX_TEXT = 300

    HEADLINE_LINES = 6      # lines after the headline read for its date
    MAX_DATE_LINE = 80      # a longer line under the headline is read for its start only

    def __init__(self):
        self.lang, self.found, self.stack, self.line, self.counts = "", [], [], [], {}
        self.hidden = self.inside = 0           # open <script>s and <style>s; open articles
        self.headline = 0                       # lines still to read after an <h1>
        self.label = ""             # the kind of a date label's line ("Mise en ligne")
        self.texts = 20             # other lines with a year still to note

    def start(self, tag, attrs, closed=False):
        if tag == "html":
            self.lang = self.lang or attrs.get("lang", "").strip().lower()
        hidden, inner = tag in ("script", "style", "template"), tag in ("article", "main")
        if tag in BLOCKS:
            self.end_line()
        if tag in VOID or closed:
            return self.values(tag, attrs, "")
        kind = self.values(tag, attrs, None)
        self.hidden += hidden
        self.inside += inner
        self.stack.append([tag, kind, [], hidden, inner])

    def values(self, tag, attrs, kind) -> str | None:
        """Notes the dates an element's attributes hold; the kind of clue its text is."""
        prop = attrs.get("itemprop", "").lower()
        if prop in ("datepublished", "datecreated") and tag != "meta":
            kind = "itemprop"
        elif tag == "time":
            kind = "time" if self.inside or "pubdate" in attrs else "other time"
        elif date_hint(attrs.get("class", "") + " " + attrs.get("id", "")):
            kind = "byline" if self.inside else "other byline"
        if kind:
            for name in ("datetime", "content", "title"):
                if attrs.get(name):
                    self.note(kind, attrs[name])
        for name, value in attrs.items():
            if name.startswith("data-") and DATA_TIME.search(name) and value:
                self.note("data", value)
        return kind

    def note(self, kind, value):
        counted = self.counts.get(kind, 0)
        if counted < self.MAX_FOUND:            # a long list of one kind crowds out no other
            self.counts[kind] = counted + 1
            self.found.append((kind, value[:self.MAX_TEXT]))

    def end(self, tag):
        if tag in BLOCKS:
            self.end_line()
        if tag == "h1":                 # the site's name may be the first
            self.headline = self.HEADLINE_LINES
        for i in range(len(self.stack) - 1, max(-1, len(self.stack) - 40), -1):
            if self.stack[i][0] == tag:
                for _, kind, text, hidden, inner in reversed(self.stack[i:]):
                    if kind and text:
                        self.note(kind, " ".join("".join(text).split()))
                    self.hidden -= hidden
                    self.inside -= inner
                del self.stack[i:]
                break

    def data(self, text):
        if self.hidden:
            found = SCRIPT_DATE.search(text) if self.stack and self.stack[-1][0] == "script" \
                and self.counts.get("script", 0) < self.MAX_FOUND else None
            if found:                   # a page's data: {"published_at": "2019-03-02..."}
                self.note("script", found.group(1))
            return
        for open_ in self.stack[-8:]:
            if open_[1] and len(open_[2]) < 20:
                open_[2].append(text[:self.MAX_TEXT])
        if len(self.line) < 20:
            self.line.append(text[:self.MAX_TEXT])

    def end_line(self):
        """Notes a run of text that opens with "Published" or "Updated" (a date line), or
        one of the first few after the headline."""
        if not self.line:
            return
        line = " ".join("".join(self.line).split())
        self.line = []
        match = DATE_LINE_WORD.match(line) or len(line) <= self.MAX_DATE_LINE and \
            DATE_LINE_WORD.search(line)         # "By Jo Roe | Published 5 March 2021"
        if match:
            kind = "line" if " ".join(match.group(1).lower().split()) in PUBLISHED_SET or \
                YEAR_IN_LINE.search(line, 0, match.start(1)) else "updated line"
            self.note(kind, line)
            self.label = "" if DIGIT.search(line) else kind   # its date on the next line
        elif line and self.label:
            self.note(self.label, line)
            self.label = ""
        elif self.texts and YEAR_IN_LINE.search(line):
            self.texts -= 1
            self.note("text", line[:self.MAX_DATE_LINE])
        if line and self.headline > 0 and not match:
            self.headline -= 1
            self.note("headline", line if len(line) <= self.MAX_DATE_LINE
                      else line[:self.MAX_DATE_LINE // 2])  # in a sentence, another day


CLASS_WORD = re.compile(r"[a-z]{1,30}")
YEAR_IN_LINE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
SCRIPT_DATE = re.compile(r'"(?:date_?published|published_?at|publish_?date|pub_?date'
                         r'|date_?created|created_?at)\\?"\s{0,3}:\s{0,3}\\?"([^"\\]{6,40})',
                         re.I)
DATA_TIME = re.compile("|".join(DATA_DATE_HINTS))
PUBLISHED_SET = frozenset(PUBLISHED_WORDS + DATE_LABELS)
DATE_LINE_WORD = re.compile(r"\W{0,3}(?<![^\W\d_])(%s)(?![^\W\d_])" % "|".join(
    sorted((re.escape(w).replace(r"\ ", r"\s{1,3}") for w in PUBLISHED_SET | set(UPDATED_WORDS)),
           key=len, reverse=True)), re.I)


@functools.lru_cache(maxsize=4096)
def date_hint(names: str) -> bool:
    """Whether class and id names name a date, a time or a byline (DATE_HINTS)."""
    return any(w in DATE_HINTS or w not in NOT_DATE_HINTS and (
        w.startswith(DATE_HINT_STARTS) or w.endswith(DATE_HINT_ENDS))
        for w in CLASS_WORD.findall(names.lower()))


def page_date(p: PageParser, text: str, url: str | None) -> tuple:
    """(publication date, what gave it): the best-ranked clue the page gives, else the
    dateline; else (None, "") and the date is inferred from the text as for any article."""
    clues = without_lists(page_clues(p, url))
    if clues:
        best, shown = shown_clue(clues)
        return (best.day if shown else local_day(best, clues)), best.how
    day = dateline_day(text, None)
    return (day, "inferred: its dateline") if day else (None, "")


def shown_clue(clues: list) -> tuple:
    """(the clue that dates a page, whether the page shows its day in the article's
    header): the best-ranked clue; but when the page's metadata (METADATA_RANKS) give
    different days, the best-ranked of them with the day the page shows first (SHOWN_RANKS,
    in the page's order, so that its header comes before a list of other articles; as
    written for people, not a time in UTC a day off theirs)."""
    ranked = sorted(clues, key=lambda c: c.rank)        # in the page's order within a rank
    written = [c for c in ranked if c.rank in METADATA_RANKS]
    days = {c.day for c in written}
    if len(days) > 1:
        for seen in (c for c in clues if c.rank in SHOWN_RANKS and c.zone != "utc" and
                     c.day in days):
            return next(c for c in written if c.day == seen.day), True
    return ranked[0], False


def without_lists(clues: list) -> list:
    """The clues, less those of a kind of LIST_KINDS (a dated byline, a <time> in the
    article or out of it) that names LIST_DAYS different days or more: the dates of a list
    of comments or of other articles, none of which is the page's own."""
    days = {}
    for clue in clues:
        if clue.rank in LIST_KINDS:
            days.setdefault(clue.how, set()).add(clue.day)
    return [c for c in clues if len(days.get(c.how, ())) < LIST_DAYS]


def local_day(best: DateClue, clues: list) -> date:
    """The best clue's day; for a time written in UTC, the day next to it that the page's
    best source written in its own time gives (a time with its offset, or a day alone),
    where the hour allows it (11 pm in New York is 3 or 4 am the next day in UTC): the
    page's own day is clearly right, a shift by a guessed zone not."""
    local = [c for c in clues if c.rank <= LOCAL_RANKS.get(c.zone, -1)]
    if best.zone != "utc" or not local:
        return best.day
    day = min(local, key=lambda c: c.rank).day
    shift, hour = (day - best.day).days, best.hour if best.hour is not None else 12
    return day if shift == -1 and hour < 12 or shift == 1 and hour >= 10 else best.day


def zone_of(value: str, utc: bool, rank: int = -1) -> tuple:
    """(how a value writes its day: "utc", "offset" for a time in another zone, "day" for
    a day alone or as a line of publication shows it to people ("January 19, 2020 / 12:25
    PM"), else ""; the hour of a time in UTC, else None)."""
    clock = WITH_CLOCK.search(value)
    if utc:
        return "utc", int(clock.group(1)) if clock else None
    if clock and rank != CLUE_RANKS["line"]:
        return "offset" if WITH_OFFSET.search(value) else "", None
    return "day", None


def page_clues(p: PageParser, url: str | None) -> list:
    """Every plausible DateClue of a page, in the order of their sources."""
    month_first = p.clues.lang.replace("_", "-") in MONTH_FIRST_LANGS or \
        p.meta.get("og:locale", "").lower().replace("_", "-") in MONTH_FIRST_LANGS
    found = [(CLUE_RANKS["ld"] if key in LD_PUBLISHED else CLUE_RANKS["modified"], value,
              f"the page's JSON-LD {key}") for key, value in ld_dates(p.scripts)]
    found += [(CLUE_RANKS["meta"], p.meta.get(name), f"the page's meta {name}")
              for name in PUBLISHED_META]
    found += [(CLUE_RANKS["meta"], value, f"the page's meta {name}")
              for name, value in p.meta.items() if vendor_published(name)]
    found += [(CLUE_RANKS["modified"], p.meta.get(name), f"the page's meta {name}")
              for name in MODIFIED_META]
    found += [(CLUE_RANKS[kind], value, CLUE_NAMES[kind]) for kind, value in p.clues.found]
    found.append((CLUE_RANKS["title"], " ".join("".join(p.title).split()),
                  CLUE_NAMES["title"]))
    clues, swapped = [], {}
    for rank, value, how in found:
        short = rank in SHORT_YEAR_RANKS
        day, utc = written_day(value, month_first, short) if isinstance(value, str) \
            else (None, 0)
        if day:
            if day.day <= 12 and day.month != day.day and "/" in value[:200]:
                swapped[len(clues)] = written_day(value, not month_first, short)[0]
            clues.append(DateClue(rank, day, how, *zone_of(value[:200], utc, rank)))
    day = url_day(url or "", month_first)
    clues += [DateClue(CLUE_RANKS["url"], day, CLUE_NAMES["url"])] * bool(day)
    return either_way_round(clues, swapped)


def either_way_round(clues: list, swapped: dict) -> list:
    """The clues, those written in figures either way round (11/01/2023) read the other
    way when the page's other clues give that day and none gives theirs: {index: the day
    read the other way} (a page in German whose software writes its meta date the
    American way)."""
    sure = {c.day for i, c in enumerate(clues) if i not in swapped}
    return [c._replace(day=swapped[i]) if swapped.get(i) in sure and c.day not in sure
            else c for i, c in enumerate(clues)]


def vendor_published(name: str) -> bool:
    """Whether a meta name is one of PUBLISHED_META behind a site's or a vendor's prefix
    ("sw-pubdate", "cms.publish_date"); a bare "date" so prefixed may be any date."""
    mark = VENDOR_MARK.search(name)
    rest = name[mark.end():] if mark else ""
    return name not in PUBLISHED_SET_META and rest in PUBLISHED_SET_META and \
        rest not in BARE_DATES


def ld_dates(scripts: list) -> list:
    """(key, value) of the dates of the article objects in a page's JSON-LD: in its lists,
    its @graph and the objects it nests, a few levels deep."""
    import json
    found, todo = [], []
    for script in scripts:
        try:
            todo.append((json.loads(script), 0))
        except (ValueError, RecursionError):
            continue
    while todo and len(found) < 50:
        item, depth = todo.pop(0)
        if isinstance(item, list) and depth < 6:
            todo += [(x, depth + 1) for x in item[:50]]
        elif isinstance(item, dict) and depth < 6:
            if any(map(is_article_type, ld_kinds(item))):
                found += [(k, item[k]) for k in LD_PUBLISHED + LD_MODIFIED if k in item]
            todo += [(x, depth + 1) for x in item.values() if isinstance(x, (list, dict))]
    return found


def url_day(url: str, month_first: bool = False) -> date | None:
    """The day a URL's path names: /2021/03/05/, /2021-03-05/, /20210305/ (also within a
    name, between its words: pier-2021-03-05.html, r_20210305_7), /05-03-2021/ (day first,
    or month first on an American page, as match_ymd reads it)."""
    from urllib.parse import urlsplit
    match = URL_DATE.search(urlsplit(url.strip()).path if url else "")
    if not match:
        return None
    parts = [int(g) for g in match.groups() if g]
    if parts[0] > 31:
        return plausible(*parts)
    day, month, year = parts
    if month > 12 or day <= 12 and month_first:
        day, month = month, day
    return plausible(year, month, day)


def plausible(year: int, month: int, day: int) -> date | None:
    """The date, if it is a real day from 1995 to today; else None."""
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found if EARLIEST_PAGE_DAY <= found <= date.today() else None


def written_day(value: str, month_first: bool = False, short_years: bool = False) -> tuple:
    """(the day a value writes, whether as a time in UTC), or (None, False): the first
    plausible date in it, in any numeric form (2021-3-5, 5.3.2021, 05/03/2021, 26 | 01 |
    2022, 20210305, 2021年3月5日, a Unix timestamp) or with its month named in one of the
    languages of PAGE_MONTHS.
    A time with an offset is read on the day as written, not moved to another zone.
    With short_years (a line the page writes for people), 31.10.23 is 31 October 2023."""
    from datetime import datetime, timezone
    value = value[:200]
    if UNIX_TIME.fullmatch(value):
        seconds = int(UNIX_TIME.fullmatch(value).group(1))
        seconds = seconds // 1000 if seconds > 10 ** 11 else seconds
        found = datetime.fromtimestamp(seconds, timezone.utc).date()
        return (found, True) if plausible(found.year, found.month, found.day) else (None, False)
    for match in WRITTEN_DATE.finditer(value):
        day = plausible(*match_ymd(match, month_first))
        if day:
            return day, bool(IN_UTC.search(value, match.end(), match.end() + 40))
    match = SHORT_YEAR_DATE.search(value) if short_years else None
    if match:
        day, month, year = map(int, match.groups())
        year += 2000 if 2000 + year <= date.today().year else 1900
        return plausible(year, month, day), False
    match = COMPACT_DATE.search(value)
    day = plausible(*map(int, match.groups())) if match and len(value.strip()) <= 14 else None
    return day, False


def match_ymd(match, month_first: bool) -> tuple:
    """(year, month, day) of a WRITTEN_DATE match; a numeric date that could be either
    way round (03/05/2021) is read day first, or month first on an American page; a month
    named twice as two months ("March/April") is month 0, no day."""
    g = match.groupdict()
    if g["y"]:
        return int(g["y"]), int(g["m"]), int(g["d"])
    if g["yc"]:
        return int(g["yc"]), int(g["mc"]), int(g["dc"])
    if g["y2"]:
        first, second = int(g["d2"]), int(g["m2"])
        if second > 12 or first <= 12 and month_first and g["s2"] == "/":
            first, second = second, first
        return int(g["y2"]), second, first
    month, other = (MONTH_OF_PAGE["_".join(name.rstrip(".").lower().split())]  # "كانون الثاني"
                    for name in (g["m3"] or g["m4"], g["m5"] or g["m3"] or g["m4"]))
    return int(g["y3"] or g["y4"]), month if month == other else 0, int(g["d3"] or g["d4"])


def timestamp_date(value: str) -> date | None:
    """The calendar date of a timestamp in its own offset ("2023-09-16T01:30:00+09:00" is
    16 September), of an RFC 822 date ("Sat, 16 Sep 2023 01:30:00 +0900"), or of a date
    written out ("September 16, 2023")."""
    return written_day(value)[0]


def host_of(url: str) -> str | None:
    """The host of a URL, "www." aside."""
    from urllib.parse import urlsplit
    host = urlsplit(url.strip()).hostname or ""
    return host[4:] if host.startswith("www.") else host or None


def page_encoding(raw: bytes, declared: str | None) -> str:
    """The character set to read a page in: the HTTP header's, else its <meta charset>,
    else UTF-8; one Python does not know is UTF-8 too."""
    import codecs
    for name in (declared, (META_CHARSET.search(raw[:4096]) or [None, b""])[1].decode("ascii")):
        if name:
            try:
                return codecs.lookup(name).name
            except LookupError:
                continue
    return "utf-8"


def decoded_page(raw: bytes, declared: str | None) -> str:
    """A page's bytes as text, in its character set (characters it cannot hold replaced)."""
    encoding = page_encoding(raw, declared)
    text = raw.decode("utf-8-sig" if encoding == "utf-8" else encoding, errors="replace")
    return SURROGATE.sub("\ufffd", text)


def article_from_page(raw: bytes, charset: str | None, url: str | None, name: str,
                      id_: str) -> Article:
    """One Article from a page's bytes."""
    page = page_from_html(decoded_page(raw, charset), url, name)
    return Article(id_, page.published, page.text, page.outlet, page.title, page.url,
                   page.dated_by or "given", page.captions)


# Feeds: refused when they declare a DOCTYPE or entities ("billion laughs", external
# entities): a news feed needs neither, and nothing in one is ever expanded.

class FeedItem(NamedTuple):
    """One item of a feed: its link, date, title, and its full content if the feed has it."""
    link: str | None
    published: date | None
    title: str | None
    content: str
    outlet: str | None


def feed_items(raw: bytes, name: str) -> list:
    """The items of an RSS 2.0 or Atom feed, in feed order."""
    import xml.etree.ElementTree as ET
    head = raw[:65536].lower()
    if b"<!doctype" in head or b"<!entity" in raw.lower():
        raise InputError(f"{name}: the feed declares a DOCTYPE or entities; refused")
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        raise InputError(f"{name}: not a readable feed: {exc}") from None
    tag = local(root.tag)
    if tag == "feed":
        outlet = text_of(first(root, "title"))
        return [atom_item(e, outlet) for e in root if local(e.tag) == "entry"]
    channel = first(root, "channel")
    if tag not in ("rss", "RDF") or channel is None and tag == "rss":
        raise InputError(f"{name}: not an RSS or Atom feed")
    outlet = text_of(first(channel, "title")) if channel is not None else None
    items = [e for e in root.iter() if local(e.tag) == "item"]
    return [rss_item(e, outlet) for e in items]


def local(tag: str) -> str:
    """An XML tag without its namespace: "{http://www.w3.org/2005/Atom}entry" is "entry"."""
    return tag.rpartition("}")[2]


def first(element, name: str):
    """The first child of an element with this local name, or None."""
    return next((e for e in element if local(e.tag) == name), None) if element is not None \
        else None


def text_of(element) -> str | None:
    return " ".join(("".join(element.itertext())).split()) or None if element is not None \
        else None


def rss_item(e, outlet) -> FeedItem:
    full = first(e, "encoded")
    when = text_of(first(e, "pubDate")) or text_of(first(e, "date"))
    return FeedItem(text_of(first(e, "link")), timestamp_date(when) if when else None,
                    text_of(first(e, "title")), "".join(full.itertext()) if full is not None
                    else "", outlet)


def atom_item(e, outlet) -> FeedItem:
    link = next((x.get("href") for x in e if local(x.tag) == "link"
                 and x.get("rel", "alternate") == "alternate"), None)
    when = text_of(first(e, "published")) or text_of(first(e, "updated"))
    content = first(e, "content")
    return FeedItem(link, timestamp_date(when) if when else None, text_of(first(e, "title")),
                    "".join(content.itertext()) if content is not None else "", outlet)


def article_from_item(item: FeedItem, name: str, id_: str) -> Article:
    """The Article of a feed item that carries its full content."""
    page = page_from_html(item.content, item.link, name)
    return Article(id_, item.published or page.published, page.text, item.outlet,
                   item.title, item.link, "the feed item's date" if item.published
                   else page.dated_by or "given", page.captions)


# Fetching: http and https only, a few redirects and never to another scheme, a size
# limit that holds after decompression too, a User-Agent that names the tool. One clock
# for each page: --timeout bounds the whole of it (looking the host up, connecting, every
# redirect, the headers and the body), not each read, so a server that sends a byte at a
# time cannot hold the tool; and a body cut short (fewer bytes than its Content-Length, a
# chunked body without its end) is refused, never read as a page. Whatever goes wrong on
# the way is one line in plain words.
#
# Links stay where they belong. A URL given on the command line (or listed in a local
# file, or linked from a local feed) is fetched as given. A link found in a fetched
# document (a feed item's link, a redirect's target) is followed only when every address
# its host has is public, or when it is on the same host as the document and that host
# answered from a non-public address itself: a server on the user's own network may link
# to itself, but a public one cannot reach inside it, not even by making its own name
# resolve there. The host is looked up once and the connection made to the very
# addresses checked, so DNS cannot give the check one address and the connection another
# ("DNS rebinding"); for the same reason no proxy (http_proxy and the like) is used.

REDIRECTS = frozenset({301, 302, 303, 307, 308})
PIECE = 64 * 1024               # bytes of a body read at a time
REQUEST_HEADERS = {"User-Agent": f"{PROG}/{__version__} (news timeline)",
                   "Accept-Encoding": "gzip, deflate", "Accept": "text/html, application/xml, */*",
                   "Connection": "close"}
# The characters a request target keeps as they are: RFC 3986's reserved ones, "%", and
# those servers take as written; a non-ASCII one is sent percent-encoded as UTF-8.
URL_KEPT = "!#$%&'()*+,/:;=?@[]~\"<>\\^`{|}"
# What keeps an address from being public, as the ipaddress module classes it, in the
# order a message names them ("127.0.0.2, a loopback address").
NOT_PUBLIC = ("unspecified", "loopback", "link_local", "multicast", "reserved", "private")
NAT64 = "64:ff9b::/96"          # RFC 6052's prefix: an IPv4 address in the last 32 bits
# What went wrong on the network, in plain words, by the exception's class: the first of
# its classes (most specific first) that is named here; any other OSError says its own.
NETWORK_PROBLEMS = {
    "TimeoutError": "timed out: no complete answer in {seconds:g} s",
    "SSLCertVerificationError": "TLS certificate not valid for this host ({detail})",
    "SSLError": "the TLS connection failed ({detail})",
    "gaierror": "host not found",
    "ConnectionRefusedError": "connection refused",
    "RemoteDisconnected": "the server closed the connection without answering",
    "ConnectionResetError": "the server reset the connection",
    "IncompleteRead": "the chunked body is broken or ends early",
    "LineTooLong": "malformed answer from the server (a line over 64 KB)",
    "BadStatusLine": "malformed answer from the server (not an HTTP status line)",
    "HTTPException": "malformed answer from the server ({detail})",
    "UnicodeError": "the host name is not valid",
    "ValueError": "not a URL that can be fetched ({detail})",
}


class Origin(NamedTuple):
    """The host a fetched document came from, and whether every address it had was
    public: where the document's links may lead."""
    host: str
    public: bool


class Link(NamedTuple):
    """A URL to fetch, and the document it was found in (None: given by the user, or found
    in a local file; fetched as given)."""
    url: str
    found_in: Origin | None = None


class Fetched(NamedTuple):
    """A page or feed as a server gave it."""
    raw: bytes
    charset: str | None
    kind: str           # the Content-Type, lower-cased, parameters aside
    url: str            # where it was fetched from in the end
    origin: Origin      # the host it came from in the end


class Destination(NamedTuple):
    """Where one request goes: its host and port, over TLS or not, its target (path and
    query), and the host's addresses as looked up, as (family, socket address) pairs."""
    host: str
    port: int
    tls: bool
    target: str
    addresses: tuple


class Deadline(NamedTuple):
    """When the fetch of one page must be over, by the monotonic clock, and the --timeout
    that set it."""
    end: float
    seconds: float

    def left(self) -> float:
        """The seconds left; TimeoutError when there are none."""
        left = self.end - time.monotonic()
        if left <= 0:
            raise TimeoutError("no time left")
        return left


def fetch(link: Link, timeout: float = FETCH_TIMEOUT) -> Fetched:
    """One page or feed from the web, whole, within the timeout, its redirects followed;
    InputError saying in plain words why it could not be had."""
    import http.client
    deadline = Deadline(time.monotonic() + timeout, timeout)
    try:
        return fetched_by(link, deadline)
    except (http.client.HTTPException, OSError, ValueError) as exc:   # ssl's are OSErrors
        raise InputError(f"{link.url}: {network_problem(exc, deadline)}") from None


def fetched_by(link: Link, deadline: Deadline) -> Fetched:
    """fetch() before the deadline, network errors raised as they come."""
    from urllib.parse import urljoin
    url, found_in = link.url, link.found_in
    for hop in range(MAX_REDIRECTS + 1):
        to = destination(url, deadline)
        where = non_public(to)
        if where and found_in and not (found_in.host == to.host and not found_in.public):
            raise InputError(f"{url}: not followed: a link found on {found_in.host} to {where}"
                             if hop == 0 else f"{link.url}: not followed: a redirect to {url}, "
                             f"at {where}")
        connection = connection_class()(to, deadline)
        try:
            connection.request("GET", to.target, headers=REQUEST_HEADERS)
            with connection.getresponse() as response:
                location = response.getheader("Location") if response.status in REDIRECTS \
                    else None
                if location is None:
                    return fetched_answer(response, Origin(to.host, not where), url, link.url,
                                          deadline)
        finally:
            connection.close()
        target = urljoin(url, location.strip())
        if not WEB.match(target):
            raise InputError(f"{link.url}: redirected to {target!r}, not http or https")
        url, found_in = target, Origin(to.host, not where)
    raise InputError(f"{link.url}: too many redirects ({MAX_REDIRECTS})")


def fetched_answer(response, origin: Origin, url: str, name: str,
                   deadline: Deadline) -> Fetched:
    """The page or feed a server's final answer holds; InputError if it is an HTTP error,
    too large, or cut short."""
    if not 200 <= response.status < 300:
        reason = " ".join(str(response.reason).split())[:60]
        raise InputError(f"{name}: HTTP {response.status} {reason}")
    raw = whole_body(response, name, deadline)
    raw = decompressed(raw, response.getheader("Content-Encoding", ""), name)
    return Fetched(raw, response.msg.get_content_charset(), response.msg.get_content_type(),
                   url, origin)


def whole_body(response, name: str, deadline: Deadline) -> bytes:
    """A response's body, read a piece at a time within the deadline and the size limit;
    InputError if the connection closed before its Content-Length was reached (a chunked
    body cut short is http.client's IncompleteRead)."""
    pieces, size = [], 0
    while piece := response.read(PIECE):
        size += len(piece)
        if size > MAX_PAGE:
            raise InputError(f"{name}: over {MAX_PAGE // 1024 // 1024} MB; refused")
        pieces.append(piece)
        deadline.left()
    if response.length:                     # bytes still owed when the connection closed
        raise InputError(f"{name}: connection closed after {size:,} of "
                         f"{size + response.length:,} bytes")
    return b"".join(pieces)


def network_problem(exc: Exception, deadline: Deadline) -> str:
    """What went wrong on the network, in plain words (NETWORK_PROBLEMS)."""
    words = next((NETWORK_PROBLEMS[c.__name__] for c in type(exc).__mro__
                  if c.__name__ in NETWORK_PROBLEMS), None)
    if words is None:
        return os_problem(exc)
    detail = getattr(exc, "verify_message", None) or getattr(exc, "reason", None) or exc
    return words.format(seconds=deadline.seconds, detail=" ".join(str(detail).split())[:80])


def destination(url: str, deadline: Deadline) -> Destination:
    """Where a URL's request goes, its host looked up within the deadline."""
    from urllib.parse import quote, urlsplit
    parts = urlsplit(url.strip())
    tls = parts.scheme.lower() == "https"
    host, port = parts.hostname, parts.port or (443 if tls else 80)
    if not host:
        raise ValueError("no host name")
    target = quote(parts.path or "/", safe=URL_KEPT) + \
        ("?" + quote(parts.query, safe=URL_KEPT) if parts.query else "")
    return Destination(host, port, tls, target, addresses_of(host, port, deadline))


def addresses_of(host: str, port: int, deadline: Deadline) -> tuple:
    """A host's addresses, as (family, socket address) pairs, looked up within the deadline:
    the lookup runs on a thread of its own, left behind if the resolver hangs."""
    import socket
    import threading
    found = []

    def look_up():
        try:
            found.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except Exception as exc:                # raised again below, on the fetching thread
            found.append(exc)
    lookup = threading.Thread(target=look_up, daemon=True)
    lookup.start()
    lookup.join(deadline.left())
    if not found:
        raise TimeoutError("the host's lookup took too long")
    if isinstance(found[0], Exception):
        raise found[0]
    return tuple((family, address) for family, _, _, _, address in found[0])


def non_public(to: Destination) -> str | None:
    """The first of a destination's addresses that is not public, with what it is
    ("127.0.0.2, a loopback address"); None if all are public."""
    for _, address in to.addresses:
        kind = address_kind(address[0])
        if kind:
            return f"{address[0]}, a {kind} address"
    return None


def address_kind(address: str) -> str | None:
    """What keeps an IP address from being public ("loopback", "private", ...: NOT_PUBLIC),
    or None if it is public. An IPv4 address inside an IPv6 one (::ffff:127.0.0.1, 6to4's
    2002:7f00:1::, NAT64's 64:ff9b::7f00:1) is judged as the IPv4 address."""
    import ipaddress
    ip = ipaddress.ip_address(address.partition("%")[0])     # "%eth0": an IPv6 scope
    if ip.version == 6:
        ip = ip.ipv4_mapped or ip.sixtofour or (ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
                                                if ip in ipaddress.ip_network(NAT64) else ip)
    kind = next((k for k in NOT_PUBLIC if getattr(ip, "is_" + k)), None)
    return kind.replace("_", "-") if kind else None if ip.is_global else "non-public"


class OnTime:
    """Mixed into the socket classes fetch() uses: each read waits only for what is left
    of the page's deadline."""
    deadline = None

    def recv_into(self, *args):
        self.settimeout(self.deadline.left())
        return super().recv_into(*args)


@functools.cache
def socket_class():
    """The plain socket class fetch() uses (built on first use, as socket is imported only
    when a page is fetched)."""
    import socket

    class Socket(OnTime, socket.socket):
        """A TCP socket whose reads keep to a page's deadline."""
    return Socket


@functools.cache
def tls_context():
    """The TLS settings of every https fetch: the system's certificates, the host's name
    checked against the certificate, sockets whose reads keep to a page's deadline."""
    import ssl

    class TLSSocket(OnTime, ssl.SSLSocket):
        """A TLS socket whose reads keep to a page's deadline."""
    context = ssl.create_default_context()
    context.sslsocket_class = TLSSocket
    return context


@functools.cache
def connection_class():
    """The HTTP connection class fetch() uses (built on first use): connected to a
    Destination's addresses as they were checked, never looking the host up again."""
    import http.client

    class Connection(http.client.HTTPConnection):
        """One request to a Destination, every wait within the page's deadline."""

        def __init__(self, to: Destination, deadline: Deadline):
            super().__init__(to.host, to.port)
            self.to, self.deadline = to, deadline
            self.default_port = 443 if to.tls else 80   # the port a Host header leaves out

        def connect(self):
            self.sock = connected_socket(self.to, self.deadline)
    return Connection


def connected_socket(to: Destination, deadline: Deadline):
    """A socket connected to the first of a destination's addresses that answers, within
    the deadline; for https, over TLS, its certificate checked against the host's name."""
    import socket
    problem = sock = None
    for family, address in to.addresses:
        sock = socket_class()(family, socket.SOCK_STREAM)
        sock.deadline = deadline
        try:
            sock.settimeout(deadline.left())
            sock.connect(address)
            break
        except OSError as exc:
            sock.close()
            problem, sock = exc, None
    if sock is None:
        raise problem or OSError("the host has no address")
    if not to.tls:
        return sock
    sock.settimeout(deadline.left())        # the handshake's reads: ssl keeps one clock for it
    tls = tls_context().wrap_socket(sock, server_hostname=to.host)
    tls.deadline = deadline
    return tls


def decompressed(raw: bytes, encoding: str, url: str) -> bytes:
    """A response's body, gzip or deflate undone, never past the size limit; InputError if
    it cannot be decoded or its compressed stream ends early."""
    import zlib
    encoding = encoding.strip().lower()
    if encoding not in ("gzip", "x-gzip", "deflate"):
        return raw
    wbits = 16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS
    try:
        try:
            inflater = zlib.decompressobj(wbits)
            body = inflater.decompress(raw, MAX_PAGE + 1)
        except zlib.error:
            if "gzip" in encoding:
                raise
            inflater = zlib.decompressobj(-zlib.MAX_WBITS)   # raw deflate, as some send it
            body = inflater.decompress(raw, MAX_PAGE + 1)
    except zlib.error:
        raise InputError(f"{url}: the {encoding} body cannot be decoded") from None
    if len(body) > MAX_PAGE:
        raise InputError(f"{url}: over {MAX_PAGE // 1024 // 1024} MB decompressed; refused")
    if not inflater.eof:
        raise InputError(f"{url}: the {encoding} body ends early")
    return body


def fetch_all(links: list, timeout: float = FETCH_TIMEOUT) -> dict:
    """{link: Fetched or InputError} for every Link, up to FETCHERS at a time (each page
    within the timeout, so all of them within pages × timeout / FETCHERS); a progress line
    on stderr while it runs, when stderr is a terminal."""
    from concurrent.futures import ThreadPoolExecutor, as_completed
    links = list(dict.fromkeys(links))
    results, tty = {}, hasattr(sys.stderr, "isatty") and sys.stderr.isatty()
    if not links:
        return results

    def one(link):
        try:
            return link, fetch(link, timeout)
        except InputError as exc:
            return link, exc
    with ThreadPoolExecutor(max_workers=FETCHERS) as pool:
        for done, future in enumerate(as_completed([pool.submit(one, u) for u in links]), 1):
            link, result = future.result()
            results[link] = result
            if tty:
                print(f"\rfetched {done} of {len(links)} pages", end="", file=sys.stderr,
                      flush=True)
    if tty:
        print(file=sys.stderr)
    return results


class Reading(NamedTuple):
    """How the inputs are read: the date of texts that carry none, whether a page that
    cannot be read is left out (with a warning) or stops the run, whether folders are
    read into their subfolders, and how long one page may take to fetch, all told."""
    published: date | None = None
    keep_going: bool = False
    recursive: bool = False
    timeout: float = FETCH_TIMEOUT


class Input(NamedTuple):
    """One input to read: a URL, a JSON or JSON Lines file, or bytes already read."""
    kind: str           # "url", "path" or "bytes"
    name: str           # the URL, the path, or "<stdin>"
    raw: bytes = b""


def sources_of(path: str, recursive: bool) -> list:
    """The Inputs one --articles value stands for: a URL; each file of a folder (of the
    kinds read, in name order); each URL of a list of links; or the file itself."""
    if WEB.match(path):
        return [Input("url", path)]
    if path != "-" and os.path.isdir(path):
        files = folder_files(path, recursive)
        if not files:
            raise InputError(f"{path}: a folder with no .html, .htm, .json, .jsonl, .txt or "
                             ".xml file in it")
        return [s for name in files for s in sources_of(name, recursive)]
    kind = os.path.splitext(path)[1].lower()
    if path != "-" and kind in (".json", ".jsonl", ".ndjson"):
        return [Input("path", path)]
    raw = read_bytes(path)
    name = "<stdin>" if path == "-" else path
    lines = [line.strip() for line in raw[:MAX_PAGE].splitlines() if line.strip()]
    if lines and all(WEB.match(x.decode("utf-8", "replace")) for x in lines):
        return [Input("url", x.decode("utf-8")) for x in lines]       # a list of links
    return [Input("bytes", name, raw)]


def folder_files(folder: str, recursive: bool) -> list:
    """The paths of a folder's files of the kinds read (and of its subfolders', if asked),
    by name; hidden files left out."""
    found = []
    try:
        names = sorted(os.listdir(folder))
    except OSError as exc:
        raise InputError(f"{folder}: {os_problem(exc)}") from None
    for name in names:
        path = os.path.join(folder, name)
        if name.startswith("."):
            continue
        if os.path.isdir(path):
            found += folder_files(path, True) if recursive else []
        elif name.lower().endswith(FOLDER_KINDS):
            found.append(path)
    return found


def read_articles(paths: list, how: Reading = Reading()) -> tuple:
    """(articles, problems): the articles of every input, in order, ids unique, at least
    one. A page or feed that cannot be read is an InputError; with how.keep_going it is
    one line of problems instead (and a warning on stderr)."""
    sources = [s for path in paths for s in sources_of(path, how.recursive)]
    fetched = fetch_all([Link(s.name) for s in sources if s.kind == "url"], how.timeout)
    articles, problems, seen, links = [], [], {}, []

    def left_out(exc: InputError):
        if not how.keep_going:
            raise exc
        problems.append(str(exc))
        print(f"{PROG}: warning: {printable(str(exc))} (left out)", file=sys.stderr)
    for source in sources:
        try:
            found, named = source_articles(source, fetched, how)
        except InputError as exc:
            left_out(exc)
            continue
        found_in = fetched[Link(source.name)].origin if source.kind == "url" else None
        for a in found:
            if isinstance(a, FeedItem):     # a summary and a link: the page is fetched
                links.append((len(articles), a, Link(a.link, found_in)))
                articles.append(None)
                continue
            if a.id in seen and not named:         # an id given, not made from a name
                raise InputError(f"{source.name}: article id {a.id!r} is given twice "
                                 f"(first in {seen[a.id]})")
            a = a._replace(id=unique_id(a.id, seen))
            seen[a.id] = source.name
            articles.append(a)
    pages = fetch_all([link for _, _, link in links], how.timeout)
    for at, item, link in links:
        try:
            got = pages[link]
            if isinstance(got, InputError):
                raise got
            a = article_from_page(got.raw, got.charset, got.url, item.link, id_from(item.link))
            a = a._replace(published=item.published or a.published, title=item.title or a.title,
                           outlet=a.outlet or item.outlet, dated_by="the feed item's date"
                           if item.published else a.dated_by)
            articles[at] = a._replace(id=unique_id(a.id, seen))
            seen[articles[at].id] = item.link
        except InputError as exc:
            left_out(exc)
    articles = [a for a in articles if a is not None]
    if not articles:
        raise InputError(f"{', '.join(paths)}: no articles" + (" could be read" if problems
                                                                else ""))
    return articles, problems


def unique_id(id_: str, seen: dict) -> str:
    """An id not yet taken: the id, else the id with "-2", "-3", ... after it."""
    n, candidate = 1, id_
    while candidate in seen:
        n += 1
        candidate = f"{id_}-{n}"
    return candidate


def id_from(location: str) -> str:
    """An article id from a URL's last path part or a file's name, its suffix aside."""
    from urllib.parse import urlsplit
    path = urlsplit(location).path if WEB.match(location) else location
    last = [part for part in re.split(r"[/\\\\]", path) if part][-1:] or ["page"]
    return os.path.splitext(last[0])[0] or last[0]


def source_articles(source: Input, fetched: dict, how: Reading) -> tuple:
    """(the articles, or feed items still to fetch, of one Input; whether they are pages
    or feed items, whose ids are made from names and so made unique)."""
    if source.kind == "path":
        return read_source(source.name, how.published), False
    found, named = input_articles(source, fetched, how)
    return [a._replace(published=how.published, dated_by="given (--published)")
            if isinstance(a, Article) and a.published is None and how.published else a
            for a in found], named


def input_articles(source: Input, fetched: dict, how: Reading) -> tuple:
    """source_articles() of a page, a feed, a URL or bytes read whole."""
    if source.kind == "url":
        got = fetched[Link(source.name)]
        if isinstance(got, InputError):
            raise got
        if got.kind in FEED_TYPES or LOOKS_FEED.match(got.raw):
            return feed_articles(got.raw, source.name), True
        if got.kind in ("text/html", "application/xhtml+xml") or LOOKS_HTML.match(got.raw):
            return [article_from_page(got.raw, got.charset, got.url, source.name,
                                      id_from(got.url))], True
        raise InputError(f"{source.name}: not an HTML page or a feed ({got.kind})")
    kind = os.path.splitext(source.name)[1].lower()
    if kind in (".html", ".htm") or LOOKS_HTML.match(source.raw):
        return [article_from_page(source.raw, None, None, source.name,
                                  id_from(source.name))], True
    if kind == ".xml" or LOOKS_FEED.match(source.raw):
        return feed_articles(source.raw, source.name), True
    return articles_from_data(decoded(source.raw, source.name), source.name,
                              how.published), False


FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/xml",
                        "text/xml", "application/rdf+xml"})


def feed_articles(raw: bytes, name: str) -> list:
    """The articles of a feed: an Article for each item with its full content, the item
    itself for each that has only a summary and a link (its page is fetched)."""
    found = []
    for n, item in enumerate(feed_items(raw, name), 1):
        where = f"{name}: item {n}"
        if item.content and len(item.content.split()) >= 40:
            found.append(article_from_item(item, where, id_from(item.link or f"item-{n}")))
        elif item.link and WEB.match(item.link):
            found.append(item)
        else:
            raise InputError(f"{where}: neither full text nor a link to it")
    if not found:
        raise InputError(f"{name}: the feed has no items")
    return found


# ---------------------------------------------------------------------------
# Cleaning: page furniture out, paragraphs of prose in
# ---------------------------------------------------------------------------
# General rules for scraped news pages: a paragraph is kept only when it reads
# as prose (several words, ending as a sentence ends); navigation, headings,
# labels ("WATCH:", "Source :"), captions with their credit line, links, and
# the boilerplate of ads, comment forms and newsletters are left out.

BOILERPLATE = re.compile(alternation(BOILERPLATE_PHRASES, space=" "))   # on the lower-cased line
# A photo credit ends a caption, on its line or on the next: "Photo: Jane Roe/AFP",
# "(AP Photo)", "(Source: Associated Press)", "REUTERS/Stringer". The caption is kept, moved
# after the article's paragraphs so that it interrupts no narrative; the credit goes.
CREDIT = re.compile(rf"{alternation(w.capitalize() for w in CREDIT_LABELS)}s?[ \t]?(?:[Cc]redit)?"
                    r"[ \t]{0,3}"
                    r":[ \t]{0,3}[^\n]{1,120}\Z"
                    rf"|\({alternation(CREDIT_IN_BRACKETS, space=' ')}\b[^()\n]{{0,60}}\)\Z"
                    r"|(?<![\w/])[A-Z]{2,}[A-Za-z]{0,20}/[A-Z][\w .-]{0,40}\Z")
CAPTION_MARK = re.compile(rf"\({alternation(w.capitalize() for w in CAPTION_MARKS)}\)[ \t]{{0,3}}")
LABEL = re.compile(r"^(?:[A-Z][A-Z ]{1,24}|"
                   + alternation((label.capitalize() for label in PAGE_LABELS), space=" ")
                   + r")\s*:")
LABEL_SENTENCE = re.compile(rf"^{alternation(w.capitalize() for w in SOURCE_LABELS)}\s*:"
                            r"[^.]{1,60}\.\s+(?=[A-Z])")
SOURCE_INITIALS = frozenset(w[0].upper() for w in SOURCE_LABELS)   # a quick test for it
URL = re.compile(r"^\S*https?://\S*$|^www\.\S+$")
# The named parts of a date, shared by the dateline below and the time expressions.
WEEKDAY = alternation(day.capitalize() for day in WEEKDAYS)          # "Friday"
MONTH = alternation(m.capitalize() for m in MONTH_NUMBER) + r"\b\.?"    # "Sept.", "March"
DAY = r"(?:3[01]|[12]\d|0?[1-9])" + alternation(ORDINAL_SUFFIXES) + r"?\b"
YEAR = r"(?:1[89]|20)\d\d\b"
# A wire dateline opens a report or a paragraph: "SEOUL, Oct. 2 (Yonhap) --", "Rabat, Sep 10
# (EFE).-", "MOSCOW, September 12. /TASS/.", "June 14 (UPI) --", "DUBLIN —". Every run is
# bounded and the pattern is anchored, so it costs the same on any line.
PLACE_WORD = r"[A-Z][\w.'’-]{0,30}"
DATELINE = re.compile(
    rf"(?P<place>{PLACE_WORD}(?:[ /]{PLACE_WORD}){{0,4}})?"                  # SEOUL, LONDON/PARIS
    rf"(?P<region>,[ \t]{{1,3}}(?!{MONTH}){PLACE_WORD}(?:[ \t]{PLACE_WORD}){{0,3}})?"  # , Morocco
    rf"(?:,?[ \t]{{1,3}})?(?P<date>(?P<m1>{MONTH})[ \t]{{1,3}}(?P<d1>{DAY})"
    rf"|(?P<d2>{DAY})[ \t]{{1,3}}(?P<m2>{MONTH}))?\.?"                      # Sept 9, 10 Sep
    r"[ \t]{0,3}(?P<agency>\([A-Za-z][\w. &/-]{0,30}\)|/[A-Za-z][\w-]{0,20}/)?"  # (AP), /TASS/
    r"[ \t]{0,3}(?P<end>\.-|\.[ \t]|—|–|--|-|:)[ \t]{0,3}")
DATELINE_END = re.compile(r"[-—–/):]|\d\.\s")   # what a dateline cannot end without
DATELINE_START = re.compile(rf"{PLACE_WORD}(?:[ /]{PLACE_WORD}){{0,4}}(?:,| ?\(| ?[-—–:]| ?\.-)"
                            rf"|{MONTH} ?\d")    # what it cannot start without: a quick test




def dateline(line: str):
    """The dateline match that opens a line, or None: a place in capitals, or any place
    with a date, a region or an agency after it."""
    match = DATELINE.match(line) if DATELINE_START.match(line) and \
        DATELINE_END.search(line, 0, 110) else None
    if not match or not match.group(0).strip(" -—–.") or match.end() >= len(line):
        return None
    place, rest = match.group("place"), match.group("date") or match.group("agency")
    if match.group("end").startswith(".") and not rest:       # "U.S. officials said"
        return None
    if match.group("end") == ":" and (rest or not place or place.upper() != place or
                                      place.lower() in LABEL_WORDS or
                                      line.count(" ", match.end()) < 5):
        return None             # "MOSCOW: A Russian flight ...", never "WATCH: the video"
    if rest or place and (match.group("region") or place.upper() == place and len(place) > 2):
        return match
    return None


def without_dateline(line: str) -> str:
    """A paragraph with the dateline that opens it cut off."""
    match = dateline(line)
    return line[match.end():] if match else line


class Paragraph(NamedTuple):
    """A paragraph of prose, the section (run between headings) it is in, and the date
    heading of a live blog it stands under ("SEPTEMBER 8, 2024:"), if any."""
    index: int
    section: int
    text: str
    heading: str = ""


# A line that is only a date ("SEPTEMBER 8, 2024:", "Saturday 9 September") heads the
# paragraphs under it; one that is only a clock time ("12:40 BST") keeps the date it had.
DATE_HEADING = re.compile(rf"(?:{WEEKDAY},?\s)?(?:{MONTH}\s{DAY}(?:,?\s{YEAR})?"
                          rf"|{DAY}\s{MONTH}(?:,?\s{YEAR})?)|{WEEKDAY}")
TIME_HEADING = re.compile(r"(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s?(?:[AaPp]\.?[Mm]\.?)"
                          r"(?:\s[A-Z]{2,5})?|(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s[A-Z]{2,5})?")

def prose_paragraphs(text: str, pictures: tuple = ()) -> list:
    """The paragraphs of an article that read as prose, furniture left out, then its
    captions: those its text holds, then those of its pictures, each a section of its own."""
    text = DATE_LINE.sub("", text, count=1)
    lines = [line.strip() for line in text.splitlines()]
    captions = caption_lines(lines)
    headings = {i: line.rstrip(":.— ").title() for i, line in enumerate(lines)
                if line and len(line) <= 40 and    # (a blank line between paragraphs is none)
                DATE_HEADING.fullmatch(line.rstrip(":.— ").title())}
    if len(headings) < 2:                       # one date under a title dates the page
        headings = {}
    kept, section, heading = [], 0, ""
    for i, line in enumerate(lines):
        if not line or headings and len(line) <= 40 and \
                TIME_HEADING.fullmatch(line.rstrip(":. ")):
            continue
        if i in captions:
            if kept and kept[-1].section == section:
                section += 1
            continue
        if i in headings:
            heading, section = headings[i], section + 1
            continue
        if line[0] in SOURCE_INITIALS and ":" in line:
            line = LABEL_SENTENCE.sub("", line, count=1)   # "Source: BBC / Reuters. Rescuers ..."
        if line[0] in "-*•–" and line[1:2] == " ":
            line = line[2:].lstrip()                      # a bulleted line is a paragraph
        line = prose_line(line)
        if line:
            kept.append(NEW_TUPLE(Paragraph, (len(kept), section, line, heading)))
        elif kept and kept[-1].section == section:
            section += 1
    for caption in filter(None, [captions[i] for i in sorted(captions)] +
                          [caption_text(line) for line in pictures]):
        section += 1
        kept.append(Paragraph(len(kept), section, caption))
    return kept


@functools.lru_cache(maxsize=1 << 12)
def prose_line(line: str) -> str:
    """A line without its dateline if it reads as prose, else "" (a line that many reports
    print word for word, a background paragraph or page furniture, is read once)."""
    line = without_dateline(line)
    return line if is_prose(line) else ""


def caption_lines(lines: list) -> dict:
    """{line index: its caption, or "" for a credit alone} for the lines that are photo
    captions or their credits."""
    found = {}
    for i, line in enumerate(lines):
        credit = CREDIT.search(line, max(0, len(line) - 130)) \
            if line and line[-1] != "." else None       # (a blank line credits nothing)
        if credit is None:
            continue
        found[i] = caption_text(line)
        if i and lines[i - 1] and len(lines[i - 1].split()) >= 4:    # the line above it
            found[i - 1] = CAPTION_MARK.sub("", lines[i - 1], count=1)
    return found


def caption_text(line: str) -> str:
    """A caption without its credit ("Jane Roe/AFP", "(AP Photo)") and marks ("(Photo)"),
    or "" when less than four words are left."""
    credit = CREDIT.search(line, max(0, len(line) - 130)) if line[-1:] != "." else None
    caption = CAPTION_MARK.sub("", line[:credit.start()] if credit else line, count=1).strip()
    return caption if len(caption.split()) >= 4 else ""


def is_prose(line: str) -> bool:
    """Whether a line reads as a paragraph of an article, not as page furniture: several
    words ending as a sentence ends, and no link, label, credit or boilerplate."""
    words = line.count(" ") + 1
    if words < 5 or line.rstrip("\"'”’)]")[-1:] not in (".", "!", "?"):
        return False
    if URL.match(line) or ":" in line and LABEL.match(line) or \
            words < 25 and BOILERPLATE.search(line.lower()):     # furniture lines are short
        return False
    return not (line.endswith("?") and words < 12)          # a question as a heading


# ---------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------

SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
ABBREVIATION = re.compile(                # the last word before a full stop that ends nothing
    r"(?:.*\W)?(?:"
    + alternation((*ABBREVIATIONS, *(m.capitalize() for m in MONTH_ABBREVIATIONS)))
    + r"\.|[A-Z]\.|(?:[A-Za-z]\.){2,})")


class Sentence(NamedTuple):
    """A sentence of an article, verbatim but for runs of white space, and the date
    heading it stands under."""
    index: int
    paragraph: int
    section: int
    text: str
    heading: str = ""


OTHER_SPACE = re.compile(r"[^\S ]")      # white space that is not a plain space
MAX_SENTENCE = 1000     # characters: a longer "sentence" is cut into pieces this long, so
                        # that no step that reads a sentence can cost more than this allows


def sentences(paragraphs: list) -> list:
    """The sentences of the paragraphs, in order."""
    found = []
    for para in paragraphs:
        for piece in paragraph_sentences(para.text):
            found.append(NEW_TUPLE(Sentence, (len(found), para.index, para.section, piece,
                                              para.heading)))    # Sentence(...), quicker
    return found


@functools.lru_cache(maxsize=1 << 12)
def paragraph_sentences(paragraph: str) -> tuple:
    """The sentences of one paragraph (a paragraph retold word for word is split once)."""
    text = single_spaced(paragraph.strip())
    start, ends = 0, []
    for brk in SENTENCE_BREAK.finditer(text):
        stop = brk.start() + 1                  # the word before the full stop, its end only
        if not ABBREVIATION.fullmatch(text[max(text.rfind(" ", start, stop) + 1,
                                               stop - 12):stop]):
            ends.append((start, brk.end()))
            start = brk.end()
    return tuple(sys.intern(piece) for start, end in ends + [(start, len(text))]
                 for piece in bounded(text, start, end))


def single_spaced(text: str) -> str:
    """The text with each run of white space one space: a few passes over one string, never
    a list of its words (a 50 MB paragraph would make millions of them)."""
    if not text.isprintable():                  # a tab, a no-break space, a line break ...
        text = OTHER_SPACE.sub(" ", text)
    while "  " in text:
        text = text.replace("    ", " ").replace("  ", " ")
    return text


def bounded(text: str, start: int, end: int) -> list:
    """The sentence text[start:end], stripped, as pieces of at most MAX_SENTENCE characters,
    cut at spaces where it can be (and never copied whole first)."""
    while start < end and text[start] == " ":
        start += 1
    while end > start and text[end - 1] == " ":
        end -= 1
    pieces = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > 0 else start + MAX_SENTENCE
        pieces.append(text[start:cut])
        start = cut + (text[cut:cut + 1] == " ")
    return pieces + [text[start:end]] * (start < end)


# ---------------------------------------------------------------------------
# Time expressions
# ---------------------------------------------------------------------------
# Found with patterns built from named parts, then resolved against the
# report's publication date the way news temporal taggers (HeidelTime's news
# domain) do: a bare weekday in a past-tense clause is the latest such day on
# or before publication, in a future-tense clause the next one after it; a
# date without a year takes the year that puts it nearest publication on the
# side its tense points to; "last year" is a year, "in October" a month.

NUMBER = r"(?:\d{1,2}|" + alternation((w for w, n in NUMBER_WORDS.items() if n), True) + ")"
# The nouns a happening is named by ("after the explosion", "three days after his visit"):
# those of HAPPENINGS, but not of the kinds that say only when something began or ended.
ASPECTS = ("begin", "end")
ANCHOR_NOUNS = sorted({noun for kind, (_, nouns) in HAPPENINGS.items() if kind not in ASPECTS
                       for noun in nouns.split(", ")} | set(GENERIC_HAPPENING_NOUNS),
                      key=lambda n: (-len(n), n))
EVENT_NOUN = "(?:" + "|".join(map(re.escape, ANCHOR_NOUNS)) + ")(?:e?s)?"
HAPPENING = (r"(?:the|his|her|their|its|our|a|an|(?!" + WEEKDAY + r")[A-Z][\w-]*['’]s)\s+"
             r"(?:[\w-]+\s+){0,2}?"
             + EVENT_NOUN + r"\b(?:\s+(?:with|between|in|at|of|on)\s+(?!" + WEEKDAY + "|" + MONTH
             + r"|\d)[^,;:.()“”\"]{1,70}?)?")        # "his meeting with X", not "on Friday"
# What "three days after" or "a week before" counts from when it is no happening's noun: the
# clause or phrase that follows ("after the rebels called off their march"), never the day
# the sentence named before it (that is "three days later").
AFTER_WHAT = (r"(?:(?<=after\s)|(?<=before\s))(?!" + WEEKDAY + "|" + MONTH + r"|\d|the\s+day\b)"
              r"[^,;:.()“”\"]{3,120}?")
PART_OF_DAY = rf"(?:\s+{alternation(PARTS_OF_DAY)})?"
NOUN_PHRASE = (rf"(?:\s+(?!{alternation(PHRASE_BREAKS)}\b)[\w.-]+){{1,5}}")  # "magnitude 7.8 quake"

RANGE_TO = rf"\s?{alternation(('-', '–', *RANGE_WORDS))}\s?"
THIS_NEXT = alternation(THIS_NEXT_LAST, True)                     # "last", "Next", ...
ORDINAL = alternation(ORDINAL_SUFFIXES)                           # "st", "nd", ...
OFFSET_UNIT = alternation(UNIT_DAYS)                              # "day", "week"
DIRECTION = alternation({**BEFORE_AFTER, **EARLIER_LATER})        # "after", "later", ...
# "the day before it set out", "the week after the vote": one unit from what follows (not
# "the day before that", "the day after tomorrow", which "nday" and "rday" read).
THE_SPAN = (rf"[Tt]he(?=\s+{OFFSET_UNIT}\s+{alternation(BEFORE_AFTER)}\s+"
            rf"(?!{alternation(('that', *RELATIVE_DAYS))}\b)\w)")
CLOCK = (r"(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)"
         r"|(?:[01]?\d|2[0-3]):[0-5]\d\b")
TIME_PATTERNS = tuple((name, re.compile(pattern)) for name, pattern in (
    ("iso", rf"(?P<iso>\b(?:19|20)\d\d-[01]\d-[0-3]\d\b)"),
    ("mdy", rf"(?P<mdy>\b(?P<mdy_m>{MONTH})\s+(?P<mdy_d>{DAY})(?:{RANGE_TO}(?:{MONTH}\s+)?{DAY})?"
            rf"(?:,?\s+(?P<mdy_y>{YEAR}))?)"),         # "May 14-16, 2018": its first day
    ("dmy", rf"(?P<dmy>\b(?P<dmy_d>{DAY})(?:{RANGE_TO}{DAY})?\s+(?:of\s+)?(?P<dmy_m>{MONTH})"
            rf"(?:,?\s+(?P<dmy_y>{YEAR}))?)"),         # "7 to 18 November 2016"
    ("my", rf"(?P<my>\b(?P<my_m>{MONTH})\s+(?:of\s+)?(?P<my_y>{YEAR}))"),
    ("wd", rf"(?P<wd>\b(?:(?P<wd_rel>{THIS_NEXT}|[Tt]he)\s+)?"
           rf"(?P<wd_d>{WEEKDAY}){PART_OF_DAY}(?:['’]s\b(?P<wd_np>{NOUN_PHRASE})?)?\b)"),
    ("mon", rf"(?P<mon>\b(?P<mon_w>{alternation(MONTH_LEADS, True)}"
            rf"|(?:the\s+)?{alternation(PERIOD_EDGES)}\s+of)\s+(?P<mon_m>{MONTH})"
            rf"(?!\.?\s*\d))"),
    ("rday", rf"(?P<rday>\b{alternation(RELATIVE_DAYS, True, ' ')}\b)"),
    ("per", rf"(?P<per>\b(?:{alternation(EARLIER_LATER)}\s+)?"
            rf"(?P<per_w>{THIS_NEXT})\s+(?P<per_u>{alternation(PERIODS)})\b)"),
    ("yr", rf"(?P<yr>\b(?P<yr_w>{alternation(YEAR_LEADS, True)})\s+(?P<yr_y>{YEAR}))"),
    ("ago", rf"(?P<ago>\b(?P<ago_q>{alternation(INEXACT, True)}\s+)?(?P<ago_n>{NUMBER})\s+"
            rf"(?P<ago_u>{alternation((*UNIT_DAYS, *CALENDAR_UNITS))})s?\s+ago\b)"),
    ("nth", rf"(?P<nth>\b[Oo]n\s+the\s+(?P<nth_d>3[01]|[12]\d|[1-9]){ORDINAL}\b"
            rf"(?!\s+(?:of\s+)?{MONTH}))"),
    ("off", rf"(?P<off>\b(?P<off_n>{NUMBER}|{THE_SPAN})\s+(?P<off_u>{OFFSET_UNIT})s?\s+"
            rf"(?P<off_dir>{DIRECTION})\b(?:\s+(?P<off_np>(?P<off_noun>{HAPPENING})|{AFTER_WHAT})"
            r"(?=\s*[,;:.)]|\s*$))?)"),
    ("nday", rf"(?P<nday>\b[Tt]he\s+(?:(?P<nday_w>{alternation(SEQUENCE)})\s+"
             rf"{alternation(('day', *PARTS_OF_DAY))}\b"
             rf"|day\s+(?P<nday_d>{alternation(BEFORE_AFTER)})(?=\s*[,;:.]|\s*$|\s+that\b))"
             rf"|(?P<nday_same>\b{alternation(SAME_DAY_SPANS, True)}\s+"
             rf"{alternation(EARLIER_LATER)}\b"
             rf"|\b{alternation(EARLIER_LATER, True)}\s+(?:in\s+the|that)\s+day\b"
             rf"|(?P<nday_lead>\b{alternation(SAME_DAY_LEADS, True)}\b)"   # "that night"
             r"|(?<!\b[Aa]n )(?<!\b[Aa] )(?<!\b[Tt]he )\b[Oo]vernight\b))"),
    #                                                   not "an overnight crossing"
    ("clock", rf"(?P<clock>\b(?:{CLOCK})|\b{alternation(CLOCK_WORDS)}\b)"),
    ("ana", rf"(?P<ana>\b(?P<ana_p>{alternation(ANCHOR_PREPOSITIONS, True, ' ')})"
            rf"\s+(?P<ana_np>{HAPPENING})(?=\s*[,;:.)]|\s*$|\s+\w))"),
))

# A pattern is tried on a sentence only when the sentence has a word it cannot match
# without: scanning every pattern at every position would cost ten times as much.
# "#year", "#clock" and "#nth" stand for digits that may be a year ("2024"), a clock time
# ("9:30", "7 a.m.") or a day with an ordinal ("13th"): DIGIT_MARKS.
MONTH_WORDS = frozenset(MONTH_NUMBER)
TRIGGERS = {
    "iso": {"#year"}, "mdy": MONTH_WORDS, "dmy": MONTH_WORDS, "my": MONTH_WORDS,
    "mon": MONTH_WORDS, "wd": set(WEEKDAYS),
    "rday": {phrase.split()[-1] for phrase in RELATIVE_DAYS},     # "night" of "last night"
    "per": set(PERIODS), "yr": {"#year"}, "ago": {"ago"},
    "nth": {*ORDINAL_SUFFIXES, "#nth"},
    "off": {form for unit in UNIT_DAYS for form in (unit, unit + "s")},
    "nday": {"day", *PARTS_OF_DAY, *SAME_DAY_SPANS, "overnight"},
    "clock": {"#clock", *CLOCK_WORDS},
    "ana": {w for noun in ANCHOR_NOUNS for word in re.findall(r"\w+", noun)
            for w in (word, word + "s", word + "es")},
}
# ... and, the other way round, the patterns (by their place in TIME_PATTERNS) each word
# lets through: a sentence's words then pick its patterns in one set intersection.
PATTERNS_OF_TRIGGER = {word: frozenset(order for order, (name, _) in enumerate(TIME_PATTERNS)
                                        if word in TRIGGERS[name])
                       for word in set().union(*TRIGGERS.values())}
# A pattern named here needs a word of this set as well: "during the talks" needs its
# preposition besides its noun (most sentences that name a happening have neither).
ALSO_NEEDED = {"ana": frozenset(p.split()[0] for p in ANCHOR_PREPOSITIONS)}
NEEDED_OF_PATTERN = {order: ALSO_NEEDED[name] for order, (name, _) in enumerate(TIME_PATTERNS)
                     if name in ALSO_NEEDED}


DIGIT = re.compile(r"\d")
# What the digits of a text must hold for a year, a clock time or an ordinal day to be
# there at all (each a loose form of what YEAR, CLOCK and DAY match): most sentences with
# a figure have none of them, and then the patterns that need one are not tried.
DIGIT_MARKS = (("#year", re.compile(r"(?:1[89]|20)\d\d")),
               ("#clock", re.compile(r"\d(?::\d|\s?[ap]\.?m)")),
               ("#nth", re.compile(rf"\d{ORDINAL}")))


def digit_marks(text: str) -> set:
    """The DIGIT_MARKS a text has."""
    if not DIGIT.search(text):
        return set()
    return {mark for mark, pattern in DIGIT_MARKS if pattern.search(text)}


def word_set(text: str) -> set:
    """The lower-case words of a text, and the DIGIT_MARKS it has."""
    return set(WORD.findall(text.lower())) | digit_marks(text)


def time_matches(text: str, words: set | None = None) -> list:
    """The matches of the time patterns in a text, leftmost first, none overlapping; at
    one position the pattern listed first wins, as in one alternation."""
    words = word_set(text) if words is None else words
    orders = set().union(*map(PATTERNS_OF_TRIGGER.get, PATTERNS_OF_TRIGGER.keys() & words))
    for order, need in NEEDED_OF_PATTERN.items():
        if order in orders and need.isdisjoint(words):
            orders.discard(order)
    found = sorted((m.start(), order, m) for order in orders
                   for m in TIME_PATTERNS[order][1].finditer(text))
    kept, end = [], -1
    for start, _, m in found:
        if start >= end:
            kept.append(m)
            end = m.end()
    return kept


RANK = {"iso": 0, "mdy": 0, "dmy": 0, "wd": 1, "rday": 1, "nth": 1, "nday": 2, "off": 2, "ago": 2,
        "clock": 3,
        "ana": 3, "mon": 4, "my": 4, "per": 5, "yr": 5}


def day_when(day: date) -> When:
    return When(day.isoformat(), day, day, "day")


def month_when(year: int, month: int) -> When:
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1))
    return When(f"{year:04d}-{month:02d}", date(year, month, 1), last, "month")


def year_when(year: int) -> When:
    return When(f"{year:04d}", date(year, 1, 1), date(year, 12, 31), "year")


def number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def weekday_date(name: str, published: date, tense: str, rel: str | None) -> date:
    """The day a weekday name refers to, seen from the publication date."""
    wanted = WEEKDAYS.index(name.lower())
    back = (published.weekday() - wanted) % 7
    ahead = (wanted - published.weekday()) % 7
    step = THIS_NEXT_LAST.get((rel or "").lower(), 0)
    if step > 0:
        return published + timedelta(days=ahead or 7)
    if step < 0:
        return published - timedelta(days=back or 7)
    if tense in ("future", "present"):      # "will ... on Monday" said on a Monday: that day;
        return published + timedelta(days=ahead)   # "the festival closes Sunday"
    return published - timedelta(days=back)


def nearest_year(month: int, day: int, published: date, tense: str) -> int:
    """The year that puts month/day nearest publication, on the side the tense points to."""
    def ok(y):
        try:
            return date(y, month, day)
        except ValueError:
            return None
    options = [(y, d) for y in (published.year - 1, published.year, published.year + 1)
               if (d := ok(y))]
    if tense == "future":
        later = [y for y, d in options if d >= published]
        return later[0] if later else published.year
    if tense == "past":
        earlier = [y for y, d in options if d <= published]
        return earlier[-1] if earlier else published.year
    return min(options, key=lambda yd: abs((yd[1] - published).days))[0]


def shift_months(published: date, months: int) -> tuple:
    index = published.year * 12 + published.month - 1 + months
    return index // 12, index % 12 + 1


def find_time_exprs(text: str, published: date, tense: str = "") -> list:
    """The time expressions of a text, resolved as if all its clauses had one tense."""
    return [t for m in time_matches(text) if (t := resolved(m, published, tense, None))]


def resolved(match, published: date, tense: str, ref: date | None):
    """A TimeExpr for one time pattern's match, or None where it resolves to no date."""
    pattern = match.lastgroup
    try:
        expr = RESOLVERS[pattern](match.group, published, tense, ref)
    except (ValueError, KeyError, OverflowError):       # "February 30", a year out of range
        return None
    if expr is None:
        return None
    kind, when, anchor, days = expr
    return TimeExpr(match.start(), match.end(), kind, when, RANK[pattern], anchor, days,
                    pattern == "mon")


# Each resolver takes a match's group() and the publication date, the clause's tense and
# the day the story had reached (ref), and gives (kind, When, anchor, offset) or None.

def day_of_month(part: str):
    """The resolver of "Sept 13" and "13 September" (with or without their year)."""
    def resolve(g, published, tense, ref):
        month = MONTH_NUMBER[g(part + "_m").rstrip(".").lower()]
        day = int(re.sub(r"\D", "", g(part + "_d")))
        year = int(g(part + "_y")) if g(part + "_y") else nearest_year(month, day, published, tense)
        return "date", day_when(date(year, month, day)), "", 0
    return resolve


def weekday(g, published, tense, ref):
    """"on Tuesday", "last Friday"; "Monday's earthquake" also names what it dates; "on the
    Friday night" is the Friday of the story told so far, seen from the day it reached."""
    rel = g("wd_rel")
    if rel and rel.lower() == "the":
        published, rel = ref or published, None
    day = weekday_date(g("wd_d"), published, tense, rel)
    return "date", day_when(day), (g("wd_np") or "").strip(), 0


def relative_day(g, published, tense, ref):
    """"yesterday", "today", "tonight", "tomorrow", "last night", "this morning"."""
    shift = RELATIVE_DAYS[g("rday").lower()]
    return "date", day_when(published + timedelta(days=shift)), "", 0


def year_of(g, published, tense, ref):
    """"in 2022"; "since 2022" marks when a state began."""
    return "since" if g("yr_w").lower() == "since" else "date", year_when(int(g("yr_y"))), "", 0


def ago(g, published, tense, ref):
    """"three days ago", "a week ago", "two months ago", "a year ago"; not "more than 20
    years ago", which names no date."""
    if g("ago_q"):
        return None
    n, unit = number(g("ago_n")), g("ago_u")
    if unit in UNIT_DAYS:
        return "date", day_when(published - timedelta(days=n * UNIT_DAYS[unit])), "", 0
    if unit == "month":
        return "date", month_when(*shift_months(published, -n)), "", 0
    return "date", year_when(published.year - n), "", 0


def nth_day(g, published, tense, ref):
    """"on the 13th": that day of the month publication falls in, or of the month before
    when it would lie ahead of a past-tense clause (or behind a future-tense one)."""
    day = int(g("nth_d"))
    year, month = published.year, published.month
    if tense != "future" and day > published.day:
        year, month = shift_months(published, -1)
    elif tense == "future" and day < published.day:
        year, month = shift_months(published, 1)
    return "date", day_when(date(year, month, day)), "", 0


def offset(g, published, tense, ref):
    """"three days after his meeting with X" (anchored), "the day before the ship sailed
    on Friday" (from the day the clause after it names), "the day before it set out" (a
    clause: from ref, what a narrative counts from is what it has just told), or "two days
    later" (from ref)."""
    the = g("off_n").lower() == "the"
    days = (1 if the else number(g("off_n"))) * UNIT_DAYS[g("off_u")]
    sign = {**BEFORE_AFTER, **EARLIER_LATER}[g("off_dir")]
    if g("off_np"):
        named = [t.when.start for t in find_time_exprs(g("off_np"), published, tense)
                 if t.when and t.when.precision == "day"]
        if named:
            return "date", day_when(named[0] + timedelta(days=sign * days)), "", 0
        if not (the and ref) or g("off_noun"):
            return "anchor", None, g("off_np"), sign * days
    return ("date", day_when(ref + timedelta(days=sign * days)), "", 0) if ref else None


def next_day(g, published, tense, ref):
    """"the next day", "the day before", "hours later", "earlier in the day": from ref."""
    sign = 0 if g("nday_same") else \
        SEQUENCE[g("nday_w")] if g("nday_w") else BEFORE_AFTER[g("nday_d")]
    return ("date", day_when(ref + timedelta(days=sign)), "", 0) if ref else None


def clock_time(g, published, tense, ref):
    """"at 6 p.m.", "shortly before midnight" in a clause that tells what happened: the day
    the story had reached, or the day of publication if it has named none yet."""
    day = ref or published
    return ("date", day_when(day), "", 0) if tense in ("past", "perfect", "") else None


def happening(g, published, tense, ref):
    """"during their meeting", "after his summit with the king": dated by the happening named
    (not in a present-tense clause: "they typically report the day after the incident")."""
    return ("anchor", None, g("ana"), 0) if tense not in ("present", "perfect") else None


RESOLVERS = {
    "iso": lambda g, *_: ("date", day_when(date.fromisoformat(g("iso"))), "", 0),
    "mdy": day_of_month("mdy"), "dmy": day_of_month("dmy"),
    "my": lambda g, *_: ("date", month_when(int(g("my_y")), MONTH_NUMBER[g("my_m").rstrip(".")
                                                                       .lower()]), "", 0),
    "wd": weekday,
    "mon": lambda g, published, tense, ref: resolve_month(
        g("mon_w").lower(), MONTH_NUMBER[g("mon_m").rstrip(".").lower()], published, tense),
    "rday": relative_day,
    "per": lambda g, published, tense, ref: resolve_period(
        g("per_w").lower(), g("per_u"), published),
    "yr": year_of, "ago": ago, "nth": nth_day, "off": offset, "nday": next_day,
    "clock": clock_time,
    "ana": happening,
}


def resolve_month(word: str, month: int, published: date, tense: str):
    """A month named with a preposition ("in October", "last March")."""
    year, step = published.year, THIS_NEXT_LAST.get(word)
    if step == -1 or (tense == "past" and month > published.month):
        year -= month >= published.month
    elif step == 1 or tense == "future":
        year += month < published.month
    elif tense != "past" and abs(month - published.month) > 6:
        year += 1 if month < published.month else -1
    kind = "since" if word == "since" else "date"
    return kind, month_when(year, month), "", 0


def resolve_period(word: str, unit: str, published: date):
    """"last year", "this month", "this week", "last weekend": a year, a month, or the
    days of a week or a weekend (a window an undated clause may be placed in)."""
    step = THIS_NEXT_LAST[word]
    if unit == "year":
        return ("date", year_when(published.year + step), "", 0) if word != "past" else None
    if unit == "month":
        return ("date", month_when(*shift_months(published, step)), "", 0) \
            if word != "past" else None
    monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
    if word in ("past", "coming"):
        monday = published - timedelta(days=7) if word == "past" else published
    first, days = (monday + timedelta(days=5), 1) if unit == "weekend" else (monday, 6)
    return "week", When(first.isoformat(), first, first + timedelta(days=days), "week"), "", 0


# ---------------------------------------------------------------------------
# Clauses and tense
# ---------------------------------------------------------------------------
# One segmenter reads a sentence as its clauses: the main clause; clauses joined to
# it by "and", "but" or ";" with a verb and a date of their own; who said it, before
# or after what was said; relative clauses, with or without commas; leading and
# trailing participles; subordinate clauses. Each clause is dated by its own time
# expressions, in its own tense, and takes another's date only where the grammar says
# so: what was said takes the saying's date when it has none, a main clause takes a
# "when" clause's, and a clause whose subject is "Friday's quake" takes Friday.

QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")     # a quotation opened twice is not one
RELATIVE = re.compile(rf"(?<=[,”\"])\s*{alternation(RELATIVES)}\b[^,;—–]*")
SPEECH = re.compile(rf"\b{alternation(SPEECH_WORDS)}\b")
BARE_COMPLEMENT = re.compile(rf"\s{{1,3}}(?=(?:[A-Z][a-z]|{alternation(SUBJECT_WORDS)}\b"
                             rf"|[a-z]{{1,30}}s(?:\s{{1,3}}[\w’'-]{{1,30}}){{0,3}}\s{{1,3}}"
                             rf"{alternation(AUXILIARIES)}\b))")   # "said talks with X were"
THAT = re.compile(r"(?:\s+[\w’'-]+){0,5}?\s+that\b")
PARTICIPLE_OPENER = re.compile(r"^(?:After\s+|Upon\s+)?([A-Z][a-z]+ing)\b[^,]{0,150},")
TRAILING_PARTICIPLE = re.compile(r",\s+([a-z]+ing)\b[^,;]*")   # ", meeting the mayor next day"
SUBORDINATE = re.compile(rf"\b{alternation(SUBORDINATORS)}\s+"
                         r"(?!the\s+\w+\s*[,.;])[^,;—–]*")   # a clause with its own verb
LEAD_SUBORDINATE = re.compile(rf"^{alternation(w.capitalize() for w in LEAD_SUBORDINATORS)}"
                              r"\b[^,]{0,150},")
BE = alternation(TO_BE)
BE_TO = (rf"\b{BE}\s+(?:{alternation(BE_ADVERBS)}\s+)?"    # "is to", "was also expected to"
         rf"(?:{alternation(FUTURE_MARKERS['be ... to'])}\s+)?to\s")
FUTURE = re.compile(
    rf"\b(?:{alternation(FUTURE_MARKERS['auxiliary'])}"
    rf"|{alternation(FUTURE_MARKERS['intent'])}\s+to)\b"
    rf"|{BE_TO}"
    rf"|\b{alternation(FUTURE_MARKERS['to'])}\s+to\b|\b{alternation(FUTURE_MARKERS['alone'])}\b"
    rf"|\bdue\s+to\s+{alternation(DUE_TO_VERBS)}\b"
    rf"|\b{BE}\s+(?:\w+ly\s+)?{alternation(FUTURE_MARKERS['be ... for'])}\s+(?:for|on|at"
    rf"|in|back|{WEEKDAY})\b",                          # "a hearing is set for Thursday"
    re.I)                                               # "due to arrive", not "due to the rain"
# "as early as" names the earliest day a thing may happen or did: "the vote could come as
# soon as Friday" looks ahead, "he was detained as early as Sunday" does not.
EARLIEST = re.compile(rf"\bas\s+{alternation(FUTURE_MARKERS['as ... as'])}\s+as\b", re.I)
# "may" only in lower case ("in May" is a month); "could not" is no look ahead.
MODAL = re.compile(rf"\b(?:{alternation(MODAL_WORDS - MONTH_MODALS - {'could'})}"
                   rf"|(?-i:{alternation(MONTH_MODALS)}))\s+(?!have\b)"
                   r"|\bcould\s+(?!have\b|not\b)",
                   re.I)                                # "could come Friday": it looks ahead
MONTH_MODAL = re.compile(rf"\b{alternation(MONTH_MODALS)}\b")     # in lower case: no month
CASELESS_PRESENT = PRESENT_WORDS - MONTH_MODALS        # present in any case
IS_TO = re.compile(rf"\b{BE}\s+(?:(?:{alternation(BE_ADVERBS)}|\w+ly)\s+)?"
                   r"[“\"]to\s+[a-z]+", re.I)          # "is also “to visit ...”"
PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+|not\s+|also\s+)?(?:been\s+)?"
                     r"\w+(?:ed|en|wn|ne|t)\b", re.I)
# Words without which a tense pattern cannot match: the patterns run only when one is there.
FUTURE_WORDS = frozenset(part for words in FUTURE_MARKERS.values() for w in words
                         for part in re.findall("[a-z]{2,}", w))    # "won't": "won"
RELATIVE_PRESENT = re.compile(rf"\b{alternation(LINKING)}\s+(?:\w+ly\s+)?(?!was\b|has\b|is\b)"
                              r"[a-z]{2,}s\b")


@functools.lru_cache(maxsize=1 << 12)
def tense_of(text: str) -> str:
    """"future", "perfect", "past", "present", or "" (no verb): the tense a clause marks,
    what it quotes aside."""
    return tense_from(text)


def tense_from(text: str, words: set | None = None) -> str:
    """tense_of(), given the text's lower-case words if it is already split into them."""
    quotes = "“" in text or '"' in text
    bare = QUOTED.sub(" ", text) if quotes else text
    if words is None or quotes:
        words = set(WORD.findall(bare.lower()))
    looks_ahead = not words.isdisjoint(FUTURE_WORDS) or \
        "to" in words and not words.isdisjoint(TO_BE)
    if looks_ahead and future_marked(bare, words) or quotes and IS_TO.search(text):
        return "future"
    if "as" in words and not has_past_verb(words) and EARLIEST.search(bare):
        return "future"
    if ("has" in words or "have" in words) and PERFECT.search(bare):
        return "perfect"
    if not words.isdisjoint(MODAL_WORDS) and MODAL.search(bare):
        return "future"
    present = not words.isdisjoint(CASELESS_PRESENT) or \
        not words.isdisjoint(MONTH_MODALS) and bool(MONTH_MODAL.search(bare))
    if not present and has_past_verb(words):
        return "past"
    if not present and not words.isdisjoint(RELATIVES) and RELATIVE_PRESENT.search(bare):
        return "present"                    # "the festival, which closes Sunday"
    return "present" if present else ""


# FUTURE where none of FUTURE_WORDS is there: only its branch BE_TO can match. Four
# letters match ASCII ones under re.I though their lower case is no ASCII word (FOLDS).
FUTURE_BE_TO = re.compile(BE_TO, re.I)
FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")


def future_marked(bare: str, words: set) -> bool:
    """Whether FUTURE matches a text (its quotes blanked) with these lower-case words; the
    short pattern where the words leave only its shortest branch (most texts with "to")."""
    if words.isdisjoint(FUTURE_WORDS) and not FOLDS.search(bare):
        return FUTURE_BE_TO.search(bare) is not None
    return FUTURE.search(bare) is not None


STRETCH_END = re.compile(r"[,;—–]")


def third_person(verb: str) -> str:
    """A verb (of one word or more) in the third person singular: "runs out", "goes"."""
    first, _, rest = verb.partition(" ")
    if first.endswith("y") and first[-2:-1] not in "aeiou":
        first = first[:-1] + "ies"                          # "flies"
    else:
        first += "es" if first.endswith(("s", "sh", "ch", "x", "z", "o")) else "s"
    return f"{first} {rest}".strip()


# The verb a time is told right after, in the words before it (at most a few words
# between, no comma): a timetable's verb in the present simple looks ahead; a past verb of
# saying dates the saying. The nearest verb decides, whatever else the clause says.
SCHEDULED = re.compile(
    rf"(?:\b{alternation(map(third_person, SCHEDULE_VERBS))}"
    rf"|(?<=s\s){alternation(v for v in SCHEDULE_VERBS if v not in SCHEDULE_NOUNS)})"
    r"(?:\s+[\w’'.:-]+){0,3}?\s+\Z")
NOT_GAP = alternation(AUXILIARIES | MODAL_WORDS | {"that", "shall", "to"})
SAID_BEFORE = re.compile(
    rf"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bto\s)"
    rf"\b(?:{alternation(set(SAID_DAY_VERBS) - set(TELL_WORDS))}"
    rf"(?:\s+{alternation(SAID_WHERE + SAID_HOW)}\b(?:\s+(?!{NOT_GAP}\b)[\w’'.-]+){{0,5}}?)?"
    rf"|{alternation(set(SAID_DAY_VERBS) & set(TELL_WORDS))}"
    rf"(?:\s+(?!{NOT_GAP}\b)[\w’'.-]+){{1,4}}?)\s+\Z", re.I)
# A time that a verb follows is the subject of that verb, no date of the saying before it:
# "the mayor said Monday would be a day off".
SUBJECT_OF = re.compile(rf"(?:['’]s)?\s{{1,3}}(?:{alternation(AUXILIARIES | MODAL_WORDS)})\b")
VERB_REACH = 60         # characters before a time in which the verb it is told with is sought
# The first words of those verbs: a window without any cannot match, and most have none.
SCHEDULE_FIRSTS = frozenset(form.split()[0].lower() for verb in SCHEDULE_VERBS
                            for form in (verb, third_person(verb)))
SAID_FIRSTS = frozenset(verb.split()[0].lower() for verb in SAID_DAY_VERBS)
TOLD_WITH_FIRSTS = SCHEDULE_FIRSTS | SAID_FIRSTS


# ... and a past verb of saying right after a time that opens its clause ("On Saturday(,) the
# minister posted that ...") or stands after its subject ("the minister on Saturday posted").
SAID_AFTER = re.compile(rf"(?:\s+(?!{NOT_GAP}\b)[\w’'.-]+){{0,4}}?\s+"
                        rf"{alternation(SAID_DAY_VERBS)}\b", re.I)
OPENING = re.compile(r"\W*(?:[A-Za-z]+\W+){0,2}\Z")   # nothing before it but "Late on"
LETTERS = re.compile(r"[a-z]+")     # the words of a lower-cased window, as the verbs are found


def tense_told_with(text: str, pos: int, end: int) -> str:
    """The tense the verb told with the time at text[pos:end] gives it: "future" right after
    a timetable's verb ("expires on"), "past" right after a past verb of saying ("said in a
    post on"), or right before one when the time opens its clause ("On Saturday the
    minister posted"); else "" (also when the time is the subject of a verb after it)."""
    start = max(0, pos - VERB_REACH)
    if TOLD_WITH_FIRSTS.isdisjoint(LETTERS.findall(text[start:end + VERB_REACH + 1].lower())):
        return ""                           # no such verb near it: most times
    before = text[start:pos]
    words = set(LETTERS.findall(before.lower()))
    if not words.isdisjoint(SCHEDULE_FIRSTS) and SCHEDULED.search(before):
        return "future"
    if not words.isdisjoint(SAID_FIRSTS) and SAID_BEFORE.search(before) and \
            not SUBJECT_OF.match(text, end):
        return "past"
    opens = pos <= VERB_REACH and OPENING.match(text, 0, pos) is not None
    after = end + 1 if opens and text[end:end + 1] == "," else end
    window = text[after:after + VERB_REACH]
    return "past" if not SAID_FIRSTS.isdisjoint(LETTERS.findall(window.lower())) and \
        SAID_AFTER.match(window) else ""


def local_tense(text: str, pos: int, clause_tense: str, end: int) -> str:
    """The tense of the time at text[pos:end]: that of the verb it is told with
    (tense_told_with), else its stretch between commas (or semicolons, or dashes), else its
    clause's; a stretch that tells something past ("sank on Monday") is past whatever else
    it says."""
    near = tense_told_with(text, pos, end)
    if near:
        return near
    start = max(text.rfind(c, 0, pos) for c in ",;—–") + 1
    stop = STRETCH_END.search(text, pos)
    stretch = text[start:stop.start() if stop else len(text)]
    tense = tense_of(stretch)
    if tense == "present" and told_as_past(stretch):
        return "past"
    return tense or clause_tense


def told_as_past(text: str) -> bool:
    """Whether a stretch of text has a verb in the past tense ("sank", "was", "reopened")."""
    return has_past_verb(set(WORD.findall(QUOTED.sub(" ", text).lower())))


def has_past_verb(words: set) -> bool:
    """Whether lower-case words include a verb in the past tense."""
    return not words.isdisjoint(PAST_WORDS) or any(w.endswith("ed") for w in words)


AHEAD = re.compile(rf"\b{alternation(BEFORE_WORDS)}\s+\Z", re.I)
LAST_WORDS = re.compile(r"(?:[\w’'-]+\W+){0,4}\Z")


def possessive_tense(text: str, pos: int, clause_tense: str, noun: str = "") -> str:
    """The tense a possessive weekday ("Sunday's blast") is read in: forward after "ahead
    of" or "before", else the tense of the few words before it ("miners killed in"), else
    past unless its clause looks ahead or its noun is a time limit not told as past: a named
    happening has usually happened, a deadline is usually to come."""
    before = text[max(0, pos - 60):pos]
    if AHEAD.search(before):
        return "future"
    near = LAST_WORDS.search(before)
    tense = tense_of(near.group()) if near else ""
    if tense:
        return tense
    if clause_tense != "past" and DEADLINE.match(noun):
        return "future"
    return "future" if clause_tense == "future" else "past"


DEADLINE = re.compile(rf"\s{{0,3}}{alternation(DEADLINE_NOUNS)}\b", re.I)


class Span(NamedTuple):
    """A stretch of a sentence outside its main clause: a coordinated clause with a date of
    its own ("part"), who said it ("frame"), or a subordinate clause ("sub")."""
    start: int
    end: int
    kind: str


COORDINATOR = re.compile(rf";\s{{1,3}}|,?\s{{1,3}}{alternation(COORDINATORS)}\s{{1,3}}"
                         rf"(?:then\s{{1,3}})?|,\s{{1,3}}{alternation(COMMA_COORDINATORS)}\s{{1,3}}")
ACCORDING = re.compile(r"\s*according\s+to\b", re.I)
COMMA = re.compile(r",\s+")
VERB_AFTER = re.compile(r"\s*,?\s*([a-z]+)\b")
PARTICIPIAL = re.compile(rf",\s+((?:[a-z]+(?:ed|en|wn))|{alternation(IRREGULAR_PARTICIPLES)})"
                         r"\b[^,;]{0,200},")


def looks_like_verb(word: str) -> bool:
    """Whether a lower-case word reads as a finite verb or an auxiliary."""
    return word in AUXILIARIES or word in PAST_WORDS or (word.endswith("ed") and len(word) > 3)


def clause_spans(text: str, exprs: list, words: set) -> list:
    """The Spans of a sentence outside its main clause, found in one pass per kind of
    clause: coordinated clauses with their own dates, who said it (before or after what
    was said), relative, participial and subordinate clauses. exprs are the (start, end)
    of its time expressions, words its lower-case words (each pattern runs only where its
    words are)."""
    bare = QUOTED.sub(lambda q: " " * len(q.group()), text) if "“" in text or '"' in text \
        else text
    parts = coordinated_parts(bare, exprs)
    spans = [Span(s, e, "part") for s, e in parts[1:]]
    speech = not words.isdisjoint(SPEECH_WORDS) or "according" in words
    if speech:
        dateless = blanked(bare, exprs)
        for start, end in parts:
            spans += frames(bare, dateless, start, end, exprs)
    spans += [Span(*s, "sub") for s in subordinate_spans(bare, exprs, words)]
    spans += restrictive_relatives(bare, exprs, words)
    spans += [Span(m.start(1), m.end() - 1, "sub") for m in PARTICIPIAL.finditer(bare)
              if has_expr(exprs, m.start(1), m.end()) and
              has_expr(exprs, m.end(), len(bare)) and tense_of(bare[m.end():m.end() + 200])]
    return spans


def has_expr(exprs: list, start: int, end: int) -> bool:
    """Whether a time expression lies inside [start, end); exprs are sorted and disjoint."""
    i = bisect.bisect_left(exprs, start, key=lambda e: e[0])
    return i < len(exprs) and exprs[i][1] <= end


def in_expr(exprs: list, pos: int) -> bool:
    """Whether pos lies inside a time expression."""
    i = bisect.bisect_right(exprs, pos, key=lambda e: e[0]) - 1
    return i >= 0 and exprs[i][0] <= pos < exprs[i][1]


def coordinated_parts(text: str, exprs: list) -> list:
    """(start, end) of each clause of a sentence joined by "and", "but" or ";": split only
    where the left side carries a time expression and the right side has a verb of its own
    (outside its subordinate clauses), and either a time expression ("cancelled all sailings
    on Tuesday and resumed them on Wednesday") or a subject that names an actor of its own
    (new_actor: "landed on Tuesday and the FSB closed the case"); or where the right side,
    with no verb, tells the left again on a day of its own ("shelled the town on Monday and
    again on Wednesday")."""
    cuts, depth, last = [], 0, 0
    relatives = [m.span() for m in RELATIVE.finditer(text)]
    for m in COORDINATOR.finditer(text):
        depth += text.count("(", last, m.start()) - text.count(")", last, m.start())
        last = m.start()
        if depth <= 0 and not in_expr(exprs, m.start()) and \
                not any(a <= m.start() < b for a, b in relatives) and \
                not closes_range(text, exprs, m.start()):
            cuts.append(m)
    parts, start = [], 0
    dateless = blanked(text, exprs) if cuts else text   # "and May 2023" has no verb: "May"
    for i, cut in enumerate(cuts):                      # is a month there
        end = cuts[i + 1].start() if i + 1 < len(cuts) else len(text)
        if not has_expr(exprs, start, cut.start()):
            continue
        left = SPEECH.sub(" ", text[start:cut.start()])    # not "said a team of search
        rest = dateless[cut.end():end]                      # and rescue ..."
        right = tense_of(SUBORDINATE.sub(" ", rest) if SUBORDINATE.search(rest) else rest)
        if right:
            split = has_expr(exprs, cut.end(), len(text)) or (
                right == "past" and new_actor(text, cut.end(), end) and   # "the United
                tense_of(INNER_NAME.sub(" ", left)) == "past")    # States, South Korea and
                                                                  # Japan held talks"
        else:                                           # "... and again on Wednesday"
            split = has_expr(exprs, cut.end(), end) and elliptic(rest)
        if split and tense_of(left):
            parts.append((start, cut.start()))
            start = cut.end()
    return parts + [(start, len(text))]


REPEAT_WORD_SET = frozenset(w for phrase in REPEAT_WORDS for w in phrase.split())


def elliptic(text: str) -> bool:
    """Whether a joined clause, its times blanked, tells the clause before it again: up to
    its first comma it has words, and all of them are REPEAT_WORDS ("and again on")."""
    comma = text.find(",")
    words = WORD.findall((text if comma < 0 else text[:comma]).lower())
    return bool(words) and REPEAT_WORD_SET.issuperset(words)


INNER_NAME = re.compile(r"(?<=\s)[A-Z][\w'’-]*")     # a name, not a sentence's first word


def new_actor(text: str, start: int, end: int) -> bool:
    """Whether the words at start (after "and" or "but") open a clause whose subject names
    an actor the sentence has not named before: "and the FSB quietly closed", "and Mayor
    Lund said", not "and the ferries stopped", nor "and Velmora from entering ..."."""
    subject = clause_subject(text, start, end)
    return bool(subject) and not names_in(subject) <= names_in(text[:start])


def clause_subject(text: str, start: int, end: int) -> str:
    """The subject of the clause at start, a noun phrase its verb follows in the past
    ("the prosecutors | quietly closed"), or "" if the words there open no such clause."""
    words = text[start:end].split(",", 1)[0].split(None, SUBJECT_REACH + 1)[:SUBJECT_REACH + 1]
    if not words or not (words[0][0].isupper() or words[0] in CLAUSE_SUBJECTS):
        return ""
    for i, word in enumerate(words[1:], 1):
        word = word.strip(".;:!?\"'”’)").lower()
        if has_past_verb({word}) and "-" not in word:
            return " ".join(words[:i])
        if word in PHRASE_BREAKS:           # the noun phrase ends, and no verb came
            return ""
    return ""


BETWEEN = re.compile(r"\b[Bb]etween\s{1,3}\Z")


def closes_range(text: str, exprs: list, pos: int) -> bool:
    """Whether the "and" at pos closes a range: "between May 2022 and May 2023" is one time,
    dated by its first end."""
    return any(end == pos and BETWEEN.search(text, max(0, start - 12), start)
               for start, end in exprs)


def frames(text: str, dateless: str, start: int, end: int, exprs: list) -> list:
    """The Spans of one clause that say who said it: "Officials said on Tuesday that ..."
    (the saying before what it reports, when the saying is all that part says), and
    ", the coast guard said Monday" or ", according to X" (after it)."""
    found = []
    comp = complement_start(text, start, end, exprs)
    if comp is not None:
        said = SPEECH.sub(lambda v: " " * len(v.group()), dateless[start:comp])
        if not tense_of(said):
            found.append(Span(start, comp, "frame"))
        else:                               # "He arrived on Monday and said that ..."
            found.append(Span(comp, end, "sub"))
    cuts = [m.start() for m in COMMA.finditer(text, start, end)]
    for a, b in zip(cuts, cuts[1:] + [end]):
        segment = text[a + 1:b]
        first = segment.split(None, 1)[:1]
        if ACCORDING.match(segment) or first and first[0].lower() not in OPENERS and \
                len(segment.split()) <= 16 and attribution(text, a + 1, b, exprs):
            found.append(Span(a, b, "frame"))
    return found


def attribution(text: str, start: int, end: int, exprs: list) -> bool:
    """Whether text[start:end] is a bare attribution: a speech verb with nothing reported
    after it ("the ministry said in a statement on Monday")."""
    verb = SPEECH.search(text, start, end)
    if verb is None:
        return False
    pos = skip_exprs(text, verb.end(), exprs)
    return not THAT.match(text, pos, end) and not BARE_COMPLEMENT.match(text, pos, end)


ON = re.compile(r"\s*(?:on\s+)?")


def skip_exprs(text: str, pos: int, exprs: list) -> int:
    """The position after the time expressions that directly follow pos ("said on Friday")."""
    while True:
        i = bisect.bisect_left(exprs, pos, key=lambda e: e[0])
        if i == len(exprs) or exprs[i][0] > ON.match(text, pos).end():
            return pos
        pos = exprs[i][1]


def complement_start(text: str, start: int, end: int, exprs: list):
    """Where the reported content of "X said (that) ..." begins, if a speech verb in
    text[start:end] is followed by it."""
    for verb in SPEECH.finditer(text, start, end):
        pos = skip_exprs(text, verb.end(), exprs)
        that = THAT.match(text, pos, end)
        if that:
            return that.end()
        if verb.group() not in TELL_WORDS and BARE_COMPLEMENT.match(text, pos, end):
            return pos
    return None


def restrictive_relatives(text: str, exprs: list, words: set) -> list:
    """Relative clauses without commas that end in a time expression, the main verb right
    after them ("A strike that started on Tuesday ended on Saturday"), or anywhere when
    the sentence has another time expression outside them ("search operations resumed on
    Wednesday for a ferry that capsized on Sunday")."""
    if words.isdisjoint(LINKING):
        return []
    found = []
    for m in RESTRICTIVE.finditer(text):
        if not looks_like_verb(m.group(1).lower()):
            continue
        i = bisect.bisect_left(exprs, m.end(), key=lambda e: e[0])
        expr = exprs[i] if i < len(exprs) else None
        if expr is None or expr[0] - m.end() > 200 or "," in text[m.end():expr[0]]:
            continue
        after = VERB_AFTER.match(text, expr[1])
        if after and looks_like_verb(after.group(1)) or i > 0:     # a date before it too
            found.append(Span(m.start(), expr[1], "sub"))
    return found


RESTRICTIVE = re.compile(rf"(?<!,)\s{alternation(LINKING)}\s+(?:(?:had|has|have)\s+)?"
                         r"(?:been\s+)?([A-Za-z]+)\b")


def subordinate_spans(text: str, exprs: list, words: set) -> list:
    """(start, end) of the relative, participial and subordinate clauses of a sentence."""
    spans = [m.span() for m in RELATIVE.finditer(text)] if not words.isdisjoint(RELATIVES) else []
    opener = PARTICIPLE_OPENER.match(text)
    if opener and opener.group(1).lower() not in SAME_TIME_PARTICIPLES:
        spans.append((0, opener.end()))
    lead = LEAD_SUBORDINATE.match(text)
    if lead:
        spans.append((0, lead.end()))
    if "ing " in text:
        spans += [(m.start(1), m.end()) for m in TRAILING_PARTICIPLE.finditer(text)
                  if m.group(1) not in SAME_TIME_PARTICIPLES]
    if not words.isdisjoint(SUBORDINATORS):
        spans += [m.span() for m in SUBORDINATE.finditer(text, 1) if tense_of(m.group())]
    return spans


# ---------------------------------------------------------------------------
# Terms: the content words a clause is compared by
# ---------------------------------------------------------------------------

def verb_entries(verbs: str) -> list:
    """(forms, particles) of each verb of a list: "leave/left" gives (("leave", "left"), ()),
    "pull out" (("pull",), ("out",))."""
    entries = []
    for entry in verbs.split(","):
        head, *particles = entry.split()
        entries.append((tuple(head.split("/")), tuple(particles)))
    return entries


# Irregular forms to their base form, so that "left" and "leave" are one term.
IRREGULAR = {form: forms[0] for verbs in (IRREGULAR_VERBS, *(v for v, _ in HAPPENINGS.values()))
             for forms, _ in verb_entries(verbs) for form in forms[1:]}
TRANSLITERATION = (("dzh", "j"), ("zh", "j"), ("kh", "h"), ("ph", "f"), ("sch", "sh"))
WORD = re.compile(r"[^\W_]+")
_STEMS: dict = {}


def stem(word: str) -> str:
    """A crude stem of a lower-case word, so that "visited", "visits" and "visit" agree."""
    found = _STEMS.get(word)
    if found is None:
        found = spelled_stem(word)
        found = _STEMS[word] = BRITISH_STEMS.get(found, found)   # "grey" ~ "gray"
    return found


def spelled_stem(word: str) -> str:
    """stem() of a word as it is spelled: its British words not yet read as American."""
    word = IRREGULAR.get(word, word)
    if not word.isascii() or DIGIT.search(word):
        return re.sub(r"(?<=\d)[a-z]+$", "", word)      # F-16C ~ F-16, A320neo ~ A320
    for old, new in TRANSLITERATION:                     # Zhukov ~ Jukov, Kharkiv ~ Harkiv
        word = word.replace(old, new)
    for suffix in ("ations", "ation", "ings", "ing", "edly", "ed", "ies", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[:-len(suffix)] + ("y" if suffix == "ies" else "")
            break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiousl":
        word = word[:-1]                                 # planned -> plann -> plan
    for british, american in BRITISH_ENDINGS if len(word) > 4 else ():
        if word.endswith(british):
            word = word[:-len(british)] + american
            break
    return word.replace("y", "i") if len(word) > 3 else word


BRITISH_STEMS = {spelled_stem(british): spelled_stem(american) for british, american
                 in map(str.split, BRITISH_WORDS.split(","))}


@functools.lru_cache(maxsize=1 << 12)
def terms(text: str) -> tuple:
    """The content terms of a text: stems of its words, stop words left out."""
    return terms_of_words(WORD.findall(text.lower()))


_TERM_OF_WORD: dict = {}    # a lower-case word -> its term, or "" for none (a cache)


def terms_of_words(words: list) -> tuple:
    """terms() of a text already split into lower-case words."""
    seen, known = {}, _TERM_OF_WORD
    for word in words:
        term = known.get(word)
        if term is None:
            term = known[word] = stem(word) if word not in STOPWORDS and \
                (len(word) > 1 or word.isdigit()) else ""
        if term:                            # (a stem is never empty)
            seen[term] = None
    return tuple(seen)


# ---------------------------------------------------------------------------
# Dating: from sentences to mentions of happenings
# ---------------------------------------------------------------------------


def mentions_of(article: Article, rank: int, sents: list) -> list:
    """The mentions of one article's sentences: each clause that tells a happening, dated
    where it can be. Under a live blog's date heading, the heading's day stands for the
    day the story reached and dates the clauses that have no date of their own."""
    found, ref, heading, day = [], None, "", None
    for sent in sents:
        if sent.heading != heading:
            heading, day = sent.heading, heading_day(sent.heading, article.published)
            ref = day or ref
        if len(sent.text.split(maxsplit=3)) < 4:       # (its first four words suffice)
            continue                                    # a fragment, not a sentence
        new = sentence_mentions(article, rank, sent, ref, day)
        days = [(m.main, m.when.start) for m in new
                if m.explicit and m.when and m.when.precision == "day"]
        ref = max(days)[1] if days else ref     # a main clause's day, else another clause's
        found.extend(new)
    return told_on_narrative_day(found)


def told_on_narrative_day(found: list) -> list:
    """The mentions of one article, each clause dated only by the day it was said ("He also
    visited the aquarium, the agency said on Monday") that goes on with its paragraph's
    narrative (opened as a continuation, in the past tense, no shift such as "earlier")
    dated by the day that narrative had reached, when that lies before the saying: the day
    a report came out bounds what it tells, it does not date it."""
    result, day, where = [], None, None
    for m in found:
        if m.main:
            if m.paragraph != where:
                where, day = m.paragraph, None
            if m.said and day and day < m.when.start and m.tense == "past" and \
                    CONTINUATION.match(m.text) and not SHIFT.search(m.text) and \
                    not LEAP.search(m.text):
                m = m._replace(when=day_when(day))
            elif m.when and m.when.precision == "day" and not m.said:
                day = m.when.start
            elif m.when or m.window or m.anchor:
                day = None                          # another time: the narrative left it
        result.append(m)
    return result


def heading_day(heading: str, published: date) -> date | None:
    """The day a date heading names, seen from the publication date."""
    days = sorted((t.rank, t.when.start) for t in find_time_exprs(heading, published, "past")
                  if t.when and t.when.precision == "day") if heading else []
    return days[0][1] if days else None


def sentence_mentions(article: Article, rank: int, sent: Sentence, ref, day=None) -> list:
    """The mentions of one sentence: its main clause, and each subordinate one with a date.
    A sentence retold word for word is read once (for one publication date). Under a date
    heading (day), weekdays are read from that day, and the main clause is dated by it."""
    seen = day or article.published
    found, uses_ref = read_sentence(sent.text, seen, None)
    if uses_ref and ref is not None:        # "the next day": counted from the story so far
        found, _ = read_sentence.__wrapped__(sent.text, seen, ref)
    head = (article.id, rank, sent.index, sent.paragraph, sent.section)
    found = [NEW_TUPLE(Mention, head + m[5:]) for m in found]
    if day:
        found = [m._replace(when=day_when(day), explicit=True) if m.main and not m.when
                 and not m.anchor else m for m in found]
    return found


@functools.lru_cache(maxsize=1 << 15)
def read_sentence(text: str, pub: date, ref: date | None) -> tuple:
    """(the mentions of a sentence, whether they depend on ref: the day the story had
    reached). The mentions carry no article or position yet."""
    lower = WORD.findall(text.lower())
    words = set(lower)
    marks = digit_marks(text)
    matches = time_matches(text, words | marks if marks else words)
    if not matches:
        return undated_mention(text, lower, words), False
    uses_ref = any(m.lastgroup in ("nday", "clock") or m.lastgroup == "off"
                   and (not m.group("off_np") or m.group("off_n").lower() == "the"
                        and not m.group("off_noun")) or m.lastgroup == "wd" and m.group("wd_rel")
                   and m.group("wd_rel").lower() == "the" for m in matches)
    spans = clause_spans(text, [m.span() for m in matches], words)
    by_clause = dated_clauses(text, matches, spans, pub, ref, words)
    return clause_mentions(text, spans, by_clause), uses_ref


def innermost(spans: list, pos: int):
    """The smallest span that holds a position, or None (the main clause)."""
    inner = [s for s in spans if s.start <= pos < s.end]
    return min(inner, key=lambda s: s.end - s.start) if inner else None


def clause_text(text: str, spans: list, span) -> str:
    """The words of one clause (None: the main clause), the clauses inside it blanked; every
    position kept, so that text[i] and the result[i] are the same character or a blank."""
    if span is None:
        return blanked(text, [(s.start, s.end) for s in spans])
    inside = [(s.start, s.end) for s in spans if span.start <= s.start and s.end <= span.end
              and s != span]
    return blanked(text, inside + [(0, span.start), (span.end, len(text))])


def dated_clauses(text: str, matches: list, spans: list, pub: date, ref: date | None,
                  sentence_words: set) -> dict:
    """The resolved time expressions of a sentence by the clause they stand in: its Span,
    or None for the main clause. Each is resolved in its own clause's tense, and "the next
    day" counts from the day the sentence named before it (sentence_words: its lower-case
    words)."""
    quoted = [q.span() for q in QUOTED.finditer(text)]
    totals = total_periods(text, matches, sentence_words)
    by_clause, here, texts = {}, None, {}   # here: the last day this sentence named
    for match in matches:
        if (match.lastgroup == "rday" or match.lastgroup == "nday" and match.group("nday_lead")) \
                and any(a < match.start() < b for a, b in quoted):
            continue                        # "today we stand together," he said; "that
                                            # night", as a speaker tells it, is the speaker's
        if any(a <= match.start() < b for a, b in totals):
            continue                        # "86 million between May 2022 and May 2023"
        if in_other_zone(text, matches, match):
            continue                        # "at 8:50 a.m., 22:50 GMT on Thursday"
        if TIME_SUBJECT.match(text, match.end()):
            continue                        # "this year marks the 75th anniversary"
        span = innermost(spans, match.start())
        if span not in texts:
            words = clause_text(text, spans, span)
            texts[span] = (words, tense_of(words))
        words, tense = texts[span]
        if match.lastgroup == "wd" and match.group("wd_np"):
            tense = possessive_tense(words, match.start(), tense, match.group("wd_np"))
        else:
            tense = local_tense(words, match.start(), tense, match.end())
        expr = resolved(match, pub, tense, here or ref)
        if expr and expr.kind == "date" and SINCE.search(text, max(0, match.start() - 8),
                                                         match.start()):
            expr = expr._replace(kind="since")      # "visiting since Wednesday": it began then
        if expr:
            by_clause.setdefault(span, []).append(expr)
            if expr.when and expr.when.precision == "day":
                here = expr.when.start
    return by_clause


PERIOD = rf"(?:{MONTH}\s+(?:of\s+)?{YEAR}|{MONTH}|{YEAR})"
PERIOD_RANGE = re.compile(rf"\b{alternation(RANGE_OPENS, True)}\s+{PERIOD}{RANGE_TO}{PERIOD}")
RANGE_OPEN_WORDS = frozenset(w.lower() for w in RANGE_OPENS)


def total_periods(text: str, matches: list, words: set) -> list:
    """(start, end) of each range of months or years in a sentence that tells a figure (a
    number outside its times): the period of a total, which dates no happening."""
    if words.isdisjoint(RANGE_OPEN_WORDS):
        return []
    ranges = [m.span() for m in PERIOD_RANGE.finditer(text)]
    if not ranges or not DIGIT.search(blanked(text, [m.span() for m in matches])):
        return []
    return ranges


TIME_SUBJECT = re.compile(rf"\s{{1,3}}{alternation(TIME_SUBJECT_VERBS)}\b")
# A clock time in GMT or in another place's time ("22:50 GMT", "01:11 Moscow time") and
# the day after it: the same moment told again where the day may be another.
ZONE = r"(?:GMT|UTC|[A-Z][a-z]{1,20}\s+time)\b"
OTHER_ZONE = re.compile(rf"\d(?:\s?[ap]\.?m\.?)?\s?{ZONE}\s{{1,3}}(?:on\s{{1,3}})?\Z")
ZONE_AFTER = re.compile(rf"\s?{ZONE}")


def in_other_zone(text: str, matches: list, match) -> bool:
    """Whether a time expression tells again, in another zone, a moment the sentence gave
    first in the place's own time ("pulled in at 8:50 a.m. local time, still 22:50 GMT on
    Thursday"): neither that clock time nor its day is the happening's."""
    clocks = sum(m.lastgroup == "clock" and m.start() < match.start() for m in matches)
    if match.lastgroup == "clock":
        return clocks >= 1 and ZONE_AFTER.match(text, match.end()) is not None
    return clocks >= 2 and OTHER_ZONE.search(text, max(0, match.start() - 40),
                                             match.start()) is not None


SUBJECT = 12    # characters into its clause a possessive date may start and still be the
                # subject's, dating the clause ("Last Thursday's explosion killed four")
SAME_TIME = re.compile(rf"\s*,?\s*{alternation(SAME_TIME_WORDS)}\b", re.I)  # the main's time


def clause_mentions(text: str, spans: list, by_clause: dict) -> tuple:
    """The mentions of a sentence: its main clause and each clause joined to it with a date
    of its own; each subordinate clause with a date of its own; each noun a weekday dates
    ("hit by Monday's earthquake"); and each happening a dated main clause counts from
    ("three days after his meeting with X"). Who said it makes no entry: its date dates
    what was said, when that has no date of its own."""
    dateless = blanked(text, [(t.start, t.end - len(t.anchor)) for exprs in by_clause.values()
                              for t in exprs if t.kind != "anchor"])   # "Sept 13" is no content
                                                      # word; "Monday's quake" keeps "quake"
    parts = [None] + [s for s in spans if s.kind == "part"]
    said = [s for s in spans if s.kind == "frame" and by_clause.get(s)]
    undated_said = next((s for s in spans if s.kind == "frame" and s.start == 0
                         and not by_clause.get(s)), None)    # "Aldis said Lund would stay"
    dated = [s for s in spans if s.kind == "sub"
             and any(t.kind != "anchor" for t in by_clause.get(s, ()))]
    main_own = [t for t in by_clause.get(None, []) if t.kind != "anchor" and not t.anchor]
    when = next((s for s in dated if SAME_TIME.match(text, s.start)), None) \
        if not main_own and not said else None
    if when:                        # "was washing dishes when the walls came down on Friday"
        by_clause.setdefault(None, []).extend(by_clause[when])
        dated.remove(when)
    of_noun = [t for p in parts for t in by_clause.get(p, []) if t.kind == "date" and t.anchor
               and (not WITHIN.search(text, max(0, t.start - 8), t.start) or any(
                   x.kind == "date" and not x.anchor for x in by_clause.get(p, [])))]
    base = dict(article="", rank=0, sentence=0, paragraph=0, section=0, text=text)
    main_words = clause_text(text, spans, None)
    result, before, apart = [], [], set()     # before: the time of the clause before
    for part in parts:
        own, frame = [t for t in by_clause.get(part, []) if t not in of_noun], None
        if not any(t.kind != "anchor" for t in own):    # "Saturday's marathon was cut short"
            subject = [t for t in of_noun if t.start - (part.start if part else 0) <= SUBJECT]
            own += subject
            of_noun = [t for t in of_noun if t not in subject]
        if not any(t.kind != "anchor" for t in own):
            frame = next((s for s in said if (part.start <= s.start < part.end if part else
                                              not any(p.start <= s.start < p.end
                                                      for p in parts[1:]))), None)
            own += by_clause.get(frame, []) if frame else []
        new = part is not None and new_actor(text, part.start, part.end)
        if new:                             # a subject of its own: told then, unless it says
            own = own if any(t.kind != "anchor" for t in own) else own + before    # when
        before = [t for t in own if t.kind != "anchor"] or before     # "and X did Y": then
        if part is None:
            words = blanked(dateless, [(s.start, s.end) for s in parts[1:] + dated])
            tense = tense_of(main_words)
        else:
            inner = [(s.start, s.end) for s in dated if part.start <= s.start < part.end]
            words = blanked(dateless, inner)[part.start:part.end]
            if elliptic(words):             # "... and again on Wednesday": the clause before
                words = told + words        # told again, in its tense
            else:
                tense = tense_of(clause_text(text, spans, part))
        told = words
        if frame:                           # dated by the saying: told as said, not planned
            tense = tense_of(text[frame.start:frame.end]) or tense
        elif part is None and not own and tense not in ("past", "") and undated_said:
            tense = tense_of(text[undated_said.start:undated_said.end]) or tense  # as in
        mention = clause_mention(base, words, tense, own, True)     # undated_mention()
        if new and result and not (mention.frame.kinds and result[0].frame.kinds and kinds_agree(
                mention.frame.kinds, result[0].frame.kinds)):     # "reached X and the mayor
            apart.add(part)                 # welcomed them": one visit; else two happenings
        if frame and mention.when:          # a joined clause dated by the saying alone
            mention = mention._replace(said=True, quote=text[part.start:].lstrip(" ,;")
                                       if part else "")   # cites its own words and the saying
        elif part in apart:                 # cites its own words
            mention = mention._replace(quote=text[part.start:part.end].strip(" ,;"))
        if result and mention.when and result[0].when == mention.when and part not in apart:
            frame = joined_frame(result[0].frame, mention.frame)
            result[0] = result[0]._replace(terms=with_kinds(result[0].terms + mention.terms,
                                                            frame), frame=frame)
        else:                               # joined clauses of one day tell one happening
            result.append(mention)
    subject = subject_terms(main_words)
    for span in dated:
        own = [t for t in by_clause[span] if t.kind != "anchor"]
        mention = clause_mention(base, dateless[span.start:span.end],
                                 tense_of(text[span.start:span.end]), own, False, subject)
        result.append(mention._replace(aside=RELATIVE.match(text, span.start) is not None))
    for t in of_noun:
        frame = frame_of(t.anchor)
        result.append(Mention(**base, terms=with_kinds(terms(t.anchor), frame), when=t.when,
                              tense="past", main=False, explicit=True, frame=frame))
    head = result[0]
    if head.explicit and head.when.precision == "day":
        for t in (t for exprs in by_clause.values() for t in exprs):
            if t.kind == "anchor" and t.offset:
                day = head.when.start - timedelta(days=t.offset)
                frame = frame_of(t.anchor)
                result.append(Mention(**base, terms=with_kinds(terms(t.anchor), frame),
                                      when=day_when(day), tense="past", main=False,
                                      explicit=True, frame=frame,
                                      quote=t.anchor if tense_of(t.anchor) else ""))
    return quoted_apart(tuple(result), text, parts, bool(apart))


def quoted_apart(found: tuple, text: str, parts: list, apart: bool = False) -> tuple:
    """The mentions of a sentence that tells more than one day or (apart) clauses whose
    subjects name actors of their own, each citing only its own words where they stand
    alone as a clause: the main clause up to the first clause joined to it ("The dam burst
    on Sunday | and ..."), a clause whose subject names an actor of its own ("and | the FSB
    closed the case"), a happening another is counted from ("three days after | the rebels
    turned back"). Every other mention (what a noun names: "Sunday's blast"), and every
    mention of a sentence of one day and one happening, cites the whole sentence."""
    if not apart and len({m.when for m in found if m.when}) < 2:
        return tuple(m._replace(quote="") for m in found) if any(m.quote for m in found) \
            else found
    head = found[0]
    if len(parts) > 1 and (head.when or apart) and head.main:
        piece = text[:parts[1].start].rstrip()
        joiner = JOINER_END.search(piece, max(0, len(piece) - 12))
        piece = piece[:joiner.start()] if joiner else piece
        found = (head._replace(quote=piece.rstrip(" ,;")),) + found[1:]
    return found


JOINER_END = re.compile(rf"(?:[,;]|\s{alternation(COORDINATORS)}(?:\s+then)?)\Z")


def undated_mention(text: str, lower: list, words: set) -> tuple:
    """The mention of a sentence with no time expression, if it may be placed at all: only
    a main clause in the past tense (or with no verb) can join a dated happening. `lower`
    and `words` are its lower-case words, in order and as a set."""
    tense = tense_from(text, words)
    if tense not in ("past", ""):           # its main clause may still be in the past
        spans = subordinate_spans(text, [], words)
        comp = complement_start(text, 0, len(text), []) if not words.isdisjoint(SPEECH_WORDS) \
            else None
        spans += [(comp, len(text))] if comp is not None else []
        tense = tense_of(blanked(text, spans)) if spans else tense
        if tense not in ("past", ""):
            return ()
    frame = Frame(kinds_of(lower), text)
    return (Mention("", 0, 0, 0, 0, text, with_kinds(terms_of_words(lower), frame), None,
                    tense, True, False, frame=frame),)


SINCE = re.compile(r"\b[Ss]ince\s+\Z")
WITHIN = re.compile(rf"\b{alternation(WITHIN_WORDS, True)}\s+\Z")   # "during Monday's debate"


def blanked(text: str, spans) -> str:
    """The text with the given spans blanked out, every other character where it was."""
    if not spans:
        return text
    pieces, pos = [], 0
    for start, end in sorted(spans):
        start = max(start, pos)
        if end > start:
            pieces += [text[pos:start], " " * (end - start)]
            pos = end
    return "".join(pieces) + text[pos:]


def subject_terms(main_text: str) -> tuple:
    """Terms of the first run of capitalised words of a main clause: its likely subject."""
    run = re.search(r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}", main_text.lstrip(" ,"))
    return terms(run.group()) if run else ()


def stems(words: str) -> frozenset:
    return frozenset(map(stem, words.split()))


# Frames: each clause read as a kind of happening (from HAPPENINGS), who, where and when in
# the day. A word names its kinds by its stem, so that "left", "leaves" and "leaving" agree;
# a verb with particles names its kind only when they follow it ("pulled out"), and then
# it alone ("opened fire" is an attack, not an opening).
def inflections(word: str) -> set:
    """A word and its regular forms ("address": "addresses", "addressed", "addressing"),
    which the crude stemmer does not always bring back to one stem."""
    base = word[:-1] if word.endswith("e") else word
    plural = word + "es" if word.endswith(("s", "sh", "ch", "x", "z", "o")) else word + "s"
    found = {word, plural, base + "ed", base + "ing"}
    if word.endswith("y"):
        found |= {word[:-1] + "ies", word[:-1] + "ied"}
    return found


def kind_index() -> dict:
    """Stem of each word of HAPPENINGS -> ((particles, kind), ...), longest first."""
    index = {}
    for kind, (verbs, nouns) in HAPPENINGS.items():
        for forms, particles in verb_entries(verbs) + verb_entries(nouns):
            for form in forms:
                for word in inflections(form):
                    key = stem(word)        # not "not" from "notes", nor "don" from ...
                    if word == form or key not in STOPWORDS and len(key) > 3:
                        index.setdefault(key, set()).add((particles, kind))
    return {w: tuple(sorted(e, key=lambda e: (-len(e[0]), e))) for w, e in index.items()}


KIND_WORDS = kind_index()
_KINDS_OF_WORD: dict = {}   # a word as written -> its KIND_WORDS entries (a cache)
KIND_TERMS = {kind: "~" + kind for kind in HAPPENINGS}   # a kind as a term of its clauses
NO_KINDS = frozenset()
_KIND_SETS: dict = {}       # each set of kinds a clause names -> one copy of it, held by all
PLACE = re.compile(rf"\b{alternation(PLACE_PREPOSITIONS)}\s{{1,3}}(?:the\s{{1,3}})?"
                   r"([A-Z][\w-]{0,40}(?:[ -](?:of\s|de\s)?[A-Z][\w-]{0,40}){0,3})")
NAME = re.compile(r"\b[A-Z][\w-]{0,40}")          # "Kremlin's": "Kremlin"
FRAME_CLOCK = re.compile(CLOCK)


def kinds_of(words: list) -> frozenset:
    """The kinds of happening a clause's lower-case words (in order) name; "say" only when
    they name no other: the saying of something is not what was said. What a saying says
    lies ahead ("said the charges would be dropped") names no kind, its subject included,
    unless a verb in the past came first ("said the convoy had left and would return")."""
    found, skip, known = set(), 0, _KINDS_OF_WORD
    before, told = None, False      # the kinds before the saying; a verb told in the past since
    for i, word in enumerate(words):
        if before is not None:      # a saying named (so SAYING in found): what it says
            if word in SAID_AHEAD:
                if not told:        # "said the charges would be dropped": not what happened
                    found = before | {SAYING}
                break
            if not told:
                told = has_past_verb({word})    # "said the convoy had left"
        entries = known.get(word)
        if entries is None:
            entries = known[word] = KIND_WORDS.get(stem(word), ())
        if not entries or i < skip:
            continue                        # or a particle of the verb before ("opened fire")
        for particles, kind in entries:
            at = i + 2 if particles and i + 1 < len(words) and words[i + 1] in PARTICLE_OBJECTS \
                else i + 1
            if not particles or tuple(words[at:at + len(particles)]) == particles:
                if kind == SAYING and before is None:
                    before = set(found)
                found.add(kind)
                if particles:
                    skip = at + len(particles)
                    break
    return resolved_kinds(found)


def resolved_kinds(found: set) -> frozenset:
    """The kinds of a clause from the kinds its words name: a visit that began an arrival,
    the saying of something only when nothing else is told."""
    for (kind, aspect), meant in ASPECT_KINDS.items():
        if kind in found and aspect in found:
            found = found - {aspect} | {meant}
    if len(found) > 1:
        found = found - {SAYING}
    if not found:
        return NO_KINDS
    kinds = frozenset(found)
    return _KIND_SETS.setdefault(kinds, kinds)


@functools.lru_cache(maxsize=1 << 12)
def frame_of(text: str) -> Frame:
    """The Frame of a clause's words."""
    return Frame(kinds_of(WORD.findall(text.lower())), text)


def read_clause(text: str) -> tuple:
    """(terms, Frame) of a clause's words, its words split once."""
    words = WORD.findall(text.lower())
    return terms_of_words(words), Frame(kinds_of(words), text)


def places_in(text: str) -> frozenset:
    """Stems of the places a text names after "in", "at", "near", "to", "from", "into"."""
    return frozenset({stem(w.lower()) for p in PLACE.finditer(text)
                      for w in WORD.findall(p.group(1))} - STOPWORDS)


def names_in(text: str) -> frozenset:
    """Stems of the capitalised words of a text (its first word too), stop words aside."""
    return frozenset(stem(w) for w in map(str.lower, NAME.findall(text))
                     if w not in STOPWORDS and w not in MONTH_NUMBER and w not in WEEKDAYS)


@functools.lru_cache(maxsize=1 << 12)
def speaker_in(text: str) -> frozenset:
    """Frame.speaker of a clause's words."""
    verb = SPEECH.search(text)
    if verb is None:
        return names_in(text)
    return names_in(text[text.rfind(",", 0, verb.start()) + 1:verb.start()])


def part_of_day(text: str) -> str:
    """The first part of the day a text names, or ""."""
    return next((w for w in WORD.findall(text.lower()) if w in PARTS_OF_DAY), "")


def with_kinds(words: tuple, frame: Frame) -> tuple:
    """The terms, each once, and a term for each kind of happening the frame names, so
    that "pulled out" and "left" share one."""
    return tuple(dict.fromkeys(words + tuple(KIND_TERMS[k] for k in sorted(frame.kinds))))


def joined_frame(a: Frame, b: Frame) -> Frame:
    """The Frame of two clauses joined as one happening ("left on Monday and reached X")."""
    kinds = a.kinds | b.kinds
    return Frame(kinds - {SAYING} if len(kinds) > 1 else kinds, a.text + " ; " + b.text)


def kind_groups() -> dict:
    """Each kind of happening -> the groups of KIND_GROUPS (by number) it belongs to."""
    groups = {kind: set() for kind in HAPPENINGS}
    for i, kinds in enumerate(KIND_GROUPS):
        for kind in kinds.split():
            groups[kind].add(i)
    return groups


GROUP_OF = kind_groups()
GROUP_KINDS = [frozenset(kinds.split()) for kinds in KIND_GROUPS]
SPEECH_KINDS = GROUP_KINDS[min(GROUP_OF[SAYING])]


@functools.lru_cache(maxsize=1 << 10)
def kinds_agree(a: frozenset, b: frozenset) -> bool:
    """Whether two clauses (or entries) of these kinds may tell one happening: a clause of
    no kind may tell any; else their kinds must share a group."""
    return not a or not b or any(GROUP_OF[x] & GROUP_OF[y] for x in a for y in b)


HABITUAL = re.compile(rf"\b(?:{alternation(HABITUAL_WORDS)}"
                      rf"|every\s+{alternation(('year', *SEASONS))})\b", re.I)


def clause_mention(base: dict, text: str, tense: str, exprs: list, main: bool,
                   extra: tuple = ()) -> Mention:
    """A Mention for one clause from the time expressions found in it; a clause that says
    what usually happens ("the first snow usually falls in November") has no date."""
    habitual = tense in ("present", "") and HABITUAL.search(text)
    dated = sorted((t for t in exprs if t.kind in ("date", "since") and not habitual),
                   key=lambda t: (t.rank, t.start))
    week = next((t for t in exprs if t.kind == "week"), None)
    anchor = next((t for t in exprs if t.kind == "anchor"), None)
    began = ("begin",) if any(t.kind == "since" for t in dated) else ()
    words, frame = read_clause(text)
    if began:                               # "visiting since Wednesday": it began then
        frame = frame._replace(kinds=resolved_kinds(frame.kinds | {"begin"}))
    words = with_kinds(words + tuple(extra) + began, frame)
    when = dated[0].when if dated else None
    year = next((t.when.start.year for t in dated if t.when.precision == "year"), None)
    if dated and dated[0].yearless and year:        # "next year's race ... to April"
        when = month_when(year, when.start.month)
    return Mention(**base, terms=words, when=when, tense=tense, main=main,
                   explicit=when is not None,
                   window=(week.when.start, week.when.end) if week else None,
                   anchor=anchor.anchor if anchor and not when else "",
                   offset=anchor.offset if anchor and not when else 0, frame=frame)


def status_of(when: When, tense: str, published: date) -> str:
    """"planned" when the happening lies after publication, else "reported"."""
    if when.start > published or (tense == "future" and when.end >= published):
        return "planned"
    return "reported"


# ---------------------------------------------------------------------------
# Merging: the same happening across reports becomes one entry
# ---------------------------------------------------------------------------
# Dated mentions are grouped by date and, within a date, by what they say: a
# mention joins the cluster that covers most of its terms, each term weighted
# by how rare it is (idf over all sentences), or starts a cluster of its own.
# Candidates come from an index of rare terms, so the work grows with the
# mentions, not with their pairs. Then the clauses with no date of their own
# are placed: an anchored one ("during their meeting") by the happening it
# names, an undated one by the cluster that tells the same thing or by the
# happening its own report was telling the sentence before; clauses that say the
# same thing in many reports then go where most of them went. Last, clusters of
# one date that tell one happening are joined.

JOIN = 0.30        # a dated mention joins a cluster of its date when it covers this much of it
ATTACH = 0.30      # an undated clause joins a cluster that covers this much of it
CONTRADICT = 0.30  # a clause this close to another date's cluster keeps no inherited date
ALIKE = 0.60       # undated clauses this close say the same thing
MAJORITY = 3       # ... and follow their majority when at least this many agree
BRIDGE = 0.50      # a cluster joins another of its date that covers this much of its core
RARE = math.log(2)      # idf of a rare term, one used by under half of the sentences
DISTINCT = math.log(7)  # idf of a distinctive term, used by under a seventh: an undated
                        # clause joins a cluster only when they share two of them
MAX_KEYS = 12      # rarest terms of a clause used to look up candidate clusters
CORE_KEYS = 64     # ... and of a cluster's core, when clusters are compared
MAX_POSTINGS = 64  # clusters an index entry lists at most
MAX_CANDIDATES = 6 # clusters compared with a clause at most: those sharing most rare terms
MAX_VISITS = 64    # postings read for one lookup, rarest terms first: a clause whose every
                   # term is common costs no more than one with rare terms
PART_OF = re.compile(rf"^{alternation(WITHIN_HAPPENING, True, ' ')}\b")
SHIFT = re.compile(r"\b(?:" + "|".join(NARRATIVE_SHIFTS) + r")\b", re.I)
LEAP = re.compile(rf"\b{alternation(NARRATIVE_LEAPS)}\b(?!\s+{alternation(SAME_DAY_LEADS)}\b)",
                  re.I)
CONTINUATION = re.compile(rf"^{alternation(CONTINUATION_WORDS, space=' ')}\b")


class Cluster:
    """A growing group of mentions of one happening on one date (private to merging)."""
    __slots__ = ("serial", "when", "members", "_counts", "into", "kinds", "speaking",
                 "counted", "pending")

    def __init__(self, serial: int, when: When):
        self.serial, self.when, self.members, self._counts, self.into = serial, when, {}, {}, None
        self.kinds = NO_KINDS       # the kinds of its first member that names any
        self.speaking = None        # speakers(), once asked, until its members change
        # A clause retold word for word joins the cluster its first telling joined, often
        # thousands of times: its terms are counted once, and its later tellings only
        # noted (terms -> how many), to be counted in at once when counts is next read.
        self.counted, self.pending = set(), {}  # the terms of members; terms -> n

    @property
    def counts(self) -> dict:
        """How many members use each term."""
        if self.pending:
            counts = self._counts
            for terms, n in self.pending.items():
                for t in terms:
                    counts[t] += n
            self.pending = {}
        return self._counts

    def add(self, mention: Mention) -> list:
        """Adds a mention; gives the terms the cluster did not have before (to index)."""
        self.members[id(mention)] = mention     # by identity: discarded in constant time
        self.speaking = None
        if not self.kinds and mention.frame:
            self.kinds = mention.frame.kinds
        terms, pending = mention.terms, self.pending
        noted = pending.get(terms)
        if noted is not None or terms in self.counted:     # all had already: none is new
            pending[terms] = (noted or 0) + 1
            return []
        counts, new = self._counts, []          # (a term noted only is counted already)
        for t in terms:
            had = counts.get(t, 0)
            counts[t] = had + 1
            if not had:
                new.append(t)
        self.counted.add(terms)
        return new

    def discard(self, mention: Mention):
        counts = self.counts
        del self.members[id(mention)]
        self.speaking = None
        self.counted.discard(mention.terms)     # its terms may be gone: counted anew
        for t in mention.terms:
            counts[t] -= 1
            if not counts[t]:
                del counts[t]

    def emptied(self, into):
        """Leaves the cluster empty, its members absorbed into another."""
        self.into, self.members, self._counts, self.speaking = into, {}, {}, None
        self.counted, self.pending = set(), {}

    def share(self, term: str) -> float:
        """How firmly a term belongs to the cluster: any member's word while the cluster
        is small, a word of one member in eight once it is large."""
        return min(1.0, self.counts.get(term, 0) / max(1.0, len(self.members) / 8))

    def coverage(self, words, idf: dict) -> float:
        """How much of a clause's terms the cluster has too, weighted by rarity (0 to 1)."""
        weighted = [(t, idf.get(t, 0.0)) for t in words]
        return self.covered(weighted, sum(w for _, w in weighted))

    def covered(self, weighted: list, total: float) -> float:
        """coverage() for terms already paired with their weights, and their total."""
        if not total:
            return 0.0
        counts, scale = self.counts, max(1.0, len(self.members) / 8)
        shared = 0.0
        for t, weight in weighted:
            count = counts.get(t)
            if count:
                shared += weight if count >= scale else weight * count / scale
        return shared / total

    def core(self) -> list:
        """The terms that most of the cluster's members use."""
        return [t for t in self.counts if self.share(t) >= 0.5]


class Clusters:
    """All clusters of one merge and the index that finds them by their rare terms: by
    term, and by date and term for the clusters of one date. A posting list holds at most
    MAX_POSTINGS clusters, the first to use the term, so that a term every retelling
    repeats does not make each lookup as long as the coverage."""

    def __init__(self, idf: dict):
        self.idf, self.all, self.index, self.dated = idf, [], {}, {}
        self.joined = {}                        # (date, terms) -> the cluster they joined
        self.rarest = {}                        # (terms, how many) -> keys()

    def keys(self, words, most: int = MAX_KEYS) -> list:
        """The rarest terms of a clause, by which its candidate clusters are looked up: the
        rarest of its own, however common they are in a coverage that tells one story."""
        found = self.rarest.get((words, most)) if isinstance(words, tuple) else None
        if found is None:
            idf = self.idf
            found = [t for t in words if t in idf]
            if len(found) > most:
                found = sorted(found, key=lambda t: (-idf[t], t))[:most]
            if isinstance(words, tuple):
                self.rarest[words, most] = found
        return found

    def candidates(self, words, allow=None, most: int = MAX_KEYS, when: When | None = None) -> list:
        """Live clusters (of one date, if given) sharing the most of the rarest terms of the
        words: at most MAX_CANDIDATES, oldest first."""
        hits, found, budget = {}, {}, MAX_VISITS
        for t in self.keys(words, most):            # rarest first
            postings = self.dated.get((when.value, t), ()) if when else self.index.get(t, ())
            if budget <= 0:
                break
            budget -= len(postings)
            for c in postings:
                while c.into is not None:       # live(c), inline: this loop is the hot one
                    c = c.into
                if c.serial in hits:
                    hits[c.serial] += 1
                elif allow is None or allow(c):
                    hits[c.serial], found[c.serial] = 1, c
        best = sorted(hits)                     # oldest first, then most shared (stable)
        if len(best) > MAX_CANDIDATES:
            best = sorted(sorted(best, key=hits.__getitem__, reverse=True)[:MAX_CANDIDATES])
        return [found[k] for k in best]

    def best(self, words, allow=None, most: int = MAX_KEYS, when: When | None = None) -> tuple:
        """(coverage, cluster) of the live cluster that covers most of the words."""
        found = self.candidates(words, allow, most, when)
        if not found:
            return 0.0, None
        weighted = [(t, self.idf.get(t, 0.0)) for t in words]
        total = sum(w for _, w in weighted)
        return max(((c.covered(weighted, total), c) for c in found), key=lambda sc: sc[0])

    def add(self, m: Mention, cluster: Cluster | None = None) -> Cluster:
        cluster = cluster or self.new(m.when)
        self.index_terms(cluster.add(m), cluster)
        return cluster

    def new(self, when: When) -> Cluster:
        """A new, empty cluster of a date."""
        cluster = Cluster(len(self.all), when)
        self.all.append(cluster)
        return cluster

    def index_terms(self, words, cluster: Cluster):
        """Lists the cluster under each of these terms, new to it (a term it lost and has
        again may be listed twice: a lookup counts each cluster once)."""
        for t in words:
            for bucket in (self.index.setdefault(t, []),
                           self.dated.setdefault((cluster.when.value, t), [])):
                if len(bucket) < MAX_POSTINGS:
                    bucket.append(cluster)

    def join(self, m: Mention, threshold: float) -> Cluster:
        """Adds a dated mention to the cluster of its date that covers it, or to a new one.
        A clause said word for word before goes where it went then."""
        key = (m.when.value, m.terms)
        cluster = self.joined.get(key)
        if cluster is None:
            kinds = m.frame.kinds if m.frame else NO_KINDS
            score, cluster = self.best(m.terms, lambda c: kinds_agree(c.kinds, kinds),
                                       when=m.when)
            cluster = cluster if score >= threshold else None
        while cluster is not None and cluster.into is not None:    # live(cluster), inline
            cluster = cluster.into
        cluster = self.add(m, cluster)
        self.joined[key] = cluster
        return cluster

    def absorb(self, small: Cluster, big: Cluster):
        for m in small.members.values():
            self.index_terms(big.add(m), big)
        small.emptied(big)


def live(cluster: Cluster) -> Cluster:
    """The cluster a cluster was absorbed into, if it was."""
    while cluster.into is not None:
        cluster = cluster.into
    return cluster


PRIOR_SENTENCES = 20   # sentences assumed to use none of a term, so that a few reports
                       # sharing a word do not make it as common as "the"


def sentence_idf(mentions: list) -> dict:
    """Inverse document frequency of each term, sentences counted as documents (a
    sentence's terms are those of all its clauses). A sentence retold word for word has
    the same terms each time: its terms are gathered once and counted as often as it is."""
    told, terms_of, last = {}, {}, None
    for m in mentions:                  # a sentence's mentions come one after another
        if (m.article, m.sentence) != last:
            last = (m.article, m.sentence)
            told[m.text] = told.get(m.text, 0) + 1
            fresh = told[m.text] == 1
        if fresh:                       # the first clause's own tuple; a set only for more
            had = terms_of.get(m.text)
            terms_of[m.text] = m.terms if had is None else set(had).union(m.terms)
    df = {}
    for text, times in told.items():
        for t in terms_of[text]:
            df[t] = df.get(t, 0) + times
    n = sum(told.values()) + PRIOR_SENTENCES
    return {t: math.log(n / (c + 1)) for t, c in df.items()}


def merge(mentions: list, articles: dict, idf: dict) -> list:
    """(When, mentions) for each happening: the mentions merged into one entry each.
    The mentions come in report order, each report's in sentence order."""
    clusters = Clusters(idf)
    placed = {}                          # a mention's index -> its cluster
    for i, m in enumerate(mentions):
        if m.when:
            placed[i] = clusters.join(m, JOIN)
    for i, m in enumerate(mentions):
        if not m.when and m.anchor:
            place_anchored(i, mentions, clusters, placed, articles)
    place_undated(mentions, clusters, placed, articles)
    for i, m in enumerate(mentions):
        if i not in placed and m.window and m.main:     # "this week", and no entry in it
            placed[i] = clusters.join(m._replace(when=window_month(m, articles), explicit=True),
                                      JOIN)
    consolidate(clusters)
    fold_nested(clusters, min((a.published for a in articles.values()), default=date.max))
    return [(c.when, sorted(c.members.values(), key=mention_order)) for c in clusters.all
            if c.members]


def window_month(m: Mention, articles: dict) -> When:
    """The month of a clause dated only by a week ("earlier this week") that no entry of
    that week tells: the month of the week's last day up to publication."""
    day = min(m.window[1], articles[m.article].published)
    return month_when(day.year, day.month)


def mention_order(m: Mention):
    return (m.rank, m.sentence, not m.main)


def place_anchored(i: int, mentions: list, clusters: Clusters, placed: dict, articles: dict):
    """An anchored clause joins the happening it names ("during their meeting") or is
    dated from it ("three days after his meeting with X")."""
    m = mentions[i]
    anchor = anchor_cluster(i, mentions, clusters, placed, articles[m.article].published)
    if anchor is None:
        return
    if PART_OF.match(m.anchor) and not m.offset:
        placed[i] = clusters.add(redated(m, anchor.when), anchor)
    else:
        day = anchor.when.start + timedelta(days=m.offset)
        placed[i] = clusters.join(redated(m, day_when(day)), JOIN)


def anchor_cluster(i: int, mentions: list, clusters: Clusters, placed: dict, published: date):
    """The dated cluster of the happening an anchored expression names: the latest one
    its own report told before, else the one that best matches it in any report."""
    m = mentions[i]
    heads = frame_of(m.anchor).kinds
    for j in range(i - 1, -1, -1):                  # back through the same report
        if mentions[j].article != m.article:
            break
        if j in placed and live(placed[j]).when.precision == "day" and \
                not heads.isdisjoint(mentions[j].frame.kinds):
            return live(placed[j])
    words = tuple(dict.fromkeys(terms(m.anchor) + m.terms))
    score, cluster = clusters.best(words, lambda c: c.when.precision == "day"
                                   and c.when.start <= published and not heads.isdisjoint(c.kinds))
    return cluster if score >= CONTRADICT else None


def place_undated(mentions, clusters, placed, articles):
    """Places the undated past-tense clauses: each where its own words point (the day's
    cluster that tells the same thing) or else with the happening its report was telling
    the sentence before; then clauses that say the same thing in many reports go where
    most of them went: among a thousand retellings, the few that strayed follow the many."""
    pending = [i for i, m in enumerate(mentions)
               if i not in placed and m.main and m.tense in ("past", "")]
    added = {}                                  # index -> the mention as added to its cluster

    def place(i, cluster):
        added[i] = redated(mentions[i], cluster.when)
        placed[i] = clusters.add(added[i], cluster)
    days = narrative_days(mentions, articles)       # the narrative's day comes first
    for _ in range(2):                  # a clause placed by narrative may draw others in
        before, choices = len(placed), {}   # a clause retold word for word chooses once
        for i in pending:
            if i in placed or i in days:
                continue
            m = mentions[i]
            key = (m.terms, articles[m.article].published, m.window)
            if key not in choices:
                choices[key] = own_choice(m, clusters, articles)
            if choices[key] is not None:
                place(i, live(choices[key]))
        continue_narrative(mentions, clusters, placed, articles, place, days)
        if len(placed) == before:
            break
    day_of_narrative(mentions, clusters, placed, place, days)
    retold = len({mentions[i].article for i in pending}) >= MAJORITY   # else no majority
    for group in alike_groups(pending, mentions, clusters.idf) if retold else ():
        votes = {}
        for i in group:
            if i in placed:
                serial = live(placed[i]).serial
                votes[serial] = votes.get(serial, 0) + 1
        top = max(votes, key=lambda k: (votes[k], -k)) if votes else None
        if top is None or votes[top] < max(MAJORITY, 2 * sum(votes.values()) / 3):
            continue
        winner = clusters.all[top]
        for i in group:
            if (i not in placed or live(placed[i]) is not winner) and \
                    fits(mentions[i], winner, articles):
                if i in placed:
                    live(placed[i]).discard(added[i])
                place(i, winner)


def alike_groups(indexes: list, mentions: list, idf: dict) -> list:
    """The mentions (by index) grouped by what they say, whatever their dates."""
    alike, index_of = Clusters(idf), {}
    for i in indexes:
        m = redated(mentions[i], NOWHEN)
        index_of[id(m)] = i
        alike.join(m, ALIKE)
    return [[index_of[id(m)] for m in group.members.values()] for group in alike.all]


NOWHEN = When("", date.min, date.max, "none")       # the date of clauses not yet placed


def fits(m: Mention, c: Cluster, articles: dict) -> bool:
    """Whether an undated clause may join a cluster: a day's, on or before its report's
    date, and inside the week it names, if it names one."""
    window = m.window
    return c.when.precision == "day" and c.when.start <= articles[m.article].published and (
        not window or window[0] <= c.when.start <= window[1])


def own_choice(m: Mention, clusters: Clusters, articles: dict):
    """The cluster an undated clause would join on its own, if one clearly tells it: one
    that covers enough of it, two distinctive terms shared."""
    score, cluster = clusters.best(m.terms, lambda c: fits(m, c, articles)
                                   and kinds_agree(c.kinds, m.frame.kinds))
    if cluster and score >= (CONTRADICT if m.window else ATTACH) and \
            sum(clusters.idf.get(t, 0.0) >= DISTINCT and t in cluster.counts for t in m.terms) >= 2:
        return cluster
    return window_choice(m, clusters, articles) if m.window else None


def window_choice(m: Mention, clusters: Clusters, articles: dict):
    """The entry of its week a clause dated only by the week joins ("the council voted last
    week"): one whose core names the same kind of happening and which the clause covers."""
    kinds = m.frame.kinds
    for c in clusters.candidates(m.terms, lambda c: fits(m, c, articles)) if kinds else ():
        core = c.core()
        if not kinds.isdisjoint(c.kinds) and overlap(core, m.terms, clusters.idf) >= BRIDGE:
            return c
    return None


def continue_narrative(mentions, clusters, placed, articles, place, days):
    """An undated past-tense clause that goes on with the previous sentence's happening
    (same section, next to it, a pronoun or a shared rare name) joins that happening,
    unless it reads like a happening of another date: place(index, cluster) puts it there."""
    previous, contradicted = {}, {}
    for i, m in enumerate(mentions):
        if not m.main:
            continue
        p, previous[m.article] = previous.get(m.article), i
        cluster = placed.get(p)
        if i in placed or i in days or cluster is None or m.tense != "past":
            continue
        prev, cluster = mentions[p], live(cluster)
        if (prev.section != m.section or m.paragraph - prev.paragraph > 1
                or m.window and not m.window[0] <= cluster.when.start <= m.window[1]
                or m.sentence - prev.sentence != 1 or cluster.when.precision != "day"
                or cluster.when.start > articles[m.article].published or prev.tense == "future"):
            continue
        if not CONTINUATION.match(m.text) and not any(
                clusters.idf.get(t, 0.0) > RARE and t in cluster.counts for t in m.terms):
            continue
        key = (m.terms, cluster.when)
        if key not in contradicted:
            contradicted[key] = any(
                c.coverage(m.terms, clusters.idf) >= CONTRADICT
                for c in clusters.candidates(m.terms, lambda c: c.when != cluster.when))
        if not contradicted[key]:
            place(i, cluster)


def narrative_days(mentions: list, articles: dict) -> dict:
    """The day each undated main clause's report had reached when it was told (index ->
    date): the day its paragraph last named, else, at a paragraph's start, the latest day
    the report has named so far (a report tells its days forward; a paragraph may look
    back). A clause that names another time, or a shift ("earlier", "last year", "since"),
    leaves the narrative; a relative clause set off as an aside ("Lund, who crossed into
    Marrow on Tuesday, would stay") does not take its sentence with it."""
    days, latest, day, where, shifted = {}, {}, None, None, {}
    timed = {(m.article, m.sentence) for m in mentions       # a sentence naming a day
             if (m.when and m.when.precision == "day" or m.anchor) and not m.aside}
    for i, m in enumerate(mentions):
        if not m.main:
            continue
        if (m.article, m.paragraph) != where:
            where, day = (m.article, m.paragraph), latest.get(m.article)
        if m.when is not None or m.window or m.anchor:
            if m.when and m.explicit and m.when.precision == "day" and \
                    m.when.start <= articles[m.article].published:
                day = m.when.start
                latest[m.article] = max(day, latest.get(m.article, day))
            elif not (day and m.when and m.when.precision in ("month", "year")
                      and m.when.start <= day <= m.when.end):
                day = None                      # another time ("this week", "in 2019"),
                                                # not one the day lies in ("this year")
        elif day and m.tense == "past" and (m.article, m.sentence) not in timed:
            if m.text not in shifted:                   # an undated sentence
                shifted[m.text] = SHIFT.search(m.text) is not None
            if not shifted[m.text]:
                days[i] = day
    return days


def day_of_narrative(mentions, clusters, placed, place, days):
    """Places each undated clause still unplaced on the day its report's narrative had
    reached: in the cluster of that day of a kind that agrees with it (a saying agrees
    with any kind: what was said on a day is told with what happened on it) if that one
    covers it, else with what its own report was telling on that day, unless one is a
    statement and the clause names a speaker or actor that statement's speakers are not:
    then with the day's cluster that covers most of it among those its names speak in."""
    last, choices = {}, {}      # (article, day) -> its latest cluster; a retold clause's
    others = {}                 # choice, once (and its choice by its speaker, once)
    narrated = {mentions[i].article for i in days}
    for i, m in enumerate(mentions):
        if m.article not in narrated:
            continue
        c = placed.get(i)
        if c is not None:
            while c.into is not None:       # live(c), inline: most clauses pass here
                c = c.into
            if c.when.precision == "day":
                last[m.article, c.when.start] = c
            continue
        day = days.get(i)
        if day is None:
            continue
        kinds = m.frame.kinds - {SAYING}
        key = (m.terms, day)
        if key not in choices:
            choices[key] = clusters.best(m.terms, lambda c: told_with(c.kinds, kinds),
                                         when=day_when(day))        # the day's clusters
        score, cluster = choices[key]
        cluster = live(cluster) if cluster is not None else None
        thread = last.get((m.article, day))
        if (cluster is None or score < CONTRADICT) and thread is not None:
            cluster, told = live(thread), key + (live(thread).serial,)
            if told not in others:
                others[told] = speaker_choice(m, clusters, day, kinds) \
                    if other_speaker(m, cluster) else None
            cluster = live(others[told]) if others[told] is not None else cluster
        if cluster is not None:
            place(i, live(cluster))
            last[m.article, day] = live(cluster)


def other_speaker(m: Mention, cluster: Cluster) -> bool:
    """Whether a clause that goes on with a statement, or that is one, names who speaks or
    acts and the cluster names none of them as its speaker ("That night the president told
    the nation ..." after the rebel leader's message): not the same happening."""
    if not (is_saying(cluster.kinds) or is_saying(m.frame.kinds)):
        return False
    mine = m.frame.speaker
    return bool(mine) and mine.isdisjoint(speakers(cluster))


def speaker_choice(m: Mention, clusters: Clusters, day: date, kinds: frozenset):
    """The cluster of the day that covers most of a clause among those whose speakers it
    names, if any covers some of it."""
    mine = m.frame.speaker
    score, cluster = clusters.best(m.terms, lambda c: told_with(c.kinds, kinds) and
                                   not mine.isdisjoint(speakers(c)), when=day_when(day))
    return cluster if score > 0 else None


def is_saying(kinds: frozenset) -> bool:
    """Whether a clause (or cluster) of these kinds tells a saying and nothing else."""
    return bool(kinds) and kinds <= SPEECH_KINDS


def told_with(kinds: frozenset, other: frozenset) -> bool:
    """kinds_agree(), a saying agreeing with any kind."""
    return kinds_agree(kinds - {SAYING}, other - {SAYING})


def consolidate(clusters: Clusters):
    """Joins each cluster, smallest first, to a cluster of its date that tells the same
    happening: one that covers its core, or one that names the same kind of happening
    (an arrival, a meeting, a visit...) with a rare word in common."""
    for small in sorted(clusters.all, key=lambda c: (len(c.members), c.serial)):
        if small.into is not None or not small.members:
            continue
        core = small.core()
        score, big = clusters.best(core, lambda c: c is not small, CORE_KEYS, small.when)
        if big is None or score < BRIDGE:
            big = same_kind(small, core, clusters)
        if big is not None:
            clusters.absorb(small, big)


VAGUE = ("month", "year")     # precisions, finest first, that another date may lie in


def fold_nested(clusters: Clusters, first: date):
    """Tells once a background happening that reports date at nested precisions ("in 2019",
    "in April 2019", "on April 24, 2019"): a cluster of a month or a year before the month
    of the first report and one of a date inside it, of one kind, the larger covering the
    smaller's core, join on the date more reports give (the finer on a tie), as a
    minority's date is folded into the majority's. ("Earlier this month" stays vague: it is
    told from the day of its report, not of a happening told elsewhere.)"""
    for precision in VAGUE:
        for vague in [c for c in clusters.all if c.when.precision == precision
                      and c.when.end < first.replace(day=1)]:
            if vague.into is not None or not vague.members:
                continue
            span, core = vague.when, vague.core()
            found = [(covered_smaller(vague, c, clusters.idf), c) for c in clusters.candidates(
                core, lambda c: c is not vague and c.members and span.start <= c.when.start
                and c.when.end <= span.end and c.when != span
                and c.kinds and kinds_agree(c.kinds, vague.kinds), CORE_KEYS)] \
                if vague.kinds else []
            score, inner = max(found, key=lambda sc: sc[0], default=(0.0, None))
            if inner is None or score < JOIN:
                continue
            if reports_of(vague) > reports_of(inner):
                clusters.absorb(inner, vague)
            else:
                clusters.absorb(vague, inner)


def covered_smaller(a: Cluster, b: Cluster, idf: dict) -> float:
    """How much of the smaller cluster's core the larger one covers."""
    small, big = sorted((a, b), key=lambda c: (len(c.members), c.serial))
    return big.coverage(small.core(), idf)


def reports_of(cluster: Cluster) -> int:
    """How many reports tell a cluster."""
    return len({m.article for m in cluster.members.values()})


def same_kind(small: Cluster, core: list, clusters: Clusters):
    """The oldest other cluster of small's date that tells a happening of the same kind
    and shares a rare word, an actor or a place with it, if any."""
    kinds = small.kinds
    if not kinds:
        return None
    rare = [t for t in core if clusters.idf.get(t, 0.0) > RARE]
    saying = kinds <= SPEECH_KINDS      # a statement: one with another by the same speaker
    for c in clusters.candidates(rare, lambda c: c is not small and (
            c.kinds <= SPEECH_KINDS if saying else not kinds.isdisjoint(c.kinds)),
                                 CORE_KEYS, small.when):
        if any(c.share(t) >= 0.5 for t in rare) and (not saying or same_speaker(small, c, clusters)):
            return c
    told = [KIND_TERMS[k] for k in sorted(set().union(*(GROUP_KINDS[g] for k in kinds
                                                         for g in GROUP_OF[k])) - SPEECH_KINDS)]
    who, where = scene(small) if told else ((), ())
    for c in clusters.candidates(told, lambda c: c is not small and kinds_agree(c.kinds, kinds)
                                 and not c.kinds <= SPEECH_KINDS, when=small.when) if told else ():
        other_who, other_where = scene(c)
        if any(clusters.idf.get(t, 0.0) > DISTINCT for t in who & other_who | where & other_where):
            return c                    # a rare actor or place: not "Morocco" in every line
    return None


def same_speaker(a: Cluster, b: Cluster, clusters: Clusters) -> bool:
    """Whether two clusters of statements have a rare speaker in common, as the names
    before their verbs of saying tell (not the names of what was said: "Aldis said the
    case against Lund would be dropped" is not Lund's saying): two speakers'
    statements are two happenings."""
    return any(clusters.idf.get(t, 0.0) > RARE for t in speakers(a) & speakers(b))


def speakers(cluster: Cluster) -> frozenset:
    """The speakers of the first members of a cluster that are dated by their own words
    (not those the narrative brought to it)."""
    if cluster.speaking is None:
        cluster.speaking = frozenset().union(*(m.frame.speaker for m in itertools.islice(
            cluster.members.values(), SCENE_SAMPLE) if m.explicit))
    return cluster.speaking


SCENE_SAMPLE = 32       # members of an entry whose actors and places are read


def scene(cluster: Cluster) -> tuple:
    """(actors, places) the first members of a cluster name, as stems."""
    frames = [m.frame for m in itertools.islice(cluster.members.values(), SCENE_SAMPLE)]
    return (set().union(*(f.who for f in frames)), set().union(*(f.where for f in frames)))


# ---------------------------------------------------------------------------
# Agreement: how well each entry is attested, and where the reports differ
# ---------------------------------------------------------------------------
# Reports that share long sentences word for word are one wire story reprinted
# and count once. A claim is one report's value for one attribute of one subject (a
# happening's day, time of day, toll or place; a thing's length, age, count, price or
# distance), with its unit, its approximation and the day it holds as of. Two claims of
# one subject and attribute disagree when they hold as of the same day (or the attribute
# does not change) and cannot both hold; a changing count as of a later day that differs
# is an update. Spellings of one detail (Zhukov, Jukov) are variants, shown with the entry.
# The rules look at words, figures and dates, never at what the story is about.

REPRINT_WORDS = 12        # a sentence this long, shared word for word, marks a reprint
MAX_CLAIMS = 5            # claims listed on each side of a disagreement
SAMPLE = 400              # sentences of an entry read for its summary and variants
SAME_HAPPENING = 0.6      # two dated clauses this close tell one happening (a name shared) ...
TOLD_OTHERWISE = 0.45     # ... and this close, told in other words, when three names are shared
KIND_NAMES = {kind: nouns.split(", ")[0] for kind, (_, nouns) in HAPPENINGS.items()}

# A claim is one report's value for one attribute of one subject: a Figure, read from the
# words around a number. Two readings meet the two kinds of subject:
# - a happening's attributes (its time of day, magnitude, depth, toll, the river it was
#   in), read from the clauses of one entry, whose subject is the entry's happening
#   (narrowed by the kind of happening its clause names: "crashed at 11:28");
# - a thing's attributes (the length of a section, the age of a bridge, a count of cars
#   or passengers, a sum of money, a distance to a place), read from every sentence of
#   every report, whose subject is the noun the number measures ("a 600ft section") in
#   one story: reports that share an entry or two names. Unrelated stories never meet.
# Values are kept as ranges in a base unit (metres, kilograms, minutes), widened by their
# approximation words and by the rounding their digits allow ("240 km" is 235 to 245).

AMOUNT = re.compile(r"(?<![\w,.$£€-])(?:(?P<q>" + "|".join(QUALIFIERS) + r") )?"
                    r"(?P<n>\d{1,3}(?:,\d{3}){1,5}|\d{1,9}(?:\.\d{1,3})?)(?![\d,.]\d)"
                    r"(?: (?P<mult>thousand|million|billion)\b)?", re.I)   # bounded: no rescans
METRES = UNITS["length"]
UNIT_AFTER = re.compile(r" ?(" + "|".join(sorted(set(METRES) - UNIT_ONLY_JOINED, key=len,
                                                  reverse=True)) + r")\b"
                        r"(?: \([^()]{1,40}\))?(?P<rest>[^,;:]{0,60})", re.I)
PLACE_OF = re.compile(r"^(?: [a-z-]+){0,2}? (?:of|from) (?P<place>[A-Z][\w'’-]+)")
MEASURE_AFTER = tuple((measure, re.compile(rf"^ {alternation(words, space=' ')}\b"))
                      for measure, words in LENGTH_AFTER.items())
MEASURE_BEFORE = tuple((measure, re.compile(rf"\b{alternation(words)} of\Z"))
                       for measure, words in LENGTH_BEFORE.items())
MAGNITUDE = re.compile(r"\bmagnitude(?: of)?(?: an?)?\Z|\bmagnitude-\Z", re.I)
POPULATION = re.compile(rf"\b{alternation(POPULATION_LEADS, space=' ')}\Z", re.I)
OTHER_PLACE = re.compile(r"\b(?:" + "|".join(OTHER_PLACE_WORDS) + r")\b")
SPECULATION = re.compile(rf"\b{alternation(SPECULATION_WORDS)}\b")
PLACE_IN = re.compile(r"\b[Ii]n\s+((?:[A-Z]\w+)(?:\s+and\s+[A-Z]\w+)*)")
NAMED_PLACE = re.compile(rf"\b{alternation(NAMED_PLACE_PREPOSITIONS)} (?:the )?"
                         rf"(?:(?P<name>(?:[A-Z][\w'’-]+ ){{1,3}})(?P<kind>{PLACE_KINDS})\b"
                         rf"|(?P<kind2>River|Lake|Mount) (?P<name2>[A-Z][\w'’-]+))")
# A clock time in the place's own time (one given in GMT or in another city's time is
# left out), or a part of the day a date names; "as of 9:48 pm" dates a figure instead.
CLOCK_TIME = re.compile(rf"(?:\b(?P<q>{alternation(LATER, space=' ')}|as of) )?"
                        r"\b(?P<h>2[0-3]|[01]?\d)"
                        r"(?!\d)(?:[:.](?P<m>[0-5]\d))?"
                        r" ?(?P<ap>[ap]\.?m\b\.?)?(?P<zone> ?\(?(?:GMT|UTC|[A-Z][a-z]+ time)\b)?",
                        re.I)
DAY_PART = re.compile(rf"\b(?:(?P<edge>early|late)(?: on)? )?(?:{WEEKDAY}|(?:on )?the same day)"
                      rf"(?: (?P<part>{'|'.join(PARTS_OF_DAY)}))?", re.I)


class Figure(NamedTuple):
    """One value a sentence gives for one attribute: its range in the attribute's unit."""
    quantity: str       # the attribute: "injured", "depth", "length", "time of day", ...
    low: float
    high: float
    said: str           # the words that give it: "2,059 injured", "18.5 km", "11:11 p.m."
    unit: str = ""      # "people", "m", "kg", "minutes", "years", "US$", "" for a name
    moving: bool = False    # "rose to", "climbed to": it replaces an earlier figure
    key: tuple = ()     # what must match too: the places a count is for, a name's spelling
    subject: str = ""   # what it measures: "section", "Sea Wren", "crash", "" (the entry's)
    approximation: str = ""     # "about", "more than", "" for a value given as exact


@functools.lru_cache(maxsize=1 << 12)
def figures_in(text: str) -> tuple:
    """The figures of a happening a sentence gives: counts of people, depths, lengths
    given after a noun, magnitudes, populations, the time of day, the named place; none
    from a sentence that only speculates."""
    if SPECULATION.search(text):
        return ()
    found = list(named_places(text))
    if DIGIT.search(text):
        places = tuple(sorted({p.lower() for m in PLACE_IN.finditer(text)
                               for p in re.findall(r"[A-Z]\w+", m.group(1))} |
                              set(OTHER_PLACE.findall(text.lower()))))
        found += [f for m in AMOUNT.finditer(text) if (f := amount_figure(text, m, places))]
    found += times_of_day(text)
    return tuple(found)


def amount_figure(text: str, m, places: tuple):
    """The Figure one number of a sentence gives, or None if it gives none we compare."""
    if text[m.start() - 1:m.start()] == "(" or text[m.end():m.end() + 1] == "-" and \
            not text.startswith("-magnitude", m.end()):
        return None                         # "(11.5 miles)", "a 12-year-old", "30,000-dirham"
    value = float(m.group("n").replace(",", "")) * MULTIPLIERS.get(
        (m.group("mult") or "").lower(), 1)
    qualifier = (m.group("q") or "").lower()
    before, after = text[max(0, m.start() - 100):m.start()], text[m.end():m.end() + 120]
    digits = m.group("n").partition(".")[2]
    if MAGNITUDE.search(before.rstrip()) or after.startswith(("-magnitude", " magnitude")):
        half = 0.05 if digits else 0.5     # "magnitude 7" is 6.5 to 7.5; "6.8" to the tenth
        return Figure("magnitude", value - half, value + half, m.group(), "")
    unit = UNIT_AFTER.match(after)
    if unit:
        return length_figure(m, value, qualifier, unit, before, digits)
    count = count_word(before, after)
    if count:
        low, high = value_range(qualifier, value)
        moving = not MOVING.isdisjoint(before.lower().split()[-3:])
        return Figure(count, low, high, f"{m.group()} {count}", "people", moving, places,
                      approximation=qualifier)
    return None                         # a population is the story's


def length_figure(m, value: float, qualifier: str, unit, before: str, digits: str):
    """A length's Figure (in metres): a depth, a length, a height or a distance from a
    place, with the rounding its digits allow; None when it says not which."""
    per = METRES[unit.group(1).lower()]
    rest = unit.group("rest")
    measure = next((name for name, p in MEASURE_AFTER if p.match(rest)), None) or \
        next((name for name, p in MEASURE_BEFORE if p.search(before.rstrip())), None)
    if measure is None:
        return None                         # a distance from a place is the story's
    low, high = value_range(qualifier, value)
    slack = precision(m.group("n"))
    low, high = (low - slack) * per * 0.98, (high + slack) * per * 1.02
    return Figure(measure, low, high, f"{m.group()} {unit.group(1)}", "m",
                  approximation=qualifier)


def precision(number: str) -> float:
    """How far a number may lie from what it rounds, by its digits: "8" 0.5, "18.5" 0.05;
    a round figure may be rounded to its last digit that is not a zero, though seldom by
    more than a quarter of that step: "240" 2.5, "600" 25."""
    whole, _, decimals = number.replace(",", "").partition(".")
    if decimals:
        return 0.5 * 10 ** -len(decimals)
    zeros = len(whole) - len(whole.rstrip("0"))
    return (0.25 if zeros else 0.5) * 10 ** min(zeros, len(whole) - 1)


def name_before(before: str) -> str:
    """The named place or thing a measure is of, written just before it in its clause:
    "Harlow, with a population of", "the coast of Istra, some"; "" when none is."""
    clause = re.split(r"[;:()]|\b(?:and|but|while|after|before|when)\b", before)[-1]
    names = [n for n in re.findall(r"(?<=[\s(])(?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+", clause)
             if n.split()[-1].lower() not in DATE_WORDS]
    return names[-1] if names else ""


def count_word(before: str, after: str) -> str:
    """The count a number gives from the words next to it ("2,059 injured", "killed 2,012
    people", "the death toll rose to 2,946"), or ""; never across a comma or a number."""
    words = after.split(",")[0].split(";")[0].split()[:4]
    if words[:2] == ["of", "them"]:
        return ""                                        # "1,404 of them critically"
    for w in words:
        w = w.strip(".()").lower()
        if w in COUNT_OF:
            return COUNT_OF[w]
        if w not in COUNT_FILLERS and not w.endswith("ly"):
            break
    clause = re.split(r"[,;:()]|\d", before)[-1].lower().split()
    near = clause[-5:]
    if not MOVING.isdisjoint(near[-3:]):    # "the death toll from the storm ... rose to 19"
        near = clause[-14:]
    return next((COUNT_OF[w] for w in reversed(near) if w in COUNT_OF), "")


def value_range(qualifier: str, value: float) -> tuple:
    """(low, high) of the values a qualified figure allows: "more than 5,000" is 5,000 up."""
    if qualifier and qualifier not in QUALIFIER_RANGE:      # more than, at least, past, ...
        return value, math.inf
    low, high = QUALIFIER_RANGE.get(qualifier, (1.0, 1.0))
    if qualifier in SHORT_OF:
        return value * low, math.nextafter(value, -math.inf)    # "nearly 100" is under 100
    return value * low, value * high


def times_of_day(text: str) -> list:
    """The time of day a sentence gives its happening, most precise first: a clock time in
    local time ("at 11:11 p.m.", "23:11 local time", "just after 11pm"), else the part of
    the day its date names ("late on Friday", "Friday afternoon"); its subject is the kind
    of happening the words around it name."""
    for m in CLOCK_TIME.finditer(text) if DIGIT.search(text) else ():
        if m.group("zone") and "local" not in m.group("zone").lower() or \
                not (m.group("ap") or m.group("m") and m.group().count(":")) or \
                text[m.start() - 1:m.start()] == "(" or (m.group("q") or "").lower() == "as of":
            continue                        # GMT, Moscow time; "at 9" alone; "as of 9:48 pm"
        hour = int(m.group("h")) % 12 + (12 if (m.group("ap") or "a")[0].lower() == "p"
                                         else 0) if m.group("ap") else int(m.group("h"))
        minute = hour * 60 + int(m.group("m") or 0)
        return happening_figures(happening_of(text, m.start(), m.end()), clock=(
            minute, m.group().strip(), (m.group("q") or "").lower(), bool(m.group("m"))))
    for m in DAY_PART.finditer(text):
        part = (m.group("part") or m.group("edge") or "").lower()
        if part:
            return happening_figures(happening_of(text, m.start(), m.end()),
                                     part=(part, m.group()))
    return []


def happening_figures(kind: str, clock: tuple = (), part: tuple = (), place: str = "") -> list:
    """The claims one happening's clause makes about when and where it was: its clock
    time (minutes, words, approximation, whether minutes are given), else its part of the
    day (part, words), and the place it names. A frame of a happening feeds its kind and
    these here; the day is compared by date_disagreements."""
    found = []
    if clock:
        minute, said, qualifier, exact = clock
        start, end = LATER.get(qualifier, (0, 0))
        end += 0 if exact else 30           # "11pm" is 11 to about half past
        found.append(Figure("time of day", minute + start, minute + end, said, "minutes",
                            subject=kind, approximation=qualifier))
    elif part:
        low, high = PARTS[part[0]]
        found.append(Figure("time of day", low, high, part[1], "minutes", subject=kind,
                            approximation=part[0]))
    if place:
        spelled = "".join(stem(w) for w in WORD.findall(place.lower()))
        found.append(Figure("place", 0, 0, place, "", False, (spelled,), kind))
    return found


def happening_of(text: str, start: int, end: int) -> str:
    """The kind of happening a time or place belongs to: a kind of happening named in its
    part of the sentence ("crashed at 11:30am"), else the verb next to it ("11:30 a.m.:
    Police received"); "" when there is neither."""
    chunk_start = max(text.rfind(c, 0, start) for c in ",;(")
    stops = [i for i in (text.find(c, end) for c in ",;()") if i >= 0]
    chunk = text[chunk_start + 1:min(stops, default=len(text))].lower()
    kind = first_kind(WORD.findall(chunk))
    if kind:
        return KIND_NAMES[kind]
    verbs = [w for w in WORD.findall(text[end:end + 60].lower()) if is_verb(w)] + \
        [w for w in reversed(WORD.findall(text[max(0, start - 60):start].lower())) if is_verb(w)]
    return stem(verbs[0]) if verbs else ""


def first_kind(words: list) -> str:
    """The kind of happening the first word that names one names, of the kinds a clause's
    words tell ("the quake struck": the quake), or ""."""
    kinds = kinds_of(words) - {SAYING}
    return next((kind for word in words for _, kind in KIND_WORDS.get(stem(word), ())
                 if kind in kinds), "")


def is_verb(word: str) -> bool:
    """Whether a lower-case word reads as a verb in the past: "crashed", "left", "met"."""
    return word.endswith("ed") and len(word) > 4 or word in IRREGULAR and word.isalpha() \
        and IRREGULAR[word] != word and not word.endswith(("s", "ing", "al"))


def named_places(text: str) -> list:
    """The named rivers, lakes, seas, passes ... a sentence places its happening at or in."""
    found = []
    for m in NAMED_PLACE.finditer(text) if any(k in text for k in PLACE_KINDS.split("|")) \
            else ():
        kind = (m.group("kind") or m.group("kind2")).lower()
        name = (m.group("name") or m.group("name2")).strip()
        spelled = "".join(stem(w) for w in WORD.findall(name.lower()))
        found.append(Figure(kind, 0, 0, f"{name} {kind.title()}" if m.group("kind") else
                            m.group().split(" ", 1)[1], "", False, (spelled,)))
    return found[:1]


# Things' attributes: a number with what it measures after it. The pattern reads an
# approximation, a currency, the number, a multiplier, a unit joined or apart, and a
# measure word: "about 50 cars", "$US600 million", "an 80-metre section", "400m-long",
# "some 207kms away", "a 143-year-old bridge", "a 19-minute round".
CURRENCY = "|".join(re.escape(c) for c in sorted(CURRENCIES, key=len, reverse=True))
UNIT_WORDS = "|".join(sorted(UNIT_OF, key=len, reverse=True))
QUANTITY = re.compile(
    r"(?<![\w,.:$£€'’-])(?:(?P<q>" + "|".join(QUALIFIERS) + r")[ -](?:a[ -])?)?"
    rf"(?:(?P<cur>{CURRENCY}) ?)?(?P<n>\d{{1,3}}(?:,\d{{3}}){{1,4}}|\d{{1,7}}(?:\.\d{{1,2}})?"
    rf"|(?P<word>{'|'.join(AGE_WORDS)})(?=-old))(?![\d,.]\d)"
    rf"(?:[ -]?(?P<mult>{'|'.join(w for w in MULTIPLIERS if w not in UNIT_OF)})\b)?"
    rf"(?:(?P<sep>[ -]?)(?P<unit>{UNIT_WORDS}|°\s?[CF]|years?-old|-old)(?![\w°]))?", re.I)
YEAR_LIKE = re.compile(r"1[5-9]\d\d|20\d\d")
YEAR_NAMED = re.compile(r"\b(?:in|since|of|by|from|until|before|after) (1[5-9]\d\d|20\d\d)\b")
DATE_WORDS = frozenset(WEEKDAYS) | MONTH_WORDS
MONTH_PREFIXES = frozenset(w[:3] for w in MONTH_WORDS)
# What a count belongs to: "the airliner with 240 passengers", "12 crew aboard the ferry".
OWNER_BEFORE = re.compile(r"\b(?P<owner>[A-Za-z]{3,20}) (?:with|carrying) (?:all |some |about )?\Z")
OWNER_AFTER = re.compile(r"^ [a-z]{3,20} (?:on board|aboard) (?:the |an? )?(?:[a-z-]{1,20} )?"
                         r"(?P<owner>[a-z]{3,20})\b")
# The second figure of a range ("400-600", "27 to 56", "between 11 and 17"): a range is no
# one value, and a value inside it agrees with it, so neither end is a claim of its own.
RANGE_END = re.compile(r"\d(?:[-–]| to | and | or )\Z")
INDEFINITE = re.compile(r"\b(?:an?|one|another)\s+\Z", re.I)    # "a 12-year-old boy": one of many
ONE_STORY_NAMES = 2     # reports that share this many names (or an entry) tell one story


@functools.lru_cache(maxsize=1 << 15)     # every sentence of every report asks: as many
def things_in(text: str) -> tuple:          # as read_sentence keeps, so retold ones hit
    """The figures a sentence gives for things: sizes with units and what they measure,
    ages, durations, counts of things, sums of money, distances away from a place."""
    if not DIGIT.search(text) and "-old" not in text:
        return ()
    found, end = [], -1
    for m in QUANTITY.finditer(text):
        f = thing_figure(text, m)
        if 0 < m.start() - end <= 2 and text[end:m.start()] in (" (", "(") and found \
                and found[-1].unit in BASE_UNIT.values():
            f = converted(found[-1], m)     # "400 meter (1900 foot) long": its own claim too
        if f and not speculated(text[max(0, m.start() - 80):m.start()]):
            found.append(f)
            end = m.end()
    return tuple(found)


def converted(first: Figure, m):
    """The Figure of a size given again in other units in brackets after the first."""
    unit = (m.group("unit") or "").lower()
    if unit not in UNIT_OF or m.group("cur"):
        return None
    kind, (small, large) = UNIT_OF[unit]
    if BASE_UNIT[kind] != first.unit:
        return None
    low, high = value_range((m.group("q") or "").lower(), float(m.group("n").replace(",", "")))
    slack = precision(m.group("n"))
    return first._replace(low=(low - slack) * small * 0.98, high=(high + slack) * large * 1.02,
                          said=m.group(), approximation=(m.group("q") or "").lower())


def speculated(before: str) -> bool:
    """Whether the clause a number is in only speculates ("could rise above 1,000")."""
    clause = re.split(r"[,;:]|\b(?:after|before|when|as|because|while|which|that)\b",
                      before[-80:])[-1]
    return bool(SPECULATION.search(clause))


def thing_figure(text: str, m):
    """The Figure a number gives for a thing, or None: a money sum, a size, an age, a
    duration, a count of things named after it; never a year, a count of people (the
    entry's), a part of a compound ("a 12-point plan") or a figure in another figure's
    brackets."""
    number, unit, cur = m.group("n"), (m.group("unit") or "").lower(), m.group("cur")
    before, after = text[max(0, m.start() - 80):m.start()], text[m.end():m.end() + 80]
    if after[:1].isalnum() or before.rstrip().endswith("(") or RANGE_END.search(before):
        return None                         # "75th", "9:48pm", "(2211 GMT)", "400-600 cars"
    qualifier = (m.group("q") or "").lower()
    if m.group("word"):
        value, slack = AGE_WORDS[m.group("word").lower()], 0.0
    else:
        value = float(number.replace(",", "")) * MULTIPLIERS.get(
            (m.group("mult") or "").lower(), 1)
        slack = precision(number) * MULTIPLIERS.get((m.group("mult") or "").lower(), 1)
    if cur:
        if unit and unit != "m":
            return None                     # "$US600 million ($895 million)": a conversion
        if unit == "m":
            value, slack = value * 1e6, slack * 1e6
        low, high = value_range(qualifier, value)
        return Figure("amount", low - slack, high + slack, m.group(), CURRENCIES[cur.lower()],
                      subject=money_subject(before, after), approximation=qualifier)
    if unit.endswith("-old") or unit.endswith("years-old"):
        low, high = value_range(qualifier, value)
        head = head_noun(after)
        if not head or INDEFINITE.search(before) and not head[0].isupper():
            return None                     # "a 12-year-old boy": which boy is not said
        return Figure("age", low - slack, high + slack, m.group(), "years", subject=head,
                      approximation=qualifier)
    if unit.startswith("°"):
        factor, offset = TEMPERATURE[unit[-1]]
        head = head_noun(after)
        low, high = value_range(qualifier, value)
        return head and Figure("temperature", (low - slack + offset) * factor - 0.5,
                               (high + slack + offset) * factor + 0.5, m.group(), "°C",
                               subject=head, approximation=qualifier)
    if unit in UNIT_OF:
        if unit in UNIT_ONLY_JOINED and m.group("sep"):
            return None                     # "80 in"
        return size_figure(m, value, slack, qualifier, unit, before, after)
    if POPULATION.search(before.rstrip()) or after.startswith((" inhabitants", " residents")):
        low, high = value_range(qualifier, value)
        return Figure("population", (low - slack) * 0.98, (high + slack) * 1.02, m.group(),
                      "people", subject=name_before(before), approximation=qualifier)
    last = WORD.findall(before[-12:].lower())[-1:]
    if m.group("mult") or YEAR_LIKE.fullmatch(number) or after[:1] in "-%" or \
            last and last[0][:3] in MONTH_PREFIXES or re.match(r"\W*$", after[:2]) or \
            re.match(r" ?[ap]\.?m\b", after, re.I):
        return None                         # "in 2014", "Feb. 23 report", "9 p.m."
    head = head_noun(after, plural=value > 1)
    if not head or head.lower() in NOT_COUNTED | PEOPLE | DATE_WORDS or \
            re.match(r" of (?:the|them|those)\b", after) or \
            MAGNITUDE.search(before.rstrip()) or \
            count_word(before, after) and not re.search(r"\ball\s+\Z", before, re.I):
        return None                         # "a magnitude 6 quake", "12 killed": the entry's
    low, high = value_range(qualifier, value)
    owner = OWNER_BEFORE.search(before) or OWNER_AFTER.match(after)
    return Figure("number", low, high, f"{m.group()} {head}", "", key=(
        stem(owner.group("owner").lower()),) if owner else (), subject=head,
                  approximation=qualifier)


def size_figure(m, value: float, slack: float, qualifier: str, unit: str, before: str,
                after: str):
    """A size's Figure in its base unit: what it measures from the word after it ("long",
    "tall", "away") or from the noun it comes before ("a 600ft section"), a height fallen
    from the verb before it ("fell 150ft"); None for a size of nothing named."""
    kind, (small, large) = UNIT_OF[unit]
    after = re.sub(r"^ ?\([^()]{1,40}\)", "", after)        # "400 meter (1900 foot) long"
    word = re.match(r"[ -]([a-z]+)", after)
    measure = MEASURE_WORDS.get(word.group(1)) if word and kind == "length" else None
    if measure:
        after = after[word.end():]
    last = WORD.findall(before[-20:].lower())[-1:]
    place = PLACE_OF.match(after) if kind == "length" and not measure else None
    if kind == "length" and last and last[0] in FALL_VERBS and not measure:
        subject, measure = "", "height of the fall"
    elif place:
        subject, measure = name_before(before), f"distance from {place.group('place')}"
    elif measure == "distance":
        subject = name_before(before)
    else:
        subject = head_noun(after)
        if not subject or INDEFINITE.search(before) and not subject[0].isupper():
            return None                     # "656 feet long," told of its entry instead
        measure = measure or {"length": "length"}.get(kind, kind)
    low, high = value_range(qualifier, value)
    low, high = (low - slack) * small * 0.98, (high + slack) * large * 1.02
    if small == UNIT_OF["day"][1][0]:       # days counted with both ends or with one
        low, high = low - small, high + small
    return Figure(measure, low, high, m.group(), BASE_UNIT[kind], subject=subject,
                  approximation=qualifier)


def head_noun(after: str, plural: bool = False) -> str:
    """The noun a number measures or counts, from the words after it: the last word of
    the run before a verb, a stop word or a mark ("central section fell": "section"), or
    for a count above one the first plural in it ("rail cars derailed": "cars"), a
    name whole ("long 'Sea Wren' failed": "Sea Wren"), the noun after "of" for a unit
    ("tonnes of ammonium nitrate"); "" when a verb or a stop word comes first."""
    after = after.lstrip(" -‘'“\"")
    of = re.match(r"of (?:the |an? )?", after)
    if of:
        after = after[of.end():]
    name = re.match(r"(?:[A-Z][\w'’-]+ ){0,3}[A-Z][\w'’-]+", after)
    if name:
        return name.group().rstrip("'’")
    run = []
    for word in re.findall(r"[A-Za-z][\w'-]*|\S", after[:60])[:4]:
        w = word.lower()
        if not word[0].isalpha() or w in STOPWORDS or is_verb(w) or \
                w.endswith("ing") and not (of and not run):
            break
        run.append(word)
    if plural and any(w.endswith("s") for w in run):
        return next(w for w in run if w.endswith("s"))     # "40 copies survive": "copies"
    return run[-1] if run else ""


def money_subject(before: str, after: str) -> str:
    """What a sum of money is for: the noun or verb just before it in its clause ("value
    of the stolen assets at", "sold for"), else just after it ("$600 million drained")."""
    words = [w for w in WORD.findall(re.split(r"[,;:()]", before)[-1].lower())
             if w not in STOPWORDS and not w.isdigit()]
    if words:
        return words[-1]
    later = [w for w in WORD.findall(re.sub(r"^ ?\([^()]{0,40}\)", "", after)[:40].lower())
             if w not in STOPWORDS and w.isalpha()]
    return later[0] if later else ""


def meet(a: Figure, b: Figure) -> bool:
    """Whether two figures of one quantity can both hold: ranges that overlap (times of day
    around midnight too), or names that are one name spelled two ways."""
    if a.key and b.key and not a.unit:
        return a.key == b.key or spelled_alike(a.key[0], b.key[0])
    if a.quantity == "time of day":
        return any(a.low <= b.high + shift and b.low + shift <= a.high
                   for shift in (-1440, 0, 1440))
    return a.low <= b.high and b.low <= a.high


def spelled_alike(a: str, b: str) -> bool:
    """Whether two stemmed names are one name spelled two ways (Zelensky, Zelenskyy)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 2 or min(len(a), len(b)) < 5:
        return False
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1] <= 2


def subject_key(subject: str) -> str:
    """A subject as compared: a name's letters ("Sea Wren": "seawren"), a noun's stem
    ("cars": "car")."""
    if subject[:1].isupper():
        return "".join(WORD.findall(subject.lower()))
    return "".join(stem(w) for w in WORD.findall(subject.lower()))


STATEMENT_DAY = re.compile(rf"\b{alternation(RELEASE_WORDS)}\b"
                           r"[^.;]{0,25}?\b(?:on |late |early )*"
                           rf"(?:{WEEKDAY}|{MONTH} {DAY}|{DAY} {MONTH}|yesterday|today)")
MAX_VALUES = 24         # distinct values of one attribute of one subject compared pairwise


class Said(NamedTuple):
    """A claim as the comparison holds it: who gives which figure, in which sentence, as
    of which day, and where it may be compared (an entry, or a story of several)."""
    article: str
    text: str
    figure: Figure
    as_of: date
    scope: tuple        # ("entry", group) or ("story", story, a year the sentence names)
    group: int          # the entry the sentence is cited by, or -1


def entry_claims(groups: list, published: dict) -> list:
    """The claims about each entry's happening its reports' clauses make."""
    found = []
    for g, (when, members) in enumerate(groups):
        if len({m.article for m in members[:SAMPLE]}) < 2:
            continue                        # one report does not disagree with itself
        for m in members[:SAMPLE]:
            found += [Said(m.article, m.text, f, as_of(when, m, published[m.article], f),
                           ("entry", g), g) for f in figures_in(m.text)]
    return found


def stories(groups: list, leads: dict) -> dict:
    """Each report's story (one report's id): reports that share an entry tell one story,
    and so do stories whose leads share two names (one lead read for each story, so that
    the names of a story a thousand reports tell are read once); reports of unrelated
    stories in one run never meet. leads maps the reports that need a story to their
    leads' sentences (a retold sentence is one string, held once for all reports)."""
    parent = {m.article: m.article for _, members in groups for m in members}
    parent.update((a, a) for a in leads)

    def root(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    def join(a, b):
        parent[root(b)] = root(a)
    for _, members in groups:
        for article in {m.article for m in members} - {members[0].article}:
            join(members[0].article, article)
    holder, read = {}, set()
    for article, lead in leads.items():
        if root(article) in read:
            continue
        read.add(root(article))
        for pair in itertools.combinations(proper_names("\n".join(lead)), ONE_STORY_NAMES):
            join(holder.setdefault(pair, article), article)
    return {a: root(a) for a in parent}


MAX_NAMES = 8           # a report's names that tie it to its story, its most used first
MAX_NAME_SENTENCES = 10     # sentences of a report its names are read from


NAME_WORD = re.compile(r"(?<=[\s(“‘\"'])[A-Z][^\W_]{2,}")      # capitalised inside a sentence
LOWER_RUN = re.compile(r"[a-z]+")     # a name is never among a report's lower-case runs


def proper_names(text: str) -> tuple:
    """The names of a text, stemmed, most used first: words written with a capital inside
    a sentence and never in lower case in the text ("Morbi", "Haneda"; not "Minister")."""
    seen = Counter(NAME_WORD.findall(text))
    lower = set(LOWER_RUN.findall(text))
    ranked = sorted((w for w in seen if w.lower() not in lower and w.lower() not in STOPWORDS
                     and w.lower() not in MONTH_WORDS and (not w.isupper() or len(w) <= 5)),
                    key=lambda w: (-seen[w], w))
    return tuple(sorted({stem(w.lower()) for w in ranked[:MAX_NAMES]}))


def story_claims(readings: list, groups: list, story: dict, published: dict) -> list:
    """The claims about things every sentence of every report makes, each to be compared
    within its story; readings are (article, sentence, its things_in) triples."""
    cited = {(m.article, m.text): g for g, (_, members) in enumerate(groups) for m in members}
    found = []
    for article, text, figures in readings:
        years = tuple(sorted(set(YEAR_NAMED.findall(text)) - {str(published[article].year)}))
        scope, group = ("story", story[article], years), cited.get((article, text), -1)
        found += [Said(article, text, f, published[article], scope, group) for f in figures]
    return found


def figure_differences(claims: list) -> list:
    """(Conflict, entries) for each subject and attribute on which reports disagree, and
    for each changing count revised by a later report (kind "update"). Two claims compare
    when they have the same scope, attribute, unit and subject (a claim that names no
    subject joins the one other subject of its attribute, if there is only one); they
    disagree when they hold as of the same day (or the attribute does not change) and
    cannot both be true."""
    buckets = {}
    for c in claims:
        f = c.figure
        bucket = buckets.setdefault((c.scope, f.quantity, f.unit,
                                     f.key if f.unit == "people" else ()), {})
        bucket.setdefault(subject_key(f.subject), []).append(c)
    found = []
    for (scope, quantity, unit, _), subjects in buckets.items():
        for subject, said in joined_subjects(subjects).items():
            if len({c.article for c in said}) > 1:
                found += subject_differences(quantity, said)
    return found


def joined_subjects(subjects: dict) -> dict:
    """Claims by subject, names spelled two ways joined ("Seawren", "Sea Wren"), and
    claims of no named subject joined to the one other subject there is."""
    joined = {}
    for key in sorted(subjects, key=lambda k: (-len(subjects[k]), k)):
        same = next((k for k in joined if k and key and spelled_alike(k, key)), key)
        joined.setdefault(same, []).extend(subjects[key])
    if "" in joined and len(joined) == 2:
        unnamed = joined.pop("")
        joined[next(iter(joined))].extend(unnamed)
    return joined


def subject_differences(quantity: str, said: list) -> list:
    """Conflicts over one attribute of one subject: the pairs of reports' claims that
    cannot both hold, and for a changing count, its revisions by later reports."""
    changing = quantity in COUNT_LABELS
    firsts = {}
    for c in said:      # of an entry, a report's first figure; of a story, every value once
        if c.scope[0] == "entry" and any(k[0] == c.article for k in firsts):
            continue
        firsts.setdefault((c.article, value_of(c)), c)
    values = sorted(firsts.values(), key=lambda c: (c.as_of, c.article))
    distinct = {}
    for c in values:
        distinct.setdefault(value_of(c), []).append(c)
    keys = sorted(distinct, key=lambda k: -len(distinct[k]))[:MAX_VALUES]
    if said[0].scope[0] == "story" and len(value_clusters([distinct[k][0] for k in keys])) > 2:
        return []                           # "8,000 fighters", "25,000", "5,000": many sets
    clash, revised = [], []
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            x, y = sorted((distinct[a][0], distinct[b][0]), key=lambda c: (c.as_of, c.article))
            if len({c.article for c in distinct[a][:2]} | {c.article for c in distinct[b][:2]}) < 2:
                continue                    # one report's two values: no disagreement
            same_day = x.as_of == y.as_of
            if x.figure.key != y.figure.key and x.figure.key and y.figure.key and \
                    quantity == "number":
                continue                    # passengers of two aircraft
            if (not changing or same_day) and not meet(x.figure, y.figure):
                clash.append((x, y))
            elif changing and not same_day and (y.figure.moving or not meet(x.figure, y.figure)):
                revised.append((x, y))
    found = []
    for kind, chosen in (("figure", clash), ("update", revised)):
        if not chosen:
            continue
        involved = {}
        for pair in chosen:
            for c in pair:
                for same in distinct[value_of(c)][:MAX_CLAIMS]:
                    involved.setdefault((same.article, same.figure.said), same)
        ordered = sorted(involved.values(), key=lambda c: (c.as_of, c.article))[:2 * MAX_CLAIMS]
        claims = tuple(Claim(c.article, c.text, c.figure.said, quantity, c.figure.unit,
                             c.as_of.isoformat(), c.figure.subject, c.figure.approximation)
                       for c in ordered)
        down = kind == "update" and any(b.figure.high < a.figure.low for a, b in
                                        zip(ordered, ordered[1:]) if b.as_of > a.as_of)
        found.append((Conflict(figure_topic(quantity, kind, chosen, ordered), kind, claims,
                               "down" if down else "up" if kind == "update" else ""),
                      tuple(sorted({c.group for c in ordered if c.group >= 0}))))
    return found


def value_clusters(claims: list) -> list:
    """Claims in groups of values that can all be one value: two versions of one figure
    make two groups; three or more groups tell of several things under one noun."""
    groups = []
    for c in claims:
        home = next((g for g in groups if all(meet(c.figure, x.figure) for x in g)), None)
        if home is None:
            groups.append([c])
        else:
            home.append(c)
    return groups


def value_of(c: Said) -> tuple:
    """What makes two claims one value: its range, the name it spells, its day."""
    return c.figure.low, c.figure.high, c.figure.key, c.as_of


def as_of(when: When, m: Mention, published: date, f: Figure) -> date:
    """The day a figure holds as of: a fixed fact's, the happening's; a count's, the day a
    statement dated in the clause gave it ("said on Saturday that 2,012 had died"), else
    the day its report was published."""
    if f.quantity not in COUNT_LABELS or when.precision != "day":
        return when.start if when.precision == "day" else published
    if m.explicit and m.when and m.when.start <= published and STATEMENT_DAY.search(m.text):
        return m.when.start
    return published


def figure_topic(quantity: str, kind: str, pairs: list, said: list) -> str:
    """What a disagreement is about, in plain words: "the number of injured, as of
    Saturday 9 September 2023", "the length of the section", "the time of the crash"."""
    if quantity in COUNT_LABELS:
        day = pairs[0][0].as_of
        return f"the {COUNT_LABELS[quantity]}" + \
            (f", as of {date_heading(day_when(day))}" if kind == "figure" else "")
    subject = next((c.figure.subject for c in said if c.figure.subject), "")
    if quantity == "number":
        return f"the number of {subject}"
    if quantity.startswith("distance"):
        return f"the {quantity}" + (f" to {subject}" if subject else "") if \
            quantity != "distance" else f"the distance to {subject or 'the place'}"
    if quantity == "amount":
        return f"the sum {subject}" if subject else "the sum"
    text = " ".join(c.text for c in said).lower()
    noun = next((n for n in HAPPENING_NOUNS if re.search(rf"\b{n}\b", text)), "")
    if quantity == "time of day":
        noun = noun or (subject if subject in KIND_NAMES.values() else "")
        return f"the time of the {noun}" if noun else "the time"
    if subject:
        return f"the {quantity} of {'' if subject[0].isupper() else 'the '}{subject}"
    return f"the {quantity} of the {noun}" if noun and quantity != "population" \
        else f"the {quantity}"


def reprint_groups(fingerprints: dict) -> dict:
    """Each report's wire group (its first report's id): reports that share two long
    sentences word for word (or all they have, if fewer) are one story reprinted."""
    parent = {a: a for a in fingerprints}

    def root(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a
    holder, shared = {}, {}
    for article, prints in fingerprints.items():
        for fp in prints:
            first = holder.setdefault(fp, article)
            if first != article:
                shared[first, article] = n = shared.get((first, article), 0) + 1
                if n >= min(2, len(prints)) and root(article) != root(first):
                    parent[root(article)] = root(first)
    return {a: root(a) for a in parent}


def long_sentence_prints(sents: list) -> frozenset:
    """Fingerprints of a report's long sentences: hashes of the sentences, lower-cased (a
    hash, not a copy, so that a long report is not held twice)."""
    return frozenset(fp for s in sents if (fp := sentence_print(s.text)) is not None)


@functools.lru_cache(maxsize=1 << 15)     # as many as read_sentence keeps: a sentence
def sentence_print(text: str) -> int | None:    # retold word for word is lower-cased once
    """The fingerprint of a long sentence, or None for a short one."""
    return hash(text.lower()) if text.count(" ") >= REPRINT_WORDS - 1 else None


NAME_OR_MODEL = re.compile(r"\b[A-Z][\w’']*(?:-\w+)*|\b\w*\d\w*(?:-\w+)*")


@functools.lru_cache(maxsize=1 << 14)
def spelled_names(text: str) -> tuple:
    """(stemmed key, word) for each name or model a sentence writes: "F-16C", "Zhukov"."""
    found = []
    for word in NAME_OR_MODEL.findall(text):
        word = word.rstrip("’'")
        found.append(("-".join(stem(part) for part in word.lower().split("-")), word))
    return tuple(found)


def variants_of(sources) -> tuple:
    """Spellings of one name or model that different reports use: ("F-16", "F-16C")."""
    spellings = {}
    if len({s.article for s in sources[:SAMPLE // 2]}) < 2:
        return ()                           # one report spells each name one way
    for s in sources[:SAMPLE // 2]:
        for key, word in spelled_names(s.text):
            spellings.setdefault(key, {}).setdefault(word.lower(), (word, s.article))
    groups = []
    for forms in spellings.values():
        if len(forms) > 1 and len({article for _, article in forms.values()}) > 1:
            groups.append(tuple(sorted(word for word, _ in forms.values())))
    return tuple(sorted(groups))


def date_disagreements(groups: list, idf: dict) -> list:
    """(topic, claims) where reports date one happening differently: two clauses of two
    reports, dated by their own words on different days, that say nearly the same thing
    in whatever words, name the same places and people, and give no different counts (a
    toll of Sunday and one of Wednesday are two states, not one happening misdated).
    Clauses are looked up by their rarest terms, so the work grows with the clauses."""
    index, clauses = {}, []
    if len({m.article for _, members in groups for m in members}) < 2:
        return []                           # one report dates each happening once
    for g, (when, members) in enumerate(groups):
        if when.precision != "day":
            continue
        for m in representatives(members):
            clauses.append((g, m))
            for t in m.terms:
                bucket = index.setdefault(t, [])
                if len(bucket) < MAX_POSTINGS:
                    bucket.append(len(clauses) - 1)
    found, vocab = {}, {}

    def names_known(m, g):                  # the names a clause gives are (nearly) all in g
        if g not in vocab:
            vocab[g] = {t for mm in groups[g][1] for t in mm.terms}
        names = names_of(m)
        return len(names & vocab[g]) >= 0.75 * len(names)
    for i, (_, clause) in enumerate(clauses):
        near, budget = set(), MAX_VISITS        # postings read, rarest terms first
        for t in sorted(clause.terms, key=lambda t: (-idf.get(t, 0.0), t))[:DATE_KEYS]:
            postings = index.get(t, ())[:budget]
            near.update(postings)
            budget -= len(postings)
        for j in sorted(near - {i}):
            (g, m), (h, x) = clauses[min(i, j)], clauses[max(i, j)]   # in clause order
            if groups[h][0] == groups[g][0] or x.article == m.article:
                continue
            short, long_ = sorted((m.terms, x.terms), key=len)
            names = names_of(m) & names_of(x)     # the same people and places, named
            alike = overlap(short, long_, idf)
            if len(short) >= 3 and (alike >= SAME_HAPPENING and names or alike >= TOLD_OTHERWISE
                                    and sum(idf.get(t, 0.0) >= DISTINCT for t in names) >= 3) \
                    and names_known(m, h) and names_known(x, g) and one_happening(m, x):
                kind = happening_kind(m, x)
                if not kind:
                    continue
                sides = found.setdefault((min(g, h), max(g, h), kind), ({}, {}))
                sides[g > h][m.article, m.text] = m.when.value
                sides[g < h][x.article, x.text] = x.when.value
    return [(tuple(sorted(said)), Conflict(kind, "date", tuple(
        claim for g in sorted(said) for claim in said[g][:MAX_CLAIMS])))
            for kind, said in joined_sides(found)]


DATE_KEYS = 8          # rarest terms a dated clause is looked up by, for date disagreements
ENDS = stems(ENDING_WORDS)


def one_happening(m: Mention, x: Mention) -> bool:
    """Whether two alike clauses can tell one happening: not its end and something else
    ("declared on Saturday", "ended on Monday"), and no count that differs between them."""
    if bool(ENDS.intersection(m.terms)) != bool(ENDS.intersection(x.terms)):
        return False
    counts = {f.quantity: f for f in figures_in(m.text) if f.unit == "people"}
    return all(meet(f, counts[f.quantity]) for f in figures_in(x.text)
               if f.unit == "people" and f.quantity in counts)


def happening_kind(m: Mention, x: Mention) -> str:
    """What a date disagreement is about: "when the arrival happened", or the words the
    two clauses share, as far as they go; "" when both clauses are statements and share
    no deed beside the saying: one speaker's words on two days are two statements."""
    both_said = statement(m.text) and statement(x.text)
    kinds = sorted(m.frame.kinds & x.frame.kinds - {SAYING}) if m.frame and x.frame else ()
    if kinds and not both_said:
        return f"when the {KIND_NAMES.get(kinds[0], kinds[0])} happened"
    words = re.findall(r"[A-Za-z][\w'-]+", m.text)
    shared = [w for w in words if stem(w.lower()) in set(x.terms) and w.lower() not in STOPWORDS]
    if both_said and not any(is_verb(w.lower()) and w.lower() not in SPEECH_VERBS
                             for w in shared):
        return ""
    if kinds:
        return f"when the {KIND_NAMES.get(kinds[0], kinds[0])} happened"
    return "the day of: " + " ".join(shared[:6]) if shared else "the day it happened"


@functools.lru_cache(maxsize=1 << 12)
def statement(text: str) -> bool:
    """Whether a sentence reports someone's words ("said", "told", "according to")."""
    return not SPEECH_VERBS.isdisjoint(WORD.findall(text.lower()))


def joined_sides(found: dict) -> list:
    """(kind, {group: claims}) for each set of groups that disagree, pairwise, about one
    happening: the pairs joined, so that five dates for one vote make one disagreement."""
    parent = {}

    def root(node):
        parent.setdefault(node, node)
        while parent[node] != node:
            node = parent[node]
        return node
    def node(kind, g):                  # pairs told in other words join whatever they share
        return (kind if kind.startswith("when the") else "", g)
    for g, h, kind in found:
        parent[root(node(kind, h))] = root(node(kind, g))
    joined = {}
    for (g, h, kind), (first, second) in found.items():
        said = joined.setdefault(root(node(kind, g)), (kind, {}))[1]
        subject = "" if kind == "the day it happened" else kind.removeprefix(
            "when the ").removesuffix(" happened").removeprefix("the day of: ")
        for group, side in ((g, first), (h, second)):
            for (article, text), value in side.items():
                said.setdefault(group, [])
                if all(c.text != text for c in said[group]):
                    said[group].append(Claim(article, text, value, "day", subject=subject))
    return list(joined.values())


def representatives(members: list, most: int = 8) -> list:
    """The clauses of a group dated by their own words, told as having happened: a few,
    each saying something different, so that a minority's claim is among them."""
    chosen, seen = [], set()
    for m in members:
        if not m.explicit or m.tense == "future" or m.terms in seen or m.anchor:
            continue
        seen.add(m.terms)
        chosen.append(m)
        if len(chosen) == most:
            break
    return chosen


def names_of(m: Mention) -> set:
    """The clause's terms that its sentence writes with a capital, the first word aside."""
    return {stem(w.lower()) for w in re.findall(r"(?<=\s)[A-Z][^\W_]*", m.text)} & set(m.terms)


def overlap(a, b, idf: dict) -> float:
    """How much of clause a's terms clause b has too, weighted by rarity."""
    total = sum(idf.get(t, 0.0) for t in a)
    have = set(b)
    return sum(idf.get(t, 0.0) for t in a if t in have) / total if total else 0.0


# ---------------------------------------------------------------------------
# The timeline
# ---------------------------------------------------------------------------


def canonical_order(articles: list) -> list:
    """Articles in an order that does not depend on how they were given; undated last."""
    return sorted(articles, key=lambda a: (a.published or date.max, a.id))


# A report with no publication date is read twice, seen from two days far apart: only what
# both readings date alike (a date written in full) is kept; its relative dates ("on
# Monday") and its undated clauses are left out. Merging sees it as written on the latest
# day it names.
UNDATED_VIEWS = (date(1995, 1, 2), date(2094, 7, 1))     # unlike in year and weekday


def absolute_mentions(a: Article, rank: int, sents: list) -> list:
    """The mentions of an undated report that its own words date, whatever its date."""
    first, second = (mentions_of(a._replace(published=day), rank, sents)
                     for day in UNDATED_VIEWS)
    same = set(second)
    return [m for m in first if m.when and m.explicit and m in same]


def build_timeline(articles: list, title: str | None = None, progress=None) -> Timeline:
    """The merged timeline of a set of articles, titled by title, else by the subject the
    reports share (story_title). progress(n, total), if given, is told of each report read."""
    articles = canonical_order(date_undated(articles))
    mentions, prints, leads, readings, named = [], {}, {}, [], {}
    for rank, a in enumerate(articles):
        sents = sentences(prose_paragraphs(a.text, a.captions))
        prints[a.id] = long_sentence_prints(sents)
        leads[a.id] = sents[0].text if sents else ""
        mentions += mentions_of(a, rank, sents) if a.published else \
            absolute_mentions(a, rank, sents)
        claimed = [(a.id, s.text, found) for s in sents if (found := things_in(s.text))]
        if claimed:                         # only a report with claims of things needs its
            readings += claimed             # story, and so the lead its names are read from
            named[a.id] = tuple(s.text for s in sents[:MAX_NAME_SENTENCES])   # (shared)
        if progress:
            progress(rank + 1, len(articles))
    seen = {a.id: a.published or max((m.when.end for m in mentions if m.article == a.id),
                                     default=UNDATED_VIEWS[0]) for a in articles}
    by_id = {a.id: a._replace(published=seen[a.id]) for a in articles}
    idf = sentence_idf(mentions)
    groups = merge(mentions, by_id, idf)
    dayless = {a.id for a in articles if seen[a.id] in UNDATED_VIEWS}   # no day to hold as of
    readings = [r for r in readings if r[0] not in dayless]
    claims = entry_claims(groups, seen) + \
        story_claims(readings, groups, stories(groups, named), seen)
    conflicts, updates = differences(groups, idf, claims)
    fold_minorities(groups, conflicts)
    wire = reprint_groups(prints)
    events = [make_event(when, members, by_id, wire,
                         tuple(i for i, (c, gs) in enumerate(conflicts) if g in gs),
                         tuple(i for i, (c, gs) in enumerate(updates) if g in gs))
              for g, (when, members) in enumerate(groups) if members]
    events.sort(key=lambda e: (e.when.start, -len(e.when.value), -len(e.articles), e.summary))
    title = title or story_title([(a.title or "", leads[a.id]) for a in articles], events,
                                 [a.published for a in articles])
    return Timeline(title, tuple(articles), tuple(events), tuple(c for c, _ in conflicts),
                    tuple(c for c, _ in updates))


def fold_minorities(groups: list, conflicts: list):
    """A happening that some reports date apart from the others (at most half as many
    reports) is told once, on the date most give, when all that report's group says is that claim:
    the disagreement keeps its date. Empties the folded groups; conflicts then name the
    group they were folded into."""
    for n, (c, gs) in enumerate(conflicts):
        if c.kind != "date":
            continue
        said = {(x.article, x.text) for x in c.claims}
        reports = {g: len({m.article for m in groups[g][1]}) for g in gs}
        main = max(gs, key=lambda g: (reports[g], -g))
        for g in gs:
            if g != main and 2 * reports[g] <= reports[main] and \
                    all((m.article, m.text) in said for m in groups[g][1]):
                groups[main][1].extend(groups[g][1])
                groups[main][1].sort(key=mention_order)
                groups[g][1].clear()
        conflicts[n] = (c, tuple(g for g in gs if groups[g][1]))


def differences(groups: list, idf: dict, claims: list) -> tuple:
    """([(Conflict, group indexes)], [(update, group indexes)]), each in date order: the
    days reports give one happening, and the claims that disagree or are updated."""
    conflicts = [(c, gs) for gs, c in date_disagreements(groups, idf)]
    updates = []
    for c, gs in figure_differences(claims):
        (updates if c.kind == "update" else conflicts).append((c, gs))

    def order(item):
        return (min((groups[g][0].start for g in item[1]), default=date.max), item[0].topic,
                item[0].claims)
    return sorted(conflicts, key=order), sorted(updates, key=order)


def make_event(when: When, members: list, articles: dict, wire: dict, conflicts: tuple,
               updates: tuple) -> Event:
    """An Event from a cluster's mentions: its status, summary, cited sentences, how well
    it is attested, and the disagreements and updates that concern it."""
    sources = tuple(dict.fromkeys(Source(m.article, m.quote or m.text) for m in members))
    ids = tuple(dict.fromkeys(m.article for m in members))
    planned = [status_of(when, m.tense, articles[m.article].published) == "planned"
               for m in members if m.explicit]
    status = "planned" if planned and all(planned) else "reported"
    stories = {}
    for i in ids:
        stories.setdefault(wire[i], []).append(i)
    reprints = tuple(tuple(group) for group in stories.values() if len(group) > 1)
    return Event(when, status, summary_of(members), sources, ids, len(stories), reprints,
                 variants_of(sources), conflicts, updates)


def summary_of(members: list) -> str:
    """The sentence that best tells a cluster's happening: dated in its main clause if one
    is, not too long, and saying most what the other sentences say too."""
    members = members[:SAMPLE // 2]
    words = {m.text: set(terms(m.text)) for m in members}
    counts = {}
    for m in {m.text: m for m in members}.values():
        for t in words[m.text]:
            counts[t] = counts.get(t, 0) + 1

    def score(m):
        own = words[m.text]
        shared = sum(counts[t] > 1 for t in own) / (len(own) or 1)
        told = bool(m.frame and m.frame.kinds - {SAYING})     # names what happened
        return (m.explicit and m.main, told, 8 <= len(m.text.split()) <= 45, round(shared, 2),
                -len(m.text), -m.rank, -m.sentence)
    best = max(members, key=score)
    return best.quote or best.text


# A timeline given no title is named for the subject most of its reports share, in their
# own words, and the months its happenings span ("Morocco earthquake, September 2023"):
# the run of names (words the reports capitalise inside a sentence) found in the titles and
# leads of the most reports, more than half of them, grown by the names and then the plain
# words that as many reports put next to it. Reports that share no such run keep the plain
# title. Runs never cross punctuation, so the subject is never a piece of two phrases.
PLAIN_TITLE = "Merged timeline"
TITLE_TOKEN = re.compile(r"[^\W_]{1,40}(?:['’][^\W_]{1,3}(?![^\W_]))?|[^\w\s]")
POSSESSIVE = re.compile(r"['’]s?$", re.I)
NAME_RUN = 4            # words a subject's run of names may hold
TITLE_SAMPLE = 1000     # reports read for the subject: more would tell the same majority
TITLE_READ = 400        # characters of a title or a lead read: a headline is shorter
# Weekdays and months are written capitalised, yet name no subject: reports of one day
# share its name ("on Tuesday") as they share no story.
CALENDAR_KEYS = frozenset(map(stem, WEEKDAYS + tuple(MONTH_NUMBER)))


class Word(NamedTuple):
    """A word of a title or a lead as the subject is looked for: its surface form (without
    a possessive), the key it is compared by, and how it is written there."""
    surface: str
    key: str
    case: str           # "upper" capitalised inside a sentence, "lower", "" (no evidence)
    joiner: str = " "   # what joins it to the word before: a space or a hyphen


def phrases_of(text: str) -> list:
    """The runs of words of a text between punctuation marks (a hyphen joins, not breaks),
    as lists of Word; a Title Case or upper-case text gives no evidence of case."""
    text = text if len(text) <= TITLE_READ else text[:TITLE_READ].rsplit(" ", 1)[0]
    words = re.findall(r"[^\W\d_]{4,}", text)
    titled = len(words) > 1 and all(w[0].isupper() for w in words)
    out, run, joiner = [], [], " "
    for token in TITLE_TOKEN.findall(text):
        if token in "-‐":
            joiner = "-"
            continue
        if not token[0].isalnum():
            if run:
                out.append(run)
            run = []
            continue
        bare = POSSESSIVE.sub("", token) or token
        case = "" if titled or not run or bare.isupper() and len(bare) > 1 else \
            "upper" if bare[0].isupper() else "lower"
        run.append(Word(bare, stem(bare.lower()), case, joiner))
        joiner = " "
    return out + [run] if run else out


def story_title(texts: list, events, published: list) -> str:
    """The title of a timeline from its reports' (title, lead) pairs and publication
    dates: the subject most of them share and the months of its happenings, else the plain
    title."""
    step = -(-len(texts) // TITLE_SAMPLE)       # a thousand reports, evenly spread, tell
    sample = texts[::step]
    read = {text: phrases_of(text) for text in set(itertools.chain(*sample))}  # each once
    reports = [[p for text in pair for p in read[text]] for pair in sample]
    names = name_keys(reports)
    subject = shared_subject(reports, names)
    span = months_span(events, published) if subject and events else ""
    return f"{subject}, {span}" if span else subject or PLAIN_TITLE


def name_keys(reports: list) -> set:
    """The keys of words the reports write capitalised inside a sentence more often than
    not: names of people, places, bodies and named events. Stop words, weekdays and months
    are never names."""
    cases = {}
    for phrases in reports:
        for w in (w for p in phrases for w in p if w.case):
            up, low = cases.get(w.key, (0, 0))
            cases[w.key] = (up + (w.case == "upper"), low + (w.case == "lower"))
    return {k for k, (up, low) in cases.items()
            if up > low and k not in STOPWORDS and k not in CALENDAR_KEYS and k.isalpha()}


def shared_subject(reports: list, names: set) -> str:
    """The subject more than half the reports share (see above), as most of them write it,
    or "" when they share none."""
    need = len(reports) // 2 + 1
    if len(reports) < 2:
        return ""
    runs = [[run for p in phrases for run in name_runs(p, names)] for phrases in reports]
    shared = {k: v for k, v in runs_told(runs, NAME_RUN).items() if len(v[0]) >= need}
    if not shared:
        return ""
    best = min(shared, key=lambda k: (-len(shared[k][0]), -len(k), shared[k][0][0], k))
    grown = [k for k in shared if len(k) > len(best) and
             any(k[i:i + len(best)] == best for i in range(len(k)))]
    best = max(grown, key=lambda k: (len(k), len(shared[k][0]), k)) if grown else best
    surface = shared[best][1]
    for _ in range(2):                  # plain words after the names: "earthquake", "dam"
        runs = [[run for p in phrases for run in followed(p, best, names)] for phrases in reports]
        after = {k: v for k, v in runs_told(runs, len(best) + 1).items()
                 if len(v[0]) >= need and len(k) > len(best)}
        if not after:
            break
        best = min(after, key=lambda k: (-len(after[k][0]), after[k][0][0], k))
        surface = after[best][1]
    return surface


def name_runs(phrase: list, names: set) -> Iterator:
    """The longest runs of names in a phrase (a list of Word)."""
    start = None
    for n, w in enumerate(phrase + [None]):
        if w is not None and w.key in names:
            start = n if start is None else start
        elif start is not None:
            yield phrase[start:n]
            start = None


def followed(phrase: list, keys: tuple, names: set) -> Iterator:
    """Each place of a phrase where the words keys stand, with the plain word (no name, no
    stop word, no figure) that follows them."""
    for n in range(len(phrase) - len(keys)):
        nxt = phrase[n + len(keys)]
        if phrase[n].key == keys[0] and tuple(w.key for w in phrase[n:n + len(keys)]) == keys \
                and nxt.key not in names and nxt.key not in STOPWORDS and nxt.key.isalpha():
            yield phrase[n:n + len(keys) + 1]


def runs_told(runs: list, longest: int) -> dict:
    """{keys of a run of words: (the reports that have it, in order; its most common
    surface form)} for every run of up to `longest` words inside each report's runs."""
    told, forms = {}, {}
    for n, report in enumerate(runs):
        for run in report:
            for i in range(len(run)):
                for j in range(i + 1, min(i + longest, len(run)) + 1):
                    key = tuple(w.key for w in run[i:j])
                    seen = told.setdefault(key, [])
                    if not seen or seen[-1] != n:
                        seen.append(n)
                    surface = run[i].surface + "".join(w.joiner + w.surface for w in run[i + 1:j])
                    form = forms.setdefault(key, {})
                    form.setdefault(surface, [0, len(form)])[0] += 1
    return {k: (v, min(forms[k], key=lambda s: (-forms[k][s][0], forms[k][s][1])))
            for k, v in told.items()}


STORY_LEAD = 31         # days before its first report that a story's happenings may lie


def months_span(events, published: list) -> str:
    """"September 2023", "June to July 2023" or "December 2022 to January 2023": the months
    of the happenings the reports tell as news (dated to a day from a month before the
    first report to the last), else of all the reports; "" when no day is known. Reports
    with no date of their own (None) set no bound."""
    known = [day for day in published if day]
    early = min(known, default=date.max) - timedelta(days=STORY_LEAD)
    days = [e.when.start for e in events if e.when.precision == "day" and e.status ==
            "reported" and (not known or early <= e.when.start <= max(known))] or known
    if not days:
        return ""
    first, last = min(days), max(days)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first:%B} {first.year}"
    if first.year == last.year:
        return f"{first:%B} to {last:%B} {last.year}"
    return f"{first:%B} {first.year} to {last:%B} {last.year}"


# ---------------------------------------------------------------------------
# Renderers: one function per format, from Timeline to text
# ---------------------------------------------------------------------------
# The pipeline above builds the timeline once; each renderer only lays it out.
# FORMATS maps a format's name to its renderer: the command line takes its
# choices from it, so help, validation and dispatch cannot drift apart.
# Renderers for people (text, markdown) first make every string from the input
# printable: escape sequences and control characters in an article must not
# reach a terminal.


class Style(NamedTuple):
    """How a renderer lays text out: width in columns, whether to colour it, and whether
    to show the coverage table (text)."""
    width: int = 80
    color: bool = False
    coverage: bool = False


INVISIBLE = r"\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"   # C1 controls, bidi marks
CONTROLS = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-_]?)"
                      rf"|[\x00-\x08\x0b-\x1f{INVISIBLE}\ud800-\udfff]")
LINE_BREAKS = re.compile(r"[\t\n\x0b\x0c\r\x1c-\x1f\x85\u2028\u2029]+")


def printable(text: str) -> str:
    """The one cleaning step of everything printed: text on one line, without terminal
    escape sequences, control characters, bidi overrides or line breaks (a break is a
    space), so that no field can move the cursor or forge a line."""
    return CONTROLS.sub("", LINE_BREAKS.sub(" ", text)) if text else text


def printable_timeline(timeline: Timeline) -> Timeline:
    """The timeline with every string that came from the input made printable: reports,
    entries, disagreements and updates alike."""
    def fix(value):
        return printable(value) if isinstance(value, str) else value

    def differences(items):
        return tuple(c._replace(topic=fix(c.topic), claims=tuple(
            x._replace(article=fix(x.article), text=fix(x.text), value=fix(x.value),
                       subject=fix(x.subject))
            for x in c.claims)) for c in items)
    articles = tuple(a._replace(id=fix(a.id), text="", outlet=fix(a.outlet), title=fix(a.title),
                                url=fix(a.url)) for a in timeline.articles)
    events = tuple(e._replace(summary=fix(e.summary), articles=tuple(map(fix, e.articles)),
                              sources=tuple(Source(fix(s.article), fix(s.text)) for s in e.sources),
                              reprints=tuple(tuple(map(fix, g)) for g in e.reprints),
                              variants=tuple(tuple(map(fix, v)) for v in e.variants))
                   for e in timeline.events)
    return timeline._replace(title=fix(timeline.title), articles=articles, events=events,
                             conflicts=differences(timeline.conflicts),
                             updates=differences(timeline.updates))


LABEL_LENGTH = 40       # characters of a title that name a report


def article_labels(articles) -> dict:
    """A label per report, as people name a report: its outlet, else its title shortened,
    else its id. Reports that would read the same are told apart by their date ("Al
    Jazeera, 11 Sep"), and those still alike by their id."""
    labels = {a.id: a.outlet or (shortened(a.title, LABEL_LENGTH) if a.title else a.id)
              for a in articles}
    dates = {a.id: a.published for a in articles}
    labels = told_apart(labels, lambda i, alike: f"{labels[i]}, {short_date(dates[i], alike)}",
                        dates)
    return told_apart(labels, lambda i, alike: f"{labels[i]} ({i})", dates)


def told_apart(labels: dict, longer, dates: dict) -> dict:
    """The labels, each one that several reports share made longer(id, the dates of the
    reports that share it)."""
    alike = {}
    for i, label in labels.items():
        alike.setdefault(label, []).append(i)
    return {i: longer(i, [dates[j] for j in alike[label]]) if len(alike[label]) > 1 else label
            for i, label in labels.items()}


def short_date(day: date | None, among: list) -> str:
    """"11 Sep", or "11 Sep 2023" where the dates it is told from are of other years;
    "undated" for a report with no date."""
    if day is None:
        return "undated"
    year = f" {day.year}" if len({d.year for d in among if d}) > 1 else ""
    return f"{day.day} {day:%b}{year}"


def shortened(text: str, most: int) -> str:
    """The text cut at the last word boundary within `most` characters, with "…"."""
    text = " ".join(text.split())
    if len(text) <= most:
        return text
    cut = text[:most + 1].rsplit(" ", 1)[0] if " " in text[:most + 1] else text[:most - 1]
    return cut.rstrip(" ,;:—–-") + "…"


def date_heading(when: When) -> str:
    """"Saturday 16 September 2023", "October 2023" or "2022"."""
    if when.precision == "day":
        return f"{when.start:%A} {when.start.day} {when.start:%B %Y}"
    return f"{when.start:%B %Y}" if when.precision == "month" else when.value


LISTED = 50        # reports a page or a terminal lists by name; JSON lists them all


def unlisted(timeline: Timeline) -> list:
    """[how many reports are not listed by name], or [] when all are."""
    more = len(timeline.articles) - LISTED
    return [more] if more > 0 else []


def article_note(a: Article, label: str) -> str:
    """What the reader should know of a report besides its label and date: its title where
    the label is not made from it, that its outlet is not named, whether its date was
    inferred."""
    about = a.title if a.outlet and a.title else "" if a.outlet else "outlet not named"
    if a.dated_by.startswith(("inferred", "assumed")):
        return f"{about} (date inferred from its text)" if about else "date inferred from its text"
    return about


def span_text(timeline: Timeline) -> str:
    """"16 entries from 5 reports, 2022 to October 2023"."""
    events = timeline.events
    reports = len(timeline.articles)
    n = f"{len(events)} {'entry' if len(events) == 1 else 'entries'} from {reports} " \
        f"{'report' if reports == 1 else 'reports'}"
    missing = timeline.left_out
    n += f" ({missing} {'page' if missing == 1 else 'pages'} left out: could not be read)" \
        if missing else ""
    if not events:
        return n
    first, last = date_heading(events[0].when), date_heading(max(e.when for e in events))
    return n + (f", {first}" if first == last else f", {first} to {last}")


def days(events) -> list:
    """(heading, entries) for each date of the timeline, in order."""
    grouped = {}
    for e in events:
        grouped.setdefault(date_heading(e.when), []).append(e)
    return list(grouped.items())


COLORS = {"bold": "1", "dim": "2", "yellow": "33", "red": "31"}


def painter(enabled: bool):
    """A function that wraps text in an ANSI colour when colour is on."""
    if not enabled:
        return lambda text, color: text
    return lambda text, color: f"\x1b[{COLORS[color]}m{text}\x1b[0m"


def reports_note(e: Event, labels: dict, most: int = 3) -> str:
    """"DW" or "3 reports: DW, AP, +1"; reports that are one wire story joined by "=".
    The count is of distinct reports, a wire story reprinted counted once."""
    names, shown = [], set()
    for i in e.articles:
        if i in shown:
            continue
        group = next((g for g in e.reprints if i in g), (i,))
        shown.update(group)
        wire = " (one wire story)" if len(group) > 1 else ""
        names.append(" = ".join(labels[j] for j in group) + wire)
    listed = ", ".join(names[:most] + ([f"+{len(names) - most}"] if len(names) > most else []))
    return listed if e.independent == 1 else f"{e.independent} reports: {listed}"


def claim_value(c: Conflict, x: Claim) -> str:
    """A claim's value for a reader: a day as "Wednesday 13 September 2023"."""
    if c.kind == "date" and len(x.value) == 10:
        return date_heading(day_when(date.fromisoformat(x.value)))
    return x.value


def claim_note(c: Conflict, labels: dict) -> str:
    """"s0: Wednesday 13 September 2023; DW: Tuesday 12 September 2023": who says what."""
    said = {}
    for x in c.claims:
        said.setdefault(claim_value(c, x), []).append(labels[x.article])
    return "; ".join(f"{', '.join(dict.fromkeys(who))}: {value}" for value, who in said.items())


def update_note(c: Conflict, labels: dict, published: dict) -> str:
    """An update as one series, a step a day: "more than 5,000 (e1, 7 Feb) → past 7,200
    (e2, e5, 8 Feb) (3 reports)", two figures of one day as "1,404 / 2,059", and ",
    revised down" when a later figure falls."""
    steps = {}
    for x in c.claims:
        day = date.fromisoformat(x.as_of) if x.as_of else published[x.article]
        values, who = steps.setdefault(day, ({}, {}))
        values[x.value] = who[labels[x.article]] = None
    series = " → ".join(f"{' / '.join(values)} ({', '.join(who)}, "
                        f"{f'{day.day} {day:%b}' if day else 'date unknown'})"
                        for day, (values, who) in steps.items())
    reports = len({x.article for x in c.claims})
    return f"{series} ({reports} reports)" + (", revised down" if c.direction == "down" else "")


def entry_notes(e: Event, timeline: Timeline, labels: dict, published: dict) -> list:
    """The lines under an entry: where reports differ on it, updated figures, variants.
    labels and published map each report's id to its label and its date."""
    notes = [f"! Reports differ on {timeline.conflicts[i].topic} "
             f"({claim_note(timeline.conflicts[i], labels)})" for i in e.conflicts]
    notes += [f"↻ Updated: {timeline.updates[i].topic}, "
              f"{update_note(timeline.updates[i], labels, published)}" for i in e.updates]
    if e.variants:
        notes.append("Also spelled: " + "; ".join(" / ".join(v) for v in e.variants))
    return notes


# The coverage picture: reports as rows, the timeline's dates as columns (its days, or its
# months, or its years when there are too many to show), a mark where a report tells
# something of that date. One model, laid out as a table in the page and in text.
COVERAGE_COLUMNS = 31   # columns a picture shows before it takes a coarser unit


class Column(NamedTuple):
    """A column of the coverage picture: a day, a month or a year, and its two headings
    (the top one shared by the columns beside it that have it too)."""
    when: When
    top: tuple          # ways to write the top heading, longest first: ("Sep 2023", "Sep")
    label: str          # "12", "Oct", "2022"


class Mark(NamedTuple):
    """A cell of the coverage picture: the entries (indexes into Timeline.events) that
    report tells of that column, and whether it differs from another report on one."""
    entries: tuple
    differs: bool


class Coverage(NamedTuple):
    """Which report tells which dates: columns, rows (report ids) and the marked cells."""
    columns: tuple
    rows: tuple
    marks: dict         # (report id, column index): Mark


def coverage(timeline: Timeline) -> Coverage:
    """The coverage picture of a timeline, of its first LISTED reports."""
    for unit in ("day", "month", "year"):
        keys = [column_when(e.when, unit) for e in timeline.events]
        columns = sorted(set(keys), key=lambda w: (w.start, len(w.value)))   # 2023, Jan
        if len(columns) <= COVERAGE_COLUMNS:
            break
    place = {w: n for n, w in enumerate(columns)}
    rows = tuple(a.id for a in timeline.articles[:LISTED])
    listed, marks = set(rows), {}
    for n, (e, key) in enumerate(zip(timeline.events, keys)):
        differ = {claim_report(x) for kind, _, c in differences_of(e, timeline)
                  if kind == "disagreement" for x in sides(c)}
        for i in (i for i in e.articles if i in listed):
            old = marks.get((i, place[key]), Mark((), False))
            marks[(i, place[key])] = Mark(old.entries + (n,), old.differs or i in differ)
    return Coverage(tuple(map(column, columns)), rows, marks)


def column_when(when: When, unit: str) -> When:
    """The date a column of that unit shows for an entry's date: its day, month or year,
    never finer than the entry's own."""
    if unit == "year" or when.precision == "year":
        return year_when(when.start.year)
    if unit == "month" or when.precision != "day":
        return month_when(when.start.year, when.start.month)
    return when


def column(when: When) -> Column:
    """A column's headings: a day under its month, a month under its year, a year alone."""
    if when.precision == "day":
        return Column(when, (f"{when.start:%b %Y}", f"{when.start:%b}"), str(when.start.day))
    if when.precision == "month":
        return Column(when, (str(when.start.year), f"'{when.start:%y}"), f"{when.start:%b}")
    return Column(when, ("",), when.value)


def column_groups(columns) -> list:
    """(top heading forms, how many columns) for each run of columns that share one."""
    groups = []
    for c in columns:
        if groups and groups[-1][0] == c.top:
            groups[-1][1] += 1
        else:
            groups.append([c.top, 1])
    return groups


def coverage_text(timeline: Timeline, labels: dict, style: Style, paint) -> list:
    """The coverage picture as lines of text within the width: a column of three or
    more characters a date, in as many blocks of columns as the width needs."""
    cover = coverage(timeline)
    if not cover.columns:
        return []
    wide = min(max(len(labels[i]) for i in cover.rows), style.width // 3)
    names = {i: labels[i] if len(labels[i]) <= wide else labels[i][:wide - 1] + "…"
             for i in cover.rows}
    room = style.width - wide - 3
    blocks, block, used = [], [], 0
    for n, size in enumerate(column_sizes(cover.columns)):
        if block and used + size > room:
            blocks.append(block)
            block, used = [], 0
        block.append((n, size))
        used += size
    blocks.append(block)
    import textwrap
    key = "• tells something of that date; ! differs from another report on it"
    out = ["", paint("Coverage", "bold")] + textwrap.wrap(key, style.width, initial_indent="  ",
                                                          subsequent_indent="  ")
    for block in blocks:
        tops, labels_line, start = "", "", 0
        for top, count in column_groups([cover.columns[n] for n, _ in block]):
            span = sum(size for _, size in block[start:start + count])
            tops += next((t for t in top if len(t) < span), "").ljust(span)
            start += count
        labels_line = "".join(cover.columns[n].label.rjust(size - 1) + " " for n, size in block)
        out += ["", " " * (wide + 3) + tops.rstrip(), " " * (wide + 3) + labels_line.rstrip()]
        for i in cover.rows:
            cells = ""
            for n, size in block:
                mark = cover.marks.get((i, n))
                sign = " " if not mark else paint("!", "red") if mark.differs else "•"
                cells += " " * (size - 2) + sign + " "
            out.append(f"  {names[i]:<{wide}} {cells}".rstrip())
    return out


def column_sizes(columns) -> list:
    """The characters each column of the text picture takes: its label and a space, the
    first of a run sharing a top heading widened until the shortest form of it fits."""
    sizes = [max(len(c.label), 2) + 1 for c in columns]
    n = 0
    for top, count in column_groups(columns):
        sizes[n] += max(0, min(map(len, top)) + 1 - sum(sizes[n:n + count]))
        n += count
    return sizes


def render_text(timeline: Timeline, style: Style = Style()) -> str:
    """The timeline for a person to read: the reports, then each date and its entries,
    then where the reports differ."""
    import textwrap
    timeline, paint = printable_timeline(timeline), painter(style.color)
    labels = article_labels(timeline.articles)
    published = {a.id: a.published for a in timeline.articles}
    wide = max(map(len, labels.values()), default=0)

    def fill(text, first, rest):
        return textwrap.fill(text, style.width, initial_indent=first, subsequent_indent=rest,
                             break_on_hyphens=False)
    out = [paint(timeline.title, "bold"), span_text(timeline), "", paint("Reports", "bold")]
    for a in timeline.articles[:LISTED]:
        line = (f"  {labels[a.id]:<{wide}}  {a.published or 'date unknown'}  "
                f"{article_note(a, labels[a.id])}")
        out.append(line if len(line) <= style.width else line[:style.width - 1] + "…")
    out += [f"  … and {more} more (all in --format json)" for more in unlisted(timeline)]
    if style.coverage:
        out += coverage_text(timeline, labels, style, paint)
    for heading, entries in days(timeline.events):
        out += ["", paint(heading, "bold")]
        for e in entries:
            mark = "(planned) " if e.status == "planned" else ""
            body = fill(f"{mark}{e.summary} [{reports_note(e, labels)}]", "  • ", "    ")
            out.append(body.replace("(planned)", paint("(planned)", "yellow"), 1) if mark else body)
            for note in entry_notes(e, timeline, labels, published):
                line = fill(note, "    ", "      ")
                out.append(paint(line, "red") if note.startswith("!") else paint(line, "dim"))
    if timeline.conflicts:
        out += ["", paint("Where the reports differ", "bold")]
        for n, c in enumerate(timeline.conflicts, 1):
            out.append(fill(f"{n}. {c.topic[0].upper()}{c.topic[1:]}", "  ", "     "))
            for x in c.claims:
                out.append(fill(f"{labels[x.article]} ({claim_value(c, x)}): {x.text}", "     ",
                                "       "))
    if timeline.updates:
        out += ["", paint("Updated figures", "bold")]
        for n, c in enumerate(timeline.updates, 1):
            out.append(fill(f"{n}. {c.topic[0].upper()}{c.topic[1:]}: "
                            f"{update_note(c, labels, published)}", "  ", "     "))
    return "\n".join(out) + "\n"


MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def md(text: str) -> str:
    """Text that Markdown shows as it is."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", printable(text))


def md_link(text: str, url: str | None) -> str:
    """A Markdown link to an http(s) url, or the bare text where there is none."""
    if not url or not re.match(r"https?://", url):
        return md(text)
    safe = re.sub(r"[\s()<>\[\]|]", lambda c: f"%{ord(c.group()):02X}", printable(url))
    return f"[{md(text)}]({safe})"


def render_markdown(timeline: Timeline, style: Style = Style()) -> str:
    """The timeline as a Markdown document: a heading per date, a bullet per entry, and
    where the reports differ."""
    timeline = printable_timeline(timeline)
    labels = article_labels(timeline.articles)
    published = {a.id: a.published for a in timeline.articles}
    out = [f"# {md(timeline.title)}", "", md(span_text(timeline)), "", "## Reports", "",
           "| Report | Published | Outlet and title |", "| --- | --- | --- |"]
    for a in timeline.articles[:LISTED]:
        about = md_link(article_note(a, labels[a.id]), a.url)
        out.append(f"| {md(labels[a.id])} | {a.published or 'date unknown'} | {about} |")
    out += [f"| … | | and {more} more |" for more in unlisted(timeline)]
    for heading, entries in days(timeline.events):
        out += ["", f"## {heading}", ""]
        for e in entries:
            mark = "**Planned:** " if e.status == "planned" else ""
            out.append(f"- {mark}{md(e.summary)} *({md(reports_note(e, labels, 8))})*")
            for note in entry_notes(e, timeline, labels, published):
                bold = note.startswith("!")
                stress = "**" if bold else ""
                out.append(f"  - {stress}{md(note.lstrip('!↻ '))}{stress}")
    if timeline.conflicts:
        out += ["", "## Where the reports differ", ""]
        for n, c in enumerate(timeline.conflicts, 1):
            out.append(f"{n}. {md(c.topic[0].upper() + c.topic[1:])}")
            for x in c.claims:
                out.append(f"   - **{md(labels[x.article])}** ({md(claim_value(c, x))}): "
                           f"{md(x.text)}")
    if timeline.updates:
        out += ["", "## Updated figures", ""]
        out += [f"{n}. {md(c.topic[0].upper() + c.topic[1:])}: "
                f"{md(update_note(c, labels, published))}"
                for n, c in enumerate(timeline.updates, 1)]
    return "\n".join(out) + "\n"


def article_data(a: Article) -> dict:
    """A report as the JSON document gives it."""
    return {"id": a.id, "outlet": a.outlet,
            "published": a.published and a.published.isoformat(), "title": a.title,
            "url": a.url, "dated_by": a.dated_by}


def event_data(e: Event) -> dict:
    """An entry as the JSON document gives it (the shape in the README), its "sources"
    left for the renderer to give out one at a time."""
    return {"date": e.when.value, "status": e.status, "summary": e.summary, "sources": [],
            "articles": list(e.articles), "reports": len(e.articles),
            "independent_reports": e.independent, "reprints": [list(g) for g in e.reprints],
            "variants": [list(v) for v in e.variants],
            "conflicts": [f"c{i + 1}" for i in e.conflicts],
            "updates": [f"u{i + 1}" for i in e.updates]}


def differences_data(items, prefix: str) -> list:
    """Disagreements or updates as the JSON document gives them, with ids c1, u1, ..."""
    return [{"id": f"{prefix}{i}", "topic": c.topic, "kind": c.kind,
             **({"direction": c.direction} if c.direction else {}),
             "claims": [claim_data(x) for x in c.claims]} for i, c in enumerate(items, 1)]


def claim_data(x: Claim) -> dict:
    """A claim as the JSON document gives it: its report, sentence and value, the subject
    and attribute the value is of, its unit and approximation where it has them, and the
    day it holds as of. "quantity" repeats the attribute under the name the first
    versions gave it, which tools may read."""
    data = {"article": x.article, "text": x.text, "value": x.value}
    data.update((k, v) for k, v in (("quantity", x.quantity), ("subject", x.subject),
                                    ("attribute", x.quantity),
                                    ("unit", x.unit), ("approximation", x.approximation),
                                    ("as_of", x.as_of)) if v)
    return data


TERMINAL_ACTIVE = re.compile(rf"[{INVISIBLE}\u2028\u2029]")     # escaped in JSON, not raw


def render_json(timeline: Timeline, style: Style = Style()):
    """The timeline as one JSON document, a line per report, entry and difference, given
    out a line at a time: ten thousand reports' worth of sources need not be held twice."""
    import json
    from json.encoder import encode_basestring as quoted    # plain() of a string
    plain = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode

    def escaped(text):                  # what a terminal would act on is escaped, not raw
        if text.isascii() and "\x7f" not in text:     # DEL: the one ASCII character
                                                        # TERMINAL_ACTIVE holds
            return text
        return TERMINAL_ACTIVE.sub(lambda c: f"\\u{ord(c.group()):04x}", text)

    def encode(value):
        return escaped(plain(value))

    def items(key, values, last=False):
        yield f'  "{key}": ['
        n = 0
        for n, value in enumerate(values, 1):
            yield f'{"," if n > 1 else ""}\n    '
            yield from value if isinstance(value, Iterator) else (encode(value),)
        yield f'{chr(10) + "  " if n else ""}]{"" if last else ","}\n'

    def event(e):                       # its sentences one by one: an entry may cite 50 MB
        head, _, tail = encode(event_data(e)).partition('"sources": []')
        yield head + '"sources": ['
        for n, s in enumerate(e.sources):  # what encode() makes of the dict, a cheaper way
            yield (", " if n else "") + \
                escaped(f'{{"article": {quoted(s.article)}, "text": {quoted(s.text)}}}')
        yield "]" + tail
    yield f'{{\n  "title": {encode(timeline.title)},\n'
    if timeline.left_out:
        yield f'  "left_out": {timeline.left_out},\n'
    yield from items("articles", map(article_data, timeline.articles))
    yield from items("events", map(event, timeline.events))
    yield from items("conflicts", differences_data(timeline.conflicts, "c"))
    yield from items("updates", differences_data(timeline.updates, "u"), last=True)
    yield "}\n"


HTML_STYLE = """
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --line: #8a8a8a;
        --planned: #7a4b00; --differ: #a0001b; --paper: #ffffff; --soft: #f3f3f3; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 46rem; padding: 1rem; background: var(--paper);
       color: var(--ink); font: 1rem/1.5 Georgia, "Times New Roman", serif; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0; }
h2 { font-size: 1.15rem; margin: 2rem 0 0.5rem; }
h3 { font-size: 1.05rem; margin: 1rem 0 0.25rem; }
a { color: #0645ad; }
p, li { overflow-wrap: anywhere; }
.lead { color: var(--muted); margin-top: 0; }
.reports { padding-left: 1.2rem; font-size: 0.95rem; }
.timeline { list-style: none; margin: 0; padding: 0; border-left: 3px solid var(--line); }
.day { position: relative; padding: 0 0 0.5rem 1.25rem; }
.day::before { content: ""; position: absolute; left: -0.55rem; top: 0.45rem; width: 0.8rem;
               height: 0.8rem; border-radius: 50%; background: var(--paper);
               border: 3px solid var(--ink); }
.day > h2 { margin: 0 0 0.5rem; }
.entries { list-style: none; margin: 0; padding: 0; }
.entry { margin: 0 0 1rem; padding: 0.6rem 0.8rem; background: var(--soft);
         border-left: 4px solid var(--ink); }
.entry.planned { border-left-style: dashed; border-left-color: var(--planned); }
.entry.differs { border-left-color: var(--differ); }
.entry p { margin: 0 0 0.35rem; }
.by, .note { font-size: 0.9rem; color: var(--muted); margin: 0.2rem 0 0; }
.tag { display: inline-block; font: bold 0.75rem/1.4 system-ui, sans-serif;
       text-transform: uppercase; letter-spacing: 0.04em; padding: 0 0.35rem;
       border: 1px solid currentColor; border-radius: 0.2rem; margin-right: 0.4rem; }
.tag.planned { color: var(--planned); }
.tag.differs, .note.differs { color: var(--differ); }
.claims { padding-left: 1.2rem; }
.key { font-size: 0.9rem; color: var(--muted); margin: 0 0 0.4rem; }
.key .differs { color: var(--differ); }
.coverage { overflow-x: auto; max-width: 100%; margin: 0 0 1rem;
            border: 1px solid var(--soft); }
.coverage table { border-collapse: collapse; font: 0.8rem/1.25 system-ui, sans-serif; }
.coverage th, .coverage td { padding: 0.2rem 0.3rem; text-align: center;
                             border-bottom: 1px solid var(--soft); white-space: nowrap; }
.coverage thead th { font-weight: normal; color: var(--muted); }
.coverage tbody th { position: sticky; left: 0; z-index: 1; background: var(--paper);
                     text-align: left; font-weight: normal; max-width: 9rem;
                     overflow: hidden; text-overflow: ellipsis; }
.coverage a { display: block; min-width: 1.1rem; color: var(--ink); text-decoration: none; }
.coverage a.differs { color: var(--differ); font-weight: bold; }
.entry:target { outline: 3px solid #0645ad; }
@media print {
  .coverage { overflow: visible; border: none; }
  .coverage table { font-size: 7pt; }
  .coverage th, .coverage td { padding: 0.1rem 0.15rem; }
  .coverage tbody th { position: static; max-width: 12rem; }
  body { max-width: none; font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
  .entry { break-inside: avoid; background: none; border-left-width: 2px; }
  .day::before { display: none; }
}
"""


def coverage_html(timeline: Timeline, labels: dict) -> list:
    """The coverage picture as a table in its own scrolling box, each mark a link to the
    first entry it stands for; a disagreement marked by its colour and its shape too."""
    from html import escape
    cover = coverage(timeline)
    if not cover.columns:
        return []
    groups = column_groups(cover.columns)
    out = ['<section aria-labelledby="coverage">', '<h2 id="coverage">Coverage</h2>',
           '<p class="key">● a report tells something of that date (a link to it); '
           '<b class="differs">◆</b> it differs from another report there</p>',
           '<div class="coverage" role="region" aria-labelledby="coverage" tabindex="0">',
           '<table>', '<thead>', '<tr><td></td>']
    out += [f'<th scope="colgroup" colspan="{count}">{escape(top[0])}</th>'
            for top, count in groups]
    out += ['</tr>', '<tr><th scope="col">Report</th>']
    out += [f'<th scope="col"><time datetime="{c.when.value}">{escape(c.label)}</time></th>'
            for c in cover.columns]
    out += ['</tr>', '</thead>', '<tbody>']
    for i in cover.rows:
        cells = []
        for n, c in enumerate(cover.columns):
            mark = cover.marks.get((i, n))
            if not mark:
                cells.append('<td></td>')
                continue
            said = f"{labels[i]}, {date_heading(c.when)}: {len(mark.entries)} " \
                   f"{'entry' if len(mark.entries) == 1 else 'entries'}" + \
                   "; differs from another report" * mark.differs
            cells.append(f'<td><a href="#e{mark.entries[0] + 1}"'
                         f'{" class=" + chr(34) + "differs" + chr(34) if mark.differs else ""}'
                         f' title="{escape(said)}" aria-label="{escape(said)}">'
                         f'{"◆" if mark.differs else "●"}</a></td>')
        out.append(f'<tr><th scope="row" dir="auto" title="{escape(labels[i])}">'
                   f'{escape(labels[i])}</th>{"".join(cells)}</tr>')
    out += [f'<tr><th scope="row">… and {more} more</th></tr>' for more in unlisted(timeline)]
    return out + ['</tbody>', '</table>', '</div>', '</section>']


def render_html(timeline: Timeline, style: Style = Style()) -> str:
    """The timeline as one self-contained page: inline style, no script, nothing fetched."""
    from html import escape
    timeline = printable_timeline(timeline)
    labels = article_labels(timeline.articles)
    published = {a.id: a.published for a in timeline.articles}
    urls = {a.id: a.url for a in timeline.articles if a.url and re.match(r"https?://", a.url)}

    def report(i):
        name = escape(labels[i])
        return f'<a href="{escape(urls[i])}">{name}</a>' if i in urls else name
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f'<title>{escape(timeline.title)}</title>', f'<style>{HTML_STYLE}</style>', '</head>',
           '<body>', '<header>', f'<h1 dir="auto">{escape(timeline.title)}</h1>',
           f'<p class="lead">{escape(span_text(timeline))}</p>', '</header>', '<main>',
           '<section aria-labelledby="reports">', '<h2 id="reports">Reports</h2>',
           '<ul class="reports">']
    for a in timeline.articles[:LISTED]:
        note = article_note(a, labels[a.id])
        day = f'<time datetime="{a.published}">{a.published}</time>' if a.published \
            else "date unknown"
        out.append(f'<li>{report(a.id)}: {day}'
                   f'{", " * bool(note)}<span dir="auto">{escape(note)}</span></li>')
    out += [f'<li>… and {more} more</li>' for more in unlisted(timeline)]
    out += ['</ul>', '</section>']
    out += coverage_html(timeline, labels)
    out += ['<section aria-labelledby="timeline">', '<h2 id="timeline">Timeline</h2>',
            '<ol class="timeline">']
    number = {}
    for n, e in enumerate(timeline.events, 1):
        number.setdefault(id(e), n)
    for heading, entries in days(timeline.events):
        out += ['<li class="day">', f'<h2><time datetime="{entries[0].when.value}">'
                f'{escape(heading)}</time></h2>', '<ul class="entries">']
        for e in entries:
            kinds = " planned" * (e.status == "planned") + " differs" * bool(e.conflicts)
            tags = '<span class="tag planned">Planned</span>' * (e.status == "planned")
            tags += '<span class="tag differs">Reports differ</span>' * bool(e.conflicts)
            out += [f'<li class="entry{kinds}" id="e{number[id(e)]}">',
                    f'<p dir="auto">{tags}{escape(e.summary)}</p>',
                    f'<p class="by">{"Told by " if e.independent > 1 else "From "}'
                    f'{", ".join(report(i) for i in e.articles)}'
                    f'{f" ({e.independent} independent reports)" if e.independent > 1 else ""}</p>']
            for note in entry_notes(e, timeline, labels, published):
                kind = " differs" if note.startswith("!") else ""
                out.append(f'<p class="note{kind}" dir="auto">{escape(note.lstrip("!↻ "))}</p>')
            out.append('</li>')
        out += ['</ul>', '</li>']
    out += ['</ol>', '</section>']
    if timeline.conflicts:
        out += ['<section aria-labelledby="differ">',
                '<h2 id="differ">Where the reports differ</h2>']
        for c in timeline.conflicts:
            out += [f'<h3 dir="auto">{escape(c.topic[0].upper() + c.topic[1:])}</h3>',
                    '<ul class="claims">']
            out += [f'<li dir="auto"><strong>{report(x.article)}</strong> '
                    f'({escape(claim_value(c, x))}): {escape(x.text)}</li>' for x in c.claims]
            out.append('</ul>')
        out.append('</section>')
    if timeline.updates:
        out += ['<section aria-labelledby="updated">', '<h2 id="updated">Updated figures</h2>',
                '<ul class="updates">']
        out += [f'<li dir="auto">{escape(c.topic[0].upper() + c.topic[1:])}: '
                f'{escape(update_note(c, labels, published))}</li>' for c in timeline.updates]
        out += ['</ul>', '</section>']
    out += ['</main>', f'<footer><p class="lead">Made by {PROG} {__version__}.</p></footer>',
            '</body>', '</html>']
    return "\n".join(out) + "\n"


def ics_text(value: str) -> str:
    """A TEXT value of iCalendar (RFC 5545, 3.3.11): backslash, semicolon, comma, newline."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def ics_fold(line: str) -> str:
    """A content line folded at 75 octets (RFC 5545, 3.1), never inside a character nor
    inside an escape such as "\\,"."""
    out, current = [], b""
    for char in re.findall(r"\\.|.", line, re.S):
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > (75 if not out else 74):
            out.append(current)
            current = b""
        current += encoded
    out.append(current)
    return "\r\n ".join(part.decode("utf-8") for part in out)


def ics_date(day: date) -> str:
    """A DATE value of iCalendar: eight digits, the year padded ("09990101")."""
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def render_ics(timeline: Timeline, style: Style = Style()) -> str:
    """The timeline as an iCalendar file: one all-day event per entry. A month or a year
    entry is a one-day event on the first day of its month or year, its summary naming the
    month or year. UIDs and DTSTAMP come from the data, so the same input gives the same
    file."""
    import hashlib
    labels = article_labels(timeline.articles)
    latest = max((a.published for a in timeline.articles if a.published),
                 default=date(1970, 1, 1))
    stamp = f"{ics_date(latest)}T000000Z"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//{PROG}//Merged news timeline "
             f"{__version__}//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{ics_text(printable(timeline.title))}"]
    for e in timeline.events:
        key = "\n".join([e.when.value, e.summary] + [s.article + s.text for s in e.sources])
        uid = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
        period = "" if e.when.precision == "day" else f"{date_heading(e.when)}: "
        planned = "(planned) " if e.status == "planned" else ""
        about = [f"{'Planned' if planned else 'Reported'}; told by "
                 f"{', '.join(labels[i] for i in e.articles)}."]
        if period:
            about.append(f"Dated to {date_heading(e.when)}; the day is not known.")
        about += [f"{labels[s.article]}: {s.text}" for s in e.sources[:20]]
        if len(e.sources) > 20:
            about.append(f"... and {len(e.sources) - 20} more sentences.")
        end = e.when.start + timedelta(days=1) if e.when.start < date.max else None
        lines += ["BEGIN:VEVENT", f"UID:{uid}@{PROG}", f"DTSTAMP:{stamp}",
                  f"DTSTART;VALUE=DATE:{ics_date(e.when.start)}"]
        lines += [f"DTEND;VALUE=DATE:{ics_date(end)}"] if end else []   # none: one day
        lines += [f"SUMMARY:{ics_text(printable(period + planned + e.summary))}",
                  f"DESCRIPTION:{ics_text(chr(10).join(map(printable, about)))}",
                  f"STATUS:{'TENTATIVE' if planned else 'CONFIRMED'}", "TRANSP:TRANSPARENT",
                  f"CATEGORIES:{e.status}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(ics_fold(line) + "\r\n" for line in lines)


def headline(text: str, words: int = 14) -> str:
    """The first words of a sentence, for a slide's headline."""
    parts = text.split()
    return text if len(parts) <= words else " ".join(parts[:words]) + " …"


def render_timelinejs(timeline: Timeline, style: Style = Style()) -> str:
    """The timeline as the JSON that Knight Lab's TimelineJS loads: a title slide, then a
    slide per entry with its date (year, month, day as numbers, as precise as known), its
    summary and its reports; planned and reported entries in two groups."""
    import json
    from html import escape
    timeline = printable_timeline(timeline)
    labels = article_labels(timeline.articles)
    published = {a.id: a.published for a in timeline.articles}
    slides = []
    for n, e in enumerate(timeline.events, 1):
        start = {"year": e.when.start.year}
        if e.when.precision in ("day", "month"):
            start["month"] = e.when.start.month
        if e.when.precision == "day":
            start["day"] = e.when.start.day
        notes = "".join(f"<p>{escape(note.lstrip('!↻ '))}</p>"
                        for note in entry_notes(e, timeline, labels, published))
        slides.append({
            "unique_id": f"entry-{n}", "start_date": start,
            "display_date": date_heading(e.when),
            "text": {"headline": escape(headline(e.summary)),
                     "text": f"<p>{escape(e.summary)}</p>{notes}<p>Reports: "
                             f"{escape(', '.join(labels[i] for i in e.articles))}</p>"},
            "group": "Planned" if e.status == "planned" else "Reported"})
    doc = {"title": {"text": {"headline": escape(timeline.title),
                              "text": f"<p>{escape(span_text(timeline))}</p>"}},
           "events": slides}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


# Disagreements and updates are read through these few accessors, so that a change of
# their records touches the renderers here and not throughout.
def differences_of(e: Event, timeline: Timeline) -> list:
    """(kind, index, Conflict) of the disagreements, then the updates, that concern an
    entry: kind is "disagreement" or "update"."""
    return [("disagreement", i, timeline.conflicts[i]) for i in e.conflicts] + \
        [("update", i, timeline.updates[i]) for i in e.updates]


def sides(c: Conflict) -> tuple:
    """The claims of a disagreement or an update: one a side, or a value in a series."""
    return c.claims


def claim_report(x: Claim) -> str:
    """The id of the report that makes a claim."""
    return x.article


CSV_COLUMNS = ("kind", "date", "precision", "status", "summary", "topic", "value", "report",
               "outlet", "published", "url", "sentence")
FORMULA_START = re.compile(r"[=+\-@]")      # a spreadsheet reads such a cell as a formula
PLAIN_NUMBER = re.compile(r"[+-]?\d{1,30}(?:\.\d{1,30})?")


def cell(text: str) -> str:
    """A field as a spreadsheet should show it: text that would start a formula is kept as
    text by a leading apostrophe (a plain number stays a number)."""
    return f"'{text}" if FORMULA_START.match(text) and not PLAIN_NUMBER.fullmatch(text) else text


def render_csv(timeline: Timeline, style: Style = Style()) -> str:
    """The timeline as CSV for a spreadsheet (RFC 4180, UTF-8, a header row): a row per
    entry and report that tells it ("entry"), then, after the first entry they concern, a
    row per side of each disagreement ("disagreement") and per value of each update
    ("update"), each with that report's own sentence."""
    import csv
    import io
    timeline = printable_timeline(timeline)
    labels = article_labels(timeline.articles)
    by_id = {a.id: a for a in timeline.articles}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)

    def row(kind, e, topic, value, i, sentence):
        a = by_id[i]
        fields = (kind, e.when.value, e.when.precision, e.status, e.summary) if e else \
            (kind, "", "", "", "")
        writer.writerow(map(cell, fields + (topic, value, labels[i], a.outlet or "",
                                            a.published.isoformat(), a.url or "", sentence)))
    done = set()
    for e in timeline.events:
        for i in e.articles:
            row("entry", e, "", "", i, " ".join(s.text for s in e.sources if s.article == i))
        for kind, n, c in differences_of(e, timeline):
            if (kind, n) not in done:
                done.add((kind, n))
                for x in sides(c):
                    row(kind, e, c.topic, x.value, claim_report(x), x.text)
    for kind, items in (("disagreement", timeline.conflicts), ("update", timeline.updates)):
        for n, c in enumerate(items):
            for x in sides(c) if (kind, n) not in done else ():
                row(kind, None, c.topic, x.value, claim_report(x), x.text)
    return out.getvalue()


FORMATS = {"text": render_text, "markdown": render_markdown, "json": render_json,
           "html": render_html, "ics": render_ics, "timelinejs": render_timelinejs,
           "csv": render_csv}


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------

EXAMPLES = """\
examples:
  python3 q7x2_summit.py                           the built-in story, as text
  python3 q7x2_summit.py --format json > out.json  the same, as JSON for other tools
  python3 q7x2_summit.py --articles examples/storm.json --title "Storm Odile"
  python3 q7x2_summit.py --format html -o timeline.html   a page; ics: a calendar file
  python3 q7x2_summit.py --format csv -o timeline.csv     for a spreadsheet
  python3 q7x2_summit.py --coverage                  which report tells which days
  python3 q7x2_summit.py --articles saved/ --keep-going    a folder of saved web pages
  python3 q7x2_summit.py --articles https://example.org/news/story.html
  python3 q7x2_summit.py --articles links.txt --save-articles read.jsonl
  python3 q7x2_summit.py --articles feed.xml --format markdown -o story.md
  cat story.jsonl | python3 q7x2_summit.py --articles - --since 2023-09-13

input: .json an array of articles; .jsonl one article object a line; .txt one article
(id: the file name; first line `date YYYY-MM-DD`, or --published) or a list of URLs; .html
a web page; .xml an RSS or Atom feed; a folder of these; an http(s) URL of a page or feed.
An article is an object with "id", "published" (YYYY-MM-DD or null) and "text", and
"outlet", "title", "url".

exit status: 0 done, 1 the output could not be written, 2 bad input or usage (one line on
stderr), 130 interrupted.
"""


def build_parser():
    """The argument parser (argparse is imported only when a command line is parsed)."""
    import argparse

    class Parser(argparse.ArgumentParser):
        def error(self, message):               # one line, exit 2, through main()
            raise InputError(f"usage: {message} (see --help)")

    p = Parser(prog=PROG, description=__doc__.split("\n\n")[0], epilog=EXAMPLES,
               formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--articles", metavar="PATH", action="append",
                   help="articles to merge instead of the built-in reports: a .json, .jsonl or "
                        ".txt file, a saved web page (.html), an RSS or Atom feed (.xml), a "
                        "folder of them, an http(s) URL of a page or a feed, a .txt list of "
                        "URLs, or - for standard input; may be given several times")
    p.add_argument("--recursive", action="store_true",
                   help="read folders given to --articles into their subfolders too")
    p.add_argument("--keep-going", action="store_true",
                   help="leave out a page or feed that cannot be read (a warning on stderr) "
                        "instead of stopping; exit 0 if any article was read")
    p.add_argument("--save-articles", metavar="FILE.jsonl",
                   help="also write the articles as read (id, published, dated_by, outlet, "
                        "title, url, text, and captions when it has any) as JSON Lines, to "
                        "check or correct and rerun")
    p.add_argument("--timeout", type=float, metavar="SECONDS", default=FETCH_TIMEOUT,
                   help="how long one page may take to fetch, all told: looking up, "
                        f"connecting, redirects, headers and body (default {FETCH_TIMEOUT:g})")
    p.add_argument("--published", metavar="DATE",
                   help="publication date (YYYY-MM-DD) of .txt articles that carry none")
    p.add_argument("--title", help="the timeline's title")
    p.add_argument("--format", choices=list(FORMATS), default="text",
                   help="output format (default: text)")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write the output to FILE (whole, or not at all) instead of stdout")
    p.add_argument("--since", metavar="DATE", help="keep entries on or after DATE (YYYY-MM-DD)")
    p.add_argument("--until", metavar="DATE", help="keep entries on or before DATE (YYYY-MM-DD)")
    p.add_argument("--coverage", action="store_true",
                   help="text: show which report tells which days, as a table above the "
                        "timeline (the html page always shows it)")
    p.add_argument("--width", type=int, metavar="N",
                   help="wrap text at N columns (default: the terminal's width, 80 otherwise)")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help="colour text output: auto (on a terminal), always, never; "
                        "never when NO_COLOR is set")
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return p


def option_date(value: str | None, option: str) -> date | None:
    return parse_iso_date(value, option) if value is not None else None


def within(timeline: Timeline, since: date | None, until: date | None) -> Timeline:
    """The timeline with only the entries whose dates overlap [since, until]."""
    events = tuple(e for e in timeline.events if (since is None or e.when.end >= since)
                   and (until is None or e.when.start <= until))
    return timeline._replace(events=events)


def output_style(args, stream) -> Style:
    """Width and colour for the output: a terminal's width and colour only on a terminal."""
    tty = args.output is None and hasattr(stream, "isatty") and stream.isatty()
    width = args.width
    if width is None:
        try:
            width = os.get_terminal_size(stream.fileno()).columns if tty else 80
        except (OSError, AttributeError, ValueError):
            width = 80
    if width < 20:
        raise InputError(f"--width {width}: at least 20 columns")
    color = args.color == "always" or (args.color == "auto" and tty)
    if args.coverage and args.format != "text":
        raise InputError("--coverage: only with --format text (the html page always shows it)")
    return Style(width, color and not os.environ.get("NO_COLOR") and args.format == "text",
                 args.coverage)


class OutputError(Exception):
    """The output cannot be written (a full disk, a closed stdout); main() exits 1."""


def write_output(output, path: str | None):
    """The output (a string, or its pieces) to stdout, or to a file written whole (a
    temporary file renamed into place) or not at all. The file gets the mode a plain
    open() would give it: an existing file keeps its own, a new one follows the umask."""
    pieces = [output] if isinstance(output, str) else output
    if path is None:
        if sys.stdout is None:
            raise OutputError("standard output is closed")
        try:
            for piece in pieces:
                sys.stdout.write(piece)
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(f"cannot write to standard output: {os_problem(exc)}") from None
        return
    import tempfile
    folder = os.path.dirname(os.path.abspath(path))
    try:
        mode = file_mode(path)
        fd, tmp = tempfile.mkstemp(prefix=".q7x2-", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
                for piece in pieces:
                    f.write(piece)
            os.chmod(tmp, mode)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError as exc:
        raise InputError(f"{path}: cannot write: {os_problem(exc)}") from None


def file_mode(path: str) -> int:
    """The permission bits a file written to path should have: its own if it exists, else
    those a plain open() gives a new file under the current umask."""
    import stat
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def run(argv) -> int:
    """Parse, read, build, render, write. The cyclic garbage collector is paused: the
    pipeline makes millions of small tuples and almost no cycles, and a collection every
    few thousand of them would cost a fifth of the run."""
    import gc
    gc.disable()
    try:
        return pipeline(argv)
    finally:
        gc.enable()


def pipeline(argv) -> int:
    """Parse, read, build, render, write."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as done:                      # --help, --version
        return int(done.code or 0)
    since, until = option_date(args.since, "--since"), option_date(args.until, "--until")
    if since and until and since > until:
        raise InputError(f"--since {since} is after --until {until}")
    published = option_date(args.published, "--published")
    if not 0 < args.timeout <= 600:
        raise InputError(f"--timeout {args.timeout:g}: from above 0 to 600 seconds")
    style = output_style(args, sys.stdout)
    title = args.title or (None if args.articles else BUILTIN_TITLE)   # None: from the reports
    if title and SURROGATE.search(title):
        raise InputError("--title: not text (a lone surrogate)")
    articles, problems = read_articles(args.articles, Reading(
        published, args.keep_going, args.recursive, args.timeout)) if args.articles \
        else (builtin_articles(), [])
    articles = date_undated(articles)
    for a in articles:
        if a.published is None:
            print(f"{PROG}: warning: {printable(a.id)}: no publication date found; read "
                  "without one, its relative dates left out", file=sys.stderr)
    if args.save_articles:
        write_output(map(saved_line, articles), args.save_articles)
    progress = progress_line(sys.stderr)
    try:
        timeline = within(build_timeline(articles, title, progress), since, until)
    finally:
        if progress:
            progress.end()
    timeline = timeline._replace(left_out=len(problems))
    output = FORMATS[args.format](timeline, style)
    write_output(BOM + output if spreadsheet_file(args) else output, args.output)
    return 0


BOM = "\ufeff"          # tells a spreadsheet that a CSV file is UTF-8


def spreadsheet_file(args) -> bool:
    """Whether the output is CSV written to a file named .csv, which a spreadsheet opens
    with its accents intact only when it starts with a byte-order mark."""
    return args.format == "csv" and bool(args.output) and args.output.lower().endswith(".csv")


PROGRESS_DELAY = 2.0    # seconds of reading before a progress line shows
PROGRESS_EVERY = 0.25   # seconds at least between two rewrites of it


class ProgressLine:
    """One line on a terminal that rewrites itself as reports are read ("read 4,000 of
    10,000 reports"), shown only once reading has taken PROGRESS_DELAY, and cleared."""

    def __init__(self, stream, clock):
        self.stream, self.clock = stream, clock
        self.start = clock()
        self.shown = None

    def __call__(self, done: int, total: int):
        now = self.clock()
        if now - self.start < PROGRESS_DELAY or done < total and \
                self.shown is not None and now - self.shown < PROGRESS_EVERY:
            return                      # the last report is always shown: merging follows
        self.shown = now
        self.stream.write(f"\rread {done:,} of {total:,} reports\x1b[K")
        self.stream.flush()

    def end(self):
        """Clears the line, if it was ever shown."""
        if self.shown is not None:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def progress_line(stream, clock=None) -> ProgressLine | None:
    """A progress line on stream when stream is a terminal, else None."""
    import time
    try:
        tty = stream is not None and stream.isatty()
    except (AttributeError, ValueError, OSError):
        tty = False
    return ProgressLine(stream, clock or time.monotonic) if tty else None


def saved_line(a: Article) -> str:
    """One article as a line of JSON Lines, in the input format (--save-articles)."""
    import json
    return json.dumps({"id": a.id, "published": a.published and a.published.isoformat(),
                       "dated_by": a.dated_by,
                       "outlet": a.outlet, "title": a.title, "url": a.url, "text": a.text}
                      | ({"captions": list(a.captions)} if a.captions else {}),
                      ensure_ascii=False) + "\n"


def main(argv=None) -> int:
    """The command line; returns the exit status. Bad input is one line on stderr."""
    try:
        return run(sys.argv[1:] if argv is None else argv)
    except InputError as exc:
        print(f"{PROG}: error: {printable(str(exc))}", file=sys.stderr)
        return 2
    except OutputError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        quiet_stdout()
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:                         # the reader went away: stop quietly
        quiet_stdout()
        return 0


def quiet_stdout():
    """Points stdout at /dev/null, so that the interpreter's last flush at exit finds no
    broken pipe or full disk to complain about."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def exit_now(status: int):
    """Ends the process with status once what it printed is out, without freeing its
    objects one by one: after ten thousand reports that takes a third of a second, and the
    system takes the memory back at once anyway."""
    try:
        if sys.stdout is not None:                  # None: it was closed (main() said so)
            sys.stdout.flush()
    except BrokenPipeError:                         # the reader went away: as in main()
        pass
    except (OSError, ValueError) as exc:
        problem = os_problem(exc) if isinstance(exc, OSError) else str(exc)
        print(f"{PROG}: error: cannot write to standard output: {problem}", file=sys.stderr)
        status = status or 1
    try:
        if sys.stderr is not None:
            sys.stderr.flush()
    except (OSError, ValueError):
        pass
    os._exit(status)


if __name__ == "__main__":
    try:
        exit_now(main())
    except KeyboardInterrupt:
        sys.exit(130)
