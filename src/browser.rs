//! Whether a browser runs this code. The app in the browser has a `window`; the native render
//! (the route files, `render.rs`) has none, and web-sys calls there would panic. What reads the
//! page at render time (storage, the document's base) asks here, so the components render the
//! same markup on both targets; effects and event handlers only ever run in the browser.

/// The browser's window, or `None` in the native render.
pub fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window();
    #[cfg(not(target_arch = "wasm32"))]
    return None;
}
