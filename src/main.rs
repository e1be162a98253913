//! Mounts the app; nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(nexus::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("nexus is a browser app: run `make serve`, or `make dist` for the bundle.");
}
