"""Helpers shared by the tests: run the command line in process, build small timelines."""
import contextlib
import io
import json
import os
import sys
import tempfile
from datetime import date

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import q7x2_summit as q  # noqa: E402


def run(*argv, stdin: str | None = None):
    """(stdout, stderr, exit status) of one in-process run of the command line."""
    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = q.main(list(argv))
    finally:
        sys.stdin = old_stdin
    return out.getvalue(), err.getvalue(), code


def article(id_, text, published="2023-09-16", **extra) -> dict:
    """An article object as a JSON input file holds it."""
    return {"id": id_, "published": published, "text": text, **extra}


def timeline(*articles: dict, title: str = "Test") -> "q.Timeline":
    """The timeline of a few article objects."""
    return q.build_timeline([q.article_from_dict(a, "test") for a in articles], title)


def dates(text: str, published: str = "2023-09-16") -> list:
    """(date, status) of each entry the timeline of a one-article text has."""
    return [(e.when.value, e.status) for e in timeline(article("a", text, published)).events]


class TempFiles:
    """Mixin: write files into a temporary directory removed after the test."""

    def setUp(self):
        super().setUp()
        self._tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self._tmp.cleanup)

    def write(self, name: str, content, mode: str = "w") -> str:
        path = os.path.join(self._tmp.name, name)
        if isinstance(content, (list, dict)):
            content = json.dumps(content)
        with open(path, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as f:
            f.write(content)
        return path

    @property
    def tmpdir(self) -> str:
        return self._tmp.name


def day(iso: str) -> date:
    return date.fromisoformat(iso)
