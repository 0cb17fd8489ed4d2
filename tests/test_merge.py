"""The same happening across reports is one entry; different happenings stay apart."""
import unittest

from support import article, timeline

PUB = "2023-09-16"


def entries(*articles):
    return [(e.when.value, e.status, e.articles) for e in timeline(*articles).events]


class Merging(unittest.TestCase):
    def test_one_happening_in_different_words_merges(self):
        self.assertEqual(entries(
            article("a", "North Korean leader Kim Jong Un arrived in Vladivostok on Saturday, "
                         "where defence minister Sergei Shoigu greeted him at the airfield."),
            article("b", "Kim Jong-un landed at the Vladivostok airfield on Saturday and was "
                         "greeted there by Sergei Shoigu, the defence minister.")),
            [("2023-09-16", "reported", ("a", "b"))])

    def test_name_variants_do_not_split_a_happening(self):
        self.assertEqual(entries(
            article("a", "On Saturday Shoigu showed Kim the Kinzhal hypersonic missile on a "
                         "MiG-31 carrier at the Knevichi airfield."),
            article("b", "Shoigu presented the Kinjal hypersonic missile and a MiG-31I "
                         "carrier to Kim at Knevichi on Saturday.")),
            [("2023-09-16", "reported", ("a", "b"))])

    def test_two_happenings_of_one_day_stay_two(self):
        got = entries(
            article("a", "The central bank raised its interest rate by half a point on Tuesday "
                         "to fight inflation."),
            article("b", "A magnitude 6 earthquake struck the northern coast on Tuesday, "
                         "damaging the harbour and two schools."))
        self.assertEqual(sorted(got), [("2023-09-12", "reported", ("a",)),
                                       ("2023-09-12", "reported", ("b",))])

    def test_the_same_words_on_different_days_stay_apart(self):
        got = entries(article("a", "The ministers met in the capital on Monday to discuss the trade "
                                   "agreement.\n\nThe ministers met in the capital again on "
                                   "Thursday to discuss the trade agreement."))
        self.assertEqual([d for d, _, _ in got], ["2023-09-11", "2023-09-14"])

    def test_an_undated_sentence_supports_the_entry_that_tells_it(self):
        tl = timeline(
            article("a", "Kim boarded the frigate Marshal Shaposhnikov in Vladivostok on Saturday."),
            article("b", "Kim boarded the frigate Marshal Shaposhnikov in Vladivostok harbour, "
                         "where the fleet commander welcomed him.", published="2023-09-17"))
        self.assertEqual([(e.when.value, e.articles) for e in tl.events],
                         [("2023-09-16", ("a", "b"))])

    def test_a_continuing_sentence_takes_the_date_it_continues(self):
        tl = timeline(article("a", "Kim arrived in Vladivostok on Saturday. "
                                   "There, he met the governor of the Primorsky region."))
        self.assertEqual([(e.when.value, len(e.sources)) for e in tl.events], [("2023-09-16", 2)])

    def test_background_in_the_present_tense_stays_out(self):
        tl = timeline(article("a", "Kim arrived in Vladivostok on Saturday. "
                                   "Analysts say the city is a hub of the Pacific fleet."))
        self.assertEqual([len(e.sources) for e in tl.events], [1])

    def test_a_report_cannot_tell_what_happened_after_it(self):
        tl = timeline(
            article("a", "Kim toured the Komsomolsk aircraft plant and its Su-57 line on Friday."),
            article("b", "Kim toured the Komsomolsk aircraft plant and its Su-57 line.",
                    published="2023-09-14"))
        self.assertEqual([e.articles for e in tl.events], [("a",)])


class Status(unittest.TestCase):
    def test_planned_and_reported(self):
        got = entries(article("a", "Kim met Putin on Wednesday at the cosmodrome. "
                                   "Lavrov is expected to visit Pyongyang in October."))
        self.assertEqual(got, [("2023-09-13", "reported", ("a",)), ("2023-10", "planned", ("a",))])


if __name__ == "__main__":
    unittest.main()


class Retellings(unittest.TestCase):
    """A hundred outlets retelling the same two happenings, in other words and orders,
    give one entry per happening, each with its report count."""

    def test_retellings_stay_one_entry_per_happening(self):
        import random
        rng = random.Random(3)
        openings = ["The regional governor opened the new Allard bridge on Monday, after four "
                    "years of building.", "On Monday the new Allard bridge was opened by the "
                    "regional governor after four years of building."]
        closings = ["Engineers closed the old ferry crossing on Tuesday, ending a service of "
                    "ninety years.", "The old ferry crossing was closed by engineers on Tuesday, "
                    "ending ninety years of service."]
        background = ["Traffic in the valley has doubled in a decade.",
                      "The region is known for its orchards."]
        reports = []
        for n in range(100):
            parts = [rng.choice(openings), rng.choice(closings)]
            rng.shuffle(parts)
            parts.insert(rng.randrange(3), rng.choice(background))
            reports.append(article(f"r{n}", "\n\n".join(parts), published="2024-05-08"))
        got = [(e.when.value, len(e.articles)) for e in timeline(*reports).events]
        self.assertEqual(got, [("2024-05-06", 100), ("2024-05-07", 100)])


def days_citing(tl, leads) -> dict:
    """{first words of a sentence: the days of the entries that cite it}."""
    return {lead: [e.when.value for e in tl.events
                   if any(x.text.startswith(lead) for x in e.sources)] for lead in leads}


# (text published on Tuesday 2023-09-19, the day of each entry, by its first words): a
# clause dated only by the day it was said goes on with its paragraph's narrative day.
SAID_ON_NARRATIVE_DAY = [
    ("Earlier on Saturday, the mayor toured the flooded harbour of Veland. He also visited "
     "the field hospital, the city council said on Monday.",
     {"Earlier on Saturday": "2023-09-16", "He also visited": "2023-09-16"}),
    ("On Saturday the minister opened the new bridge over the Marr. She also laid a wreath "
     "at the memorial, state television reported on Monday.",
     {"On Saturday": "2023-09-16", "She also laid": "2023-09-16"}),
    ("The ferry Aldis sank off Veland on Friday. It was carrying forty passengers, the coast "
     "guard said on Monday.",
     {"The ferry Aldis": "2023-09-15", "It was carrying": "2023-09-15"}),
    # the narrative stops: a new paragraph, a new thread, a shift, a leap of untold span
    ("On Saturday the minister opened the new bridge over the Marr.\n\nShe also laid a "
     "wreath at the memorial, state television reported on Monday.",
     {"On Saturday": "2023-09-16", "She also laid": "2023-09-18"}),
    ("On Saturday the minister opened the new bridge over the Marr. The central bank raised "
     "its main rate, state television reported on Monday.",
     {"On Saturday": "2023-09-16", "The central bank": "2023-09-18"}),
    ("On Saturday the minister opened the new bridge over the Marr. Earlier, she laid a "
     "wreath at the memorial, state television reported on Monday.",
     {"On Saturday": "2023-09-16", "Earlier, she": "2023-09-18"}),
    ("The ferry Aldis sank off Veland on Friday. It was later raised by a salvage crew, the "
     "coast guard said on Monday.",
     {"The ferry Aldis": "2023-09-15", "It was later": "2023-09-18"}),
]


class SaidOnNarrativeDay(unittest.TestCase):
    def test_each_case(self):
        for text, expected in SAID_ON_NARRATIVE_DAY:
            with self.subTest(text=text):
                found = days_citing(timeline(article("a", text, "2023-09-19")), expected)
                self.assertEqual(found, {lead: [day] for lead, day in expected.items()})


# Reports telling one saying in other words, one of them as an appeal, an urging or going on
# television or air (HAPPENINGS "say"): one entry. Published Tuesday 2023-09-19; the
# reports citing the entry whose source starts with these words.
SAYINGS_IN_OTHER_WORDS = [
    ([("a", "Governor Elena Marsh addressed the province on Saturday evening."),
      ("b", "Rioters burned shops in Veland on Saturday afternoon. That evening Marsh went on "
            "television for ten minutes.")],
     "That evening Marsh", ["a", "b"]),
    ([("a", "Governor Elena Marsh addressed the province on Saturday morning."),
      ("b", "Rebels seized the town hall in Veland on Saturday. That morning Marsh went on "
            "television to denounce the rebels.")],
     "That morning Marsh", ["a", "b"]),       # not the seizure it names
    ([("a", "Mayor Anton Vell gave a televised address on Monday night."),
      ("b", "Vell went on air on Monday night, visibly tired.")],
     "Vell went on air", ["a", "b"]),
    ([("a", "Bishop Ruth Kale issued a statement on Sunday."),
      ("b", "On Sunday Kale urged the strikers to stay calm.")],
     "On Sunday Kale", ["a", "b"]),
    ([("a", "Archbishop Tomas Lind spoke on the radio on Friday night, asking the strikers "
            "for calm."),
      ("b", "On Friday night Lind made a radio appeal to the strikers for calm.")],
     "On Friday night Lind", ["a", "b"]),
    ([("a", "Coach Ivo Brandt urged his players on Sunday to ignore the insults."),
      ("b", "Brandt told his squad on Sunday to ignore the insults from the stands.")],
     "Brandt told", ["a", "b"]),
]


class SayingsInOtherWords(unittest.TestCase):
    def test_each_case(self):
        for reports, lead, expected in SAYINGS_IN_OTHER_WORDS:
            with self.subTest(lead=lead):
                tl = timeline(*(article(i, text, "2023-09-19") for i, text in reports))
                self.assertEqual([list(e.articles) for e in tl.events
                                  if any(x.text.startswith(lead) for x in e.sources)], [expected])


# A clause joined to a dated one and dated only by its saying cites its own words and the
# saying, not the other clause (which has a day of its own). Published Tuesday 2023-09-19.
JOINED_AND_SAID = [
    ("The ferry Aldis left Veland on Sunday evening and is heading north to Marrow, the "
     "coast guard said Monday.",
     [("2023-09-17", ["The ferry Aldis left Veland on Sunday evening"]),
      ("2023-09-18", ["is heading north to Marrow, the coast guard said Monday."])]),
    ("The mayor resigned on Friday and has left the city, aides said on Monday.",
     [("2023-09-15", ["The mayor resigned on Friday"]),
      ("2023-09-18", ["has left the city, aides said on Monday."])]),
    ("Rebels seized the airport on Saturday, and the army is regrouping south of it, "
     "officials said Monday.",
     [("2023-09-16", ["Rebels seized the airport on Saturday"]),
      ("2023-09-18", ["the army is regrouping south of it, officials said Monday."])]),
]


class JoinedAndSaid(unittest.TestCase):
    def test_each_case(self):
        for text, expected in JOINED_AND_SAID:
            with self.subTest(text=text):
                tl = timeline(article("a", text, "2023-09-19"))
                self.assertEqual([(e.when.value, [x.text for x in e.sources])
                                  for e in tl.events], expected)


# Reports that date one background happening at nested precisions (a year, a month in it,
# a day in that): one entry, on the date more reports give, the finer on a tie; a happening
# of another kind keeps its own entry. (report id, text, published) -> [(date, sources)]
NESTED_DATES = [
    ([("a", "The two ministers first met in Marrow in 2019, long before the treaty talks "
            "began.", "2024-05-10"),
      ("b", "The two ministers first met in Marrow in April 2019, aides recalled.", "2024-05-10"),
      ("c", "The ministers had first met in Marrow in April 2019.", "2024-05-11"),
      ("d", "The two ministers first met in Marrow on April 24, 2019, during a trade fair.",
       "2024-05-11")],
     [("2019-04", 4)]),
    ([("a", "The Aldis bridge over the Marr collapsed in 2015, killing nine drivers.",
       "2024-05-10"),
      ("b", "The Aldis bridge over the Marr collapsed on March 3, 2015, killing nine drivers.",
       "2024-05-10")],
     [("2015-03-03", 2)]),
    ([("a", "The Veland textile factory opened in 2018 with nine hundred workers.",
       "2024-05-10"),
      ("b", "A fire destroyed the Veland rail depot on May 2, 2018, officials recalled.",
       "2024-05-10")],
     [("2018", 1), ("2018-05-02", 1)]),
]


class NestedDates(unittest.TestCase):
    def test_each_case(self):
        for reports, expected in NESTED_DATES:
            with self.subTest(first=reports[0][1]):
                tl = timeline(*(article(*r) for r in reports))
                self.assertEqual([(e.when.value, len(e.sources)) for e in tl.events], expected)


# A relative clause set off by commas is an aside: its day makes an entry of its own, and
# the main clause goes on with the narrative's day (a saying of what will be is told on
# it); a leading "after ..." with a day of its own takes the sentence out of the narrative.
# Published Friday 2023-09-15: (text, {first words of a sentence: the days citing it}).
ASIDES = [
    ("On Thursday the ministry signed the ferry deal with Veland. Minister Aldis said the "
     "ferry, which sailed from Marrow on Monday, would reach Veland within days.",
     {"Minister Aldis": ["2023-09-11", "2023-09-14"]}),
    ("The council of Veland voted on Thursday to close the harbour. The mayor, who had "
     "opposed the plan on Monday, abstained.",
     {"The mayor, who": ["2023-09-11", "2023-09-14"]}),
    ("The council of Veland voted on Thursday to close the harbour. After the storm hit on "
     "Monday, the mayor abstained.",
     {"After the storm": ["2023-09-11"]}),
]


class Asides(unittest.TestCase):
    def test_each_case(self):
        for text, expected in ASIDES:
            with self.subTest(text=text):
                self.assertEqual(days_citing(timeline(article("a", text, "2023-09-15")),
                                             expected), expected)


class Speakers(unittest.TestCase):
    """Statements of one day are one happening only when one speaker makes them."""
    APART = (
        ("The interior ministry announced on Tuesday that it had closed the inquiry into "
         "the security lapse.",
         "Speaking at the harbour on Tuesday, Mayor Lindqvist thanked the security crews and "
         "revealed that the port had lost 40 million kronor."),
        ("The central bank said on Tuesday that the currency reserves were sufficient.",
         "Opposition leader Marta Ruiz said on Tuesday that the reserves were a fiction and "
         "announced a rally."),
        # the speaker is who speaks, not whom the statement names
        ("Spokesman Arne Vik told reporters on Tuesday that the criminal case against "
         "Lindqvist would be dropped within days.",
         "Mayor Lindqvist said on Tuesday that he had never meant any harm to the city."),
    )

    def test_two_speakers_stay_two(self):
        for one, other in self.APART:
            with self.subTest(one=one[:30]):
                got = entries(article("a", one), article("b", other))
                self.assertEqual(len(got), 2, got)

    TOGETHER = (
        ("Prime Minister Halvorsen said on Tuesday that the harbour tunnel would reopen "
         "within a month.",
         "Halvorsen told reporters on Tuesday that the harbour tunnel should reopen in a month."),
        ("Mayor Lindqvist announced on Tuesday a freeze of port fees.",
         "Lindqvist said on Tuesday that port fees would be frozen."),
    )

    def test_one_speaker_in_two_reports_is_one(self):
        for one, other in self.TOGETHER:
            with self.subTest(one=one[:30]):
                got = entries(article("a", one), article("b", other))
                self.assertEqual(len(got), 1, got)

    # (a report's paragraph, another report, the sentence the paragraph goes on with, the
    # first words of the sentences told in the same entry)
    NARRATIVE = (
        # another speaker: the narrative's sentence joins that speaker's statement
        ("Mayor Lindqvist said on Tuesday that the port would stay closed. That evening "
         "Governor Halvorsen told the nation that dock workers were free to go home.",
         "Governor Halvorsen said on Tuesday that the strikers had betrayed the city.",
         "That evening Governor Halvorsen", {"That evening", "Governor Halvorsen said"}),
        # no name of its own: it goes on with the statement it follows
        ("Mayor Lindqvist said on Tuesday that the port would stay closed. He also thanked "
         "the dock workers for their patience.",
         "Governor Halvorsen said on Tuesday that the strikers had betrayed the city.",
         "He also thanked", {"He also thanked", "Mayor Lindqvist said"}),
    )

    def test_a_narrative_sentence_joins_its_own_speaker(self):
        for paragraph, other, sentence, joined in self.NARRATIVE:
            with self.subTest(sentence=sentence):
                tl = timeline(article("a", paragraph), article("b", other))
                entry = next(e for e in tl.events
                             if any(x.text.startswith(sentence) for x in e.sources))
                self.assertEqual({next(w for w in joined if x.text.startswith(w))
                                  for x in entry.sources if any(map(x.text.startswith, joined))},
                                 joined)
                self.assertEqual(len(entry.sources), len(joined), entry.sources)
