"""config.toml's [keys] on top of Textual's keymaps, and the checks made before the app starts.

Textual rebinds a key through `App.set_keymap({binding id: keys})`, and only bindings that
carry an id take part. reader's bindings are named after their actions (`next_quote`), so
`identify_bindings` gives each binding of reader's own classes its action as its id (an id set
in the Binding itself is kept). Textual's own keys (ctrl+q, ctrl+p, tab) are not rebindable.

The user's keys are checked once, at start: an unknown action, or a key that another action
of the reading screen still uses, is a `SettingsError` (one line) rather than a key that
silently does nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping

from textual.app import App
from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.theme import BUILTIN_THEMES


class SettingsError(Exception):
    """A setting the app cannot start with. `setting` is its name in config.toml ("theme",
    "keys.next_quote"), `message` says what is wrong."""

    def __init__(self, setting: str, message: str) -> None:
        super().__init__(message)
        self.setting = setting
        self.message = message


def _own(cls: type) -> bool:
    return cls.__module__.split(".")[0] == "reader"


def identify_bindings(*classes: type[DOMNode]) -> None:
    """Give every binding declared in reader's own classes (these and their bases) an id: its
    action. Idempotent; subclasses defined later inherit the ids."""
    for cls in classes:
        for base in cls.__mro__:
            own = base.__dict__.get("BINDINGS")
            if own is not None and _own(base):
                base.BINDINGS = [_with_id(binding) for binding in own]  # type: ignore[attr-defined]
    for cls in _with_subclasses(classes):
        cls._merged_bindings = cls._merge_bindings()


def _with_id(binding: BindingType) -> Binding:
    if not isinstance(binding, Binding):
        binding = Binding(*binding)
    return binding if binding.id else dataclasses.replace(binding, id=binding.action)


def _with_subclasses(classes: Iterable[type[DOMNode]]) -> Iterator[type[DOMNode]]:
    seen: set[type[DOMNode]] = set()
    todo = [base for cls in classes for base in reversed(cls.__mro__) if _own(base)]
    while todo:
        cls = todo.pop(0)
        if cls not in seen and issubclass(cls, DOMNode):
            seen.add(cls)
            yield cls
            todo.extend(cls.__subclasses__())


def default_keys(classes: Iterable[type[DOMNode]]) -> dict[str, list[str]]:
    """Each rebindable action (binding id) of these classes and its default keys."""
    keys: dict[str, list[str]] = {}
    for binding in _bindings(classes):
        if binding.id:
            keys.setdefault(binding.id, []).append(binding.key)
    return keys


def _bindings(classes: Iterable[type[DOMNode]]) -> Iterator[Binding]:
    for cls in classes:
        merged = cls._merged_bindings
        if merged is not None:
            for bindings in merged.key_to_bindings.values():
                yield from bindings


def normalized(keys: Mapping[str, str]) -> dict[str, str]:
    """Key names as Textual spells them ("?" is "question_mark")."""
    return dict(App._normalize_keymap(dict(keys)))


def check_keys(keys: Mapping[str, str], classes: Iterable[type[DOMNode]]) -> None:
    """Every action exists and no key is left to two actions of the reading screen (its
    article view, the screen and the app are one chain: the first would win silently)."""
    classes = list(classes)
    defaults = default_keys(classes)
    for action in keys:
        if action not in defaults:
            names = ", ".join(sorted(defaults))
            message = f"[keys] {action}: no such action (the actions are {names})"
            raise SettingsError(f"keys.{action}", message)
    wanted = normalized(keys)
    owners = _reserved(classes)
    for action, default in defaults.items():
        for key in wanted[action].split(",") if action in wanted else default:
            owners.setdefault(key, []).append(action)
    for action in wanted:
        for key in wanted[action].split(","):
            others = [o for o in owners[key] if o not in (action, f"Textual's {action}")]
            if others:
                raise SettingsError(f"keys.{action}", _clash(action, key, others[0]))


def _clash(action: str, key: str, other: str) -> str:
    if other.startswith("Textual's"):
        return f"[keys] {action}: {key} is {other} key; choose another"
    return f"[keys] {action}: {key} is also the key of {other}; rebind {other} too"


def _reserved(classes: list[type[DOMNode]]) -> dict[str, list[str]]:
    """Textual's own keys on the reading screen (quit, palette, focus), which stay."""
    owners: dict[str, list[str]] = {}
    for binding in _bindings(classes):
        if not binding.id:
            owners.setdefault(binding.key, []).append(f"Textual's {binding.action}")
    for cls in classes:
        palette = getattr(cls, "COMMAND_PALETTE_BINDING", None)
        if isinstance(palette, str):
            owners.setdefault(palette, []).append("Textual's command palette")
    return owners


def check_theme(theme: str | None) -> None:
    if theme and theme not in BUILTIN_THEMES:
        names = ", ".join(sorted(BUILTIN_THEMES))
        raise SettingsError("theme", f"theme: no theme {theme!r} (the themes are {names})")


def rebound(groups: Iterable[Iterable[BindingType]], keys: Mapping[str, str]) -> list[Binding]:
    """The bindings with the user's keys in place of the defaults, for the help screen."""
    result: list[Binding] = []
    done: set[str] = set()
    for group in groups:
        for binding in Binding.make_bindings(group):
            name = binding.id or binding.action
            if name not in keys:
                result.append(binding)
            elif name not in done:
                done.add(name)
                result += [binding.with_key(key) for key in keys[name].split(",")]
    return result
