"""The article text of a web page (issue 17): the scoring extractor, rule by rule. Every page
here is a few lines written for the test it serves; none is copied from a site."""
import json
import unittest

from support import q

# Paragraphs of a made-up report, long enough to read as prose (commas and all).
STORY = [
    "The ferry company of Lowmarsh said on Monday that its two oldest boats, built in 1974, "
    "would be taken out of service at the end of the summer season.",
    "Passengers on the island route, which carries about 900 people a day in August, will be "
    "moved to a larger vessel, the company said, and timetables will change in October.",
    "The harbour master, who asked the council for a new pier last year, said the change "
    "would ease crowding on the quay, though residents fear longer waits in winter.",
    "A spokesman for the islanders' association said members would meet on Thursday, and "
    "that a petition against the cuts had been signed by more than 1,200 people.",
]
LEAD = ("Two ferries that have served the islands for fifty years will be retired, and the "
        "crossing will change, the operator announced.")
MENU = "<ul>" + "".join(f"<li><a href='/s{i}'>Section number {i}</a></li>" for i in range(8)) \
    + "</ul>"


def paras(lines) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def page(body: str, head: str = "", body_attrs: str = "", html_attrs: str = "") -> str:
    return (f"<!DOCTYPE html><html{html_attrs}><head><title>Ferries | Lowmarsh Post</title>"
            f"{head}</head><body{body_attrs}>{body}</body></html>")


def text_of(html: str) -> str:
    """The article text the tool finds in a page."""
    parser = q.PageParser()
    parser.feed(html)
    return q.page_text(parser, q.ld_article(parser.scripts))


def title_of(html: str) -> str:
    return q.page_from_html(html, None, "test").title


class Containers(unittest.TestCase):
    def test_the_article_is_the_best_scored_container(self):
        cases = [   # (rule, body)
            ("paragraphs beat a menu of links",
             f"<div class='top'>{MENU}</div><div class='x1'>{paras(STORY)}</div>"),
            ("paragraphs beat a list of short lines",
             "<div><p>Weather: rain</p><p>Tides: high at noon</p></div>"
             f"<div>{paras(STORY)}</div>"),
            ("a container named for the article wins a near tie",
             f"<div class='a'>{paras(STORY[:2])}</div>"
             f"<div class='story-body'>{paras(STORY[2:])}</div>"),
            ("text in <div>s without <p> is read too",
             "<div class='wrap'>" + "".join(f"<div>{s}</div>" for s in STORY) + "</div>"),
            ("a layout table's cell holds the article",
             f"<table><tr><td>{MENU}</td><td>{'<br><br>'.join(STORY)}</td></tr></table>"),
        ]
        for rule, body in cases:
            with self.subTest(rule):
                text = text_of(page(body))
                for line in STORY[2:]:
                    self.assertIn(line, text)
                self.assertNotIn("Section number", text)

    def test_an_article_cut_into_several_blocks_is_read_whole(self):
        blocks = "".join(f"<div class='module'><div class='module-text'><p>{s}</p></div></div>"
                         for s in STORY)
        text = text_of(page(f"<div class='modules'>{blocks}</div>"
                            f"<div class='more'>{MENU}</div>"))
        self.assertEqual(text.splitlines(), STORY)

    def test_blocks_named_as_the_article_s_are_read_with_it(self):
        box = "<div class='ad'><p>Buy a boat.</p></div>"
        cases = [   # (rule, body): STORY[:2] in one block, STORY[2:] in its namesake
            ("an article cut into sections of one layout",
             f"<div class='band'><div class='col-8'>{paras(STORY[:2])}</div></div>{box}"
             f"<div class='band'><div class='col-8'>{paras(STORY[2:])}</div></div>"),
            ("a question and its answers",
             f"<div class='question'><div class='post-text'>{paras(STORY[:2])}</div></div>"
             f"<div class='answers'><div class='answer'><div class='post-text'>"
             f"{paras(STORY[2:3])}</div></div>{box}<div class='answer'><div class='post-text'>{paras(STORY[3:])}"
             "</div></div></div>"),
            ("names that differ by a number",
             f"<section id='part-1'>{paras(STORY[:2])}</section>{box}"
             f"<section id='part-2'>{paras(STORY[2:])}</section>"),
            ("the best block's names, in a column that holds it alone",
             f"<div class='upper'><div class='col-a'><div class='text-inner'>{paras(STORY[:2])}"
             f"</div></div>{box}</div><div class='lower'><div class='col-b'><div "
             f"class='text-inner'>{paras(STORY[2:])}</div></div>{box}</div>"),
        ]
        for rule, body in cases:
            with self.subTest(rule):
                self.assertEqual(text_of(page(body)).splitlines(), STORY)

    def test_a_namesake_of_links_or_shown_twice_is_left_out(self):
        links = "".join(f"<li><a href='/{i}'>Another report on the ferries, number {i}, "
                        "with more</a></li>" for i in range(6))
        fact = ("The Lowmarsh ferry company, founded in 1921, runs four boats, and its "
                "crossings carry about 300,000 people a year.")
        cases = [   # (rule, body, what is left out)
            ("a block of the same names that is mostly links",
             f"<div class='box'>{paras(STORY)}</div>"
             f"<div class='box'><p>More:</p><ul>{links}</ul></div>", "Another report"),
            ("a box of facts shown twice",
             f"<div class='aside'><div class='fact'><p>{fact}</p></div></div><div class='col'>"
             f"<h2>Ferries</h2><div class='fact'>{paras(STORY)}</div></div>"
             f"<div class='aside'><div class='fact'><p>{fact}</p></div></div>", fact),
        ]
        for rule, body, out in cases:
            with self.subTest(rule):
                text = text_of(page(body))
                self.assertIn(STORY[-1], text)
                self.assertNotIn(out, text)

    def test_the_lead_of_an_article_is_read_with_its_body(self):
        cases = [   # (rule, body)
            ("a lead paragraph beside the body's block",
             f"<article><p class='standfirst'>{LEAD}</p>"
             f"<div class='body'>{paras(STORY)}</div></article>"),
            ("a lead in the article's own header",
             f"<article><header><h1>Ferries retired</h1><p>{LEAD}</p></header>"
             f"<div class='body'>{paras(STORY)}</div></article>"),
            ("a lead in a <div> before the body, in a <div>",
             f"<div class='story'><div class='intro'>{LEAD}</div>"
             f"<div class='body'>{paras(STORY)}</div></div>"),
        ]
        for rule, body in cases:
            with self.subTest(rule):
                self.assertEqual(text_of(page(body)).splitlines(), [LEAD] + STORY)

    def test_what_is_no_lead(self):
        links = f"<a href='/a'>{LEAD}</a>"
        cases = [   # (rule, body)
            ("a block of prose after the body",
             f"<div class='story'><div class='body'>{paras(STORY)}</div>"
             f"<div class='note'>{LEAD}</div></div>"),
            ("a block of links before the body",
             f"<div class='story'><div class='more'>{links}</div>"
             f"<div class='body'>{paras(STORY)}</div></div>"),
            ("a short line before the body", "<div class='story'><div class='kicker'>Ferries"
             f"</div><div class='body'>{paras(STORY)}</div></div>"),
        ]
        for rule, body in cases:
            with self.subTest(rule):
                self.assertEqual(text_of(page(body)).splitlines(), STORY)

    def test_the_headline_heads_the_article(self):
        head = "Two ferries to be retired at the end of the summer"
        cases = [   # (rule, body, first line)
            ("a headline above the article's block",
             f"<div class='top'><h1>{head}</h1></div><div class='x'>{paras(STORY)}</div>", head),
            ("a headline in the article, read once",
             f"<article><h1>{head}</h1>{paras(STORY)}</article>", head),
            ("a site's name in an <h1> of two words is no headline",
             f"<header><h1>Lowmarsh Post</h1></header><div>{paras(STORY)}</div>", STORY[0]),
        ]
        for rule, body, first in cases:
            with self.subTest(rule):
                lines = text_of(page(body)).splitlines()
                self.assertEqual(lines[0], first)
                self.assertEqual(lines.count(first), 1)

    def test_an_article_header_without_a_lead_is_left_out(self):
        body = (f"<article><header><h1>Ferries retired</h1><time datetime='2024-05-06'>6 May"
                f"</time></header>{paras(STORY)}</article>")
        self.assertEqual(text_of(page(body)).splitlines(), STORY)


class Furniture(unittest.TestCase):
    def test_blocks_named_for_furniture_are_left_out(self):
        furniture = [   # (class or id, what it holds)
            ("class='comments-area'", "Great article, thanks for writing it, really."),
            ("class='sidebar'", "Weekend events in the bay area this coming month."),
            ("class='share-tools'", "Send this page to a friend by mail, or print it out."),
            ("class='related-posts'", "Earlier: the pier was closed for repairs, again."),
            ("id='newsletter'", "Get the morning briefing in your inbox, every day."),
            ("class='most-read'", "A cat was rescued from a tree by the fire brigade."),
            ("class='cookie-notice'", "This site keeps small files on your computer."),
            ("class='social-links'", "Find the paper on every network you can name."),
            ("class='site-footer'", "The Lowmarsh Post, published by Lowmarsh Media Ltd."),
            ("class='breadcrumb'", "Home, then News, then Local, then this report."),
            ("class='row author-box'", "Jane Roe writes on the islands for the paper."),
            ("class='about-the-author'", "Jane Roe has covered the harbour since 2009."),
            ("class='post-author'", "Jane Roe, reporter, on the islands since 2015."),
            ("class='title-pop-up'", "Back the paper's reporting with a gift this month."),
            ("class='c-flyout'", "Every small gift keeps the lifeboats on the water."),
            ("class='community-notice'", "This post is a reader's blog, not the paper's."),
            ("class='no-print contact'", "Questions? Write to the newsroom at any hour."),
            ("class='box cta'", "Send us your letter for the page of readers' views."),
            ("id='donate-box'", "Give to the harbour fund and help keep it open."),
            ("class='entry-crumbs'", "Home, then Islands, then Ferries, then this page."),
        ]
        for names, words in furniture:
            with self.subTest(names):
                body = f"<div class='main'>{paras(STORY)}<div {names}><p>{words}</p></div></div>"
                text = text_of(page(body))
                self.assertNotIn(words, text)
                self.assertIn(STORY[-1], text)

    def test_names_on_body_and_html_are_the_layout_not_furniture(self):
        cases = [   # (rule, body attributes, html attributes)
            ("a body named for its sidebar", " class='page has-sidebar'", ""),
            ("a body named for a cookie banner", " class='cookie-consent-shown'", ""),
            ("an html named for comments", "", " class='js comments-enabled'"),
            ("a body id naming the footer", " id='sticky-footer'", ""),
            ("a body named for its pictures", " class='photo-gallery-page'", ""),
        ]
        for rule, body_attrs, html_attrs in cases:
            with self.subTest(rule):
                text = text_of(page(f"<div>{paras(STORY)}</div>", body_attrs=body_attrs,
                                    html_attrs=html_attrs))
                self.assertEqual(text.splitlines(), STORY)

    def test_an_article_named_for_its_author_is_no_author_s_box(self):
        cases = [   # (rule, the article's names)
            ("a blog's tag of its author", "post hentry author-jane-roe"),
            ("an author's name alone", "autor-jane-roe"),
        ]
        for rule, names in cases:
            with self.subTest(rule):
                notes = "".join(f"<li>{line}</li>" for line in [LEAD] * 8)   # more prose
                text = text_of(page(f"<article class='{names}'>{paras(STORY)}</article>"
                                    f"<ul>{notes}</ul>"))
                self.assertEqual(text.splitlines(), STORY)

    def test_a_wrapper_that_holds_most_of_the_prose_is_no_furniture(self):
        cases = [   # (rule, body)
            ("a layout named for the sidebar it has",
             f"<div class='layout-with-sidebar'><div class='col'>{paras(STORY)}</div>"
             "<div class='sidebar'><p>Weekend events in the bay area.</p></div></div>"),
            ("a page wrapped in a form",
             f"<form id='aspnetForm'><div>{paras(STORY)}</div></form>"),
            ("a header left open around the page",
             f"<header class='top'><div>{paras(STORY)}</div>"),
        ]
        for rule, body in cases:
            with self.subTest(rule):
                text = text_of(page(body))
                self.assertEqual(text.splitlines(), STORY)

    def test_hidden_blocks_scripts_and_menus_are_no_text(self):
        hidden = [
            "<div style='display: none'><p>A hidden survey asks for your opinion today.</p></div>",
            "<div hidden><p>A hidden survey asks for your opinion today.</p></div>",
            "<div aria-hidden='true'><p>A hidden survey asks for your opinion today.</p></div>",
            "<script>var s = '<p>A hidden survey asks for your opinion today.</p>';</script>",
            "<nav><p>A hidden survey asks for your opinion today.</p></nav>",
            "<aside><p>A hidden survey asks for your opinion today.</p></aside>",
        ]
        for block in hidden:
            with self.subTest(block):
                text = text_of(page(f"<div>{paras(STORY)}{block}</div>"))
                self.assertNotIn("survey", text)

    def test_lines_of_furniture_in_the_article_are_dropped(self):
        lines = ["Share this article", "Most read", "Download this article as PDF",
                 "Permalink https://example.org/p/1", "Foto © Jane Roe",
                 "Last updated 3 March 2024", "Drukuj", "Vea también: el puerto",
                 "Read more: the council says the pier will close for the winter, and the "
                 "islanders will have to take the longer road to the mainland",
                 "Read more: the pier closure", "Advertisement", "Comments (12)",
                 "Sign up for our newsletter", "Jetzt teilen!", "Lire aussi : le port",
                 "Photo: Jane Roe"]
        for line in lines:
            with self.subTest(line):
                body = f"<article>{paras(STORY[:2])}<p>{line}</p>{paras(STORY[2:])}</article>"
                self.assertEqual(text_of(page(body)).splitlines(), STORY)

    def test_short_lines_of_rights_are_dropped(self):
        cases = [   # (rule, line, dropped)
            ("a picture's rights", "Text and photo © Jane Roe 2024", True),
            ("a notice of rights", "The Lowmarsh Post 2024. All rights reserved.", True),
            ("Spanish", "El Puerto 2024. Todos los derechos reservados.", True),
            ("a long line that names them", "The council said the pictures, all rights "
             "reserved by the photographer, would be shown in the harbour office from "
             "Monday until the end of the summer.", False),
        ]
        for rule, line, dropped in cases:
            with self.subTest(rule):
                body = f"<article>{paras(STORY[:2])}<p>{line}</p>{paras(STORY[2:])}</article>"
                self.assertEqual(line not in text_of(page(body)), dropped)

    def test_reader_notices_in_the_article_are_dropped(self):
        cases = [   # (rule, line, dropped)
            ("follow on networks", "Follow the Lowmarsh Post on Twitter and Instagram, and "
             "send us your pictures of the harbour by message or by email.", True),
            ("an app to download", "For the latest stories and breaking news updates, "
             "download the Post's app for iOS and Android.", True),
            ("a newsletter, German", "Lust auf mehr? Melde dich hier für unseren Newsletter "
             "an und lies die besten Geschichten der Woche.", True),
            ("Spanish", "Síguenos en Telegram, Instagram, Facebook y Twitter.", True),
            ("a report of a call to follow",
             "Follow-up talks on the ferries will be held on Friday, the council said, "
             "and the result will be shared with the islanders.", False),
            ("a channel named in a report", "The company said on Twitter that the two "
             "ferries would be sold to an operator in the north.", False),
        ]
        for rule, line, dropped in cases:
            with self.subTest(rule):
                body = f"<article>{paras(STORY[:2])}<p>{line}</p>{paras(STORY[2:])}</article>"
                self.assertEqual(line not in text_of(page(body)), dropped)

    def test_headers_of_lists_boxes_and_credits_in_the_article_are_dropped(self):
        lines = [   # (kind, line)
            ("a read-also header, German", "Lesen Sie auch:"),
            ("a read-also header, Spanish", "Temas relacionados"),
            ("a read-also header, Portuguese", "Veja também: o porto"),
            ("a read-also header, Polish", "Zobacz również"),
            ("an author box", "About the author"),
            ("an author box, German", "Über den Autor"),
            ("a source credit", "Quelle: Hafenamt Lowmarsh"),
            ("a photo credit in brackets", "(Foto: privat)"),
            ("a category line", "Category: Local news"),
            ("a poll under the article", "War der Artikel hilfreich?"),
            ("a contact box", "Kontakt: Hafenamt, Tel. 0123"),
            ("an advertisement's label", "- Anzeige -"),
            ("a sponsored post's label", "*Werbung: dieser Beitrag nennt Marken"),
        ]
        for kind, line in lines:
            with self.subTest(kind):
                body = f"<article>{paras(STORY[:2])}<p>{line}</p>{paras(STORY[2:])}</article>"
                self.assertEqual(text_of(page(body)).splitlines(), STORY)

    def test_a_heading_that_heads_no_text_at_the_end_is_dropped(self):
        links = "<ul><li><a href='/a'>Earlier: the pier</a></li><li><a href='/b'>Earlier: " \
            "the quay</a></li></ul>"
        cases = [   # (rule, article, lines read)
            ("the heading of a list of links", f"{paras(STORY)}<h3>On the same topic</h3>{links}",
             STORY),
            ("headings of two such lists", f"{paras(STORY)}<h2>More</h2>{links}<h4>Also</h4>",
             STORY),
            ("a heading over text is kept", f"<h2>The harbour</h2>{paras(STORY)}",
             ["The harbour"] + STORY),
            ("a heading inside the text is kept",
             f"{paras(STORY[:2])}<h2>The harbour</h2>{paras(STORY[2:])}",
             STORY[:2] + ["The harbour"] + STORY[2:]),
        ]
        for rule, article, expected in cases:
            with self.subTest(rule):
                self.assertEqual(text_of(page(f"<article>{article}</article>")).splitlines(),
                                 expected)

    def test_a_line_of_a_date_or_time_alone_is_dropped(self):
        stamps = ["06.05.2024", "6/5/2024", "2024-05-06", "14:32", "06.05.2024 | 14:32 Uhr",
                  "10.30 a.m."]
        for stamp in stamps:
            with self.subTest(stamp):
                body = f"<article><p>{stamp}</p>{paras(STORY)}</article>"
                self.assertEqual(text_of(page(body)).splitlines(), STORY)
        kept = ["The score was 3:1 at half time.", "1.000.000", "On 06.05.2024 the ferry sailed."]
        for line in kept:
            with self.subTest(line):
                body = f"<article>{paras(STORY)}<p>{line}</p></article>"
                self.assertEqual(text_of(page(body)).splitlines(), STORY + [line])

    def test_a_short_line_naming_a_picture_agency_is_a_credit(self):
        credits = ["Lowmarsh Harbour/Getty Images", "AFP / JANE ROE", "iStock.com/jroe",
                   "Foto: dpa", "Reuters files"]
        for line in credits:
            with self.subTest(line):
                body = f"<article>{paras(STORY[:2])}<p>{line}</p>{paras(STORY[2:])}</article>"
                self.assertEqual(text_of(page(body)).splitlines(), STORY)
        kept = ("The harbour master told Reuters on Monday that the pier would stay open "
                "until the end of the season.")
        text = text_of(page(f"<article>{paras(STORY)}<p>{kept}</p></article>"))
        self.assertEqual(text.splitlines(), STORY + [kept])

    def test_a_long_line_that_opens_like_furniture_is_kept(self):
        line = ("Comments made by the harbour master at the meeting on Monday were welcomed "
                "by the islanders, who had asked for a new timetable for a year.")
        text = text_of(page(f"<article>{paras(STORY)}<p>{line}</p></article>"))
        self.assertIn(line, text)

    def test_a_block_of_links_in_the_article_is_dropped(self):
        links = "<ul><li><a href='/a'>Earlier: the pier</a></li><li><a href='/b'>Earlier: " \
            "the quay</a></li></ul>"
        text = text_of(page(f"<article>{paras(STORY)}{links}</article>"))
        self.assertEqual(text.splitlines(), STORY)


class Text(unittest.TestCase):
    def test_the_text_of_a_block_as_a_reader_sees_it(self):
        cases = [   # (rule, paragraph as written, as read)
            ("a word split by inline elements stays one word",
             "The <b>fer</b>ry sailed at <span>dawn</span>, the <a href='/c'>crew</a> said.",
             "The ferry sailed at dawn, the crew said."),
            ("soft hyphens and zero-width spaces are not text",
             "The ferry com\u00adpany said the boats\u200b would be retired.",
             "The ferry company said the boats would be retired."),
            ("a ruby reading is left out",
             "The sign read <ruby>港<rt>minato</rt></ruby> at the ferry terminal, they said.",
             "The sign read 港 at the ferry terminal, they said."),
            ("runs of spaces and line breaks are one space",
             "The ferry\n   company   said\tso on Monday.",
             "The ferry company said so on Monday."),
            ("a <br> breaks a line",
             "The ferry company said so.<br>The council did not answer.",
             "The ferry company said so.\nThe council did not answer."),
        ]
        for rule, written, read in cases:
            with self.subTest(rule):
                text = text_of(page(f"<article>{paras(STORY)}<p>{written}</p></article>"))
                self.assertTrue(text.endswith(read), text)

    def test_letters_are_read_in_their_composed_form(self):
        cases = [   # (as the page writes it, as the text gives it)
            ("Cafe\u0301 owners", "Café owners"),                 # e and an accent: é
            ("\u09b8\u09be\u09dc\u09c7", "\u09b8\u09be\u09a1\u09bc\u09c7"),   # Bengali, NFC
            ("Ångström", "Ångström"),                             # already composed
        ]
        for written, read in cases:
            with self.subTest(written):
                text = text_of(page(f"<div>{paras(STORY[:2])}<p>{written} and {STORY[2]}</p>"
                                    "</div>"))
                self.assertIn(f"{read} and", text)

    def test_an_empty_title_element_does_not_swallow_the_page(self):
        icons = [   # an icon's title written as an empty element, in several ways
            "<svg><title/><path d='M0 0'/></svg>",
            "<title/>",
            "<svg><title /></svg><svg><title/></svg>",
        ]
        for icon in icons:
            with self.subTest(icon):
                text = text_of(page(f"{icon}<article>{paras(STORY)}</article>"))
                self.assertEqual(text.splitlines(), STORY)
        self.assertEqual(title_of(page(f"<svg><title/></svg><div>{paras(STORY)}</div>")),
                         "Ferries")

    def test_a_picture_and_its_caption_are_left_out_but_not_text_drawn_as_a_figure(self):
        caption = "The older of the two ferries leaving the harbour on a summer evening."
        table = "<table><tr><td>Route</td><td>Crossings a day in August</td></tr></table>"
        cases = [   # (rule, the figure, its text, kept)
            ("a picture's caption", f"<figure><img src='f.jpg'><figcaption>{caption}"
             "</figcaption></figure>", caption, False),
            ("a caption without a figure", f"<figcaption>{caption}</figcaption>", caption,
             False),
            ("a picture's credit", "<figure><img src='f.jpg'><figcaption>Photo: Jane Roe"
             "</figcaption></figure>", "Jane Roe", False),
            ("a caption in a paragraph", f"<figure><img src='f.jpg'><figcaption>"
             f"<p>{caption}</p></figcaption></figure>", caption, False),
            ("a gallery's slide with paragraphs", f"<figure><img src='f.jpg'><figcaption>"
             f"<p>{caption}</p><p>{STORY[0]}</p></figcaption></figure>", caption, True),
            ("a table drawn as a figure", f"<figure>{table}</figure>",
             "Crossings a day in August", True),
            # a block named for a picture, as a picture
            ("a block named for a picture's caption", "<div class='img-wrap'><img src='f.jpg'>"
             f"<div class='photo-caption'>{caption}</div></div>", caption, False),
            ("a caption named in camel case", f"<p class='imageCaption'>{caption}</p>",
             caption, False),
            ("a picture's credit by its name", "<div class='credit'>Jane Roe</div>",
             "Jane Roe", False),
            ("a gallery's slide", f"<div class='gallery'><div class='slide'>{caption}</div>"
             "</div>", caption, False),
            ("a picture's legend", f"<div class='legend'><div>{caption}</div></div>", caption,
             False),
            ("a name that only ends in one of the words", "<div class='has-backgroundimage'>"
             f"<p>{caption}</p></div>", caption, True),
            ("a block named for a picture that holds paragraphs", "<div class='with-image'>"
             f"<p>{caption}</p><p>{STORY[0]}</p></div>", caption, True),
        ]
        for rule, figure, shown, kept in cases:
            with self.subTest(rule):
                text = text_of(page(f"<article>{paras(STORY[:2])}{figure}"
                                    f"{paras(STORY[2:])}</article>"))
                self.assertEqual(shown in text, kept)
                self.assertIn(STORY[3], text)


class Captions(unittest.TestCase):
    """A picture's caption is left out of the text but kept as a caption of the report, read
    after its text: its words are the report's words."""
    CAPTION = "Divers inspect the older of the two ferries at Lowmarsh on Tuesday"

    def test_which_captions_are_kept(self):
        cap = self.CAPTION
        cases = [   # (rule, the page's body, captions)
            ("a picture's caption", f"<article>{paras(STORY[:2])}<figure><img src='f.jpg'>"
             f"<figcaption>{cap}</figcaption></figure>{paras(STORY[2:])}</article>", (cap,)),
            ("its credit on a line, out", f"<article>{paras(STORY)}<figure><figcaption>{cap}"
             "<br><span>Photo: Jane Roe/AFP</span></figcaption></figure></article>", (cap,)),
            ("told twice, once", f"<article>{paras(STORY)}<figure><figcaption>{cap}</figcaption>"
             f"</figure><figure><figcaption>{cap}</figcaption></figure></article>", (cap,)),
            ("in a sidebar, furniture", f"<article>{paras(STORY)}</article><aside><figure>"
             f"<figcaption>{cap}</figcaption></figure></aside>", ()),
            ("in a block named for furniture", f"<article>{paras(STORY)}</article><div "
             f"class='related-stories'><figure><figcaption>{cap}</figcaption></figure></div>", ()),
            ("hidden", f"<article>{paras(STORY)}<figure><figcaption hidden>{cap}</figcaption>"
             "</figure></article>", ()),
            ("no picture", f"<article>{paras(STORY)}</article>", ()),
            ("nested, the outermost once", f"<article>{paras(STORY)}<figure><figcaption>"
             f"{cap}<figcaption>{cap}</figcaption></figcaption></figure></article>",
             (f"{cap} {cap}",)),
        ]
        for rule, body, expected in cases:
            with self.subTest(rule):
                got = q.page_from_html(page(body), None, "test")
                self.assertEqual(got.captions, expected)
                self.assertNotIn(cap, got.text)

    def test_captions_are_read_after_the_text_without_their_credit(self):
        cases = [   # (caption, the sentence read from it, or None)
            (f"{self.CAPTION}. REUTERS/Jane Roe", f"{self.CAPTION}."),
            (f"{self.CAPTION} (AP Photo)", self.CAPTION),
            ("(Photo) " + self.CAPTION, self.CAPTION),
            ("Photo: Jane Roe/AFP", None),
            ("The ferry", None),
        ]
        for caption, sentence in cases:
            with self.subTest(caption):
                read = q.prose_paragraphs("\n".join(STORY), (caption,))
                self.assertEqual([x.text for x in read[:len(STORY)]], STORY)
                self.assertEqual([x.text for x in read[len(STORY):]],
                                 [sentence] if sentence else [])

    def test_captions_are_saved_and_read_back(self):
        html = page(f"<article>{paras(STORY)}<figure><figcaption>{self.CAPTION}"
                    "</figcaption></figure></article>",
                    head="<meta property='article:published_time' content='2024-05-08'>")
        a = q.article_from_page(html.encode(), "utf-8", None, "test", "a")
        line = json.loads(q.saved_line(a))
        self.assertEqual(line["captions"], [self.CAPTION])
        self.assertEqual(q.article_from_dict(line, "test").captions, (self.CAPTION,))
        self.assertNotIn("captions", json.loads(q.saved_line(a._replace(captions=()))))

    def test_captions_that_are_not_strings_are_refused(self):
        base = {"id": "a", "published": "2024-05-08", "text": STORY[0]}
        for bad in ("one caption", [1], [None], {"a": "b"}):
            with self.subTest(bad=bad), self.assertRaises(q.InputError) as caught:
                q.article_from_dict(base | {"captions": bad}, "test")
            self.assertIn("'captions'", str(caught.exception))
        self.assertEqual(q.article_from_dict(base | {"captions": None}, "test").captions, ())


class Structured(unittest.TestCase):
    def ld(self, body: str) -> str:
        return ('<script type="application/ld+json">' + json.dumps(
            {"@type": "NewsArticle", "headline": "Ferries retired", "articleBody": body}) +
            "</script>")

    def test_json_ld_article_body_comes_first_when_plausible(self):
        body = "\n".join(STORY)
        text = text_of(page("<article><p>A teaser of the report, not all of it here.</p>"
                            "</article>", head=self.ld(body)))
        self.assertEqual(text.splitlines(), STORY)

    def test_an_article_body_written_as_html_is_read_as_text(self):
        cases = [   # (rule, body as the JSON-LD writes it, as read)
            ("named entities", "The ferry caf&eacute; at the quay &amp; the pier will close, "
             "the company said.", "The ferry café at the quay & the pier will close, the "
             "company said."),
            ("numeric entities", "The harbour master said &#8220;the change is needed&#8221; "
             "on Monday.", "The harbour master said “the change is needed” on Monday."),
            ("a doubly escaped entity stays as written once",
             "The notice read &amp;amp; at the foot of the page, said the council.",
             "The notice read &amp; at the foot of the page, said the council."),
        ]
        for rule, written, read in cases:
            with self.subTest(rule):
                body = "\n".join(STORY + [written])
                text = text_of(page(f"<article><p>{STORY[0]}</p></article>", head=self.ld(body)))
                self.assertEqual(text.splitlines(), STORY + [read])

    def test_json_ld_objects_are_read_wherever_they_stand(self):
        article = {"@type": "NewsArticle", "headline": "Ferries retired",
                   "articleBody": "\n".join(STORY)}
        cases = [   # (rule, the script's JSON)
            ("alone", article),
            ("in an array", [{"@type": "WebSite", "name": "Post"}, article]),
            ("in a @graph", {"@graph": [{"@type": "Organization"}, article]}),
            ("in a @graph in an array", [{"@graph": [{"@type": "WebSite"}, article]}]),
            ("of another article type", dict(article, **{"@type": "OpinionNewsArticle"})),
            ("of types listed", dict(article, **{"@type": ["TechArticle", "Thing"]})),
            ("an article with its body before one with its date alone",
             [{"@type": "Article", "datePublished": "2021-03-02"}, article]),
        ]
        for rule, data in cases:
            with self.subTest(rule):
                head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
                text = text_of(page("<article><p>A teaser.</p></article>", head=head))
                self.assertEqual(text.splitlines(), STORY)

    def test_json_ld_fields_that_are_not_text_are_not_read(self):
        cases = [   # (rule, the script's JSON); the page's own headline, no outlet named
            ("a headline and a publisher's name as objects",
             {"@type": "NewsArticle", "headline": {"@value": "x"},
              "publisher": {"name": ["Post"]}, "articleBody": "\n".join(STORY)}),
            ("a headline as a number, a publisher as a list",
             {"@type": "NewsArticle", "headline": 7, "publisher": ["Post"]}),
        ]
        for rule, data in cases:
            with self.subTest(rule):
                head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
                got = q.page_from_html(page(f"<article><h1>Ferries retired from service</h1>"
                                            f"{paras(STORY)}</article>", head=head), None, "t")
                self.assertEqual((got.title, got.outlet), ("Ferries retired from service", None))

    def test_a_how_to_or_a_recipe_is_read_from_its_steps(self):
        steps = ["Measure the table top from edge to edge, through its middle.",
                 "Cut the cloth a hand wider than the table on every side of it."]
        cases = [   # (rule, JSON-LD, lines read)
            ("a how-to's description and steps",
             {"@type": "HowTo", "description": "How to sew a round tablecloth at home.",
              "step": [{"@type": "HowToStep", "text": steps[0]},
                       {"@type": "HowToStep", "text": steps[1]}]},
             ["How to sew a round tablecloth at home."] + steps),
            ("steps in sections, written as HTML",
             {"@type": "HowTo", "step": [{"@type": "HowToSection", "itemListElement": [
                 {"@type": "HowToDirection", "text": f"<p>{steps[0]}</p><p>{steps[1]}</p>"}]}]},
             steps),
            ("a recipe's ingredients, then its instructions",
             {"@type": "Recipe", "recipeIngredient": ["200 g flour", "2 eggs"],
              "recipeInstructions": [{"@type": "HowToStep", "text": steps[0]}, steps[1]]},
             ["200 g flour", "2 eggs"] + steps),
        ]
        for rule, data, lines in cases:
            with self.subTest(rule):
                head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
                text = text_of(page("<div><a href='/'>Home</a></div>", head=head))
                self.assertEqual(text.splitlines(), lines)

    def test_a_teaser_in_json_ld_gives_way_to_the_page(self):
        teaser = "Two ferries will be retired, the operator of the island route said."
        text = text_of(page(f"<article>{paras(STORY * 2)}</article>", head=self.ld(teaser)))
        self.assertEqual(text.splitlines(), STORY * 2)


class NearlyEmpty(unittest.TestCase):
    def test_a_page_no_container_holds_gives_the_text_it_shows(self):
        shown = ["Wool blanket, two layers, with a name", "Delivery: 15 to 21 days",
                 "A soft blanket in a thick double layer, with the name stitched on it in the "
                 "corner of one of its long sides"]
        lines = "".join(f"<div>{line}</div>" for line in shown)
        cases = [   # (rule, body)
            ("a product form in the <main>",
             f"<nav>{MENU}</nav><main><form class='product'>{lines}</form></main>"),
            ("short lines in the <body>, menus aside",
             f"<header>{MENU}</header>{lines}<footer>{MENU}</footer>"),
            ("the first <article> that holds text",
             f"<article><div>Our offers</div></article><article><form>{lines}</form></article>"),
        ]
        for rule, body in cases:
            with self.subTest(rule):
                text = text_of(page(body))
                self.assertEqual(text.splitlines(), shown)


class Scripts(unittest.TestCase):
    def test_a_script_from_a_file_left_unclosed_hides_no_text(self):
        cases = [   # (rule, what stands before the article)
            ("an unclosed <script src>", "<script src='/app.js'>"),
            ("a closed one", "<script src='/app.js'></script>"),
            ("one written closed", "<script src='/app.js' />"),
            ("an inline script, closed", "<script>var a = '<p>not text</p>';</script>"),
        ]
        for rule, before in cases:
            with self.subTest(rule):
                text = text_of(page(f"{before}<article>{paras(STORY)}</article>"))
                self.assertEqual(text.splitlines(), STORY)
                self.assertNotIn("not text", text)


class Titles(unittest.TestCase):
    def test_the_headline_is_the_title(self):
        article = f"<article><h1>Two ferries to be retired</h1>{paras(STORY)}</article>"
        cases = [   # (rule, head, expected title)
            ("og:title first", "<meta property='og:title' content='Ferries retired'>",
             "Ferries retired"),
            ("else the first <h1>", "", "Two ferries to be retired"),
        ]
        for rule, head, expected in cases:
            with self.subTest(rule):
                self.assertEqual(title_of(page(article, head=head)), expected)

    def test_the_page_title_without_its_site_when_there_is_no_headline(self):
        self.assertEqual(title_of(page(f"<div>{paras(STORY)}</div>")), "Ferries")


class Hostile(unittest.TestCase):
    def test_deep_nesting_and_unclosed_elements(self):
        cases = [   # (rule, body)
            ("20,000 nested blocks", "<div>" * 20000 + paras(STORY) + "</div>" * 20000),
            ("20,000 unclosed inline elements", "<span><b>" * 10000 + paras(STORY)),
            ("20,000 unclosed paragraphs", "<p>word " * 20000 + paras(STORY)),
            ("end tags that close nothing", "</div></p></article>" * 10000 + paras(STORY)),
        ]
        for rule, body in cases:
            with self.subTest(rule):
                self.assertIn(STORY[-1], text_of(page(body)))

    def test_a_page_of_headings(self):
        body = "<h2>Heading</h2>" * 5000 + paras(STORY) + "<h3>Related</h3>" * 5000
        self.assertEqual(text_of(page(f"<article>{body}</article>")).splitlines()[-1], STORY[-1])

    def test_a_page_of_one_huge_paragraph(self):
        text = text_of(page("<p>" + "The ferry sailed on time, they said. " * 20000 + "</p>"))
        self.assertEqual(len(text), len("The ferry sailed on time, they said. " * 20000) - 1)


if __name__ == "__main__":
    unittest.main()
