"""What a reader sees first: the timeline's own title, reports named as people name them,
the spreadsheet export and the picture of the coverage. Every report here is written for
the tests."""
import csv
import io
import os
import unittest

from support import TempFiles, article, q, run, timeline

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

    def test_a_folder_of_saved_pages(self):
        for n, (title, text, published) in enumerate(TITLES[0][1]):
            self.write(f"p{n}.html", f"""<!DOCTYPE html><html><head><title>{title} | The
                Courier</title><meta property="article:published_time" content="{published}">
                </head><body><article><h1>{title}</h1><p>{text}</p></article></body></html>""")
        out, err, code = run("--articles", self.tmpdir, "--format", "json")
        self.assertEqual((code, err), (0, ""))
        import json
        self.assertEqual(json.loads(out)["title"], "Harrowgate bridge collapse, March 2024")


if __name__ == "__main__":
    unittest.main()
