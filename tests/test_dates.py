"""Time expressions found and resolved against the publication date."""
import unittest

from support import dates, q, day

SATURDAY = "2023-09-16"   # published on a Saturday
MONDAY = "2023-09-18"     # published on a Monday

# (sentence, published, expected dates of its entries, status), each row probing one rule.
CASES = [
    # a bare weekday in the past tense: the latest such day on or before publication
    ("Kim met the governor on Monday in the port city.", SATURDAY, "2023-09-11", "reported"),
    ("Kim met the governor on Tuesday in the port city.", SATURDAY, "2023-09-12", "reported"),
    ("Kim met the governor on Wednesday in the port city.", SATURDAY, "2023-09-13", "reported"),
    ("Kim met the governor on Thursday in the port city.", SATURDAY, "2023-09-14", "reported"),
    ("Kim met the governor on Friday in the port city.", SATURDAY, "2023-09-15", "reported"),
    ("Kim met the governor on Saturday in the port city.", SATURDAY, "2023-09-16", "reported"),
    ("Kim met the governor on Sunday in the port city.", SATURDAY, "2023-09-10", "reported"),
    # in the future tense: the next such day after publication
    ("Kim will meet the governor on Monday in the port city.", SATURDAY, "2023-09-18", "planned"),
    ("Kim will meet the governor on Tuesday in the port city.", SATURDAY, "2023-09-19", "planned"),
    ("Kim is to meet the governor on Wednesday in the port city.", SATURDAY, "2023-09-20", "planned"),
    ("Kim is expected to meet the governor on Thursday.", SATURDAY, "2023-09-21", "planned"),
    ("Kim will meet the governor on Friday in the port city.", SATURDAY, "2023-09-22", "planned"),
    ("Kim will meet the governor on Saturday in the port city.", SATURDAY, "2023-09-16", "planned"),
    ("Kim will still be in the port city on Sunday to meet the governor.", SATURDAY,
     "2023-09-17", "planned"),
    # "last" and "next" weekdays
    ("The ministers met last Saturday in the capital to sign it.", SATURDAY, "2023-09-09", "reported"),
    ("The ministers will meet next Tuesday in the capital.", SATURDAY, "2023-09-19", "planned"),
    # explicit dates, with and without a year
    ("The ministers met on Sept 13 in the capital to sign it.", SATURDAY, "2023-09-13", "reported"),
    ("The ministers met on Sept. 12 in the capital to sign it.", SATURDAY, "2023-09-12", "reported"),
    ("The ministers met on September 16, 2023 in the capital.", SATURDAY, "2023-09-16", "reported"),
    ("The ministers met on 13 September in the capital to sign it.", SATURDAY, "2023-09-13", "reported"),
    ("The treaty was signed on 2021-06-30 in the capital city.", SATURDAY, "2021-06-30", "reported"),
    ("Kim has been visiting the country since Wednesday (Sept 13).", SATURDAY, "2023-09-13", "reported"),
    # days relative to publication
    ("The ministers met yesterday in the capital to sign it.", SATURDAY, "2023-09-15", "reported"),
    ("The advisers held a telephone call on Thursday evening.", SATURDAY, "2023-09-14", "reported"),
    ("The ministers will meet tomorrow in the capital.", SATURDAY, "2023-09-17", "planned"),
    ("The ministers met three days ago in the capital.", SATURDAY, "2023-09-13", "reported"),
    ("The ministers met two weeks ago in the capital.", SATURDAY, "2023-09-02", "reported"),
    # a day of the month alone: this month, or the one before when it lies ahead
    ("The ministers met on the 13th in the capital to sign it.", SATURDAY, "2023-09-13", "reported"),
    ("The ministers met on the 20th in the capital to sign it.", SATURDAY, "2023-08-20", "reported"),
    ("The ministers will meet on the 20th in the capital.", SATURDAY, "2023-09-20", "planned"),
    # month and year precision
    ("The minister is expected to visit the North in October.", SATURDAY, "2023-10", "planned"),
    ("The minister visited the North in March to prepare it.", SATURDAY, "2023-03", "reported"),
    ("Since last year, the United States has accused the North of it.", SATURDAY, "2022", "reported"),
    ("The talks first took place in 2019 in the capital.", SATURDAY, "2019", "reported"),
    ("The company plans to open the plant next year in Ohio.", SATURDAY, "2024", "planned"),
    # across a year boundary: published Tuesday 2 January 2024
    ("The ministers met on Friday in the capital to sign it.", "2024-01-02", "2023-12-29", "reported"),
    ("The ministers met on Dec. 28 in the capital to sign it.", "2024-01-02", "2023-12-28", "reported"),
    ("The ministers met in December in the capital to sign it.", "2024-01-02", "2023-12", "reported"),
    ("Last year, the ministers met twice in the capital.", "2024-01-02", "2023", "reported"),
    ("The ministers will meet on Jan. 5 in the capital.", "2023-12-30", "2024-01-05", "planned"),
    # the verb a day is told right after decides its way (published on a Monday): a past
    # verb of saying dates the saying, whatever lies ahead in what was said ...
    ("The minister said in a post on Saturday that his forces will hold the line.", MONDAY,
     "2023-09-16", "reported"),
    ("The mayor told reporters on Friday the city will rebuild the bridge.", MONDAY,
     "2023-09-15", "reported"),
    ("The union posted on its website late on Sunday that the strike will go ahead.", MONDAY,
     "2023-09-17", "reported"),
    # ... and so does one right after a day that opens its clause or follows its subject
    ("Late on Saturday, the union posted that the strike will go ahead.", MONDAY,
     "2023-09-16", "reported"),
    ("The union on Sunday posted that the strike will go ahead.", MONDAY, "2023-09-17",
     "reported"),
    ("On Saturday, the union will post its reply, officials said.", MONDAY, "2023-09-23",
     "planned"),
    # ... and a timetable's verb in the present simple looks ahead
    ("The ultimatum expires on Sunday.", MONDAY, "2023-09-24", "planned"),
    ("The deadline for the offer runs out on Friday.", MONDAY, "2023-09-22", "planned"),
    ("The rebels were given an ultimatum that expires on Sunday.", MONDAY, "2023-09-24",
     "planned"),
    ("Peace talks resume on Thursday in the capital.", MONDAY, "2023-09-21", "planned"),
    ("The ultimatum expired on Sunday.", MONDAY, "2023-09-17", "reported"),
    # ... as do a programme's journeys and meetings, and what "is expected" on a day
    ("The prime minister flies to Lisbon on Thursday for the summit.", MONDAY, "2023-09-21",
     "planned"),
    ("Lawmakers vote on Wednesday on the new budget.", MONDAY, "2023-09-20", "planned"),
    ("A verdict in the fraud trial is expected Friday.", MONDAY, "2023-09-22", "planned"),
    # a quotation's tense does not set the clause's
    ('"We will win," the general told reporters on Monday in Kyiv.', SATURDAY, "2023-09-11", "reported"),
]


class ResolutionTable(unittest.TestCase):
    def test_each_case(self):
        for sentence, published, expected, status in CASES:
            with self.subTest(sentence=sentence, published=published):
                self.assertEqual(dates(sentence, published), [(expected, status)])


def mention_dates(text: str, published: str = SATURDAY) -> list:
    """(main?, date) of each dated mention of a one-sentence text."""
    art = q.Article("a", day(published), text)
    sent = q.sentences(q.prose_paragraphs(text))[0]
    return [(m.main, m.when.value if m.when else None)
            for m in q.sentence_mentions(art, 0, sent, None)]


class SubordinateClauses(unittest.TestCase):
    def test_relative_clause_date_does_not_date_the_main_clause(self):
        text = ("Kim arrived at the airport from Komsomolsk-on-Amur, where he visited aircraft "
                "factories on Friday, Tass said.")
        self.assertEqual(mention_dates(text), [(True, None), (False, "2023-09-15")])

    def test_main_clause_keeps_its_own_date_beside_a_relative_clause(self):
        text = ("Kim flew on Saturday to Vladivostok, where he had toured a plant on Friday, "
                "officials said.")
        self.assertEqual(mention_dates(text), [(True, "2023-09-16"), (False, "2023-09-15")])

    def test_reported_content_with_its_own_date_makes_the_saying_no_entry(self):
        text = ("The spokesman said Thursday that the foreign minister was expected to visit "
                "in October.")
        self.assertEqual(mention_dates(text), [(True, "2023-10")])

    def test_leading_participle_with_a_date_is_its_own_happening(self):
        text = "Arriving in Russia on Tuesday, Kim invited Putin to visit North Korea soon."
        self.assertEqual(mention_dates(text), [(True, None), (False, "2023-09-12")])

    def test_days_after_a_named_happening_date_that_happening(self):
        text = ("Three days after his meeting with the president at the cosmodrome, Kim met "
                "the defence minister on Saturday.")
        self.assertEqual(mention_dates(text), [(True, "2023-09-16"), (False, "2023-09-13")])

    def test_weekday_possessive_dates_the_happening(self):
        text = "During Wednesday's summit, Kim vowed full support to Putin."
        self.assertEqual(mention_dates(text), [(True, "2023-09-13")])


class AnchoredExpressions(unittest.TestCase):
    def test_during_their_meeting_takes_the_meetings_date(self):
        text = ("The two leaders met on Wednesday at the cosmodrome in the far east.\n\n"
                "During their meeting, the two leaders exchanged rifles as gifts.")
        events = [(e.when.value, len(e.sources)) for e in
                  __import__("support").timeline({"id": "a", "published": SATURDAY,
                                                  "text": text}).events]
        self.assertEqual(events, [("2023-09-13", 2)])

    def test_an_unknown_happening_dates_nothing(self):
        self.assertEqual(dates("They typically report on it the day after the incident."), [])


class WhenValues(unittest.TestCase):
    def test_month_spans_its_days(self):
        when = q.month_when(2024, 2)
        self.assertEqual((when.value, when.start.isoformat(), when.end.isoformat()),
                         ("2024-02", "2024-02-01", "2024-02-29"))

    def test_precision_follows_the_value(self):
        self.assertEqual([q.day_when(day("2023-09-13")).precision, q.month_when(2023, 9).precision,
                          q.year_when(2023).precision], ["day", "month", "year"])


if __name__ == "__main__":
    unittest.main()


class Tense(unittest.TestCase):
    CASES = [
        ("Kim met Putin at the cosmodrome.", "past"),
        ("Kim will meet Putin at the cosmodrome.", "future"),
        ("Kim is expected to meet Putin.", "future"),
        ("Kim is also “to visit the university,” Putin said.", "future"),
        ('"We will win," the general told reporters.', "past"),
        ("The visit has triggered concerns in the West.", "perfect"),
        ("Analysts say the city is a hub of the fleet.", "present"),
        ("They typically report on it a day later.", "present"),
        ("The North Korean leader was able to examine the weapons.", "past"),
    ]

    def test_each_case(self):
        for text, tense in self.CASES:
            with self.subTest(text=text):
                self.assertEqual(q.tense_of(text), tense)
