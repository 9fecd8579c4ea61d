//! Build steps: generates the parser from grammar/go.lalrpop, and the table
//! of library stubs from src/stdlib/pkgs/*.go, into OUT_DIR (never committed).
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
        writeln!(table, "    ({path:?}, include_str!({:?})),", file.display().to_string()).unwrap();
    }
    table.push(']');
    std::fs::write(std::path::Path::new(&out).join("stdlib_packages.rs"), table).unwrap();
}
