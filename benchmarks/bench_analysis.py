"""Analysis speed on book-length input: a 5 MB and a 10 MB article built from the samples.

Prints the median of several runs for each stage, the throughput, and two ratios measured in the
same run: 10 MB / 5 MB (linear growth means about 2.0) and the whole analysis against sentence
splitting alone (the baseline: what the fastest stage costs on the same text).
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from reader.core.attribution import attribute
from reader.core.load import load_path, load_text
from reader.core.segment import split_sentences

ROOT = Path(__file__).resolve().parents[1]
RUNS = int(os.environ.get("BENCH_RUNS", "3"))


def body_of_samples() -> str:
    paragraphs = []
    for name in ("harbour-strike.txt", "water-pact.md", "transit-levy.html"):
        article = load_path(str(ROOT / "articles" / name))
        paragraphs += [article.paragraph_text(p) for p in article.paragraphs]
    return "\n\n".join(paragraphs)


def article_text(size: int) -> str:
    body = body_of_samples()
    copies = size // len(body.encode()) + 1
    return ("A book-length test article\n\n" + "\n\n".join([body] * copies))[:size]


def median_seconds(work: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(size: int) -> dict[str, float]:
    text = article_text(size)
    article = load_text(text, "bench.txt", "text")
    sentences = split_sentences(article)
    return {
        "load": median_seconds(lambda: load_text(text, "bench.txt", "text")),
        "split": median_seconds(lambda: split_sentences(article)),
        "attribute": median_seconds(lambda: attribute(article, sentences, {})),
        "sentences": len(sentences),
    }


def main() -> int:
    python = platform.python_version()
    print(f"machine: {os.cpu_count()} cores, Python {python}, {platform.machine()}")
    print(f"median of {RUNS} runs per stage\n")
    results = {}
    for megabytes in (5, 10):
        r = results[megabytes] = measure(megabytes * 1_000_000)
        total = r["load"] + r["split"] + r["attribute"]
        print(
            f"{megabytes:>2} MB  {int(r['sentences']):>7} sentences  load {r['load']:.2f} s  "
            f"split {r['split']:.2f} s  attribute {r['attribute']:.2f} s  "
            f"total {total:.2f} s  ({megabytes / total:.1f} MB/s)"
        )
    five = sum(results[5][k] for k in ("load", "split", "attribute"))
    ten = sum(results[10][k] for k in ("load", "split", "attribute"))
    print(f"\n10 MB / 5 MB: {ten / five:.2f}  (linear is 2.0; target <= 2.2)")
    print(f"analysis / sentence splitting alone (5 MB): {five / results[5]['split']:.1f}x")
    print(f"5 MB analysed in {five:.2f} s (target <= 1.5 s)")
    run_on_sentences()
    return 0


def run_on_text(size: int) -> str:
    """The samples with every full stop, question and exclamation mark taken out: one paragraph
    that is one sentence, with hundreds of quotes in it (hostile, scraped-without-punctuation
    text; what made analysis quadratic before)."""
    body = " ".join(article_text(size).split())
    return "Run-on\n\n" + body.translate(str.maketrans("", "", ".?!")) + "."


def run_on_sentences() -> None:
    print("\none run-on sentence (no full stops), analysis in one run:")
    seconds = {}
    for kb in (200, 400, 800):
        article = load_text(run_on_text(kb * 1000), "run-on.txt", "text")
        started = time.perf_counter()
        attribute(article, split_sentences(article), {})
        seconds[kb] = time.perf_counter() - started
        print(f"  {kb:>4} KB  {seconds[kb]:.2f} s")
    print(f"  800 KB / 400 KB: {seconds[800] / seconds[400]:.2f}  (linear is 2.0)")


if __name__ == "__main__":
    sys.exit(main())
