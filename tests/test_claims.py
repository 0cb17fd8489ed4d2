"""Claims: one report's value for one quantity of one happening (issue 11). For each kind
of quantity a disagreement, an agreement within qualifiers or rounding, and an update;
units and time zones; and the cases that must never be flagged. Sentences written for
these tests."""
import json
import unittest

from support import TempFiles, article, q, run, timeline

DAY = "2024-05-08"      # a Wednesday; the happenings are on Monday 6 May


def found(first: str, second: str, later: str = "") -> tuple:
    """(disagreements, updates) as (topic, {report: value}) between two reports of one day
    (and a third published two days later, if given)."""
    reports = [article("a", first, DAY), article("b", second, DAY)]
    if later:
        reports.append(article("c", later, "2024-05-10"))
    tl = timeline(*reports)
    return ([(c.topic, {x.article: x.value for x in c.claims}) for c in tl.conflicts],
            [(c.topic, {x.article: x.value for x in c.claims}) for c in tl.updates])


class EachQuantity(unittest.TestCase):
    # (what, first report, second report, the topic if they disagree, or None)
    ROWS = [
        ("dead", "The storm hit the island of Arlen on Monday and killed 12 people.",
         "The storm hit the island of Arlen on Monday and killed 30 people, police said.",
         "the number of dead, as of Wednesday 8 May 2024"),
        ("dead, qualified", "The storm hit the island of Arlen on Monday and killed more than "
         "5,000 people.", "The storm hit the island of Arlen on Monday and killed 5,300 people, "
         "police said.", None),
        ("injured", "The quake shook Brisk on Monday, and 2,059 people were injured.",
         "The quake shook Brisk on Monday and injured 1,404 people, officials said.",
         "the number of injured, as of Wednesday 8 May 2024"),
        ("missing", "The ferry sank off Corvo on Monday; 14 people are missing.",
         "The ferry sank off Corvo on Monday, and 9 people were missing, the coast guard said.",
         "the number of missing, as of Wednesday 8 May 2024"),
        ("depth", "The quake struck Galt on Monday at a depth of 18.5 km.",
         "The quake struck Galt on Monday at a depth of 8 kilometers, the institute said.",
         "the depth of the quake"),
        ("depth, rounded", "The quake struck Galt on Monday at a depth of 10 km.",
         "The quake struck Galt on Monday at a depth of about 10.4 kilometres.", None),
        ("distance", "The quake struck on Monday about 72 km southwest of Harlow.",
         "The quake struck on Monday 95 km southwest of Harlow, the survey said.",
         "the distance from Harlow"),
        ("distance, other units", "The convoy stopped on Monday 180km from Istra.",
         "The convoy stopped on Monday 112 miles from Istra, officials said.", None),
        ("length", "The bridge at Jorvik, 656 feet long, collapsed on Monday.",
         "The bridge at Jorvik, 610 ft long, collapsed on Monday, officials said.",
         "the length"),
        ("length, other units", "The bridge at Jorvik, 656 feet long, collapsed on Monday.",
         "The bridge at Jorvik, 200 metres long, collapsed on Monday, officials said.", None),
        ("height", "The dam at Kessel, 80 metres high, gave way on Monday.",
         "The dam at Kessel, 45 metres high, gave way on Monday, engineers said.", "the height"),
        ("magnitude", "A magnitude 6.8 quake struck Lirra on Monday.",
         "A magnitude 5.9 quake struck Lirra on Monday, the institute said.",
         "the magnitude of the quake"),
        ("magnitude, rounded", "A magnitude 6.8 quake struck Lirra on Monday.",
         "A magnitude 7 quake struck Lirra on Monday, the institute said.", None),
        ("time", "The quake struck Marrow at 11:11 p.m. on Monday.",
         "The quake struck Marrow at 10:11pm local time on Monday, the institute said.",
         "the time of the quake"),
        ("time, around", "The quake struck Marrow at 11:11 p.m. on Monday.",
         "The quake struck Marrow just after 11pm on Monday, the institute said.", None),
        ("time, 24-hour clock", "The quake struck Marrow at 23:11 local time on Monday.",
         "The quake struck Marrow at 11:11 p.m. on Monday, the institute said.", None),
        ("part of the day", "The levee at Nadel broke on Monday afternoon.",
         "The levee at Nadel broke on Monday evening, engineers said.",
         "the time of the collapse"),
        ("population", "Floods cut off Orvan, a town of 12,000 people, on Monday.",
         "Floods cut off Orvan, home to 15,500 people, on Monday, officials said.",
         "the population of Orvan"),
        ("population, about", "Floods cut off Orvan, a town of about 12,000 people, on Monday.",
         "Floods cut off Orvan, home to 12,400 people, on Monday, officials said.", None),
        ("river", "A bus fell into the Harrow River near Penrick on Monday.",
         "A bus fell into the Marle River near Penrick on Monday, police said.", "the river"),
        ("river, spelled otherwise", "A bus fell into the Dniepr River near Penrick on Monday.",
         "A bus fell into the Dnieper River near Penrick on Monday, police said.", None),
    ]

    def test_table(self):
        for what, first, second, topic in self.ROWS:
            with self.subTest(what=what):
                conflicts, _ = found(first, second)
                self.assertEqual([t for t, _ in conflicts], [topic] if topic else [])

    def test_a_disagreement_shows_both_sides_verbatim_with_their_values(self):
        first, second = self.ROWS[0][1:3]
        tl = timeline(article("a", first, DAY), article("b", second, DAY))
        (c,) = tl.conflicts
        self.assertEqual([(x.article, x.text, x.value, x.quantity, x.unit) for x in c.claims],
                         [("a", first, "12 dead", "dead", "people"),
                          ("b", second, "30 dead", "dead", "people")])


class Updates(unittest.TestCase):
    def test_a_count_as_of_a_later_day_is_an_update(self):
        for first, later in [
                ("The storm hit Arlen on Monday and killed 12 people.",
                 "The death toll from the storm that hit Arlen on Monday rose to 19."),
                ("The quake shook Brisk on Monday and injured 300 people.",
                 "Officials said 420 people were injured when the quake shook Brisk on Monday."),
                ("The ferry sank off Corvo on Monday; 14 people are missing.",
                 "The ferry sank off Corvo on Monday, and 6 people are still missing.")]:
            with self.subTest(later=later):
                conflicts, updates = found(first, first.replace("Monday", "Monday,"), later)
                self.assertEqual(conflicts, [])
                self.assertEqual(len(updates), 1)
                reports = list(updates[0][1])          # in the order their figures hold
                self.assertEqual((reports[0], reports[-1]), ("a", "c"))

    def test_the_same_days_toll_from_two_reports_is_a_disagreement(self):
        conflicts, updates = found(
            "The ministry said on Monday that the storm had killed 12 people in Arlen.",
            "The ministry said on Monday that the storm had killed 30 people in Arlen.")
        self.assertEqual(([t for t, _ in conflicts], updates),
                         (["the number of dead, as of Monday 6 May 2024"], []))

    def test_update_claims_say_as_of_when(self):
        tl = timeline(article("a", "The storm hit Arlen on Monday and killed 12 people.", DAY),
                      article("c", "The death toll from the storm that hit Arlen on Monday "
                                   "rose to 19.", "2024-05-10"))
        self.assertEqual([(x.article, x.value, x.as_of) for x in tl.updates[0].claims],
                         [("a", "12 dead", "2024-05-08"), ("c", "19 dead", "2024-05-10")])


class TimeZones(unittest.TestCase):
    def test_a_time_in_another_zone_is_no_claim(self):
        conflicts, _ = found(
            "The quake struck Marrow at 23:11 local time on Monday (01:11 Moscow time).",
            "The quake struck Marrow at 11:11 p.m. (2211 GMT) on Monday, the institute said.")
        self.assertEqual(conflicts, [])


class DatesAcrossWordings(unittest.TestCase):
    def test_one_happening_told_in_other_words_on_another_day(self):
        tl = timeline(
            article("a", "Late Sunday, the Veland interior ministry said it had accepted offers "
                         "of help from Spain, Norway, Chile and Japan.", "2024-05-07"),
            article("b", "Veland accepted offers of help from Spain, Norway, Chile and Japan "
                         "on Sunday, but not from others.", "2024-05-08"),
            article("c", "On Monday, the Veland interior ministry announced that it had "
                         "accepted offers of assistance from four countries: Spain, Norway, "
                         "Chile and Japan.", "2024-05-09"))
        self.assertEqual([(c.kind, sorted({x.value for x in c.claims})) for c in tl.conflicts],
                         [("date", ["2024-05-05", "2024-05-06"])])
        self.assertEqual([e.when.value for e in tl.events], ["2024-05-05"])

    def test_an_end_is_not_the_day_it_began(self):
        tl = timeline(
            article("a", "King Osric declared three days of national mourning in Veland on "
                         "Saturday.", "2024-05-04"),
            article("b", "The three days of national mourning declared by King Osric in Veland "
                         "ended on Monday.", "2024-05-07"))
        self.assertEqual(tl.conflicts, ())

    def test_tolls_of_different_days_are_not_one_happening_misdated(self):
        tl = timeline(
            article("a", "The death toll in Veland rose to 2,122 on Sunday, with 2,421 people "
                         "injured, the interior ministry said.", "2024-05-06"),
            article("b", "The death toll in Veland rose to 2,946 on Wednesday, with 5,674 "
                         "people injured, the interior ministry said.", "2024-05-09"))
        self.assertEqual(tl.conflicts, ())
        self.assertEqual(len(tl.events), 2)


class NoFalseAlarms(unittest.TestCase):
    ROWS = [
        ("different details", "The president opened the hospital in Leeds on Monday and met "
         "nurses.", "The hospital in Leeds, opened on Monday, has 400 beds and 12 wards."),
        ("different places", "The storm killed 12 people in Arlen on Monday.",
         "The storm killed 30 people in Brisk on Monday, police said."),
        ("another place", "The storm killed 120 people in Arlen on Monday.",
         "The storm also killed 30 people elsewhere on Monday, police said."),
        ("a forecast", "The storm killed 120 people in Arlen on Monday.",
         "The toll from Monday's storm in Arlen could rise above 1,000, officials said."),
        ("a subset", "The quake in Brisk on Monday injured 2,059 people, 1,404 of them "
         "critically.", "The quake in Brisk on Monday injured 2,059 people, officials said."),
        ("ages and prices", "A 12-year-old boy was pulled alive from the rubble in Brisk on "
         "Monday.", "A 14-year-old boy was pulled from the rubble in Brisk on Monday."),
    ]

    def test_table(self):
        for what, first, second in self.ROWS:
            with self.subTest(what=what):
                self.assertEqual(found(first, second)[0], [])

    def test_a_reprinted_wire_story_agrees_with_itself(self):
        text = ("The storm hit the island of Arlen on Monday and killed 12 people, police "
                "said. Rescuers searched the coast at 6 a.m. on Tuesday in heavy rain.")
        tl = timeline(article("a", text, DAY), article("b", text, DAY))
        self.assertEqual((tl.conflicts, tl.updates), ((), ()))


class JsonShape(TempFiles, unittest.TestCase):
    def test_claims_carry_subject_attribute_unit_approximation_and_as_of(self):
        path = self.write("in.json", [
            article("a", "The storm hit Arlen on Monday and killed 12 people.", DAY),
            article("b", "The storm hit Arlen on Monday and killed 30 people, police said.", DAY),
            article("c", "The death toll from the storm that hit Arlen on Monday rose to 55.",
                    "2024-05-10")])
        out, err, code = run("--articles", path, "--format", "json")
        doc = json.loads(out)
        (c,), (u,) = doc["conflicts"], doc["updates"]
        self.assertEqual([(x["article"], x["value"], x["attribute"], x["unit"], x["as_of"])
                          for x in c["claims"]],
                         [("a", "12 dead", "dead", "people", DAY),
                          ("b", "30 dead", "dead", "people", DAY)])
        self.assertEqual([x["as_of"] for x in u["claims"]][-1], "2024-05-10")
        self.assertEqual(u["direction"], "up")

    def test_a_things_claim_names_its_subject_and_approximation(self):
        path = self.write("in.json", PAIR_STORY("Nearly 45 wagons of the train left the rails.",
                                                "About 60 wagons of the train left the rails."))
        doc = json.loads(run("--articles", path, "--format", "json")[0])
        (c,) = doc["conflicts"]
        self.assertEqual(c["topic"], "the number of wagons")
        self.assertEqual(sorted((x["subject"], x["attribute"], x["approximation"], x["value"])
                                for x in c["claims"]),
                         [("wagons", "number", "about", "About 60 wagons"),
                          ("wagons", "number", "nearly", "Nearly 45 wagons")])


def PAIR_STORY(first: str, second: str, first_day: str = DAY, second_day: str = DAY) -> list:
    """Two reports of one story (a happening both tell, with names both use), each giving
    one sentence more: the claim under test."""
    lead = "The Tarn viaduct near Millau collapsed on Monday, Ardena police said."
    return [article("a", f"{lead} {first}", first_day),
            article("b", f"{lead.replace('collapsed', 'gave way')} {second}", second_day)]


def verdict(first: str, second: str, first_day: str = DAY, second_day: str = DAY,
            other_story: bool = False) -> str:
    """What the tool makes of two claims: "disagree", "update", or "agree" when it
    compared them and found they can both hold, "not comparable" when it did not."""
    reports = PAIR_STORY(first, second, first_day, second_day)
    if other_story:                     # no entry and no name in common
        reports[1] = article("b", "A ferry sank off Corvo island near Brisk on 2 March. "
                                  + second, second_day)
    tl = timeline(*reports)
    if tl.conflicts:
        return "disagree"
    if tl.updates:
        return "update"
    said = [{(f.quantity, q.subject_key(f.subject), f.key) for f in
             q.things_in(text) + q.figures_in(text)} for text in (first, second)]
    return "agree" if said[0] & said[1] and not other_story else "not comparable"


class ClaimPairs(unittest.TestCase):
    """One table of claim pairs written for these tests, each with what a careful reader
    makes of it; every kind of look-alike the issue names has a row."""
    ROWS = [
        # (what, first report's claim, second report's, expected, extra arguments)
        ("sizes in two unit systems", "The 90-metre span of the bridge fell first.",
         "The 500ft span of the bridge fell first.", "disagree", {}),
        ("sizes that agree after conversion", "The 90-metre span of the bridge fell first.",
         "The 295ft span of the bridge fell first.", "agree", {}),
        ("a size given twice, in brackets", "The 300 metre (985 foot) long Orla sank.",
         "The 300m-long Orla sank.", "agree", {}),
        ("a bracketed size that does not convert", "The 300 metre (1400 foot) long Orla sank.",
         "The 300m-long Orla sank.", "disagree", {}),
        ("a name spelled two ways", "The 300m-long Evenstar sank.",
         "The 410m-long Even Star sank.", "disagree", {}),
        ("counts with approximations", "About 60 wagons derailed.",
         "Nearly 45 wagons derailed.", "disagree", {}),
        ("counts within approximations", "About 60 wagons derailed.",
         "Some 58 wagons derailed.", "agree", {}),
        ("more than N and a value above", "More than 2,700 tons of grain burned.",
         "2,750 tonnes of grain burned.", "agree", {}),
        ("a range and a value inside it", "Some 400-600 wagons derailed.",
         "About 500 wagons derailed.", "not comparable", {}),
        ("fewer than N and a value below", "Fewer than 30 copies survive.",
         "Roughly 25 copies survive.", "agree", {}),
        ("all N of a thing", "All 212 passengers escaped.",
         "The plane carried 198 passengers.", "disagree", {}),
        ("the same count of two things", "The airliner with 240 passengers landed.",
         "The helicopter with 4 passengers landed.", "not comparable", {}),
        ("ages", "The 120-year-old lighthouse stood by the bridge.",
         "The nearly century-old lighthouse stood by the bridge.", "disagree", {}),
        ("ages as words", "The over-a-century-old lighthouse stood by the bridge.",
         "The 112-year-old lighthouse stood by the bridge.", "agree", {}),
        ("an age of one of many", "A 12-year-old boy was rescued.",
         "A 14-year-old boy was rescued.", "not comparable", {}),
        ("distances away", "It was heard in Corvo, some 310km away.",
         "It was heard in Corvo, which lies 260 km away.", "disagree", {}),
        ("distances rounded", "It was heard in Corvo, some 310km away.",
         "It was heard in Corvo, which lies 300 km away.", "agree", {}),
        ("distances in miles", "The column stopped within 200 kilometres of Ostrava.",
         "The column stopped roughly 190 miles from Ostrava.", "disagree", {}),
        ("heights fallen", "Cars plunged 40ft into the river.",
         "A van fell 25 metres into the river.", "disagree", {}),
        ("populations", "Floods cut off Orvan, a town of some 89,000.",
         "Orvan, with a population of at least 120,000, was cut off.", "disagree", {}),
        ("sums of money, rounded", "The painting sold for $12.4 million.",
         "The painting sold for $12 million.", "agree", {}),
        ("sums of money", "The painting sold for $12 million.",
         "The painting sold for $19 million.", "disagree", {}),
        ("a sum of another year", "The painting sold for $12 million.",
         "A sketch sold for $3 million in 2015.", "not comparable", {}),
        ("durations, rounded", "He was freed after approximately 30 minutes of questioning.",
         "He was freed after 29 minutes of questioning.", "agree", {}),
        ("inches and centimetres", "The 26 inch tall portrait hung in the hall.",
         "The 67.5cm tall portrait hung in the hall.", "agree", {}),
        ("inches and centimetres apart", "The 26 inch tall portrait hung in the hall.",
         "The 80cm tall portrait hung in the hall.", "disagree", {}),
        ("kilometres and miles", "The column stopped 160 km from Ostrava.",
         "The column stopped 100 miles from Ostrava.", "agree", {}),
        ("days counted with both ends", "It ended the 18-day ordeal of the boys.",
         "It ended the 17-day ordeal of the boys.", "agree", {}),
        ("days apart", "It ended the 18-day ordeal of the boys.",
         "It ended the 12-day ordeal of the boys.", "disagree", {}),
        ("temperatures in two scales", "The 104°F heat closed the roads.",
         "The 40°C heat closed the roads.", "agree", {}),
        ("a toll that rose", "The collapse killed 12 people.",
         "The collapse killed 19 people.", "update", {"second_day": "2024-05-10"}),
        ("a toll revised down", "The collapse killed 40 people.",
         "The collapse killed 31 people.", "update", {"second_day": "2024-05-10"}),
        ("one toll, one day", "The collapse killed 12 people.",
         "The collapse killed 19 people.", "disagree", {}),
        ("unrelated stories", "The 90-metre span of the bridge fell first.",
         "The 500ft span of the bridge fell first.", "not comparable", {"other_story": True}),
        ("one speaker on two days", "Mayor Ilse Brandt said the town would rebuild.",
         "Mayor Ilse Brandt said the town would rebuild.", "not comparable",
         {"second_day": "2024-05-13"}),
    ]

    def test_table(self):
        for what, first, second, expected, extra in self.ROWS:
            with self.subTest(what=what):
                self.assertEqual(verdict(first, second, **extra), expected)

    def test_three_values_of_one_noun_are_several_things(self):
        reports = PAIR_STORY("The 8,000 fighters reached the city.",
                             "Its 25,000 fighters stayed at the bases.")
        reports.append(article("c", "The Tarn viaduct near Millau gave way on Monday, Ardena "
                                    "police said. The 5,000 fighters left the region.", DAY))
        self.assertEqual(timeline(*reports).conflicts, ())

    def test_a_revised_down_update_says_so(self):
        tl = timeline(*PAIR_STORY("The collapse killed 40 people.",
                                  "The collapse killed 31 people.", second_day="2024-05-10"))
        (u,) = tl.updates
        self.assertEqual(u.direction, "down")
        text = q.render_text(tl)
        self.assertIn("Updated figures", text)
        self.assertIn("revised down", text)


class HappeningFrames(unittest.TestCase):
    """A frame of a happening feeds its kind, clock time or part of the day and place."""

    def test_clock_times_of_one_kind_compare(self):
        landed = q.happening_figures("landing", clock=(460, "7:40 a.m.", "", True))
        after = q.happening_figures("landing", clock=(400, "shortly after 6:40 a.m.",
                                                      "shortly after", True))
        (a,), (b,) = landed, after
        self.assertEqual((a.subject, b.approximation), ("landing", "shortly after"))
        self.assertFalse(q.meet(a, b))

    def test_shortly_before_meets_the_minutes_before(self):
        (a,) = q.happening_figures("fire", clock=(54, "12.54am", "", True))
        (b,) = q.happening_figures("fire", clock=(60, "shortly before 1am", "shortly before",
                                                  False))
        self.assertTrue(q.meet(a, b))

    def test_parts_of_a_day_and_places(self):
        (a,) = q.happening_figures("departure", part=("evening", "Sunday evening"))
        (b, place) = q.happening_figures("departure", part=("afternoon", "Sunday afternoon"),
                                         place="Pyongyang")
        self.assertFalse(q.meet(a, b))
        self.assertEqual((place.quantity, place.subject), ("place", "departure"))


class SpeakerOnTwoDays(unittest.TestCase):
    def test_one_speakers_words_on_two_days_are_two_statements(self):
        tl = timeline(
            article("a", "Prime Minister Ovid Harl of Veland said on Friday that the crash "
                         "was a great sorrow for the nation.", "2024-05-10"),
            article("b", "Prime Minister Ovid Harl of Veland said on Monday that the crash "
                         "was a great sorrow for all.", "2024-05-13"))
        self.assertEqual(tl.conflicts, ())

    def test_a_deed_reported_on_two_days_still_disagrees(self):
        tl = timeline(
            article("a", "Late Sunday, the Veland interior ministry said it had accepted "
                         "offers of help from Spain, Norway and Chile.", "2024-05-07"),
            article("b", "On Monday, the Veland interior ministry announced that it had "
                         "accepted offers of help from Spain, Norway and Chile.", "2024-05-08"))
        self.assertEqual([sorted({x.value for x in c.claims}) for c in tl.conflicts],
                         [["2024-05-05", "2024-05-06"]])


if __name__ == "__main__":
    unittest.main()
