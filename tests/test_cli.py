"""The command line, run in process: stdout, stderr and exit status; the JSON shape."""
import json
import re
import unittest

from support import TempFiles, article, q, run


class DefaultRun(unittest.TestCase):
    def test_prints_the_builtin_timeline(self):
        out, err, code = run()
        self.assertEqual((code, err), (0, ""))
        self.assertTrue(out.startswith(q.BUILTIN_TITLE + "\n"))
        self.assertIn("Saturday 16 September 2023", out)
        self.assertIn("(planned)", out)

    def test_text_is_wrapped_to_80_columns_when_piped(self):
        out, _, _ = run()
        self.assertLessEqual(max(map(len, out.splitlines())), 80)

    def test_width_can_be_set(self):
        out, _, _ = run("--width", "60")
        self.assertLessEqual(max(map(len, out.splitlines())), 60)

    def test_output_is_deterministic(self):
        self.assertEqual(run()[0], run()[0])

    def test_help_shows_examples(self):
        out, err, code = run("--help")
        self.assertEqual((code, err), (0, ""))
        self.assertIn("examples:", out)

    def test_version(self):
        out, _, code = run("--version")
        self.assertEqual((code, out.strip()), (0, f"q7x2_summit {q.__version__}"))


class JsonShape(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        out, err, code = run("--format", "json")
        assert (code, err) == (0, ""), err
        cls.doc = json.loads(out)

    def test_top_level_keys(self):
        self.assertLessEqual({"title", "articles", "events", "conflicts"}, set(self.doc))
        self.assertIsInstance(self.doc["title"], str)
        self.assertIsInstance(self.doc["conflicts"], list)

    def test_articles(self):
        for a in self.doc["articles"]:
            self.assertLessEqual({"id", "outlet", "published", "title", "url"}, set(a))
            self.assertRegex(a["published"], r"^\d{4}-\d{2}-\d{2}$")

    def test_events_are_dated_in_order_with_a_status(self):
        events = self.doc["events"]
        self.assertTrue(events)
        for e in events:
            self.assertRegex(e["date"], r"^\d{4}(-\d{2}(-\d{2})?)?$")
            self.assertIn(e["status"], ("reported", "planned"))
            self.assertIsInstance(e["summary"], str)
            self.assertTrue(e["sources"])
        starts = [e["date"] + "-01-01"[len(e["date"]) - 4:] for e in events]
        self.assertEqual(starts, sorted(starts))

    def test_sources_quote_their_articles_verbatim(self):
        texts = {a.id: " ".join(a.text.split()) for a in q.builtin_articles()}
        ids = {a["id"] for a in self.doc["articles"]}
        for e in self.doc["events"]:
            for s in e["sources"]:
                self.assertIn(s["article"], ids)
                self.assertIn(s["text"], texts[s["article"]])
            self.assertIn(e["summary"], [s["text"] for s in e["sources"]])


class OtherCoverage(TempFiles, unittest.TestCase):
    def test_articles_file_replaces_the_builtin_reports(self):
        path = self.write("story.json", [
            article("x1", "The storm made landfall near the port on Tuesday, cutting power "
                          "to thousands of homes.", published="2024-03-01", outlet="Gazette")])
        out, err, code = run("--articles", path, "--title", "The storm", "--format", "json")
        self.assertEqual((code, err), (0, ""))
        doc = json.loads(out)
        self.assertEqual(doc["title"], "The storm")
        self.assertEqual([(e["date"], e["sources"][0]["article"]) for e in doc["events"]],
                         [("2024-02-27", "x1")])

    def test_missing_file_is_one_line_and_status_2(self):
        out, err, code = run("--articles", self.tmpdir + "/nope.json")
        self.assertEqual((code, out), (2, ""))
        self.assertEqual(len(err.splitlines()), 1)
        self.assertRegex(err, r"^q7x2_summit: error: .*nope\.json: ")

    def test_unknown_option_is_one_line_and_status_2(self):
        out, err, code = run("--frobnicate")
        self.assertEqual((code, out), (2, ""))
        self.assertEqual(len(err.splitlines()), 1)


class TextLayout(unittest.TestCase):
    def test_planned_entries_are_marked_and_sources_listed(self):
        out, _, _ = run()
        planned = [line for line in out.splitlines() if "(planned)" in line]
        self.assertTrue(planned)
        self.assertTrue(re.search(r"\[(?:[\w ]+, )*[\w ]+(?:, \+\d+)?\]$", out, re.M))


if __name__ == "__main__":
    unittest.main()


class ManyReports(TempFiles, unittest.TestCase):
    def test_text_lists_fifty_reports_by_name_and_counts_the_rest(self):
        path = self.write("many.json", [article(f"r{n:02d}", "The council met on Friday in the "
                                                            "town hall to vote.") for n in range(60)])
        out = run("--articles", path)[0]
        self.assertIn("  … and 10 more (all in --format json)", out)
        self.assertIn("[60 reports: r00, r01, r02, +57]", " ".join(out.split()).replace(" ,", ","))
        self.assertEqual(len(json.loads(run("--articles", path, "--format", "json")[0])["articles"]), 60)
