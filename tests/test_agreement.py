"""Where reports agree and where they differ: corroboration, disagreements, variants,
updates, wire reprints."""
import json
import unittest

from support import article, q, run, timeline


def differences(*articles):
    tl = timeline(*articles)
    return ([(c.kind, c.topic, sorted((x.article, x.value) for x in c.claims)) for c in tl.conflicts],
            [(c.kind, c.topic, [(x.article, x.value) for x in c.claims]) for c in tl.updates])


class Disagreements(unittest.TestCase):
    def test_reports_that_date_one_happening_differently(self):
        conflicts, updates = differences(
            article("a", "The foreign ministers arrived in Geneva on Monday for the nuclear "
                         "talks.", published="2024-05-08"),
            article("b", "The foreign ministers arrived in Geneva on Tuesday for the nuclear "
                         "talks, officials said.", published="2024-05-08"))
        self.assertEqual(conflicts, [("date", "when the arrival happened",
                                      [("a", "2024-05-06"), ("b", "2024-05-07")])])
        self.assertEqual(updates, [])

    def test_different_figures_for_one_quantity_on_one_day(self):
        conflicts, _ = differences(
            article("a", "The storm hit the island on Monday and killed 12 people in the "
                         "northern villages.", published="2024-05-08"),
            article("b", "The storm hit the island on Monday and killed 30 people in the "
                         "northern villages, the police said.", published="2024-05-08"))
        self.assertEqual(conflicts, [("figure", "the number of dead, as of Wednesday 8 May 2024",
                                      [("a", "12 dead"), ("b", "30 dead")])])

    def test_a_later_report_revising_a_figure_is_an_update(self):
        conflicts, updates = differences(
            article("a", "The ferry sank off the cape on Monday, and the death toll rose to 40 "
                         "by the evening.", published="2024-05-07"),
            article("b", "Divers reached the ferry that sank off the cape on Monday as the death "
                         "toll climbed to 55.", published="2024-05-08"))
        self.assertEqual(conflicts, [])
        self.assertEqual(updates, [("update", "the number of dead",
                                    [("a", "40 dead"), ("b", "55 dead")])])

    def test_compatible_figures_do_not_disagree(self):
        conflicts, updates = differences(
            article("a", "The leaders met on Wednesday at the cosmodrome, nearly 8,000 "
                         "kilometers east of Moscow.", published="2023-09-16"),
            article("b", "The leaders met at the cosmodrome, approximately 8,000 kilometers from "
                         "Moscow on Wednesday.", published="2023-09-16"))
        self.assertEqual((conflicts, updates), ([], []))

    def test_reports_adding_different_details_do_not_disagree(self):
        conflicts, updates = differences(
            article("a", "The president opened the new hospital in Leeds on Friday and met "
                         "the nurses.", published="2024-05-11"),
            article("b", "The new hospital in Leeds, opened by the president on Friday, has "
                         "400 beds and a helicopter pad.", published="2024-05-11"))
        self.assertEqual((conflicts, updates), ([], []))

    def test_arrivals_in_different_places_are_not_one_happening(self):
        conflicts, _ = differences(
            article("a", "The delegation arrived in Russia on Tuesday by train.",
                    published="2023-09-16"),
            article("b", "The delegation arrived in Vladivostok on Saturday by train, meeting "
                         "the governor.", published="2023-09-16"))
        self.assertEqual(conflicts, [])


class Variants(unittest.TestCase):
    def test_spellings_of_one_detail_are_shown_once(self):
        tl = timeline(
            article("a", "On Saturday Shoigu showed Kim the Kinzhal missile on a MiG-31 and the "
                         "Tu-95 bomber at the Knevichi airfield."),
            article("b", "Shoigu presented the Kinjal missile, a MiG-31I carrier and a Tu-95MS "
                         "bomber to Kim at Knevichi on Saturday."))
        self.assertEqual(len(tl.events), 1)
        self.assertEqual(tl.conflicts, ())
        self.assertEqual(tl.events[0].variants,
                         (("Kinjal", "Kinzhal"), ("MiG-31", "MiG-31I"), ("Tu-95", "Tu-95MS")))


class Corroboration(unittest.TestCase):
    WIRE = ("The central bank raised its main interest rate by half a point on Tuesday, its "
            "largest increase in two decades. The governor told reporters that inflation had "
            "become entrenched in services and wages across the whole economy.")

    def test_a_wire_story_reprinted_counts_once(self):
        tl = timeline(article("a", self.WIRE, published="2024-05-08", outlet="Gazette"),
                      article("b", "Advertisement\n\n" + self.WIRE, published="2024-05-08",
                              outlet="Herald"),
                      article("c", "Borrowing costs rose on Tuesday after the central bank lifted "
                                   "its main interest rate by half a point.",
                              published="2024-05-08", outlet="Post"))
        e = tl.events[0]
        self.assertEqual((e.articles, e.independent, e.reprints), (("a", "b", "c"), 2, (("a", "b"),)))
        text = " ".join(q.render_text(tl).split())
        self.assertIn("2 reports: Gazette = Herald (one wire story), Post", text)

    def test_independent_reports_each_count(self):
        tl = timeline(article("a", "The central bank raised its main interest rate on Tuesday."),
                      article("b", "On Tuesday the central bank lifted its main interest rate."))
        self.assertEqual((tl.events[0].independent, tl.events[0].reprints), (2, ()))


class Folding(unittest.TestCase):
    def test_one_report_dating_a_happening_apart_is_folded_into_the_majority(self):
        tl = timeline(
            article("a", "The ministers arrived in Geneva on Monday for the nuclear talks.",
                    published="2024-05-08"),
            article("b", "The foreign ministers arrived in Geneva on Monday for the nuclear "
                         "talks, diplomats said.", published="2024-05-08"),
            article("c", "The foreign ministers arrived in Geneva on Tuesday for the nuclear "
                         "talks.", published="2024-05-08"))
        self.assertEqual([(e.when.value, e.articles) for e in tl.events],
                         [("2024-05-06", ("a", "b", "c"))])
        self.assertEqual([sorted({x.value for x in c.claims}) for c in tl.conflicts],
                         [["2024-05-06", "2024-05-07"]])


class Output(unittest.TestCase):
    def test_builtin_disagreement_on_when_the_visit_began(self):
        doc = json.loads(run("--format", "json")[0])
        self.assertEqual(len(doc["conflicts"]), 1)
        c = doc["conflicts"][0]
        self.assertEqual((c["id"], c["kind"]), ("c1", "date"))
        said = {x["article"]: x["value"] for x in c["claims"]}
        self.assertEqual(said["s0"], "2023-09-13")
        self.assertIn("2023-09-12", said.values())
        texts = {a.id: " ".join(a.text.split()) for a in q.builtin_articles()}
        for x in c["claims"]:
            self.assertIn(x["text"], texts[x["article"]])
        concerned = [e for e in doc["events"] if "c1" in e["conflicts"]]
        self.assertEqual([e["date"] for e in concerned], ["2023-09-12", "2023-09-13"])
        self.assertIn("s0", concerned[1]["articles"])    # the minority's claim, on the meeting
        self.assertNotIn("s0", concerned[0]["articles"])     # its sentence tells

    def test_text_and_markdown_mark_the_entry_and_close_with_the_differences(self):
        for fmt in ("text", "markdown"):
            out = run("--format", fmt)[0]
            self.assertIn("Reports differ on when the arrival happened", out)
            self.assertIn("Where the reports differ", out)
            self.assertLess(out.index("Reports differ on"), out.index("Where the reports differ"))


if __name__ == "__main__":
    unittest.main()
