"""Turning input bytes into text, or saying clearly why they are not text."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from sitrep.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF = 8192
#: The legacy encoding preferred when detection cannot tell single-byte code pages apart
#: (the WHATWG default for undeclared Western pages).
LEGACY_DEFAULT = "cp1252"
# Share of control characters (other than whitespace) above which decoded "text" is junk.
_MAX_CONTROL_SHARE = 0.02


def decode_text(raw: bytes, *, declared: str | None = None) -> str:
    """Return ``raw`` decoded as text: BOM, then declared charset, then UTF-8, then detection.

    Raises :class:`InputError` with reason ``empty`` or ``binary`` when there is no text.
    """
    if not raw.strip():
        raise InputError("the input is empty", reason="empty")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _checked(raw.decode(encoding, errors="replace"))
    if b"\x00" in raw[:_SNIFF]:
        raise InputError("the input is binary, not text (it holds NUL bytes)", reason="binary")
    if declared:
        try:
            return _checked(raw.decode(declared))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declared charset is common: fall through to detection
    try:
        return _checked(raw.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    detected = _detect(raw[: 1024 * 1024])
    if detected is None:
        raise InputError("the input is not text in any known encoding", reason="binary")
    return _checked(raw.decode(detected, errors="replace"))


def _detect(raw: bytes) -> str | None:
    """Return charset_normalizer's best guess; windows-1252 wins a tie, as browsers default to it."""
    matches = list(from_bytes(raw))
    if not matches:
        return None
    best = matches[0]
    tied = [m.encoding for m in matches
            if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    return LEGACY_DEFAULT if LEGACY_DEFAULT in tied else str(best.encoding)


def _checked(text: str) -> str:
    sample = text[:_SNIFF]
    if not sample.strip():
        raise InputError("the input is empty", reason="empty")
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls / len(sample) > _MAX_CONTROL_SHARE:
        raise InputError("the input is binary, not text (control characters)", reason="binary")
    return text


def looks_like_html(text: str) -> bool:
    """Return True when the start of ``text`` is HTML markup rather than plain text."""
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or any(
        tag in head for tag in ("<html", "<head", "<body", "<p>", "<div", "<article")
    )
