#!/usr/bin/env python3
"""Benchmark: the whole pipeline on generated coverage of 5 to 10,000 reports.

    python3 benchmarks/bench.py                 # N = 5, 100, 1000, 10000
    python3 benchmarks/bench.py --sizes 5 100   # what CI runs, as a smoke test
    python3 benchmarks/bench.py --startup       # and the default run's start-up time
    python3 benchmarks/bench.py --distinct 1000 10000   # distinct prose: 1 MB and 10 MB
    python3 benchmarks/bench.py --pages 1000    # 1,000 generated web pages in a folder
    python3 benchmarks/bench.py --real-pages DIR   # saved web pages: article text, side by side

For each N it writes a JSON Lines file of N generated reports into a temporary
folder, then runs `q7x2_summit.py --articles FILE --format json -o OUT` as its
own process, as an analyst would: the time is the whole process's, from reading
the input to the rendered output, and the memory its peak resident size. It also
prints how many entries the merged timeline has for each generated happening.

The coverage is made from the tool's five built-in reports: each generated
report retells one of them, as another outlet would, in other words (synonyms,
spelling variants, half its sentences reworded), with paragraphs dropped and
reordered, a background paragraph and page furniture of its own; one report in
ten is about an unrelated story. Standard library only; deterministic for a
given --seed.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOOL = os.path.join(os.path.dirname(HERE), "q7x2_summit.py")
sys.path.insert(0, os.path.dirname(HERE))

import q7x2_summit as q  # noqa: E402  (the built-in reports are the material)

OUTLETS = ["Gazette", "Herald", "Courier", "Tribune", "Chronicle", "Observer", "Dispatch",
           "Monitor", "Bulletin", "Express", "Ledger", "Post", "Times", "Journal", "Record"]
SYNONYMS = [("visited", "toured"), ("meeting", "talks"), ("warship", "naval vessel"),
            ("factory", "plant"), ("factories", "plants"), ("Kim Jong Un", "Kim Jong-un"),
            ("Defence", "Defense"), ("reported", "said"), ("inspected", "examined"),
            ("approximately", "about"), ("nearly", "almost"), ("leader", "ruler"),
            ("Kinzhal", "Kinjal"), ("concerns", "worries"), ("suspected", "believed")]
BACKGROUND = [
    "Analysts say the relationship between the two countries has deep historical roots.",
    "The region has long been a hub for trade, shipping and military industry.",
    "Sanctions imposed by the United Nations restrict trade in weapons with the North.",
    "Observers note that such visits are rare and tightly choreographed by both sides.",
    "Experts caution that the practical results of the talks may take months to appear.",
]
FURNITURE = ["Advertisement", "Share this article", "Read more: Related coverage",
             "Sign up for our newsletter", "Photo: Reuters"]
UNRELATED = [
    ("The city council approved the new budget on {day}, raising spending on schools and "
     "roads by four percent.", "The mayor said the vote on {day} ended months of debate."),
    ("The national team won the final on {day} after a penalty shootout in front of "
     "60,000 fans.", "The coach said on {day} that the players had earned their rest."),
    ("Heavy rain flooded the valley on {day}, closing the main highway for several hours.",
     "Forecasters expect drier weather after the storm that hit the valley on {day}."),
]


FILLERS = ["reportedly", "also", "then", "later", "officially", "briefly", "notably"]


def reworded(paragraph: str, rng: random.Random, rate: float) -> str:
    """A paragraph with some of its sentences reworded: a word dropped or one added."""
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", paragraph)
    out = []
    for sentence in sentences:
        words = sentence.split()
        if rng.random() < rate and len(words) > 6:
            i = rng.randrange(1, len(words) - 2)
            if rng.random() < 0.5 and words[i].isalpha() and words[i].islower():
                del words[i]
            else:
                words.insert(i, rng.choice(FILLERS))
        out.append(" ".join(words))
    return " ".join(out)


def retelling(base: q.Article, n: int, rng: random.Random, rate: float) -> dict:
    """Another outlet's retelling of a built-in report."""
    paragraphs = [reworded(p.text, rng, rate) for p in q.prose_paragraphs(base.text)]
    lead, rest = paragraphs[:1], paragraphs[1:]
    rest = [p for p in rest if rng.random() < 0.8]
    if len(rest) > 3:
        i, j = sorted(rng.sample(range(len(rest)), 2))
        rest[i], rest[j] = rest[j], rest[i]
    body = lead + rest
    body.insert(rng.randrange(1, len(body) + 1), rng.choice(BACKGROUND))
    text = "\n\n".join(body)
    for old, new in SYNONYMS:
        if rng.random() < 0.5:
            text = re.sub(rf"\b{re.escape(old)}\b", new, text)
    lines = text.split("\n\n")
    lines.insert(rng.randrange(1, len(lines) + 1), rng.choice(FURNITURE))
    return {"id": f"r{n:05d}", "outlet": rng.choice(OUTLETS),
            "published": base.published.isoformat(), "title": None, "url": None,
            "text": "\n\n".join(lines)}


def unrelated(n: int, rng: random.Random) -> dict:
    first, second = rng.choice(UNRELATED)
    day = rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
    return {"id": f"u{n:05d}", "outlet": rng.choice(OUTLETS), "published": "2023-09-16",
            "title": None, "url": None,
            "text": first.format(day=day) + "\n\n" + second.format(day=day)}


def coverage(size: int, seed: int, rate: float = 0.5) -> list:
    """`size` generated reports: retellings of the built-in ones, one in ten unrelated;
    `rate` of their sentences reworded."""
    rng = random.Random(seed)
    bases = q.builtin_articles()
    return [unrelated(n, rng) if rng.random() < 0.1 else
            retelling(rng.choice(bases), n, rng, rate) for n in range(size)]


PLACES = ["Arlen", "Brisk", "Corvo", "Dunmere", "Elgin", "Farrow", "Galt", "Harlow", "Istra",
          "Jorvik", "Kessel", "Lirra", "Marrow", "Nadel", "Orvan", "Penrick"]
DOINGS = ["met the board of", "visited", "opened a depot in", "closed the road to", "inspected",
          "praised the mayor of", "left", "reached", "joined the council of", "flooded"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def distinct_prose(kb: int, seed: int) -> str:
    """About `kb` KB of short sentences, every one new (a number in each), a paragraph
    each: text that no cache can read twice."""
    rng, out, size, n = random.Random(seed), [], 0, 0
    while size < kb * 1024:
        line = (f"The {rng.choice(PLACES)} team {rng.choice(DOINGS)} {rng.choice(PLACES)} "
                f"unit {n} on {rng.choice(WEEKDAYS)}.")
        out.append(line)
        size, n = size + len(line) + 2, n + 1
    return "\n\n".join(out)


def distinct(sizes: list, seed: int) -> None:
    """The distinct-prose table: seconds, ms per KB and peak MB of one whole run each."""
    print(f"{'KB':>8} {'sentences':>10} {'process s':>10} {'ms/KB':>8} {'peak MB':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for kb in sizes:
            path, out = os.path.join(tmp, f"d{kb}.json"), os.path.join(tmp, "out.json")
            text = distinct_prose(kb, seed)
            with open(path, "w", encoding="utf-8") as f:
                json.dump([{"id": "d", "published": "2023-09-16", "text": text}], f)
            seconds, peak = measure(path, out)
            print(f"{kb:>8} {text.count(chr(10) * 2) + 1:>10} {seconds:>10.2f} "
                  f"{1000 * seconds / kb:>8.2f} {peak:>8.0f}", flush=True)


def page_html(report: dict) -> str:
    """A generated report as a web page: navigation, scripts, metadata, furniture."""
    import html
    meta = {"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": report.get("title") or report["id"], "datePublished": report["published"],
            "publisher": {"@type": "Organization", "name": report["outlet"]}}
    body = "".join(f"<p>{html.escape(line)}</p>\n" for line in report["text"].splitlines()
                   if line.strip())
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>'
            f'{html.escape(meta["headline"])} | {report["outlet"]}</title>'
            f'<script type="application/ld+json">{json.dumps(meta)}</script>'
            '<script>window.ads = ["<p>not the article</p>"];</script></head><body>'
            '<nav class="menu"><a href="/">Home</a> <a href="/world">World</a></nav>'
            f'<main><article><h1>{html.escape(meta["headline"])}</h1>{body}</article>'
            '<aside class="related"><p>Related: more stories from the region today.</p>'
            '</aside></main><footer><p>Copyright. All rights reserved.</p></footer>'
            '</body></html>')


def pages(size: int, seed: int) -> None:
    """The pages table: extraction alone in process (ms per page), then the whole tool on
    the folder as its own process."""
    print(f"{'pages':>8} {'extract s':>10} {'ms/page':>8} {'process s':>10} {'peak MB':>8}"
          f" {'entries':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = os.path.join(tmp, "pages")
        os.mkdir(folder)
        for report in coverage(size, seed):
            with open(os.path.join(folder, f"{report['id']}.html"), "w", encoding="utf-8") as f:
                f.write(page_html(report))
        start = time.perf_counter()
        articles, _ = q.read_articles([folder])
        extract = time.perf_counter() - start
        out = os.path.join(tmp, "out.json")
        seconds, peak = measure(folder, out)
        with open(out, encoding="utf-8") as f:
            events = json.load(f)["events"]
        print(f"{len(articles):>8} {extract:>10.2f} {1000 * extract / size:>8.2f} "
              f"{seconds:>10.2f} {peak:>8.0f} {len(events):>8}", flush=True)


def real_pages(folder: str) -> None:
    """The real-pages table: the tool's reading of each saved page in DIR (its article
    text, title and date, in this process), and trafilatura.extract on the same pages in
    the same run when it is installed (it never is in the project: run this with the
    Python of a scratch virtual environment that has it, to see both)."""
    names = sorted(n for n in os.listdir(folder) if n.lower().endswith((".html", ".htm")))
    raws = []
    for name in names:
        with open(os.path.join(folder, name), "rb") as f:
            raws.append(f.read())

    def tool(raw):
        try:
            q.page_from_html(q.decoded_page(raw, None), None, "page")
        except q.InputError:
            pass
    runners = {"q7x2_summit": tool}
    try:
        import trafilatura
        runners["trafilatura"] = lambda raw: trafilatura.extract(raw)
    except ImportError:
        print("trafilatura not installed: the tool alone", file=sys.stderr)
    print(f"{'extractor':>12} {'pages':>6} {'ms/page':>8} {'median':>8} {'slowest':>8}")
    for label, run in runners.items():
        times = []
        for raw in raws:
            start = time.perf_counter()
            run(raw)
            times.append(1000 * (time.perf_counter() - start))
        times.sort()
        print(f"{label:>12} {len(times):>6} {sum(times) / max(len(times), 1):>8.1f} "
              f"{times[len(times) // 2] if times else 0:>8.1f} {times[-1] if times else 0:>8.1f}",
              flush=True)


def pipeline_seconds(path: str, out: str) -> float:
    """Seconds of the pipeline alone, in this process: read, build, render, write (the
    tool's caches emptied first, so that nothing is carried over from another run)."""
    for cached in (q.read_sentence, q.terms, q.tense_of, q.figures_in, q.things_in,
                   q.statement, q.frame_of, q.prose_line, q.paragraph_sentences):
        cached.cache_clear()
    q._STEMS.clear()
    q._KINDS_OF_WORD.clear()
    q._KIND_SETS.clear()
    start = time.perf_counter()
    if q.main(["--articles", path, "--format", "json", "-o", out]) != 0:
        raise SystemExit("the tool failed")
    return time.perf_counter() - start


def measure(path: str, out: str) -> tuple:
    """(seconds, peak resident MB) of one whole run of the tool as its own process."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, TOOL, "--articles", path, "--format", "json",
                             "-o", out], stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode()
    if status:
        raise SystemExit(f"the tool failed: {err}")
    return elapsed, usage.ru_maxrss / 1024


def startup(runs: int = 21) -> tuple:
    """(median ms of `python3 -c pass`, of the tool's default run): side by side, in turns."""
    bare, tool = [], []
    for _ in range(runs):
        for command, times in (([sys.executable, "-c", "pass"], bare),
                               ([sys.executable, TOOL], tool)):
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
            times.append(1000 * (time.perf_counter() - start))
    return sorted(bare)[runs // 2], sorted(tool)[runs // 2]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 100, 1000, 10000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--reword", type=float, default=0.5, metavar="RATE",
                        help="share of sentences reworded in each retelling (default 0.5)")
    parser.add_argument("--startup", action="store_true",
                        help="also time the default run against a bare python3 -c pass")
    parser.add_argument("--distinct", type=int, nargs="+", metavar="KB",
                        help="instead: one report of KB kilobytes of distinct short sentences")
    parser.add_argument("--pages", type=int, metavar="N",
                        help="instead: N generated reports as web pages in a folder")
    parser.add_argument("--real-pages", metavar="DIR",
                        help="instead: the article text of the saved pages in DIR, timed")
    args = parser.parse_args(argv)
    if args.real_pages:
        real_pages(args.real_pages)
        return 0
    if args.distinct:
        distinct(args.distinct, args.seed)
        return 0
    if args.pages:
        pages(args.pages, args.seed)
        return 0
    print(f"{'reports':>8} {'pipeline s':>10} {'ms/report':>10} {'process s':>10} {'peak MB':>8}"
          f" {'entries':>8} {'dates':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            path, out = os.path.join(tmp, f"c{size}.jsonl"), os.path.join(tmp, "out.json")
            with open(path, "w", encoding="utf-8") as f:
                for obj in coverage(size, args.seed, args.reword):
                    f.write(json.dumps(obj, ensure_ascii=False) + "\n")
            pipeline = pipeline_seconds(path, out)
            seconds, peak = measure(path, out)
            with open(out, encoding="utf-8") as f:
                events = json.load(f)["events"]
            days = len({e["date"] for e in events})
            print(f"{size:>8} {pipeline:>10.2f} {1000 * pipeline / size:>10.2f} {seconds:>10.2f}"
                  f" {peak:>8.0f} {len(events):>8} {days:>6}", flush=True)
    if args.startup:
        bare, tool = startup()
        print(f"start-up: python3 -c pass {bare:.0f} ms, python3 q7x2_summit.py {tool:.0f} ms "
              f"(median of 21 runs side by side): {tool / bare:.2f} times")
    return 0


if __name__ == "__main__":
    sys.exit(main())
