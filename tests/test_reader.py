"""What a reader sees first: the timeline's own title, reports named as people name them,
the spreadsheet export and the picture of the coverage. Every report here is written for
the tests."""
import csv
import io
import os
import unittest

from support import TempFiles, article, q, run, timeline
from test_formats import parse_page

# (what the case probes, [(title, text, published)], the title expected)
TITLES = (
    ("a named event the titles share, and the month of its happenings",
     [("Harrowgate bridge collapse: twelve missing",
       "The Harrowgate bridge collapsed into the river on Monday, the police said.",
       "2024-03-12"),
      ("Divers search the river after Harrowgate bridge collapse",
       "Divers searched the river on Tuesday for the missing.", "2024-03-13"),
      ("Mayor orders inquiry into Harrowgate bridge collapse",
       "The mayor ordered an inquiry into the collapse on Wednesday.", "2024-03-14")],
     "Harrowgate bridge collapse, March 2024"),
    ("no titles: the name the leads share, capitalised inside their sentences",
     [(None, "The coast was battered by Storm Odile on Tuesday, forecasters said.", "2024-05-08"),
      (None, "Rescuers searched villages hit by Storm Odile on Wednesday.", "2024-05-09"),
      (None, "Forecasters said that Storm Odile weakened on Thursday.", "2024-05-10")],
     "Storm Odile, May 2024"),
    ("Title Case titles give no evidence of names; a possessive is the name",
     [("Harbour Fire Destroys Warehouses", "A fire destroyed two warehouses at Kelmouth's "
       "harbour on Friday.", "2024-06-08"),
      ("Firefighters Praised After Blaze", "Firefighters who fought the Kelmouth harbour "
       "fire on Friday were praised on Saturday.", "2024-06-09"),
      ("Insurers Count The Cost", "Insurers said on Monday that the Kelmouth harbour fire "
       "would cost millions.", "2024-06-11")],
     "Kelmouth harbour fire, June 2024"),
    ("a name shared by only half the reports is not the story's",
     [("Tram strike in Velden", "Tram drivers in Velden walked out on Monday.", "2024-02-06"),
      ("Ferry fares rise", "Ferry fares rose by a tenth on Monday in Ostrava.", "2024-02-06"),
      ("Velden council meets", "The council met on Tuesday in Velden.", "2024-02-07"),
      ("Bakers close early", "Bakers in Ostrava closed early on Tuesday.", "2024-02-07")],
     q.PLAIN_TITLE),
    ("unrelated stories share nothing",
     [("Landslide cuts road", "A landslide cut the road to Brisk on Monday.", "2023-04-04"),
      ("Museum reopens", "The museum in Corran reopened on Tuesday.", "2023-04-05"),
      ("Striker signs", "Tomas Arel signed for Pellham on Wednesday.", "2023-04-06")],
     q.PLAIN_TITLE),
    ("one report shares nothing with another",
     [("Harrowgate bridge collapse", "The Harrowgate bridge collapsed on Monday.",
       "2024-03-12")],
     q.PLAIN_TITLE),
    ("a hyphenated name is kept whole; months and weekdays are never names",
     [(None, "Voters in Saint-Aubert went to the polls on Sunday in September.", "2024-09-09"),
      (None, "Counting in Saint-Aubert ended on Monday.", "2024-09-10"),
      (None, "The new mayor of Saint-Aubert took office on Tuesday.", "2024-09-11")],
     "Saint-Aubert, September 2024"),
    ("a weekday and a month that every report names are no subject",
     [(None, "A crane fell into the harbour at Velmora on Tuesday, in March, officials said.",
       "2024-03-13"),
      (None, "Divers searched the harbour at Velmora on Tuesday in March for the crane.",
       "2024-03-13")],
     "Velmora, March 2024"),
    ("happenings over two months, background years left out of the span",
     [("Velmar floods", "The Velmar floods began on June 28 and the river last rose this "
       "high in 1998.", "2024-07-02"),
      ("Velmar floods recede", "The Velmar floods receded on July 3.", "2024-07-04")],
     "Velmar floods, June to July 2024"),
)


def reports(rows) -> list:
    return [article(f"r{n}", text, published, **({"title": title} if title else {}))
            for n, (title, text, published) in enumerate(rows)]


class Title(TempFiles, unittest.TestCase):
    def test_titles_from_the_reports(self):
        for probe, rows, expected in TITLES:
            with self.subTest(probe):
                self.assertEqual(timeline(*reports(rows), title=None).title, expected)

    def test_the_same_title_whatever_the_order(self):
        for probe, rows, expected in TITLES:
            with self.subTest(probe):
                self.assertEqual(timeline(*reports(rows)[::-1], title=None).title, expected)

    def test_a_given_title_is_kept(self):
        path = self.write("in.json", reports(TITLES[0][1]))
        out, err, code = run("--articles", path, "--title", "Mine")
        self.assertEqual((code, err, out.splitlines()[0]), (0, "", "Mine"))

    def test_the_command_line_names_the_story(self):
        out, err, code = run("--articles", self.write("in.json", reports(TITLES[0][1])))
        self.assertEqual((code, err), (0, ""))
        self.assertEqual(out.splitlines()[0], "Harrowgate bridge collapse, March 2024")

    def test_the_builtin_run_keeps_its_title_and_its_reports_name_the_same_story(self):
        self.assertEqual(run()[0].splitlines()[0], q.BUILTIN_TITLE)
        derived = q.build_timeline(q.builtin_articles()).title
        self.assertEqual(derived, "Kim Jong Un, September 2023")

    def test_reports_without_a_date_of_their_own_get_a_title_and_no_invented_span(self):
        # Undated reports set no bound on the months; with no day known at all the title
        # is the subject alone (the reports' own dates, when written in full, still count).
        rows = [(title, text, None) for title, text, _ in TITLES[0][1]]
        for probe, dated in (("none dated", rows),
                             ("one dated", rows[:1] + [TITLES[0][1][1]] + rows[2:])):
            with self.subTest(probe):
                out, err, code = run("--articles", self.write("in.json", reports(dated)))
                self.assertEqual(code, 0)
                self.assertNotIn("Traceback", err)
                self.assertTrue(out.splitlines()[0].startswith("Harrowgate bridge collapse"))
                self.assertNotIn("1995", out.splitlines()[0])

    def test_a_folder_of_saved_pages(self):
        for n, (title, text, published) in enumerate(TITLES[0][1]):
            self.write(f"p{n}.html", f"""<!DOCTYPE html><html><head><title>{title} | The
                Courier</title><meta property="article:published_time" content="{published}">
                </head><body><article><h1>{title}</h1><p>{text}</p></article></body></html>""")
        out, err, code = run("--articles", self.tmpdir, "--format", "json")
        self.assertEqual((code, err), (0, ""))
        import json
        self.assertEqual(json.loads(out)["title"], "Harrowgate bridge collapse, March 2024")


def report(id_, published="2023-09-16", outlet=None, title=None) -> "q.Article":
    return q.Article(id_, published and q.date.fromisoformat(published), "", outlet, title)


# (what the case probes, reports, the labels expected in the same order)
LABELS = (
    ("the outlet, when known", [report("a", outlet="Coast Wire", title="Ferry adrift")],
     ["Coast Wire"]),
    ("else the title", [report("a", title="Ferry adrift in the strait")],
     ["Ferry adrift in the strait"]),
    ("a long title cut at a word boundary",
     [report("a", title="Ferry adrift for six hours in the Grisel Strait after engine failure")],
     ["Ferry adrift for six hours in the Grisel…"]),
    ("a title of one long word cut inside it", [report("a", title="x" * 60)],
     ["x" * 39 + "…"]),
    ("the id when there is nothing else", [report("s3")], ["s3"]),
    ("one outlet twice: told apart by date",
     [report("a", "2023-09-11", "Al Jazeera"), report("b", "2023-09-12", "Al Jazeera")],
     ["Al Jazeera, 11 Sep", "Al Jazeera, 12 Sep"]),
    ("dates of two years carry their years",
     [report("a", "2022-09-11", "Wire"), report("b", "2023-09-11", "Wire")],
     ["Wire, 11 Sep 2022", "Wire, 11 Sep 2023"]),
    ("one outlet twice on one day: then by id",
     [report("a", outlet="Wire"), report("b", outlet="Wire"), report("c", outlet="Post")],
     ["Wire, 16 Sep (a)", "Wire, 16 Sep (b)", "Post"]),
    ("one title twice", [report("a", "2023-09-11", title="Live: floods"),
                         report("b", "2023-09-12", title="Live: floods")],
     ["Live: floods, 11 Sep", "Live: floods, 12 Sep"]),
    ("one title twice, one report undated",
     [report("a", None, title="Crane falls"), report("b", "2023-09-12", title="Crane falls")],
     ["Crane falls, undated", "Crane falls, 12 Sep"]),
    ("two undated, of two years dated: then by id",
     [report("a", None, "Wire"), report("b", None, "Wire"), report("c", "2022-01-02", "Wire"),
      report("d", "2023-01-02", "Wire")],
     ["Wire, undated (a)", "Wire, undated (b)", "Wire, 2 Jan 2022", "Wire, 2 Jan 2023"]),
    ("an outlet that reads as another report's id",
     [report("a"), report("b", "2023-09-17", outlet="a")], ["a, 16 Sep", "a, 17 Sep"]),
)


class Labels(TempFiles, unittest.TestCase):
    def test_labels(self):
        for probe, articles, expected in LABELS:
            with self.subTest(probe):
                labels = q.article_labels(articles)
                self.assertEqual([labels[a.id] for a in articles], expected)

    def test_labels_in_every_citation_of_every_format(self):
        rows = [("Harrowgate bridge collapse: twelve missing", "The Harrowgate bridge "
                 "collapsed into the river on Monday, the police said.", "2024-03-12"),
                ("Harrowgate bridge collapse: divers search the river", "The Harrowgate "
                 "bridge collapsed into the river on Monday, the fire service said.",
                 "2024-03-13")]
        path = self.write("in.json", reports(rows))
        for fmt in ("text", "markdown", "html", "ics", "timelinejs", "csv"):
            with self.subTest(format=fmt):
                out, err, code = run("--articles", path, "--format", fmt, "--width", "200")
                self.assertEqual((code, err), (0, ""))
                self.assertIn("Harrowgate bridge collapse: twelve…", out)
                self.assertNotRegex(out, r"\br[01]\b")


NASTY = 'Le "maire", a dit:\nÜber — 市長が橋を開いた, مرحبا'


def disputed(**extra) -> list:
    """Three reports: two that disagree on a day's toll, and a later one that updates it."""
    return [
        article("a", "The storm hit the island on Monday and killed 12 people in the "
                     "northern villages.", published="2024-05-08", **extra),
        article("b", "The storm hit the island on Monday and killed 30 people in "
                     "the northern villages, the police said.", published="2024-05-08", **extra),
        article("c", "Divers searched the coast on Monday as the death toll from the storm "
                     "climbed to 55.", published="2024-05-10"),
    ]


def read_csv(text: str) -> list:
    """The rows of a CSV document as dicts, checking its header and its line ends."""
    assert "\n" not in text.replace("\r\n", ""), "a bare newline"
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == q.CSV_COLUMNS, rows[0]
    assert all(len(r) == len(q.CSV_COLUMNS) for r in rows), "a row of another width"
    return [dict(zip(rows[0], r)) for r in rows[1:]]


class Csv(TempFiles, unittest.TestCase):
    def expected_rows(self, path: str) -> tuple:
        """(entry rows, disagreement rows, update rows) the JSON of a run says there are."""
        import json
        doc = json.loads(run("--articles", path, "--format", "json")[0])
        return (sum(len(e["articles"]) for e in doc["events"]),
                sum(len(c["claims"]) for c in doc["conflicts"]),
                sum(len(c["claims"]) for c in doc["updates"]))

    def kinds(self, rows) -> tuple:
        return tuple(sum(r["kind"] == k for r in rows) for k in ("entry", "disagreement",
                                                                  "update"))

    def test_one_row_per_entry_and_report_and_per_side(self):
        path = self.write("in.json", disputed())
        out, err, code = run("--articles", path, "--format", "csv")
        self.assertEqual((code, err), (0, ""))
        rows = read_csv(out)
        expected = self.expected_rows(path)
        self.assertEqual(self.kinds(rows), expected)
        self.assertTrue(all(expected), expected)
        self.assertEqual(len(rows), sum(expected))

    def test_the_builtin_rows(self):
        out, err, code = run("--format", "csv")
        self.assertEqual((code, err), (0, ""))
        rows = read_csv(out)
        import json
        doc = json.loads(run("--format", "json")[0])
        self.assertEqual(self.kinds(rows)[0], sum(len(e["articles"]) for e in doc["events"]))
        told = {(r["date"], r["report"]) for r in rows if r["kind"] == "entry"}
        self.assertIn(("2023-09-12", "DW"), told)
        dw = next(r for r in rows if r["report"] == "DW")
        self.assertEqual((dw["outlet"], dw["published"], dw["url"]),
                         ("DW", "2023-09-16", "https://p.dw.com/p/4WPeQ"))
        planned = [r for r in rows if r["status"] == "planned"]
        self.assertTrue(planned)
        self.assertIn("2023-10", {r["date"] for r in rows if r["precision"] == "month"})

    def test_quotes_commas_line_breaks_and_other_scripts_in_every_field(self):
        rows = [dict(r, outlet=NASTY, title=NASTY, url="https://e.org/" + NASTY)
                for r in disputed()]
        for r in rows:
            r["id"] = r["id"] + NASTY
            r["text"] = r["text"].replace("storm", "storm, «the \"big\" one» (颱風)")
        path = self.write("in.json", rows)
        out, err, code = run("--articles", path, "--format", "csv")
        self.assertEqual((code, err), (0, ""))
        read = read_csv(out)
        self.assertEqual(len(read), sum(self.expected_rows(path)))
        one_line = " ".join(NASTY.split())
        for r in read:
            self.assertEqual(r["outlet"], one_line)
            self.assertEqual(r["url"], "https://e.org/" + one_line)
            self.assertIn('«the "big" one» (颱風)', r["sentence"] + r["summary"])
            self.assertTrue(r["report"].startswith(one_line[:20]), r["report"])

    def test_hostile_text_is_cleaned_and_never_a_formula(self):
        path = self.write("in.json", disputed(outlet="=HYPERLINK(\"http://x\")\x1b[2J",
                                              title="+1\u202e"))
        out, err, code = run("--articles", path, "--format", "csv")
        self.assertEqual((code, err), (0, ""))
        for char in ("\x1b", "\u202e"):
            self.assertNotIn(char, out)
        outlets = {r["outlet"] for r in read_csv(out)}
        self.assertIn("'=HYPERLINK(\"http://x\")", outlets)
        self.assertEqual([q.cell(t) for t in ("-5", "+3.5", "-x", "@a", "a=b", "")],
                         ["-5", "+3.5", "'-x", "'@a", "a=b", ""])

    def test_a_byte_order_mark_only_in_a_file_named_csv(self):
        path = self.write("in.json", disputed())
        out, _, _ = run("--articles", path, "--format", "csv")
        self.assertFalse(out.startswith("\ufeff"))
        for name, bom in (("t.csv", True), ("T.CSV", True), ("t.txt", False)):
            with self.subTest(name=name):
                target = os.path.join(self.tmpdir, name)
                self.assertEqual(run("--articles", path, "--format", "csv", "-o", target)[2], 0)
                with open(target, "rb") as f:
                    data = f.read()
                self.assertEqual(data.startswith("\ufeff".encode("utf-8")), bom)
                self.assertEqual(data.decode("utf-8-sig"), out)


def daily(days: int, reports: int = 2) -> list:
    """Reports that each tell a happening of every one of `days` days from 1 March 2024."""
    start = q.date(2024, 3, 1)
    out = []
    for r in range(reports):
        text = " ".join(f"The council met on {start + q.timedelta(days=d):%B} "
                        f"{(start + q.timedelta(days=d)).day} about item {d}." for d in range(days))
        out.append(article(f"r{r}", text, published="2024-06-30", outlet=f"Post {r}"))
    return out


class Coverage(TempFiles, unittest.TestCase):
    def test_reports_as_rows_days_as_columns(self):
        t = timeline(*disputed())
        cover = q.coverage(t)
        self.assertEqual(cover.rows, ("a", "b", "c"))
        self.assertTrue(all(c.when.precision == "day" for c in cover.columns))
        for (i, n), mark in cover.marks.items():
            for e in mark.entries:
                self.assertIn(i, t.events[e].articles)
                self.assertEqual(t.events[e].when, cover.columns[n].when)
        self.assertEqual({i for (i, _), m in cover.marks.items() if m.differs}, {"a", "b"})

    def test_months_when_there_are_too_many_days(self):
        for days, unit in ((q.COVERAGE_COLUMNS, "day"), (q.COVERAGE_COLUMNS + 9, "month")):
            with self.subTest(days=days):
                cover = q.coverage(timeline(*daily(days)))
                self.assertEqual({c.when.precision for c in cover.columns}, {unit})
                told = sum(len(m.entries) for m in cover.marks.values())
                self.assertEqual(told, 2 * days)

    def test_every_mark_links_to_its_entry_and_the_page_does_not_grow(self):
        path = self.write("in.json", disputed())
        out, err, code = run("--articles", path, "--format", "html")
        self.assertEqual((code, err), (0, ""))
        page = parse_page(out)
        ids = {a.get("id") for _, a in page.attrs}
        links = [a["href"] for tag, a in page.attrs if tag == "a" and a.get("href", "")[:1] == "#"]
        self.assertTrue(links)
        self.assertTrue(all(link[1:] in ids for link in links), links)
        self.assertIn('class="differs"', out)
        self.assertLess(out.index('id="coverage"'), out.index('id="timeline"'))
        self.assertRegex(out, r"\.coverage \{ overflow-x: auto;")

    def test_hostile_labels_in_the_picture_are_text(self):
        bad = '<img src=x onerror=alert(1)>"\u202e'
        path = self.write("in.json", disputed(outlet=bad, title=bad))
        out, err, code = run("--articles", path, "--format", "html", "--title", bad)
        self.assertEqual((code, err), (0, ""))
        page = parse_page(out)
        self.assertNotIn("img", page.tags)
        self.assertNotIn("\u202e", out)
        self.assertIn("&lt;img src=x onerror=alert(1)&gt;", out[out.index('id="coverage"'):])

    def test_text_table_within_the_width(self):
        path = self.write("in.json", daily(28, reports=3) + disputed(outlet="A very long "
                                                                     "outlet name" * 5))
        for width in (20, 40, 80, 100):
            with self.subTest(width=width):
                out, err, code = run("--articles", path, "--coverage", "--width", str(width))
                self.assertEqual((code, err), (0, ""))
                table = out[out.index("\nCoverage\n"):]
                self.assertTrue(all(len(line) <= width for line in out.splitlines()
                                    if line.startswith("  ")), width)
                self.assertIn("!", table)
                self.assertIn("Mar 2024", out)

    def test_the_builtin_table(self):
        out, err, code = run("--coverage", "--width", "100")
        self.assertEqual((code, err), (0, ""))
        lines = out[out.index("\nCoverage\n"):out.index("\n2022\n")].splitlines()
        self.assertIn("          Sep 2023          '23", lines)
        self.assertIn("     2022 12 13 14 15 16 17 Oct", lines)
        self.assertIn("  DW       !  !     •  •", lines)        # party to c1 on both entries

    def test_no_escape_reaches_the_terminal_through_the_table(self):
        path = self.write("in.json", disputed(outlet="a\x1b[2J\u202eb\x9b31m"))
        out, err, code = run("--articles", path, "--coverage")
        self.assertEqual((code, err), (0, ""))
        for char in ("\x1b", "\x9b", "\u202e", "\r"):
            self.assertNotIn(char, out)
        self.assertIn("ab31m, 8 May (a)", out[out.index("\nCoverage\n"):])

    def test_coverage_is_a_text_option(self):
        out, err, code = run("--coverage", "--format", "json")
        self.assertEqual((out, code), ("", 2))
        self.assertIn("--coverage", err)


class Progress(unittest.TestCase):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    def test_nothing_before_the_delay_nor_when_not_a_terminal(self):
        for stream, clock in ((self.Terminal(), iter([0, 1, 1.5, 1.9])),
                              (io.StringIO(), iter([0, 5, 10, 15]))):
            progress = q.progress_line(stream, lambda: next(clock))
            if progress:
                for n in range(1, 4):
                    progress(n, 3)
                progress.end()
            self.assertEqual(stream.getvalue(), "")

    def test_one_line_rewritten_then_cleared(self):
        stream, clock = self.Terminal(), iter([0, 3, 3.05, 3.5, 3.6])
        progress = q.progress_line(stream, lambda: next(clock))
        for n in (1000, 2000, 3000, 4000):
            progress(n, 10000)
        progress.end()
        self.assertEqual(stream.getvalue(), "\rread 1,000 of 10,000 reports\x1b[K"
                                            "\rread 3,000 of 10,000 reports\x1b[K\r\x1b[K")


if __name__ == "__main__":
    unittest.main()
