//! The golden harness: one test per program under testdata/.
//!
//! What a program is checked against depends on its area and the files
//! beside it:
//! - `testdata/syntax/NAME.go` with `NAME.err` (gc's output, made by
//!   `goref run`): gosub's first error must equal gc's first error
//!   (`LINE:COL: MESSAGE`).
//! - `testdata/syntax/NAME.go` otherwise: must parse; its AST print must equal
//!   `NAME.ast` (gosub-specific, blessed with `GOSUB_BLESS=1 cargo test`).
//! - every other `.go` is type-checked. Lines annotated `// ERROR "regexp"`
//!   (Go's own test convention, made from gc's output by
//!   scripts/annotate-errors) must get a matching error, and every error must
//!   be annotated; a `NAME.err` (gc's output) must also agree on the exact
//!   first error. A program without annotations must check cleanly.
//! - `testdata/{run,panics,goroutines}/NAME.go`: run with `gosub run`
//!   (empty stdin); stdout
//!   must equal `NAME.out`, the exit status `NAME.exit` (absent: 0), and
//!   stderr, normalized as goref normalizes Go's, `NAME.err` (absent:
//!   empty). All three come from real Go (`goref golden`).
//!
//! - `testdata/trace/NAME.go`: `gosub trace` with the options on its first
//!   line; the text trace must equal `NAME.trace` (gosub-specific, blessed
//!   with `GOSUB_BLESS=1 cargo test` after reading) and stdout Go's
//!   `NAME.out`.
//! - `testdata/escape/NAME.go`: `gosub escape` must print gc's `-m -l`
//!   verdicts exactly as `goref escape` wrote them to `NAME.escape`;
//!   `gosub escape --explain` must print the same lines once its
//!   explanations are removed, with one before every heap decision. A
//!   program whose first line is `// explain` also has its explain output
//!   in `NAME.explain` (gosub-specific, blessed with `GOSUB_BLESS=1`).
//! - `testdata/step/NAME.go`: `gosub step --commands NAME.cmds` with the
//!   options of a first line `// step: OPTIONS` (GOMAXPROCS 1 unless they
//!   say otherwise); the session's transcript (stdout) must equal
//!   `NAME.transcript` (gosub-specific, blessed after reading).
//! - a program listed in its area's `PENDING` file is ignored (it waits
//!   for a feature of an open issue; the file says which).
//!
//! Bless mode rewrites only gosub-specific goldens (`.ast`, `.trace`,
//! `.explain`), never the
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
    let pending = pending(&root);
    let trials = files
        .into_iter()
        .map(|path| {
            let name = path.strip_prefix(&root).unwrap().display().to_string();
            let ignored = pending.contains(&name);
            Trial::test(name, move || run_on_big_stack(path)).with_ignored_flag(ignored)
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

/// Programs listed in `testdata/<area>/PENDING` (one `NAME.go  # why` per
/// line) need a feature an open issue will bring: they are reported as
/// ignored, not run (`cargo test -- --ignored` runs them).
fn pending(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let Ok(rd) = std::fs::read_dir(root) else { return out };
    for e in rd.flatten() {
        let Ok(text) = std::fs::read_to_string(e.path().join("PENDING")) else { continue };
        let area = e.file_name().to_string_lossy().into_owned();
        for line in text.lines() {
            let name = line.split('#').next().unwrap_or("").trim();
            if !name.is_empty() {
                out.push(format!("{area}/{name}"));
            }
        }
    }
    out
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
    // Areas of whole programs run by the binary and compared with Go's
    // outputs; the others are front-end tests.
    if path
        .parent()
        .and_then(|p| p.file_name())
        .is_some_and(|n| n == "run" || n == "panics" || n == "goroutines" || n == "gc")
    {
        return check_run(path);
    }
    if path.parent().and_then(|p| p.file_name()).is_some_and(|n| n == "trace") {
        return check_trace(path);
    }
    if path.parent().and_then(|p| p.file_name()).is_some_and(|n| n == "escape") {
        return check_escape(path);
    }
    if path.parent().and_then(|p| p.file_name()).is_some_and(|n| n == "step") {
        return check_step(path);
    }
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
    let text = map.file(id).text.clone();
    let mut checked = gosub::types::check(&mut map, &file);
    diag::sort_for_report(&map, &mut checked.errors);
    check_annotations(&map, &text, &checked.errors, &err_golden)?;
    if area == "syntax" {
        let got = syntax::dump::dump_file(&map, &file);
        return blessed(&path.with_extension("ast"), &got);
    }
    Ok(())
}

/// Compares gosub-specific output with its golden, or (bless mode)
/// rewrites the golden.
fn blessed(golden: &Path, got: &str) -> Result<(), Failed> {
    if bless() {
        std::fs::write(golden, got).map_err(|e| e.to_string())?;
        return Ok(());
    }
    let want = std::fs::read_to_string(golden)
        .map_err(|_| format!("missing {} (bless with GOSUB_BLESS=1 cargo test)", golden.display()))?;
    if want != got {
        return Err(diff(&want, got).into());
    }
    Ok(())
}

/// `// ERROR "re" "re"` annotations by line.
fn annotations(text: &str) -> Vec<(u32, Vec<regex::Regex>)> {
    let quoted = regex::Regex::new(r#""((?:[^"\\]|\\.)*)""#).unwrap();
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let Some(p) = line.find("// ERROR ") else { continue };
        let res = quoted
            .captures_iter(&line[p..])
            .filter_map(|c| regex::Regex::new(&c[1].replace("\\\"", "\"")).ok())
            .collect();
        out.push((i as u32 + 1, res));
    }
    out
}

fn check_annotations(map: &SourceMap, text: &str, errors: &[Diagnostic], err_golden: &Path) -> Result<(), Failed> {
    let mut want = annotations(text);
    let shown: Vec<&Diagnostic> = errors.iter().take(diag::MAX_ERRORS).collect();
    let mut problems = Vec::new();
    for d in &shown {
        if d.plain {
            continue;
        }
        let (_, line, _) = map.line_col(d.span.lo);
        let first = d.message.lines().next().unwrap_or("");
        let slot = want.iter_mut().find(|(l, res)| *l == line && res.iter().any(|r| r.is_match(first)));
        match slot {
            Some((_, res)) => {
                let i = res.iter().position(|r| r.is_match(first)).unwrap();
                res.remove(i);
            }
            None => problems.push(format!("unexpected error: {}", diag::go_line(map, d))),
        }
    }
    for (line, res) in &want {
        for r in res {
            problems.push(format!("line {line}: no error matching {:?}", r.as_str()));
        }
    }
    if err_golden.exists() {
        let gc = std::fs::read_to_string(err_golden).map_err(|e| e.to_string())?;
        let want_first = gc.lines().find(|l| !l.starts_with('#')).map(strip_file);
        let got_first = shown.first().map(|d| strip_file(diag::go_line(map, d).lines().next().unwrap_or("")));
        if want_first != got_first {
            problems.push(format!("first error differs\n  gc:    {want_first:?}\n  gosub: {got_first:?}"));
        }
    }
    if problems.is_empty() { Ok(()) } else { Err(problems.join("\n").into()) }
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

/// Runs a program with the gosub binary and compares with Go's goldens.
fn check_run(path: &Path) -> Result<(), Failed> {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let dir = path.parent().unwrap();
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let mut env = env_line(&text);
    // GOSUB_GC_STRESS=1: every program again with a whole collection at
    // each allocation (CI does it for testdata/run); programs that read
    // MemStats observe the collector itself and are left out.
    if std::env::var_os("GOSUB_GC_STRESS").is_some() {
        if text.contains("ReadMemStats") {
            return Ok(());
        }
        match env.iter_mut().find(|(k, _)| k == "GODEBUG") {
            Some((_, v)) => v.push_str(",gcstress=1"),
            None => env.push(("GODEBUG".into(), "gcstress=1".into())),
        }
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_gosub"))
        .arg("run")
        .arg(path.file_name().unwrap())
        .env_remove("GOGC")
        .env_remove("GOMEMLIMIT")
        .envs(env.iter().map(|(k, v)| (k, v)))
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out_pipe.read_to_end(&mut v);
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err_pipe.read_to_end(&mut v);
        v
    });
    let start = std::time::Instant::now();
    // A whole collection at every allocation makes allocation-heavy
    // programs far slower (one spawns ~350,000 goroutines before its
    // time slice ends): stress mode gets a longer bound.
    let limit = if std::env::var_os("GOSUB_GC_STRESS").is_some() { 300 } else { 60 };
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
            break s;
        }
        if start.elapsed() > std::time::Duration::from_secs(limit) {
            let _ = child.kill();
            return Err(format!("timed out after {limit} s").into());
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    };
    let stdout = String::from_utf8_lossy(&out_t.join().unwrap()).into_owned();
    let stderr = String::from_utf8_lossy(&err_t.join().unwrap()).into_owned();
    // Goldens may hold invalid UTF-8 (Go prints bytes); compare lossily.
    let read =
        |ext: &str| std::fs::read(path.with_extension(ext)).ok().map(|b| String::from_utf8_lossy(&b).into_owned());
    let want_out = read("out").ok_or("missing .out golden (make it with goref golden)")?;
    let want_err = read("err").unwrap_or_default();
    let want_exit: i32 = read("exit").map_or(0, |s| s.trim().parse().unwrap_or(-1));
    let got_exit = status.code().unwrap_or(-1);
    let folder = std::fs::canonicalize(dir).map_err(|e| e.to_string())?;
    let got_err = normalize_stderr(&stderr, &folder.display().to_string());
    let mut problems = Vec::new();
    if stdout != want_out {
        problems.push(format!("stdout differs:\n{}", diff(&want_out, &stdout)));
    }
    if env.iter().any(|(k, v)| k == "GODEBUG" && v.contains("gctrace=1")) {
        // Go's gctrace figures are timings: the format is checked here and
        // gosub's deterministic lines are a blessed golden.
        if let Err(e) = check_gctrace(&got_err).and_then(|()| blessed(&path.with_extension("gctrace"), &got_err)) {
            problems.push(format!("gctrace: {}", e.message().unwrap_or("")));
        }
    } else if got_err != want_err {
        problems.push(format!("stderr differs:\n{}", diff(&want_err, &got_err)));
    }
    if got_exit != want_exit {
        problems.push(format!("exit status {got_exit}, Go's is {want_exit}"));
    }
    if problems.is_empty() { Ok(()) } else { Err(problems.join("\n").into()) }
}

/// The `// env: K=V ...` first line of a program: its environment.
fn env_line(text: &str) -> Vec<(String, String)> {
    let first = text.lines().next().unwrap_or("");
    let Some(rest) = first.strip_prefix("// env:") else { return Vec::new() };
    rest.split_whitespace().filter_map(|kv| kv.split_once('=')).map(|(k, v)| (k.into(), v.into())).collect()
}

/// Every stderr line is Go's gctrace line (`runtime/mgc.go`'s format) or
/// `GC forced`.
fn check_gctrace(stderr: &str) -> Result<(), Failed> {
    let ms = r"\d+(\.\d+)?";
    let re = regex::Regex::new(&format!(
        r"^gc \d+ @\d+\.\d{{3}}s \d+%: {ms}\+{ms}\+{ms} ms clock, {ms}\+{ms}/{ms}/{ms}\+{ms} ms cpu, \d+->\d+->\d+ MB, \d+ MB goal, \d+ MB stacks, \d+ MB globals, \d+ P( \(forced\))?$"
    ))
    .unwrap();
    match stderr.lines().find(|l| *l != "GC forced" && !re.is_match(l)) {
        Some(l) => Err(format!("not a gctrace line: {l:?}").into()),
        None if stderr.is_empty() => Err("no gctrace line".into()),
        None => Ok(()),
    }
}

/// Runs `gosub trace` with the options on the program's first line
/// (`// trace: --gomaxprocs=1 --only=sched,chan`) and compares the text
/// trace with `NAME.trace` (gosub-specific: blessed after reading), and the
/// program's stdout with Go's `NAME.out` when there is one.
fn check_trace(path: &Path) -> Result<(), Failed> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let opts: Vec<&str> = text
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("// trace:"))
        .ok_or("the first line must be `// trace: OPTIONS`")?
        .split_whitespace()
        .collect();
    let out = std::env::temp_dir().join(format!(
        "gosub-trace-{}-{}.trace",
        std::process::id(),
        path.file_stem().unwrap().to_string_lossy()
    ));
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_gosub"))
        .arg("trace")
        .args(&opts)
        .arg("--output")
        .arg(&out)
        .arg(path.file_name().unwrap())
        .current_dir(path.parent().unwrap())
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| e.to_string())?;
    let got = std::fs::read_to_string(&out).map_err(|e| format!("no trace written: {e}"))?;
    let _ = std::fs::remove_file(&out);
    if let Ok(want_out) = std::fs::read_to_string(path.with_extension("out"))
        && want_out != String::from_utf8_lossy(&run.stdout)
    {
        return Err(format!("stdout differs:\n{}", diff(&want_out, &String::from_utf8_lossy(&run.stdout))).into());
    }
    blessed(&path.with_extension("trace"), &got)
}

/// `testdata/step/NAME.go`: a scripted stepper session, whose transcript
/// must equal `NAME.transcript`.
fn check_step(path: &Path) -> Result<(), Failed> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let mut opts: Vec<String> = text
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("// step:"))
        .map(|o| o.split_whitespace().map(String::from).collect())
        .unwrap_or_default();
    if !opts.iter().any(|o| o.starts_with("--gomaxprocs")) {
        opts.push("--gomaxprocs=1".into());
    }
    let cmds = path.with_extension("cmds");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_gosub"))
        .arg("step")
        .args(&opts)
        .arg("--commands")
        .arg(cmds.file_name().unwrap())
        .arg(path.file_name().unwrap())
        .current_dir(path.parent().unwrap())
        .env_remove("GOGC")
        .env_remove("GODEBUG")
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| e.to_string())?;
    // Tracebacks name the program by its absolute path.
    let dir = std::fs::canonicalize(path.parent().unwrap()).map_err(|e| e.to_string())?;
    let mut got = String::from_utf8_lossy(&run.stdout).replace(&format!("{}/", dir.display()), "$DIR/");
    let err = String::from_utf8_lossy(&run.stderr);
    if !err.is_empty() {
        got.push_str(&format!("--- stderr\n{err}"));
    }
    blessed(&path.with_extension("transcript"), &got)
}

/// `testdata/escape/NAME.go`: `gosub escape NAME.go` (run in the program's
/// folder) must print exactly gc's `-gcflags='-m -l'` diagnostics, as
/// `goref escape` wrote them to `NAME.escape`.
fn check_escape(path: &Path) -> Result<(), Failed> {
    let escape = |explain: bool| -> Result<String, Failed> {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_gosub"));
        cmd.arg("escape");
        if explain {
            cmd.arg("--explain");
        }
        let run = cmd
            .arg(path.file_name().unwrap())
            .current_dir(path.parent().unwrap())
            .stdin(std::process::Stdio::null())
            .output()
            .map_err(|e| e.to_string())?;
        if !run.status.success() {
            return Err(format!("gosub escape failed:\n{}", String::from_utf8_lossy(&run.stderr)).into());
        }
        Ok(String::from_utf8_lossy(&run.stdout).into_owned())
    };
    let want = std::fs::read_to_string(path.with_extension("escape"))
        .map_err(|_| "missing .escape golden (make it with goref escape)")?;
    let got = escape(false)?;
    if want != got {
        return Err(diff(&want, &got).into());
    }
    let explained = escape(true)?;
    let stripped = strip_explanations(&explained)?;
    if want != stripped {
        return Err(format!("--explain changed the report:\n{}", diff(&want, &stripped)).into());
    }
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    if text.lines().next().is_some_and(|l| l.trim() == "// explain") {
        return blessed(&path.with_extension("explain"), &explained);
    }
    Ok(())
}

/// The report without `--explain`'s lines (a header ending in `:`, then
/// lines indented by two or more spaces); fails if a heap decision has no
/// explanation right before it.
fn strip_explanations(s: &str) -> Result<String, Failed> {
    let mut out = String::new();
    let mut explained = false;
    for line in s.lines() {
        // FILE:LINE:COL: MSG
        let msg = line.splitn(4, ':').nth(3).map_or(line, |m| m.strip_prefix(' ').unwrap_or(m));
        if msg.starts_with(' ') || msg.ends_with(':') {
            explained = true;
            continue;
        }
        let heap =
            msg.starts_with("moved to heap: ") || msg.ends_with(" escapes to heap") || msg.starts_with("leaking param");
        if heap && !explained {
            return Err(format!("no explanation before `{line}`").into());
        }
        explained = false;
        out.push_str(line);
        out.push('\n');
    }
    Ok(out)
}

/// goref's normalization of stderr (the same rules, so Go's goldens and
/// gosub's output are compared alike): paths relative to the program's
/// folder, no pc offsets, register values zeroed, frames of Go's own
/// runtime dropped, goroutine numbers other than 1 as N.
fn normalize_stderr(s: &str, folder: &str) -> String {
    let offsets = regex::Regex::new(r" \+0x[0-9a-f]+( fp=.*)?$").unwrap();
    let regs = regex::Regex::new(r"(pc|addr|sp|fp)=0x[0-9a-f]+").unwrap();
    let stack = regex::Regex::new(r"stack=\[0x[0-9a-f]+, 0x[0-9a-f]+\]").unwrap();
    let header = regex::Regex::new(r"^goroutine \d+ \[").unwrap();
    let other = regex::Regex::new(r"^goroutine (\d+)").unwrap();
    let frame = regex::Regex::new(r"^(main\.[^\s(]+)\((.*)\)$").unwrap();
    let created = regex::Regex::new(r"in goroutine (\d+)$").unwrap();
    let mut out: Vec<String> = Vec::new();
    let (mut in_trace, mut drop_loc) = (false, false);
    for line in s.lines() {
        let line = line.replace(&format!("{folder}/"), "");
        let line = offsets.replace(&line, "").into_owned();
        let line = regs.replace_all(&line, "${1}=0x0").into_owned();
        let line = stack.replace_all(&line, "stack=[0x0, 0x0]").into_owned();
        if line == "runtime stack:" {
            in_trace = true;
            out.push(line);
            drop_loc = false;
            continue;
        }
        if header.is_match(&line) {
            let line = match other.captures(&line) {
                Some(c) if &c[1] != "1" => other.replace(&line, "goroutine N").into_owned(),
                _ => line,
            };
            in_trace = true;
            out.push(line);
            drop_loc = false;
            continue;
        }
        if in_trace {
            if line.starts_with('\t') {
                if !drop_loc {
                    out.push(line);
                }
                continue;
            }
            if let Some(c) = frame.captures(&line) {
                out.push(format!("{}({})", &c[1], if c[2].is_empty() { "" } else { "..." }));
                drop_loc = false;
            } else if line.starts_with("created by main.") {
                let l = match created.captures(&line) {
                    Some(c) if &c[1] != "1" => created.replace(&line, "in goroutine N").into_owned(),
                    _ => line,
                };
                out.push(l);
                drop_loc = false;
            } else if line.is_empty() {
                out.push(line);
                drop_loc = false;
            } else {
                drop_loc = true;
            }
            continue;
        }
        out.push(line);
    }
    let text = out.join("\n");
    if text.is_empty() { text } else { text + "\n" }
}
