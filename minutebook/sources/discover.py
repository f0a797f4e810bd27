"""Turn the paths, folders and globs a user gives into PDF files, reporting what matched nothing and what was not
followed.

A path that exists is taken as it is, even when it holds glob characters (`pack[1].pdf`); anything else with `*`,
`?` or `[` is a glob. Folders, and the folder a glob starts from, are walked without following links out of them
(`follow_links` follows them, each folder once, so links that loop end); a link out is noted, never read. Names
starting with a dot are left out unless the pattern names them.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator
from pathlib import Path

MAGIC = set("*?[")


def expand(patterns: list[str], follow_links: bool = False,
           skipped: list[tuple[str, str]] | None = None) -> tuple[list[Path], list[str]]:
    """Files (folders searched recursively for *.pdf; globs expanded) in a stable order, without duplicates, and
    the patterns that matched no file; (path, reason) of each link not followed is added to `skipped`."""
    files, missing = expand_labelled(patterns, follow_links, skipped)
    return list(files), missing


def expand_labelled(patterns: list[str], follow_links: bool = False,
                    skipped: list[tuple[str, str]] | None = None) -> tuple[dict[Path, str | None], list[str]]:
    """`expand` for patterns that may name their files' council ('packs/kent=Kent County Council', see
    `labelled`): each file with the council of the first pattern that matched it and names one, else None."""
    files: dict[Path, str | None] = {}
    missing: list[str] = []
    notes = skipped if skipped is not None else []
    for labelled_pattern in patterns:
        pattern, council = labelled(labelled_pattern)
        path = Path(pattern)
        if path.is_dir():
            found = sorted(f for f in _walk(path, follow_links, notes) if f.suffix.lower() == ".pdf")
        elif path.is_file() or not MAGIC & set(pattern):
            found = [path] if path.is_file() else []
        else:
            found = _glob(pattern, follow_links, notes)
        if not found:
            missing.append(labelled_pattern)
        for file in found:
            resolved = file.resolve()
            files[resolved] = files.get(resolved) or council
    return files, missing


def labelled(pattern: str) -> tuple[str, str | None]:
    """A pattern and the council it names: 'packs/kent=Kent County Council' -> ('packs/kent', 'Kent County
    Council'). A pattern that is a file or folder as it stands, or holds no '=', names none."""
    if "=" not in pattern or Path(pattern).exists():
        return pattern, None
    path, _, council = pattern.rpartition("=")
    return (path, council.strip() or None) if path else (pattern, None)


def with_councils(paths: list[str], groups: list[list[str]] | None) -> tuple[list[str], str | None]:
    """The command line's paths and `--council NAME [PATH...]` groups as patterns naming their council: a group's
    paths as 'PATH=NAME' (unless one names its own); a group of a name alone gives the council of every path not
    named otherwise (the second value)."""
    patterns, default = list(paths), None
    for name, *group in groups or []:
        if group:
            patterns += [path if labelled(path)[1] else f"{path}={name}" for path in group]
        else:
            default = name
    return patterns, default


def _glob(pattern: str, follow_links: bool, notes: list[tuple[str, str]]) -> list[Path]:
    """The files matching `pattern` (`**` is any number of folders), found by walking its fixed leading folder."""
    parts = Path(pattern).parts
    fixed = next((i for i, part in enumerate(parts) if MAGIC & set(part)), len(parts))
    base = Path(*parts[:fixed]) if fixed else Path(".")
    rest = parts[fixed:]
    if not base.is_dir():
        return []
    found = []
    for path in _walk(base, follow_links, notes, hidden=any(p.startswith(".") for p in rest)):
        if _match(rest, path.relative_to(base).parts):
            found.append(path)
    return sorted(found)


def _match(pattern: tuple[str, ...], parts: tuple[str, ...]) -> bool:
    """Whether path `parts` match glob `pattern` segment by segment (`**` matching zero or more segments)."""
    if not pattern:
        return not parts
    if pattern[0] == "**":
        return any(_match(pattern[1:], parts[i:]) for i in range(len(parts) + 1))
    return bool(parts) and fnmatch.fnmatchcase(parts[0], pattern[0]) and _match(pattern[1:], parts[1:])


def _walk(root: Path, follow_links: bool, notes: list[tuple[str, str]], hidden: bool = False) -> Iterator[Path]:
    """Every file under `root`, sorted, each folder once; links leading out of `root` are noted and skipped
    unless `follow_links`, and broken links are noted."""
    inside = root.resolve()
    seen: set[tuple[int, int]] = set()
    for folder, dirs, names in os.walk(root, followlinks=follow_links):
        stat = os.stat(folder)
        if (stat.st_dev, stat.st_ino) in seen:  # a link back to a folder already walked
            dirs[:] = []
            continue
        seen.add((stat.st_dev, stat.st_ino))
        dirs[:] = sorted(d for d in dirs if hidden or not d.startswith("."))
        for name in [*(d for d in dirs if Path(folder, d).is_symlink()), *sorted(names)]:
            path = Path(folder, name)
            if not hidden and name.startswith("."):
                continue
            if path.is_symlink():
                target = path.resolve()
                if not target.exists():
                    notes.append((str(path), "a broken link: skipped"))
                    continue
                if not follow_links and not target.is_relative_to(inside):
                    notes.append((str(path), f"a link out of {root} (to {target}): not followed "
                                             "(--follow-links follows it)"))
                    continue
            if name in names and path.is_file():
                yield path
