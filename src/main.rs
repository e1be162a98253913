//! Mounts the app; nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::document;
    use wasm_bindgen::JsCast;

    console_error_panic_hook::set_once();
    let doc = document();
    // The per-route HTML file carries a description for crawlers and link previews; from here
    // on the app keeps it current itself (leptos_meta), so the static one would be a duplicate.
    if let Ok(Some(meta)) = doc.query_selector("head meta[name=description]") {
        meta.remove();
    }
    // Embedded in another site's page: mount into its `<div id="nexus">` and leave the rest of
    // the page alone. Otherwise the app owns the body.
    match doc.get_element_by_id("nexus") {
        Some(host) => leptos::mount::mount_to(host.unchecked_into(), nexus_web::App).forget(),
        None => leptos::mount::mount_to_body(nexus_web::App),
    }
}

/// Natively the app has nothing to mount: the `nexus` command renders its routes instead.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("nexus-web runs in the browser: build it with trunk (make serve, make dist)");
    std::process::exit(2);
}
