//! The import worker: receives a README's text, answers with the imported portfolio and its
//! report (or why the README is not a portfolio) as one JSON message. It says `{"ready":true}`
//! once it listens, so the page never posts into a worker that is still starting.

use nexus_core::import::import;
use serde_json::json;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// The name the report lines give the README (the browser has no path for pasted text).
const FILE: &str = "README.md";

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let readme = event.data().as_string().unwrap_or_default();
        // A failed post (the page has gone) leaves nobody to tell.
        let _ = reply.post_message(&JsValue::from_str(&answer(&readme)));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page keeps it: so does its handler.
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(&json!({ "ready": true }).to_string()));
}

/// The answer to one README: `{json, report, summary}` (`json` the portfolio file as `nexus
/// import` writes it) or `{error}`.
fn answer(readme: &str) -> String {
    match import(readme) {
        Ok(imported) => {
            let summary = format!("{FILE}: {}", imported.summary());
            let report = imported.report.lines(FILE);
            let mut portfolio = imported.portfolio;
            portfolio.schema = Some("portfolio.schema.json".into());
            let file = serde_json::to_string_pretty(&portfolio)
                .map(|text| format!("{text}\n"))
                .unwrap_or_default();
            json!({ "json": file, "report": report, "summary": summary })
        }
        Err(not) => json!({ "error": format!("{FILE}: {not}") }),
    }
    .to_string()
}
