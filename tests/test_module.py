"""The module as a whole: one name for one thing, nothing done at import."""
import ast
import collections
import os
import subprocess
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
MODULE = os.path.join(os.path.dirname(HERE), "q7x2_summit.py")


def top_level_names(tree: ast.Module) -> dict:
    """Each name the module binds at its top level, with the lines that bind it."""
    lines = collections.defaultdict(list)
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            lines[node.name].append(node.lineno)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    lines[target.id].append(node.lineno)
    return lines


class ModuleTest(unittest.TestCase):
    def test_no_top_level_name_is_bound_twice(self):
        # A table or function defined twice is silently the last one everywhere it is
        # read at run time, which is how one stage's pattern can change another's.
        with open(MODULE, encoding="utf-8") as f:
            tree = ast.parse(f.read())
        twice = {name: at for name, at in top_level_names(tree).items() if len(at) > 1}
        self.assertEqual(twice, {})

    def test_the_counter_finds_a_name_bound_twice(self):
        tree = ast.parse("A = 1\ndef f(): pass\nA = 2\nclass B: pass\n")
        self.assertEqual(top_level_names(tree)["A"], [1, 3])

    def test_importing_prints_nothing(self):
        out = subprocess.run([sys.executable, "-c", "import q7x2_summit"],
                             cwd=os.path.dirname(MODULE), capture_output=True, text=True,
                             timeout=60)
        self.assertEqual((out.returncode, out.stdout, out.stderr), (0, "", ""))


if __name__ == "__main__":
    unittest.main()
