//! `/import`: a visitor pastes or drops their learning-portfolio README, sees the importer's
//! report, previews the portfolio rendered by this very app, and downloads `portfolio.json`.
//! The importer runs in a web worker of its own in the browser: nothing is uploaded.

use crate::components::PageHead;
use crate::context::{use_preview, Content, Imported};
use crate::download;
use crate::import_worker::{ImportWorker, Outcome};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use nexus_core::routes;
use std::rc::Rc;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, File, HtmlInputElement};

/// Where an import stands.
#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Working,
    Done,
    Failed(String),
}

#[component]
pub fn ImportPage() -> impl IntoView {
    let readme = RwSignal::new(String::new());
    let status = RwSignal::new(Status::Idle);
    let result: RwSignal<Option<Outcome>> = RwSignal::new(None);
    // Started by the first import and kept for the next ones (local: it holds browser objects).
    let worker: StoredValue<Option<Rc<ImportWorker>>, LocalStorage> = StoredValue::new_local(None);

    let run = move || {
        let text = readme.get_untracked();
        if text.trim().is_empty() {
            status.set(Status::Failed(
                "Paste a README or choose a file first.".into(),
            ));
            return;
        }
        status.set(Status::Working);
        let started = worker.with_value(Option::clone);
        let started = match started {
            Some(w) => Ok(w),
            None => ImportWorker::start(move |outcome| {
                status.set(match &outcome {
                    Outcome::Imported { .. } => Status::Done,
                    Outcome::Refused(why) => Status::Failed(why.clone()),
                });
                result.set(Some(outcome));
            })
            .map(Rc::new),
        };
        match started {
            Ok(w) => {
                worker.set_value(Some(w.clone()));
                w.import(text);
            }
            Err(why) => status.set(Status::Failed(format!(
                "The importer could not start: {why}"
            ))),
        }
    };

    let on_file = move |file: File| {
        wasm_bindgen_futures::spawn_local(async move {
            match JsFuture::from(file.text()).await {
                Ok(text) => {
                    readme.set(text.as_string().unwrap_or_default());
                    run();
                }
                Err(_) => status.set(Status::Failed(format!(
                    "{} could not be read.",
                    file.name()
                ))),
            }
        });
    };
    let on_choose = move |ev: web_sys::Event| {
        let input = event_target::<HtmlInputElement>(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            on_file(file);
        }
    };
    let on_drop = move |ev: DragEvent| {
        let file = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0));
        if let Some(file) = file {
            // The file, not its name pasted as text.
            ev.prevent_default();
            on_file(file);
        }
    };

    view! {
        <PageHead page=routes::import_page() />
        <section class="import" aria-labelledby="import-title">
            <h1 id="import-title">"Import your README"</h1>
            <p class="intro">
                "Paste your learning-portfolio README (Markdown), or drop or choose the file. "
                "It is read here, in your browser: nothing is uploaded. You then see what the "
                "importer found, a preview of your portfolio, and the portfolio.json to publish."
            </p>
            <form class="import-form" on:submit=move |ev| {
                ev.prevent_default();
                run();
            }>
                <label for="readme">"Your README"</label>
                <textarea
                    id="readme"
                    name="readme"
                    rows="14"
                    spellcheck="false"
                    aria-describedby="readme-hint"
                    prop:value=move || readme.get()
                    on:input=move |ev| readme.set(event_target_value(&ev))
                    on:dragover=|ev: DragEvent| ev.prevent_default()
                    on:drop=on_drop
                ></textarea>
                <p id="readme-hint" class="hint">"Markdown as on GitHub; a README pasted from a rendered page works too."</p>
                <div class="import-actions">
                    <label class="file-pick">
                        "Choose a file"
                        <input type="file" accept=".md,.markdown,.txt,text/markdown,text/plain" on:change=on_choose />
                    </label>
                    <button type="submit" class="button primary" disabled=move || status.get() == Status::Working>
                        "Import"
                    </button>
                </div>
            </form>
            <p class="import-status" role="status" aria-live="polite">
                {move || match status.get() {
                    Status::Idle => String::new(),
                    Status::Working => "Importing…".into(),
                    Status::Done => "Imported: the report is below.".into(),
                    Status::Failed(why) => why,
                }}
            </p>
            {move || result.get().and_then(|r| match r {
                Outcome::Imported { portfolio, json, report, summary } => {
                    Some(view! { <Report portfolio=*portfolio json report summary /> }.into_any())
                }
                Outcome::Refused(_) => None,
            })}
        </section>
    }
}

/// The importer's report, and the preview and download of what it made.
#[component]
fn Report(
    portfolio: nexus_core::content::Portfolio,
    json: String,
    report: Vec<String>,
    summary: String,
) -> impl IntoView {
    let title = portfolio.title.clone();
    let imported = Imported {
        content: Content::new(portfolio),
        json: json.clone(),
    };
    let navigate = use_navigate();
    let preview = move |_| {
        if let Some(p) = use_preview() {
            p.set(Some(imported.clone()));
        }
        // resolve: false — under <Router base>, a resolved path would double the base (#2513).
        navigate(
            &crate::base::href("/"),
            NavigateOptions {
                resolve: false,
                ..Default::default()
            },
        );
    };
    let failed = RwSignal::new(None::<String>);
    let save = move |_| {
        failed.set(download::save("portfolio.json", "application/json", &json).err());
    };
    let notes = report.len();
    let lines = report
        .into_iter()
        .map(|line| view! { <li><code>{line}</code></li> })
        .collect_view();
    view! {
        <section class="import-report" aria-labelledby="report-title">
            <h2 id="report-title">{format!("Report: {title}")}</h2>
            <p class="summary">{summary}</p>
            <div class="import-actions">
                <button type="button" class="button primary" on:click=preview>"Preview your portfolio"</button>
                <button type="button" class="button" on:click=save>"Download portfolio.json"</button>
            </div>
            <p role="alert">{move || failed.get().map(|e| format!("The download failed: {e}"))}</p>
            <h3>{format!("What the importer guessed or left out ({notes})")}</h3>
            <ul class="report-lines">{lines}</ul>
        </section>
    }
}
