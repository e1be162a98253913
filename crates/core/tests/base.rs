//! The base path: one rule for the router, links and the content URL.

use nexus_core::base::{join, normalize};

#[test]
fn base_has_no_trailing_slash_and_is_empty_at_the_root() {
    assert_eq!(normalize("/"), "");
    assert_eq!(normalize(""), "");
    assert_eq!(normalize("/nexus/"), "/nexus");
    assert_eq!(normalize("/a/b/c/"), "/a/b/c");
    assert_eq!(normalize("/nexus/index.html"), "/nexus");
    assert_eq!(normalize("/index.html"), "");
    assert_eq!(normalize("nexus/"), "/nexus");
}

#[test]
fn join_puts_exactly_one_slash_between_base_and_path() {
    assert_eq!(join("", "/technologies"), "/technologies");
    assert_eq!(
        join("/nexus", "/technologies/python"),
        "/nexus/technologies/python"
    );
    assert_eq!(join("/nexus", "portfolio.json"), "/nexus/portfolio.json");
    assert_eq!(join("/nexus", "/"), "/nexus/");
    assert_eq!(join("", "/"), "/");
}
