//! The banner above every page while the app shows a portfolio imported in the browser: what
//! this is, the download, the way back to the import and out of the preview.

use crate::base;
use crate::context::use_preview;
use crate::download;
use leptos::prelude::*;
use nexus_core::routes;

#[component]
pub fn PreviewBanner() -> impl IntoView {
    let preview = use_preview();
    let shown = move || preview.is_some_and(|p| p.with(Option::is_some));
    let failed = RwSignal::new(None::<String>);
    let save = move |_| {
        let json = preview.and_then(|p| p.with(|i| i.as_ref().map(|i| i.json.clone())));
        if let Some(json) = json {
            failed.set(download::save("portfolio.json", "application/json", &json).err());
        }
    };
    let end = move |_| {
        if let Some(p) = preview {
            p.set(None);
        }
    };
    view! {
        <Show when=shown>
            <aside class="preview-banner" aria-label="Preview">
                <p>
                    <strong>"Preview"</strong>
                    " of the portfolio imported from your README, shown by this app in your "
                    "browser: nothing was uploaded."
                </p>
                <div class="preview-actions">
                    <button type="button" class="button" on:click=save>"Download portfolio.json"</button>
                    <a href=base::href(&routes::import_path())>"Back to the import"</a>
                    <button type="button" class="button" on:click=end>"End the preview"</button>
                </div>
                <p role="alert">{move || failed.get().map(|e| format!("The download failed: {e}"))}</p>
            </aside>
        </Show>
    }
}
