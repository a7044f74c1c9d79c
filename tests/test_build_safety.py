"""Publishing never leaves dist/ half-written, and bad articles never reach it."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from khabar import build
from khabar.atomic import build_lock
from khabar.check import check_dist
from tests.conftest import ROOT

# Builds into OUT forever, alternating a 2-article and a 3-article seed folder.
BUILD_LOOP = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from khabar import build
    from khabar.atomic import build_lock

    out, folders = Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]]
    i = 0
    while True:
        seeds = folders[i % len(folders)]
        with build_lock(out):
            screening = build.screen_sources(seeds)
            staging = build.new_staging(out)
            build.annotate_batch(seeds, screening.accepted, staging, 0)
            build.link_quote_clusters(staging)
            build.assemble(staging)
            build.publish(staging, out)
        print("published", seeds.name, flush=True)
        i += 1
    """
)


def plain_build(seeds: Path, out: Path) -> dict[str, int]:
    with build_lock(out):
        screening = build.screen_sources(seeds)
        staging = build.new_staging(out)
        build.annotate_batch(seeds, screening.accepted, staging, 0)
        build.link_quote_clusters(staging)
        counts = build.assemble(staging)
        build.publish(staging, out)
    return counts


def seed_subset(tmp_path: Path, name: str, count: int) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for path in sorted((ROOT / "seeds").glob("*.txt"))[:count]:
        shutil.copy(path, folder / path.name)
    return folder


def n_articles(dist: Path) -> int:
    return pq.read_metadata(dist / "data/articles.parquet").num_rows


def test_killing_a_build_at_any_moment_leaves_old_or_new_dist(tmp_path):
    small, large = seed_subset(tmp_path, "small", 2), seed_subset(tmp_path, "large", 3)
    out = tmp_path / "dist"
    plain_build(small, out)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rng = random.Random(7)
    for _ in range(3):
        child = subprocess.Popen(
            [sys.executable, "-c", BUILD_LOOP, str(out), str(small), str(large)],
            stdout=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert child.stdout.readline().startswith("published")  # warmed up, now mid-loop
        time.sleep(rng.uniform(0.0, 1.5))  # a build of 2-3 articles takes about that long
        child.send_signal(signal.SIGKILL)
        child.communicate()
        assert check_dist(out) == [], "dist/ was left half-written"
        assert n_articles(out) in (2, 3)
        assert not list(tmp_path.glob(".dist-old*"))
    with build_lock(out):  # the next build cleans up what the killed one left behind
        pass
    assert not list(tmp_path.glob(".dist-tmp-*"))


def test_two_builds_at_once_do_not_corrupt_each_other(tmp_path):
    small, large = seed_subset(tmp_path, "small", 2), seed_subset(tmp_path, "large", 3)
    out = tmp_path / "dist"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    script = (
        "import sys; from pathlib import Path; from tests.test_build_safety import plain_build;"
    )
    script += "plain_build(Path(sys.argv[1]), Path(sys.argv[2]))"
    children = [
        subprocess.Popen([sys.executable, "-c", script, str(seeds), str(out)], env=env, cwd=ROOT)
        for seeds in (small, large)
    ]
    assert [child.wait(timeout=300) for child in children] == [0, 0]
    assert check_dist(out) == []
    assert n_articles(out) in (2, 3)


def write_bad_seeds(folder: Path) -> None:
    (folder / "900_badencoding0000.txt").write_bytes(
        "قال الرئيس إن المحادثات كانت بناءة. ".encode("cp1256") * 20
    )
    (folder / "901_bidi00000000000.txt").write_text(
        "وقال بوتين إن \u202eالمحادثات كانت بناءة\u202c وإن الطرفين اتفقا على عودة السفيرين. " * 10,
        encoding="utf-8",
    )


@pytest.mark.flow
def test_build_refuses_invalid_articles_and_leaves_dist_untouched(prefect_harness, tmp_path):
    from flows.build_dataset import build_dataset

    seeds = seed_subset(tmp_path, "seeds", 2)
    out = tmp_path / "dist"
    plain_build(seeds, out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    write_bad_seeds(seeds)
    with pytest.raises(build.BuildRefused) as refused:
        build_dataset(str(seeds), str(out))
    message = str(refused.value)
    assert "900_badencoding0000.txt" in message and "901_bidi00000000000.txt" in message
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before

    summary = build_dataset(str(seeds), str(out), skip_invalid=True)
    assert summary.counts["articles"] == 2
    assert any("900_badencoding0000.txt" in line for line in summary.skipped)
    assert any("901_bidi00000000000.txt" in line for line in summary.skipped)
    assert check_dist(out) == []


def test_a_broken_metadata_file_refuses_the_build_with_its_problems(tmp_path):
    seeds = seed_subset(tmp_path, "seeds", 2)
    (seeds / "sources.csv").write_text("file,sha256\n=cmd|calc,abc\n", encoding="utf-8")
    screening = build.screen_sources(seeds)
    assert screening.errors, "a broken sources.csv must be an error"
    assert all(p.file.endswith("sources.csv") for p in screening.errors)
    assert len(screening.accepted) == 2  # --skip-invalid still builds the articles


def test_a_symlinked_article_is_refused_not_followed_or_ignored(tmp_path):
    seeds = seed_subset(tmp_path, "seeds", 2)
    secret = tmp_path / "secret.txt"
    secret.write_text("سر " * 200, encoding="utf-8")
    (seeds / "002_aaaaaaaaaaaaaaaa.txt").symlink_to(secret)
    screening = build.screen_sources(seeds)
    assert [(p.file, p.code) for p in screening.errors] == [("002_aaaaaaaaaaaaaaaa.txt", "symlink")]
    assert [s.source_file for s in screening.accepted] == sorted(
        p.name for p in seeds.glob("*.txt") if not p.is_symlink()
    )
