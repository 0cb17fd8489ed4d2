"""Each clause dated by its own words: one table per kind of clause (issue 9).

Every sentence here is written for these tests. Published on Saturday 16 March 2024
unless a row says otherwise: Sunday 10, Monday 11, Tuesday 12, Wednesday 13, Thursday 14,
Friday 15 March.
"""
import unittest

from support import article, dates, q, timeline

SAT = "2024-03-16"
R, P = "reported", "planned"


def check(case, rows):
    """Asserts each (text, published, [(date, status), ...]) row of a table."""
    for text, published, expected in rows:
        with case.subTest(text=text):
            case.assertEqual(sorted(dates(text, published)), sorted(expected))


class ReportedSpeech(unittest.TestCase):
    ROWS = [
        # what is said carries its own date: the saying makes no entry
        ("Officials said on Thursday that the road had reopened on Tuesday.", SAT,
         [("2024-03-12", R)]),
        ("The water board said on Friday that a pipe had burst under the square on Monday.",
         SAT, [("2024-03-11", R)]),
        ("Prosecutors announced on Wednesday that the mayor had been detained on Sunday.", SAT,
         [("2024-03-10", R)]),
        # the attribution at the end works the same way
        ("The ferry left port on Sunday evening, the coast guard said Monday.", SAT,
         [("2024-03-10", R)]),
        ("Two lorries collided on the ring road on Tuesday, the police said on Thursday.", SAT,
         [("2024-03-12", R)]),
        ("A storm flooded the harbour on Monday night, according to the port authority.", SAT,
         [("2024-03-11", R)]),
        # nothing dated in what is said: the saying dates it
        ("The ministry said on Friday that no agreement had been signed.", SAT,
         [("2024-03-15", R)]),
        ("Late Tuesday, the council said it had accepted the bid from the builders.", SAT,
         [("2024-03-12", R)]),
        ("The dam held through the night, engineers said on Wednesday.", SAT,
         [("2024-03-13", R)]),
        # "more than N years" is no date; the saying's date dates the saying only
        ("He had lived in the city for more than 20 years, his brother told reporters "
         "last week.", SAT, [("2024-03", R)]),
        ("She had worked at the mill for over 30 years, her union said on Monday.", SAT,
         [("2024-03-11", R)]),
    ]

    def test_table(self):
        check(self, self.ROWS)


class SeveralHappenings(unittest.TestCase):
    ROWS = [
        ("A strike that started on Tuesday ended on Saturday.", SAT,
         [("2024-03-12", R), ("2024-03-16", R)]),
        ("The first hiker was found on March 3, and rescuers reached the second on March 9.",
         SAT, [("2024-03-03", R), ("2024-03-09", R)]),
        ("The minister opened the bridge on Friday and the following day visited the flooded "
         "villages.", SAT, [("2024-03-15", R), ("2024-03-16", R)]),
        ("The ferries, halted on Monday, sailed again on Wednesday.", SAT,
         [("2024-03-11", R), ("2024-03-13", R)]),
        ("The airline cancelled all flights on Tuesday and resumed a reduced schedule on "
         "Thursday.", SAT, [("2024-03-12", R), ("2024-03-14", R)]),
        ("Crews were called to the warehouse late Friday, and the fire was put out early "
         "Saturday, the fire service said.", SAT, [("2024-03-15", R), ("2024-03-16", R)]),
        ("Search operations resumed on Wednesday for the passengers of a ferry that capsized "
         "on Sunday, drowning at least 30 people.", SAT, [("2024-03-10", R), ("2024-03-13", R)]),
        # a joined clause with no verb but a repeat word tells the one before again
        ("Protesters blocked the bridge on Monday and again on Wednesday.", SAT,
         [("2024-03-11", R), ("2024-03-13", R)]),
        ("The gallery was broken into on Tuesday, and once more on Thursday, police said.",
         SAT, [("2024-03-12", R), ("2024-03-14", R)]),
        ("Hail battered the vineyards on Sunday, then again on Wednesday.", SAT,
         [("2024-03-10", R), ("2024-03-13", R)]),
        # a "when" or "while" clause's time is the main clause's
        ("She was washing dishes when the walls of her kitchen came down on Friday night.",
         SAT, [("2024-03-15", R)]),
        ("The guards were asleep while thieves emptied the vault on Sunday.", SAT,
         [("2024-03-10", R)]),
        # a possessive dates only its noun
        ("Aid for last Friday's flood victims was announced on Wednesday.", SAT,
         [("2024-03-13", R), ("2024-03-15", R)]),
        # a possessive that is the clause's subject dates the clause
        ("Last Thursday's explosion killed four workers, police said on Saturday.", SAT,
         [("2024-03-14", R)]),
        ("Sunday's storm also damaged the old church of Brisk.", SAT, [("2024-03-10", R)]),
        # one happening with a noun compound of "and": no split
        ("The agency said Monday that a team of 40 search and rescue workers had landed in "
         "the capital late Sunday.", SAT, [("2024-03-10", R)]),
    ]

    def test_table(self):
        check(self, self.ROWS)


class Ranges(unittest.TestCase):
    ROWS = [
        # "between X and Y" is one time, dated by its first end; "and" + a month is no verb
        ("The plant was shut between March 2021 and May 2022, the company said on Monday.",
         SAT, [("2021-03", R)]),
        # ... but a figure told over a range of months or years is a total over that period,
        # no happening of its first month: the saying dates it, or nothing does
        ("The charity said it had raised 2 million pounds between May 2022 and May 2023.", SAT,
         []),
        ("The charity said on Monday it had raised 2 million pounds between May 2022 and "
         "May 2023.", SAT, [("2024-03-11", R)]),
        ("From 2019 to 2021, 300 people died on the county's roads, the police said on "
         "Friday.", SAT, [("2024-03-15", R)]),
        ("Between January and March the port handled 40,000 containers, its owners said on "
         "Tuesday.", SAT, [("2024-03-12", R)]),
        ("Between March 3 and March 9 the river rose by two metres, engineers said.", SAT,
         [("2024-03-03", R)]),
        # two happenings joined by "and", each with its own verb, stay two
        ("The mine closed in April 2019 and reopened in May 2021.", SAT,
         [("2019-04", R), ("2021-05", R)]),
        ("The ferry ran between Monday and Wednesday, and sank on Friday.", SAT,
         [("2024-03-11", R), ("2024-03-15", R)]),
    ]

    def test_table(self):
        check(self, self.ROWS)


class OtherZones(unittest.TestCase):
    ROWS = [
        # a moment told in the place's time, then again in GMT or another city's time: the
        # day of the second telling is not the happening's
        ("The night train pulled in at 6:15 a.m. local time on Friday, which was still "
         "21:15 GMT on Thursday.", SAT, [("2024-03-15", R)]),
        ("The ferry docked at 1:30 a.m. on Wednesday (23:30 London time on Tuesday), the "
         "port said.", SAT, [("2024-03-13", R)]),
        ("The tanker ran aground at 11:40 p.m. on Monday, 22:40 GMT, the coast guard said.",
         SAT, [("2024-03-11", R)]),
        # a time given only in GMT, or closed off in brackets, dates the happening
        ("The rocket lifted off at 2211 GMT on Friday.", SAT, [("2024-03-15", R)]),
        ("The tremor struck at 11:11 pm (2211 GMT) on March 8.", SAT, [("2024-03-08", R)]),
    ]

    def test_table(self):
        check(self, self.ROWS)


class Quotes(unittest.TestCase):
    """A sentence that tells two days: each entry cites the words that tell its day where
    they stand alone as a clause, else the whole sentence."""
    ROWS = [
        # the main clause up to the clause joined to it
        ("The storm reached the coast on Monday and flooded the harbour on Tuesday.",
         {"2024-03-11": "The storm reached the coast on Monday",
          "2024-03-12": "The storm reached the coast on Monday and flooded the harbour on "
                        "Tuesday."}),
        # a happening counted from, told as a clause
        ("The bank reopened on Friday, four days after thieves had tunnelled into its vault.",
         {"2024-03-11": "thieves had tunnelled into its vault",
          "2024-03-15": "The bank reopened on Friday, four days after thieves had tunnelled "
                        "into its vault."}),
        # a noun stands not alone: the whole sentence
        ("Divers on Thursday recovered the bell of the ferry lost in Sunday's storm.",
         {"2024-03-10": "Divers on Thursday recovered the bell of the ferry lost in Sunday's "
                        "storm.",
          "2024-03-14": "Divers on Thursday recovered the bell of the ferry lost in Sunday's "
                        "storm."}),
        # a sentence of one day cites itself whole
        ("The bridge closed on Monday and the ferries stopped on Monday too.",
         {"2024-03-11": "The bridge closed on Monday and the ferries stopped on Monday too."}),
    ]

    def test_table(self):
        for text, expected in self.ROWS:
            with self.subTest(text=text):
                events = timeline(article("a", text, SAT)).events
                self.assertEqual({e.when.value: e.sources[0].text for e in events}, expected)
                self.assertEqual({e.when.value: e.summary for e in events}, expected)


class JoinedClauses(unittest.TestCase):
    """A clause joined by "and" or "but" whose subject names an actor of its own tells a
    happening of its own (unless the two name kinds that agree), on the day told before it,
    citing its own words; a clause that goes on with the same subject, or a noun joined to
    a noun, does not."""
    ROWS = [
        # a named actor of its own: two entries of one day
        ("The royal yacht docked in Aarhus on Saturday and Mayor Lund welcomed the crew.",
         [("2024-03-16", "The royal yacht docked in Aarhus on Saturday"),
          ("2024-03-16", "Mayor Lund welcomed the crew.")]),
        ("The cargo plane landed at Kessin at 7 a.m. on Tuesday, according to the airport, "
         "and the Vrelo prosecutors quietly closed their case later that day.",
         [("2024-03-12", "The cargo plane landed at Kessin at 7 a.m. on Tuesday, according to "
                         "the airport"),
          ("2024-03-12", "the Vrelo prosecutors quietly closed their case later that day.")]),
        # a new actor, but a kind that agrees (an arrival and its welcome): one visit
        ("The royal yacht reached Aarhus on Saturday and Mayor Lund welcomed the crew.",
         [("2024-03-16", "The royal yacht reached Aarhus on Saturday and Mayor Lund welcomed "
                         "the crew.")]),
        # the same subject goes on, or no name of its own: one entry
        ("The ferry left Vrelo on Monday and reached Kessin that night.",
         [("2024-03-11", "The ferry left Vrelo on Monday and reached Kessin that night.")]),
        ("The ferry left Vrelo on Monday and it reached Kessin that night.",
         [("2024-03-11", "The ferry left Vrelo on Monday and it reached Kessin that night.")]),
        # nouns joined to nouns, names in a list, a name before a preposition: one entry
        ("The army sent forty engineers and two search dogs to Kessin on Monday, after the "
         "council accepted help in the search.",
         [("2024-03-11", "The army sent forty engineers and two search dogs to Kessin on "
                         "Monday, after the council accepted help in the search.")]),
        ("On Monday evening, the envoys of the United States, France and Japan held talks in "
         "Kessin.",
         [("2024-03-11", "On Monday evening, the envoys of the United States, France and "
                         "Japan held talks in Kessin.")]),
        ("The court fined the shipyard on Monday, barring Vrelo and Kessin from renewed "
         "contracts.",
         [("2024-03-11", "The court fined the shipyard on Monday, barring Vrelo and Kessin "
                         "from renewed contracts.")]),
    ]

    def test_table(self):
        for text, expected in self.ROWS:
            with self.subTest(text=text):
                events = timeline(article("a", text, SAT)).events
                self.assertEqual(sorted((e.when.value, s.text) for e in events
                                        for s in e.sources), sorted(expected))


class Datelines(unittest.TestCase):
    LINES = [
        "HARBOURTON, March 27 (Reuters) - The council met to vote on the budget.",
        "Velmora, Sep 10 (EFE).- The council met to vote on the budget.",
        "MOSCOW, September 12. /TASS/. The council met to vote on the budget.",
        "SEOUL, Oct. 2 (Yonhap) -- The council met to vote on the budget.",
        "NIAMEY, July 27 (AFP) -- The council met to vote on the budget.",
        "June 14 (UPI) -- The council met to vote on the budget.",
        "DUBLIN — The council met to vote on the budget.",
        "LONDON/PARIS, May 2 (Reuters) - The council met to vote on the budget.",
        "PORT ELLIS, Nova Terra (AP) — The council met to vote on the budget.",
        "KESTON: The council met to vote on the budget.",
    ]

    def test_each_style_is_cut(self):
        for line in self.LINES:
            with self.subTest(line=line):
                self.assertEqual(q.without_dateline(line), "The council met to vote on the budget.")

    def test_prose_that_only_looks_like_one_is_kept(self):
        for line in ("Putin - who met him twice - stayed silent.", "Kim Jong Un - the leader - "
                     "spoke.", "The strike - which began on Monday - ended.",
                     "WATCH: the new bridge opens to traffic for the first time."):
            with self.subTest(line=line):
                self.assertEqual(q.without_dateline(line), line)

    def test_a_dateline_never_dates_the_lead(self):
        text = "KESTON, March 15 (Reuters) - The council met on Tuesday to vote on the budget."
        self.assertEqual(dates(text, SAT), [("2024-03-12", R)])

    def test_a_dateline_without_a_date_is_not_an_entry(self):
        self.assertEqual(dates("DUBLIN — The council met to vote on the budget.", SAT), [])

    def test_a_dateline_dates_a_report_that_has_none(self):
        known = article("k", "The council met on Monday to vote on the budget.", "2024-03-16")
        unknown = article("u", "KESTON, March 14 (Reuters) - The council met on Monday to vote "
                          "on the budget.", None)
        reports = {a.id: a for a in timeline(known, unknown).articles}
        self.assertEqual((reports["u"].published.isoformat(), reports["u"].dated_by),
                         ("2024-03-14", "inferred: its dateline"))


class FutureModalScheduled(unittest.TestCase):
    ROWS = [
        ("The convoy is due at the border crossing on Saturday.", "2024-03-14",
         [("2024-03-16", P)]),
        ("The ruling could come as soon as Thursday, though Friday seems likelier.",
         "2024-03-12", [("2024-03-14", P)]),
        ("Thursday would be a day of mourning for the victims, the government said.",
         "2024-03-12", [("2024-03-14", P)]),
        ("The festival, which closes Sunday, drew record crowds on Saturday.",
         "2024-03-13", [("2024-03-09", R), ("2024-03-17", P)]),
        ("A court hearing is set for Thursday morning in the capital.", "2024-03-12",
         [("2024-03-14", P)]),
        ("The unions pressed for talks ahead of Friday's deadline, officials said.",
         "2024-03-12", [("2024-03-15", P)]),
        ("The delegation was expected to arrive on Friday, the embassy said.", "2024-03-12",
         [("2024-03-15", P)]),
        ("The president is due to fly home on Sunday.", "2024-03-12", [("2024-03-17", P)]),
        ("Officials expect the bridge to reopen on Friday at the earliest.", "2024-03-12",
         [("2024-03-15", P)]),
        # "as early as" looks ahead only in a clause that tells nothing past
        ("The new bridge opens to traffic as early as Thursday.", "2024-03-12",
         [("2024-03-14", P)]),
        ("Neighbours said the well had run dry as early as Monday.", "2024-03-13",
         [("2024-03-11", R)]),
        ("The first cracks were seen in the wall as early as Sunday, the engineer said.", SAT,
         [("2024-03-10", R)]),
        ("Activists claimed that the poet was arrested as soon as Tuesday.", SAT,
         [("2024-03-12", R)]),
        # a past-tense clause on the publication day itself is reported
        ("The workers walked out on Friday over pay, their union said.", "2024-03-15",
         [("2024-03-15", R)]),
        # what usually happens is no entry
        ("The first snow usually falls in the valley in November.", SAT, []),
        ("Ferries typically stop running on Sundays in winter.", SAT, []),
    ]

    def test_table(self):
        check(self, self.ROWS)


class CountedFromTheStory(unittest.TestCase):
    ROWS = [
        ("Police arrested a man on Thursday over the theft. The boat had been found drifting "
         "off the point the day before.", SAT, [("2024-03-13", R), ("2024-03-14", R)]),
        ("A rockfall cut the pass on Monday. Two days later, soldiers opened a track.", SAT,
         [("2024-03-11", R), ("2024-03-13", R)]),
        ("A storm tore the roof off the hall on Friday evening. The following morning, "
         "volunteers began clearing the debris.", "2024-03-18",
         [("2024-03-15", R), ("2024-03-16", R)]),
        # a clock time before any day is named: the day of publication; clauses joined on
        # one day are one entry
        ("The plane started circling over the town about 5am, and it landed safely at "
         "9:30am, police said.", SAT, [("2024-03-16", R)]),
        ("Thieves broke into the museum shortly before 3 a.m. and took three silver cups.",
         SAT, [("2024-03-16", R)]),
        # two happenings of one day: "19 minutes later", a clock time and no date
        ("A tremor shook the coast on Tuesday. A smaller one followed 19 minutes later.", SAT,
         [("2024-03-12", R), ("2024-03-12", R)]),
        ("The trams stopped at 8:42 a.m. on Monday after a power fault. Services did not "
         "resume until shortly after 6 p.m., the operator said.", SAT,
         [("2024-03-11", R), ("2024-03-11", R)]),
        ("Crews reached the mine on Wednesday 6 March. She was trapped there on the Friday "
         "night before, her sister said.", SAT, [("2024-03-01", R), ("2024-03-06", R)]),
        ("The council voted on Thursday to close the pool. Residents protested on Saturday, "
         "two days after the vote.", SAT, [("2024-03-14", R), ("2024-03-16", R)]),
        # "that evening", "that night": the day the story reached, a happening of its own
        ("A barge ran aground in the estuary on Tuesday morning. That evening, tugs pulled "
         "it free on the rising tide.", SAT, [("2024-03-12", R), ("2024-03-12", R)]),
        ("The river burst its banks on Sunday. Firefighters rescued two families from their "
         "roofs that night.", SAT, [("2024-03-10", R), ("2024-03-10", R)]),
        # ... but in a quotation "that night" is the speaker's, and dates nothing
        ("A barge ran aground in the estuary on Tuesday. \"That night we thought we would "
         "sink,\" a deckhand said on Thursday.", SAT, [("2024-03-12", R), ("2024-03-14", R)]),
        ("A barge ran aground in the estuary on Tuesday. \"The same day we thought we would "
         "sink,\" a deckhand said on Thursday.", SAT, [("2024-03-12", R), ("2024-03-14", R)]),
        # "the day before it set out": a day from the happening the story has just told
        ("The trawler left harbour on Thursday. The day before it sailed, the skipper had "
         "the nets repaired.", SAT, [("2024-03-13", R), ("2024-03-14", R)]),
        # "N days after" a clause counts back from the sentence's day to what the clause tells
        ("The minister resigned on Friday, two days after the flood swept through the valley.",
         SAT, [("2024-03-13", R), ("2024-03-15", R)]),
        ("The singer is now at home, her agent said on Thursday, three days after she "
         "collapsed on stage.", SAT, [("2024-03-11", R), ("2024-03-14", R)]),
    ]

    def test_table(self):
        check(self, self.ROWS)


class Windows(unittest.TestCase):
    def test_a_week_joins_that_weeks_entry_of_the_same_happening(self):
        text = ("The town council voted last week to close the public pool. Residents protested "
                "outside the town hall on Saturday, two days after the vote.")
        self.assertEqual(dates(text, "2024-03-18"), [("2024-03-14", R), ("2024-03-16", R)])

    def test_a_week_with_no_entry_is_an_entry_of_its_month(self):
        for text, published, expected in [
                ("The library reopened this week after a long renovation.", SAT,
                 [("2024-03", R)]),
                ("The two unions met the management earlier this week in the capital.", SAT,
                 [("2024-03", R)]),
                ("The ministry is expected to present a new plan this week.", SAT,
                 [("2024-03", P)])]:
            with self.subTest(text=text):
                self.assertEqual(dates(text, published), expected)


class Forms(unittest.TestCase):
    ROWS = [
        ("The treaty was signed on October 4 2023 in the capital.", SAT, [("2023-10-04", R)]),
        ("The games were held on May 14-16, 2018 in the capital.", SAT, [("2018-05-14", R)]),
        ("The summit ran from 7 to 18 November 2016 in the capital.", SAT, [("2016-11-07", R)]),
        ("About 900 people were evacuated between February 26 and 28 as the fire spread.",
         SAT, [("2024-02-26", R)]),
        ("The fair will be held from 9 to 15 October in the old town.", SAT,
         [("2024-10-09", P)]),
        ("The bridge was built in the 1960s by the railway company.", SAT, []),
        ("The mill closed more than 20 years ago after a long decline.", SAT, []),
        ("The ministers met on the 13th in the capital to sign it.", SAT, [("2024-03-13", R)]),
        ("The fair opened on the 1st of March in the old town.", SAT, [("2024-03-01", R)]),
        ("The port plans to reopen the channel by the end of May.", SAT, [("2024-05", P)]),
        ("The club said it would move next year's race to April.", SAT, [("2025-04", P)]),
    ]

    def test_table(self):
        check(self, self.ROWS)


class TimeWords(unittest.TestCase):
    def test_overnight_is_a_time_only_as_an_adverb(self):
        for text, found in [("Thieves broke into the museum overnight.", ["overnight"]),
                            ("Overnight, the river rose a metre.", ["Overnight"]),
                            ("They booked an overnight crossing to the capital.", []),
                            ("The overnight shelter was full.", [])]:
            with self.subTest(text=text):
                self.assertEqual([m.group() for m in q.time_matches(text)], found)


class LiveBlogs(unittest.TestCase):
    def test_date_headings_date_the_paragraphs_under_them(self):
        text = ("Live: Floods in the valley\n\nMARCH 8, 2024:\nThe river burst its banks in the "
                "early afternoon.\n\nMARCH 9, 2024:\nThe governor visited the shelter at the "
                "school.\n\n12:40 GMT\nThe water began to fall at the bridge.")
        self.assertEqual(dates(text, "2024-03-10"),
                         [("2024-03-08", R), ("2024-03-09", R), ("2024-03-09", R)])

    def test_weekdays_under_a_heading_are_read_from_it(self):
        text = ("Saturday 2 March\nThe dockers walked out at dawn.\n\nSaturday 9 March\nTalks "
                "between the union and the owners broke down on Thursday.")
        self.assertEqual(dates(text, SAT), [("2024-03-02", R), ("2024-03-07", R)])

    def test_a_lone_date_under_a_title_is_no_heading(self):
        text = "Title of the page\n\nMarch 9, 2024\n\nThe governor visited the flooded school."
        self.assertEqual(dates(text, SAT), [])


class Captions(unittest.TestCase):
    def test_a_caption_keeps_its_sentence_and_loses_its_credit(self):
        for text in ("The mayor opened the bridge on Monday. REUTERS/Jane Roe",
                     "The mayor opened the bridge on Monday. (AP Photo)",
                     "The mayor opened the bridge on Monday. (Source: Associated Press)",
                     "The mayor opened the bridge on Monday. Photo: Jane Roe/AFP",
                     "(Photo) The mayor opened the bridge on Monday. EFE/STR"):
            with self.subTest(text=text):
                kept = [s.text for s in q.sentences(q.prose_paragraphs(text))]
                self.assertEqual(kept, ["The mayor opened the bridge on Monday."])

    def test_a_credit_on_its_own_line_keeps_the_caption_above_it(self):
        text = "Crowds watch the new bridge open in the old town.\nPhotograph: Jane Roe/AFP"
        kept = [s.text for s in q.sentences(q.prose_paragraphs(text))]
        self.assertEqual(kept, ["Crowds watch the new bridge open in the old town."])



class PlacedByTheStory(unittest.TestCase):
    def test_an_undated_sentence_goes_on_with_the_happening_before_it(self):
        events = timeline(article("a", "The governor arrived in Harlow on Monday for talks. There, "
                                       "he met the mayor and the harbour board.", SAT)).events
        self.assertEqual([(e.when.value, len(e.sources)) for e in events], [("2024-03-11", 2)])

    def test_a_plan_inside_the_sentence_before_does_not_stop_the_story(self):
        text = ("The Harlow council approved the budget on Monday, after which the mayor said "
                "taxes would rise. The council also voted to close the old Harlow pool.")
        events = timeline(article("a", text, SAT)).events
        self.assertEqual([(e.when.value, len(e.sources)) for e in events], [("2024-03-11", 2)])

    def test_happenings_of_different_stories_are_never_one_entry(self):
        events = timeline(
            article("a", "The governor arrived in Harlow on Monday for talks with the board.", SAT),
            article("b", "Floods hit the Kessel valley on Monday after days of heavy rain.", SAT),
            article("c", "The governor met the Harlow harbour board on Monday.", SAT)).events
        stories = [sorted(e.articles) for e in events]
        self.assertIn(["b"], stories)
        self.assertFalse(any("b" in s and len(s) > 1 for s in stories))


if __name__ == "__main__":
    unittest.main()
