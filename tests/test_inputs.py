"""Inputs, formats, filters and conventions of the command line; bad input handled."""
import json
import os
import random
import signal
import subprocess
import sys
import time
import unittest

from support import TempFiles, article, q, run

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOOL = os.path.join(HERE, "q7x2_summit.py")

STORM = [
    article("g1", "The storm made landfall near the port on Tuesday, cutting power to "
                  "thousands of homes along the coast.", published="2024-03-01", outlet="Gazette"),
    article("h2", "Thousands of homes along the coast lost power on Tuesday when the storm "
                  "made landfall near the port.", published="2024-03-02", outlet="Herald"),
    article("h3", "The governor will visit the flooded port on Monday to meet rescue crews.",
            published="2024-03-02", outlet="Herald"),
]


def shell(*args, env=None, stdin=None, timeout=60):
    """(stdout, stderr, status) of the tool run as its own process."""
    done = subprocess.run([sys.executable, TOOL, *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, input=stdin, timeout=timeout)
    return done.stdout, done.stderr, done.returncode


class Inputs(TempFiles, unittest.TestCase):
    def test_json_array(self):
        out, err, code = run("--articles", self.write("s.json", STORM), "--format", "json")
        self.assertEqual((code, err), (0, ""))
        self.assertEqual([a["id"] for a in json.loads(out)["articles"]], ["g1", "h2", "h3"])

    def test_json_lines(self):
        path = self.write("s.jsonl", "\n".join(json.dumps(a) for a in STORM) + "\n\n")
        out, err, code = run("--articles", path, "--format", "json")
        self.assertEqual((code, err), (0, ""))
        self.assertEqual(len(json.loads(out)["articles"]), 3)

    def test_text_file_with_a_date_line(self):
        path = self.write("coast-report.txt", "date 2024-03-01 The storm made landfall near the "
                                              "port on Tuesday, cutting power to thousands.")
        doc = json.loads(run("--articles", path, "--format", "json")[0])
        self.assertEqual([(a["id"], a["published"]) for a in doc["articles"]],
                         [("coast-report", "2024-03-01")])
        self.assertEqual([e["date"] for e in doc["events"]], ["2024-02-27"])

    def test_text_file_with_published_option(self):
        path = self.write("plain.txt", "The storm made landfall near the port on Tuesday night.")
        out, err, code = run("--articles", path, "--published", "2024-03-01", "--format", "json")
        self.assertEqual((code, err), (0, ""))
        self.assertEqual(json.loads(out)["articles"][0]["published"], "2024-03-01")

    def test_several_inputs_and_stdin(self):
        first = self.write("a.json", STORM[:1])
        lines = "\n".join(json.dumps(a) for a in STORM[1:])
        out, err, code = run("--articles", first, "--articles", "-", "--format", "json",
                             stdin=lines)
        self.assertEqual((code, err), (0, ""))
        self.assertEqual(sorted(a["id"] for a in json.loads(out)["articles"]), ["g1", "h2", "h3"])

    def test_one_happening_in_two_files_is_one_entry(self):
        a, b = self.write("a.json", STORM[:1]), self.write("b.json", STORM[1:2])
        doc = json.loads(run("--articles", a, "--articles", b, "--format", "json")[0])
        self.assertEqual([(e["date"], e["articles"]) for e in doc["events"]],
                         [("2024-02-27", ["g1", "h2"])])

    def test_null_published_takes_the_texts_own_date(self):
        path = self.write("n.json", [article("n", " date 2023-09-16 Kim arrived in the port "
                                                  "city on Saturday to meet the governor.",
                                             published=None)])
        doc = json.loads(run("--articles", path, "--format", "json")[0])
        self.assertEqual(doc["articles"][0]["published"], "2023-09-16")


class Formats(TempFiles, unittest.TestCase):
    def test_markdown(self):
        out, err, code = run("--format", "markdown")
        self.assertEqual((code, err), (0, ""))
        self.assertTrue(out.startswith(f"# {q.BUILTIN_TITLE}\n"))
        self.assertIn("\n## Saturday 16 September 2023\n", out)
        self.assertIn("- **Planned:** ", out)

    def test_markdown_escapes_article_text(self):
        path = self.write("m.json", [article("m", "The *mayor* opened [the] bridge_one on "
                                                  "Saturday in the <city> | centre.")])
        out = run("--articles", path, "--format", "markdown")[0]
        self.assertIn(r"The \*mayor\* opened \[the\] bridge\_one on Saturday in the \<city\> "
                      r"\| centre.", out)

    def test_output_file_is_written_whole(self):
        target = os.path.join(self.tmpdir, "out.json")
        out, err, code = run("--format", "json", "-o", target)
        self.assertEqual((code, out, err), (0, "", ""))
        with open(target, encoding="utf-8") as f:
            self.assertIn("events", json.load(f))
        self.assertEqual(os.listdir(self.tmpdir), ["out.json"])

    def test_output_file_is_not_touched_on_bad_input(self):
        target = self.write("out.txt", "before")
        out, err, code = run("--articles", self.tmpdir + "/missing.json", "-o", target)
        self.assertEqual(code, 2)
        with open(target, encoding="utf-8") as f:
            self.assertEqual(f.read(), "before")

    def test_output_into_a_missing_folder_is_an_error(self):
        out, err, code = run("-o", os.path.join(self.tmpdir, "no", "such", "out.txt"))
        self.assertEqual((code, out, len(err.splitlines())), (2, "", 1))


class Filters(unittest.TestCase):
    def dates(self, *args):
        return [e["date"] for e in json.loads(run("--format", "json", *args)[0])["events"]]

    def test_since_and_until_are_inclusive(self):
        self.assertEqual(set(self.dates("--since", "2023-09-13", "--until", "2023-09-14")),
                         {"2023-09-13", "2023-09-14"})

    def test_month_and_year_entries_kept_when_they_overlap(self):
        got = self.dates("--since", "2022-12-31", "--until", "2023-10-01")
        self.assertIn("2022", got)
        self.assertIn("2023-10", got)
        self.assertNotIn("2022", self.dates("--since", "2023-01-01"))


class Conventions(unittest.TestCase):
    def test_no_colour_when_piped(self):
        self.assertNotIn("\x1b", run()[0])

    def test_colour_always(self):
        self.assertIn("\x1b[1m", run("--color", "always")[0])

    def test_no_colour_when_no_color_is_set(self):
        old = os.environ.get("NO_COLOR")
        os.environ["NO_COLOR"] = "1"
        try:
            self.assertNotIn("\x1b", run("--color", "always")[0])
        finally:
            if old is None:
                del os.environ["NO_COLOR"]
            else:
                os.environ["NO_COLOR"] = old

    def test_help_lists_every_format(self):
        out = run("--help")[0]
        for name in q.FORMATS:
            self.assertIn(name, out)


class BadInput(TempFiles, unittest.TestCase):
    """Each bad input: status 2, one line on stderr naming what is wrong, nothing on stdout."""

    def assertBad(self, args, *fragments, stdin=None):
        out, err, code = run(*args, stdin=stdin)
        self.assertEqual((code, out), (2, ""), err)
        self.assertEqual(len(err.splitlines()), 1, err)
        self.assertTrue(err.startswith("q7x2_summit: error: "), err)
        for fragment in fragments:
            self.assertIn(fragment, err)
        self.assertNotIn("Traceback", err)

    def articles(self, name, content, *fragments, mode="w"):
        path = self.write(name, content, mode)
        self.assertBad(["--articles", path], name, *fragments)

    def test_missing_file(self):
        self.assertBad(["--articles", self.tmpdir + "/none.json"], "none.json", "no such file")

    def test_an_empty_folder(self):
        self.assertBad(["--articles", self.tmpdir], self.tmpdir, "folder with no")

    @unittest.skipIf(hasattr(os, "geteuid") and os.geteuid() == 0, "root reads any file")
    def test_unreadable_file(self):
        path = self.write("locked.json", "[]")
        os.chmod(path, 0)
        self.assertBad(["--articles", path], "locked.json", "permission")

    def test_not_utf8(self):
        self.articles("latin.json", b'[{"id": "a", "published": "2023-09-16", "text": "caf\xe9"}]',
                      "UTF-8", mode="wb")

    def test_not_json(self):
        self.articles("bad.json", "this is not json", "not valid JSON")

    def test_json_cut_short(self):
        self.articles("cut.json", '[{"id": "a", "published": "2023-09-16", "te', "cut short")

    def test_json_nested_deeply(self):
        self.articles("deep.json", "[" * 100000 + "]" * 100000, "nested")

    def test_top_level_not_an_array(self):
        self.articles("obj.json", {"id": "a"}, "top level must be an array")

    def test_jsonl_line_not_an_object(self):
        self.articles("lines.jsonl", json.dumps(STORM[0]) + "\n[1, 2]\n", "line 2", "object")

    def test_jsonl_line_not_json(self):
        self.articles("lines.jsonl", json.dumps(STORM[0]) + "\n{oops\n", "line 2")

    def test_article_not_an_object(self):
        self.articles("list.json", ["just a string"], "article 1", "object")

    def test_required_fields(self):
        for key in ("id", "published", "text"):
            for value, problem in ((..., "missing"), ("", "empty"), ("  ", "empty"),
                                   (42, "must be a string"), (["x"], "must be a string")):
                obj = dict(STORM[0])
                if value is ...:
                    del obj[key]
                else:
                    obj[key] = value
                with self.subTest(key=key, value=value):
                    self.articles("fields.json", [obj], f"'{key}'", problem)

    def test_same_id_twice(self):
        self.articles("twice.json", [STORM[0], STORM[0]], "'g1'", "twice")

    def test_same_id_twice_on_standard_input(self):
        import json
        self.assertBad(["--articles", "-"], "<stdin>", "'g1'", "twice",
                       stdin=json.dumps([STORM[0], STORM[0]]))

    def test_same_id_in_two_files(self):
        a, b = self.write("a.json", STORM[:1]), self.write("b.json", STORM[:1])
        self.assertBad(["--articles", a, "--articles", b], "b.json", "'g1'", "twice")

    def test_published_not_a_real_date(self):
        for value in ("2023-02-30", "yesterday", "20230916", "2023-9-16"):
            with self.subTest(value=value):
                self.articles("date.json", [dict(STORM[0], published=value)], value, "real date")

    def test_since_or_until_not_a_date(self):
        self.assertBad(["--since", "last week"], "--since", "real date")
        self.assertBad(["--until", "2023-13-01"], "--until", "real date")

    def test_no_articles(self):
        self.articles("empty.json", [], "no articles")
        self.articles("empty.jsonl", "\n\n", "no articles")

    def test_text_file_without_a_date(self):
        self.articles("undated.txt", "The storm made landfall on Tuesday.", "--published")

    def test_empty_stdin(self):
        self.assertBad(["--articles", "-"], "<stdin>", stdin="")

    def test_unknown_option_and_format(self):
        self.assertBad(["--frobnicate"], "usage")
        self.assertBad(["--format", "pdf"], "usage", "pdf")


class HostileText(TempFiles, unittest.TestCase):
    def test_escapes_and_controls_never_reach_the_terminal(self):
        text = ("The \x1b[31mmayor\x1b[0m opened the \x07bridge\x1b]0;owned\x07 on Saturday "
                "in the \x9b2Jcity centre\u202e.")
        path = self.write("h.json", [article("h\x1b[2J", text, title="T\x1b[5m", outlet="O\x00")])
        for fmt in ("text", "markdown"):
            out, err, code = run("--articles", path, "--format", fmt, "--title", "x\x1b[1my")
            self.assertEqual((code, err), (0, ""))
            self.assertIn("mayor", out)
            self.assertFalse([c for c in out if (ord(c) < 32 and c != "\n") or 0x7f <= ord(c) < 0xa0],
                             fmt)

    def test_json_keeps_the_text_escaped(self):
        path = self.write("h.json", [article("h", "The \x1b[31mmayor opened the bridge on Saturday.")])
        out = run("--articles", path, "--format", "json")[0]
        self.assertNotIn("\x1b", out)
        self.assertIn("\\u001b", out)


class SameInputSameBytes(TempFiles, unittest.TestCase):
    def test_order_of_articles_does_not_matter(self):
        corpus = [dict(a, id=f"r{i}") for i, a in enumerate(
            json.loads(json.dumps([{"id": r["id"], "published": r["published"], "text": r["text"],
                                    "outlet": r["outlet"]} for r in q.REPORTS])))]
        outputs = set()
        for seed in range(4):
            random.Random(seed).shuffle(corpus)
            path = self.write(f"c{seed}.json", corpus)
            outputs.add(run("--articles", path, "--format", "json")[0])
        self.assertEqual(len(outputs), 1)

    def test_hash_seed_does_not_matter(self):
        outputs = {shell("--format", "json", env={"PYTHONHASHSEED": seed})[0]
                   for seed in ("0", "1", "12345")}
        self.assertEqual(len(outputs), 1)


class PipesAndSignals(unittest.TestCase):
    def test_closed_pipe_ends_quietly(self):
        done = subprocess.run(["sh", "-c", f'"{sys.executable}" "{TOOL}" --format json | head -1'],
                              capture_output=True, text=True, timeout=60)
        self.assertEqual((done.stdout, done.stderr), ("{\n", ""))

    def test_interrupt_is_status_130_and_one_line(self):
        tool = subprocess.Popen([sys.executable, TOOL, "--articles", "-"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(1.0)                     # blocked reading stdin
        tool.send_signal(signal.SIGINT)
        out, err = tool.communicate(timeout=60)
        self.assertEqual((tool.returncode, out), (130, b""))
        self.assertEqual(err.decode().splitlines(), ["q7x2_summit: interrupted"])


if __name__ == "__main__":
    unittest.main()
