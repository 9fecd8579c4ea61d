//! The golden harness: one test per program under testdata/.
//!
//! What a program is checked against depends on its area and the files
//! beside it:
//! - `testdata/syntax/NAME.go` with `NAME.err` (gc's output, made by
//!   `goref run`): gosub's first error must equal gc's first error
//!   (`LINE:COL: MESSAGE`).
//! - `testdata/syntax/NAME.go` otherwise: must parse; its AST print must equal
//!   `NAME.ast` (gosub-specific, blessed with `GOSUB_BLESS=1 cargo test`).
//! - every other `.go` under testdata/ is a valid Go program (its goldens come
//!   from real Go, or it is a type-checker test whose errors are not
//!   syntax errors): it must parse without error. Later stages add their
//!   checks here as they land.
//!
//! Bless mode rewrites only gosub-specific goldens (`.ast`), never the
//! outputs that come from real Go.

use gosub::diag::{self, Diagnostic};
use gosub::source::SourceMap;
use gosub::syntax;
use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata");
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    let trials = files
        .into_iter()
        .map(|path| {
            let name = path.strip_prefix(&root).unwrap().display().to_string();
            Trial::test(name, move || run_on_big_stack(path))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "go") {
            out.push(p);
        }
    }
}

fn run_on_big_stack(path: PathBuf) -> Result<(), Failed> {
    std::thread::Builder::new()
        .stack_size(gosub::HOST_STACK)
        .spawn(move || check(&path))
        .map_err(|e| Failed::from(e.to_string()))?
        .join()
        .unwrap_or_else(|_| Err("panicked".into()))
}

fn bless() -> bool {
    std::env::var_os("GOSUB_BLESS").is_some_and(|v| v != "0")
}

fn check(path: &Path) -> Result<(), Failed> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let fname = path.file_name().unwrap().to_string_lossy().to_string();
    let mut map = SourceMap::new();
    let id = map.add(format!("./{fname}"), path.to_path_buf(), text);
    let (file, mut diags) = syntax::parse_file(&map, id);
    diag::sort_for_report(&map, &mut diags);
    let area = path.parent().and_then(|p| p.file_name()).map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
    let err_golden = path.with_extension("err");

    if area == "syntax" && err_golden.exists() {
        let want_text = std::fs::read_to_string(&err_golden).map_err(|e| e.to_string())?;
        let want = first_error(&want_text).ok_or("the .err golden holds no error line")?;
        let got = diags.first().map(|d| strip_file(&diag::go_line(&map, d)));
        return match got {
            Some(g) if g == want => Ok(()),
            Some(g) => Err(format!("first error differs\n  gc:    {want}\n  gosub: {g}").into()),
            None => Err(format!("gosub found no error; gc says {want}").into()),
        };
    }

    if !diags.is_empty() {
        return Err(format!("unexpected errors:\n{}", render(&map, &diags)).into());
    }
    let file = file.ok_or("no syntax tree")?;
    if area == "syntax" {
        let got = syntax::dump::dump_file(&map, &file);
        let golden = path.with_extension("ast");
        if bless() {
            std::fs::write(&golden, &got).map_err(|e| e.to_string())?;
            return Ok(());
        }
        let want = std::fs::read_to_string(&golden)
            .map_err(|_| format!("missing {} (bless with GOSUB_BLESS=1 cargo test)", golden.display()))?;
        if want != got {
            return Err(diff(&want, &got).into());
        }
    }
    Ok(())
}

fn render(map: &SourceMap, diags: &[Diagnostic]) -> String {
    diags.iter().map(|d| diag::go_line(map, d)).collect::<Vec<_>>().join("\n")
}

/// The first `FILE:LINE:COL: MESSAGE` line of a compiler output, without FILE.
fn first_error(text: &str) -> Option<String> {
    text.lines().find(|l| l.contains(".go:")).map(strip_file)
}

fn strip_file(line: &str) -> String {
    match line.find(".go:") {
        Some(p) => line[p + 4..].to_string(),
        None => line.to_string(),
    }
}

fn diff(want: &str, got: &str) -> String {
    let d = similar::TextDiff::from_lines(want, got);
    let mut out = String::from("output differs from golden (- golden, + gosub):\n");
    for change in d.iter_all_changes() {
        let sign = match change.tag() {
            similar::ChangeTag::Delete => "-",
            similar::ChangeTag::Insert => "+",
            similar::ChangeTag::Equal => continue,
        };
        out.push_str(&format!("{sign}{change}"));
    }
    out
}
