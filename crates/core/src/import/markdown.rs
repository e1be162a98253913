//! Markdown (CommonMark + GFM tables, task lists, strikethrough, parsed by pulldown-cmark) as a
//! flat list of blocks with their line numbers: headings, paragraphs, list items (with their
//! depth, so 10,000 nested lists need no recursion), tables, code and HTML. Inline markup
//! becomes the portfolio's own (`code`, **strong**, _emphasis_, [links](https://…)); what the
//! portfolio cannot hold (images, HTML, unsafe links) is dropped with a report line.

use super::report::Report;
use crate::content::inline::is_safe_url;
use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Heading {
        level: u8,
        text: String,
        line: usize,
    },
    /// A paragraph, its lines separated by `\n`.
    Para {
        text: String,
        line: usize,
    },
    /// A list item's own text (its paragraphs joined by `\n`); `depth` 0 is a top-level item.
    Item {
        depth: usize,
        text: String,
        line: usize,
    },
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
        line: usize,
    },
    /// A fenced or indented code block, with its info string ("mermaid", "bash", "").
    Code {
        lang: String,
        text: String,
        indented: bool,
        line: usize,
    },
    Rule {
        line: usize,
    },
}

impl Block {
    /// The block a list level up ("- Django" nested under "- **Frameworks**" as a top-level
    /// item, when the label over it is lifted); other blocks as they are.
    pub fn up(&self) -> Block {
        match self {
            Block::Item { depth, text, line } => Block::Item {
                depth: depth.saturating_sub(1),
                text: text.clone(),
                line: *line,
            },
            b => b.clone(),
        }
    }

    /// The README line it starts on.
    pub fn line(&self) -> usize {
        match self {
            Block::Heading { line, .. }
            | Block::Para { line, .. }
            | Block::Item { line, .. }
            | Block::Table { line, .. }
            | Block::Code { line, .. }
            | Block::Rule { line } => *line,
        }
    }
}

/// Line numbers of byte offsets.
struct Lines(Vec<usize>);

impl Lines {
    fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines(starts)
    }

    /// The 1-based line of a byte offset.
    fn of(&self, offset: usize) -> usize {
        self.0.partition_point(|&s| s <= offset)
    }
}

/// What is being collected at the moment.
enum Open {
    Heading(u8),
    Para,
    Cell,
    Code(String, bool),
    Html,
}

/// Parses Markdown into blocks. `first_line` is the line of `text`'s first line in the file (a
/// block re-parsed from inside an indented code block keeps its real line numbers).
pub fn blocks(text: &str, first_line: usize, report: &mut Report) -> Vec<Block> {
    read(text, first_line, report, true)
}

/// The blocks of `text`; its HTML blocks are read as the Markdown they stand for when `html`,
/// else as their text (the Markdown made of an HTML block is not read twice).
fn read(text: &str, first_line: usize, report: &mut Report, html: bool) -> Vec<Block> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_GFM;
    let lines = Lines::new(text);
    let line_of = |offset: usize| lines.of(offset) + first_line - 1;
    let mut out = Vec::new();
    let mut buf = String::new();
    let mut buf_line = 0;
    let mut open: Option<Open> = None;
    // Lists: the depth of the next item; items: whether each open item has written its block.
    let mut list_depth = 0usize;
    let mut items: Vec<Option<usize>> = Vec::new();
    // Open lists: whether numbered, and where their first item's block is.
    let mut lists: Vec<(bool, usize)> = Vec::new();
    let mut table: Option<(Vec<String>, Vec<Vec<String>>, usize)> = None;
    let mut row: Vec<String> = Vec::new();
    let mut in_head = false;
    let mut link: Vec<(String, usize)> = Vec::new(); // (url, buf position of the label)
    let mut image_depth = 0usize;

    // Writes the text collected for the current list item, paragraph or item line.
    fn flush(
        out: &mut Vec<Block>,
        items: &mut [Option<usize>],
        list_depth: usize,
        buf: &mut String,
        line: usize,
    ) {
        let text = tidy(buf);
        buf.clear();
        if text.is_empty() {
            return;
        }
        match items.last_mut() {
            Some(slot) => match slot {
                Some(at) => {
                    if let Some(Block::Item { text: t, .. }) = out.get_mut(*at) {
                        t.push('\n');
                        t.push_str(&text);
                    }
                }
                None => {
                    *slot = Some(out.len());
                    out.push(Block::Item {
                        depth: list_depth.saturating_sub(1),
                        text,
                        line,
                    });
                }
            },
            None => out.push(Block::Para { text, line }),
        }
    }

    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        let line = line_of(range.start);
        match event {
            Event::Start(tag) => match tag {
                Tag::Heading { level, .. } => {
                    flush(&mut out, &mut items, list_depth, &mut buf, buf_line);
                    open = Some(Open::Heading(level as u8));
                    buf_line = line;
                }
                Tag::Paragraph if open.is_none() => {
                    buf_line = line;
                    open = Some(Open::Para);
                }
                Tag::List(start) => {
                    flush(&mut out, &mut items, list_depth, &mut buf, buf_line);
                    list_depth += 1;
                    lists.push((start.is_some(), out.len()));
                }
                Tag::Item => {
                    flush(&mut out, &mut items, list_depth, &mut buf, buf_line);
                    items.push(None);
                    buf_line = line;
                }
                Tag::Table(_) => {
                    flush(&mut out, &mut items, list_depth, &mut buf, buf_line);
                    table = Some((Vec::new(), Vec::new(), line));
                }
                Tag::TableHead => in_head = true,
                Tag::TableRow => row.clear(),
                Tag::TableCell => {
                    buf.clear();
                    open = Some(Open::Cell);
                }
                Tag::CodeBlock(kind) => {
                    flush(&mut out, &mut items, list_depth, &mut buf, buf_line);
                    let (lang, indented) = match kind {
                        CodeBlockKind::Fenced(info) => (
                            info.split_whitespace().next().unwrap_or("").to_lowercase(),
                            false,
                        ),
                        CodeBlockKind::Indented => (String::new(), true),
                    };
                    open = Some(Open::Code(lang, indented));
                    buf_line = line;
                }
                Tag::HtmlBlock => {
                    flush(&mut out, &mut items, list_depth, &mut buf, buf_line);
                    open = Some(Open::Html);
                    buf_line = line;
                }
                Tag::Emphasis => buf.push('_'),
                Tag::Strong => buf.push_str("**"),
                Tag::Link { dest_url, .. } => link.push((dest_url.to_string(), buf.len())),
                Tag::Image { dest_url, .. } => {
                    image_depth += 1;
                    report.at(line, format!("image \"{}\" skipped", file_name(&dest_url)));
                }
                _ => {}
            },
            Event::End(end) => match end {
                TagEnd::Heading(_) => {
                    let text = tidy(&buf);
                    buf.clear();
                    if let Some(Open::Heading(level)) = open.take() {
                        // Lines of text over "---" make a heading in Markdown, but a heading of
                        // several lines is a paragraph the writer ended with a rule.
                        if level == 2 && text.contains('\n') {
                            let rule = buf_line + text.lines().count();
                            out.push(Block::Para {
                                text,
                                line: buf_line,
                            });
                            out.push(Block::Rule { line: rule });
                        } else if !text.is_empty() {
                            out.push(Block::Heading {
                                level,
                                text,
                                line: buf_line,
                            });
                        }
                    }
                }
                TagEnd::Paragraph => {
                    if matches!(open, Some(Open::Para)) {
                        open = None;
                        flush(&mut out, &mut items, list_depth, &mut buf, buf_line);
                    }
                }
                TagEnd::Item => {
                    flush(&mut out, &mut items, list_depth, &mut buf, buf_line);
                    items.pop();
                }
                TagEnd::List(_) => {
                    flush(&mut out, &mut items, list_depth, &mut buf, buf_line);
                    list_depth = list_depth.saturating_sub(1);
                    // "3. Frontend Concepts" alone in its numbered list, with nothing nested:
                    // a section title numbered by a word processor, over what follows it.
                    if let Some((true, at)) = lists.pop() {
                        if list_depth == 0 && at + 1 == out.len() {
                            if let Some(Block::Item { text, line, .. }) = out.last() {
                                if super::bare_heading(text)
                                    .is_some_and(|k| super::is_section(Some(k)))
                                {
                                    let (text, line) = (text.clone(), *line);
                                    out.pop();
                                    out.push(Block::Heading {
                                        level: 2,
                                        text,
                                        line,
                                    });
                                }
                            }
                        }
                    }
                }
                TagEnd::TableCell => {
                    row.push(tidy(&buf));
                    buf.clear();
                    open = None;
                }
                TagEnd::TableHead => {
                    if let Some((header, _, _)) = table.as_mut() {
                        *header = std::mem::take(&mut row);
                    }
                    in_head = false;
                }
                TagEnd::TableRow => {
                    if let Some((_, rows, _)) = table.as_mut() {
                        if !in_head {
                            rows.push(std::mem::take(&mut row));
                        }
                    }
                }
                TagEnd::Table => {
                    if let Some((header, rows, line)) = table.take() {
                        out.push(Block::Table { header, rows, line });
                    }
                }
                TagEnd::CodeBlock => {
                    if let Some(Open::Code(lang, indented)) = open.take() {
                        let text = std::mem::take(&mut buf);
                        out.push(Block::Code {
                            lang,
                            text,
                            indented,
                            line: buf_line,
                        });
                    }
                }
                TagEnd::HtmlBlock if html => {
                    open = None;
                    let html = std::mem::take(&mut buf);
                    let read = read(&html_markdown(&html), buf_line, report, false);
                    // A closing `</details>` alone held nothing to lose.
                    if read.is_empty() && !strip_tags(&html).is_empty() {
                        report.at(buf_line, "HTML block skipped".to_string());
                    }
                    out.extend(read);
                }
                TagEnd::HtmlBlock => {
                    open = None;
                    let html = std::mem::take(&mut buf);
                    let text = strip_tags(&html);
                    if text.is_empty() {
                        report.at(buf_line, "HTML block skipped".to_string());
                    } else {
                        report.at(buf_line, "HTML block kept as its text".to_string());
                        out.push(Block::Para {
                            text,
                            line: buf_line,
                        });
                    }
                }
                // An empty span (its text was an image) leaves no markers behind.
                TagEnd::Emphasis => {
                    if buf.ends_with('_') {
                        buf.pop();
                    } else {
                        buf.push('_');
                    }
                }
                TagEnd::Strong => {
                    if buf.ends_with("**") {
                        buf.truncate(buf.len() - 2);
                    } else {
                        buf.push_str("**");
                    }
                }
                TagEnd::Link => {
                    if let Some((url, at)) = link.pop() {
                        let label = buf[at.min(buf.len())..].to_string();
                        if is_safe_url(&url) && !label.trim().is_empty() {
                            buf.truncate(at);
                            buf.push_str(&format!("[{}]({url})", label.trim()));
                        } else if !url.starts_with('#') && !url.is_empty() && !is_relative(&url) {
                            report.at(line, format!("link \"{url}\" kept as plain text"));
                        }
                    }
                }
                TagEnd::Image => image_depth = image_depth.saturating_sub(1),
                _ => {}
            },
            Event::Text(t) => {
                if image_depth == 0 {
                    if open.is_none() {
                        // Text directly in a tight list item.
                        if buf.is_empty() {
                            buf_line = line;
                        }
                    }
                    buf.push_str(&t);
                }
            }
            Event::Code(t) => buf.push_str(&format!("`{t}`")),
            Event::Html(t) => {
                if matches!(open, Some(Open::Html)) {
                    buf.push_str(&t);
                }
            }
            Event::InlineHtml(t) => match tag_markdown(&t) {
                Some(HtmlTag::Break) => buf.push('\n'),
                Some(HtmlTag::Inline(marker)) => buf.push_str(marker),
                _ => {}
            },
            // A paragraph keeps its lines (a README pasted without Markdown has a heading or an
            // item per line); a list item's wrapped lines are one text.
            Event::SoftBreak => buf.push(if items.is_empty() { '\n' } else { ' ' }),
            Event::HardBreak => buf.push('\n'),
            Event::Rule => {
                flush(&mut out, &mut items, list_depth, &mut buf, buf_line);
                out.push(Block::Rule { line });
            }
            Event::TaskListMarker(_) | Event::FootnoteReference(_) => {}
            Event::InlineMath(t) | Event::DisplayMath(t) => buf.push_str(&t),
        }
    }
    flush(&mut out, &mut items, list_depth, &mut buf, buf_line);
    out
}

/// A relative link (to a file of the repository): its label is kept, silently.
fn is_relative(url: &str) -> bool {
    !url.contains(':')
}

/// The last segment of a URL or path, for report lines.
fn file_name(url: &str) -> &str {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    path.rsplit('/').find(|s| !s.is_empty()).unwrap_or(url)
}

/// Collapses white space, keeping hard breaks (without blank lines).
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split('\n') {
        let mut words = line.split_whitespace();
        let Some(first) = words.next() else { continue };
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(first);
        for w in words {
            out.push(' ');
            out.push_str(w);
        }
    }
    out
}

/// What an HTML tag a README uses stands for in Markdown.
enum HtmlTag {
    /// `<br>`: a line break.
    Break,
    /// `<b>`, `<i>`, `<code>` and their ends: the Markdown marker.
    Inline(&'static str),
    /// What starts a line it opens ("- " for `<li>`, "## " for `<h2>`); empty for the tags that
    /// only wrap blocks (`<p>`, `<div>`, `<ul>`, `<details>`…).
    Line(String),
}

/// A tag of the few READMEs use, as Markdown; `None` for any other tag (dropped).
fn tag_markdown(tag: &str) -> Option<HtmlTag> {
    let inner = tag.trim().strip_prefix('<')?.strip_suffix('>')?;
    let closing = inner.starts_with('/');
    let name = inner
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    let line = |s: &str| Some(HtmlTag::Line(s.to_string()));
    match name.as_str() {
        "br" => Some(HtmlTag::Break),
        "b" | "strong" => Some(HtmlTag::Inline("**")),
        "i" | "em" => Some(HtmlTag::Inline("_")),
        "code" => Some(HtmlTag::Inline("`")),
        "li" if !closing => line("- "),
        "summary" if !closing => line("### "),
        "hr" => line("---"),
        h if h.len() == 2 && h.starts_with('h') && !closing => {
            let level = h[1..]
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=6).contains(n))?;
            line(&format!("{} ", "#".repeat(level)))
        }
        "p" | "div" | "details" | "summary" | "ul" | "ol" | "li" | "table" | "tr"
        | "blockquote" | "center" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => line(""),
        _ => None,
    }
}

/// An HTML block as the Markdown it stands for, line for line (so report lines stay right):
/// headings, list items, a `<details>` challenge's `<summary>` as its heading, bold, emphasis
/// and code; the other tags dropped, a line left with nothing a blank line between blocks; the
/// common entities decoded (not `&lt;`, which would make tags again).
fn html_markdown(html: &str) -> String {
    let lines: Vec<String> = html
        .lines()
        .map(|source| {
            let mut out = String::with_capacity(source.len());
            let mut rest = source.trim();
            while let Some(start) = rest.find('<') {
                out.push_str(&rest[..start]);
                let Some(len) = rest[start..].find('>') else {
                    break;
                };
                match tag_markdown(&rest[start..=start + len]) {
                    Some(HtmlTag::Break) => out.push(' '),
                    Some(HtmlTag::Inline(marker)) => out.push_str(marker),
                    // A line's marker goes first, whatever stood before the tag.
                    Some(HtmlTag::Line(lead)) if out.trim().is_empty() => out = lead,
                    Some(HtmlTag::Line(_)) | None => {}
                }
                rest = &rest[start + len + 1..];
            }
            out.push_str(rest);
            let out = out.trim().to_string();
            // A bare marker ("- ", "### ") with nothing after it is no block.
            if out.chars().all(|c| matches!(c, '-' | '#' | ' ')) && out != "---" {
                String::new()
            } else {
                out
            }
        })
        .collect();
    lines
        .join("\n")
        .replace("&amp;", "&")
        .replace("&nbsp;", " ")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}

/// The text of an HTML fragment, without its tags.
fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    tidy(&out)
}

/// Where the list items nested under the block at `i` end: the index of the first block after
/// it that is not a nested item (or the end).
pub fn nested_end(blocks: &[Block], i: usize) -> usize {
    blocks[i + 1..]
        .iter()
        .position(|b| !matches!(b, Block::Item { depth, .. } if *depth > 0))
        .map_or(blocks.len(), |n| i + 1 + n)
}
