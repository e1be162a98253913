//! The program the learning comes from, when the content names one.

use leptos::prelude::*;

/// "Program: …", or nothing.
#[component]
pub fn Program(program: Option<String>) -> impl IntoView {
    program.map(|program| view! { <p class="program">"Program: " {program}</p> })
}
