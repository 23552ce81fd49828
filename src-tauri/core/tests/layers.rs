//! The core's layers, checked: every `crate::…` path in every source file must point to a module
//! its own module may depend on (see "Layers of the core" in docs/architecture.md). A path through
//! a re-export at the crate root (`crate::Journal`, `crate::CheckIn`) counts as a path into the
//! module it comes from.
//!
//! Test code — the files declared under `#[cfg(test)]` (`*_tests.rs`, `fixtures.rs`,
//! `test_support.rs`, `probe.rs` …) and inline `#[cfg(test)] mod … {` blocks, which by convention
//! close a file — may also use [`TEST_EXTRAS`]: they build journals to test against.
//!
//! What a path scan cannot see: methods that a higher layer adds to a lower layer's type (e.g.
//! `Journal::dashboard`, added in `views`) are called without naming their module.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Each top-level module and the modules it may depend on, bottom to top.
const LAYERS: &[(&str, &[&str])] = &[
    ("error", &[]),
    ("model", &["error"]),
    ("file", &["error"]),
    ("store", &["error", "model", "file"]),
    ("insights", &["error", "model"]),
    ("reminders", &["error", "model"]),
    ("charts", &["error", "model", "insights"]),
    ("encryption", &["error", "model", "file"]),
    ("portability", &["error", "model", "file", "store", "insights"]),
    ("views", &["error", "model", "store", "insights", "charts", "reminders"]),
    ("demo", &["error", "model", "store"]),
    ("sync", &["error", "model", "store"]),
];

/// What test code may use on top of its module's own layer: every module below `views` (tests
/// make, fill, copy and encrypt journals, and check rules against what the store reads). Only
/// views' own tests use `views`.
const TEST_EXTRAS: &[&str] =
    &["error", "model", "file", "store", "insights", "reminders", "charts", "encryption", "portability", "demo"];

fn source_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn every_crate_path_follows_the_layers() {
    let violations = check_tree(&source_dir());
    assert!(violations.is_empty(), "edges outside the layer graph:\n{}", violations.join("\n"));
}

#[test]
fn the_check_sees_grouped_uses_root_re_exports_and_test_code() {
    let roots = root_re_exports(&fs::read_to_string(source_dir().join("lib.rs")).unwrap());
    assert_eq!(roots.get("Journal").map(String::as_str), Some("store"));
    assert_eq!(roots.get("CheckIn").map(String::as_str), Some("model"));
    let modules = top_modules(&fs::read_to_string(source_dir().join("lib.rs")).unwrap());

    // An upward edge from the bottom of the store, written three ways, and one from model.
    let code = "use crate::{Error, views::dashboard, Journal};\nfn f() { crate::insights::daily_index(); }\n";
    let edges = violations_in("store/check_in.rs", "store", code, false, &modules, &roots);
    assert_eq!(edges.len(), 2, "{edges:?}");
    assert!(edges[0].contains("store/check_in.rs") && edges[0].contains("store → views"), "{edges:?}");
    assert!(edges[1].contains("store → insights"), "{edges:?}");
    let grouped = "use crate::{\n    model::day::parse_day,\n    store::{check_in, Journal},\n};\n";
    assert_eq!(violations_in("model/day.rs", "model", grouped, false, &modules, &roots).len(), 1);
    assert_eq!(violations_in("model/x.rs", "model", "use crate::Journal;", false, &modules, &roots).len(), 1);

    // Comments are not dependencies; test code may build a journal but never reach views.
    assert!(violations_in("model/x.rs", "model", "/// see [`crate::store`]", false, &modules, &roots).is_empty());
    let test_code = "#[cfg(test)]\nmod tests {\n    use crate::{demo, Journal};\n    use crate::views::calendar;\n}\n";
    assert_eq!(violations_in("model/x.rs", "model", test_code, false, &modules, &roots).len(), 1);
    // An unknown root item is reported rather than let through.
    assert_eq!(violations_in("model/x.rs", "model", "use crate::Nowhere;", false, &modules, &roots).len(), 1);
}

/// Every violation in the crate at `src`, as "file: from → to (crate::path)".
fn check_tree(src: &Path) -> Vec<String> {
    let lib = fs::read_to_string(src.join("lib.rs")).unwrap();
    let modules = top_modules(&lib);
    let roots = root_re_exports(&lib);
    let mut violations = Vec::new();
    for module in &modules {
        if !LAYERS.iter().any(|(m, _)| m == module) {
            violations.push(format!("lib.rs: module `{module}` has no layer"));
        }
    }
    let files = rust_files(src);
    let test_files = test_files(src, &files);
    for file in &files {
        let relative = file.strip_prefix(src).unwrap().to_string_lossy().replace('\\', "/");
        if relative == "lib.rs" {
            continue; // the crate's front door re-exports from every layer
        }
        let module = relative.split(['/', '.']).next().unwrap().to_string();
        if !LAYERS.iter().any(|(m, _)| *m == module) {
            continue; // reported above
        }
        let text = fs::read_to_string(file).unwrap();
        assert!(!text.contains("super::super"), "{relative}: reach other modules with crate::, not super::super");
        violations.extend(violations_in(&relative, &module, &text, test_files.contains(file), &modules, &roots));
    }
    violations
}

/// The violations in one file of `module`; `whole_file_is_test` for files only compiled in tests.
fn violations_in(
    file: &str,
    module: &str,
    text: &str,
    whole_file_is_test: bool,
    modules: &BTreeSet<String>,
    roots: &BTreeMap<String, String>,
) -> Vec<String> {
    let allowed: BTreeSet<&str> = LAYERS
        .iter()
        .find(|(m, _)| *m == module)
        .map(|(_, deps)| deps.iter().copied().collect())
        .unwrap_or_else(|| panic!("{file}: module `{module}` has no layer"));
    let code = strip_comments(text);
    let test_from = if whole_file_is_test { 0 } else { inline_test_start(&code).unwrap_or(code.len()) };
    let mut found = Vec::new();
    for (at, path) in crate_paths(&code) {
        let first = path.split("::").next().unwrap_or_default().trim();
        let target = if modules.contains(first) {
            first.to_string()
        } else if let Some(home) = roots.get(first) {
            home.clone()
        } else {
            found.push(format!("{file}: `crate::{path}` names nothing this check knows"));
            continue;
        };
        if target == module {
            continue;
        }
        let in_test = at >= test_from;
        let ok = allowed.contains(target.as_str())
            || (in_test && (TEST_EXTRAS.contains(&target.as_str()) || module == "views"));
        if !ok {
            let kind = if in_test { " in test code" } else { "" };
            found.push(format!("{file}: {module} → {target}{kind} (crate::{path})"));
        }
    }
    found
}

/// Every `crate::…` path in `code` with its byte offset; `crate::{a::b, c}` gives `a::b` and `c`.
fn crate_paths(code: &str) -> Vec<(usize, String)> {
    let mut paths = Vec::new();
    let bytes = code.as_bytes();
    let mut from = 0;
    while let Some(found) = code[from..].find("crate::") {
        let at = from + found;
        from = at + "crate::".len();
        // `$crate::` (macros) and `resilience_crate::` are not this crate's paths from here.
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
            continue;
        }
        if bytes.get(from) == Some(&b'{') {
            let group = &code[from + 1..matching_brace(code, from)];
            paths.extend(split_group(group).into_iter().map(|item| (at, item)));
        } else {
            let end = code[from..]
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .map_or(code.len(), |n| from + n);
            paths.push((at, code[from..end].trim_end_matches(':').to_string()));
        }
    }
    paths
}

/// The index of the `}` closing the `{` at `open`.
fn matching_brace(code: &str, open: usize) -> usize {
    let mut depth = 0;
    for (i, c) in code[open..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return open + i;
                }
            }
            _ => {}
        }
    }
    panic!("unbalanced braces in a use group")
}

/// The top-level items of a use group: `a::{b, c}, d` → `a::{b, c}`, `d`.
fn split_group(group: &str) -> Vec<String> {
    let (mut items, mut depth, mut start) = (Vec::new(), 0, 0);
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(group[start..i].trim().to_string());
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(group[start..].trim().to_string());
    items.retain(|item| !item.is_empty() && item != "self");
    items
}

/// `code` without `//` comments (doc comments included: a link is not a dependency). Comment
/// markers inside string literals are kept.
fn strip_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let mut in_string = false;
        let mut prev = ' ';
        let mut cut = line.len();
        for (i, c) in line.char_indices() {
            if c == '"' && prev != '\\' {
                in_string = !in_string;
            }
            if !in_string && c == '/' && prev == '/' {
                cut = i - 1;
                break;
            }
            prev = c;
        }
        out.push_str(&line[..cut]);
        out.push('\n');
    }
    out
}

/// Where an inline `#[cfg(test)] mod … {` starts, if the file has one.
fn inline_test_start(code: &str) -> Option<usize> {
    let mut offset = 0;
    let mut lines = code.lines().peekable();
    while let Some(line) = lines.next() {
        let here = offset;
        offset += line.len() + 1;
        if line.trim() == "#[cfg(test)]" {
            if let Some(next) = lines.peek() {
                let next = next.trim();
                if (next.starts_with("mod ") || next.starts_with("pub(crate) mod ")) && next.ends_with('{') {
                    return Some(here);
                }
            }
        }
    }
    None
}

/// Files compiled only for tests: declared as `#[cfg(test)] [#[path = "…"]] mod name;`.
fn test_files(src: &Path, files: &[PathBuf]) -> BTreeSet<PathBuf> {
    let mut found = BTreeSet::new();
    for file in files {
        let text = fs::read_to_string(file).unwrap();
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        let dir = file.parent().unwrap();
        let is_mod_root = file.ends_with("mod.rs") || file.ends_with("lib.rs");
        for (i, line) in lines.iter().enumerate() {
            if *line != "#[cfg(test)]" {
                continue;
            }
            let mut path_attr = None;
            let mut j = i + 1;
            while let Some(attr) = lines.get(j).filter(|l| l.starts_with("#[")) {
                if let Some(rest) = attr.strip_prefix("#[path = \"") {
                    path_attr = rest.strip_suffix("\"]").map(str::to_string);
                }
                j += 1;
            }
            let Some(decl) = lines.get(j) else { continue };
            let Some(name) = decl.split("mod ").nth(1).and_then(|rest| rest.strip_suffix(';')) else { continue };
            let base = if is_mod_root { dir.to_path_buf() } else { dir.join(file.file_stem().unwrap()) };
            let target = match path_attr {
                Some(path) => dir.join(path),
                None if base.join(format!("{name}.rs")).exists() => base.join(format!("{name}.rs")),
                None => base.join(name).join("mod.rs"),
            };
            assert!(target.exists(), "{}: test module {name} not found at {}", file.display(), target.display());
            found.insert(target);
        }
    }
    assert!(found.iter().all(|f| f.starts_with(src)));
    found
}

/// The modules `lib.rs` declares.
fn top_modules(lib: &str) -> BTreeSet<String> {
    lib.lines()
        .filter_map(|line| line.trim().strip_prefix("pub mod ").or_else(|| line.trim().strip_prefix("mod ")))
        .filter_map(|rest| rest.strip_suffix(';'))
        .map(str::to_string)
        .collect()
}

/// Names re-exported at the crate root and the module each comes from:
/// `pub use store::Journal;` → `Journal` → `store`.
fn root_re_exports(lib: &str) -> BTreeMap<String, String> {
    let mut names = BTreeMap::new();
    let code = strip_comments(lib);
    for statement in code.split(';') {
        let Some(path) = statement.trim().strip_prefix("pub use ") else { continue };
        let module = path.split("::").next().unwrap().to_string();
        let last = match (path.find('{'), path.rfind('}')) {
            (Some(open), Some(close)) => split_group(&path[open + 1..close]),
            _ => vec![path.rsplit("::").next().unwrap().to_string()],
        };
        for name in last {
            let name = name.rsplit(" as ").next().unwrap().rsplit("::").next().unwrap().trim().to_string();
            names.insert(name, module.clone());
        }
    }
    names
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}
