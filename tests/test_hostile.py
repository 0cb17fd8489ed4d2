"""Hostile input: no traceback, nothing raw on a terminal, files written as promised.
(How long hostile text takes is shown by benchmarks/worst_case.py: the tests time nothing.)"""
import json
import os
import stat
import subprocess
import sys
import unittest

from support import TempFiles, article, q, run

TOOL = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "q7x2_summit.py")
FORMATS = ["text", "markdown", "html", "json", "ics", "timelinejs", "csv"]
# what a terminal acts on: ESC, C1 controls (CSI is 0x9b), bidi overrides, line breaks
ACTIVE = ["\x1b", "\x9b", "\x85", "\u202e", "\u2066", "\r"]


def disputed(id_a: str = "a", id_b: str = "b", text_b: str = "", **extra) -> list:
    """Three reports: two that disagree on a day's toll, and a later one that updates it."""
    return [
        article(id_a, "The storm hit the island on Monday and killed 12 people in the "
                      "northern villages.", published="2024-05-08", **extra),
        article(id_b, text_b or "The storm hit the island on Monday and killed 30 people in "
                                "the northern villages, the police said.",
                published="2024-05-08", **extra),
        article("c", "Divers searched the coast on Monday as the death toll from the storm "
                     "climbed to 55.", published="2024-05-10"),
    ]


class ControlCharactersInIds(TempFiles, unittest.TestCase):
    def test_every_format_renders_and_prints_nothing_raw(self):
        for bad in ["a\x1b[2J", "a\x9b31m", "a\u202eb", "a\rb", "a\x85b"]:
            path = self.write("in.json", disputed(id_a=bad))
            for fmt in FORMATS:
                with self.subTest(id=bad, format=fmt):
                    out, err, code = run("--articles", path, "--format", fmt)
                    self.assertEqual((code, err), (0, ""))
                    if fmt != "json":
                        for char in ACTIVE:
                            self.assertNotIn(char, out.replace("\r\n", "\n"))

    def test_the_disagreement_is_still_shown(self):
        out, _, code = run("--articles", self.write("in.json", disputed(id_a="a\x1b[2J")))
        self.assertEqual(code, 0)
        self.assertIn("Where the reports differ", out)


class EscapesInDisputedSentences(TempFiles, unittest.TestCase):
    def test_disagreements_and_updates_are_cleaned_in_every_format(self):
        text = ("The storm hit the island on Monday and killed 30 people\x1b[2J\x1b]0;owned\x07 "
                "in the northern\u202e villages, the police said.")
        path = self.write("in.json", disputed(text_b=text))
        for fmt in FORMATS:
            with self.subTest(format=fmt):
                out, err, code = run("--articles", path, "--format", fmt)
                self.assertEqual((code, err), (0, ""))
                for char in ACTIVE:
                    self.assertNotIn(char, out.replace("\r\n", "\n"))

    def test_json_keeps_the_data_escaped_not_raw(self):
        path = self.write("in.json", disputed(text_b="The storm hit the island on Monday and "
                                                     "killed 30 people\u202e in the north."))
        out, _, _ = run("--articles", path, "--format", "json")
        self.assertNotIn("\u202e", out)
        self.assertIn("\\u202e", out)
        self.assertIn("people\u202e in", json.dumps(json.loads(out), ensure_ascii=False))


class OneLineFields(TempFiles, unittest.TestCase):
    def test_a_newline_in_a_field_forges_no_line(self):
        forged = "Wire\n2099-01-01 reported FAKE ENTRY\nEND:VEVENT"
        path = self.write("in.json", disputed(outlet=forged, title=forged,
                                              url="https://x.org/a\n| b | c |"))
        for fmt in ("text", "markdown", "ics"):
            with self.subTest(format=fmt):
                out, _, code = run("--articles", path, "--format", fmt)
                self.assertEqual(code, 0)
                lines = out.replace("\r\n", "\n").split("\n")
                self.assertFalse(any(line.startswith(("2099-01-01", "END:VEVENT FAKE"))
                                     for line in lines))
                self.assertEqual(sum(line == "END:VEVENT" for line in lines),
                                 out.count("BEGIN:VEVENT"))

    def test_a_bar_in_a_url_keeps_the_markdown_table(self):
        path = self.write("in.json", disputed(url="https://x.org/a|b|c"))
        out, _, _ = run("--articles", path, "--format", "markdown")
        rows = [line for line in out.splitlines() if line.startswith("| a ")]
        self.assertEqual(len(rows), 1)
        self.assertEqual(rows[0].count("|") - rows[0].count("\\|"), 4)

    def test_an_error_naming_a_path_with_a_newline_is_one_line(self):
        _, err, code = run("--articles", "no\nsuch\rfile.json")
        self.assertEqual(code, 2)
        self.assertEqual(err.count("\n"), 1)
        self.assertNotIn("\r", err)


class BadInputIsOneLine(TempFiles, unittest.TestCase):
    def check_bad(self, path: str, *words: str):
        out, err, code = run("--articles", path)
        self.assertEqual((out, code, err.count("\n")), ("", 2, 1))
        for word in words:
            self.assertIn(word, err)

    def test_a_lone_surrogate_in_any_field_is_bad_input(self):
        for field, value in [("text", "The council met on Monday \ud800 in the hall."),
                             ("id", "a\udc9b"), ("outlet", "Wire\ud83d"), ("title", "\udfff")]:
            with self.subTest(field=field):
                obj = {"id": "a", "published": "2024-05-08",
                       "text": "The council met on Monday in the hall.", field: value}
                path = self.write("in.json", json.dumps([obj]))     # escaped: \\ud800
                self.check_bad(path, "lone surrogate", f"'{field}'")

    def test_a_number_of_five_thousand_digits(self):
        path = self.write("in.json", '[{"id": "a", "published": "2024-05-08", "text": "x", '
                                     '"n": ' + "9" * 5000 + "}]")
        self.check_bad(path, "not valid JSON")


class CalendarDates(unittest.TestCase):
    def ics(self, published: str, text: str) -> str:
        return q.render_ics(q.build_timeline([q.article_from_dict(
            article("a", text, published), "t")], "T"))

    def test_the_last_day_of_year_9999_has_no_day_after_it(self):
        out = self.ics("9999-12-31", "The council met today in the old hall.")
        self.assertIn("DTSTART;VALUE=DATE:99991231", out)
        self.assertNotIn("DTEND", out)

    def test_a_year_before_1000_has_eight_digits(self):
        out = self.ics("0999-06-16", "The council met yesterday in the old hall.")
        self.assertIn("DTSTART;VALUE=DATE:09990615\r\n", out)
        self.assertIn("DTEND;VALUE=DATE:09990616\r\n", out)


class OutputThatCannotBeWritten(unittest.TestCase):
    def shell(self, redirect: str):
        return subprocess.run(f'"{sys.executable}" "{TOOL}" {redirect}', shell=True,
                              capture_output=True, text=True)

    @unittest.skipUnless(os.path.exists("/dev/full"), "needs /dev/full")
    def test_a_full_disk_is_one_line_and_a_failure(self):
        for fmt in ("text", "json"):
            with self.subTest(format=fmt):
                done = self.shell(f"--format {fmt} > /dev/full")
                self.assertEqual(done.returncode, 1)
                self.assertEqual(done.stderr.count("\n"), 1)
                self.assertIn("no space left", done.stderr)

    def test_a_closed_stdout_is_one_line_and_a_failure(self):
        done = self.shell(">&-")
        self.assertEqual((done.returncode, done.stderr.count("\n")), (1, 1))


class FileModes(TempFiles, unittest.TestCase):
    def test_a_new_file_follows_the_umask(self):
        old = os.umask(0o022)
        try:
            path = os.path.join(self.tmpdir, "out.html")
            self.assertEqual(run("--format", "html", "-o", path)[2], 0)
        finally:
            os.umask(old)
        self.assertEqual(stat.S_IMODE(os.stat(path).st_mode), 0o644)

    def test_an_existing_file_keeps_its_mode(self):
        path = self.write("out.txt", "old")
        os.chmod(path, 0o640)
        self.assertEqual(run("-o", path)[2], 0)
        self.assertEqual(stat.S_IMODE(os.stat(path).st_mode), 0o640)
        with open(path, encoding="utf-8") as f:
            self.assertTrue(f.read().startswith("Kim Jong Un's trip"))


if __name__ == "__main__":
    unittest.main()
