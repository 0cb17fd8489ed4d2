"""Publication dates of web pages (issue 17): every place a page writes its date, ranked,
every numeric form and month names in seven languages, and never a date invented. Every
page here is written for these tests."""
import json
import unittest

from support import TempFiles, q, run

BODY = ("<p>The harbour board of Keston said that the north pier had been closed to ferries "
        "after a crack was found in its deck.</p><p>Engineers inspected the pier and said "
        "repairs would take three weeks, and the ferries would use the south quay.</p>")


def page(head: str = "", top: str = "", lang: str = "") -> str:
    """A page written for the tests: its head, then what the article opens with, then
    the same two paragraphs of prose."""
    lang = f' lang="{lang}"' if lang else ""
    return (f"<!DOCTYPE html><html{lang}><head><title>Pier closed</title>{head}</head><body>"
            f"<article><h1>Pier closed</h1>{top}{BODY}</article></body></html>")


def ld(*items) -> str:
    """A JSON-LD script of one object, or of a list of several."""
    data = json.dumps(list(items) if len(items) > 1 else items[0])
    return f'<script type="application/ld+json">{data}</script>'


def meta(name: str, value: str, attr: str = "name") -> str:
    return f'<meta {attr}="{name}" content="{value}">'


def day_of(html: str, url: str | None = None) -> tuple:
    """(the date a page gives itself, ISO or None, and what gave it)."""
    found = q.page_from_html(html, url, "page.html")
    return (found.published.isoformat() if found.published else None), found.dated_by


# (page, URL, expected date, what gives it): one row per rule, several rows per source.
SOURCES = [
    # JSON-LD of every article type, in a list, in a @graph, nested; not an image's date
    (page(ld({"@type": "NewsArticle", "datePublished": "2021-03-05T10:00:00+01:00"})), None,
     "2021-03-05", "the page's JSON-LD datePublished"),
    (page(ld({"@type": "BlogPosting", "datePublished": "2019-7-4"})), None, "2019-07-04",
     "the page's JSON-LD datePublished"),
    (page(ld({"@type": "WebSite", "name": "Keston Post"},
             {"@type": "ReportageNewsArticle", "datePublished": "2020-02-29"})), None,
     "2020-02-29", "the page's JSON-LD datePublished"),
    (page(ld({"@graph": [{"@type": "ImageObject", "datePublished": "2018-01-01"},
                         {"@type": ["Article"], "dateCreated": "2020-10-07"}]})), None,
     "2020-10-07", "the page's JSON-LD dateCreated"),
    (page(ld({"@type": [{"@id": "x"}, None, "NewsArticle"], "datePublished": "2020-10-08"},
             {"@type": {"@id": "y"}, "datePublished": "2018-01-01"})), None,
     "2020-10-08", "the page's JSON-LD datePublished"),      # types not written as names
    (page(ld({"@type": "OpinionNewsArticle", "datePublished": "2020-10-09"})), None,
     "2020-10-09", "the page's JSON-LD datePublished"),      # an article type by its name
    # the meta names in common use
    (page(meta("article:published_time", "2022-01-26T14:32:06", "property")), None,
     "2022-01-26", "the page's meta article:published_time"),
    (page(meta("DC.date", "2017-06-07")), None, "2017-06-07", "the page's meta dc.date"),
    (page(meta("dcterms.created", "2016-11-18")), None, "2016-11-18",
     "the page's meta dcterms.created"),
    (page(meta("parsely-pub-date", "2020-04-28T09:00:00Z")), None, "2020-04-28",
     "the page's meta parsely-pub-date"),
    (page(meta("sailthru.date", "Tue, 14 Jan 2020 08:00:00 -0500")), None, "2020-01-14",
     "the page's meta sailthru.date"),
    # a blog's trackback RDF, in a comment
    (page(top='<!--<rdf:RDF><rdf:Description rdf:about="https://blog.example/e/7" '
              'dc:title="Pier" dc:date="2020-07-03T17:16:22+09:00" /></rdf:RDF>-->'), None,
     "2020-07-03", "the page's meta rdf:dc:date"),
    (page(top='<!-- dc:date="2020-07-03" is how a trackback writes it -->'), None, None, ""),
    # a name in common use behind a site's prefix; not a bare "date" so prefixed
    (page(meta("sw-pubdate", "2021-11-19")), None, "2021-11-19", "the page's meta sw-pubdate"),
    (page(meta("cms.publish_date", "2021-11-19")), None, "2021-11-19",
     "the page's meta cms.publish_date"),
    (page(meta("expiry-date", "2021-12-31") + meta("x:pubdate", "2021-11-19")), None,
     "2021-11-19", "the page's meta x:pubdate"),
    (page(meta("citation_publication_date", "2020/04/07")), None, "2020-04-07",
     "the page's meta citation_publication_date"),
    (page(meta("datePublished", "2019-12-02", "itemprop")), None, "2019-12-02",
     "the page's meta datepublished"),
    (page(meta("article:published_time", "الأربعاء، 07 أكتوبر 2020 - 12:09 م", "property")),
     None, "2020-10-07", "the page's meta article:published_time"),
    # itemprop="datePublished" on any element, by its attribute or its text
    (page(top='<span itemprop="datePublished" content="2015-08-25"></span>'), None,
     "2015-08-25", "the page's datePublished element"),
    (page(top='<p itemprop="datePublished">6 dicembre 2020</p>'), None, "2020-12-06",
     "the page's datePublished element"),
    # <time> in the article, by its datetime or its text
    (page(top='<time datetime="2024-03-15">15 March</time>'), None, "2024-03-15",
     "the page's <time datetime>"),
    (page(top="<time>5. März 2021</time>"), None, "2021-03-05", "the page's <time datetime>"),
    (page(top='<time datetime="11.11.2021 18:00">11 Nov</time>'), None, "2021-11-11",
     "the page's <time datetime>"),
    # lines of publication, in the seven languages
    (page(top="<p>Published 3 March 2021</p>"), None, "2021-03-03",
     "the page's line of publication"),
    (page(top="<p>Posted on 3/5/2021</p>", lang="en-US"), None, "2021-03-05",
     "the page's line of publication"),
    (page(top="<p>Posted on 3/5/2021</p>", lang="en-GB"), None, "2021-05-03",
     "the page's line of publication"),
    (page(meta("og:locale", "en_US", "property"), top="<p>Posted on 3/5/2021</p>"), None,
     "2021-03-05", "the page's line of publication"),
    (page(top="<p>Veröffentlicht am 05.03.2021, 10:30 Uhr</p>"), None, "2021-03-05",
     "the page's line of publication"),
    (page(top="<p>Publié le 1er mars 2021</p>"), None, "2021-03-01",
     "the page's line of publication"),
    (page(top="<p>Publicado el 5 de marzo de 2021</p>"), None, "2021-03-05",
     "the page's line of publication"),
    (page(top="<p>Pubblicato il 5 marzo 2021</p>"), None, "2021-03-05",
     "the page's line of publication"),
    (page(top="<p>Publicado em 5 de março de 2021</p>"), None, "2021-03-05",
     "the page's line of publication"),
    (page(top="<p>Gepubliceerd op 5 maart 2021</p>"), None, "2021-03-05",
     "the page's line of publication"),
    (page(top="<p>By Jo Roe | Published 5 March 2021</p>"), None, "2021-03-05",
     "the page's line of publication"),
    (page(top="<p>Der Beitrag wurde am 5. März 2021 veröffentlicht.</p>"), None,
     "2021-03-05", "the page's line of publication"),
    (page(top="<p>Updated: 9 March 2021</p>"), None, "2021-03-09",
     "the page's line of its last change"),
    (page(top="<p>March 5, 2021 / 12:25 PM / Updated 8 hours ago</p>"), None, "2021-03-05",
     "the page's line of publication"),                 # the date before the word of change
    (page(top="<p>5 March 2021, updated 9 March 2021</p>"), None, "2021-03-05",
     "the page's line of publication"),
    (page(top="<p>Jo Roe | Updated 9 March 2021</p>"), None, "2021-03-09",
     "the page's line of its last change"),
    (page(top="<p>Mis à jour le 9 mars 2021</p>"), None, "2021-03-09",
     "the page's line of its last change"),
    (page(top="<dl><dt>Mise en ligne</dt><dd>23 mai 2019</dd></dl>"), None, "2019-05-23",
     "the page's line of publication"),                 # the label, its date on the next
    (page(top="<h3>Datum: 22.12.2012, Rubrik: USA</h3>"), None, "2012-12-22",
     "the page's line of publication"),
    # a byline with its date, a date under the headline
    (page(top='<div class="entry-meta">By Jo Roe | March 5, 2021</div>'), None, "2021-03-05",
     "the page's dated byline"),
    (page(top='<span class="itemPostDate">am 25.08.2015 22:30</span>'), None, "2015-08-25",
     "the page's dated byline"),
    (page(top='<div class="byline">Von Jo Roe | 31.10.23</div>'), None, "2023-10-31",
     "the page's dated byline"),                        # a year in two figures, for people
    (page(top="<p>Jo Roe</p><p>05.03.2021 - 10:30</p>"), None, "2021-03-05",
     "the date under its headline"),
    (page(top="<p>[2021年3月5日 11時30分]</p>"), None, "2021-03-05",
     "the date under its headline"),
    (page(top="<p>Von Jo Roe 4. 2. 2022.</p>"), None, "2022-02-04",
     "the date under its headline"),
    (page(top="<table><tr><td>26 | 01 | 2022</td><td>Praxis | Video</td></tr></table>"), None,
     "2022-01-26", "the date under its headline"),
    # the title, the page's scripts, the page's text last
    (page().replace("</article>", "<p>More.</p>" * 6 + "<p>Keston, 4 March 2021</p>"
                    "</article>"), None, "2021-03-04", "a date in the page's text"),
    (page().replace("<title>", "<title>05.03.2021 - ", 1), None, "2021-03-05",
     "the date in its title"),
    (page('<script>var story = {"id": 7, "published_at": "2019-03-02T06:22:28+01:00"};'
          "</script>"), None, "2019-03-02", "a date in the page's scripts"),
    # the URL
    (page(), "https://news.example/2021/03/05/pier-closed", "2021-03-05",
     "the date in its URL"),
    (page(), "https://news.example/world/20210305/pier-closed.html", "2021-03-05",
     "the date in its URL"),
    (page(), "https://news.example/notices/05-03-2021", "2021-03-05", "the date in its URL"),
    (page(), "https://news.example/world/pier-closed-2021-03-05.html", "2021-03-05",
     "the date in its URL"),                            # in a name, between its words
    (page(), "https://news.example/notices/pier_2021_03_05/", "2021-03-05",
     "the date in its URL"),
    (page(), "https://news.example/detail/307_3_r_20210305_1614938400", "2021-03-05",
     "the date in its URL"),
    (page(), "https://news.example/item-20211305/", None, ""),          # no 13th month
    (page(), "https://news.example/id/1202103051/", None, ""),          # a number, not a day
    (page(), "https://news.example/05-03-2021-pier-closed/", "2021-03-05",
     "the date in its URL"),
    (page(lang="en-US"), "https://news.example/05-03-2021-pier-closed/", "2021-05-03",
     "the date in its URL"),                            # month first, an American page
    (page(lang="en-US"), "https://news.example/13-03-2021/", "2021-03-13",
     "the date in its URL"),
    # a Unix timestamp in a data attribute
    (page(top='<div data-published-timestamp="1614938400"></div>'), None, "2021-03-05",
     "a timestamp in the page's data"),
    (page(top='<div data-time="1614938400000"></div>'), None, "2021-03-05",
     "a timestamp in the page's data"),
]

# (page, URL, expected date, what gives it): the more trusted source wins.
RANKING = [
    # the original date before the date of the last change, whatever their order
    (page(meta("article:modified_time", "2021-03-09", "property") +
          meta("article:published_time", "2021-03-05", "property")), None, "2021-03-05",
     "the page's meta article:published_time"),
    (page(ld({"@type": "NewsArticle", "dateModified": "2021-03-09",
              "datePublished": "2021-03-05"})), None, "2021-03-05",
     "the page's JSON-LD datePublished"),
    (page(meta("og:updated_time", "2021-03-09", "property")), None, "2021-03-09",
     "the page's meta og:updated_time"),
    # the URL's day, written once at publication, before a republished page's metadata
    (page(meta("article:published_time", "2021-06-01", "property")),
     "https://news.example/2021/03/05/pier", "2021-03-05", "the date in its URL"),
    # a meta tag (the page's own) before JSON-LD before a <time> before a line
    (page(ld({"@type": "Article", "datePublished": "2021-03-05"}) +
          meta("date", "2021-03-06"), top="<time>7 March 2021</time>"), None, "2021-03-06",
     "the page's meta date"),
    (page(ld({"@type": "Article", "datePublished": "2021-03-05"}),
          top="<time>7 March 2021</time>"), None, "2021-03-05",
     "the page's JSON-LD datePublished"),
    (page(meta("date", "2021-03-06"), top="<time>7 March 2021</time>"), None, "2021-03-06",
     "the page's meta date"),
    # a line that says when, before a date under the headline, before the title's
    (page(top="<p>Jo Roe, 9 March 2021</p><p>Published 8 March 2021</p>"), None,
     "2021-03-08", "the page's line of publication"),
    (page().replace("<title>", "<title>10.03.2021 - ", 1).replace(
        "<h1>Pier closed</h1>", "<h1>Pier closed</h1><p>9 March 2021</p>"), None,
     "2021-03-09", "the date under its headline"),
    (page(top="<p>Published 8 March 2021</p><time>7 March 2021</time>"), None, "2021-03-07",
     "the page's <time datetime>"),
]

# (page, URL, expected date, what gives it): when the page's metadata (its URL, meta tags,
# JSON-LD, datePublished elements) give different days, the one its header shows decides.
DISAGREEING = [
    (page(meta("article:published_time", "2021-03-05", "property") + meta("date", "2021-03-09"),
          top="<time>9 March 2021</time>"), None, "2021-03-09", "the page's meta date"),
    (page(ld({"@type": "NewsArticle", "datePublished": "2021-03-06T10:00:00Z"}),
          top='<div class="byline">By Jo Roe, March 6, 2021</div>'),
     "https://news.example/2021/03/05/pier", "2021-03-06", "the page's JSON-LD datePublished"),
    (page(meta("dc.date.issued", "2021-03-05") + meta("pubdate", "2020-11-30"),
          top="<p>Jo Roe</p><p>05.03.2021</p>"), None, "2021-03-05",
     "the page's meta dc.date.issued"),
    (page(meta("pubdate", "2020-11-30") + meta("dc.date.issued", "2021-03-05"),
          top="<p>Jo Roe</p><p>05.03.2021</p>"), None, "2021-03-05",
     "the page's meta dc.date.issued"),                 # whatever their order
    # the day shown first, in the header, not another article's further down
    (page(meta("article:published_time", "2021-03-05", "property"),
          top="<p>Jo Roe</p><p>5 March 2021</p>").replace(
        "</article>", '<ul><li><a href="/a">Other story</a><span itemprop="datePublished" '
        'content="2021-02-01"></span><time>1 February 2021</time></li></ul></article>'), None,
     "2021-03-05", "the page's meta article:published_time"),
    # the header shows neither day: the best-ranked source, as when they agree
    (page(meta("article:published_time", "2021-03-05", "property") + meta("date", "2021-03-09"),
          top="<time>7 March 2021</time>"), None, "2021-03-05",
     "the page's meta article:published_time"),
    (page(meta("article:published_time", "2021-03-05", "property") + meta("date", "2021-03-09")),
     None, "2021-03-05", "the page's meta article:published_time"),
    # a time in UTC is not the day the reader is shown, its text is
    (page(meta("article:published_time", "2021-03-04T23:30:00Z", "property"),
          top='<time datetime="2021-03-04T23:30:00Z">5 March 2021</time>'),
     "https://news.example/2021/03/05/pier", "2021-03-05", "the date in its URL"),
    # the day shown is kept as it is, not moved to the day of a source in local time
    (page(meta("datePublished", "2019-10-18", "itemprop") +
          ld({"@type": "NewsArticle", "datePublished": "2019-10-19T03:10:00Z"}),
          top="<time>19.10.2019</time>"), None, "2019-10-19",
     "the page's JSON-LD datePublished"),
]

# (page, expected date, what gives it): a date in figures that reads either way round is
# read the way the page's other dates confirm, else day first (month first on an American
# page).
EITHER_WAY = [
    (page(meta("date", "11/01/2023 12:43:42"), top="<p>Veröffentlicht am 01.11.2023</p>",
          lang="de"), "2023-11-01", "the page's meta date"),
    (page(meta("date", "11/01/2023 12:43:42"), lang="de"), "2023-01-11", "the page's meta date"),
    (page(meta("date", "11/01/2023"), top="<p>Veröffentlicht am 11. Januar 2023</p>",
          lang="de"), "2023-01-11", "the page's meta date"),
    (page(meta("date", "11/01/2023"), top="<p>Published 11 January 2023</p>", lang="en-US"),
     "2023-01-11", "the page's meta date"),
    (page(meta("date", "11/01/2023"), top="<time>11/01/2023</time>", lang="de"), "2023-01-11",
     "the page's meta date"),                           # none sure: as written
    (page(meta("date", "2023/01/11"), top="<p>Published 1 November 2023</p>"), "2023-01-11",
     "the page's meta date"),                           # the year first: one way only
]

# (page, expected date, what gives it): a time in UTC a day off the page's own date
# yields to it; a time with its own offset is read as written.
ZONES = [
    (page(ld({"@type": "NewsArticle", "datePublished": "2023-11-09T02:11:03+00:00"}),
          top="<time>8 November 2023</time>"), "2023-11-08",
     "the page's JSON-LD datePublished"),
    (page(ld({"@type": "NewsArticle", "datePublished": "2023-11-09T05:30:59Z"}),
          top="<p>Published November 8, 2023</p>"), "2023-11-08",
     "the page's JSON-LD datePublished"),
    (page(ld({"@type": "NewsArticle", "datePublished": "2023-11-09T05:30:59Z"}),
          top="<p>Published November 2, 2023</p>"), "2023-11-09",
     "the page's JSON-LD datePublished"),
    (page(ld({"@type": "NewsArticle", "datePublished": "2024-03-14T01:30:00+09:00"}),
          top="<time>13 March 2024</time>"), "2024-03-14", "the page's JSON-LD datePublished"),
    # the same moment in the page's own offset
    (page(meta("article:published_time", "2020-12-24T23:59:50+00:00", "property") +
          ld({"@type": "NewsArticle", "datePublished": "2020-12-25T01:59:50+02:00"})),
     "2020-12-25", "the page's meta article:published_time"),
    # 1 pm in UTC is the same day in every zone but the farthest east: no day before it
    (page(meta("article:published_time", "2023-11-06T13:10:22Z", "property"),
          top="<p>Published 5 November 2023</p>"), "2023-11-06",
     "the page's meta article:published_time"),
    # a line of publication with its clock time is the page's own day, as people read it
    (page(meta("article:published_time", "2020-01-20T09:00:00Z", "property"),
          top="<p>January 19, 2020 / 10:25 PM / Updated 8 hours ago</p>"), "2020-01-19",
     "the page's meta article:published_time"),
    (page(meta("article:published_time", "2020-01-20T09:00:00Z", "property"),
          top="<p>Published January 19, 2020 10:25 PM</p>"), "2020-01-19",
     "the page's meta article:published_time"),
    # ... but not a <time>'s text (comments write theirs so)
    (page(meta("article:published_time", "2020-01-20T09:00:00Z", "property"),
          top="<time>January 19, 2020 10:25 PM</time>"), "2020-01-20",
     "the page's meta article:published_time"),
    # a list's times, with their offsets, are not the article's
    (page(meta("article:published_time", "2020-08-14T21:30:04+00:00", "property"),
          top='<ul><li><time datetime="2020-08-15T09:35:53-07:00">x</time></li></ul>'),
     "2020-08-14", "the page's meta article:published_time"),
]

# (page, expected date or None, what gives it): a byline or a <time> kind that gives three
# different days or more is a list (comments, other articles), not the page's own date.
COMMENTS = "".join(f'<div class="comment"><span class="byline">Ann, {d} March 2021</span>'
                   f"<p>Agreed.</p></div>" for d in (9, 11, 12))
def teasers(*days) -> str:
    return "<ul>%s</ul>" % "".join(
        f'<li><a href="/a{d}">Other story</a><time>{d} April 2021</time></li>' for d in days)


TEASERS = teasers(2, 6, 8, 8)
LISTS = [
    (page(top="<p>Published 5 March 2021</p>").replace("</article>", COMMENTS + "</article>"),
     "2021-03-05", "the page's line of publication"),
    (page(top="<p>Jo Roe</p><p>5 March 2021</p>").replace("</article>",
                                                         COMMENTS + "</article>"),
     "2021-03-05", "the date under its headline"),
    (page().replace("</body>", TEASERS + "</body>"), None, ""),
    (page().replace("<title>", "<title>05.03.2021 - ", 1).replace(
        "</body>", TEASERS + "</body>"), "2021-03-05", "the date in its title"),
    # two days are a date of publication and one of change, not a list
    (page(top='<div class="byline">5 March 2021, updated 9 March 2021</div>'), "2021-03-05",
     "the page's line of publication"),                 # its date before "updated"
    (page().replace("</body>", teasers(2, 6) + "</body>"), "2021-04-02",
     "a <time> on the page"),
]

# Pages whose metadata date cannot be read, or is not plausible: no date, never a stand-in.
UNREADABLE = [
    page(meta("article:published_time", "٧ أكتوبر ٢٠٢٠", "property")),
    page(meta("date", "soon")),
    page(meta("event-date", "2021-11-19") + meta("shop:date", "2021-11-20")),
    page(meta("date", "2090-01-01")),
    page(meta("date", "1989-11-09")),
    page(meta("date", "2021-02-30")),
    page(top='<time datetime="18:00">at six</time>'),
    page(ld({"@type": "NewsArticle", "datePublished": "yesterday"})),
]

# (value, month first, expected): the forms a date is written in.
WRITTEN = [
    ("2022-1-26T14:32:06", False, "2022-01-26"),          # one-digit month, no offset
    ("2021-03-05T23:30:00-05:00", False, "2021-03-05"),    # its own offset, not moved
    ("2021/03/05", False, "2021-03-05"),
    ("5.3.2021", False, "2021-03-05"),                      # day first with dots
    ("26 | 01 | 2022", False, "2022-01-26"),                # day first between bars
    ("5 | 3 | 2021", False, "2021-03-05"),
    ("Praxis | 5 | 3 | 2021", False, "2021-03-05"),
    ("5 |3| 2021", False, None),                            # not one separator
    ("05/03/2021", False, "2021-03-05"),                    # day first with slashes
    ("05/03/2021", True, "2021-05-03"),                     # month first, an American page
    ("13/03/2021", True, "2021-03-13"),                     # only one way round
    ("03/13/2021", False, "2021-03-13"),
    ("20210305", False, "2021-03-05"),
    ("1614938400", False, "2021-03-05"),                    # Unix seconds
    ("1614938400123", False, "2021-03-05"),                 # Unix milliseconds
    ("Fri, 05 Mar 2021 10:00:00 GMT", False, "2021-03-05"),
    ("March 5th, 2021", False, "2021-03-05"),
    ("5 janv. 2021", False, "2021-01-05"),
    ("5. Jänner 2021", False, "2021-01-05"),
    ("5 de febrero de 2021", False, "2021-02-05"),
    ("5 ottobre 2021", False, "2021-10-05"),
    ("5 out 2021", False, "2021-10-05"),
    ("5 mrt 2021", False, "2021-03-05"),
    ("17 décembre 2020", False, "2020-12-17"),
    ("15 августа 2016, 13:43", False, "2016-08-15"),     # Russian, the genitive
    ("1 мая 2019 г.", False, "2019-05-01"),
    ("3 березня 2021", False, "2021-03-03"),              # Ukrainian
    ("28 листопада 2020 року", False, "2020-11-28"),
    ("الأربعاء، 07 أكتوبر 2020 - 12:09 م", False, "2020-10-07"),   # Arabic, of Egypt
    ("9 ابريل 2021", False, "2021-04-09"),                # without its hamza
    ("24 نيسان 2020", False, "2020-04-24"),               # of the Levant
    ("3 كانون الثاني 2021", False, "2021-01-03"),         # a name of two words
    ("15 تشرين الأول 2019", False, "2019-10-15"),
    ("24 نيسان / أبريل 2020", False, "2020-04-24"),       # one month named twice
    ("1 جانفي 2022", False, "2022-01-01"),                # of the Maghreb
    ("5 ژوئن 2021", False, "2021-06-05"),                 # Persian
    ("5 March/April 2021", False, None),                  # two months: no day
    ("2019年6月24日 11時30分", False, "2019-06-24"),          # Chinese and Japanese
    ("2023年11月02日", False, "2023-11-02"),
    ("2020 年 3 月 5 日", False, "2020-03-05"),
    ("2020년 3월 5일", False, "2020-03-05"),                 # Korean
    ("2020年13月5日", False, None),                          # no 13th month
    ("6月24日", False, None),                                # no year
    ("٧ أكتوبر ٢٠٢٠", False, None),                        # Arabic-Indic digits: not read
    ("2021-02-30", False, None),                            # no such day
    ("05/03/21", False, None),                              # a year in two figures
    ("18:00", False, None),
    ("4 March", False, None),                               # no year
]


class PageDates(unittest.TestCase):
    def test_every_source(self):
        for html, url, expected, how in SOURCES:
            with self.subTest(how=how, expected=expected, url=url):
                self.assertEqual(day_of(html, url), (expected, how))

    def test_the_more_trusted_source_wins(self):
        for html, url, expected, how in RANKING:
            with self.subTest(how=how, expected=expected):
                self.assertEqual(day_of(html, url), (expected, how))

    def test_metadata_that_disagree_yield_to_the_day_shown(self):
        for html, url, expected, how in DISAGREEING:
            with self.subTest(how=how, expected=expected, url=url):
                self.assertEqual(day_of(html, url), (expected, how))

    def test_a_date_either_way_round_is_read_as_the_page_confirms(self):
        for html, expected, how in EITHER_WAY:
            with self.subTest(expected=expected, html=html[60:200]):
                self.assertEqual(day_of(html), (expected, how))

    def test_a_time_in_utc_yields_to_the_page_s_own_day(self):
        for html, expected, how in ZONES:
            with self.subTest(expected=expected):
                self.assertEqual(day_of(html), (expected, how))

    def test_a_list_s_dates_are_not_the_page_s(self):
        for html, expected, how in LISTS:
            with self.subTest(expected=expected, how=how):
                self.assertEqual(day_of(html), (expected, how))

    def test_an_unreadable_or_implausible_date_is_no_date(self):
        for html in UNREADABLE:
            with self.subTest(html=html[60:160]):
                self.assertEqual(day_of(html), (None, ""))

    def test_written_forms(self):
        for value, month_first, expected in WRITTEN:
            with self.subTest(value=value):
                day, _ = q.written_day(value, month_first)
                self.assertEqual(day and day.isoformat(), expected)

    def test_every_month_name_of_the_table_is_read(self):
        for month, names in enumerate(q.PAGE_MONTHS, 1):
            for name in names.split():
                with self.subTest(name=name):
                    day, _ = q.written_day(f"5 {name.replace('_', ' ')} 2021")
                    self.assertEqual(day and (day.month, day.day), (month, 5))

    def test_every_regex_is_linear_on_hostile_text(self):
        for value in ("1" * 100_000, "5 " * 50_000, "march " * 20_000, "2021-" * 20_000,
                      "5 | " * 50_000, "1 مارس / " * 20_000, "كانون " * 30_000):
            self.assertEqual(q.written_day(value), (None, False))
            self.assertIsNone(q.url_day("https://news.example/" + value.replace(" ", "-")))
            q.page_from_html(page(top=f"<p>Published {value}</p>"), None, "page.html")
            q.page_from_html(page(top=f"<!--{'<rdf:Description ' * 1000}{value}-->"), None,
                             "page.html")


class UndatedPages(TempFiles, unittest.TestCase):
    UNDATED = page(top="<p>The pier was first closed in March 2021 after the storm.</p>"
                       "<p>On Monday the board said the ferries would sail again.</p>")

    def test_a_page_with_no_date_is_read_without_one(self):
        path = self.write("undated.html", self.UNDATED)
        saved = self.write("saved.jsonl", "")
        out, err, code = run("--articles", path, "--save-articles", saved, "--format", "json")
        self.assertEqual(code, 0)
        self.assertEqual(err.count("\n"), 1)
        self.assertIn("undated: no publication date found", err)
        with open(saved, encoding="utf-8") as f:
            line = json.loads(f.read())
        self.assertEqual((line["published"], line["dated_by"]), (None, q.NO_DATE))
        timeline = json.loads(out)
        self.assertEqual(timeline["articles"][0]["published"], None)
        # its absolute dates are used, its relative ones left out
        self.assertEqual([e["date"] for e in timeline["events"]], ["2021-03"])

    def test_it_never_borrows_another_report_s_date(self):
        self.write("undated.html", self.UNDATED)
        self.write("dated.txt", "date 2024-03-14\nThe harbour board of Keston said on "
                   "Tuesday that the north pier had been closed to ferries.")
        out, err, code = run("--articles", self._tmp.name, "--format", "json")
        self.assertEqual(code, 0)
        published = {a["id"]: a["published"] for a in json.loads(out)["articles"]}
        self.assertEqual(published, {"dated": "2024-03-14", "undated": None})
        for fmt in ("text", "markdown", "html", "ics", "timelinejs"):
            with self.subTest(fmt=fmt):
                self.assertEqual(run("--articles", self._tmp.name, "--format", fmt)[2], 0)


if __name__ == "__main__":
    unittest.main()
