"""The TUI on a 5 MB article (built from the samples, as in bench_analysis.py), against the same
measurements on the sample article in the same run.

1. First paint: `reader --offline ARTICLE` in tmux at 120x40, from the moment tmux is asked to
   start it to the first screen capture (polled every 5 ms) showing the article's first words.
   Target for 5 MB: <= 1 s. Median of BENCH_RUNS runs (default 3).
2. Keys and memory: benchmarks/tui_probe.py runs the same command in tmux and presses `j`, then
   `n`, BENCH_PRESSES times each (default 80), once the quotes are found: latency from the key
   event to the end of the last frame it caused (article and side panel updated), p50/p95/max.
   Target p95 <= 16 ms. Before that, from the first frame, it presses `j` while the quotes are
   still being found in the background (the worker competes for the interpreter), reported
   apart.
   Peak memory is `ru_maxrss` of that process (interpreter, imports, analysis, app, presses).
   Target <= 300 MB. Garbage-collection pauses during the presses are listed too.

`--offline`: the sandbox has no network; the link previews must play no part in the figures.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from bench_analysis import article_text
from benchlib import (
    CACHE,
    HERE,
    ROOT,
    VENV_BIN,
    Tmux,
    first_paints,
    machine_line,
    median,
    percentile,
    runs,
    show_failure,
    summary,
    terminal,
    tmux_available,
)

FIRST_WORDS = "About 2,300 dockworkers walked off"
SAMPLE = ROOT / "articles" / "harbour-strike.txt"
SIZE = 5_000_000
PAINT_TARGET = 1.0
KEY_TARGET = 0.016
MEMORY_TARGET = 300
PRESSES = int(os.environ.get("BENCH_PRESSES", "80"))


def big_article(suffix: str) -> Path:
    """The 5 MB article as a file, rewritten when the samples (or their loading) changed."""
    path = CACHE / f"article-5mb{suffix}"
    text = ("# " if suffix == ".md" else "") + article_text(SIZE)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        CACHE.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return path


def main() -> int:
    print(machine_line())
    if not tmux_available():
        print("bench_tui: skipped, tmux is not installed")
        return 0
    count = runs(3)
    big = big_article(".txt")
    articles = {"5 MB": big, "sample": SAMPLE}
    print(f"5 MB article: {big.relative_to(ROOT)} ({big.stat().st_size / 1e6:.1f} MB)")
    with terminal() as (tmux, _env, tmp):
        paints = measure_paints(tmux, articles, count)
        probes = {label: run_probe(tmux, tmp, path) for label, path in articles.items()}
    report_paints(paints, count)
    report_keys(probes)
    report_memory(probes)
    breakdown(big)
    return 0


def reader_command(article: Path) -> list[str]:
    return [str(VENV_BIN / "reader"), "--offline", str(article)]


def measure_paints(tmux: Tmux, articles: dict[str, Path], count: int) -> dict[str, Any]:
    sample = first_paints(tmux, {"sample": (reader_command(SAMPLE), [FIRST_WORDS])}, count)
    command = reader_command(articles["5 MB"])
    big = first_paints(tmux, {"5 MB": (command, [FIRST_WORDS])}, count, 120, warm_up=False)
    return {**big, **sample}


def run_probe(tmux: Tmux, tmp: Path, article: Path) -> dict[str, Any]:
    out = tmp / f"probe-{article.stem}.json"
    probe = [str(VENV_BIN / "python"), str(HERE / "tui_probe.py"), str(out), str(PRESSES)]
    name, _ = tmux.start([*probe, "--offline", str(article)])
    deadline = time.perf_counter() + 600
    while not out.exists() and time.perf_counter() < deadline:
        if tmux.pane(name, "pane_dead") == "1":
            break
        time.sleep(0.2)
    time.sleep(0.1)
    screen = tmux.screen(name)
    tmux.stop(name)
    if not out.exists():
        return {"error": "no result; last screen:\n" + screen[-1500:]}
    return json.loads(out.read_text())


def report_paints(paints: dict[str, Any], count: int) -> None:
    print(f"\n1. first paint: launch -> first words on screen, median of {count} runs")
    values = {}
    for label in ("5 MB", "sample"):
        seconds, rss = summary(paints[label])
        if seconds is None:
            show_failure(label, paints[label])
            continue
        values[label] = seconds
        each = ", ".join(f"{p.seconds:.2f}" for p in paints[label])
        print(
            f"   {label:<7} {seconds:6.2f} s   peak RSS at that moment {rss or 0:.0f} MB"
            f"   (runs: {each} s)"
        )
    if len(values) == 2:
        verdict = "met" if values["5 MB"] <= PAINT_TARGET else "MISSED"
        print(
            f"   5 MB / sample: {values['5 MB'] / values['sample']:.1f}x;  "
            f"target 5 MB <= {PAINT_TARGET:.0f} s: {verdict}"
        )


def report_keys(probes: dict[str, dict[str, Any]]) -> None:
    print(
        f"\n2. key -> end of the last frame it caused (article and panel updated), "
        f"{PRESSES} presses of each key;\n   CPU = the process's CPU time over the same span; "
        "first frame = the first frame after the key (the article's selection moves)"
    )
    for label, probe in probes.items():
        if "error" in probe:
            print(f"   {label}: probe failed: {probe['error']}")
            continue
        print(f"   {label} ({probe['sentences']} sentences, {probe['quote_starts']} quote stops)")
        during = probe.get("j_during", [])
        if during:
            print("     while finding quotes: " + key_line("j", during))
            print("       " + gc_line({**probe, "gc_pauses": probe.get("gc_pauses_during", [])}))
        for key in ("j", "n"):
            print("     " + key_line(key, probe[key]))
        print("     " + gc_line(probe))
    big, small = probes.get("5 MB", {}), probes.get("sample", {})
    if "error" in big or "error" in small:
        return
    for key in ("j", "n"):
        p95_big = percentile(_walls(big[key]), 0.95)
        p95_small = percentile(_walls(small[key]), 0.95)
        verdict = "met" if p95_big <= KEY_TARGET else "MISSED"
        print(
            f"   `{key}` p95, 5 MB / sample: {p95_big / p95_small:.2f}x;  "
            f"target 5 MB p95 <= {KEY_TARGET * 1000:.0f} ms: {verdict}"
        )


def _walls(presses: list[list[Any]]) -> list[float]:
    return [press[0] for press in presses if press[0] is not None]


def key_line(key: str, presses: list[list[Any]]) -> str:
    walls = _walls(presses)
    if not walls:
        return f"`{key}`: no frame after any press"
    cpu = [press[1] for press in presses]
    frames = median([press[2] for press in presses])
    first = [press[3] for press in presses if press[3] is not None]
    missing = len(presses) - len(walls)
    return (
        f"`{key}`: p50 {_ms(percentile(walls, 0.5))}  p95 {_ms(percentile(walls, 0.95))}  "
        f"max {_ms(max(walls))} | CPU p50 {_ms(percentile(cpu, 0.5))}  "
        f"p95 {_ms(percentile(cpu, 0.95))} | first frame p50 {_ms(percentile(first, 0.5))}, "
        f"{frames:.0f} frames a press" + (f"  ({missing} presses drew nothing)" if missing else "")
    )


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:5.1f} ms"


def gc_line(probe: dict[str, Any]) -> str:
    pauses = probe["gc_pauses"]
    if not pauses:
        return "GC during the presses: none"
    by_generation = Counter(pause[0] for pause in pauses)
    inside = Counter(pause[0] for pause in pauses if pause[3:] and pause[3])
    longest_gen, longest = max(((pause[0], pause[1]) for pause in pauses), key=lambda p: p[1])
    counts = ", ".join(
        f"gen{g} x{n} ({inside[g]} in a press)" for g, n in sorted(by_generation.items())
    )
    return (
        f"GC during the presses: {counts}; longest {longest * 1000:.1f} ms (gen{longest_gen}); "
        f"{probe['gc_frozen']} objects frozen by gc.freeze(), {probe['gc_tracked']} not"
    )


def report_memory(probes: dict[str, dict[str, Any]]) -> None:
    print("\n3. peak memory (ru_maxrss of the probed process, after all the presses)")
    for label, probe in probes.items():
        if "error" not in probe:
            print(
                f"   {label:<7} peak {probe['maxrss_mb']:6.0f} MB   "
                f"resident at the end {probe['rss_mb']:.0f} MB"
            )
    big = probes.get("5 MB", {})
    if "error" not in big:
        verdict = "met" if big["maxrss_mb"] <= MEMORY_TARGET else "MISSED"
        print(f"   target 5 MB <= {MEMORY_TARGET} MB: {verdict}")


def breakdown(article: Path) -> None:
    """What the app does with the 5 MB article before its first paint and after it, step by
    step, timed here in-process (one run each). The steps follow today's code
    (`reader.cli._read`, `Stages`, the article view's first resize, the worker); a step whose
    code has moved is shown as n/a."""
    print("\n4. where the 5 MB first paint goes: today's steps, timed in-process, once")
    steps: dict[str, Any] = {}
    done: dict[str, Any] = {}

    def step(label: str, work: Any) -> None:
        started = time.perf_counter()
        try:
            done[label] = work()
        except Exception as error:  # the code moved on: the other steps still count
            steps[label] = f"n/a ({type(error).__name__}: {error})"[:80]
            return
        steps[label] = time.perf_counter() - started

    from reader.core.load import load_path
    from reader.core.pipeline import AT_ONCE, Stages, registry_paths
    from reader.core.sources import load_registry

    load, opening = "load (decode, junk removal, paragraphs)", "sentences of the opening (Stages)"
    step(load, lambda: load_path(str(article)))
    registry = load_registry(registry_paths())
    step(opening, lambda: Stages(done[load], registry, AT_ONCE))
    stages = done.get(opening)
    step("layout of the opening at width 77", lambda: _layout(stages.first, opening=True))
    print("   before the first paint:")
    _print_steps(steps)
    steps.clear()
    step("every sentence (Stages.whole)", lambda: stages.whole())
    step("the whole layout at width 77", lambda: _layout(stages.whole(), opening=False))
    step("Navigator over every sentence", lambda: _navigator(stages.whole()))
    step("attribution (Stages.attributed)", lambda: stages.attributed())
    step("gc.collect() before gc.freeze()", gc.collect)
    step("collect_links (LinkPreviews)", lambda: _links(done["attribution (Stages.attributed)"]))
    print("   after it (in threads, then on the UI thread when they are done):")
    _print_steps(steps)


def _print_steps(steps: dict[str, Any]) -> None:
    for label, value in steps.items():
        shown = f"{value:6.2f} s" if isinstance(value, float) else value
        print(f"     {label:<44} {shown}")


def _layout(analysis: Any, opening: bool) -> Any:
    from reader.core.pipeline import AT_ONCE
    from reader.ui.layout import ArticleLayout

    return ArticleLayout(analysis, 77, until=AT_ONCE if opening else None)


def _navigator(analysis: Any) -> Any:
    from reader.ui.navigation import Navigator

    return Navigator(analysis)


def _links(analysis: Any) -> Any:
    from reader.core.links import collect_links

    return collect_links(analysis)


if __name__ == "__main__":
    sys.exit(main())
