"""Servers that misbehave (issue 19): each is a few lines of socket on a thread, on a
loopback address, answering every request with bytes written here, and each must give
one plain line naming the URL and exit status 2 (or a warning with --keep-going), never a
traceback, a hang or half a page. And links found in fetched feeds and redirects go to
public addresses only, unless they stay on the document's own host."""
import gzip
import os
import socket
import ssl
import threading
import time
import unittest
from typing import NamedTuple
from unittest import mock

from support import TempFiles, q, run

TLS_PEM = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tls", "localhost.pem")
ARTICLE = ("The harbour board of Keston said on Tuesday that the north pier had been closed "
           "to ferries after a crack was found in its deck. Engineers inspected the pier on "
           "Wednesday and said repairs would take three weeks.")
PAGE = (f'<html><head><title>Pier closed</title><meta name="date" content="2024-03-15">'
        f"</head><body><article><p>{ARTICLE}</p></article></body></html>").encode()


class Answer(NamedTuple):
    """What a server sends for one path: pieces of bytes, one after another, with a pause
    between them."""
    pieces: tuple
    pause: float = 0.0


def whole(head: str, body: bytes = b"") -> Answer:
    """An answer sent at once: a status line and headers, then a body."""
    return Answer((head.replace("\n", "\r\n").encode() + b"\r\n\r\n" + body,))


def ok(body: bytes, kind: str = "text/html; charset=utf-8", extra: str = "") -> Answer:
    return whole(f"HTTP/1.1 200 OK\nContent-Type: {kind}\nContent-Length: {len(body)}{extra}",
                 body)


def redirect(to: str) -> Answer:
    return whole(f"HTTP/1.1 302 Found\nLocation: {to}\nContent-Length: 0")


def feed(*links: str) -> Answer:
    """An RSS feed of summaries: the page of each item's link is fetched."""
    items = "".join(f"<item><title>Item {n}</title><link>{link}</link>"
                    f"<description>Short.</description></item>"
                    for n, link in enumerate(links, 1))
    return ok(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bay</title>{items}'
              f"</channel></rss>".encode(), "application/rss+xml")


NOT_FOUND = whole("HTTP/1.1 404 Not Found\nContent-Length: 0")
# A byte a second: each read gets its byte long before a per-read timeout of 2 s would end
# it, so only a clock for the whole page stops it. Bounded: eight bytes, then it hangs up.
DRIP = Answer(tuple(bytes([b]) for b in b"HTTP/1.1"), pause=1.0)
BOMB = gzip.compress(b" " * (q.MAX_PAGE + 1024))
# Each row of the table: (path, what the server sends, words the one line has).
MISBEHAVING = (
    ("/status", whole("HTTP/1.1 abc nonsense"), "malformed answer from the server"),
    ("/chunks", whole("HTTP/1.1 200 OK\nContent-Type: text/html\nTransfer-Encoding: chunked",
                      b"zz\r\n<html><body>"), "the chunked body is broken"),
    ("/chunks-cut", whole("HTTP/1.1 200 OK\nContent-Type: text/html\n"
                          "Transfer-Encoding: chunked", b"20\r\n<html><body><p>Th"),
     "ends early"),
    ("/long-line", whole("HTTP/1.1 200 OK\nX-Long: " + "a" * 70_000), "a line over 64 KB"),
    ("/headers", whole("HTTP/1.1 200 OK\n" + "X-Header: 1\n" * 101 + "Content-Length: 0"),
     "more than 100 headers"),
    ("/short", whole("HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Length: 100000",
                     b"<html><"), "connection closed after 7 of 100,000 bytes"),
    ("/loop", redirect("/loop"), "too many redirects (5)"),
    ("/bomb", ok(BOMB, extra="\nContent-Encoding: gzip"), "refused"),
    ("/gzip-cut", ok(gzip.compress(PAGE)[:60], extra="\nContent-Encoding: gzip"),
     "the gzip body ends early"),
    ("/silent", Answer(()), "the server closed the connection without answering"),
)


class RawServer:
    """A server on one loopback address, in threads: each connection's request is read,
    the path's Answer sent (NOT_FOUND for a path it lacks), and the connection closed.
    Every loop is bounded: by the stop flag, and the pieces of the answer."""

    def __init__(self, answers: dict, host: str = "127.0.0.1", tls: bool = False):
        self.answers, self.asked, self.tls = answers, [], tls
        self.listener = socket.create_server((host, 0))
        self.listener.settimeout(0.05)
        self.base = f"{'https' if tls else 'http'}://{host}:{self.listener.getsockname()[1]}"
        self.stopping = threading.Event()
        self.threads = [threading.Thread(target=self.serve, daemon=True)]
        self.threads[0].start()

    def serve(self):
        while not self.stopping.is_set():
            try:
                connection, _ = self.listener.accept()
            except OSError:                     # no one came in 0.05 s: look at the flag
                continue
            thread = threading.Thread(target=self.answer, args=(connection,), daemon=True)
            thread.start()
            self.threads.append(thread)

    def answer(self, connection):
        try:
            connection.settimeout(2)
            if self.tls:
                context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
                context.load_cert_chain(TLS_PEM)
                connection = context.wrap_socket(connection, server_side=True)
            request = b""
            while b"\r\n\r\n" not in request and len(request) < 65536:
                got = connection.recv(4096)
                if not got:
                    return
                request += got
            path = request.split(b" ", 2)[1].decode("ascii")
            self.asked.append(path)
            answer = self.answers.get(path, NOT_FOUND)
            for n, piece in enumerate(answer.pieces):
                if n and self.stopping.wait(answer.pause):
                    return
                connection.sendall(piece)
        except (OSError, IndexError, UnicodeError):
            return                              # the client hung up, or asked nonsense
        finally:
            connection.close()

    def close(self):
        self.stopping.set()
        self.threads[0].join(2)
        for thread in self.threads[1:]:
            thread.join(2)
        self.listener.close()


def other_loopback(answers: dict) -> RawServer | None:
    """A server on 127.0.0.2, another loopback address (Linux answers on all of 127/8);
    None where the system has no such address."""
    try:
        return RawServer(answers, "127.0.0.2")
    except OSError:
        return None


class Misbehaving(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = RawServer({"/good.html": ok(PAGE), "/drip": DRIP,
                                **{path: answer for path, answer, _ in MISBEHAVING}})

    @classmethod
    def tearDownClass(cls):
        cls.server.close()

    def url(self, path: str) -> str:
        return self.server.base + path

    def test_each_misbehaving_server_is_one_line(self):
        for path, _, words in MISBEHAVING:
            with self.subTest(path):
                out, err, code = run("--articles", self.url(path), "--timeout", "5")
                self.assertEqual((out, code, err.count("\n")), ("", 2, 1), err)
                self.assertIn(f"error: {self.url(path)}: ", err)
                self.assertIn(words, err)

    def test_with_keep_going_each_is_left_out_beside_a_good_page(self):
        bad = [arg for path, _, _ in MISBEHAVING for arg in ("--articles", self.url(path))]
        out, err, code = run("--articles", self.url("/good.html"), *bad, "--keep-going",
                             "--timeout", "5")
        self.assertEqual(code, 0, err)
        self.assertEqual(err.count("warning"), len(MISBEHAVING))
        self.assertEqual(err.count("\n"), len(MISBEHAVING))
        self.assertIn(f"{len(MISBEHAVING)} pages left out", out)
        self.assertIn("The harbour board of Keston said", out)

    def test_a_slow_drip_ends_at_the_timeout_for_the_whole_page(self):
        started = time.monotonic()
        out, err, code = run("--articles", self.url("/drip"), "--timeout", "2")
        self.assertLess(time.monotonic() - started, 6)      # it ends (it could drip for 8 s)
        self.assertEqual((out, code, err.count("\n")), ("", 2, 1), err)
        self.assertIn(f"{self.url('/drip')}: timed out: no complete answer in 2 s", err)

    def test_a_slow_drip_beside_a_good_page_with_keep_going(self):
        out, err, code = run("--articles", self.url("/drip"), "--articles",
                             self.url("/good.html"), "--keep-going", "--timeout", "0.3")
        self.assertEqual(code, 0, err)
        self.assertIn("no complete answer in 0.3 s (left out)", err)
        self.assertIn("The harbour board of Keston said", out)

    def test_a_path_outside_ascii_is_sent_percent_encoded(self):
        run("--articles", self.url("/café/ü.html"), "--timeout", "5")
        self.assertIn("/caf%C3%A9/%C3%BC.html", self.server.asked)


class Links(TempFiles, unittest.TestCase):
    """A feed on 127.0.0.1 links to 127.0.0.2 (another host, loopback) and to 127.0.0.1
    (its own host); a page on 127.0.0.1 redirects to 127.0.0.2."""

    @classmethod
    def setUpClass(cls):
        cls.other = other_loopback({"/page.html": ok(PAGE), "/there": redirect("/page.html")})
        if cls.other is None:
            raise unittest.SkipTest("no loopback address 127.0.0.2 here")
        cls.server = RawServer({"/own.html": ok(PAGE), "/here": redirect("/own.html")})
        base, other = cls.server.base, cls.other.base
        cls.server.answers.update({
            "/feed-away.xml": feed(f"{other}/page.html"),
            "/feed-own.xml": feed(f"{base}/own.html"),
            "/feed-both.xml": feed(f"{other}/page.html", f"{base}/own.html"),
            "/away": redirect(f"{other}/page.html")})

    @classmethod
    def tearDownClass(cls):
        cls.server.close()
        cls.other.close()

    def setUp(self):
        super().setUp()
        self.other.asked.clear()

    def test_a_feed_link_to_another_loopback_host_is_refused(self):
        out, err, code = run("--articles", self.server.base + "/feed-away.xml")
        self.assertEqual((out, code, err.count("\n")), ("", 2, 1), err)
        self.assertIn(f"{self.other.base}/page.html: not followed: a link found on 127.0.0.1 "
                      "to 127.0.0.2, a loopback address", err)
        self.assertEqual(self.other.asked, [])

    def test_a_feed_link_to_its_own_host_is_fetched(self):
        (a,) = q.read_articles([self.server.base + "/feed-own.xml"])[0]
        self.assertEqual((a.title, a.published.isoformat()), ("Item 1", "2024-03-15"))

    def test_with_keep_going_the_refused_link_is_left_out_and_the_other_read(self):
        out, err, code = run("--articles", self.server.base + "/feed-both.xml", "--keep-going")
        self.assertEqual((code, err.count("\n")), (0, 1), err)
        self.assertIn("127.0.0.2, a loopback address (left out)", err)
        self.assertIn("The harbour board of Keston said", out)
        self.assertEqual(self.other.asked, [])

    def test_a_redirect_to_another_loopback_host_is_refused(self):
        out, err, code = run("--articles", self.server.base + "/away")
        self.assertEqual((out, code, err.count("\n")), ("", 2, 1), err)
        self.assertIn(f"{self.server.base}/away: not followed: a redirect to "
                      f"{self.other.base}/page.html, at 127.0.0.2, a loopback address", err)
        self.assertEqual(self.other.asked, [])

    def test_a_redirect_on_the_same_host_is_followed(self):
        for base, path in ((self.server.base, "/here"), (self.other.base, "/there")):
            with self.subTest(base):
                (a,) = q.read_articles([base + path])[0]
                self.assertEqual(a.published.isoformat(), "2024-03-15")

    def test_a_url_given_on_the_command_line_is_fetched_as_given(self):
        out, err, code = run("--articles", self.other.base + "/page.html")
        self.assertEqual((code, err), (0, ""))
        self.assertEqual(self.other.asked, ["/page.html"])

    def test_a_local_feed_links_anywhere(self):
        path = self.write("feed.xml", feed(f"{self.other.base}/page.html").pieces[0]
                          .split(b"\r\n\r\n", 1)[1], "wb")
        (a,) = q.read_articles([path])[0]
        self.assertEqual((a.title, a.published.isoformat()), ("Item 1", "2024-03-15"))

    def test_a_public_host_cannot_link_to_its_own_name_at_a_private_address(self):
        """DNS rebinding: a host that answered from a public address names itself again,
        and its name now leads into the private network."""
        link = q.Link(self.server.base + "/own.html", q.Origin("127.0.0.1", True))
        with self.assertRaisesRegex(q.InputError, "not followed: a link found on 127.0.0.1"):
            q.fetch(link, 5)
        self.assertEqual(q.fetch(link._replace(found_in=q.Origin("127.0.0.1", False)), 5)
                         .url, self.server.base + "/own.html")


class Addresses(unittest.TestCase):
    def test_what_keeps_an_address_from_being_public(self):
        for address, kind in (
            ("127.0.0.2", "loopback"), ("::1", "loopback"),
            ("::ffff:127.0.0.1", "loopback"),           # IPv4-mapped IPv6
            ("2002:7f00:1::1", "loopback"),             # 6to4 around 127.0.0.1
            ("64:ff9b::a00:1", "private"),              # NAT64 around 10.0.0.1
            ("64:ff9b::808:808", None),
            ("10.1.2.3", "private"), ("172.16.0.1", "private"), ("192.168.1.1", "private"),
            ("::ffff:192.168.1.1", "private"), ("fd12:3456::1", "private"),
            ("169.254.169.254", "link-local"),          # a cloud's metadata service
            ("fe80::1%eth0", "link-local"), ("224.0.0.1", "multicast"),
            ("ff02::1", "multicast"), ("0.0.0.0", "unspecified"), ("::", "unspecified"),
            ("240.0.0.1", "reserved"), ("100.64.0.1", "non-public"),   # shared (CGNAT)
            ("93.184.215.14", None), ("8.8.8.8", None), ("2606:4700::1111", None),
            ("::ffff:8.8.8.8", None),
        ):
            with self.subTest(address):
                self.assertEqual(q.address_kind(address), kind)


class Tls(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = RawServer({"/good.html": ok(PAGE), "/drip": DRIP}, tls=True)

    @classmethod
    def tearDownClass(cls):
        cls.server.close()

    def test_a_certificate_not_valid_for_the_host(self):
        out, err, code = run("--articles", self.server.base + "/good.html", "--timeout", "5")
        self.assertEqual((out, code, err.count("\n")), ("", 2, 1), err)
        self.assertIn("TLS certificate not valid for this host (", err)

    def test_a_trusted_certificate_and_its_deadline(self):
        trusting = ssl.create_default_context(cafile=TLS_PEM)
        trusting.sslsocket_class = q.tls_context().sslsocket_class
        with mock.patch.object(q, "tls_context", lambda: trusting):
            (a,) = q.read_articles([self.server.base + "/good.html"])[0]
            self.assertEqual(a.published.isoformat(), "2024-03-15")
            out, err, code = run("--articles", self.server.base + "/drip", "--timeout", "0.3")
        self.assertEqual((out, code), ("", 2))
        self.assertIn("no complete answer in 0.3 s", err)


if __name__ == "__main__":
    unittest.main()
