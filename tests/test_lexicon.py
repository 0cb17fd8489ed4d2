"""The Lexicon: each time word read and resolved, and every pattern built from its tables.
(Written for the tests; the cases come from no evaluation set.)"""
import re
import unittest
from datetime import date

from support import dates, q

WEDNESDAY = date(2025, 3, 12)     # published on a Wednesday
SATURDAY = date(2025, 3, 1)       # the day the story had reached ("the next day" counts from it)

# (text, tense of its clause, the day the story reached, what its first time expression
# resolves to: a date's value, ("anchor", happening, days), or None for no date).
# Each group probes one rule (one table of the Lexicon); all are read on WEDNESDAY.
CASES = [
    # WEEKDAYS: a bare weekday is the latest such day in the past tense, the next in the future
    ("The board met on Monday to approve it.", "past", None, "2025-03-10"),
    ("The board met on Wednesday to approve it.", "past", None, "2025-03-12"),
    ("The board met on Thursday night to approve it.", "past", None, "2025-03-06"),
    ("The vote will be held on Saturday in the hall.", "future", None, "2025-03-15"),
    ("The vote will be held on Wednesday in the hall.", "future", None, "2025-03-12"),
    # THIS_NEXT_LAST with a weekday: "last" a week back at most, "next" ahead
    ("The board met last Friday to approve it.", "past", None, "2025-03-07"),
    ("The board met last Wednesday to approve it.", "past", None, "2025-03-05"),
    ("The board met this past Sunday to approve it.", "past", None, "2025-03-09"),
    ("The board will meet next Friday to approve it.", "future", None, "2025-03-14"),
    ("The board will meet next Wednesday to approve it.", "future", None, "2025-03-19"),
    ("The board will meet this coming Sunday.", "future", None, "2025-03-16"),
    ("The board will meet this Friday to approve it.", "future", None, "2025-03-14"),
    # "the Friday": the Friday of the story told so far, seen from the day it reached
    ("The crews left on the Friday night.", "past", SATURDAY, "2025-02-28"),
    # MONTH_NUMBER: names and abbreviations, with or without a year
    ("The board met on March 3 to approve it.", "past", None, "2025-03-03"),
    ("The board met on Sept. 13, 2024 to approve it.", "past", None, "2024-09-13"),
    ("The board met on 13 Sept to approve it.", "past", None, "2024-09-13"),
    ("The board met on Feb 28 to approve it.", "past", None, "2025-02-28"),
    ("The board will meet on Jan. 9 to approve it.", "future", None, "2026-01-09"),
    # MONTH_LEADS, PERIOD_EDGES: a month named after a preposition
    ("The board met in January to approve it.", "past", None, "2025-01"),
    ("The board met last May to approve it.", "past", None, "2024-05"),
    ("The board will meet next June to approve it.", "future", None, "2025-06"),
    ("The plant will open by the end of April.", "future", None, "2025-04"),
    ("The board met in early December to approve it.", "past", None, "2024-12"),
    # ORDINAL_SUFFIXES: "on the 3rd", this month or the one before
    ("The board met on the 3rd to approve it.", "past", None, "2025-03-03"),
    ("The board met on the 21st to approve it.", "past", None, "2025-02-21"),
    ("The board will meet on the 21st to approve it.", "future", None, "2025-03-21"),
    # RELATIVE_DAYS: days counted from publication
    ("The board met yesterday to approve it.", "past", None, "2025-03-11"),
    ("The board met today to approve it.", "past", None, "2025-03-12"),
    ("The board will meet tonight to approve it.", "future", None, "2025-03-12"),
    ("The board will meet tomorrow to approve it.", "future", None, "2025-03-13"),
    ("Last night the board approved it.", "past", None, "2025-03-11"),
    ("This afternoon the board approved it.", "past", None, "2025-03-12"),
    # PERIODS with THIS_NEXT_LAST and EARLIER_LATER: a week (its Monday), a month, a year
    ("The board met last week to approve it.", "past", None, "2025-03-03"),
    ("The board will meet next week to approve it.", "future", None, "2025-03-17"),
    ("The board will meet this weekend to approve it.", "future", None, "2025-03-15"),
    ("The board met over the past week to approve it.", "past", None, "2025-03-05"),
    ("The board met earlier this month to approve it.", "past", None, "2025-03"),
    ("The board met last month to approve it.", "past", None, "2025-02"),
    ("The board will meet later this year to approve it.", "future", None, "2025"),
    ("The board will meet next year to approve it.", "future", None, "2026"),
    # NUMBER_WORDS, UNIT_DAYS, CALENDAR_UNITS: "ago" counts back from publication
    ("The board met three days ago to approve it.", "past", None, "2025-03-09"),
    ("The board met a week ago to approve it.", "past", None, "2025-03-05"),
    ("The board met eleven days ago to approve it.", "past", None, "2025-03-01"),
    ("The board met 10 days ago to approve it.", "past", None, "2025-03-02"),
    ("The board met two months ago to approve it.", "past", None, "2025-01"),
    ("The board met a year ago to approve it.", "past", None, "2024"),
    # INEXACT: a count of days hedged names no day
    ("The board met about a week ago to approve it.", "past", None, None),
    ("The board met more than two years ago to approve it.", "past", None, None),
    # BEFORE_AFTER, EARLIER_LATER: counted from the day the story reached, or from a happening
    ("The board met two days later to approve it.", "past", SATURDAY, "2025-03-03"),
    ("The board met a week earlier to approve it.", "past", SATURDAY, "2025-02-22"),
    ("The board met three days after the vote.", "past", None, ("anchor", "the vote", 3)),
    ("The board met two weeks before the election.", "past", None,
     ("anchor", "the election", -14)),
    # AFTER_WHAT: after "N days after" a clause or a phrase, not the day named before it
    ("The board met three days after the mayor resigned.", "past", SATURDAY,
     ("anchor", "the mayor resigned", 3)),
    ("The board met two weeks before the town's oldest mill burned down.", "past", SATURDAY,
     ("anchor", "the town's oldest mill burned down", -14)),
    ("The board met a week after its chairman was arrested, in the old hall.", "past",
     SATURDAY, ("anchor", "its chairman was arrested", 7)),
    # ... from the day the clause after it names, when it names one
    ("The board met three days after the mayor resigned on Friday.", "past", None,
     "2025-03-10"),
    # "the day before" a clause: one day from the day the story reached; "the day after" a
    # happening's noun: from that happening; without a day reached, from what the clause tells
    ("The day before it was dissolved, the board met.", "past", SATURDAY, "2025-02-28"),
    ("The board met the week after the mayor resigned.", "past", SATURDAY, "2025-03-08"),
    ("The board met the day after the vote.", "past", SATURDAY, ("anchor", "the vote", 1)),
    ("The day before it was dissolved, the board met.", "past", None,
     ("anchor", "it was dissolved", -1)),
    ("The board met the day before the council voted on Friday.", "past", None, "2025-03-06"),
    # SEQUENCE with PARTS_OF_DAY: "the following morning", "the previous evening"
    ("The board met the following morning to approve it.", "past", SATURDAY, "2025-03-02"),
    ("The board met the next day to approve it.", "past", SATURDAY, "2025-03-02"),
    ("The board had met the previous evening.", "past", SATURDAY, "2025-02-28"),
    ("The board had met the day before.", "past", SATURDAY, "2025-02-28"),
    ("The board met the day after, in the hall.", "past", SATURDAY, "2025-03-02"),
    # ... and before what was said ("reported the day before that ..."): still that day
    ("Agencies had reported the day before that the port was shut.", "past", SATURDAY,
     "2025-02-28"),
    ("The mayor said the day after that the vote stood.", "past", SATURDAY, "2025-03-02"),
    ("The ferry had sailed the day before that, in a storm.", "past", SATURDAY, "2025-02-28"),
    # SAME_DAY_SPANS and "later that day": still the day the story reached
    ("Hours later the board approved it.", "past", SATURDAY, "2025-03-01"),
    ("The board approved it later that day.", "past", SATURDAY, "2025-03-01"),
    ("Earlier in the day the board approved it.", "past", SATURDAY, "2025-03-01"),
    ("Overnight the board approved it.", "past", SATURDAY, "2025-03-01"),
    # SAME_DAY_LEADS: "that night" is the day the story reached, as "later that day" is
    ("That night the board approved it.", "past", SATURDAY, "2025-03-01"),
    ("The board approved it that afternoon in the hall.", "past", SATURDAY, "2025-03-01"),
    ("On the same day the board approved it.", "past", SATURDAY, "2025-03-01"),
    ("The board approved it the same day.", "past", SATURDAY, "2025-03-01"),
    # ... and without a day reached, no date
    ("The board met the next day to approve it.", "past", None, None),
    ("That evening the board approved it.", "past", None, None),
    # YEAR_LEADS
    ("The board was founded in 2019 in the city.", "past", None, "2019"),
    ("The board has sat throughout 2020 in the city.", "past", None, "2020"),
    # CLOCK_WORDS: a clock time is on the day reached, or of publication
    ("The board approved it at noon.", "past", SATURDAY, "2025-03-01"),
    ("The board approved it at 6 p.m.", "past", None, "2025-03-12"),
]


def first_resolved(text: str, tense: str, ref):
    """What the first time expression of a text resolves to, read on WEDNESDAY."""
    matches = q.time_matches(text)
    if not matches:
        return "no time expression"
    expr = q.resolved(matches[0], WEDNESDAY, tense, ref)
    if expr is None:
        return None
    if expr.kind == "anchor":
        return "anchor", expr.anchor, expr.offset
    return expr.when.value


ALL_TRIGGERS = set().union(*q.TRIGGERS.values(), *q.ALSO_NEEDED.values())


class TimeWords(unittest.TestCase):
    def test_each_time_word_resolves_against_the_publication_date(self):
        for text, tense, ref, expected in CASES:
            with self.subTest(text=text):
                self.assertEqual(first_resolved(text, tense, ref), expected)

    def test_the_pre_filter_hides_no_match(self):
        """A pattern skipped for want of its words would have matched nothing."""
        for text, *_ in CASES:
            with self.subTest(text=text):
                spans = [m.span() for m in q.time_matches(text)]
                everything = [m.span() for m in q.time_matches(text, ALL_TRIGGERS)]
                self.assertEqual(spans, everything)


def matched(pattern: str, text: str) -> bool:
    return re.fullmatch(pattern, text) is not None


class PatternsFromTables(unittest.TestCase):
    """Every word of a table is matched by the pattern built from it, and its pre-filter
    lets the pattern run."""

    def test_every_weekday_is_a_weekday(self):
        for day in q.WEEKDAYS:
            with self.subTest(day=day):
                self.assertTrue(matched(q.WEEKDAY, day.capitalize()))
                self.assertIn(day, q.TRIGGERS["wd"])
        self.assertFalse(matched(q.WEEKDAY, "Funday"))

    def test_every_month_name_is_a_month(self):
        for name, number in q.MONTH_NUMBER.items():
            with self.subTest(name=name):
                self.assertTrue(matched(q.MONTH, name.capitalize()))
                self.assertTrue(matched(q.MONTH, name.capitalize() + "."))
                self.assertEqual(first_resolved(f"It was signed on {name.capitalize()} 3, 2020.",
                                                "past", None), f"2020-{number:02d}-03")
        self.assertFalse(matched(q.MONTH, "Mayday"))

    def test_every_relative_day_is_counted_from_publication(self):
        for phrase, shift in q.RELATIVE_DAYS.items():
            for written in (phrase, phrase.capitalize()):
                with self.subTest(phrase=written):
                    day = WEDNESDAY.toordinal() + shift
                    self.assertEqual(first_resolved(f"It was signed {written}.", "past", None),
                                     date.fromordinal(day).isoformat())

    def test_every_this_next_last_points_its_way(self):
        for word, step in q.THIS_NEXT_LAST.items():
            with self.subTest(word=word):
                value = first_resolved(f"It is signed {word} Friday.", "present", None)
                expected = {-1: "2025-03-07", 0: "2025-03-14", 1: "2025-03-14"}[step]
                self.assertEqual(value, expected)
                for unit in q.PERIODS:
                    self.assertTrue(q.time_matches(f"It is signed {word} {unit}."))

    def test_every_number_word_counts_days(self):
        for word, n in q.NUMBER_WORDS.items():
            if n == 0:
                continue
            unit = "day" if n == 1 else "days"
            with self.subTest(word=word):
                back = date.fromordinal(WEDNESDAY.toordinal() - n).isoformat()
                self.assertEqual(first_resolved(f"It was signed {word} {unit} ago.", "past",
                                                None), back)

    def test_every_unit_counts_its_days(self):
        for unit, days in q.UNIT_DAYS.items():
            with self.subTest(unit=unit):
                self.assertEqual(first_resolved(f"It was signed two {unit}s later.", "past",
                                                SATURDAY),
                                 date.fromordinal(SATURDAY.toordinal() + 2 * days).isoformat())

    def test_every_sequence_word_with_every_part_of_day(self):
        for word, step in q.SEQUENCE.items():
            for part in ("day", *q.PARTS_OF_DAY):
                with self.subTest(phrase=f"the {word} {part}"):
                    self.assertEqual(first_resolved(f"It was signed the {word} {part}.", "past",
                                                    SATURDAY),
                                     date.fromordinal(SATURDAY.toordinal() + step).isoformat())

    def test_every_inexact_word_leaves_the_day_unknown(self):
        for word in q.INEXACT:
            with self.subTest(word=word):
                self.assertIsNone(first_resolved(f"It was signed {word} three days ago.",
                                                 "past", None))

    def test_every_lead_word_makes_a_month_or_a_year(self):
        for word in q.MONTH_LEADS:
            with self.subTest(word=word):
                expected = "2024-03" if q.THIS_NEXT_LAST.get(word) == -1 else "2025-03"
                self.assertEqual(first_resolved(f"It was signed {word} March.", "past", None),
                                 expected)       # "last March", said in March: a year back
        for word in q.PERIOD_EDGES:
            with self.subTest(word=word):
                self.assertEqual(first_resolved(f"It was signed at the {word} of March.",
                                                "past", None), "2025-03")
        for word in q.YEAR_LEADS:
            with self.subTest(word=word):
                self.assertEqual(first_resolved(f"It was signed {word} 2019.", "past", None),
                                 "2019")

    def test_every_clock_word_and_anchor_preposition_is_read(self):
        for word in q.CLOCK_WORDS:
            with self.subTest(word=word):
                self.assertEqual(first_resolved(f"It was signed at {word}.", "past", SATURDAY),
                                 "2025-03-01")
        for word in q.ANCHOR_PREPOSITIONS:
            with self.subTest(word=word):
                self.assertEqual(first_resolved(f"It was signed {word} the summit.", "past",
                                                None), ("anchor", f"{word} the summit", 0))

    def test_every_pre_filter_word_comes_from_a_table_or_a_digit(self):
        words = {*q.WEEKDAYS, *q.MONTH_NUMBER, *q.PERIODS, *q.PARTS_OF_DAY, *q.SAME_DAY_SPANS,
                 *q.CLOCK_WORDS, *q.ORDINAL_SUFFIXES, "#year", "#clock", "#nth", "day", "ago",
                 "overnight",
                 *(w for phrase in q.RELATIVE_DAYS for w in phrase.split()),
                 *(form for unit in q.UNIT_DAYS for form in (unit, unit + "s"))}
        for name, trigger in q.TRIGGERS.items():
            if name != "ana":                   # the happening words have their own table
                with self.subTest(pattern=name):
                    self.assertLessEqual(set(trigger), words)


# A sentence for each construction of FUTURE_MARKERS, "{}" standing for each of its words.
LOOKING_AHEAD = {
    "auxiliary": "The board{} meet on Friday in the hall.",
    "intent": "The board {} to meet on Friday in the hall.",
    "be ... to": "The board is {} to meet on Friday in the hall.",
    "to": "Ministers {} to meet on Friday in the hall.",
    "alone": "The board {} a vote on Friday in the hall.",
    "be ... for": "A hearing is {} for Friday in the hall.",
    "as ... as": "The board meets as {} as Friday in the hall.",
}


class TenseWords(unittest.TestCase):
    def test_every_future_marker_looks_ahead(self):
        for construction, words in q.FUTURE_MARKERS.items():
            for word in words:
                spaced = word if word.startswith("'") or construction != "auxiliary" \
                    else " " + word
                for written in {spaced, spaced.replace("'", "’")}:
                    text = LOOKING_AHEAD[construction].format(written)
                    with self.subTest(text=text):
                        self.assertEqual(q.tense_of(text), "future")

    def test_due_to_a_verb_looks_ahead_due_to_a_noun_does_not(self):
        for verb in q.DUE_TO_VERBS:
            with self.subTest(verb=verb):
                self.assertEqual(q.tense_of(f"The envoy due to {verb} it in the hall."),
                                 "future")
        self.assertEqual(q.tense_of("The ferry was late due to the storm in the strait."),
                         "past")

    def test_every_be_adverb_may_stand_before_the_look_ahead(self):
        for adverb in q.BE_ADVERBS:
            with self.subTest(adverb=adverb):
                self.assertEqual(q.tense_of(f"The board is {adverb} set to meet on Friday."),
                                 "future")

    def test_every_modal_looks_ahead_but_not_the_month_or_could_not(self):
        for modal in q.MODAL_WORDS:
            with self.subTest(modal=modal):
                self.assertEqual(q.tense_of(f"The board {modal} meet on Friday."), "future")
                self.assertNotEqual(q.tense_of(f"The board {modal} have met on Friday."),
                                    "future")
        self.assertNotEqual(q.tense_of("In May the board met in the hall."), "future")
        self.assertEqual(q.tense_of("The board could not meet on Friday."), "present")

    def test_the_month_may_is_no_present_tense(self):
        # MONTH_MODALS: "may" is a present-tense word in lower case only; "May" names a month
        # (or a person) and leaves the clause's tense to its other words.
        cases = [("In May the board met in the hall.", "past"),
                 ("The board met on May 3 to approve it.", "past"),
                 ("The dam broke on 3 May after the rain.", "past"),
                 ("Between May 2022 and May 2023 the fund received 86 million.", "past"),
                 ("Theresa May spoke in the hall.", "past"),
                 ("In May the board is meeting in the hall.", "present"),
                 ("The board may meet in May.", "future")]
        for text, tense in cases:
            with self.subTest(text=text):
                self.assertEqual(q.tense_of(text), tense)

    def test_every_habitual_word_makes_a_clause_without_a_date(self):
        for word in q.HABITUAL_WORDS:
            with self.subTest(word=word):
                text = f"The first snow {word} falls in November."
                self.assertEqual(q.tense_of(text), "present")
                self.assertTrue(q.HABITUAL.search(text))
        for season in q.SEASONS:
            with self.subTest(season=season):
                self.assertTrue(q.HABITUAL.search(f"The river floods every {season}."))

    def test_every_irregular_past_form_is_past(self):
        for verb in q.PAST_WORDS:
            with self.subTest(verb=verb):
                self.assertEqual(q.tense_of(f"The crew {verb} it on the quay."), "past")

    def test_every_schedule_verb_in_the_present_looks_ahead(self):
        # SCHEDULE_VERBS: "expires on Friday" said on a Wednesday is two days on; bare
        # ("talks resume on Friday") after a plural noun only, never after "did not" or "to"
        for verb in q.SCHEDULE_VERBS:
            texts = [f"The deadline {q.third_person(verb)} on Monday, officials said."]
            if verb not in q.SCHEDULE_NOUNS:
                texts.append(f"The talks {verb} on Monday in the hall.")
            for text in texts:
                with self.subTest(text=text):
                    self.assertEqual(dates(text, "2025-03-12"), [("2025-03-17", "planned")])
        for text in ("The talks did not begin on Monday.", "The deadline ran out on Monday."):
            with self.subTest(text=text):
                self.assertEqual(dates(text, "2025-03-12"), [("2025-03-10", "reported")])

    def test_every_said_day_verb_dates_the_saying_not_what_lies_ahead(self):
        # SAID_DAY_VERBS, SAID_WHERE, SAID_HOW: the day right after a past verb of saying,
        # even where what was said lies ahead and no "that" opens it
        for verb in q.SAID_DAY_VERBS:
            gap = "reporters" if verb in q.TELL_WORDS else "in a post"
            text = f"The mayor {verb} {gap} on Monday the bridge will reopen."
            with self.subTest(text=text):
                self.assertEqual(dates(text, "2025-03-12"), [("2025-03-10", "reported")])
        for gap in [f"{where} the hearing on" for where in q.SAID_WHERE] + list(q.SAID_HOW):
            text = f"The mayor said {gap} Monday the bridge will reopen."
            with self.subTest(text=text):
                self.assertEqual(dates(text, "2025-03-12"), [("2025-03-10", "reported")])
        for text, expected in [
                # a time that is the subject of what was said, and a saying yet to come
                ("The mayor said Monday would be a holiday in the city.", "2025-03-17"),
                ("The results will be announced on Monday in the hall.", "2025-03-17")]:
            with self.subTest(text=text):
                self.assertEqual(dates(text, "2025-03-12"), [(expected, "planned")])

    def test_every_irregular_participle_opens_a_clause(self):
        for verb in q.IRREGULAR_PARTICIPLES:
            with self.subTest(verb=verb):
                self.assertTrue(q.PARTICIPIAL.search(f"The fair, {verb} on Monday, ended."))


class AttributionAndClauseWords(unittest.TestCase):
    def test_every_speech_verb_dates_what_was_said_and_makes_no_entry(self):
        for verb in q.SPEECH_WORDS:
            text = f"The ferry sank on Sunday in the strait, the coast guard {verb} on Tuesday."
            with self.subTest(verb=verb):
                self.assertEqual(dates(text, "2025-03-12"), [("2025-03-09", "reported")])

    def test_every_clause_word_opens_its_clause(self):
        for word in q.RELATIVES:
            with self.subTest(relative=word):
                self.assertTrue(q.RELATIVE.search(f"The crews found it, {word} it sank."))
        for word in q.LINKING:
            with self.subTest(linking=word):
                self.assertTrue(q.RESTRICTIVE.search(f"A ferry {word} sank on Sunday."))
        for word in q.SUBORDINATORS:
            with self.subTest(subordinator=word):
                self.assertTrue(q.SUBORDINATE.search(f"It ended {word} the ferry sank."))
        for word in q.LEAD_SUBORDINATORS:
            with self.subTest(lead=word):
                self.assertTrue(q.LEAD_SUBORDINATE.match(f"{word.capitalize()} it sank, it ended."))


class RelationWords(unittest.TestCase):
    def test_every_before_word_reads_a_possessive_date_ahead(self):
        for word in q.BEFORE_WORDS:
            text = f"The crews left {word} Sunday's vote."
            with self.subTest(word=word):
                self.assertEqual(q.possessive_tense(text, text.index("Sunday"), "past"),
                                 "future")

    def test_every_deadline_noun_after_a_possessive_weekday_looks_ahead(self):
        # DEADLINE_NOUNS: "Friday's deadline looms" lies ahead; "missed Friday's deadline" not
        for noun in q.DEADLINE_NOUNS:
            with self.subTest(noun=noun):
                self.assertEqual(dates(f"Friday's {noun} looms over the talks.", "2025-03-12"),
                                 [("2025-03-14", "planned")])
                self.assertEqual(dates(f"The bidders missed Friday's {noun} for offers.",
                                       "2025-03-12"), [("2025-03-07", "reported")])

    def test_every_within_word_reads_a_date_inside_a_happening(self):
        for word in q.WITHIN_WORDS:
            with self.subTest(word=word):
                self.assertTrue(q.WITHIN.search(f"It was said {word} "))
                self.assertTrue(q.WITHIN.search(f"It was said. {word.capitalize()} "))

    def test_every_coordinator_joins_two_dated_clauses(self):
        for word in q.COORDINATORS:
            with self.subTest(word=word):
                self.assertEqual(dates(f"The port closed on Tuesday {word} reopened on Friday.",
                                       "2025-03-12"),
                                 [("2025-03-07", "reported"), ("2025-03-11", "reported")])

    def test_every_same_day_lead_is_the_day_the_story_reached(self):
        for lead in q.SAME_DAY_LEADS:
            for written in (lead, lead[0].upper() + lead[1:]):
                with self.subTest(lead=written):
                    self.assertEqual(first_resolved(f"{written} the board approved it.",
                                                    "past", SATURDAY), "2025-03-01")

    def test_every_repeat_word_tells_the_clause_again_on_its_day(self):
        # REPEAT_WORDS: "and again on Friday" has no verb, and tells the shelling again
        for word in q.REPEAT_WORDS:
            when = "on Friday" if word == "on" else f"{word} on Friday"
            text = f"Rebels shelled the town on Tuesday and {when}."
            with self.subTest(text=text):
                found = dates(text, "2025-03-12")
                self.assertIn(("2025-03-11", "reported"), found)
                self.assertEqual(len(found), 2)
        # a list of days without a repeat word stays one happening, dated by its first
        self.assertEqual(dates("Rebels shelled the town on Tuesday and Friday.", "2025-03-12"),
                         [("2025-03-11", "reported")])

    def test_every_range_opener_makes_a_total_over_months_no_date(self):
        # RANGE_OPENS: a figure over a range of months or years is dated by its saying only
        for word in q.RANGE_OPENS:
            end = "and" if word == "between" else "to"
            text = (f"The port handled 40,000 containers {word} May 2023 {end} May 2024, its "
                    "owners said on Monday.")
            with self.subTest(text=text):
                self.assertEqual(dates(text, "2025-03-12"), [("2025-03-10", "reported")])

    def test_every_comma_coordinator_joins_two_dated_clauses_after_a_comma_only(self):
        for word in q.COMMA_COORDINATORS:
            with self.subTest(word=word):
                self.assertEqual(dates(f"The port closed on Tuesday, {word} reopened on Friday.",
                                       "2025-03-12"),
                                 [("2025-03-07", "reported"), ("2025-03-11", "reported")])
                self.assertEqual(dates(f"The mayor met {word} Governor Lund on Tuesday in the "
                                       "hall.", "2025-03-12"), [("2025-03-11", "reported")])

    def test_every_same_time_word_gives_the_main_clause_its_date(self):
        for word in q.SAME_TIME_WORDS:
            with self.subTest(word=word):
                self.assertEqual(dates(f"She was washing dishes {word} the walls came down on "
                                       "Friday.", "2025-03-12"), [("2025-03-07", "reported")])

    def test_every_subject_word_opens_what_was_said(self):
        for word in q.SUBJECT_WORDS:
            with self.subTest(word=word):
                self.assertEqual(q.complement_start(f"Officials said {word} port closed.", 0, 40,
                                                    []), 14)

    def test_a_plural_subject_before_an_auxiliary_opens_what_was_said(self):
        for text in ("Officials said talks with Veland were over.",
                     "Officials said relations with the port had soured.",
                     "Officials said costs would rise."):
            with self.subTest(text=text):
                self.assertEqual(q.complement_start(text, 0, len(text), []), 14)
        for text in ("Officials said goodbye to the crew.",
                     "Officials said thanks and left the hall."):
            with self.subTest(text=text):
                self.assertIsNone(q.complement_start(text, 0, len(text), []))

    def test_every_range_word_gives_the_first_day(self):
        for word in q.RANGE_WORDS:
            with self.subTest(word=word):
                self.assertEqual(first_resolved(f"The fair ran May 14 {word} 16, 2024 in town.",
                                                "past", None), "2024-05-14")

    def test_every_time_subject_verb_leaves_its_time_no_date(self):
        for verb in q.TIME_SUBJECT_VERBS:
            with self.subTest(verb=verb):
                self.assertEqual(dates(f"The minister noted that this year {verb} the 40th "
                                       "anniversary of the bridge.", "2025-03-12"), [])
                self.assertEqual(dates(f"Veland said Monday {verb} a decade since the flood.",
                                       "2025-03-12"), [])
        for verb in ("looked", "seemed", "appeared"):
            with self.subTest(verb=verb):
                self.assertEqual(dates(f"The vote could come as early as Thursday, though "
                                       f"Friday {verb} more likely, aides said.", "2025-03-12"),
                                 [("2025-03-13", "planned")])
        self.assertEqual(dates("Crowds marked the anniversary on Monday in Veland.",
                               "2025-03-12"), [("2025-03-10", "reported")])

    def test_every_phrase_break_ends_a_possessive_noun(self):
        for word in q.PHRASE_BREAKS:
            with self.subTest(word=word):
                match = q.time_matches(f"Monday's quake {word} the north")[0]
                self.assertEqual(match.group("wd_np").strip(), "quake")


class AbbreviationsAndStopWords(unittest.TestCase):
    def test_no_abbreviation_ends_a_sentence(self):
        for word in (*q.ABBREVIATIONS, *(m.capitalize() for m in q.MONTH_ABBREVIATIONS)):
            text = f"The board met {word}. Smith in the hall. It ended there."
            with self.subTest(word=word):
                self.assertEqual(len(q.paragraph_sentences(text)), 2)

    def test_every_month_abbreviation_is_a_month(self):
        for name in q.MONTH_ABBREVIATIONS:
            with self.subTest(name=name):
                self.assertIn(name, q.MONTH_NUMBER)
        self.assertNotIn("september", q.MONTH_ABBREVIATIONS)

    def test_time_words_are_stop_words_names_that_are_abbreviations_are_not(self):
        for word in (*q.WEEKDAYS, "september", "sept", "may", "yesterday", "tonight",
                     "morning", "night", "weeks", "year", "mr", "last"):
            with self.subTest(word=word):
                self.assertIn(word, q.STOPWORDS)
        for word in ("jan", "dec", "weekend", "warned"):
            with self.subTest(word=word):
                self.assertNotIn(word, q.STOPWORDS)


class PageFurniture(unittest.TestCase):
    PROSE = "The fire crews reached the old market in the town this morning."

    def test_the_control_line_is_prose(self):
        self.assertTrue(q.is_prose(self.PROSE))

    def test_every_boilerplate_phrase_makes_a_short_line_furniture(self):
        for phrase in q.BOILERPLATE_PHRASES:
            for written in (phrase, phrase.upper()):
                with self.subTest(phrase=written):
                    self.assertFalse(q.is_prose(f"{written} {self.PROSE}"))

    def test_every_page_label_makes_its_line_furniture(self):
        for label in q.PAGE_LABELS:
            with self.subTest(label=label):
                self.assertFalse(q.is_prose(f"{label.capitalize()}: {self.PROSE}"))

    def test_a_label_in_capitals_is_no_dateline(self):
        for word in q.LABEL_WORDS:
            with self.subTest(word=word):
                self.assertIsNone(q.dateline(f"{word.upper()}: {self.PROSE}"))
        self.assertIsNotNone(q.dateline(f"KHARKIV: {self.PROSE}"))

    def test_every_credit_ends_a_caption(self):
        lines = [self.PROSE[:-1] + ", in a picture taken on Monday."]
        for label in q.CREDIT_LABELS:
            with self.subTest(label=label):
                found = q.caption_lines(lines + [f"{label.capitalize()}: Jane Roe/AFP"])
                self.assertEqual(found, {0: lines[0], 1: ""})
        for label in q.CREDIT_IN_BRACKETS:
            with self.subTest(label=label):
                found = q.caption_lines([f"A man walks past the old market ({label})"])
                self.assertEqual(found, {0: "A man walks past the old market"})

    def test_every_caption_mark_is_cut(self):
        for mark in q.CAPTION_MARKS:
            with self.subTest(mark=mark):
                self.assertEqual(q.CAPTION_MARK.sub("", f"({mark.capitalize()}) A man walks."),
                                 "A man walks.")

    def test_every_block_name_of_furniture_is_read(self):
        for hint in q.FURNITURE_HINTS:
            with self.subTest(hint=hint):
                self.assertTrue(q.is_furniture(f"box {hint}-area", "div"))
        for name in q.FURNITURE_NAMES:
            with self.subTest(name=name):
                self.assertTrue(q.is_furniture(f"box {name}", "div"))
        self.assertFalse(q.is_furniture("canvas header", "div"))   # "nav", "ad" inside words
        for hint in q.AUTHOR_HINTS:       # an author's box, but an <article>'s tag
            with self.subTest(hint=hint):
                self.assertTrue(q.is_furniture(f"post-{hint} box", "div"))
                self.assertFalse(q.is_furniture(f"post {hint}-jane-roe", "article"))
        self.assertFalse(q.is_furniture("entry-content story-body", "div"))

    def test_every_picture_name_opens_a_part_of_a_block_s_names(self):
        for hint in q.PICTURE_HINTS:
            with self.subTest(hint=hint):
                for names in (f"{hint}", f"story-{hint}-wrap", f"{hint}Holder x"):
                    node = q.Node(1, "div", names.lower(), None)
                    self.assertTrue(q.is_picture(node), names)
                    self.assertFalse(q.is_picture(node, by_names=False))
                self.assertFalse(q.is_picture(q.Node(1, "div", f"no-back{hint}", None)))
                self.assertFalse(q.is_picture(q.Node(1, "body", f"{hint}-page", None)))

    def test_every_source_label_is_cut_from_its_paragraph(self):
        for label in q.SOURCE_LABELS:
            with self.subTest(label=label):
                paragraphs = q.prose_paragraphs(f"{label.capitalize()}: BBC / Reuters. "
                                                f"{self.PROSE}")
                self.assertEqual([p.text for p in paragraphs], [self.PROSE])


# What a pattern built by alternation() may hold: literal characters, "[Ll]" for a first
# letter in either case, "['’]" for an apostrophe, groups (optional ones too), bars, and
# \s+ between the words of a phrase. No other repetition: each group costs at most its
# longest word at any position (linear time).
LITERAL_PARTS = re.compile(r"\\s\+|\[([A-Z])([a-z])\]|\['’\]|\(\?:|\)\??|\||\\.|[\w -]")


class Bounded(unittest.TestCase):
    def test_a_pattern_built_from_a_table_holds_only_literal_words(self):
        tables = (q.WEEKDAYS, q.MONTH_NUMBER, q.THIS_NEXT_LAST, q.PERIODS, q.UNIT_DAYS,
                  q.CALENDAR_UNITS, q.PARTS_OF_DAY, q.RELATIVE_DAYS, q.SEQUENCE,
                  q.BEFORE_AFTER, q.EARLIER_LATER, q.SAME_DAY_SPANS, q.INEXACT,
                  q.MONTH_LEADS, q.PERIOD_EDGES, q.YEAR_LEADS, q.CLOCK_WORDS,
                  q.ANCHOR_PREPOSITIONS, q.ORDINAL_SUFFIXES, q.NUMBER_WORDS, q.SEASONS,
                  *q.FUTURE_MARKERS.values(), q.DUE_TO_VERBS, q.BE_ADVERBS, q.TO_BE,
                  q.MODAL_WORDS, q.HABITUAL_WORDS, q.IRREGULAR_PARTICIPLES, q.SPEECH_WORDS,
                  q.RELATIVES, q.LINKING, q.SUBORDINATORS, q.LEAD_SUBORDINATORS,
                  q.PAGE_LABELS, q.CREDIT_LABELS, q.CREDIT_IN_BRACKETS, q.CAPTION_MARKS,
                  q.SOURCE_LABELS, q.COORDINATORS, q.SAME_TIME_WORDS, q.SUBJECT_WORDS,
                  q.BEFORE_WORDS, q.WITHIN_WORDS, q.PHRASE_BREAKS, q.RANGE_WORDS)
        for table in tables:
            for capital in (False, True):
                pattern = q.alternation(table, capital)
                with self.subTest(pattern=pattern):
                    self.assertEqual(LITERAL_PARTS.sub("", pattern), "")
                    for word in table:
                        self.assertTrue(matched(pattern, word.replace(" ", "  ")
                                                .replace("'", "’")))

    def test_a_long_run_of_time_words_is_read(self):
        """Table words that never complete an expression, many times over: read without a
        match (benchmarks/worst_case.py's "time-words" shape shows how long it takes)."""
        text = "the following last next this about hours more than mid- end of " * 400
        self.assertEqual([m.group() for m in q.time_matches(text)], [])


if __name__ == "__main__":
    unittest.main()


class TablesBuiltOnTables(unittest.TestCase):
    """Tables of the Lexicon that other tables and patterns are built from."""

    def test_no_qualifier_begins_another(self):
        # QUALIFIERS are joined with "|" as they stand: a word that began another would
        # hide it ("more" before "more than"), and the order of the table would matter.
        for word in q.QUALIFIERS:
            with self.subTest(word=word):
                self.assertEqual([w for w in q.QUALIFIERS if w != word and w.startswith(word)],
                                 [])

    def test_every_qualifier_of_a_span_ago_qualifies_a_figure(self):
        self.assertEqual(q.QUALIFIERS[:len(q.INEXACT)], q.INEXACT)

    def test_every_speculation_word_makes_a_figure_speculative(self):
        for word in q.SPECULATION_WORDS:
            with self.subTest(word=word):
                self.assertTrue(q.speculated(f"The toll {word}"))
        self.assertFalse(q.speculated("The toll rose to"))

    def test_every_part_of_day_is_read_by_frames_and_claims(self):
        for part in q.PARTS_OF_DAY:
            with self.subTest(part=part):
                self.assertEqual(q.part_of_day(f"They met on the {part} of the vote."), part)
                self.assertEqual(q.DAY_PART.search(f"on Friday {part}").group("part"), part)
                self.assertIn(part, q.PARTS)

    def test_every_furniture_phrase_is_read_by_the_cleaning_step_and_the_extractor(self):
        for phrase in q.FURNITURE_PHRASES:
            with self.subTest(phrase=phrase):
                self.assertIn(phrase, q.BOILERPLATE_PHRASES)
                self.assertTrue(q.FURNITURE_LINE.match(phrase + " the page"))

    def test_every_rights_mark_makes_a_short_line_furniture(self):
        for mark in q.RIGHTS_MARKS:
            with self.subTest(mark=mark):
                self.assertTrue(q.is_furniture_line(f"Lowmarsh Post 2024, {mark.title()}"))

    def test_every_reader_call_and_channel_make_a_reader_notice(self):
        filler = " ".join(["and get every story of the week"] * 4)   # a long line
        for call in q.READER_CALLS:
            for channel in q.READER_CHANNELS:
                with self.subTest(call=call, channel=channel):
                    line = f"{call.capitalize()} {filler} on {channel.title()}"
                    self.assertTrue(q.is_furniture_line(line))
            with self.subTest(call=call, channel=None):
                self.assertFalse(q.is_furniture_line(f"{call.capitalize()} {filler} here"))

    def test_every_within_happening_word_makes_its_clause_part_of_the_happening(self):
        for word in q.WITHIN_HAPPENING:
            with self.subTest(word=word):
                self.assertTrue(q.PART_OF.match(f"{word} the talks"))
                self.assertTrue(q.PART_OF.match(f"{word.capitalize()} the talks"))
                self.assertIn(word, q.ANCHOR_PREPOSITIONS)

    def test_every_continuation_word_continues_a_sentence(self):
        for word in q.CONTINUATION_WORDS:
            with self.subTest(word=word):
                self.assertTrue(q.CONTINUATION.match(f"{word} the crew left."))
        self.assertFalse(q.CONTINUATION.match("Thessaloniki was quiet."))

    def test_every_length_word_names_its_measure(self):
        for measure, words in q.LENGTH_AFTER.items():
            for word in words:
                with self.subTest(word=word):
                    self.assertEqual([m for m, p in q.MEASURE_AFTER if p.match(f" {word} ")],
                                     [measure])
        for measure, words in q.LENGTH_BEFORE.items():
            for word in words:
                with self.subTest(word=word):
                    self.assertEqual([m for m, p in q.MEASURE_BEFORE
                                      if p.search(f"a {word} of")], [measure])

    def test_every_population_lead_makes_a_count_of_inhabitants(self):
        for lead in q.POPULATION_LEADS:
            with self.subTest(lead=lead):
                self.assertTrue(q.POPULATION.search(f"a quiet {lead}"))
                self.assertTrue(q.POPULATION.search(f"a quiet {lead.title()}"))
