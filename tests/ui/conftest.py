"""Fixtures for the UI tests: analyses built by hand in ui_fixtures.py."""

from __future__ import annotations

import pytest
from ui_fixtures import large_analysis, sample_analysis

from reader.core.model import Analysis


@pytest.fixture
def analysis() -> Analysis:
    return sample_analysis()


@pytest.fixture(scope="session")
def big_analysis() -> Analysis:
    return large_analysis()
