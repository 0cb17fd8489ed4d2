"""Golden output of the built-in timeline, text and JSON, checked in under tests/golden/.

Every change that moves the built-in timeline shows here on purpose: when a change is
meant to move it, write the new output with

    GOLDEN_UPDATE=1 python3 -m unittest discover -s tests -p test_golden.py

and commit the files with the change, so the diff shows what moved.
"""
import os
import unittest

from support import run

GOLDEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "golden")
CASES = (("builtin.txt", ("--width", "100", "--color", "never")),
         ("builtin.json", ("--format", "json")))


class GoldenTest(unittest.TestCase):
    def test_builtin_output_is_the_checked_in_output(self):
        for name, argv in CASES:
            with self.subTest(name=name):
                out, err, code = run(*argv)
                self.assertEqual((code, err), (0, ""))
                path = os.path.join(GOLDEN, name)
                if os.environ.get("GOLDEN_UPDATE"):
                    with open(path, "w", encoding="utf-8", newline="") as f:
                        f.write(out)
                with open(path, encoding="utf-8", newline="") as f:
                    self.assertEqual(out, f.read(), f"{name} moved; see this file's docstring")


if __name__ == "__main__":
    unittest.main()
