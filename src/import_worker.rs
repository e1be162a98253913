//! The import page's link to the README importer, which runs in a web worker of its own
//! (crates/import-worker): started on the first import, so the app's own load never fetches it.
//! The worker says it is ready before it is given a README; its answer is one JSON message.

use nexus_core::content::{self, Portfolio};
use serde_json::Value;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker};

/// The worker's loader script, written by trunk beside the app (index.html, data-loader-shim).
const LOADER: &str = "nexus-import-worker_loader.js";

/// What the importer made of a README.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Imported {
        portfolio: Box<Portfolio>,
        /// The portfolio file, as `nexus import` writes it.
        json: String,
        report: Vec<String>,
        summary: String,
    },
    /// Not a portfolio, or the worker could not run: what to tell the visitor.
    Refused(String),
}

/// Whether the worker listens yet, and the README waiting for it if not.
enum State {
    Starting(Option<String>),
    Ready,
}

/// A started worker.
pub struct ImportWorker {
    worker: Worker,
    state: Rc<RefCell<State>>,
    // Kept alive as long as the worker: the browser calls them.
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl ImportWorker {
    /// Starts the worker; `done` receives each answer.
    pub fn start(done: impl Fn(Outcome) + 'static) -> Result<Self, String> {
        let url = crate::base::asset(LOADER);
        let worker = Worker::new(&url).map_err(|e| describe(&e))?;
        let state = Rc::new(RefCell::new(State::Starting(None)));
        let done = Rc::new(done);
        let (to_worker, shared, answer) = (worker.clone(), state.clone(), done.clone());
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let text = event.data().as_string().unwrap_or_default();
            match serde_json::from_str::<Value>(&text) {
                Ok(v) if v.get("ready").is_some() => {
                    let previous = std::mem::replace(&mut *shared.borrow_mut(), State::Ready);
                    if let State::Starting(Some(readme)) = previous {
                        let _ = to_worker.post_message(&JsValue::from_str(&readme));
                    }
                }
                Ok(v) => answer(outcome(v)),
                Err(e) => answer(Outcome::Refused(format!(
                    "The importer answered oddly: {e}"
                ))),
            }
        });
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_event: web_sys::Event| {
            done(Outcome::Refused(
                "The importer could not start in this browser (its files may be missing).".into(),
            ));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(ImportWorker {
            worker,
            state,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Imports a README: at once when the worker is ready, else as soon as it is.
    pub fn import(&self, readme: String) {
        match &mut *self.state.borrow_mut() {
            State::Ready => {
                let _ = self.worker.post_message(&JsValue::from_str(&readme));
            }
            State::Starting(waiting) => *waiting = Some(readme),
        }
    }
}

impl Drop for ImportWorker {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

/// The worker's answer to a README (crates/import-worker): `{json, report, summary}` or
/// `{error}`. Read as a `Value`: the validator already links that code, a struct would add its
/// own.
fn outcome(v: Value) -> Outcome {
    let text = |key: &str| v.get(key).and_then(Value::as_str).map(str::to_string);
    if let Some(error) = text("error") {
        return Outcome::Refused(error);
    }
    let json = text("json").unwrap_or_default();
    // Valid by construction; checked all the same, as the app would check a file it fetched.
    match content::parse(&json) {
        Ok(portfolio) => Outcome::Imported {
            portfolio: Box::new(portfolio),
            report: v
                .get("report")
                .and_then(Value::as_array)
                .map(|lines| {
                    lines
                        .iter()
                        .filter_map(Value::as_str)
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default(),
            summary: text("summary").unwrap_or_default(),
            json,
        },
        Err(e) => Outcome::Refused(format!("The imported portfolio is not valid: {e}")),
    }
}

/// The browser's reason for refusing to start the worker.
fn describe(e: &JsValue) -> String {
    e.dyn_ref::<web_sys::DomException>()
        .map(|d| d.message())
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "the browser refused to start it".into())
}
