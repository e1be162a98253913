//! A route rendered to HTML natively (`ssr`), by the same components the browser runs: the
//! route files of a site hold this markup, so a page shows its content at first paint and reads
//! without JavaScript, and the app replaces it with an identical page when it has started
//! (`prerendered.rs`). The content comes parsed, in context: no fetch, resource or suspense
//! runs here, and effects and event handlers never do natively.

use crate::app::AppRoutes;
use crate::base;
use crate::components::Layout;
use crate::context::{provide_content, provide_loaded, provide_print_request, Content};
use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, ServerMetaContext};
use leptos_router::components::Router;
use leptos_router::location::RequestUrl;
use std::sync::Arc;

/// The markup the app shows in `<body>` at `path` (an app path such as `/technologies/python`,
/// or one no route matches, for the 404 page) of a site served under `base` (a `<base href>`
/// path such as `/nexus/`).
pub fn route(content: &Content, base: &str, path: &str) -> String {
    base::set_for_render(base);
    // A root with the server's shared context: leptos then knows no browser is here.
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let html = owner.with(|| {
        provide_context(RequestUrl::new(&base::href(path)));
        // The page's <title> and description go into the route file's head from nexus-core's
        // route table; the meta components' output is collected here and left unused.
        let (meta, _head) = ServerMetaContext::new();
        provide_context(meta);
        provide_meta_context();
        provide_loaded(Signal::stored(Some(content.clone())));
        provide_print_request();
        provide_content(content.clone());
        view! {
            <Router base=base::current()>
                <Layout>
                    <AppRoutes />
                </Layout>
            </Router>
        }
        .to_html()
    });
    owner.unset();
    html
}
