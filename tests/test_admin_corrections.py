"""tools/build_admin_data.py: the manual renames are data, applied by the build, and the
shipped table already carries them."""
import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import build_admin_data as build  # noqa: E402


def test_a_rename_gives_the_new_name_its_short_form_and_the_old_name():
    rows = {"340225": ["340225", "无为县", "county", "340200", build.short_forms("无为县", "county", None)]}
    build.apply_corrections(rows, [("340225", "无为市", ["无为县"])])
    assert rows["340225"][1] == "无为市"
    assert rows["340225"][4] == ["无为", "无为县"]
    build.apply_corrections(rows, [("340225", "无为市", ["无为县"])])  # idempotent
    assert rows["340225"][4] == ["无为", "无为县"]


def test_shipped_divisions_carry_every_correction():
    with gzip.open(ROOT / "kg" / "data" / "admin" / "divisions.tsv.gz", "rt", encoding="utf-8") as fh:
        table = {f[0]: f for f in (line.rstrip("\n").split("\t") for line in fh)}
    for code, name, former in build.read_corrections(build.CORRECTIONS):
        assert table[code][1] == name
        assert set(former) <= set(table[code][4].split("|"))
