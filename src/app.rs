//! The app shell: router (base from `base::current`), loading and failure states, and the routes
//! of nexus-core's section table, each with its page.

use crate::base;
use crate::components::{ErrorPanel, Layout, Loading, PreviewBanner};
use crate::context::{
    provide_content, provide_loaded, provide_preview, provide_print_request, use_portfolio, Content,
};
use crate::load;
use crate::pages::*;
use crate::prerendered;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, ParamSegment, StaticSegment};
use nexus_core::routes::{Section, IMPORT_KEY, PRINT_KEY};

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // The content file's answer, once it has come (a signal set by one task rather than a
    // resource: the app needs no suspense, and the async-derived machinery stays out of the
    // start-up).
    let loaded = RwSignal::new(None::<Result<Content, load::LoadError>>);
    let fetch = move || {
        spawn_local(async move {
            let answer = load::portfolio().await;
            loaded.set(Some(answer));
        })
    };
    fetch();
    let retry = Callback::new(move |()| {
        loaded.set(None);
        fetch();
    });
    // A portfolio imported in the browser (/import) replaces the site's own while previewed.
    let preview = provide_preview();
    provide_loaded(Signal::derive(move || {
        preview
            .get()
            .map(|p| p.content)
            .or_else(|| loaded.get().and_then(Result::ok))
    }));
    provide_print_request();

    // A page that make dist prerendered already shows its content: render nothing until the
    // app can show the same page, then replace the copy in the same update (no loading flash).
    let has_copy = prerendered::present();
    let shown = move || !has_copy || loaded.with(Option::is_some);

    view! {
        <Show when=shown>
            <Router base=base::current()>
                <Layout>
                    {move || match (preview.get(), loaded.get()) {
                        (Some(imported), _) => {
                            prerendered::take_over();
                            provide_content(imported.content);
                            view! { <PreviewBanner /> <AppRoutes /> }.into_any()
                        }
                        (None, None) => view! { <Loading /> }.into_any(),
                        (None, Some(Err(error))) => {
                            prerendered::take_over();
                            view! { <ErrorPanel error retry /> }.into_any()
                        }
                        (None, Some(Ok(content))) => {
                            prerendered::take_over();
                            provide_content(content);
                            view! { <AppRoutes /> }.into_any()
                        }
                    }}
                </Layout>
            </Router>
        </Show>
    }
}

/// One list route per section and one item route per section with item pages; the paths come
/// from the section table (practices and the further sections are anchors on their list page).
#[component]
pub(crate) fn AppRoutes() -> impl IntoView {
    let list = |s: Section| StaticSegment(s.key());
    let item = |s: Section| (StaticSegment(s.key()), ParamSegment("id"));
    view! {
        <Routes fallback=NotFound>
            <Route path=path!("/") view=Overview />
            <Route path=list(Section::Technologies) view=present(Section::Technologies, Technologies) />
            <Route path=item(Section::Technologies) view=Technology />
            <Route path=list(Section::Concepts) view=present(Section::Concepts, Concepts) />
            <Route path=item(Section::Concepts) view=Concept />
            <Route path=list(Section::Challenges) view=present(Section::Challenges, Challenges) />
            <Route path=item(Section::Challenges) view=Challenge />
            <Route path=list(Section::Practices) view=present(Section::Practices, Practices) />
            <Route path=list(Section::Projects) view=present(Section::Projects, Projects) />
            <Route path=item(Section::Projects) view=Project />
            <Route path=list(Section::About) view=present(Section::About, About) />
            <Route path=StaticSegment(PRINT_KEY) view=PrintView />
            <Route path=StaticSegment(IMPORT_KEY) view=ImportPage />
        </Routes>
    }
}

/// A section's list page, or "Page not found" when the content has no items in that section
/// (its navigation entry, overview block and route file are gone too).
fn present<V: IntoView + 'static>(
    section: Section,
    page: fn() -> V,
) -> impl Fn() -> AnyView + Clone + Send + 'static {
    move || {
        if section.is_empty(&use_portfolio()) {
            view! { <NotFound /> }.into_any()
        } else {
            page().into_any()
        }
    }
}
