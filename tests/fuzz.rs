//! Bounded fuzzing of the front end: mutated and random inputs must never
//! make the lexer, parser or type checker panic (invariant 9: the host never crashes).
//!
//! Deterministic (a fixed xorshift seed) and bounded in time, so it runs in
//! every `cargo test`. Seeds are the programs under testdata/; mutations
//! delete, duplicate, insert and flip bytes and splice in Go tokens, which
//! reaches far more parser states than random bytes alone.

use gosub::source::SourceMap;
use gosub::syntax;
use std::path::Path;
use std::time::{Duration, Instant};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }
}

const TOKENS: &[&str] = &[
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ";",
    ",",
    ".",
    ":",
    ":=",
    "=",
    "\n",
    "func",
    "if",
    "else",
    "for",
    "range",
    "switch",
    "case",
    "default",
    "select",
    "go",
    "defer",
    "return",
    "var",
    "const",
    "type",
    "struct",
    "interface",
    "map",
    "chan",
    "<-",
    "...",
    "~",
    "|",
    "*",
    "&",
    "x",
    "1",
    "\"s",
    "'",
    "`",
    "/*",
    "//",
    "0x",
    "1e",
    "\\",
    "?",
    "@",
    "\u{feff}",
    "\0",
];

fn seeds() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata");
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else { continue };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "go")
                && let Ok(b) = std::fs::read(&p)
            {
                out.push(b);
            }
        }
    }
    out.sort();
    out.push(
        b"package main\nfunc main() { x := []int{1, 2}; for _, v := range x { if v > 0 { println(v) } } }\n".to_vec(),
    );
    out
}

/// Byte ranges of the identifier-like words of a program.
fn words(v: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < v.len() {
        if v[i].is_ascii_alphabetic() || v[i] == b'_' {
            let s = i;
            while i < v.len() && (v[i].is_ascii_alphanumeric() || v[i] == b'_') {
                i += 1;
            }
            out.push((s, i));
        } else {
            i += 1;
        }
    }
    out
}

/// Replaces one word by another word of the program: mostly still
/// well-formed, so it exercises the type checker rather than the parser.
fn swap_word(rng: &mut Rng, v: &mut Vec<u8>) {
    let ws = words(v);
    if ws.len() < 2 {
        return;
    }
    let (a, b) = ws[rng.below(ws.len())];
    let (c, d) = ws[rng.below(ws.len())];
    let w = v[c..d].to_vec();
    v.splice(a..b, w);
}

fn mutate(rng: &mut Rng, src: &[u8]) -> Vec<u8> {
    let mut v = src.to_vec();
    if rng.below(2) == 0 {
        for _ in 0..1 + rng.below(3) {
            swap_word(rng, &mut v);
        }
        return v;
    }
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(v.len() + 1);
        match rng.below(6) {
            0 if !v.is_empty() => {
                let n = 1 + rng.below(8.min(v.len() - at.min(v.len()) + 1));
                let end = (at + n).min(v.len());
                v.drain(at.min(v.len())..end);
            }
            1 => {
                let t = TOKENS[rng.below(TOKENS.len())];
                v.splice(at..at, t.bytes());
            }
            2 if at < v.len() => v[at] ^= 1 << rng.below(8),
            3 => v.truncate(at),
            4 if !v.is_empty() => {
                let a = rng.below(v.len());
                let b = (a + rng.below(40)).min(v.len());
                let piece = v[a..b].to_vec();
                v.splice(at..at, piece);
            }
            _ => v.insert(at, rng.below(256) as u8),
        }
    }
    v
}

fn parse(bytes: &[u8]) {
    let mut map = SourceMap::new();
    let id = map.add("./fuzz.go", "fuzz.go".into(), String::from_utf8_lossy(bytes).into_owned());
    let (file, diags) = syntax::parse_file(&map, id);
    assert!(file.is_some() || !diags.is_empty(), "no tree and no error");
    if let Some(f) = file {
        let _ = syntax::dump::dump_file(&map, &f);
        // The type checker runs on every tree the parser accepts.
        if diags.is_empty() {
            let checked = gosub::types::check(&mut map, &f);
            for d in &checked.errors {
                let _ = gosub::diag::go_line(&map, d);
            }
        }
    }
    for d in &diags {
        let _ = gosub::diag::go_line(&map, d);
    }
}

#[test]
fn front_end_never_panics() {
    let budget = Duration::from_secs(std::env::var("GOSUB_FUZZ_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(8));
    let seeds = seeds();
    let seed = std::env::var("GOSUB_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x9E37_79B9_7F4A_7C15u64);
    let mut rng = Rng(seed | 1);
    let start = Instant::now();
    let mut runs = 0u64;
    while start.elapsed() < budget {
        let seed = &seeds[rng.below(seeds.len())];
        let input = if rng.below(10) == 0 {
            (0..rng.below(200)).map(|_| rng.below(256) as u8).collect()
        } else {
            mutate(&mut rng, seed)
        };
        let result = std::panic::catch_unwind(|| parse(&input));
        assert!(result.is_ok(), "front end panicked on input:\n{}", String::from_utf8_lossy(&input));
        runs += 1;
    }
    eprintln!("fuzzed the front end with {runs} inputs");
    assert!(runs > 100, "too few fuzz runs ({runs})");
}

#[test]
fn deep_nesting_is_an_error_or_a_tree() {
    let mut src = String::from("package main\nvar x = ");
    src.push_str(&"(".repeat(5000));
    src.push('1');
    src.push_str(&")".repeat(5000));
    src.push('\n');
    let t = std::thread::Builder::new().stack_size(gosub::HOST_STACK).spawn(move || parse(src.as_bytes())).unwrap();
    assert!(t.join().is_ok());
}
