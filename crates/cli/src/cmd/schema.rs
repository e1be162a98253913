//! `nexus schema`: prints the JSON Schema of a portfolio file.

use super::Failure;
use nexus_core::content::schema;

pub fn run() -> Result<(), Failure> {
    let text = serde_json::to_string_pretty(&schema::json_schema())
        .expect("a JSON value always serializes");
    println!("{text}");
    Ok(())
}
