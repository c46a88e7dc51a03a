"""The dedupe stage: exact copies (normalised text hash) and near copies (MinHash LSH).

A republished copy with another header, footer or a few edited lines is linked to the earliest
copy as its original; both stay stored. Precision matters more than recall here: two different
articles about the same event are not copies, so every LSH candidate is checked against the
real shingle sets before a link is made.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

#: Number of MinHash permutations: 128 keeps the Jaccard estimate within about ±0.09.
NUM_PERM = 128
#: datasketch hashing scheme, stated so stored signatures stay comparable across versions.
SCHEME = "affine32"
#: Words per shingle: long enough that two reports of one event rarely share many.
SHINGLE_WORDS = 5
#: LSH recall threshold: well below the decision threshold, the exact check decides.
LSH_THRESHOLD = 0.5
#: One text contained in another counts as a copy only if it is at least this share as long.
MIN_LENGTH_RATIO = 0.5
#: Share of the shorter text's shingles found in the longer one for a containment match.
CONTAINMENT = 0.9

_WORD = re.compile(r"\w+")


def normalise(text: str) -> list[str]:
    """Return the lower-cased words of ``text`` with accents and punctuation removed."""
    folded = text.casefold()
    if not folded.isascii():  # strip accents only where there are any: most news is ASCII
        folded = "".join(ch for ch in unicodedata.normalize("NFKD", folded)
                         if not unicodedata.combining(ch))
    return _WORD.findall(folded)


def text_hash(text: str) -> str:
    """Return the hash under which exact copies (same words, any spacing/punctuation) collide."""
    return hashlib.sha1(" ".join(normalise(text)).encode("utf-8")).hexdigest()


def shingles(text: str) -> set[bytes]:
    words = normalise(text)
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8")
            for i in range(len(words) - SHINGLE_WORDS + 1)}


def minhash(shingle_set: Iterable[bytes]) -> MinHash:
    mh = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    mh.update_batch(list(shingle_set))
    return mh


def to_bytes(mh: MinHash) -> bytes:
    return np.asarray(mh.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(data: bytes) -> MinHash:
    values = np.frombuffer(data, dtype=np.uint64).copy()
    return MinHash(num_perm=NUM_PERM, hashvalues=values, scheme=SCHEME)


@dataclass(frozen=True, slots=True)
class Match:
    """The stored article a new text copies, and how similar the two are (Jaccard)."""

    article_id: int
    similarity: float


def similarity(a: set[bytes], b: set[bytes]) -> tuple[float, float]:
    """Return (Jaccard, containment of the smaller set in the larger) of two shingle sets."""
    if not a or not b:
        return 0.0, 0.0
    common = len(a & b)
    return common / len(a | b), common / min(len(a), len(b))


def is_copy(a: set[bytes], b: set[bytes], *, threshold: float) -> tuple[bool, float]:
    """Return whether two shingle sets are copies of one article, and their Jaccard."""
    jaccard, containment = similarity(a, b)
    ratio = min(len(a), len(b)) / max(len(a), len(b)) if a and b else 0.0
    copy = jaccard >= threshold or (containment >= CONTAINMENT and ratio >= MIN_LENGTH_RATIO)
    return copy, jaccard


class Deduper:
    """The near-duplicate index of one batch, seeded with the signatures already stored."""

    def __init__(self, *, threshold: float) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)

    def add(self, article_id: int, signature: MinHash) -> None:
        key = str(article_id)
        if key not in self._lsh:
            self._lsh.insert(key, signature)

    def remove(self, article_id: int) -> None:
        key = str(article_id)
        if key in self._lsh:
            self._lsh.remove(key)

    def find(self, shingle_set: set[bytes], signature: MinHash,
             text_of: Callable[[int], str | None]) -> Match | None:
        """Return the best verified copy among the LSH candidates, or None."""
        best: Match | None = None
        for key in self._lsh.query(signature):
            other = text_of(int(key))
            if other is None:
                continue
            copy, jaccard = is_copy(shingle_set, shingles(other), threshold=self.threshold)
            if copy and (best is None or jaccard > best.similarity):
                best = Match(int(key), jaccard)
        return best
