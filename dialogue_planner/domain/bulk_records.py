"""Frozen records made by the ten thousand (a roster import's rows, changes and preview lines).

A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``, a call per field: for
the tens of thousands of records a 10,000-row roster import makes, a tenth of its matching time.
:func:`made_in_bulk` gives such a class an ``__init__`` with the same parameters that fills the
instance's dictionary in one step. The instances are the same in every respect (fields, equality, hash,
repr, immutability afterwards); ``tests/test_bulk_records.py`` holds them to the dataclass's own.
"""

from __future__ import annotations

import dataclasses
import inspect
from typing import Any, TypeVar

T = TypeVar("T")


def made_in_bulk(cls: type[T]) -> type[T]:
    """The frozen dataclass ``cls`` with the one-step ``__init__``. Refuses (TypeError) a class whose
    ``__init__`` does more than set its fields: ``__post_init__``, init-only or keyword-only fields,
    default factories, slots."""
    params = dataclasses.fields(cls)  # type: ignore[arg-type]  # refuses anything but a dataclass
    if not cls.__dataclass_params__.frozen:  # type: ignore[attr-defined]  # every dataclass has them
        raise TypeError(f"{cls.__name__} is not frozen")
    if hasattr(cls, "__post_init__") or "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__} does more in __init__ than set its fields")
    signature = inspect.signature(cls.__init__)
    parameters = list(signature.parameters.values())[1:]
    if [p.name for p in parameters] != [f.name for f in params] or any(
        p.kind is not inspect.Parameter.POSITIONAL_OR_KEYWORD
        or f.default_factory is not dataclasses.MISSING
        or not f.init
        for p, f in zip(parameters, params, strict=True)
    ):
        raise TypeError(f"{cls.__name__} does more in __init__ than set its fields")
    namespace: dict[str, object] = {"_set": object.__setattr__}
    arguments = []
    for n, parameter in enumerate(parameters):
        if parameter.default is inspect.Parameter.empty:
            arguments.append(parameter.name)
        else:
            namespace[f"_default_{n}"] = parameter.default
            arguments.append(f"{parameter.name}=_default_{n}")
    values = ", ".join(f"{p.name!r}: {p.name}" for p in parameters)
    source = f"def __init__(self, {', '.join(arguments)}):\n    _set(self, '__dict__', {{{values}}})\n"
    exec(source, namespace)  # made from the dataclass's own field names, as dataclasses makes its own
    init: Any = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    setattr(cls, "__init__", init)  # noqa: B010 - mypy refuses an assignment to a method
    return cls
