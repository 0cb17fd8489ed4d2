#!/usr/bin/env python3
"""Benchmark: adversarial text, grown from 10 KB to 160 KB, one article of one paragraph.

    python3 benchmarks/worst_case.py                  # every shape at 10, 40, 160 KB
    python3 benchmarks/worst_case.py --sizes 2 8      # what CI runs, as a smoke test
    python3 benchmarks/worst_case.py --shape digits   # one shape

Each shape is text an attacker (or a broken scraper) could hand the tool: runs that a
careless pattern backtracks over, or repeats that make a per-match loop rescan the
sentence. For each size the tool runs as its own process (`--format json`), and the
table shows the seconds per size and how much they grew per 4x of text: about 4 is
linear; 16 would be quadratic. Standard library only.
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time

LIMIT = 60          # seconds a run may take before it is stopped and shown as "inf"
HERE = os.path.dirname(os.path.abspath(__file__))
TOOL = os.environ.get("Q7X2_TOOL") or os.path.join(os.path.dirname(HERE), "q7x2_summit.py")


LEAD = "On Monday the town reported "   # a dated clause of prose, so that every step reads it


def grow(head: str, unit: str, tail: str):
    """A shape: a few words, `head`, then `unit` repeated to the size, then `tail`. A
    "{n}" in the unit is its number, so that no stretch of the text repeats another (a
    repeat is read once, and would hide what a fresh stretch costs)."""
    def make(size: int) -> str:
        room, parts, n = size - len(LEAD) - len(head) - len(tail), [], 0
        while room > 0:
            parts.append(unit.replace("{n}", str(n)))
            room, n = room - len(parts[-1]), n + 1
        return LEAD + head + "".join(parts) + tail
    return make


# name: (what it attacks, how to make it at a size in characters)
SHAPES = {
    "digits-km": ("a run of digits before a unit that is not one",
                  grow("", "7", " kmz from Paris.")),
    "digits-killed": ("a run of digits before a toll that is not one",
                      grow("", "7", " people were killedx.")),
    "thousands": ("1 then ,000 repeated before a unit", grow("1", ",000", " kmz.")),
    "capitals-spaces": ("two capitals, then a run of spaces",
                        grow("AB", " ", "x met them on Monday.")),
    "abbreviations": ("'a.' repeated before a numbered line", grow("", "a.", "1. Then it ended.")),
    "abbreviations-spaced": ("'a. ' repeated", grow("", "a{n}. ", "Then it ended on Monday.")),
    "credit-spaces": ("'Photo', a run of spaces, then a colon", grow("Photo", " ", "x: a b c")),
    "said-monday": ("'said Monday x ' repeated", grow("", "said Monday x{n} ", "end.")),
    "on-monday": ("'on Monday, ' repeated", grow("", "on Monday, {n} ", "end.")),
    "monday": ("'Monday ' repeated", grow("", "Monday {n} ", "end.")),
    "dates": ("'Sept. 13, 2023 ' repeated", grow("", "Sept. 13, 2023 x{n} ", "end.")),
    "open-quote": ("'“a ' repeated, the quote never closed", grow("", "“a{n} ", "end.")),
    "dateline-spaces": ("a capital word, a run of spaces, no dash",
                        grow("SEOUL,", " ", "Oct. 2 (Yonhap) x.")),
    "and-on-monday": ("', and on Monday it rained' repeated",
                      grow("It rained on Sunday", ", and on Monday it rained {n}", ".")),
    "that-was": ("a relative clause repeated",
                 grow("The storm", " that was on Monday {n}", " ended.")),
    "said-that": ("'said that ' repeated",
                  grow("Officials", " said that {n}", " it ended on Monday.")),
    "commas-said": ("', the police said' repeated", grow("It ended", ", the police {n} said", ".")),
    "hyphens": ("a run of hyphens", grow("SEOUL", "-", " x.")),
    "parentheses": ("'(' repeated", grow("It ended on Monday ", "({n} ", " x.")),
    "figures": ("'killed 5 people' repeated", grow("", "killed {n} people and ", "x.")),
    "said-quote": ("'said “' repeated", grow("It ended on Monday", ", he said “{n}", ".")),
    "relative-which": ("', which was on Monday' repeated",
                       grow("The storm", ", which hit on Monday {n}", " ended.")),
    "participles": ("', halted on Monday,' repeated",
                    grow("The ferries", ", halted on Monday {n},", " sailed on Friday.")),
    "anchors": ("'after the meeting' repeated", grow("", "after the meeting {n} ", "x.")),
    "time-words": ("the Lexicon's time words, never completing an expression",
                   grow("", "the following last next this about {n} hours more than mid- ",
                        "x.")),
    "captions": ("lines ending in a credit", grow("", "A man walks past {n}. AFP/X\n", "")),
    "headings": ("date headings and lines",
                 grow("", "MARCH {n}, 2024:\nIt rained on Monday.\n", "")),
    "prose": ("ordinary prose, for comparison",
              grow("", "The minister met mayor {n} in the old town on Monday. ", "")),
}


def seconds(text: str, folder: str) -> float:
    """Seconds of one whole run of the tool on one article with this text."""
    path = os.path.join(folder, "a.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump([{"id": "a", "published": "2023-09-16", "text": text}], f)
    start = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, TOOL, "--articles", path, "--format", "json"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=LIMIT)
    except subprocess.TimeoutExpired:
        return math.inf
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 2):
        raise SystemExit(f"the tool failed: {done.stderr.decode()[-500:]}")
    return elapsed


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 40, 160], metavar="KB")
    parser.add_argument("--shape", choices=sorted(SHAPES), action="append")
    args = parser.parse_args(argv)
    names = args.shape or list(SHAPES)
    print(f"{'shape':<22}" + "".join(f"{str(kb) + ' KB':>9}" for kb in args.sizes) +
          f"{'growth':>9}")
    with tempfile.TemporaryDirectory() as folder:
        for name in names:
            times = [seconds(SHAPES[name][1](kb * 1024), folder) for kb in args.sizes]
            steps = [b / a for a, b in zip(times, times[1:]) if a > 0 and b < math.inf]
            growth = f"{max(steps):.1f}x" if steps else ""
            print(f"{name:<22}" + "".join(f"{t:>9.2f}" for t in times) + f"{growth:>9}",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
