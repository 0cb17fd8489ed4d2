"""Web pages, folders, feeds and URLs as input (issue 12). Every page and feed here is
written for these tests and served by http.server on 127.0.0.1 from a thread: no other
host is reached."""
import gzip
import html
import http.server
import json
import os
import socket
import threading
import unittest
from unittest import mock

from support import TempFiles, q, run

ARTICLE = ("The harbour board of Keston said on Tuesday that the north pier had been closed "
           "to ferries after a crack was found in its deck. Engineers inspected the pier on "
           "Wednesday and said repairs would take three weeks.")
NAV = ('<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World news '
       'from everywhere today</a></li></ul></nav>')
FURNITURE = ('<aside class="related-stories"><p>Related: five other stories about the harbour '
             'that you may like.</p></aside><div class="newsletter-signup"><p>Sign up for our '
             'newsletter and get the news in your inbox every day.</p></div>'
             '<footer><p>Copyright 2024 Keston Post. All rights reserved worldwide.</p></footer>')


def page(body: str, head: str = "", title: str = "Pier closed | Keston Post") -> str:
    """A page written for the tests: navigation, scripts, furniture, and the body given."""
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{head}'
            '<script>var teaser = "<p>This is a script, not the article at all.</p>";</script>'
            f'<style>p {{ color: black; }}</style></head><body>{NAV}'
            '<header class="site-header"><p>The Keston Post, news of the bay since 1901.</p>'
            f'</header>{body}{FURNITURE}</body></html>')


def paragraphs(text: str) -> str:
    return "".join(f"<p>{html.escape(s)}</p>" for s in text.split(". ") if s)


JSON_LD = page(
    "<article><h1>Pier closed</h1><p>A teaser paragraph that is not the body of it.</p>"
    "</article>",
    head='<script type="application/ld+json">' + json.dumps({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": "Pier closed",
        "datePublished": "2024-03-14T01:30:00+09:00", "publisher": {"@type": "Organization",
                                                                    "name": "Keston Post"},
        "articleBody": ARTICLE}) + "</script>")
OPEN_GRAPH = page(f"<article>{paragraphs(ARTICLE)}</article>", head=(
    '<meta property="og:title" content="North pier closed to ferries">'
    '<meta property="og:site_name" content="Bay Wire">'
    '<meta property="article:published_time" content="2024-03-14T10:00:00Z">'
    '<link rel="canonical" href="https://bay.example/news/pier-closed">'))
TIME_ONLY = page('<article><header><h1>Pier closed</h1><time datetime="2024-03-15">15 March'
                 f'</time></header>{paragraphs(ARTICLE)}</article>')
DATELINE_ONLY = page(f"<main>{paragraphs('KESTON, March 14 (Reuters) - ' + ARTICLE)}</main>")
URL_DATE_ONLY = page(f"<div class='story'>{paragraphs(ARTICLE)}</div>")
LIVE_BLOG = page(
    "<article><h2>MARCH 8, 2024</h2><p>The Kessel river burst its banks at Wendmoor in the "
    "early afternoon.</p><h2>MARCH 9, 2024</h2><p>The regional governor visited the shelter "
    "at the town school.</p></article>", title="Live: floods in the valley")
CP1252 = ('<html><head><meta charset="windows-1252"><title>Café</title></head><body><article>'
          '<p>The café on the quay of Keston reopened on Tuesday after the “long” repairs to '
          'its roof, its owner said.</p><p>Customers queued from early morning for coffee '
          'and pastries, the owner said.</p><p>The quay itself had been closed for repairs '
          'since the storm in the winter months.</p></article></body></html>')
RSS = """<?xml version="1.0"?><rss version="2.0"
 xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bay Feed</title>
<item><title>Pier closed</title><link>https://bay.example/pier</link>
<pubDate>Thu, 14 Mar 2024 09:00:00 +0000</pubDate><description>Short.</description>
<content:encoded><![CDATA[<p>{0}</p><p>{0}</p>]]></content:encoded></item></channel></rss>
""".format(ARTICLE)
ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Bay Atom</title><entry><title>Pier closed</title>
<link href="https://bay.example/atom-pier"/><published>2024-03-14T08:00:00Z</published>
<content type="html">&lt;p&gt;{0}&lt;/p&gt;&lt;p&gt;{0}&lt;/p&gt;</content></entry></feed>
""".format(ARTICLE)
BILLION_LAUGHS = """<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<rss version="2.0"><channel><title>&lol2;</title></channel></rss>"""
EXTERNAL = """<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&x;</title></channel></rss>"""


class Server:
    """http.server on 127.0.0.1 in a thread, serving ROUTES: path -> (status, headers,
    body), or a function of the server's base URL that gives one."""

    def __init__(self, routes: dict):
        routes_of = routes

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                status, headers, body = routes_of.get(self.path, (404, {}, b"not here"))
                if callable(body):
                    body = body(base)
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value.replace("{base}", base))
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        class Quiet(http.server.ThreadingHTTPServer):
            def handle_error(self, request, client_address):
                pass                    # a client that hangs up early is no test failure
        self.httpd = Quiet(("127.0.0.1", 0), Handler)
        base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.base = base
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


HTML = {"Content-Type": "text/html; charset=utf-8"}


def utf8(text: str) -> bytes:
    return text.encode("utf-8")


ROUTES = {
    "/json-ld.html": (200, HTML, utf8(JSON_LD)),
    "/og/pier-closed": (200, HTML, utf8(OPEN_GRAPH)),
    "/time.html": (200, HTML, utf8(TIME_ONLY)),
    "/dateline.html": (200, HTML, utf8(DATELINE_ONLY)),
    "/2024/03/13/pier-closed.html": (200, HTML, utf8(URL_DATE_ONLY)),
    "/live.html": (200, HTML, utf8(LIVE_BLOG)),
    "/cafe.html": (200, {"Content-Type": "text/html"}, CP1252.encode("cp1252")),
    "/gzip.html": (200, {**HTML, "Content-Encoding": "gzip"}, gzip.compress(utf8(TIME_ONLY))),
    "/r1": (302, {"Location": "{base}/r2"}, b""), "/r2": (302, {"Location": "{base}/r3"}, b""),
    "/r3": (301, {"Location": "{base}/time.html"}, b""),
    "/to-file": (302, {"Location": "file:///etc/passwd"}, b""),
    "/loop": (302, {"Location": "{base}/loop"}, b""),
    "/big.html": (200, HTML, b"<html><body><p>" + b"word " * 60000 + b"</p></body></html>"),
    "/image.png": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n" + b"\0" * 50),
    "/rss.xml": (200, {"Content-Type": "application/rss+xml"}, utf8(RSS)),
    "/atom.xml": (200, {"Content-Type": "application/atom+xml"}, utf8(ATOM)),
    "/summaries.xml": (200, {"Content-Type": "application/rss+xml"}, lambda base: utf8(
        f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Bay Summaries</title>
        <item><title>One</title><link>{base}/time.html</link>
        <pubDate>Fri, 15 Mar 2024 08:00:00 GMT</pubDate><description>Short.</description></item>
        <item><title>Two</title><link>{base}/2024/03/13/pier-closed.html</link>
        <description>Short too.</description></item></channel></rss>""")),
    "/laughs.xml": (200, {"Content-Type": "application/rss+xml"}, utf8(BILLION_LAUGHS)),
    "/external.xml": (200, {"Content-Type": "application/rss+xml"}, utf8(EXTERNAL)),
}


class Web(TempFiles, unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server(ROUTES)
        cls.base = cls.server.base

    @classmethod
    def tearDownClass(cls):
        cls.server.close()

    def url(self, path: str) -> str:
        return self.base + path

    def read(self, *paths: str) -> list:
        """The articles the inputs give, as read (dated, as the tool would)."""
        return q.date_undated(q.read_articles([self.url(p) if p.startswith("/") else p
                                               for p in paths])[0])

    def test_json_ld_gives_body_date_outlet_and_title(self):
        (a,) = self.read("/json-ld.html")
        self.assertEqual((a.text, a.published.isoformat(), a.dated_by, a.outlet, a.title),
                         (ARTICLE, "2024-03-14", "the page's JSON-LD datePublished",
                          "Keston Post", "Pier closed"))
        self.assertEqual(a.url, self.url("/json-ld.html"))
        self.assertEqual(a.id, "json-ld")

    def test_open_graph_only(self):
        (a,) = self.read("/og/pier-closed")
        self.assertEqual((a.published.isoformat(), a.dated_by, a.outlet, a.title, a.url),
                         ("2024-03-14", "the page's meta article:published_time", "Bay Wire",
                          "North pier closed to ferries", "https://bay.example/news/pier-closed"))
        self.assertNotIn("newsletter", a.text)
        self.assertNotIn("script", a.text)
        self.assertNotIn("Home", a.text)

    def test_time_only_and_the_title_without_its_site(self):
        (a,) = self.read("/time.html")
        self.assertEqual((a.published.isoformat(), a.dated_by, a.title, a.outlet),
                         ("2024-03-15", "the page's <time datetime>", "Pier closed", "127.0.0.1"))
        self.assertTrue(a.text.startswith("The harbour board of Keston"))

    def test_dateline_only(self):
        dated, (a,) = self.read("/time.html"), self.read("/dateline.html", "/time.html")[:1]
        self.assertEqual((a.published.isoformat(), a.dated_by),
                         ("2024-03-14", "inferred: its dateline"))

    def test_date_only_in_the_url(self):
        (a,) = self.read("/2024/03/13/pier-closed.html")
        self.assertEqual((a.published.isoformat(), a.dated_by, a.id),
                         ("2024-03-13", "the date in its URL", "pier-closed"))

    def test_live_blog_headings_date_the_paragraphs(self):
        out, err, code = run("--articles", self.url("/live.html"), "--published", "2024-03-10",
                             "--format", "json")
        self.assertEqual((code, err), (0, ""))
        self.assertEqual([e["date"] for e in json.loads(out)["events"]],
                         ["2024-03-08", "2024-03-09"])

    def test_windows_1252_reads_right(self):
        (a,) = q.read_articles([self.url("/cafe.html")], q.Reading(q.date(2024, 3, 14)))[0]
        self.assertIn("The café on the quay", a.text)
        self.assertIn("the “long” repairs", a.text)

    def test_gzip_response(self):
        (a,) = self.read("/gzip.html")
        self.assertEqual(a.published.isoformat(), "2024-03-15")

    def test_a_redirect_chain_is_followed(self):
        (a,) = self.read("/r1")
        self.assertEqual((a.published.isoformat(), a.id), ("2024-03-15", "time"))

    def check_bad(self, path: str, *words: str):
        out, err, code = run("--articles", self.url(path))
        self.assertEqual((out, code, err.count("\n")), ("", 2, 1), err)
        self.assertIn(self.url(path), err)
        for word in words:
            self.assertIn(word, err)

    def test_a_redirect_to_file_is_refused(self):
        self.check_bad("/to-file", "not http or https")

    def test_a_redirect_loop_stops(self):
        self.check_bad("/loop", "redirect")

    def test_not_found(self):
        self.check_bad("/missing.html", "HTTP 404")

    def test_a_page_over_the_size_limit(self):
        with mock.patch.object(q, "MAX_PAGE", 100_000):
            self.check_bad("/big.html", "refused")

    def test_not_a_page_or_a_feed(self):
        self.check_bad("/image.png", "not an HTML page or a feed")

    def test_a_server_that_never_answers(self):
        silent = socket.socket()
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        self.addCleanup(silent.close)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/page.html"
        out, err, code = run("--articles", url, "--timeout", "0.3")
        self.assertEqual((out, code), ("", 2))
        self.assertIn("timed out", err)

    def test_rss_and_atom_items_with_their_content(self):
        for path, outlet in (("/rss.xml", "Bay Feed"), ("/atom.xml", "Bay Atom")):
            with self.subTest(feed=path):
                (a,) = self.read(path)
                self.assertEqual((a.published.isoformat(), a.outlet, a.title),
                                 ("2024-03-14", outlet, "Pier closed"))
                self.assertTrue(a.text.startswith("The harbour board"))

    def test_a_feed_of_summaries_fetches_the_linked_pages(self):
        first, second = self.read("/summaries.xml")
        self.assertEqual((first.published.isoformat(), first.title, first.dated_by),
                         ("2024-03-15", "One", "the feed item's date"))
        self.assertEqual((second.published.isoformat(), second.dated_by),
                         ("2024-03-13", "the date in its URL"))

    def test_a_hostile_feed_is_refused_not_expanded(self):
        for path in ("/laughs.xml", "/external.xml"):
            with self.subTest(feed=path):
                self.check_bad(path, "refused")

    def test_keep_going_leaves_out_what_cannot_be_read(self):
        out, err, code = run("--articles", self.url("/time.html"), "--articles",
                             self.url("/missing.html"), "--articles", self.url("/to-file"),
                             "--keep-going")
        self.assertEqual(code, 0)
        self.assertEqual(err.count("warning"), 2)
        self.assertIn("2 pages left out", out.splitlines()[1])

    def test_keep_going_with_nothing_read_fails(self):
        out, err, code = run("--articles", self.url("/missing.html"), "--keep-going")
        self.assertEqual((out, code), ("", 2))

    def test_a_list_of_links_and_the_order_of_arrival(self):
        links = self.write("links.txt", "\n".join(self.url(p) for p in (
            "/time.html", "/og/pier-closed", "/json-ld.html")) + "\n\n")
        ids = [a.id for a in q.read_articles([links])[0]]
        self.assertEqual(ids, ["time", "pier-closed", "json-ld"])

    def test_ids_are_made_unique(self):
        ids = [a.id for a in q.read_articles([self.url("/time.html"), self.url("/gzip.html"),
                                              self.url("/r1")])[0]]
        self.assertEqual(ids, ["time", "gzip", "time-2"])

    def test_save_articles_then_rerun_offline(self):
        saved = os.path.join(self.tmpdir, "saved.jsonl")
        out, err, code = run("--articles", self.url("/json-ld.html"), "--articles",
                             self.url("/og/pier-closed"), "--save-articles", saved)
        self.assertEqual((code, err), (0, ""))
        with open(saved, encoding="utf-8") as f:
            rows = [json.loads(line) for line in f]
        self.assertEqual(sorted(rows[0]), sorted(["id", "published", "dated_by", "outlet",
                                                  "title", "url", "text"]))
        again, _, code = run("--articles", saved)
        self.assertEqual((code, again.split("\n", 3)[3]), (0, out.split("\n", 3)[3]))


class Files(TempFiles, unittest.TestCase):
    def test_a_folder_in_name_order_and_not_into_subfolders(self):
        self.write("b.html", page(f"<article>{paragraphs(ARTICLE)}</article>", head=(
            '<meta name="date" content="2024-03-15">')))
        self.write("a.txt", "date 2024-03-14\n" + ARTICLE)
        self.write("notes.md", "not read")
        os.mkdir(os.path.join(self.tmpdir, "sub"))
        self.write("sub/c.json", [{"id": "c", "published": "2024-03-16", "text": ARTICLE}])
        self.assertEqual([a.id for a in q.read_articles([self.tmpdir])[0]], ["a", "b"])
        self.assertEqual([a.id for a in q.read_articles([self.tmpdir], q.Reading(
            recursive=True))[0]], ["a", "b", "c"])

    def test_a_page_with_no_article_text(self):
        path = self.write("empty.html", page("<div><p>Short.</p></div>"))
        out, err, code = run("--articles", path)
        self.assertEqual((out, code), ("", 2))
        self.assertIn("no article text", err)

    def test_the_built_in_reports_as_pages_give_the_built_in_timeline(self):
        for r in q.REPORTS:
            meta = {"@context": "https://schema.org", "@type": "NewsArticle",
                    "headline": r["title"], "datePublished": r["published"]}
            if r["outlet"]:
                meta["publisher"] = {"@type": "Organization", "name": r["outlet"]}
            lines = "".join(f"<p>{html.escape(line)}</p>\n" for line in r["text"].splitlines())
            self.write(f"{r['id']}.html", page(
                f"<article>{lines}</article>", title=html.escape(r["title"] or r["id"]),
                head='<script type="application/ld+json">' + json.dumps(meta) + "</script>"))
        built_in = q.build_timeline(q.builtin_articles(), "T")
        from_pages = q.build_timeline(q.read_articles([self.tmpdir])[0], "T")

        def entries(tl):
            return [(e.when.value, e.status, e.summary, e.sources) for e in tl.events]
        self.assertEqual(entries(from_pages), entries(built_in))
        self.assertEqual([c.claims for c in from_pages.conflicts],
                         [c.claims for c in built_in.conflicts])

    def test_a_page_nested_thousands_deep_is_read(self):
        body = "<div>" * 5000 + paragraphs(ARTICLE) + "</div>" * 5000
        path = self.write("deep.html", page(f"<article>{body}</article>", head=(
            '<meta name="date" content="2024-03-15">')))
        (a,) = q.read_articles([path])[0]
        self.assertTrue(a.text.startswith("The harbour board of Keston"))

    def test_the_reports_list_names_the_outlet_once(self):
        path = self.write("in.json", [{"id": "w1", "published": "2024-03-14", "outlet": "Wire",
                                       "title": "Train crosses the border", "text": ARTICLE}])
        out, _, _ = run("--articles", path)
        self.assertIn("Wire  2024-03-14  Train crosses the border", out)
        self.assertNotIn("Wire: Train", out)


if __name__ == "__main__":
    unittest.main()
