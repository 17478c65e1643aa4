"""`Cast.organisation_for` walks the cast once per head word and remembers the answer until the
cast grows: the answers are those of a fresh walk each time."""

from __future__ import annotations

from reader.core.attribution.cast import Cast


def _walk(cast: Cast, head: str) -> str | None:
    matches = [
        e
        for e in cast.entities.values()
        if e.kind != "person" and head.lower() in e.name.lower().split()
    ]
    return matches[-1].name if matches else None


def test_organisation_lookups_follow_the_growing_cast() -> None:
    cast = Cast()
    heads = ["bank", "Bank", "ministry", "calder"]
    for name, kind in [
        ("Osterley Bank", "organisation"),
        ("Ada Calder", "person"),
        ("Ministry of Finance", "organisation"),
        ("Calder Bank", "outlet"),
    ]:
        assert [cast.organisation_for(h) for h in heads] == [_walk(cast, h) for h in heads]
        cast.add(name, 0, kind)
        assert [cast.organisation_for(h) for h in heads] == [_walk(cast, h) for h in heads]
    assert cast.organisation_for("bank") == "Calder Bank"
