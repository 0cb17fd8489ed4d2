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
written as text, Markdown, JSON, an HTML page, an iCalendar file or TimelineJS.

Reports can be JSON, JSON Lines or text files, saved web pages, RSS or Atom
feeds, folders of these, or http(s) URLs (fetched eight at a time).

One file, standard library only, Python 3.10 or newer. Exit status: 0 on
success, 1 when the output cannot be written, 2 on bad input or usage (one line
on stderr), 130 when interrupted.
"""
import bisect
import functools
import math
import os
import re
import sys
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
    quantity: str = ""  # what the value measures: "day", "depth", "number of injured" ...
    unit: str = ""      # the unit the comparison used: "m", "people", "minutes", or ""
    as_of: str = ""     # for an update: the day its figure holds as of


class Conflict(NamedTuple):
    """Reports that disagree (or, for an update, a later report that revises an earlier)."""
    topic: str
    kind: str           # "date", "figure" or "update"
    claims: tuple       # of Claim


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

# Words in the class and id names of a page's blocks (read on blocks, never on <body> or
# <html>, whose classes name the layout of the whole page): a block named for the article
# is a likely body, one named for page furniture is left out. Read as parts of names, as
# readability and trafilatura read them: "entry-content", "articleBody", "most-read-list".
ARTICLE_HINTS = ("article", "content", "entry", "post", "story", "body", "text", "main",
                 "blog", "news")
FURNITURE_HINTS = ("comment", "sidebar", "footer", "related", "share", "sharing", "social",
                   "promo", "newsletter", "subscribe", "cookie", "consent", "most-read",
                   "mostread", "most-popular", "popular", "breadcrumb", "navbar", "navigation",
                   "menu", "masthead", "advert", "sponsor", "banner", "signup",
                   "sign-up", "paywall", "recirc", "more-stories", "taboola", "outbrain",
                   "popup", "modal", "byline", "author-bio", "tags", "disqus")
# Whole class or id names of furniture too short to be read as parts ("nav" is in
# "canvas", "ad" in "header").
FURNITURE_NAMES = frozenset("nav ad ads adv tools toolbar related share".split())
# Lines of page furniture inside an article's container, matched on the lower-cased line
# from its start: "Download this article as PDF", "Most read", "Share this story".
FURNITURE_LINES = ("download this", "download as pdf", "download pdf", "print this",
                   "most read", "most popular", "most viewed", "trending now", "share this",
                   "share on", "share via", "share article", "share story", "subscribe",
                   "sign up", "follow us", "related articles", "related stories",
                   "related content", "related coverage", "read more", "see also",
                   "more from", "recommended", "advertisement", "comments",
                   "leave a comment", "leave a reply", "add a comment", "post a comment",
                   "view comments", "show comments", "log in to comment", "you might also",
                   "you may also", "skip to", "click here", "back to top", "tags:",
                   "sponsored", "cookie", "we use cookies", "this website uses cookies",
                   "accept cookies", "all rights reserved", "copyright", "©",
                   "photo:", "image:", "credit:",
                   # the same furniture in the other languages news pages are read in
                   "jetzt teilen", "teilen", "kommentare", "keine kommentare",
                   "weitere artikel", "weitere beiträge", "mehr zum thema", "auch interessant",
                   "das könnte sie auch interessieren", "foto:", "bild:", "abonnieren",
                   "te puede interesar", "le puede interesar", "lee también", "síguenos",
                   "siguenos", "comparte", "compartir", "puedes ver", "imagen:",
                   "lire aussi", "à lire aussi", "partager", "abonnez-vous", "suivez-nous",
                   "leggi anche", "condividi", "iscriviti", "leia também", "compartilhe",
                   "lees ook", "deel dit")


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


def article_from_dict(obj, where: str) -> Article:
    """An Article from one JSON object, checked field by field; `where` names it in errors."""
    if not isinstance(obj, dict):
        raise InputError(f"{where}: an article must be an object, not {json_type(obj)}")
    for key in ("id", "text"):
        if not isinstance(obj.get(key), str) or not obj[key].strip():
            raise InputError(f"{where}: {field_problem(obj, key)}")
    where = f"{where} (id {obj['id']!r})"
    for key in ("id", "text", "outlet", "title", "url", "published"):
        if isinstance(obj.get(key), str) and not obj[key].isascii() and SURROGATE.search(obj[key]):
            raise InputError(f"{where}: '{key}' holds a lone surrogate "
                             f"({SURROGATE.search(obj[key]).group()!r}), not text")
    for key in ("outlet", "title", "url"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise InputError(f"{where}: '{key}' must be a string or null, "
                             f"not {json_type(obj[key])}")
    if "published" not in obj:
        raise InputError(f"{where}: 'published' is missing")
    published, dated_by = obj["published"], "given"
    if published is None:                       # unknown: the text may carry its date
        published, dated_by = date_in_text(obj["text"])
    elif not isinstance(published, str) or not published.strip():
        raise InputError(f"{where}: {field_problem(obj, 'published')}")
    else:
        published = parse_iso_date(published.strip(), f"{where}: 'published'")
    return Article(obj["id"], published, obj["text"], obj.get("outlet") or None,
                   obj.get("title") or None, obj.get("url") or None, dated_by)


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


def date_undated(articles: list) -> list:
    """The articles, each with a date: one whose date is unknown takes its dateline's day,
    else the latest day its text names, else the latest date of the other reports. Reports
    that date themselves go first, so that a dateline without a year can take theirs."""
    latest = max((a.published for a in articles if a.published), default=None)
    found = {a.id: dateline_day(a.text, latest) for a in articles if not a.published}
    latest = max([latest] * bool(latest) + [d for d in found.values() if d], default=None)
    dated = []
    for a in articles:
        if not a.published:
            day, how = own_date(a.text, latest)
            a = a._replace(published=day or latest,
                           dated_by=how or "assumed: the latest date of the other reports")
            if not a.published:
                raise InputError(f"article {a.id!r}: 'published' is null and neither its text "
                                 "nor another report gives a date")
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
FETCH_TIMEOUT = 20.0            # seconds a server may take to answer
FETCHERS = 8                    # pages fetched at a time
MAX_DEPTH = 256                 # elements open at once that a page's reading keeps track of
NO_TEXT = frozenset("script style noscript svg button iframe select template rt rp".split())
FURNITURE_TAGS = frozenset("nav header footer aside form dialog menu".split())
VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
BREAK_TAGS = frozenset({"br", "hr"})
INLINE = frozenset("a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark q s "
                   "samp small span strike strong sub sup time tt u var label ruby rb rt rp"
                   .split())
SOFT_MARKS = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")  # soft hyphens, zero widths
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
PROSE = 80                      # characters of a run of text that reads as a paragraph
MIN_ARTICLE = 250               # characters of prose an article has at least (else read again)
ARTICLE_NAME = re.compile("|".join(ARTICLE_HINTS))
FURNITURE_NAME = re.compile("|".join(map(re.escape, FURNITURE_HINTS)))
NAME_PARTS = re.compile(r"[^a-z0-9]+")
FURNITURE_LINE = re.compile("|".join(map(re.escape, FURNITURE_LINES)))
PUBLISHED_META = ("article:published_time", "og:published_time", "date", "pubdate",
                  "publish-date", "publishdate", "dc.date", "dc.date.issued",
                  "dcterms.created", "parsely-pub-date", "sailthru.date", "datepublished")
ARTICLE_TYPES = frozenset("NewsArticle Article ReportageNewsArticle AnalysisNewsArticle "
                          "BlogPosting LiveBlogPosting Report WebPage".split())
URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]([01]?\d)[/-]([0-3]?\d)(?=[/-]|$)")
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


class Node:
    """An element of a page as the extractor keeps it: its tag, its class and id names,
    and what it holds in order (text, "\\n" for a <br>, and elements); with the length of
    its own text (not its elements'), how much of it is link text, and its commas."""
    __slots__ = ("n", "tag", "names", "parent", "kids", "hidden", "chars", "links",
                 "commas", "inline")

    def __init__(self, n, tag, names, parent, hidden=False, inline=0):
        self.n, self.tag, self.names, self.parent, self.hidden = n, tag, names, parent, hidden
        self.kids, self.chars, self.links, self.commas, self.inline = [], 0, 0, 0, inline


class PageParser:
    """Reads an HTML page once, as html.parser hands it over: its elements as a tree of
    Nodes (inline elements such as <a> and <span> folded into the text of the block they
    stand in), its JSON-LD, meta tags, canonical link, title and <time> elements."""

    def __init__(self):
        from html.parser import HTMLParser
        parser = HTMLParser(convert_charrefs=True)
        parser.handle_starttag = self.start
        parser.handle_startendtag = lambda tag, attrs: self.start(tag, attrs, True)
        parser.handle_endtag = self.end
        parser.handle_data = self.data
        self.parser, self.scripts, self.meta, self.times = parser, [], {}, []
        self.canonical, self.title, self.in_title, self.script = None, [], False, None
        self.nodes = [Node(0, "#root", "", None)]   # in document order: parents first
        self.stack = [self.nodes[0]]                # the block elements open
        self.inline = []                            # the inline elements open

    def feed(self, html: str):
        self.parser.feed(html)
        self.parser.close()

    def start(self, tag, attrs, closed=False):
        attrs = {k.lower(): v or "" for k, v in attrs}
        if tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "")
            if key and "content" in attrs:
                self.meta.setdefault(key.lower(), attrs["content"])
        elif tag == "link" and "canonical" in attrs.get("rel", "").lower().split():
            self.canonical = self.canonical or attrs.get("href")
        elif tag == "time" and attrs.get("datetime"):
            self.times.append((attrs["datetime"], self.inside("article", "header", "main")))
        elif tag == "title":
            self.in_title = True
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

    def end(self, tag):
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

    def data(self, text):
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
    text = page_text(p, ld)
    if len(text.split()) < 8:
        raise InputError(f"{where}: no article text found in the page")
    canonical = p.canonical if p.canonical and WEB.match(p.canonical.strip()) else None
    url = canonical or (p.meta.get("og:url") if WEB.match(p.meta.get("og:url", "")) else None) \
        or url
    published, dated_by = page_date(p, ld, text, url)
    publisher = ld.get("publisher") if isinstance(ld.get("publisher"), dict) else {}
    outlet = str(publisher.get("name") or p.meta.get("og:site_name") or "").strip() or \
        (host_of(url) if url else None)
    title = str(p.meta.get("og:title") or ld.get("headline") or "").strip() or \
        page_headline(p.nodes) or TITLE_TAIL.sub("", " ".join("".join(p.title).split())) or None
    return Page(text, published, dated_by, outlet, title, url.strip() if url else None)


def ld_article(scripts: list) -> dict:
    """The JSON-LD object of a page that describes its article, or {}."""
    import json
    found = []
    for script in scripts:
        try:
            data = json.loads(script)
        except (ValueError, RecursionError):
            continue
        items = data if isinstance(data, list) else [data]
        for item in items:
            if isinstance(item, dict):
                found += [item] + [x for x in item.get("@graph", []) if isinstance(x, dict)]
    for item in found:
        kinds = item.get("@type")
        kinds = set(kinds) if isinstance(kinds, list) else {kinds}
        if kinds & ARTICLE_TYPES and (item.get("articleBody") or item.get("datePublished")):
            return item
    return {}


def page_text(p: PageParser, ld: dict) -> str:
    """A page's article body, a block a line: its structured articleBody when it has one
    of a plausible length, else the text its best-scored container holds."""
    found = "\n".join(article_lines(p.nodes))
    body = ld.get("articleBody")
    if isinstance(body, str) and len(body.split()) >= 8 and len(body) * 3 >= len(found):
        return "\n".join(line.strip() for line in body.splitlines() if line.strip())
    return found


def page_headline(nodes: list) -> str:
    """The text of a page's first <h1> that holds any, or ""."""
    nothing = [False] * len(nodes)
    return next((" ".join(lines) for lines in (node_lines(node, nothing) for node in nodes
                                               if node.tag == "h1") if lines), "")


def article_lines(nodes: list) -> list:
    """The lines of a page's article: those of the best container when furniture named in
    class and id names is left out, else (when that leaves too little, and reading the
    names for scoring only finds much more, as on a page whose every block is named for a
    widget) those found so."""
    lines = container_lines(nodes, furniture_pruned(nodes, True))
    found = sum(map(len, lines))
    if found >= MIN_ARTICLE:
        return lines
    again = container_lines(nodes, furniture_pruned(nodes, False))
    return again if sum(map(len, again)) >= max(MIN_ARTICLE, 2 * found) else lines


def furniture_pruned(nodes: list, by_names: bool) -> list:
    """Which nodes are left out, by index: scripts and hidden elements; menus, headers
    (but an article's own header when it holds its lead), footers, asides and forms, and
    (by_names) blocks whose class or id names furniture, unless they hold most of the
    page's prose (a page wrapped in a <form> or in an unclosed <header>, a layout named
    "with-sidebar"); never <body> or <html>, whose names are the layout's."""
    out, in_article = [False] * len(nodes), [False] * len(nodes)
    for node in nodes[1:]:
        out[node.n] = out[node.parent.n] or node.tag in NO_TEXT or node.hidden
        in_article[node.n] = in_article[node.parent.n] or node.tag in ("article", "main")
    prose = prose_sizes(nodes, out)
    for node in nodes[1:]:
        out[node.n] = out[node.n] or out[node.parent.n] or \
            (prose[node.n] * 2 <= prose[0] or prose[node.n] < MIN_ARTICLE) and \
            (node.tag in FURNITURE_TAGS and not (node.tag == "header" and in_article[node.n]
                                                 and prose[node.n])   # an article's lead
             or by_names and node.tag not in ("body", "html") and is_furniture(node.names))
    return out


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


def is_furniture(names: str) -> bool:
    """Whether class and id names name page furniture ("comments-area", "share-bar")."""
    return bool(names) and (bool(FURNITURE_NAME.search(names)) or
                            not FURNITURE_NAMES.isdisjoint(NAME_PARTS.split(names)))


def container_lines(nodes: list, pruned: list) -> list:
    """The lines of the best-scored container, and of the blocks around it that score
    well or read as paragraphs: its siblings, or all of the <article> it stands in (a
    lead or a subtitle kept apart from the body)."""
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
    lines, todo, lead = [], list(reversed(around.kids)), around.tag == "article"
    while todo:
        node = todo.pop()
        if not isinstance(node, Node) or pruned[node.n]:
            continue
        lead = lead and node is not top         # an article's lead comes before its body
        if node is top or final.get(node.n, 0) + (floor if node.names == top.names else 0) \
                >= floor and node.n not in above or node.chars >= PROSE and \
                node.links * 4 < node.chars and (node.tag == "p" or lead):
            lines += node_lines(node, pruned)
        else:
            todo.extend(reversed(node.kids))
    return lines


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
        (0.5 if is_furniture(node.names) else 1.0)


def node_lines(top: Node, pruned: list) -> list:
    """The text a node holds, a block a line, furniture out: left-out elements, blocks
    whose own text is mostly links, and lines of page furniture ("Most read")."""
    lines, words, todo = [], [], [top]
    while todo:
        item = todo.pop()
        if isinstance(item, str):
            if item == "\n":
                lines.append("".join(words))
                words = []
            else:
                words.append(item)
            continue
        lines.append("".join(words))
        words = []
        if item is None or pruned[item.n]:
            continue
        todo.append(None)
        own = item.links * 2 <= item.chars        # links are not half its own text
        todo.extend(kid for kid in reversed(item.kids) if own or not isinstance(kid, str))
    lines.append("".join(words))
    return [line for line in (" ".join(SOFT_MARKS.sub("", line).split()) for line in lines)
            if line and not is_furniture_line(line)]


def is_furniture_line(line: str) -> bool:
    """Whether a short line is page furniture: "Share this article", "Most read"."""
    return line.count(" ") < 12 and bool(FURNITURE_LINE.match(line.lower()))


def page_date(p: PageParser, ld: dict, text: str, url: str | None) -> tuple:
    """(publication date, what gave it), first of: JSON-LD datePublished, the usual meta
    tags, a <time> in the article's header, the dateline, a date in the URL; else
    (None, "") and the date is inferred from the text as for any article."""
    for value, how in [(ld.get("datePublished"), "the page's JSON-LD datePublished")] + \
            [(p.meta.get(name), f"the page's meta {name}") for name in PUBLISHED_META] + \
            [(value, "the page's <time datetime>") for value, inside in p.times if inside]:
        day = timestamp_date(value) if isinstance(value, str) else None
        if day:
            return day, how
    in_url = URL_DATE.search(url or "")
    url_day = None
    if in_url:
        try:
            url_day = date(*map(int, in_url.groups()))
        except ValueError:
            pass
    day = dateline_day(text, url_day)
    if day:
        return day, "inferred: its dateline"
    return (url_day, "the date in its URL") if url_day else (None, "")


def timestamp_date(value: str) -> date | None:
    """The calendar date of a timestamp in its own offset ("2023-09-16T01:30:00+09:00" is
    16 September), of an RFC 822 date ("Sat, 16 Sep 2023 01:30:00 +0900"), or of a date
    written out ("September 16, 2023")."""
    value = value.strip()[:100]
    match = ISO_DATE.match(value)
    try:
        if match:
            return date(*map(int, match.groups()))
        from email.utils import parsedate_tz
        parts = parsedate_tz(value)
        if parts:
            return date(*parts[:3])
    except (ValueError, OverflowError):
        return None
    days = [t.when.start for t in find_time_exprs(value, date(2000, 1, 1))
            if t.when.precision == "day"] if re.search(YEAR, value) else []
    return days[0] if days else None


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
                   page.dated_by or "given")


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
                   else page.dated_by or "given")


# Fetching: http and https only, a few redirects and never to another scheme, a size
# limit that holds after decompression too, a User-Agent that names the tool.

class Fetched(NamedTuple):
    """A page or feed as a server gave it."""
    raw: bytes
    charset: str | None
    kind: str           # the Content-Type, lower-cased, parameters aside
    url: str            # where it was fetched from in the end


def fetch(url: str, timeout: float = FETCH_TIMEOUT) -> Fetched:
    """One page or feed from the web; InputError saying why it could not be had."""
    import urllib.error
    import urllib.request

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS

        def http_error_302(self, req, fp, code, msg, headers):
            from urllib.parse import urljoin
            target = urljoin(req.full_url, headers.get("location") or headers.get("uri") or "")
            if not WEB.match(target):
                fp.close()
                raise InputError(f"{url}: redirected to {target!r}, not http or https")
            return super().http_error_302(req, fp, code, msg, headers)
        http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302
    opener = urllib.request.build_opener(Redirects)
    request = urllib.request.Request(url, headers={
        "User-Agent": f"{PROG}/{__version__} (news timeline)",
        "Accept-Encoding": "gzip, deflate", "Accept": "text/html, application/xml, */*"})
    try:
        with opener.open(request, timeout=timeout) as response:
            raw = response.read(MAX_PAGE + 1)
            if len(raw) > MAX_PAGE:
                raise InputError(f"{url}: over {MAX_PAGE // 1024 // 1024} MB; refused")
            raw = decompressed(raw, response.headers.get("Content-Encoding", ""), url)
            kind = response.headers.get_content_type()
            return Fetched(raw, response.headers.get_content_charset(), kind,
                           response.geturl())
    except urllib.error.HTTPError as exc:
        exc.close()
        raise InputError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        problem = "timed out" if "timed out" in str(reason) else str(reason)
        raise InputError(f"{url}: cannot be fetched: {problem}") from None
    except (TimeoutError, OSError) as exc:
        raise InputError(f"{url}: cannot be fetched: {os_problem(exc) or 'timed out'}") \
            from None
    except ValueError as exc:               # a malformed URL
        raise InputError(f"{url}: cannot be fetched: {exc}") from None


def decompressed(raw: bytes, encoding: str, url: str) -> bytes:
    """A response's body, gzip or deflate undone, never past the size limit."""
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
    return body


def fetch_all(urls: list, timeout: float = FETCH_TIMEOUT) -> dict:
    """{url: Fetched or InputError} for every URL, up to FETCHERS at a time; a progress
    line on stderr while it runs, when stderr is a terminal."""
    from concurrent.futures import ThreadPoolExecutor, as_completed
    urls = list(dict.fromkeys(urls))
    results, tty = {}, hasattr(sys.stderr, "isatty") and sys.stderr.isatty()
    if not urls:
        return results

    def one(url):
        try:
            return url, fetch(url, timeout)
        except InputError as exc:
            return url, exc
    with ThreadPoolExecutor(max_workers=FETCHERS) as pool:
        for done, future in enumerate(as_completed([pool.submit(one, u) for u in urls]), 1):
            url, result = future.result()
            results[url] = result
            if tty:
                print(f"\rfetched {done} of {len(urls)} pages", end="", file=sys.stderr,
                      flush=True)
    if tty:
        print(file=sys.stderr)
    return results


class Reading(NamedTuple):
    """How the inputs are read: the date of texts that carry none, whether a page that
    cannot be read is left out (with a warning) or stops the run, whether folders are
    read into their subfolders, and how long a server may take to answer."""
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
    fetched = fetch_all([s.name for s in sources if s.kind == "url"], how.timeout)
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
        for a in found:
            if isinstance(a, FeedItem):     # a summary and a link: the page is fetched
                links.append((len(articles), a))
                articles.append(None)
                continue
            if a.id in seen and not named:         # an id given, not made from a name
                raise InputError(f"{source.name}: article id {a.id!r} is given twice "
                                 f"(first in {seen[a.id]})")
            a = a._replace(id=unique_id(a.id, seen))
            seen[a.id] = source.name
            articles.append(a)
    pages = fetch_all([item.link for _, item in links], how.timeout)
    for at, item in links:
        try:
            got = pages[item.link]
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
        got = fetched[source.name]
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

BOILERPLATE = re.compile(                 # matched against the lower-cased line
    r"skip to|leave a (?:reply|comment)|required fields|email address will|all rights reserved"
    r"|sign up|subscribe|newsletter|cookies?\b|click here|follow us|share (?:this|on)"
    r"|read more|related:|copyright|©")
# A photo credit ends a caption, on its line or on the next: "Photo: Jane Roe/AFP",
# "(AP Photo)", "(Source: Associated Press)", "REUTERS/Stringer". The caption is kept, moved
# after the article's paragraphs so that it interrupts no narrative; the credit goes.
CREDIT = re.compile(r"(?:Image|Photo|Picture|Foto|Credit|Photograph)s?[ \t]?(?:[Cc]redit)?"
                    r"[ \t]{0,3}"
                    r":[ \t]{0,3}[^\n]{1,120}\Z"
                    r"|\((?:Source|Photo|AP Photo|Foto|Credit)\b[^()\n]{0,60}\)\Z"
                    r"|(?<![\w/])[A-Z]{2,}[A-Za-z]{0,20}/[A-Z][\w .-]{0,40}\Z")
CAPTION_MARK = re.compile(r"\((?:Photo|Foto|Image|Video)\)[ \t]{0,3}")
LABEL = re.compile(r"^(?:[A-Z][A-Z ]{1,24}|Source|Watch|Read|Also read|Listen|Related)\s*:")
LABEL_SENTENCE = re.compile(r"^(?:Source|Sources|Credit|Via|By)\s*:[^.]{1,60}\.\s+(?=[A-Z])")
URL = re.compile(r"^\S*https?://\S*$|^www\.\S+$")
# The named parts of a date, shared by the dateline below and the time expressions.
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
         r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?")
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
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


LABEL_WORDS = frozenset("watch read listen related video videos photo photos live update updates "
                        "breaking exclusive opinion analysis editorial explainer source sources "
                        "note editor".split())


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

def prose_paragraphs(text: str) -> list:
    """The paragraphs of an article that read as prose, furniture left out."""
    text = DATE_LINE.sub("", text, count=1)
    lines = [line.strip() for line in text.splitlines()]
    captions = caption_lines(lines)
    headings = {i: line.rstrip(":.— ").title() for i, line in enumerate(lines)
                if len(line) <= 40 and DATE_HEADING.fullmatch(line.rstrip(":.— ").title())}
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
        if line[0] in "SCVB" and ":" in line:
            line = LABEL_SENTENCE.sub("", line, count=1)   # "Source: BBC / Reuters. Rescuers ..."
        if line[0] in "-*•–" and line[1:2] == " ":
            line = line[2:].lstrip()                      # a bulleted line is a paragraph
        line = without_dateline(line)
        if is_prose(line):
            kept.append(Paragraph(len(kept), section, line, heading))
        elif kept and kept[-1].section == section:
            section += 1
    for caption in filter(None, (captions[i] for i in sorted(captions))):
        section += 1
        kept.append(Paragraph(len(kept), section, caption))
    return kept


def caption_lines(lines: list) -> dict:
    """{line index: its caption, or "" for a credit alone} for the lines that are photo
    captions or their credits."""
    found = {}
    for i, line in enumerate(lines):
        credit = CREDIT.search(line, max(0, len(line) - 130)) if line[-1:] != "." else None
        if credit is None:
            continue
        caption = CAPTION_MARK.sub("", line[:credit.start()], count=1).strip()
        found[i] = caption if len(caption.split()) >= 4 else ""
        if i and lines[i - 1] and len(lines[i - 1].split()) >= 4:    # the line above it
            found[i - 1] = CAPTION_MARK.sub("", lines[i - 1], count=1)
    return found


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
    r"(?:.*\W)?(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Gov|Sen|Rep|St|Mt|Jr|Sr|No"
    r"|Nos|Inc|Corp|Co|Ltd|vs|approx|est|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.|[A-Z]\."
    r"|(?:[A-Za-z]\.){2,})")


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
            found.append(Sentence(len(found), para.index, para.section, piece, para.heading))
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

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_NUMBER = {m: i for i, names in enumerate(
    ("jan january", "feb february", "mar march", "apr april", "may", "jun june",
     "jul july", "aug august", "sep sept september", "oct october", "nov november",
     "dec december"), 1) for m in names.split()}
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
NUMBER_WORDS.update(a=1, an=1)

NUMBER = (r"(?:\d{1,2}|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight"
          r"|[Nn]ine|[Tt]en)")
EVENT_NOUN = (r"(?:meeting|summit|talks|visit|trip|tour|conference|ceremony|parade|launch"
              r"|election|vote|speech|address|interview|session|hearing|negotiations"
              r"|discussions|rally|protest|announcement|attack|strike|crash|storm|earthquake"
              r"|match|game|event|incident|encounter|meet)")
HAPPENING = (r"(?:the|his|her|their|its|our|a|an|(?!" + WEEKDAY + r")[A-Z][\w-]*['’]s)\s+"
             r"(?:[\w-]+\s+){0,2}?"
             + EVENT_NOUN + r"\b(?:\s+(?:with|between|in|at|of|on)\s+(?!" + WEEKDAY + "|" + MONTH
             + r"|\d)[^,;:.()“”\"]{1,70}?)?")        # "his meeting with X", not "on Friday"
PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
NOUN_PHRASE = (r"(?:\s+(?!(?:and|or|but|in|at|on|of|to|with|for|by|from|was|were|is|are|has|had"
               r"|have|will|would)\b)[\w.-]+){1,5}")        # "magnitude 7.8 earthquake"

RANGE_TO = r"\s?(?:-|–|to|and|through|until)\s?"
CLOCK = (r"(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)"
         r"|(?:[01]?\d|2[0-3]):[0-5]\d\b")
TIME_PATTERNS = tuple((name, re.compile(pattern)) for name, pattern in (
    ("iso", rf"(?P<iso>\b(?:19|20)\d\d-[01]\d-[0-3]\d\b)"),
    ("mdy", rf"(?P<mdy>\b(?P<mdy_m>{MONTH})\s+(?P<mdy_d>{DAY})(?:{RANGE_TO}(?:{MONTH}\s+)?{DAY})?"
            rf"(?:,?\s+(?P<mdy_y>{YEAR}))?)"),         # "May 14-16, 2018": its first day
    ("dmy", rf"(?P<dmy>\b(?P<dmy_d>{DAY})(?:{RANGE_TO}{DAY})?\s+(?:of\s+)?(?P<dmy_m>{MONTH})"
            rf"(?:,?\s+(?P<dmy_y>{YEAR}))?)"),         # "7 to 18 November 2016"
    ("my", rf"(?P<my>\b(?P<my_m>{MONTH})\s+(?:of\s+)?(?P<my_y>{YEAR}))"),
    ("wd", rf"(?P<wd>\b(?:(?P<wd_rel>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast|[Tt]he)\s+)?"
           rf"(?P<wd_d>{WEEKDAY}){PART_OF_DAY}(?:['’]s\b(?P<wd_np>{NOUN_PHRASE})?)?\b)"),
    ("mon", rf"(?P<mon>\b(?P<mon_w>[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring|[Ff]rom|[Tt]hrough"
            rf"|[Ee]arly|[Ll]ate|[Mm]id-|[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Tt]o|(?:the\s+)?(?:end"
            rf"|beginning|start|middle)\s+of)\s+(?P<mon_m>{MONTH})"
            rf"(?!\.?\s*\d))"),
    ("rday", r"(?P<rday>\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|[Ll]ast night"
             r"|[Tt]his (?:morning|afternoon|evening))\b)"),
    ("per", rf"(?P<per>\b(?:(?:earlier|later)\s+)?(?P<per_w>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast"
            rf"|[Cc]oming)\s+(?P<per_u>week(?:end)?|month|year)\b)"),
    ("yr", rf"(?P<yr>\b(?P<yr_w>[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Uu]ntil|[Ff]rom|[Bb]efore"
           rf"|[Aa]fter|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id-|[Tt]hroughout)\s+(?P<yr_y>{YEAR}))"),
    ("ago", rf"(?P<ago>\b(?P<ago_q>(?:[Mm]ore\s+than|[Oo]ver|[Nn]early|[Aa]lmost|[Aa]bout"
            rf"|[Aa]round|[Ss]ome|[Aa]t\s+least|[Ll]ess\s+than|[Rr]oughly)\s+)?"
            rf"(?P<ago_n>{NUMBER})\s+(?P<ago_u>day|week|month|year)s?\s+ago\b)"),
    ("nth", rf"(?P<nth>\b[Oo]n\s+the\s+(?P<nth_d>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b"
            rf"(?!\s+(?:of\s+)?{MONTH}))"),
    ("off", rf"(?P<off>\b(?P<off_n>{NUMBER})\s+(?P<off_u>day|week)s?\s+(?P<off_dir>after|before"
            rf"|later|earlier)\b(?:\s+(?P<off_np>{HAPPENING})(?=\s*[,;:.)]|\s*$))?)"),
    ("nday", r"(?P<nday>\b[Tt]he\s+(?:(?P<nday_w>next|following|previous|preceding)\s+(?:day"
             r"|night|morning|afternoon|evening)\b"
             r"|day\s+(?P<nday_d>before|after)(?=\s*[,;:.]|\s*$))"
             r"|(?P<nday_same>\b(?:[Hh]ours|[Mm]inutes|[Mm]oments)\s+(?:earlier|later)\b"
             r"|\b(?:[Ee]arlier|[Ll]ater)\s+(?:in\s+the|that)\s+day\b|\b(?:[Oo]n\s+)?the\s+same"
             r"\s+day\b|(?<!\b[Aa]n )(?<!\b[Aa] )(?<!\b[Tt]he )\b[Oo]vernight\b))"),
    #                                                   not "an overnight crossing"
    ("clock", rf"(?P<clock>\b(?:{CLOCK})|\b(?:noon|midnight)\b)"),
    ("ana", rf"(?P<ana>\b(?P<ana_p>[Dd]uring|[Aa]fter|[Ff]ollowing|[Aa]t|[Bb]efore|[Aa]head of"
            rf"|[Oo]n the sidelines of)\s+(?P<ana_np>{HAPPENING})(?=\s*[,;:.)]|\s*$|\s+\w))"),
))

# A pattern is tried on a sentence only when the sentence has a word it cannot match
# without: scanning every pattern at every position would cost ten times as much.
# "#num" stands for any word with a digit.
MONTH_WORDS = frozenset(MONTH_NUMBER)
TRIGGERS = {
    "iso": {"#num"}, "mdy": MONTH_WORDS, "dmy": MONTH_WORDS, "my": MONTH_WORDS,
    "mon": MONTH_WORDS, "wd": set(WEEKDAYS),
    "rday": {"yesterday", "today", "tonight", "tomorrow", "night", "morning", "afternoon",
             "evening"},
    "per": {"week", "weekend", "month", "year"}, "yr": {"#num"}, "ago": {"ago"},
    "nth": {"st", "nd", "rd", "th", "#num"},
    "off": {"day", "days", "week", "weeks"},
    "nday": {"day", "night", "morning", "afternoon", "evening", "hours", "minutes", "moments",
             "overnight"},
    "clock": {"#num", "noon", "midnight"},
    "ana": set(EVENT_NOUN.strip("(?:)").split("|")),
}


DIGIT = re.compile(r"\d")


def word_set(text: str) -> set:
    """The lower-case words of a text, and "#num" if one of them has a digit."""
    words = set(WORD.findall(text.lower()))
    if DIGIT.search(text):
        words.add("#num")
    return words


def time_matches(text: str, words: set | None = None) -> list:
    """The matches of the time patterns in a text, leftmost first, none overlapping; at
    one position the pattern listed first wins, as in one alternation."""
    words = word_set(text) if words is None else words
    found = sorted((m.start(), order, m) for order, (name, pattern) in enumerate(TIME_PATTERNS)
                   if not words.isdisjoint(TRIGGERS[name]) for m in pattern.finditer(text))
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
    rel = (rel or "").lower()
    if rel in ("next", "coming"):
        return published + timedelta(days=ahead or 7)
    if rel in ("last", "past"):
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
    word = g("rday").lower()
    shift = -1 if word in ("yesterday", "last night") else 1 if word == "tomorrow" else 0
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
    if unit in ("day", "week"):
        return "date", day_when(published - timedelta(days=n * (7 if unit == "week" else 1))), "", 0
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
    """"three days after his meeting with X" (anchored), or "two days later" (from ref)."""
    days = number(g("off_n")) * (7 if g("off_u") == "week" else 1)
    sign = 1 if g("off_dir") in ("after", "later") else -1
    if g("off_np"):
        return "anchor", None, g("off_np"), sign * days
    return ("date", day_when(ref + timedelta(days=sign * days)), "", 0) if ref else None


def next_day(g, published, tense, ref):
    """"the next day", "the day before", "hours later", "earlier in the day": from ref."""
    sign = 1 if (g("nday_w") or "") in ("next", "following") or g("nday_d") == "after" else -1
    sign = 0 if g("nday_same") else sign
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
    year = published.year
    if word == "last" or (tense == "past" and month > published.month):
        year -= month >= published.month
    elif word in ("next", "coming") or tense == "future":
        year += month < published.month
    elif tense != "past" and abs(month - published.month) > 6:
        year += 1 if month < published.month else -1
    kind = "since" if word == "since" else "date"
    return kind, month_when(year, month), "", 0


def resolve_period(word: str, unit: str, published: date):
    """"last year", "this month", "this week", "last weekend": a year, a month, or the
    days of a week or a weekend (a window an undated clause may be placed in)."""
    step = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[word]
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
RELATIVE = re.compile(r"(?<=[,”\"])\s*(?:who|which|where|whose|when)\b[^,;—–]*")
SPEECH_WORDS = frozenset("""said says told tells announced announces warned warns reported
    reports stated added claimed claims noted confirmed insisted explained argued clarified
    assured stressed emphasized emphasised wrote denied revealed acknowledged admitted
    predicted promised pledged believe believes""".split())
SPEECH = re.compile(r"\b(?:" + "|".join(sorted(SPEECH_WORDS)) + r")\b")
BARE_COMPLEMENT = re.compile(r"\s+(?=(?:[A-Z][a-z]|he\b|she\b|they\b|it\b|the\b|there\b))")
THAT = re.compile(r"(?:\s+[\w’'-]+){0,5}?\s+that\b")
PARTICIPLE_OPENER = re.compile(r"^(?:After\s+|Upon\s+)?([A-Z][a-z]+ing)\b[^,]{0,150},")
TRAILING_PARTICIPLE = re.compile(r",\s+([a-z]+ing)\b[^,;]*")   # ", meeting the mayor next day"
SUBORDINATE = re.compile(r"\b(?:after|before|because|although|though|whereas|until|once|when)\s+"
                         r"(?!the\s+\w+\s*[,.;])[^,;—–]*")   # a clause with its own verb
LEAD_SUBORDINATE = re.compile(r"^(?:While|Although|Though|Whereas|Because|If)\b[^,]{0,150},")
RELATIVES = frozenset("who which where whose when".split())
SUBORDINATORS = frozenset("after before because although though whereas until once when".split())
SAME_TIME_PARTICIPLES = {
    "during", "following", "according", "including", "regarding", "concerning", "considering",
    "notwithstanding", "beginning", "starting", "pending", "excluding", "barring", "speaking",
    "talking", "addressing", "writing", "announcing", "commenting", "responding", "morning",
    "evening", "nothing", "something", "anything", "everything", "king", "spring", "bring",
}
FUTURE = re.compile(
    r"\b(?:will|shall|won['’]t|'ll|plans?\s+to|planning\s+to|intends?\s+to)\b"
    r"|\b(?:is|are|am|was|were|be)\s+(?:(?:also|still|now|not|reportedly|then)\s+)?"
    r"(?:(?:expected|scheduled|set|slated|poised|going|planning|anticipated|likely)\s+)?to\s"
    r"|\b(?:expected|scheduled|forecast)\s+to\b|\bexpects?\b"
    r"|\bdue\s+to\s+(?:be|arrive|meet|visit|attend|travel|hold|sign|start|begin|open|leave"
    r"|return|speak|address|announce|vote|take|make|give|launch|host|appear|depart|face|testify"
    r"|decide|rule|release|publish|receive|hear|resume|end|close|finish|fly|land|sail|go|come"
    r"|stay|reopen|report|deliver|present|unveil|complete)\b"
    r"|\b(?:is|are|was|were|be)\s+(?:\w+ly\s+)?(?:due|set|scheduled|slated)\s+(?:for|on|at"
    r"|in|back)\b"                                      # "a hearing is set for Thursday"
    r"|\bhopes?\s+to\b|\bas\s+(?:early|soon)\s+as\b",
    re.I)                                               # "due to arrive", not "due to the rain"
MODAL = re.compile(r"\b(?:would|might|(?-i:may))\s+(?!have\b)|\bcould\s+(?!have\b|not\b)",
                   re.I)                                # "could come Friday": it looks ahead
IS_TO = re.compile(r"\b(?:is|are|was|were)\s+(?:(?:also|still|now|then|\w+ly)\s+)?"
                   r"[“\"]to\s+[a-z]+", re.I)          # "is also “to visit ...”"
PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+|not\s+|also\s+)?(?:been\s+)?"
                     r"\w+(?:ed|en|wn|ne|t)\b", re.I)
# Words without which a tense pattern cannot match: the patterns run only when one is there.
FUTURE_WORDS = frozenset("will shall won ll plan plans planning intend intends expected "
                         "expect expects forecast "
                         "hope hopes early soon set "
                         "scheduled due slated poised going anticipated likely".split())
TO_BE = frozenset("is are am was were be".split())      # "is to visit" needs one of them
RELATIVE_PRESENT = re.compile(r"\b(?:which|that|who)\s+(?:\w+ly\s+)?(?!was\b|has\b|is\b)"
                              r"[a-z]{2,}s\b")
MODAL_WORDS = frozenset("would might may could".split())
PRESENT_WORDS = frozenset("is are am has have can could may might must should does do "
                          "typically usually often generally always regularly normally".split())
PAST_WORDS = frozenset(
    "was were had did met took told said made gave saw held began came left led spoke wrote "
    "brought sent went got stood showed shown flew drove rode ate won lost paid sought struck hit "
    "fell rose ran fought found kept knew built bought caught drew fled grew heard lay meant put "
    "sat shot shut sold spent spread swept threw broke chose froze stole dug hung sank swam"
    .split())


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
    if looks_ahead and FUTURE.search(bare) or quotes and IS_TO.search(text):
        return "future"
    if ("has" in words or "have" in words) and PERFECT.search(bare):
        return "perfect"
    if not words.isdisjoint(MODAL_WORDS) and MODAL.search(bare):
        return "future"
    present = not words.isdisjoint(PRESENT_WORDS)
    if not present and has_past_verb(words):
        return "past"
    if not present and not words.isdisjoint(RELATIVES) and RELATIVE_PRESENT.search(bare):
        return "present"                    # "the festival, which closes Sunday"
    return "present" if present else ""


STRETCH_END = re.compile(r"[,;—–]")


def local_tense(text: str, pos: int, clause_tense: str) -> str:
    """The tense around one position: its stretch between commas (or semicolons, or
    dashes), else its clause's; a stretch that tells something past ("sank on Monday")
    is past whatever else it says."""
    start = max(text.rfind(c, 0, pos) for c in ",;—–") + 1
    end = STRETCH_END.search(text, pos)
    stretch = text[start:end.start() if end else len(text)]
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


AHEAD = re.compile(r"\b(?:ahead\s+of|before|until|till|by|for)\s+\Z", re.I)
LAST_WORDS = re.compile(r"(?:[\w’'-]+\W+){0,4}\Z")


def possessive_tense(text: str, pos: int, clause_tense: str) -> str:
    """The tense a possessive weekday ("Sunday's blast") is read in: forward after "ahead
    of" or "before", else the tense of the few words before it ("miners killed in"), else
    past unless its clause looks ahead: a named happening has usually happened."""
    before = text[max(0, pos - 60):pos]
    if AHEAD.search(before):
        return "future"
    near = LAST_WORDS.search(before)
    tense = tense_of(near.group()) if near else ""
    if tense:
        return tense
    return "future" if clause_tense == "future" else "past"


class Span(NamedTuple):
    """A stretch of a sentence outside its main clause: a coordinated clause with a date of
    its own ("part"), who said it ("frame"), or a subordinate clause ("sub")."""
    start: int
    end: int
    kind: str


COORDINATOR = re.compile(r";\s+|,?\s+(?:and|but)\s+(?:then\s+)?")
OPENERS = frozenset("and but or nor although though because which who whose whom where when "
                    "while after before if as since until unless whereas so".split())
ACCORDING = re.compile(r"\s*according\s+to\b", re.I)
COMMA = re.compile(r",\s+")
LINKING = frozenset("that which who".split())
VERB_AFTER = re.compile(r"\s*,?\s*([a-z]+)\b")
AUXILIARIES = frozenset("had has have was were is are will would could".split())
PARTICIPIAL = re.compile(r",\s+((?:[a-z]+(?:ed|en|wn))|" + "|".join(
    w for w in ("held", "hit", "struck", "shut", "built", "left", "sent", "brought", "caught",
                "found", "sold", "taken", "seen", "shown", "closed")) + r")\b[^,;]{0,200},")


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
    where both sides carry a time expression and the right side has a verb of its own
    ("cancelled all sailings on Tuesday and resumed them on Wednesday")."""
    cuts, depth, last = [], 0, 0
    relatives = [m.span() for m in RELATIVE.finditer(text)]
    for m in COORDINATOR.finditer(text):
        depth += text.count("(", last, m.start()) - text.count(")", last, m.start())
        last = m.start()
        if depth <= 0 and not in_expr(exprs, m.start()) and \
                not any(a <= m.start() < b for a, b in relatives):
            cuts.append(m)
    parts, start = [], 0
    for i, cut in enumerate(cuts):
        end = cuts[i + 1].start() if i + 1 < len(cuts) else len(text)
        if has_expr(exprs, start, cut.start()) and has_expr(exprs, cut.end(), len(text)) \
                and tense_of(text[cut.end():end]) and \
                tense_of(SPEECH.sub(" ", text[start:cut.start()])):   # not "said a team of
            parts.append((start, cut.start()))                     # search and rescue ..."
            start = cut.end()
    return parts + [(start, len(text))]


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
        if verb.group() not in ("told", "tells") and BARE_COMPLEMENT.match(text, pos, end):
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


RESTRICTIVE = re.compile(r"(?<!,)\s(?:that|who|which)\s+(?:(?:had|has|have)\s+)?"
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

STOPWORDS = frozenset("""
a about above across after again against all almost along already also although always am
among an and another any are around as at away back be because been before being below
between both but by can could did do does done during each either else even ever every
few for from further had has have having he her here hers him his how however i if in into
is it its itself just last later least less like made make many may me meanwhile might
more most much must my near nearly neither never new next no nor not now of off often on
once one only or other others our out over own per perhaps quite rather really said same
say says she should since so some still such than that the their them themselves then
there these they this those though through thus to too toward towards under until up upon
us very via was we were what when where whether which while who whom whose why will with
within without would yet you your told tell tells according reported reports added
reportedly earlier today yesterday tomorrow tonight week weeks month months year years day
days monday tuesday wednesday thursday friday saturday sunday morning evening night
afternoon january february march april june july august september sept october november
december mr mrs ms dr
""".split())
IRREGULAR = {"met": "meet", "meeting": "meet", "meetings": "meet", "went": "go", "gone": "go",
             "took": "take", "taken": "take", "gave": "give", "given": "give", "saw": "see",
             "seen": "see", "held": "hold", "began": "begin", "begun": "begin", "came": "come",
             "left": "leave", "spoke": "speak", "flew": "fly", "flown": "fly", "sent": "send",
             "brought": "bring", "won": "win", "lost": "lose", "shown": "show", "arrival": "arrive",
             "talks": "talk", "summits": "summit", "news": "news",
             "struck": "strike", "fell": "fall", "rose": "rise", "shot": "shoot", "fought": "fight",
             "caught": "catch", "fled": "flee", "killed": "kill", "died": "die", "dead": "die",
             "death": "die", "deaths": "die"}
TRANSLITERATION = (("dzh", "j"), ("zh", "j"), ("kh", "h"), ("ph", "f"), ("sch", "sh"),
                   ("our", "or"))                       # armoured ~ armored
WORD = re.compile(r"[^\W_]+")
_STEMS: dict = {}


def stem(word: str) -> str:
    """A crude stem of a lower-case word, so that "visited", "visits" and "visit" agree."""
    found = _STEMS.get(word)
    if found is None:
        found = _STEMS[word] = _stem(word)
    return found


def _stem(word: str) -> str:
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
    return word.replace("y", "i") if len(word) > 3 else word


@functools.lru_cache(maxsize=1 << 12)
def terms(text: str) -> tuple:
    """The content terms of a text: stems of its words, stop words left out."""
    return terms_of_words(WORD.findall(text.lower()))


def terms_of_words(words: list) -> tuple:
    """terms() of a text already split into lower-case words."""
    seen = {}
    for word in words:
        if word not in STOPWORDS and (len(word) > 1 or word.isdigit()):
            seen.setdefault(stem(word), None)
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
        if len(sent.text.split()) < 4:
            continue                                    # a fragment, not a sentence
        new = sentence_mentions(article, rank, sent, ref, day)
        days = [(m.main, m.when.start) for m in new
                if m.explicit and m.when and m.when.precision == "day"]
        ref = max(days)[1] if days else ref     # a main clause's day, else another clause's
        found.extend(new)
    return found


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
    found = [Mention._make(head + m[5:]) for m in found]
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
    matches = time_matches(text, words | {"#num"} if DIGIT.search(text) else words)
    if not matches:
        return undated_mention(text, lower, words), False
    uses_ref = any(m.lastgroup in ("nday", "clock") or m.lastgroup == "off"
                   and not m.group("off_np") or m.lastgroup == "wd" and m.group("wd_rel")
                   and m.group("wd_rel").lower() == "the" for m in matches)
    spans = clause_spans(text, [m.span() for m in matches], words)
    by_clause = dated_clauses(text, matches, spans, pub, ref)
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


def dated_clauses(text: str, matches: list, spans: list, pub: date, ref: date | None) -> dict:
    """The resolved time expressions of a sentence by the clause they stand in: its Span,
    or None for the main clause. Each is resolved in its own clause's tense, and "the next
    day" counts from the day the sentence named before it."""
    quoted = [q.span() for q in QUOTED.finditer(text)]
    by_clause, here, texts = {}, None, {}   # here: the last day this sentence named
    for match in matches:
        if match.lastgroup == "rday" and any(a < match.start() < b for a, b in quoted):
            continue                        # "today we stand together," he said
        span = innermost(spans, match.start())
        if span not in texts:
            words = clause_text(text, spans, span)
            texts[span] = (words, tense_of(words))
        words, tense = texts[span]
        if match.lastgroup == "wd" and match.group("wd_np"):
            tense = possessive_tense(words, match.start(), tense)
        else:
            tense = local_tense(words, match.start(), tense)
        expr = resolved(match, pub, tense, here or ref)
        if expr and expr.kind == "date" and SINCE.search(text, max(0, match.start() - 8),
                                                         match.start()):
            expr = expr._replace(kind="since")      # "visiting since Wednesday": it began then
        if expr:
            by_clause.setdefault(span, []).append(expr)
            if expr.when and expr.when.precision == "day":
                here = expr.when.start
    return by_clause


SUBJECT = 12    # characters into its clause a possessive date may start and still be the
                # subject's, dating the clause ("Last Thursday's explosion killed four")
SAME_TIME = re.compile(r"\s*,?\s*(?:when|while|as)\b", re.I)   # its clause's time is the main's


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
    result = []
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
        if part is None:
            words = blanked(dateless, [(s.start, s.end) for s in parts[1:] + dated])
            tense = tense_of(main_words)
        else:
            inner = [(s.start, s.end) for s in dated if part.start <= s.start < part.end]
            words = blanked(dateless, inner)[part.start:part.end]
            tense = tense_of(clause_text(text, spans, part))
        if frame:                           # dated by the saying: told as said, not planned
            tense = tense_of(text[frame.start:frame.end]) or tense
        mention = clause_mention(base, words, tense, own, True)
        if result and mention.when and result[0].when == mention.when:
            result[0] = result[0]._replace(terms=with_concepts(result[0].terms + mention.terms))
        else:                               # joined clauses of one day tell one happening
            result.append(mention)
    subject = subject_terms(main_words)
    for span in dated:
        own = [t for t in by_clause[span] if t.kind != "anchor"]
        result.append(clause_mention(base, dateless[span.start:span.end],
                                     tense_of(text[span.start:span.end]), own, False, subject))
    for t in of_noun:
        result.append(Mention(**base, terms=with_concepts(terms(t.anchor)), when=t.when,
                              tense="past", main=False, explicit=True))
    head = result[0]
    if head.explicit and head.when.precision == "day":
        for t in (t for exprs in by_clause.values() for t in exprs):
            if t.kind == "anchor" and t.offset:
                day = head.when.start - timedelta(days=t.offset)
                result.append(Mention(**base, terms=terms(t.anchor), when=day_when(day),
                                      tense="past", main=False, explicit=True))
    return tuple(result)


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
    return (Mention("", 0, 0, 0, 0, text, with_concepts(terms_of_words(lower)), None, tense,
                    True, False),)


SINCE = re.compile(r"\b[Ss]ince\s+\Z")
WITHIN = re.compile(r"\b(?:[Dd]uring|[Aa]t|[Aa]mid|[Ii]n)\s+\Z")   # "during Monday's debate"


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


# Happenings news names in several ways, as (concept added, words any of which name it,
# pairs of word sets that name it together): a trip that began is an arrival, talks and
# a summit are a meeting, a trip wrapped up or a journey home is a departure.
def stems(words: str) -> frozenset:
    return frozenset(map(stem, words.split()))


# Words that name a kind of happening: two groups of one date that name the same kind
# and share a rare word (a place, a name) tell one happening.
HAPPENING_KINDS = stems(
    "arrive depart meet inspect sign attack strike die launch vote elect resign arrest crash "
    "collapse erupt explode shoot invade capture evacuate")


TRIP = stems("trip tour visit journey travel")
CONCEPTS = (
    ("arriv", stems("arrive returned"), ((TRIP, stems("begin start kick")),)),
    ("meet", stems("meet summit talks"), ()),
    ("die", stems("die died dead death kill fatalities toll"), ()),
    ("quake", stems("earthquake quake tremor temblor"), ()),
    ("depart", stems("depart farewell"), ((TRIP, stems("end wrap conclude finish cut")),
                                          (stems("home"), stems("way journey head begin set")))),
)


def with_concepts(words: tuple) -> tuple:
    """The terms, each once, and the happenings they name in other words."""
    words = tuple(dict.fromkeys(words))
    have = set(words)
    for concept, names, pairs in CONCEPTS:
        if concept not in have and (have & names or any(have & a and have & b for a, b in pairs)):
            words += (concept,)
    return words


HABITUAL = re.compile(r"\b(?:usually|typically|normally|generally|traditionally|often|always"
                      r"|every\s+(?:year|spring|summer|autumn|fall|winter))\b", re.I)


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
    words = with_concepts(terms(text) + tuple(extra) + began)
    when = dated[0].when if dated else None
    year = next((t.when.start.year for t in dated if t.when.precision == "year"), None)
    if dated and dated[0].yearless and year:        # "next year's race ... to April"
        when = month_when(year, when.start.month)
    return Mention(**base, terms=words, when=when, tense=tense, main=main,
                   explicit=when is not None,
                   window=(week.when.start, week.when.end) if week else None,
                   anchor=anchor.anchor if anchor and not when else "",
                   offset=anchor.offset if anchor and not when else 0)


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
PART_OF = re.compile(r"^(?:[Dd]uring|[Aa]t|[Oo]n the sidelines of)\b")
CONTINUATION = re.compile(r"^(?:He|She|They|It|There|Also|Later|Then|Afterwards|Furthermore"
                          r"|Moreover|In return|In addition|The two)\b")


class Cluster:
    """A growing group of mentions of one happening on one date (private to merging)."""
    __slots__ = ("serial", "when", "members", "counts", "into")

    def __init__(self, serial: int, when: When):
        self.serial, self.when, self.members, self.counts, self.into = serial, when, {}, {}, None

    def add(self, mention: Mention) -> list:
        """Adds a mention; gives the terms the cluster did not have before (to index)."""
        self.members[id(mention)] = mention     # by identity: discarded in constant time
        counts, new = self.counts, []
        for t in mention.terms:
            had = counts.get(t, 0)
            counts[t] = had + 1
            if not had:
                new.append(t)
        return new

    def discard(self, mention: Mention):
        del self.members[id(mention)]
        for t in mention.terms:
            self.counts[t] -= 1
            if not self.counts[t]:
                del self.counts[t]

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
        if cluster is None:
            cluster = Cluster(len(self.all), m.when)
            self.all.append(cluster)
        self.index_terms(cluster.add(m), cluster)
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
            score, cluster = self.best(m.terms, when=m.when)
            cluster = cluster if score >= threshold else None
        cluster = self.add(m, live(cluster) if cluster else None)
        self.joined[key] = cluster
        return cluster

    def absorb(self, small: Cluster, big: Cluster):
        for m in small.members.values():
            self.index_terms(big.add(m), big)
        small.into, small.members, small.counts = big, {}, {}


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
        placed[i] = clusters.add(m._replace(when=anchor.when), anchor)
    else:
        day = anchor.when.start + timedelta(days=m.offset)
        placed[i] = clusters.join(m._replace(when=day_when(day)), JOIN)


def anchor_cluster(i: int, mentions: list, clusters: Clusters, placed: dict, published: date):
    """The dated cluster of the happening an anchored expression names: the latest one
    its own report told before, else the one that best matches it in any report."""
    m = mentions[i]
    heads = set(with_concepts(tuple(stem(w.lower()) for w in re.findall(EVENT_NOUN, m.anchor))))
    for j in range(i - 1, -1, -1):                  # back through the same report
        if mentions[j].article != m.article:
            break
        if j in placed and live(placed[j]).when.precision == "day" and \
                heads & set(mentions[j].terms):
            return live(placed[j])
    words = tuple(dict.fromkeys(terms(m.anchor) + m.terms))
    score, cluster = clusters.best(words, lambda c: c.when.precision == "day"
                                   and c.when.start <= published and bool(heads & set(c.counts)))
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
        added[i] = mentions[i]._replace(when=cluster.when)
        placed[i] = clusters.add(added[i], cluster)
    for _ in range(2):                  # a clause placed by narrative may draw others in
        before, choices = len(placed), {}   # a clause retold word for word chooses once
        for i in pending:
            if i in placed:
                continue
            m = mentions[i]
            key = (m.terms, articles[m.article].published, m.window)
            if key not in choices:
                choices[key] = own_choice(m, clusters, articles)
            if choices[key] is not None:
                place(i, live(choices[key]))
        continue_narrative(mentions, clusters, placed, articles, place)
        if len(placed) == before:
            break
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
        m = mentions[i]._replace(when=NOWHEN)
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
    score, cluster = clusters.best(m.terms, lambda c: fits(m, c, articles))
    if cluster and score >= (CONTRADICT if m.window else ATTACH) and \
            sum(clusters.idf.get(t, 0.0) >= DISTINCT and t in cluster.counts for t in m.terms) >= 2:
        return cluster
    return window_choice(m, clusters, articles) if m.window else None


def window_choice(m: Mention, clusters: Clusters, articles: dict):
    """The entry of its week a clause dated only by the week joins ("the council voted last
    week"): one whose core names the same kind of happening and which the clause covers."""
    kinds = HAPPENING_KINDS.intersection(m.terms)
    for c in clusters.candidates(m.terms, lambda c: fits(m, c, articles)) if kinds else ():
        core = c.core()
        if kinds.intersection(core) and overlap(core, m.terms, clusters.idf) >= BRIDGE:
            return c
    return None


def continue_narrative(mentions, clusters, placed, articles, place):
    """An undated past-tense clause that goes on with the previous sentence's happening
    (same section, next to it, a pronoun or a shared rare name) joins that happening,
    unless it reads like a happening of another date: place(index, cluster) puts it there."""
    previous, contradicted = {}, {}
    for i, m in enumerate(mentions):
        if not m.main:
            continue
        p, previous[m.article] = previous.get(m.article), i
        cluster = placed.get(p)
        if i in placed or cluster is None or m.tense != "past":
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


def same_kind(small: Cluster, core: list, clusters: Clusters):
    """The oldest other cluster of small's date whose core names a happening of the same
    kind as small's and shares a rare word with it, if any."""
    kinds = HAPPENING_KINDS.intersection(core)
    if not kinds:
        return None
    rare = [t for t in core if t not in kinds and clusters.idf.get(t, 0.0) > RARE]
    for c in clusters.candidates(rare, lambda c: c is not small, CORE_KEYS, small.when):
        if any(c.share(k) >= 0.5 for k in kinds) and any(c.share(t) >= 0.5 for t in rare):
            return c
    return None


# ---------------------------------------------------------------------------
# Agreement: how well each entry is attested, and where the reports differ
# ---------------------------------------------------------------------------
# Reports that share long sentences word for word are one wire story reprinted
# and count once. A claim is one report's value for one quantity of one happening
# (its day, its time of day, a count of people, a length, a magnitude, a population,
# the river it happened in). Two claims of one quantity disagree when they hold as of
# the same day and cannot both hold; a count as of a later day that differs is an
# update. Spellings of one detail (Zhukov, Jukov) are variants, shown with the entry.
# The rules look at words, figures and dates, never at what the story is about.

REPRINT_WORDS = 12        # a sentence this long, shared word for word, marks a reprint
MAX_CLAIMS = 5            # claims listed on each side of a disagreement
SAMPLE = 400              # sentences of an entry read for its summary and variants
SAME_HAPPENING = 0.6      # two dated clauses this close tell one happening (a name shared) ...
TOLD_OTHERWISE = 0.45     # ... and this close, told in other words, when three names are shared
KIND_NAMES = {stem(w): w for w in (
    "arrival", "departure", "meeting", "inspection", "signing", "attack", "strike", "killing",
    "launch", "vote", "election", "resignation", "arrest", "crash", "collapse", "eruption",
    "explosion", "shooting", "invasion", "capture", "evacuation")}
KIND_NAMES.update({stem(v): n for v, n in (
    ("arrive", "arrival"), ("depart", "departure"), ("meet", "meeting"), ("inspect", "inspection"),
    ("sign", "signing"), ("kill", "killing"), ("vote", "vote"), ("elect", "election"),
    ("resign", "resignation"), ("collapse", "collapse"), ("erupt", "eruption"),
    ("explode", "explosion"), ("shoot", "shooting"), ("invade", "invasion"),
    ("capture", "capture"), ("evacuate", "evacuation"))})

# A claim is one report's value for one quantity of one happening. Figures are read from
# the words around each number: the unit after it ("18.5 km", "656 feet"), the count word
# after or before it ("2,059 injured", "injured 1,404", "the toll rose to 2,946"), and
# the measure it gives ("a depth of", "long", "southwest of Marrakech"). Lengths are
# compared in metres, with the rounding their digits allow; counts as given, widened
# by their qualifiers ("more than 5,000" is 5,000 and up).

QUALIFIERS = ("more than", "over", "at least", "nearly", "almost", "about", "around", "roughly",
              "approximately", "some", "up to", "less than", "fewer than", "under", "above",
              "below", "exceeding", "past")
QUALIFIER_RANGE = {"about": (0.9, 1.1), "around": (0.9, 1.1), "roughly": (0.9, 1.1),
                   "approximately": (0.9, 1.1), "some": (0.9, 1.1), "nearly": (0.9, 1.0),
                   "almost": (0.9, 1.0), "less than": (0, 1.0), "fewer than": (0, 1.0),
                   "up to": (0, 1.0), "under": (0, 1.0), "below": (0, 1.0)}
AMOUNT = re.compile(r"(?<![\w,.$£€-])(?:(?P<q>" + "|".join(QUALIFIERS) + r") )?"
                    r"(?P<n>\d{1,3}(?:,\d{3}){1,5}|\d{1,9}(?:\.\d{1,3})?)(?![\d,.]\d)"
                    r"(?: (?P<mult>thousand|million|billion)\b)?", re.I)   # bounded: no rescans
METRES = {"km": 1000.0, "kilometer": 1000.0, "kilometre": 1000.0, "kilometers": 1000.0,
          "kilometres": 1000.0, "mile": 1609.344, "miles": 1609.344, "mi": 1609.344,
          "m": 1.0, "metre": 1.0, "metres": 1.0, "meter": 1.0, "meters": 1.0,
          "feet": 0.3048, "foot": 0.3048, "ft": 0.3048, "yard": 0.9144, "yards": 0.9144}
UNIT_AFTER = re.compile(r" ?(" + "|".join(sorted(METRES, key=len, reverse=True)) + r")\b"
                        r"(?: \([^()]{1,40}\))?(?P<rest>[^,;:]{0,60})", re.I)
PLACE_OF = re.compile(r"^(?: [a-z-]+){0,2}? (?:of|from) (?P<place>[A-Z][\w'’-]+)")
# The measure a length gives, from the words after it, else before it.
MEASURE_AFTER = (("depth", re.compile(r"^ (?:deep|below|beneath|underground)\b")),
                 ("length", re.compile(r"^ (?:long|in length)\b")),
                 ("height", re.compile(r"^ (?:high|tall|in height)\b")))
MEASURE_BEFORE = (("depth", re.compile(r"\bdepths? of\Z")),
                  ("length", re.compile(r"\blength of\Z")),
                  ("height", re.compile(r"\b(?:height|altitude)s? of\Z")))
# Count words: what a number of people counts.
COUNTS = {"dead": "killed dead died deaths death fatalities lives toll killing",
          "injured": "injured wounded hurt injuries injuring wounding",
          "missing": "missing unaccounted", "displaced": "displaced homeless evacuated evacuees",
          "arrested": "arrested detained arrests", "on board": "aboard passengers"}
COUNT_OF = {w: name for name, words in COUNTS.items() for w in words.split()}
MOVING = frozenset("rose risen rising climbed climbing jumped increased reached passed surpassed "
                   "topped now stands".split())
COUNT_FILLERS = frozenset("people persons residents civilians workers passengers others migrants "
                          "soldiers children miners were was had have been are is still now also "
                          "feared believed reported".split())   # between a number and its count
MAGNITUDE = re.compile(r"\bmagnitude(?: of)?(?: an?)?\Z|\bmagnitude-\Z", re.I)
POPULATION = re.compile(r"\b(?:population of|home to|town of|city of|village of)\Z", re.I)
SPECULATION = re.compile(r"\b(?:could|might|may|would|will|expected|projected|feared|forecast)\b")
PLACE_IN = re.compile(r"\b[Ii]n\s+((?:[A-Z]\w+)(?:\s+and\s+[A-Z]\w+)*)")
# A named place where something happened: "fell into the Harrow River", "in Lake Orin".
PLACE_KINDS = "River|Lake|Sea|Canal|Strait|Bay|Gulf|Creek|Pass|Valley|Island|Mountain|Mount"
NAMED_PLACE = re.compile(r"\b(?:in|into|on|at|near|along|across|over|off|from|by|beside) (?:the )?"
                         rf"(?:(?P<name>(?:[A-Z][\w'’-]+ ){{1,3}})(?P<kind>{PLACE_KINDS})\b"
                         rf"|(?P<kind2>River|Lake|Mount) (?P<name2>[A-Z][\w'’-]+))")
# Times of day, in minutes after midnight: a clock time in the place's own time (one given
# in GMT or in another city's time is left out), or a part of the day a date names.
CLOCK_TIME = re.compile(r"(?:\b(?P<q>shortly after|just after|shortly before|just before|about"
                        r"|around|after|before) )?\b(?P<h>2[0-3]|[01]?\d)(?!\d)(?::(?P<m>[0-5]\d))?"
                        r" ?(?P<ap>[ap]\.?m\b\.?)?(?P<zone> ?\(?(?:GMT|UTC|[A-Z][a-z]+ time)\b)?",
                        re.I)
DAY_PART = re.compile(rf"\b(?:(?P<edge>early|late)(?: on)? )?(?:{WEEKDAY}|(?:on )?the same day)"
                      r"(?: (?P<part>morning|afternoon|evening|night))?", re.I)
PARTS = {"morning": (300, 719), "afternoon": (720, 1019), "evening": (1020, 1379),
         "night": (1260, 1740), "early": (0, 540), "late": (1080, 1440)}
LATER = {"shortly after": (0, 30), "just after": (0, 30), "after": (0, 60),
         "shortly before": (-30, 0), "just before": (-30, 0), "before": (-60, 0),
         "about": (-15, 15), "around": (-15, 15)}


class Figure(NamedTuple):
    """One value a sentence gives for one quantity: its range in the quantity's unit."""
    quantity: str       # "injured", "depth", "distance from Marrakech", "time of day", ...
    low: float
    high: float
    said: str           # the words that give it: "2,059 injured", "18.5 km", "11:11 p.m."
    unit: str = ""      # "people", "m", "minutes", "" for a magnitude or a name
    moving: bool = False    # "rose to", "climbed to": it replaces an earlier figure
    key: tuple = ()     # what must match too: the places a count is for, a name's spelling


@functools.lru_cache(maxsize=1 << 12)
def figures_in(text: str) -> tuple:
    """The figures of a sentence: counts of people, lengths, magnitudes, populations, the
    time of day, the named place; none from a sentence that only speculates."""
    if SPECULATION.search(text):
        return ()
    found = list(named_places(text))
    if DIGIT.search(text):
        places = tuple(sorted({p.lower() for m in PLACE_IN.finditer(text)
                               for p in re.findall(r"[A-Z]\w+", m.group(1))}))
        found += [f for m in AMOUNT.finditer(text) if (f := amount_figure(text, m, places))]
    found += times_of_day(text)
    return tuple(found)


def amount_figure(text: str, m, places: tuple):
    """The Figure one number of a sentence gives, or None if it gives none we compare."""
    if text[m.start() - 1:m.start()] == "(" or text[m.end():m.end() + 1] == "-" and \
            not text.startswith("-magnitude", m.end()):
        return None                         # "(11.5 miles)", "a 12-year-old", "30,000-dirham"
    value = float(m.group("n").replace(",", "")) * {"thousand": 1e3, "million": 1e6,
                                                    "billion": 1e9}.get(
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
        return Figure(count, low, high, f"{m.group()} {count}", "people", moving, places)
    if POPULATION.search(before.rstrip()) or after.startswith((" inhabitants", " residents")):
        low, high = value_range(qualifier, value)
        return Figure("population", low * 0.98, high * 1.02, m.group(), "people")
    return None


def length_figure(m, value: float, qualifier: str, unit, before: str, digits: str):
    """A length's Figure (in metres): a depth, a length, a height or a distance from a
    place, with the rounding its digits allow; None when it says not which."""
    per = METRES[unit.group(1).lower()]
    rest = unit.group("rest")
    measure = next((name for name, p in MEASURE_AFTER if p.match(rest)), None) or \
        next((name for name, p in MEASURE_BEFORE if p.search(before.rstrip())), None)
    if measure is None:
        place = PLACE_OF.match(rest)
        if not place:
            return None
        measure = f"distance from {place.group('place')}"
    low, high = value_range(qualifier, value)
    slack = 0.5 * 10 ** -len(digits)                    # "8 km" is 7.5 to 8.5
    low, high = (low - slack) * per * 0.98, (high + slack) * per * 1.02
    return Figure(measure, low, high, f"{m.group()} {unit.group(1)}", "m")


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
    return value * low, value * high


def times_of_day(text: str) -> list:
    """The time of day a sentence gives its happening, most precise first: a clock time in
    local time ("at 11:11 p.m.", "23:11 local time", "just after 11pm"), else the part of
    the day its date names ("late on Friday", "Friday afternoon")."""
    for m in CLOCK_TIME.finditer(text) if DIGIT.search(text) else ():
        if m.group("zone") and "local" not in m.group("zone").lower() or \
                not (m.group("ap") or m.group("m")) or text[m.start() - 1:m.start()] == "(":
            continue                        # GMT, Moscow time; "at 9" alone; "(2211 GMT)"
        hour = int(m.group("h")) % 12 + (12 if (m.group("ap") or "a")[0].lower() == "p"
                                         else 0) if m.group("ap") else int(m.group("h"))
        minute = hour * 60 + int(m.group("m") or 0)
        start, end = LATER.get((m.group("q") or "").lower(), (0, 0))
        end += 0 if m.group("m") else 30    # "11pm" is 11 to about half past
        return [Figure("time of day", minute + start, minute + end, m.group().strip(), "minutes")]
    for m in DAY_PART.finditer(text):
        part = (m.group("part") or m.group("edge") or "").lower()
        if part:
            low, high = PARTS[part]
            return [Figure("time of day", low, high, m.group(), "minutes")]
    return []


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


STATEMENT_DAY = re.compile(r"\b(?:said|says|announced|released|published|issued|put|gave"
                           r"|reported|statement|figures?)\b[^.;]{0,25}?\b(?:on |late |early )*"
                           rf"(?:{WEEKDAY}|{MONTH} {DAY}|{DAY} {MONTH}|yesterday|today)")
COUNT_LABELS = {"dead": "number of dead", "injured": "number of injured", "missing":
                "number of missing", "displaced": "number displaced", "arrested":
                "number arrested", "on board": "number on board"}
HAPPENING_NOUNS = ("earthquake", "quake", "tremor", "crash", "fire", "blaze", "explosion",
                   "blast", "landing", "attack", "storm", "flood", "collision", "derailment",
                   "eruption", "shooting", "accident", "landslide", "sinking", "strike", "vote",
                   "meeting", "summit", "launch", "rally", "protest")


def figure_differences(when: When, members: list, published: dict) -> list:
    """Disagreements and updates over the figures one entry's reports give. Two figures of
    one quantity (a count of one place, a depth, a time of day, a named river ...) from
    two reports disagree when they are given as of the same day and cannot both hold; a
    count given as of a later day that differs (or "rose to") is an update."""
    by_quantity = {}
    if len({m.article for m in members[:SAMPLE]}) < 2:
        return []                           # one report does not disagree with itself
    for m in members[:SAMPLE]:
        for f in figures_in(m.text):
            group = (f.quantity, f.key if f.unit == "people" else ())
            said = by_quantity.setdefault(group, {})
            had = said.get(m.article)
            if had is None or f.unit != "people" and f.high - f.low < had[0].high - had[0].low:
                said[m.article] = (f, m.text, as_of(when, m, published[m.article], f))
                #  a report's first count, its most precise fact ("at 11:11 p.m.", not "late")
    found = []
    for (quantity, _), said in by_quantity.items():
        if len(said) < 2:
            continue
        items = sorted(said.items(), key=lambda kv: (kv[1][2], published[kv[0]], kv[0]))
        fixed = quantity not in COUNT_LABELS
        pairs = [(a, b) for i, a in enumerate(items) for b in items[i + 1:]]
        clash = [(a, b) for a, b in pairs
                 if (fixed or a[1][2] == b[1][2]) and not meet(a[1][0], b[1][0])]
        revised = [(a, b) for a, b in pairs if not fixed and a[1][2] < b[1][2]
                   and (b[1][0].moving or not meet(a[1][0], b[1][0]))]
        for kind, chosen in (("figure", clash), ("update", revised)):
            if not chosen:
                continue
            involved = [a for a, _ in items if any(a in (x[0], y[0]) for x, y in chosen)]
            claims = tuple(Claim(a, said[a][1], said[a][0].said, quantity, said[a][0].unit,
                                 said[a][2].isoformat() if kind == "update" else "")
                           for a in involved)[:2 * MAX_CLAIMS]
            found.append(Conflict(figure_topic(quantity, kind, chosen, said), kind, claims))
    return found


def as_of(when: When, m: Mention, published: date, f: Figure) -> date:
    """The day a figure holds as of: a fixed fact's, the happening's; a count's, the day a
    statement dated in the clause gave it ("said on Saturday that 2,012 had died"), else
    the day its report was published."""
    if f.quantity not in COUNT_LABELS or when.precision != "day":
        return when.start if when.precision == "day" else published
    if m.explicit and m.when and m.when.start <= published and STATEMENT_DAY.search(m.text):
        return m.when.start
    return published


def figure_topic(quantity: str, kind: str, pairs: list, said: dict) -> str:
    """What a disagreement is about, for a reader: "the number of injured, as of Saturday
    9 September 2023", "the time of the earthquake", "the river"."""
    if quantity in COUNT_LABELS:
        day = pairs[0][0][1][2]
        return f"the {COUNT_LABELS[quantity]}" + \
            (f", as of {date_heading(day_when(day))}" if kind == "figure" else "")
    text = " ".join(t for _, t, _ in said.values()).lower()
    noun = next((n for n in HAPPENING_NOUNS if re.search(rf"\b{n}\b", text)), "")
    quantity = "time" if quantity == "time of day" else quantity
    return f"the {quantity} of the {noun}" if noun else f"the {quantity}"


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
    return frozenset(hash(s.text.lower()) for s in sents
                     if s.text.count(" ") >= REPRINT_WORDS - 1)


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
                sides = found.setdefault((min(g, h), max(g, h), kind), ({}, {}))
                sides[g > h][m.article, m.text] = m.when.value
                sides[g < h][x.article, x.text] = x.when.value
    return [(tuple(sorted(said)), Conflict(kind, "date", tuple(
        claim for g in sorted(said) for claim in said[g][:MAX_CLAIMS])))
            for kind, said in joined_sides(found)]


DATE_KEYS = 8          # rarest terms a dated clause is looked up by, for date disagreements
ENDS = stems("end ended close closed finish finished conclude wrap lift lifted expire")


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
    two clauses share, as far as they go."""
    kinds = sorted(HAPPENING_KINDS.intersection(m.terms) & set(x.terms))
    if kinds:
        return f"when the {KIND_NAMES.get(kinds[0], kinds[0])} happened"
    shared = [w for w in re.findall(r"[A-Za-z][\w'-]+", m.text)
              if stem(w.lower()) in set(x.terms) and w.lower() not in STOPWORDS][:6]
    return "the day of: " + " ".join(shared) if shared else "the day it happened"


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
        for group, side in ((g, first), (h, second)):
            for (article, text), value in side.items():
                said.setdefault(group, [])
                if all(c.text != text for c in said[group]):
                    said[group].append(Claim(article, text, value, "day"))
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
    """Articles in an order that does not depend on how they were given."""
    return sorted(articles, key=lambda a: (a.published, a.id))


def build_timeline(articles: list, title: str) -> Timeline:
    """The merged timeline of a set of articles."""
    articles = canonical_order(date_undated(articles))
    by_id = {a.id: a for a in articles}
    mentions, prints = [], {}
    for rank, a in enumerate(articles):
        sents = sentences(prose_paragraphs(a.text))
        prints[a.id] = long_sentence_prints(sents)
        mentions += mentions_of(a, rank, sents)
    idf = sentence_idf(mentions)
    groups = merge(mentions, by_id, idf)
    conflicts, updates = differences(groups, idf, {a.id: a.published for a in articles})
    fold_minorities(groups, conflicts)
    wire = reprint_groups(prints)
    events = [make_event(when, members, by_id, wire,
                         tuple(i for i, (c, gs) in enumerate(conflicts) if g in gs),
                         tuple(i for i, (c, gs) in enumerate(updates) if g in gs))
              for g, (when, members) in enumerate(groups) if members]
    events.sort(key=lambda e: (e.when.start, -len(e.when.value), -len(e.articles), e.summary))
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


def differences(groups: list, idf: dict, published: dict) -> tuple:
    """([(Conflict, group indexes)], [(update, group indexes)]), each in date order."""
    conflicts = [(c, gs) for gs, c in date_disagreements(groups, idf)]
    updates = []
    for g, (when, members) in enumerate(groups):
        for c in figure_differences(when, members, published):
            (updates if c.kind == "update" else conflicts).append((c, (g,)))

    def order(item):
        return (min(groups[g][0].start for g in item[1]), item[0].topic, item[0].claims)
    return sorted(conflicts, key=order), sorted(updates, key=order)


def make_event(when: When, members: list, articles: dict, wire: dict, conflicts: tuple,
               updates: tuple) -> Event:
    """An Event from a cluster's mentions: its status, summary, cited sentences, how well
    it is attested, and the disagreements and updates that concern it."""
    sources = tuple(dict.fromkeys(Source(m.article, m.text) for m in members))
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
        return (m.explicit and m.main, 8 <= len(m.text.split()) <= 45, round(shared, 2),
                -len(m.text), -m.rank, -m.sentence)
    return max(members, key=score).text


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
    """How a renderer lays text out: width in columns, and whether to colour it."""
    width: int = 80
    color: bool = False


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
            x._replace(article=fix(x.article), text=fix(x.text), value=fix(x.value))
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


def article_labels(articles) -> dict:
    """A short label per report: its outlet where no other report has it, else its id."""
    outlets = {}
    for a in articles:
        outlets[a.outlet] = outlets.get(a.outlet, 0) + 1
    return {a.id: a.outlet if a.outlet and outlets[a.outlet] == 1 else a.id for a in articles}


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
    """What the reader should know of a report besides its label and date: its title (and
    its outlet, where the label is not the outlet), and whether its date was inferred."""
    about = a.title or (a.outlet if a.outlet and a.outlet != label else "") or \
        ("outlet not named" if not a.outlet else "")
    if a.outlet and a.title and a.outlet != label:
        about = f"{a.outlet}: {a.title}"
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
    """"more than 5,000 (e1, 7 February) → past 7,200 (e2, e5, 8 February)"."""
    steps = {}
    for x in c.claims:
        steps.setdefault((published[x.article], x.value), []).append(labels[x.article])
    return " → ".join(f"{value} ({', '.join(who)}, {day.day} {day:%B})"
                      for (day, value), who in steps.items())


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
        line = f"  {labels[a.id]:<{wide}}  {a.published}  {article_note(a, labels[a.id])}"
        out.append(line if len(line) <= style.width else line[:style.width - 1] + "…")
    out += [f"  … and {more} more (all in --format json)" for more in unlisted(timeline)]
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
        out.append(f"| {md(labels[a.id])} | {a.published} | {about} |")
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
    return "\n".join(out) + "\n"


def article_data(a: Article) -> dict:
    """A report as the JSON document gives it."""
    return {"id": a.id, "outlet": a.outlet, "published": a.published.isoformat(),
            "title": a.title, "url": a.url, "dated_by": a.dated_by}


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
             "claims": [claim_data(x) for x in c.claims]} for i, c in enumerate(items, 1)]


def claim_data(x: Claim) -> dict:
    """A claim as the JSON document gives it: its report, sentence and value, what the value
    measures and in what unit where there is one, and as of when for an update."""
    data = {"article": x.article, "text": x.text, "value": x.value}
    data.update((k, v) for k, v in (("quantity", x.quantity), ("unit", x.unit),
                                    ("as_of", x.as_of)) if v)
    return data


TERMINAL_ACTIVE = re.compile(rf"[{INVISIBLE}\u2028\u2029]")     # escaped in JSON, not raw


def render_json(timeline: Timeline, style: Style = Style()):
    """The timeline as one JSON document, a line per report, entry and difference, given
    out a line at a time: ten thousand reports' worth of sources need not be held twice."""
    import json
    plain = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode

    def encode(value):                  # what a terminal would act on is escaped, not raw
        return TERMINAL_ACTIVE.sub(lambda c: f"\\u{ord(c.group()):04x}", plain(value))

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
        for n, s in enumerate(e.sources):
            yield (", " if n else "") + encode({"article": s.article, "text": s.text})
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
@media print {
  body { max-width: none; font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
  .entry { break-inside: avoid; background: none; border-left-width: 2px; }
  .day::before { display: none; }
}
"""


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
        out.append(f'<li>{report(a.id)}: <time datetime="{a.published}">{a.published}</time>, '
                   f'<span dir="auto">{escape(article_note(a, labels[a.id]))}</span></li>')
    out += [f'<li>… and {more} more</li>' for more in unlisted(timeline)]
    out += ['</ul>', '</section>', '<section aria-labelledby="timeline">',
            '<h2 id="timeline">Timeline</h2>', '<ol class="timeline">']
    for heading, entries in days(timeline.events):
        out += ['<li class="day">', f'<h2><time datetime="{entries[0].when.value}">'
                f'{escape(heading)}</time></h2>', '<ul class="entries">']
        for e in entries:
            kinds = " planned" * (e.status == "planned") + " differs" * bool(e.conflicts)
            tags = '<span class="tag planned">Planned</span>' * (e.status == "planned")
            tags += '<span class="tag differs">Reports differ</span>' * bool(e.conflicts)
            out += [f'<li class="entry{kinds}">', f'<p dir="auto">{tags}{escape(e.summary)}</p>',
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
    latest = max((a.published for a in timeline.articles), default=date(1970, 1, 1))
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


FORMATS = {"text": render_text, "markdown": render_markdown, "json": render_json,
           "html": render_html, "ics": render_ics, "timelinejs": render_timelinejs}


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------

EXAMPLES = """\
examples:
  python3 q7x2_summit.py                           the built-in story, as text
  python3 q7x2_summit.py --format json > out.json  the same, as JSON for other tools
  python3 q7x2_summit.py --articles examples/storm.json --title "Storm Odile"
  python3 q7x2_summit.py --format html -o timeline.html   a page; ics: a calendar file
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
                        "title, url, text) as JSON Lines, to check or correct and rerun")
    p.add_argument("--timeout", type=float, metavar="SECONDS", default=FETCH_TIMEOUT,
                   help=f"how long a server may take to answer (default {FETCH_TIMEOUT:g})")
    p.add_argument("--published", metavar="DATE",
                   help="publication date (YYYY-MM-DD) of .txt articles that carry none")
    p.add_argument("--title", help="the timeline's title")
    p.add_argument("--format", choices=list(FORMATS), default="text",
                   help="output format (default: text)")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write the output to FILE (whole, or not at all) instead of stdout")
    p.add_argument("--since", metavar="DATE", help="keep entries on or after DATE (YYYY-MM-DD)")
    p.add_argument("--until", metavar="DATE", help="keep entries on or before DATE (YYYY-MM-DD)")
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
    return Style(width, color and not os.environ.get("NO_COLOR") and args.format == "text")


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
    title = args.title or ("Merged timeline" if args.articles else BUILTIN_TITLE)
    if SURROGATE.search(title):
        raise InputError("--title: not text (a lone surrogate)")
    articles, problems = read_articles(args.articles, Reading(
        published, args.keep_going, args.recursive, args.timeout)) if args.articles \
        else (builtin_articles(), [])
    articles = date_undated(articles)
    if args.save_articles:
        write_output(map(saved_line, articles), args.save_articles)
    timeline = within(build_timeline(articles, title), since, until)
    timeline = timeline._replace(left_out=len(problems))
    write_output(FORMATS[args.format](timeline, style), args.output)
    return 0


def saved_line(a: Article) -> str:
    """One article as a line of JSON Lines, in the input format (--save-articles)."""
    import json
    return json.dumps({"id": a.id, "published": a.published.isoformat(), "dated_by": a.dated_by,
                       "outlet": a.outlet, "title": a.title, "url": a.url, "text": a.text},
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


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
