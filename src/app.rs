//! The app shell: router (base from `base::current`), loading and failure states, routes.

use crate::base;
use crate::components::{
    provide_print_request, provide_search_index, ErrorPanel, Layout, Loading, PRINT_PATH,
};
use crate::content::Portfolio;
use crate::load;
use crate::pages::*;
use crate::prerendered;
use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, StaticSegment};
use std::sync::Arc;

/// The loaded portfolio, provided to every page.
#[derive(Clone)]
pub struct Content(pub Arc<Portfolio>);

/// The portfolio of the current page; pages only render once it is loaded.
pub fn use_portfolio() -> Arc<Portfolio> {
    expect_context::<Content>().0
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let portfolio = LocalResource::new(load::portfolio);
    let retry = Callback::new(move |()| portfolio.refetch());
    provide_search_index(move || portfolio.get().and_then(Result::ok));
    provide_print_request();

    // A page that make dist prerendered already shows its content: render nothing until the
    // app can show the same page, then replace the copy in the same update (no loading flash).
    let has_copy = prerendered::present();
    let shown = move || !has_copy || portfolio.with(Option::is_some);

    view! {
        <Show when=shown>
            <Router base=base::current()>
                <Layout>
                    {move || match portfolio.get() {
                        None => view! { <Loading /> }.into_any(),
                        Some(Err(error)) => {
                            prerendered::take_over();
                            view! { <ErrorPanel error retry /> }.into_any()
                        }
                        Some(Ok(p)) => {
                            prerendered::take_over();
                            provide_context(Content(p));
                            view! { <AppRoutes /> }.into_any()
                        }
                    }}
                </Layout>
            </Router>
        </Show>
    }
}

#[component]
fn AppRoutes() -> impl IntoView {
    view! {
        <Routes fallback=NotFound>
            <Route path=path!("/") view=Overview />
            <Route path=path!("/technologies") view=Technologies />
            <Route path=path!("/technologies/:id") view=Technology />
            <Route path=path!("/concepts") view=Concepts />
            <Route path=path!("/concepts/:id") view=Concept />
            <Route path=path!("/challenges") view=Challenges />
            <Route path=path!("/challenges/:id") view=Challenge />
            <Route path=path!("/practices") view=Practices />
            <Route path=StaticSegment(PRINT_PATH) view=PrintView />
        </Routes>
    }
}
