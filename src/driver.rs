//! Carries out each `gosub` subcommand: loads the file, runs the pipeline
//! stages in order, renders diagnostics, and returns the exit status.
//!
//! Exit statuses follow `go run`: 0 success, 1 compile errors (and the
//! stages not built yet), 2 for a Go program's panic or fatal error.

use crate::cli::{Cli, Color, Command, DiagStyle, DumpWhat};
use crate::diag::{self, Diagnostic, Style};
use crate::source::{FileId, SourceMap};
use crate::step::{Input, SchedMode, Stepper};
use crate::syntax;
use crate::types;
use std::cell::RefCell;
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::rc::Rc;

/// The name gc gives a file in messages: relative to the working directory,
/// with `./` when it has no directory part (`./a.go`, `sub/a.go`, `../a.go`).
pub fn display_name(path: &Path) -> String {
    let cwd = std::env::current_dir().ok();
    let abs = if path.is_absolute() { path.to_path_buf() } else { cwd.clone().unwrap_or_default().join(path) };
    let rel = cwd.and_then(|c| relative(&abs, &c)).unwrap_or_else(|| path.display().to_string());
    if rel.contains('/') { rel } else { format!("./{rel}") }
}

fn relative(path: &Path, base: &Path) -> Option<String> {
    use std::path::Component;
    let norm = |p: &Path| -> Vec<String> {
        let mut v: Vec<String> = Vec::new();
        for c in p.components() {
            match c {
                Component::Normal(s) => v.push(s.to_string_lossy().into_owned()),
                Component::ParentDir => {
                    v.pop();
                }
                _ => {}
            }
        }
        v
    };
    let (p, b) = (norm(path), norm(base));
    let common = p.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut parts: Vec<String> = std::iter::repeat_n("..".to_string(), b.len() - common).collect();
    parts.extend(p[common..].iter().cloned());
    if parts.is_empty() { None } else { Some(parts.join("/")) }
}

struct Session {
    map: SourceMap,
    style: Style,
    /// `gosub step`: escape analysis explains its decisions here.
    explain: Option<std::collections::HashMap<u32, Vec<String>>>,
    /// The last lowered program's syntax trees, which lowering no longer
    /// needs: kept rather than freed before the program runs (freeing the
    /// library's trees costs about a millisecond of start-up); the next
    /// lowering (a stepper restart) frees them.
    retired: Option<(syntax::ast::File, Vec<(crate::types::typ::PkgId, syntax::ast::File)>)>,
}

impl Session {
    fn new(cli: &Cli) -> Session {
        let tty = std::io::stderr().is_terminal();
        let color = match cli.color {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => tty,
        };
        let style = match cli.diag {
            Some(DiagStyle::Go) => Style::Go,
            Some(DiagStyle::Pretty) => Style::Pretty { color },
            None if tty => Style::Pretty { color },
            None => Style::Go,
        };
        Session { map: SourceMap::new(), style, explain: None, retired: None }
    }

    fn load(&mut self, path: &Path) -> Result<FileId, i32> {
        match std::fs::read(path) {
            Ok(bytes) => {
                // gc reports invalid UTF-8 per character; the lexer sees U+FFFD.
                let text = String::from_utf8_lossy(&bytes).into_owned();
                Ok(self.map.add(display_name(path), path.to_path_buf(), text))
            }
            Err(e) => {
                eprintln!("gosub: cannot read {}: {}", path.display(), e);
                Err(1)
            }
        }
    }

    /// Prints diagnostics as `go build` would; returns exit status 1.
    fn fail(&self, mut diags: Vec<Diagnostic>) -> i32 {
        diag::sort_for_report(&self.map, &mut diags);
        let stderr = std::io::stderr();
        let mut err = stderr.lock();
        let _ = diag::emit(&self.map, &diags, self.style, &mut err);
        let _ = err.flush();
        1
    }

    fn parse(&mut self, path: &Path) -> Result<syntax::ast::File, i32> {
        let id = self.load(path)?;
        let (file, diags) = syntax::parse_file(&self.map, id);
        match file {
            Some(f) if diags.is_empty() => Ok(f),
            _ => Err(self.fail(diags)),
        }
    }
}

impl Session {
    /// Parses and type-checks; on errors prints them as gc does.
    fn check(&mut self, path: &Path) -> Result<(syntax::ast::File, types::Checked), i32> {
        let file = self.parse(path)?;
        let checked = types::check(&mut self.map, &file);
        if !checked.errors.is_empty() {
            return Err(self.fail(checked.errors));
        }
        Ok((file, checked))
    }

    /// Checks, analyses and lowers a program.
    fn lower(&mut self, path: &Path) -> Result<crate::ir::Program, i32> {
        let (file, checked) = self.check(path)?;
        let lib: Vec<&syntax::ast::File> = checked.stubs.iter().map(|(_, f)| f).collect();
        let mut esc = if self.explain.is_some() {
            crate::escape::analyze_explained(&checked.program, &self.map, &file, &lib, false)
        } else {
            crate::escape::analyze(&checked.program, &self.map, &file, &lib, false)
        };
        // The stepper's `escape` command: each variable's reasons, by the
        // position of its declaring identifier.
        if let Some(why) = &mut self.explain {
            let decls: Vec<u32> = esc.explained.vars.keys().copied().collect();
            for d in decls {
                if let Some(lines) = crate::escape::explain_decl(&esc, &self.map, d) {
                    why.insert(d, lines);
                }
            }
        }
        let mut all = lib.clone();
        all.push(&file);
        esc.stack_slices = crate::escape::stack_slices(&checked.program, &all, &esc.heap);
        let lowered = crate::ir::lower::lower(checked.program, &self.map, &file, &checked.stubs, esc);
        self.retired = Some((file, checked.stubs));
        match lowered {
            Ok(p) => Ok(p),
            Err(errs) => {
                let diags = errs
                    .into_iter()
                    .map(|e| Diagnostic::error(crate::source::Span::new(e.pos, e.pos), e.msg))
                    .collect();
                Err(self.fail(diags))
            }
        }
    }
}

/// GOMAXPROCS: the flag, else the environment variable, else the host's
/// CPU count (as Go's `schedinit` decides).
fn procs(flag: Option<usize>) -> usize {
    flag.or_else(|| std::env::var("GOMAXPROCS").ok()?.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .min(256)
}

/// A setting of the GODEBUG environment variable (`k=v,k=v`).
fn godebug_env(key: &str) -> Option<String> {
    let v = std::env::var("GODEBUG").ok()?;
    v.split(',').filter_map(|kv| kv.split_once('=')).find(|(k, _)| *k == key).map(|(_, v)| v.to_string())
}

/// A `//go:debug key=value` setting from the lines before the package
/// clause (Go's per-program GODEBUG defaults).
fn go_debug<'a>(src: &'a str, key: &str) -> Option<&'a str> {
    src.lines()
        .take_while(|l| !l.starts_with("package "))
        .filter_map(|l| l.strip_prefix("//go:debug "))
        .flat_map(|l| l.split(','))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v)
}

impl Session {
    /// `gosub run` and `gosub trace`: lowers the program and runs it.
    fn run_program(
        &mut self,
        run: &crate::cli::RunOpts,
        trace: Option<Box<crate::runtime::trace::Tracer>>,
        step: Option<&Rc<RefCell<Stepper>>>,
    ) -> i32 {
        let file = &run.file;
        let prog = match self.lower(file) {
            Ok(p) => p,
            Err(code) => return code,
        };
        let abs = std::fs::canonicalize(file).unwrap_or_else(|_| file.clone());
        let mut argv = vec![file.with_extension("").display().to_string()];
        argv.extend(run.args.iter().cloned());
        let source = std::fs::read_to_string(file).unwrap_or_default();
        let opts = crate::interp::Options {
            seed: run.seed,
            args: argv,
            display: abs.display().to_string(),
            panic_nil_error: go_debug(&source, "panicnil") == Some("0"),
            schedtrace: godebug_env("schedtrace").and_then(|v| v.parse().ok()),
            real_clock: (run.clock == crate::cli::Clock::Real).then(std::time::Instant::now),
            gogc: crate::runtime::mgcpacer::parse_gogc(std::env::var("GOGC").ok().as_deref()),
            mem_limit: crate::runtime::mgcpacer::parse_memlimit(std::env::var("GOMEMLIMIT").ok().as_deref()),
        };
        let crate::ir::Program { funcs, entry, checked, memory, rtypes, os_args, errors, globals, whys } = prog;
        let mut m = crate::interp::Machine::new(&funcs, &self.map, checked, memory, rtypes, opts);
        m.errors = errors;
        m.trace = trace;
        if let Some(st) = step {
            st.borrow_mut().begin(globals, &funcs, &self.map);
            st.borrow_mut().escapes = self.explain.take().unwrap_or_default();
            m.trace = Some(Box::new(st.borrow().tracer()));
            m.mute = st.borrow().muted();
            m.observer = Some(Box::new(crate::step::Hook(st.clone())));
            m.expr_steps = st.borrow().expr;
        }
        let on = |k: &str| godebug_env(k).is_some_and(|v| v != "0");
        m.gc.gctrace = on("gctrace");
        m.gc.stress = run.gc_stress || on("gcstress");
        m.gc.checkmark = run.gc_verify || on("gccheckmark");
        m.gc.stop_the_world = on("gcstoptheworld");
        m.mem.heap.gcw.poison = m.gc.stress;
        if let Some(t) = &mut m.trace {
            t.set_whys(whys);
            t.set_funcs(funcs.iter().map(|f| f.name.clone()).collect());
            m.mem.heap.log = Some(Vec::new());
        }
        let code = m.run(entry, os_args, procs(run.gomaxprocs));
        if step.is_none() {
            // The process ends with this run: its memory goes back whole,
            // so tearing the machine and the code down (unwinding parked
            // goroutines' coroutines, freeing every node) would only cost
            // time. The stepper runs again after a restart: it frees them.
            std::mem::forget(m);
            std::mem::forget(funcs);
        }
        code
    }
}

impl Session {
    /// `gosub step`: runs the program under the stepper, again after each
    /// `restart` or replay, until the session ends.
    fn step_program(
        &mut self,
        run: &crate::cli::RunOpts,
        commands: Option<&Path>,
        max: u64,
        sched: &str,
        expr: bool,
    ) -> i32 {
        let source = match std::fs::read_to_string(&run.file) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("gosub: cannot read {}: {e}", run.file.display());
                return 1;
            }
        };
        let sched = match sched.split_once(':') {
            _ if sched == "auto" => SchedMode::Auto,
            _ if sched == "manual" => SchedMode::Manual,
            Some(("replay", path)) => match std::fs::read_to_string(path) {
                Ok(log) => SchedMode::Replay(
                    log.lines()
                        .map(|l| l.split('#').next().unwrap_or("").trim().trim_start_matches('G'))
                        .filter(|l| !l.is_empty())
                        .filter_map(|l| l.parse().ok())
                        .collect(),
                ),
                Err(e) => {
                    eprintln!("gosub: cannot read {path}: {e}");
                    return 1;
                }
            },
            _ => {
                eprintln!("gosub: --sched: auto, manual or replay:FILE");
                return 1;
            }
        };
        let script = |text: String| Input::Script(text.lines().map(str::to_string).collect());
        let input = match commands {
            Some(path) => match std::fs::read_to_string(path) {
                Ok(text) => script(text),
                Err(e) => {
                    eprintln!("gosub: cannot read {}: {e}", path.display());
                    return 1;
                }
            },
            None if std::io::stdin().is_terminal() => match rustyline::DefaultEditor::new() {
                Ok(ed) => Input::Editor(Box::new(ed)),
                Err(e) => {
                    eprintln!("gosub: terminal: {e}");
                    return 1;
                }
            },
            None => script(std::io::read_to_string(std::io::stdin()).unwrap_or_default()),
        };
        let name = run.file.file_name().map_or_else(|| display_name(&run.file), |n| n.to_string_lossy().into_owned());
        let st = Rc::new(RefCell::new(Stepper::new(input, name, &source, max, sched)));
        st.borrow_mut().expr = expr;
        loop {
            self.explain = Some(Default::default());
            let code = self.run_program(run, None, Some(&st));
            if !st.borrow_mut().end(code) {
                return 0;
            }
        }
    }
}

pub fn run(cli: Cli) -> i32 {
    let mut s = Session::new(&cli);
    match &cli.command {
        Command::Dump { what: DumpWhat::Ast, file } => match s.parse(file) {
            Ok(f) => {
                print!("{}", syntax::dump::dump_file(&s.map, &f));
                0
            }
            Err(code) => code,
        },
        Command::Dump { what: DumpWhat::Tokens, file } => {
            let Ok(id) = s.load(file) else { return 1 };
            let f = s.map.file(id);
            let (toks, diags) = syntax::lexer::lex(&f.text, f.base);
            for (lo, t, _) in &toks {
                let (_, l, c) = s.map.line_col(*lo);
                let name = if *t == syntax::token::Tok::LBody { "LBODY".into() } else { t.describe() };
                println!("{l}:{c} {name}");
            }
            if diags.is_empty() { 0 } else { s.fail(diags) }
        }
        Command::Dump { what: DumpWhat::Ir, file } => match s.lower(file) {
            Ok(prog) => {
                let mut out = std::io::stdout().lock();
                for f in prog.funcs.iter().filter(|f| f.native.is_none() && f.name.starts_with("main.")) {
                    let (_, line, _) = s.map.line_col(f.pos);
                    let head =
                        format!("func {} (line {line}, frame {} bytes, args {})", f.name, f.frame_size, f.args_size);
                    if writeln!(out, "{head}\n{:#?}", f.body).is_err() {
                        break;
                    }
                }
                0
            }
            Err(code) => code,
        },
        Command::Check { file } => match s.check(file) {
            Ok(_) => 0,
            Err(code) => code,
        },
        Command::Escape { explain, file } => match s.check(file) {
            Ok((f, checked)) => {
                let name = file.file_name().map_or_else(|| display_name(file), |n| n.to_string_lossy().into_owned());
                if *explain {
                    let esc = crate::escape::analyze_explained(&checked.program, &s.map, &f, &[], true);
                    print!("{}", crate::escape::render_explained(&s.map, &name, &esc));
                } else {
                    let esc = crate::escape::analyze(&checked.program, &s.map, &f, &[], true);
                    print!("{}", crate::escape::render(&s.map, &name, &esc));
                }
                0
            }
            Err(code) => code,
        },
        Command::Run { run } => {
            let code = s.run_program(run, None, None);
            // The process exits next; see `run_program`.
            std::mem::forget(s);
            code
        }
        Command::Step { commands, max_steps, sched, granularity, run } => {
            let expr = *granularity == crate::cli::Granularity::Expr;
            s.step_program(run, commands.as_deref(), *max_steps, sched, expr)
        }
        Command::Trace { format, only, goroutine, output, max_events, run } => {
            let out: Box<dyn Write> = match output {
                Some(path) => match std::fs::File::create(path) {
                    Ok(f) => Box::new(std::io::BufWriter::new(f)),
                    Err(e) => {
                        eprintln!("gosub: {}: {e}", path.display());
                        return 1;
                    }
                },
                None => Box::new(std::io::BufWriter::new(std::io::stderr())),
            };
            let format = match format {
                crate::cli::TraceFormat::Text => crate::runtime::trace::Format::Text,
                crate::cli::TraceFormat::Jsonl => crate::runtime::trace::Format::Jsonl,
                crate::cli::TraceFormat::Chrome => crate::runtime::trace::Format::Chrome,
            };
            let t = crate::runtime::trace::Tracer::new(out, format, only.clone(), *goroutine, *max_events);
            s.run_program(run, Some(Box::new(t)), None)
        }
    }
}
