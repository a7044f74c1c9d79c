"""Derive every published schema from the pydantic records (the one source of truth).

The pydantic JSON Schema of each record is the intermediate form; from it we derive the
Arrow schema (Parquet), the Frictionless Table Schema and the Hugging Face features.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import datasets
import pyarrow as pa

from khabar.records import TABLES, Record

_ARROW_SCALARS = {
    "string": pa.string(),
    "integer": pa.int64(),
    "number": pa.float64(),
    "boolean": pa.bool_(),
}
_FRICTIONLESS_SCALARS = frozenset({"string", "integer", "number", "boolean"})  # same names


def columns(model: type[Record]) -> list[str]:
    """Published column order: the primary key first, then the model's field order."""
    keys = list(model.primary_key)
    return keys + [name for name in model.model_fields if name not in keys]


@cache
def _json_schema(model: type[Record]) -> dict[str, Any]:
    schema = model.model_json_schema(mode="serialization")
    schema["properties"] = {name: schema["properties"][name] for name in columns(model)}
    return schema


def _split_nullable(prop: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    options = prop.get("anyOf")
    if not options:
        return prop, False
    concrete = [option for option in options if option.get("type") != "null"]
    if len(concrete) != 1:
        raise TypeError(f"unsupported union in record schema: {prop}")
    merged = {**{k: v for k, v in prop.items() if k != "anyOf"}, **concrete[0]}
    return merged, len(concrete) < len(options)


def _resolve(prop: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in prop:
        return defs[prop["$ref"].rsplit("/", 1)[-1]]
    return prop


def _arrow_type(prop: dict[str, Any], defs: dict[str, Any]) -> pa.DataType:
    prop = _resolve(_split_nullable(prop)[0], defs)
    kind = prop.get("type")
    if kind == "string" and prop.get("format") == "date":
        return pa.date32()
    if kind == "array":
        # Parquet names a list's child `element`; declaring it keeps rewrites byte-identical.
        return pa.list_(pa.field("element", _arrow_type(prop["items"], defs)))
    if kind == "object":
        return pa.struct(
            [
                pa.field(
                    name, _arrow_type(sub, defs), nullable=name not in prop.get("required", ())
                )
                for name, sub in prop["properties"].items()
            ]
        )
    return _ARROW_SCALARS[kind]


@cache
def arrow_schema(model: type[Record]) -> pa.Schema:
    """The Parquet/Arrow schema of a table, column order as in the model."""
    schema = _json_schema(model)
    defs = schema.get("$defs", {})
    fields = []
    for name, prop in schema["properties"].items():
        _, nullable = _split_nullable(prop)
        fields.append(pa.field(name, _arrow_type(prop, defs), nullable=nullable))
    return pa.schema(fields)


def _frictionless_field(name: str, prop: dict[str, Any], required: bool) -> dict[str, Any]:
    prop, nullable = _split_nullable(prop)
    kind = prop.get("type")
    if kind == "string" and prop.get("format") == "date":
        ftype = "date"
    elif kind in _FRICTIONLESS_SCALARS:
        ftype = kind
    else:
        # Frictionless reads Parquet lists as numpy arrays and rejects `array`: nested columns
        # are declared `any` here and validated in full by the pydantic records.
        ftype = "any"
    constraints: dict[str, Any] = {}
    if required and not nullable:
        constraints["required"] = True
    if prop.get("unique"):
        constraints["unique"] = True
    if "enum" in prop:
        constraints["enum"] = list(prop["enum"])
    if "const" in prop:
        constraints["enum"] = [prop["const"]]
    if ftype == "string" and "pattern" in prop:
        constraints["pattern"] = prop["pattern"].removeprefix("^").removesuffix("$")
    if ftype == "string" and "minLength" in prop:
        constraints["minLength"] = prop["minLength"]
    for key in ("minimum", "maximum"):
        if key in prop and ftype in ("integer", "number"):
            constraints[key] = prop[key]
    field: dict[str, Any] = {"name": name, "type": ftype}
    if "description" in prop:
        field["description"] = prop["description"]
    if constraints:
        field["constraints"] = constraints
    return field


@cache
def table_schema(model: type[Record]) -> dict[str, Any]:
    """The Frictionless Table Schema of a table."""
    schema = _json_schema(model)
    required = set(schema.get("required", ()))
    fields = [
        _frictionless_field(name, prop, name in required)
        for name, prop in schema["properties"].items()
    ]
    out: dict[str, Any] = {
        "fields": fields,
        # Frictionless reads Parquet through pandas, where a null in an integer column
        # becomes a float NaN: "nan" must count as missing, like "".
        "missingValues": ["", "nan"],
        "primaryKey": list(model.primary_key),
    }
    if model.foreign_keys:
        out["foreignKeys"] = [
            {"fields": column, "reference": {"resource": table, "fields": ref}}
            for column, table, ref in model.foreign_keys
        ]
    return out


def hf_features(model: type[Record]) -> datasets.Features:
    """The Hugging Face `datasets` features of a table."""
    return datasets.Features.from_arrow_schema(arrow_schema(model))


def all_table_schemas() -> dict[str, dict[str, Any]]:
    return {model.table: table_schema(model) for model in TABLES}


def schema_files() -> dict[str, str]:
    """The committed `schema/` folder's content: one Table Schema file per table."""
    return {
        f"{name}.schema.json": json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
        for name, schema in all_table_schemas().items()
    }
