"""Value classes without `dataclasses`, for the types every run makes.

Importing `dataclasses` (it imports `inspect`, `ast`, `dis`, `tokenize`) and letting it write
each class's methods with `exec` took about a sixth of a one-file run's CPU time. A class here
names its fields in `FIELDS` (in the order its `__init__` takes them) and writes its own
`__init__`; equality, repr, `replace` and pickling come from `Value`, hashing too from `Frozen`
(whose fields cannot be assigned after `__init__`), ordering too from `Ordered`. As with a
dataclass, equality, ordering and hashing compare `COMPARED` (all fields unless narrowed), only
between objects of the same class.
"""
from __future__ import annotations

from collections import namedtuple
from operator import attrgetter

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Any, Callable, TypeVar

    V = TypeVar("V", bound="Value")

set_field = object.__setattr__  # how a Frozen class's `__init__` sets its fields


def named_tuple(cls: type) -> type:
    """`typing.NamedTuple`'s class form (`@named_tuple` over a class of annotated fields, in
    order, with their defaults, methods and docstring), without importing `typing` (about 3 ms
    of every run, with the `re` it imports) and without evaluating the annotations: a
    `collections.namedtuple` of those fields, the class's own attributes set on it."""
    own = dict(cls.__dict__)
    fields = list(own.pop("__annotations__", {}))
    defaults = [own.pop(field) for field in fields if field in own]
    made = namedtuple(cls.__name__, fields, defaults=defaults or None, module=cls.__module__)
    for name in ("__dict__", "__weakref__", "__module__"):
        own.pop(name, None)
    for name, value in own.items():
        setattr(made, name, value)
    return made


class Value:
    """Fields `FIELDS`; equal when the same class and the same `COMPARED` fields."""

    __slots__ = ()
    FIELDS: tuple[str, ...] = ()
    COMPARED: tuple[str, ...] | None = None  # None: every field
    _KEY: Callable[[Any], tuple] = staticmethod(lambda value: ())

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        compared = cls.FIELDS if cls.COMPARED is None else cls.COMPARED
        # The compared fields gathered in C (`sorted` of many findings compares them often).
        cls._KEY = staticmethod(attrgetter(*compared) if compared else lambda value: ())

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._KEY(self) == self._KEY(other)

    __hash__ = None  # type: ignore[assignment]  # mutable: unhashable, as a dataclass

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.FIELDS)
        return f"{type(self).__qualname__}({fields})"

    def replace(self: V, **changes: Any) -> V:
        """A copy with `changes` (as `dataclasses.replace`)."""
        return type(self)(**{**self._fields(), **changes})

    def _fields(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.FIELDS}

    def __reduce__(self):
        return _rebuilt, (type(self), self._fields())


class Frozen(Value):
    """A Value whose fields are set once, in `__init__` (with `set_field`); hashable."""

    __slots__ = ()

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field '{name}' of a frozen {type(self).__name__}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field '{name}' of a frozen {type(self).__name__}")

    def __hash__(self) -> int:
        return hash(self._KEY(self))


class Ordered(Frozen):
    """A Frozen value ordered by its `COMPARED` fields, as a tuple of them."""

    __slots__ = ()

    def __lt__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._KEY(self) < self._KEY(other)

    def __le__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._KEY(self) <= self._KEY(other)

    def __gt__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._KEY(self) > self._KEY(other)

    def __ge__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._KEY(self) >= self._KEY(other)


def _rebuilt(cls: type[V], fields: dict[str, Any]) -> V:
    """A pickled Value, made again by its `__init__`."""
    return cls(**fields)
