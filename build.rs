//! Build steps: generates the parser from grammar/go.lalrpop, and the table
//! of library stubs from src/stdlib/pkgs/*.go (each with the packages it
//! imports and its package name, so the checker knows every stub to parse
//! and can register the packages before parsing any),
//! into OUT_DIR (never committed).
use std::fmt::Write;

fn main() {
    println!("cargo:rerun-if-changed=grammar/go.lalrpop");
    println!("cargo:rerun-if-changed=src/stdlib/pkgs");
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .set_out_dir(&out)
        .emit_rerun_directives(true)
        .process()
        .expect("grammar/go.lalrpop");

    // One stub file per package: the import path with '/' spelled '_'.
    let dir = std::path::Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("src/stdlib/pkgs");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).filter(|n| n.ends_with(".go")).collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut table = String::from("&[\n");
    for n in names {
        println!("cargo:rerun-if-changed=src/stdlib/pkgs/{n}");
        let path = n.trim_end_matches(".go").replace('_', "/");
        let file = dir.join(&n);
        let src = std::fs::read_to_string(&file).unwrap_or_default();
        let (imports, name) = (stub_imports(&src), stub_name(&src));
        writeln!(table, "    ({path:?}, include_str!({:?}), &{imports:?}, {name:?}),", file.display().to_string())
            .unwrap();
    }
    table.push(']');
    std::fs::write(std::path::Path::new(&out).join("stdlib_packages.rs"), table).unwrap();
}

/// The import paths of a stub, in order: its `import "p"` lines and
/// `import ( ... )` blocks before the first other declaration. The stubs are
/// ours and keep to this shape; a unit test (`types::tests`) checks the
/// result against the parser's.
fn stub_imports(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_block = false;
    for line in src.lines().map(str::trim) {
        if in_block {
            if line.starts_with(')') {
                in_block = false;
            } else if let Some(p) = quoted(line) {
                out.push(p);
            }
        } else if let Some(rest) = line.strip_prefix("import") {
            let rest = rest.trim();
            if rest.starts_with('(') {
                in_block = true;
            } else if let Some(p) = quoted(rest) {
                out.push(p);
            }
        } else if ["func", "type", "var", "const"].iter().any(|k| line.starts_with(k)) {
            break;
        }
    }
    out
}

/// The name in a stub's package clause.
fn stub_name(src: &str) -> String {
    let line = src.lines().map(str::trim).find(|l| l.starts_with("package ")).unwrap_or("package _");
    line["package ".len()..].split_whitespace().next().unwrap_or("_").to_string()
}

fn quoted(s: &str) -> Option<String> {
    let s = s.strip_prefix('"')?;
    Some(s[..s.find('"')?].to_string())
}
