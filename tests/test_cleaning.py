"""Page furniture is removed by general rules; prose is kept, verbatim."""
import textwrap
import unittest

from support import q

SCRAPED = textwrap.dedent("""\
     date 2023-09-16 The mayor opened the new bridge over the river on Saturday morning.

    1. Skip to content
      2. Skip to main menu
    PoliticsCity

    Mayor opens the river bridge

    September 16, 2023

    https://example.org/p/4WPeQ
    The mayor and the engineers cut a ribbon at the east end of the bridge.
    The bridge opened on SaturdayImage: City Hall/Handout/REUTERS

    Advertisement

    WATCH: What the new bridge means for commuters in the city?

    Crowds gathered along both banks of the river to watch the ceremony.

    Is the bridge worth its cost?

    SPRINGFIELD, Illinois (AP) — The bridge cost the city 40 million dollars over four years.

    tg/mm (AFP, Reuters)

    Source :

    Leave a Reply

    Your email address will not be published. Required fields are marked *
    """)


def kept(text: str) -> list:
    return [s.text for s in q.sentences(q.prose_paragraphs(text))]


class Furniture(unittest.TestCase):
    def test_only_the_prose_is_kept_and_captions_come_last_without_credits(self):
        self.assertEqual(kept(SCRAPED), [
            "The mayor opened the new bridge over the river on Saturday morning.",
            "Crowds gathered along both banks of the river to watch the ceremony.",
            "The bridge cost the city 40 million dollars over four years.",
            "The mayor and the engineers cut a ribbon at the east end of the bridge.",
            "The bridge opened on Saturday",
        ])

    def test_leading_date_line_gives_the_date_and_is_not_text(self):
        self.assertEqual(q.date_in_text(SCRAPED)[0].isoformat(), "2023-09-16")

    def test_a_dateline_line_gives_the_date(self):
        self.assertEqual(q.date_in_text("Title of it\n\nSeptember 16, 2023\n\nBody.")[0].isoformat(),
                         "2023-09-16")

    def test_headings_start_new_sections(self):
        paras = q.prose_paragraphs("One whole sentence of prose here.\n\nA Heading\n\n"
                                   "Another whole sentence of prose here.")
        self.assertEqual([p.section for p in paras], [0, 1])

    def test_builtin_output_has_no_furniture(self):
        out = q.render_text(q.build_timeline(q.builtin_articles(), "t"))
        for junk in ("Skip to", "Advertisement", "Leave a Reply", "Required fields", "http",
                     "Image:", "WATCH:", "tg/mm", "Source :"):
            self.assertNotIn(junk, out)


class Sentences(unittest.TestCase):
    def test_abbreviations_do_not_end_sentences(self):
        self.assertEqual(kept("The U.N. Security Council met on Sept. 13 in New York. "
                              "Mr. Miller said the U.S. would act on it."),
                         ["The U.N. Security Council met on Sept. 13 in New York.",
                          "Mr. Miller said the U.S. would act on it."])

    def test_quotes_close_sentences(self):
        self.assertEqual(kept("He said: “That’s why we came here.” (Kim) shows great interest in it."),
                         ["He said: “That’s why we came here.”", "(Kim) shows great interest in it."])

    def test_white_space_runs_collapse(self):
        self.assertEqual(kept("Kim Jong Un\xa0 arrived  in the city on Saturday."),
                         ["Kim Jong Un arrived in the city on Saturday."])


if __name__ == "__main__":
    unittest.main()
