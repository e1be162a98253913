//! `public/portfolio.schema.json`, generated from `spec` so editors check what the validator
//! checks. JSON Schema cannot say everything: unique ids, references that resolve and the file
//! size are left to the validator (`nexus validate`).

use super::limits::MAX_TEXT_CHARS;
use super::limits::{MAX_FILE_BYTES, MAX_ID_CHARS, MAX_ITEMS, MAX_URL_CHARS};
use super::spec::{Field, Kind, BLOCKS, PORTFOLIO};
use serde_json::{json, Map, Value};

/// A slug, as `validate::is_slug` defines it.
pub const SLUG_PATTERN: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";
/// Text with at least one character that is not white space.
pub const NOT_BLANK_PATTERN: &str = "\\S";
/// An absolute http(s) URL with a host, or a mailto: URL, without white space.
pub const LINK_PATTERN: &str =
    "^(?:[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]|[Mm][Aa][Ii][Ll][Tt][Oo]:\\S)\\S*$";

/// The JSON Schema (draft 2020-12) of a portfolio file.
pub fn json_schema() -> Value {
    let mut root = object(PORTFOLIO);
    let extra = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Nexus portfolio",
        "description": format!(
            "The content of the Nexus site. Generated from crates/core/src/content/spec.rs; also run \
             `nexus validate` (`make validate`), which checks what a schema cannot: unique ids, references that \
             resolve and a file size of at most {MAX_FILE_BYTES} bytes."
        ),
    });
    if let (Value::Object(root), Value::Object(extra)) = (&mut root, extra) {
        root.extend(extra);
    }
    root
}

fn kind(k: &Kind) -> Value {
    match *k {
        Kind::Id => json!({
            "type": "string", "maxLength": MAX_ID_CHARS, "pattern": SLUG_PATTERN
        }),
        Kind::Text(max) => json!({
            "type": "string", "minLength": 1, "maxLength": max, "pattern": NOT_BLANK_PATTERN
        }),
        Kind::Url => json!({
            "type": "string", "maxLength": MAX_URL_CHARS, "pattern": LINK_PATTERN
        }),
        // An id that exists is a slug, so a reference that is not one cannot resolve.
        Kind::Ref(_) => json!({ "type": "string", "pattern": SLUG_PATTERN }),
        Kind::List(item) => {
            let mut list = json!({ "type": "array", "maxItems": MAX_ITEMS, "items": kind(item) });
            if let Kind::Ref(_) = item {
                list["uniqueItems"] = true.into();
            }
            list
        }
        Kind::Object(fields) => object(fields),
        Kind::OneOf(fields) => {
            let mut one = object(fields);
            one["minProperties"] = 1.into();
            one["maxProperties"] = 1.into();
            one
        }
        Kind::Prose => json!({ "oneOf": [kind(&Kind::Text(MAX_TEXT_CHARS)), kind(&BLOCKS)] }),
    }
}

fn object(fields: &[Field]) -> Value {
    let properties: Map<String, Value> = fields
        .iter()
        .map(|f| {
            let mut schema = kind(&f.kind);
            schema["description"] = f.about.into();
            (f.name.to_string(), schema)
        })
        .collect();
    let required: Vec<&str> = fields
        .iter()
        .filter(|f| f.required)
        .map(|f| f.name)
        .collect();
    json!({
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": false,
    })
}
