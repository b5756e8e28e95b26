"""A plain stand-in for the part of pydantic the models use, for ``minutes validate``.

Importing pydantic and building the record's validators takes 0.15-0.25 s,
most of a ``minutes validate`` run in CI. Validation needs the models'
values, not their schema or serializers, so :mod:`minutes_cli.models.base`
can build the same class definitions on this base instead. It checks and
converts values the way pydantic's lax mode does for the types the models
use (scalars, ``Literal``, enums, optionals and unions, lists, dicts and
nested models), fills defaults (copied when mutable), honours aliases,
``extra="forbid"``, ``frozen``, ``ge`` and ``field_validator``.

A test parses and validates every test document both ways and compares
the records and diagnostics, so the two cannot drift apart unseen.
"""

from __future__ import annotations

import copy
import enum
import inspect
import sys
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

_MISSING: Any = object()
Coerce = Callable[[Any, tuple[Any, ...]], Any]


class ValidationError(ValueError):
    """Invalid input: ``errors()`` lists ``loc`` and ``msg`` as pydantic's does."""

    def __init__(self, title: str, errors: list[dict[str, Any]]) -> None:
        self.title = title
        self._errors = errors
        first = errors[0]
        where = ".".join(str(p) for p in first["loc"])
        super().__init__(
            f"{len(errors)} validation error(s) for {title}\n{where}\n  {first['msg']}"
        )

    def errors(self) -> list[dict[str, Any]]:
        return self._errors


class _Invalid(Exception):
    def __init__(self, loc: tuple[Any, ...], msg: str) -> None:
        self.loc = loc
        self.msg = msg

    def error(self, title: str) -> ValidationError:
        """The public error for a model named ``title``."""
        return ValidationError(title, [{"loc": self.loc, "msg": self.msg}])


def ConfigDict(**settings: Any) -> dict[str, Any]:
    return settings


class FieldInfo:
    """A field's default, alias and constraints."""

    __slots__ = ("alias", "default", "default_factory", "ge")

    def __init__(
        self,
        default: Any = _MISSING,
        *,
        default_factory: Callable[[], Any] | None = None,
        alias: str | None = None,
        ge: float | None = None,
    ) -> None:
        self.default = default
        self.default_factory = default_factory
        self.alias = alias
        self.ge = ge

    def is_required(self) -> bool:
        return self.default is _MISSING and self.default_factory is None

    def default_value(self) -> Any:
        """The value of a field not given: its factory's, or its default (copied when
        mutable, as pydantic does), or ``_MISSING`` for a required field."""
        if self.default_factory is not None:
            return self.default_factory()
        return self.default if self.default is _MISSING else _copied(self.default)


def Field(
    default: Any = _MISSING,
    *,
    default_factory: Callable[[], Any] | None = None,
    alias: str | None = None,
    ge: float | None = None,
    discriminator: str | None = None,
) -> Any:
    return FieldInfo(default, default_factory=default_factory, alias=alias, ge=ge)


class _FieldValidator:
    def __init__(self, fields: tuple[str, ...], func: Any) -> None:
        self.fields = fields
        self.func = func.__func__ if isinstance(func, classmethod) else func


def field_validator(*fields: str) -> Callable[[Any], Any]:
    """Run the decorated classmethod on the converted value of ``fields``."""

    def mark(func: Any) -> _FieldValidator:
        return _FieldValidator(fields, func)

    return mark


# --- conversion ----------------------------------------------------------------------


def _converter(tp: Any) -> Coerce:
    """A function that checks and converts a value to ``tp`` (raising ``_Invalid``)."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp is Any:
        return lambda value, loc: value
    if origin is typing.Annotated:
        inner = _converter(args[0])
        bounds = [m.ge for m in args[1:] if isinstance(m, FieldInfo) and m.ge is not None]
        return _bounded(inner, bounds[0]) if bounds else inner
    if tp is type(None):
        return _none
    if origin in (typing.Union, types.UnionType):
        return _union([(arm, _converter(arm)) for arm in args])
    if origin is typing.Literal:
        return _literal(args)
    if origin is list:
        return _sequence(_converter(args[0]) if args else _converter(Any))
    if origin is dict:
        return _mapping(_converter(args[1]) if args else _converter(Any))
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return tp._nested
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return _enum(tp)
    if tp is bool:
        return _bool
    if tp is int:
        return _int
    if tp is float:
        return _float
    if tp is str:
        return _str
    return lambda value, loc: value


def _none(value: Any, loc: tuple[Any, ...]) -> None:
    if value is not None:
        raise _Invalid(loc, "Input should be None")


def _bounded(inner: Coerce, ge: float) -> Coerce:
    def convert(value: Any, loc: tuple[Any, ...]) -> Any:
        out = inner(value, loc)
        if out < ge:
            raise _Invalid(loc, f"Input should be greater than or equal to {ge}")
        return out

    return convert


def _union(arms: list[tuple[Any, Coerce]]) -> Coerce:
    def convert(value: Any, loc: tuple[Any, ...]) -> Any:
        # As pydantic's smart mode: an arm of the value's own type wins.
        exact = [c for arm, c in arms if isinstance(arm, type) and type(value) is arm]
        first: _Invalid | None = None
        for conv in [*exact, *(c for _, c in arms)]:
            try:
                return conv(value, loc)
            except _Invalid as exc:
                first = first or exc
        assert first is not None
        raise first

    return convert


def _choices(values: tuple[Any, ...]) -> str:
    """``'a', 'b' or 'c'``, as pydantic words the allowed values."""
    shown = [repr(v) for v in values]
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} or {shown[-1]}"


def _literal(allowed: tuple[Any, ...]) -> Coerce:
    wanted = _choices(allowed)
    types_allowed = {type(a) for a in allowed}

    def convert(value: Any, loc: tuple[Any, ...]) -> Any:
        if value in allowed and type(value) in types_allowed:
            return value
        raise _Invalid(loc, f"Input should be {wanted}")

    return convert


def _sequence(item: Coerce) -> Coerce:
    def convert(value: Any, loc: tuple[Any, ...]) -> list[Any]:
        if not isinstance(value, list | tuple):
            raise _Invalid(loc, "Input should be a valid list")
        return [item(v, (*loc, i)) for i, v in enumerate(value)]

    return convert


def _mapping(item: Coerce) -> Coerce:
    def convert(value: Any, loc: tuple[Any, ...]) -> dict[Any, Any]:
        if not isinstance(value, dict):
            raise _Invalid(loc, "Input should be a valid dictionary")
        return {k: item(v, (*loc, k)) for k, v in value.items()}

    return convert


def _enum(cls: type[enum.Enum]) -> Coerce:
    def convert(value: Any, loc: tuple[Any, ...]) -> Any:
        try:
            return cls(value)
        except ValueError:
            wanted = _choices(tuple(m.value for m in cls))
            raise _Invalid(loc, f"Input should be {wanted}") from None

    return convert


_TRUE = frozenset({"1", "on", "t", "true", "y", "yes"})
_FALSE = frozenset({"0", "off", "f", "false", "n", "no"})
_BOOLEAN_WORDS = _TRUE | _FALSE


def _bool(value: Any, loc: tuple[Any, ...]) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.lower() in _BOOLEAN_WORDS:
        return value.lower() in _TRUE
    raise _Invalid(loc, "Input should be a valid boolean, unable to interpret input")


def _int(value: Any, loc: tuple[Any, ...]) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raise _Invalid(loc, "Input should be a valid integer")


def _float(value: Any, loc: tuple[Any, ...]) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    raise _Invalid(loc, "Input should be a valid number")


def _str(value: Any, loc: tuple[Any, ...]) -> str:
    if isinstance(value, enum.Enum) and isinstance(value.value, str):
        return value.value
    if isinstance(value, str):
        return value
    raise _Invalid(loc, "Input should be a valid string")


_RESOLVED: dict[tuple[int, str], Any] = {}


def _resolve(annotation: Any, namespace: dict[str, Any]) -> Any:
    """The type an annotation (a string under ``from __future__ import annotations``) names."""
    if not isinstance(annotation, str):
        return annotation
    key = (id(namespace), annotation)
    if key not in _RESOLVED:
        _RESOLVED[key] = eval(annotation, namespace)  # the models' own source
    return _RESOLVED[key]


# --- models --------------------------------------------------------------------------


def _copied(default: Any) -> Any:
    """Mutable defaults are copied for each instance, as pydantic does."""
    if default is None or isinstance(default, str | int | float | bool | tuple | frozenset):
        return default
    if isinstance(default, list | dict) and not default:
        return type(default)()
    return copy.deepcopy(default)


class BaseModel:
    """A model of plain attributes, built from annotations like pydantic's."""

    __slots__ = ("__dict__", "_fields_set")
    _fields_set: set[str]

    model_config: ClassVar[dict[str, Any]] = {}
    model_fields: ClassVar[dict[str, FieldInfo]] = {}
    _aliases: ClassVar[dict[str, str]] = {}
    _validators: ClassVar[dict[str, list[Callable[..., Any]]]] = {}
    _converters: ClassVar[dict[str, Coerce] | None] = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        config: dict[str, Any] = {}
        fields: dict[str, FieldInfo] = {}
        validators: dict[str, list[Callable[..., Any]]] = {}
        for base in reversed(cls.__bases__):
            if issubclass(base, BaseModel):
                config.update(base.model_config)
                fields.update(base.model_fields)
                for name, checks in base._validators.items():
                    validators.setdefault(name, []).extend(checks)
        config.update(cls.__dict__.get("model_config", {}))
        for name, annotation in inspect.get_annotations(cls).items():
            if name.startswith("_") or name == "model_config" or "ClassVar" in str(annotation):
                continue
            default = cls.__dict__.get(name, _MISSING)
            fields[name] = default if isinstance(default, FieldInfo) else FieldInfo(default)
        for attr in cls.__dict__.values():
            if isinstance(attr, _FieldValidator):
                for name in attr.fields:
                    validators.setdefault(name, []).append(attr.func)
        for name in list(cls.__dict__):
            if name in fields or isinstance(cls.__dict__[name], _FieldValidator):
                delattr(cls, name)
        cls.model_config = config
        cls.model_fields = fields
        cls._aliases = {f.alias: name for name, f in fields.items() if f.alias}
        cls._validators = validators
        cls._converters = None  # built on first use, when every annotation resolves

    @classmethod
    def _field_converters(cls) -> dict[str, Coerce]:
        if cls._converters is None:
            convs: dict[str, Coerce] = {}
            for base in reversed(cls.__bases__):
                if issubclass(base, BaseModel) and base is not BaseModel:
                    convs.update(base._field_converters())
            namespace = vars(sys.modules[cls.__module__])
            for name, annotation in inspect.get_annotations(cls).items():
                info = cls.model_fields.get(name)
                if info is None:
                    continue
                conv = _converter(_resolve(annotation, namespace))
                convs[name] = _bounded(conv, info.ge) if info.ge is not None else conv
            cls._converters = convs
        return cls._converters

    def __init__(self, **data: Any) -> None:
        try:
            values, given = self._validated(data, ())
        except _Invalid as exc:
            raise exc.error(type(self).__name__) from None
        _fill(self, values, given)

    @classmethod
    def _validated(
        cls, data: dict[str, Any], loc: tuple[Any, ...]
    ) -> tuple[dict[str, Any], set[str]]:
        converters = cls._field_converters()
        fields = cls.model_fields
        values: dict[str, Any] = {}
        given: set[str] = set()
        for key, value in data.items():
            name = cls._aliases.get(key, key)
            if name not in fields:
                if cls.model_config.get("extra") == "forbid":
                    raise _Invalid((*loc, key), "Extra inputs are not permitted")
                continue
            value = converters[name](value, (*loc, key))
            for check in cls._validators.get(name, ()):
                try:
                    value = check(cls, value)
                except ValueError as exc:
                    raise _Invalid((*loc, key), f"Value error, {exc}") from None
            values[name] = value
            given.add(name)
        for name, info in fields.items():
            if name not in values:
                values[name] = info.default_value()
                if values[name] is _MISSING:
                    raise _Invalid((*loc, info.alias or name), "Field required")
        return {name: values[name] for name in fields}, given

    @classmethod
    def _nested(cls, value: Any, loc: tuple[Any, ...]) -> Any:
        if isinstance(value, cls):
            return value
        if not isinstance(value, dict):
            raise _Invalid(loc, f"Input should be a valid dictionary or instance of {cls.__name__}")
        values, given = cls._validated(value, loc)
        return cls._from_values(values, given)

    @classmethod
    def _from_values(cls, values: dict[str, Any], given: set[str]) -> Any:
        obj = cls.__new__(cls)
        _fill(obj, values, given)
        return obj

    @classmethod
    def model_validate(cls, obj: Any) -> Any:
        try:
            return cls._nested(obj, ())
        except _Invalid as exc:
            raise exc.error(cls.__name__) from None

    @classmethod
    def model_construct(cls, _fields_set: set[str] | None = None, **values: Any) -> Any:
        """An instance from trusted values, without checking them."""
        out: dict[str, Any] = {}
        for name, info in cls.model_fields.items():
            if name in values:
                out[name] = values[name]
            elif info.alias and info.alias in values:
                out[name] = values[info.alias]
            elif (default := info.default_value()) is not _MISSING:
                out[name] = default
        return cls._from_values(out, set(values) if _fields_set is None else _fields_set)

    @property
    def model_fields_set(self) -> set[str]:
        fields_set: set[str] = self._fields_set
        return fields_set

    def model_copy(self, *, update: dict[str, Any] | None = None, deep: bool = False) -> Any:
        values = copy.deepcopy(self.__dict__) if deep else dict(self.__dict__)
        values.update(update or {})
        return type(self)._from_values(values, self.model_fields_set | set(update or {}))

    def model_dump(self, *, by_alias: bool = False) -> dict[str, Any]:
        """The values as plain data (python mode), nested models as dicts."""
        fields = type(self).model_fields
        return {
            (fields[name].alias or name) if by_alias else name: _dump(value, by_alias)
            for name, value in self.__dict__.items()
        }

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        """``(name, value)`` of each field, as pydantic's models iterate."""
        return iter(self.__dict__.items())

    def __setattr__(self, name: str, value: Any) -> None:
        if self.model_config.get("frozen"):
            raise _Invalid((name,), "Instance is frozen").error(type(self).__name__)
        object.__setattr__(self, name, value)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        if not self.model_config.get("frozen"):
            raise TypeError(f"unhashable type: {type(self).__name__!r}")
        return hash((type(self), *self.__dict__.values()))

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={v!r}" for k, v in self.model_dump().items())
        return f"{type(self).__name__}({inner})"


def _fill(obj: BaseModel, values: dict[str, Any], given: set[str]) -> None:
    """Give ``obj`` its field values and the names of the fields it was given."""
    object.__setattr__(obj, "__dict__", values)
    object.__setattr__(obj, "_fields_set", given)


def _dump(value: Any, by_alias: bool) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(by_alias=by_alias)
    if isinstance(value, list | tuple):
        return [_dump(v, by_alias) for v in value]
    if isinstance(value, dict):
        return {k: _dump(v, by_alias) for k, v in value.items()}
    return value
