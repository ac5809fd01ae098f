"""Bytes -> str, strictly: a file is decoded in an encoding we can justify or rejected.

Order: byte-order mark; binary signatures; strict UTF-8; then the legacy single-byte
encodings (by default Windows-1251 and Windows-1252) ranked by charset-normalizer,
which scores each candidate decoding for "mess" instead of guessing from byte ranges.
Latin-1 is never a candidate: it decodes every byte string, so it would mangle, not fail.
"""

from __future__ import annotations

import codecs
import re

from casualty_claims.ingest.errors import IngestError

DEFAULT_LEGACY = ("cp1251", "cp1252")

_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7z archive"),
    (b"\x7fELF", "an executable"),
    (b"PAR1", "a Parquet file"),
    (b"SQLite format 3", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an MS Office document"),
)
SNIFF_BYTES = 1 << 16


def bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def check_not_binary(data: bytes, max_nul_ratio: float = 0.0) -> None:
    """Raise IngestError('binary') for known binary signatures or NUL bytes (text in
    8-bit encodings never holds NUL; UTF-16/32 text is recognised by its BOM first).
    Dumps tolerate a few NULs (`max_nul_ratio`): they cost only the rows holding them."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise IngestError("binary", f"file is {what}, not text")
    head = data[:SNIFF_BYTES]
    nul = head.count(b"\x00")
    if nul and nul > max_nul_ratio * len(head):
        raise IngestError("binary", "file contains NUL bytes (binary, or UTF-16/32 without a byte-order mark)")


def detect_encoding(
    sample: bytes, legacy: tuple[str, ...] = DEFAULT_LEGACY, complete: bool = True, max_nul_ratio: float = 0.0
) -> str:
    """Encoding of a file from its bytes (the whole file, or a prefix when complete=False).

    Raises IngestError('binary' | 'undecodable').
    """
    if bom := bom_encoding(sample):
        return bom
    check_not_binary(sample, max_nul_ratio)
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        # A prefix may end inside a multi-byte character; that alone is no evidence.
        if not complete and exc.start >= len(sample) - 3 and exc.reason == "unexpected end of data":
            return "utf-8"
    if legacy:
        import charset_normalizer  # a dependency of requests; see README for why

        best = charset_normalizer.from_bytes(sample, cp_isolation=list(legacy)).best()
        if best is not None:
            return codecs.lookup(best.encoding).name
    raise IngestError(
        "undecodable",
        f"bytes are not valid UTF-8 and no candidate encoding ({', '.join(legacy) or 'none'}) reads them cleanly",
    )


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first bytes, if Python knows it.
    A declaration is evidence, but is only used when UTF-8 fails and it decodes strictly."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        name = codecs.lookup(m[1].decode("ascii")).name
    except LookupError:
        return None
    if name.startswith(("utf-16", "utf-32")):
        return None  # without a BOM these would "decode" any even-length bytes
    # Browsers read a declared Latin-1 as Windows-1252 (WHATWG); so do we.
    return "cp1252" if name in ("latin-1", "iso8859-1") else name


def decode(data: bytes, legacy: tuple[str, ...] = DEFAULT_LEGACY, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding) for a whole file's bytes; strict, never with replacement chars."""
    encoding = None
    if declared and not bom_encoding(data):
        check_not_binary(data)
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                data.decode(declared)
                encoding = declared
            except (UnicodeDecodeError, LookupError):
                pass
    encoding = encoding or detect_encoding(data, legacy)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise IngestError("undecodable", f"invalid {encoding} at byte {exc.start}: {exc.reason}") from None
    check_decoded(text)
    return text, encoding


# C0 controls other than \t \n \v \f \r, DEL and the C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def check_decoded(text: str) -> None:
    """Reject decodings full of control characters: they mean the bytes were not text."""
    bad = len(_CONTROL.findall(text))
    if bad and bad > max(2, len(text) // 1000):
        raise IngestError("binary", f"{bad} control characters in {len(text)} decoded characters")
