"""Save the README screenshot: the sample article with a quote selected."""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path

from reader.cli import SAMPLE
from reader.core.pipeline import analyse_path
from reader.ui.app import ReaderApp

ROOT = Path(__file__).resolve().parents[1]


async def main() -> None:
    """Offline, with empty user dirs: no one's notes or cached pages end up in the picture."""
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[variable] = tempfile.mkdtemp(prefix="reader-shot-")
    app = ReaderApp(analyse_path(str(SAMPLE), str(ROOT / "sources.toml")), offline=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("n", "n", "n")
        await pilot.pause()
        app.save_screenshot("screenshot.svg", str(ROOT / "docs"))


if __name__ == "__main__":
    asyncio.run(main())
