//! The smallest app per feature set (see Cargo.toml); it only has to run, not to be useful.
use leptos::prelude::*;

#[cfg(feature = "fetch")]
#[derive(serde::Deserialize, Clone)]
struct Item {
    id: String,
    name: String,
    tags: Vec<String>,
}

#[cfg(feature = "fetch")]
async fn load() -> Result<Vec<Item>, String> {
    let response = gloo_net::http::Request::get("items.json")
        .send()
        .await
        .map_err(|e| e.to_string())?;
    let text = response.text().await.map_err(|e| e.to_string())?;
    serde_json::from_str(&text).map_err(|e| e.to_string())
}

#[component]
fn Counter() -> impl IntoView {
    let (count, set_count) = signal(0);
    view! { <button on:click=move |_| set_count.update(|n| *n += 1)>{count}</button> }
}

#[cfg(feature = "fetch")]
#[component]
fn Items() -> impl IntoView {
    let items = LocalResource::new(load);
    view! {
        <Suspense fallback=|| "…">
            {move || Suspend::new(async move {
                match items.await {
                    Ok(items) => items
                        .into_iter()
                        .map(|i| view! { <li id=i.id>{i.name}" "{i.tags.join(",")}</li> })
                        .collect_view()
                        .into_any(),
                    Err(e) => e.into_any(),
                }
            })}
        </Suspense>
    }
}

#[cfg(feature = "router")]
#[component]
fn App() -> impl IntoView {
    use leptos_router::components::{Route, Router, Routes, A};
    use leptos_router::path;
    #[cfg(feature = "fetch")]
    let second = Items;
    #[cfg(not(feature = "fetch"))]
    let second = Counter;
    view! {
        <Router>
            <nav><A href="/">"Home"</A><A href="/items">"Items"</A></nav>
            <Routes fallback=|| "Not found">
                <Route path=path!("/") view=Counter />
                <Route path=path!("/items") view=second />
            </Routes>
        </Router>
    }
}

#[cfg(not(feature = "router"))]
use Counter as App;

fn main() {
    leptos::mount::mount_to_body(App);
}
