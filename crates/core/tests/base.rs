//! The base path: one rule for the router, links and the content URL.

use nexus_core::base::{is_current, join, normalize};
use proptest::prelude::*;

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

#[test]
fn a_link_is_current_on_its_page_and_unless_exact_on_the_pages_under_it() {
    // The header's section links, under a sub-path and at the root.
    for base in ["", "/nexus"] {
        let list = join(base, "/technologies");
        assert!(is_current(&list, &list, false));
        assert!(
            is_current(&list, &format!("{list}/"), false),
            "trailing slash"
        );
        assert!(
            is_current(&format!("{list}/"), &list, false),
            "trailing slash on the link"
        );
        assert!(
            is_current(&list, &format!("{list}/python"), false),
            "an item page"
        );
        assert!(!is_current(&list, &format!("{list}/python"), true), "exact");
        assert!(
            !is_current(&list, &format!("{list}-old"), false),
            "a sibling with the same prefix"
        );
        assert!(!is_current(&list, &join(base, "/concepts"), false));
        assert!(!is_current(&list, &join(base, "/"), false), "the overview");
        // The brand link to the overview is exact: current only on the overview.
        let home = join(base, "/");
        assert!(is_current(&home, &home, true));
        assert!(is_current(&home, base, true), "the base without its slash");
        assert!(!is_current(&home, &list, true));
    }
}

proptest! {
    /// Any path is current for itself, with or without a trailing slash, exact or not; a
    /// non-exact link is current on every path below it and never on a path that only shares
    /// its text as a prefix.
    #[test]
    fn current_means_the_same_path_or_below_it(
        segments in prop::collection::vec("[a-z0-9-]{1,8}", 1..4),
        below in "[a-z0-9-]{1,8}",
        suffix in "[a-z0-9-]{1,4}",
        slash in any::<bool>(),
    ) {
        let link = format!("/{}", segments.join("/"));
        let same = if slash { format!("{link}/") } else { link.clone() };
        prop_assert!(is_current(&link, &same, true));
        prop_assert!(is_current(&same, &link, false));
        let under = format!("{link}/{below}");
        let sibling = format!("{link}{suffix}");
        prop_assert!(is_current(&link, &under, false));
        prop_assert!(!is_current(&link, &under, true));
        prop_assert!(!is_current(&link, &sibling, false));
    }
}
