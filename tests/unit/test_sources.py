"""The sources.toml registry: reading, merging by name or alias, and FILE:LINE errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reader.core.attribution.mentions import build_cast
from reader.core.model import Article
from reader.core.pipeline import BUNDLED, analyse, registry_paths
from reader.core.sources import SourcesError, load_registry, read_sources


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_reads_people_organisations_and_outlets(tmp_path: Path) -> None:
    path = write(
        tmp_path / "s.toml",
        '[[person]]\nname = "Amara Osei"\naliases = ["Osei"]\nrole = "envoy"\n'
        '[[organisation]]\nname = "Lowy Institute"\n[[outlet]]\nname = "Reuters"\n',
    )
    entries = read_sources(path)
    assert [(e.name, e.kind) for e in entries] == [
        ("Amara Osei", "person"),
        ("Lowy Institute", "organisation"),
        ("Reuters", "outlet"),
    ]
    assert entries[0].aliases == ("Osei",) and entries[0].role == "envoy"


def test_earlier_files_win_and_later_ones_fill_in(tmp_path: Path) -> None:
    first = write(tmp_path / "a.toml", '[[person]]\nname = "Amara Osei"\nrole = "envoy"\n')
    second = write(
        tmp_path / "b.toml",
        '[[person]]\nname = "A. Osei"\naliases = ["Amara Osei"]\nrole = "x"\nurl = "https://example.org"\n',
    )
    merged = load_registry([first, second])
    assert list(merged) == ["Amara Osei"]
    assert merged["Amara Osei"].role == "envoy"
    assert merged["Amara Osei"].url == "https://example.org"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('[[person]]\nname = "A"\nrole = \n', 3),
        ('[[person]]\nrole = "no name"\n', 1),
        ('[[person]]\nname = "A"\naliases = "A"\n', 3),
    ],
)
def test_broken_file_is_refused_with_its_line(tmp_path: Path, text: str, line: int) -> None:
    path = write(tmp_path / "s.toml", text)
    with pytest.raises(SourcesError) as err:
        read_sources(path)
    assert str(err.value).startswith(f"{path}:{line}: ")


def test_lookup_order_and_the_bundled_registry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    explicit = tmp_path / "mine.toml"
    paths = registry_paths(str(explicit))
    assert paths[:2] == [explicit.resolve(), (tmp_path / "sources.toml").resolve()]
    assert paths[-1] == BUNDLED
    assert BUNDLED.is_file()


def test_registry_alias_resolves_a_surname_never_introduced(
    make_article: Callable[..., Article], tmp_path: Path
) -> None:
    path = write(tmp_path / "s.toml", '[[person]]\nname = "Amara Osei"\naliases = ["Osei"]\n')
    analysis = analyse(make_article("“The cranes are idle,” Osei said."), load_registry([path]))
    assert analysis.quotes[0].speaker == "Amara Osei"
    assert "in sources.toml" in analysis.quotes[0].reason


def test_registry_entries_the_article_never_mentions_are_ignored(
    make_article: Callable[..., Article], tmp_path: Path
) -> None:
    path = write(
        tmp_path / "s.toml",
        '[[organisation]]\nname = "Calloway Port Authority"\n'
        '[[person]]\nname = "Graham Pell"\naliases = ["Pell"]\n',
    )
    article = make_article("“We will not move,” the authority said.")
    assert analyse(article, load_registry([path])).quotes[0].speaker is None


def test_a_generic_alias_alone_does_not_bring_an_entry_into_an_article(
    make_article: Callable[..., Article], tmp_path: Path
) -> None:
    path = write(
        tmp_path / "s.toml",
        '[[organisation]]\nname = "Calloway Dockworkers\' Union"\naliases = ["the union"]\n',
    )
    registry = load_registry([path])
    elsewhere = make_article("“Our members are tired of waiting,” the union said.")
    assert analyse(elsewhere, registry).quotes[0].speaker is None
    named = make_article(
        "Calloway Dockworkers' Union members voted to strike.",
        "“Our members are tired of waiting,” the union said.",
    )
    assert analyse(named, registry).quotes[0].speaker == "Calloway Dockworkers' Union"


def test_two_people_sharing_an_alias_stay_two(tmp_path: Path) -> None:
    path = write(
        tmp_path / "s.toml",
        '[[person]]\nname = "Dana Reyes"\naliases = ["Reyes"]\n'
        '[[person]]\nname = "Luis Reyes"\naliases = ["Reyes"]\n',
    )
    assert sorted(load_registry([path])) == ["Dana Reyes", "Luis Reyes"]


def test_entry_without_a_name_is_reported_at_its_own_header(tmp_path: Path) -> None:
    path = write(
        tmp_path / "s.toml", '# people\n[[person]]\nname = "A"\n\n[[person]]\nrole = "x"\n'
    )
    with pytest.raises(SourcesError) as err:
        read_sources(path)
    assert str(err.value).startswith(f"{path}:5: ")


def test_an_alias_the_article_gives_someone_else_stays_theirs(tmp_path: Path) -> None:
    """A registry gathers people from many stories: its "Lindahl" (Sofia, a spokeswoman from
    another piece) is not this article's Everett Lindahl, named in full before "Mr. Lindahl"."""
    path = write(tmp_path / "s.toml", '[[person]]\nname = "Sofia Lindahl"\naliases = ["Lindahl"]\n')
    text = "Everett Lindahl, her lawyer, called the ruling fair. “We won,” Mr. Lindahl said."
    cast = build_cast(text, load_registry([path]))
    assert "Sofia Lindahl" not in cast.entities
    assert cast.canonical("Mr. Lindahl") == "Everett Lindahl"
    introduced = "Sofia Lindahl spoke first. " + text  # named in full: she is in this story too
    assert "Sofia Lindahl" in build_cast(introduced, load_registry([path])).entities
