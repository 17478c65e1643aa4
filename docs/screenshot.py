"""Save the README screenshot: the sample article with a quote selected."""

from __future__ import annotations

import asyncio
from pathlib import Path

from reader.cli import SAMPLE
from reader.core.pipeline import analyse_path
from reader.ui.app import ReaderApp

ROOT = Path(__file__).resolve().parents[1]


async def main() -> None:
    app = ReaderApp(analyse_path(str(SAMPLE), str(ROOT / "sources.toml")))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("n", "n", "n")
        await pilot.pause()
        app.save_screenshot("screenshot.svg", str(ROOT / "docs"))


if __name__ == "__main__":
    asyncio.run(main())
