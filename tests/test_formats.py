"""The page, calendar and TimelineJS forms of the timeline, parsed back with the standard
library, with hostile text fed through each."""
import json
import os
import re
import unittest
from html.parser import HTMLParser

from support import TempFiles, article, q, run

HOSTILE = ('The mayor said "<script>alert(1)</script>" & opened the bridge; crowds, cheering, '
           'came on Saturday (افتتح العمدة الجسر) with a verylongword' + "x" * 300 + '.\n'
           'A second line, with no date.')
VOID = {"meta", "br", "img", "link", "hr", "input"}


class Page(HTMLParser):
    """Collects the tags of a page and checks that they nest."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.tags, self.text, self.attrs = [], [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-3:])
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse_page(text: str) -> Page:
    page = Page()
    page.feed(text)
    page.close()
    assert not page.stack, page.stack
    return page


def read_ics(data: bytes) -> list:
    """The events of an iCalendar file as dicts of unfolded, unescaped properties."""
    text = data.decode("utf-8")
    assert "\n" not in text.replace("\r\n", ""), "bare newline"
    lines = text.split("\r\n")
    assert lines[-1] == ""
    for line in lines:
        assert len(line.encode("utf-8")) <= 75, line
    unfolded = []
    for line in lines[:-1]:
        if line.startswith(" "):
            unfolded[-1] += line[1:]
        else:
            unfolded.append(line)
    assert unfolded[0] == "BEGIN:VCALENDAR" and unfolded[-1] == "END:VCALENDAR"
    events, current = [], None
    for line in unfolded:
        name, _, value = line.partition(":")
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            current[name] = re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN"
                                   else m.group(1), value)
    return events


class Html(TempFiles, unittest.TestCase):
    def test_builtin_page(self):
        out, err, code = run("--format", "html")
        self.assertEqual((code, err), (0, ""))
        page = parse_page(out)
        self.assertEqual(page.attrs[0], ("html", {"lang": "en"}))
        self.assertNotIn("script", page.tags)
        for tag in ("h1", "h2", "main", "time", "style"):
            self.assertIn(tag, page.tags)
        text = " ".join(page.text)
        self.assertIn("Planned", text)
        self.assertIn("Reports differ", text)
        self.assertIn("Where the reports differ", text)
        self.assertNotRegex(out, r"(?:src|href)=\"(?!https?://p\.dw\.com|#)")  # nothing fetched

    def test_hostile_text_is_escaped(self):
        path = self.write("h.json", [article("x<&>", HOSTILE, title='T "<b>"', outlet="O&O",
                                             url='https://e.org/a"><script>x</script>')])
        out, err, code = run("--articles", path, "--format", "html", "--title", "<i>T</i>")
        self.assertEqual((code, err), (0, ""))
        page = parse_page(out)
        self.assertNotIn("script", page.tags)
        self.assertNotIn("i", page.tags)
        self.assertIn('"<script>alert(1)</script>" & opened', " ".join(page.text))
        self.assertIn("افتتح", out)
        self.assertIn('dir="auto"', out)


class Calendar(TempFiles, unittest.TestCase):
    def test_builtin_calendar(self):
        out, err, code = run("--format", "ics")
        self.assertEqual((code, err), (0, ""))
        events = read_ics(out.encode("utf-8"))
        doc = json.loads(run("--format", "json")[0])
        self.assertEqual(len(events), len(doc["events"]))
        for e in events:
            for key in ("UID", "DTSTAMP", "DTSTART;VALUE=DATE", "DTEND;VALUE=DATE", "SUMMARY"):
                self.assertIn(key, e)
            self.assertRegex(e["DTSTART;VALUE=DATE"], r"^\d{8}$")
        self.assertEqual(len({e["UID"] for e in events}), len(events))
        planned = [e for e in events if e["STATUS"] == "TENTATIVE"]
        self.assertTrue(planned)
        month = [e for e in events if e["SUMMARY"].startswith("October 2023: ")]
        self.assertEqual([e["DTSTART;VALUE=DATE"] for e in month], ["20231001"])

    def test_same_input_same_uids(self):
        self.assertEqual(run("--format", "ics")[0], run("--format", "ics")[0])

    def test_hostile_text_round_trips(self):
        path = self.write("h.json", [article("h", HOSTILE)])
        out, err, code = run("--articles", path, "--format", "ics")
        self.assertEqual((code, err), (0, ""))
        events = read_ics(out.encode("utf-8"))
        self.assertEqual(len(events), 1)
        summary = events[0]["SUMMARY"]
        self.assertIn('"<script>alert(1)</script>" & opened the bridge; crowds, cheering,', summary)
        self.assertNotIn("\n", summary)

    def test_output_file_bytes_keep_crlf(self):
        target = os.path.join(self.tmpdir, "t.ics")
        self.assertEqual(run("--format", "ics", "-o", target)[2], 0)
        with open(target, "rb") as f:
            data = f.read()
        self.assertTrue(data.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        read_ics(data)


class TimelineJS(TempFiles, unittest.TestCase):
    def test_fields_timelinejs_requires(self):
        doc = json.loads(run("--format", "timelinejs")[0])
        self.assertIn("headline", doc["title"]["text"])
        self.assertTrue(doc["events"])
        for slide in doc["events"]:
            start = slide["start_date"]
            self.assertIsInstance(start["year"], int)
            for key in ("month", "day"):
                if key in start:
                    self.assertIsInstance(start[key], int)
            self.assertIn("headline", slide["text"])
            self.assertIn("text", slide["text"])
            self.assertIn(slide["group"], ("Reported", "Planned"))
        self.assertIn({"year": 2023, "month": 10}, [s["start_date"] for s in doc["events"]])
        self.assertIn({"year": 2022}, [s["start_date"] for s in doc["events"]])

    def test_hostile_text_is_escaped_html(self):
        path = self.write("h.json", [article("h", HOSTILE)])
        doc = json.loads(run("--articles", path, "--format", "timelinejs")[0])
        body = doc["events"][0]["text"]["text"]
        self.assertNotIn("<script>", body)
        self.assertIn("&lt;script&gt;", body)


class JsonKeys(unittest.TestCase):
    def test_claims_keep_the_quantity_key_beside_the_attribute(self):
        # The README promises that no key is renamed: tools written against "quantity"
        # still read it, with the same value as the newer "attribute".
        out, err, code = run("--format", "json")
        self.assertEqual((code, err), (0, ""))
        claims = [x for c in json.loads(out)["conflicts"] for x in c["claims"]]
        self.assertTrue(claims)
        for x in claims:
            self.assertEqual(x["quantity"], x["attribute"])


if __name__ == "__main__":
    unittest.main()
