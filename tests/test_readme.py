"""The README's two commands: present, run by CI, and the build one does what it says."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text("utf-8")
    block = re.search(r"## Two commands.*?```sh\n(.*?)```", text, re.S)
    assert block, "README has no '## Two commands' sh block"
    return [ln for ln in block.group(1).splitlines() if ln.strip() and not ln.startswith("#")]


def test_readme_gives_the_two_commands():
    build, tests = readme_commands()
    assert "pip install -e ." in build and build.endswith("kg build")
    assert "pip install -e '.[test]'" in tests and tests.endswith("python -m pytest")


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert readme_commands()[1] in ci


def test_kg_build_with_no_arguments_builds_seeds_into_outputs(tmp_path: Path):
    """`kg build` in a checkout: seeds/ → outputs/, identical to the committed outputs/."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    done = subprocess.run([sys.executable, "-m", "kg", "build", "--jobs", "1"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    for name in ("graph.ttl", "extractions.jsonl", "graph.html", "report.md"):
        assert (tmp_path / "outputs" / name).read_bytes() == (ROOT / "outputs" / name).read_bytes(), name
