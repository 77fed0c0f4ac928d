"""Digests and signatures for the caches, from BLAKE2b without loading OpenSSL.

`hashlib` and `hmac` import `_hashlib`, OpenSSL's binding, whose shared library took about
2.4 ms of a one-file run's start; BLAKE2b is built into CPython (`_blake2`, where `hashlib`
takes it from too). Keyed with the user's secret it is a MAC (RFC 7693), used here where
the caches used HMAC-SHA256; unkeyed it names what a cache entry was built from.
"""
from __future__ import annotations

try:
    from _blake2 import blake2b
except ImportError:  # a Python built without its own BLAKE2 (OpenSSL's then)
    from hashlib import blake2b
from _operator import _compare_digest as same  # `hmac.compare_digest` without `hmac`: constant time

__all__ = ["blake2b", "digest", "keyed", "same"]
DIGEST_BYTES = 32


def digest(data: bytes = b"") -> blake2b:
    """An unkeyed digest of `data`, to update further."""
    return blake2b(data, digest_size=DIGEST_BYTES)


def keyed(secret: bytes, data: bytes = b"") -> blake2b:
    """A MAC of `data` under `secret` (at most 64 bytes: the user's secret is 32), to update further."""
    return blake2b(data, key=secret, digest_size=DIGEST_BYTES)
