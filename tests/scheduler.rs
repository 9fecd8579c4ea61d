//! The scheduler seen from the command line. Determinism (DESIGN
//! invariant 5): a racy program run under 20 seeds shows more than one
//! legal interleaving, and each seed gives byte-identical output run after
//! run. Time: virtual by default (sleeping costs nothing), the host's with
//! `--clock=real`.

use std::process::Command;

/// Copies a program from testdata/scheduler to a temporary `.go` file.
fn program(name: &str) -> std::path::PathBuf {
    let src =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/scheduler").join(format!("{name}.go.txt"));
    // A directory per call: the tests run in parallel.
    static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("gosub-sched-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("{name}.go"));
    std::fs::copy(src, &file).unwrap();
    file
}

fn run(file: &std::path::Path, seed: u64) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_gosub"))
        .args(["run", "--gomaxprocs", "4", "--seed", &seed.to_string()])
        .arg(file)
        .output()
        .unwrap();
    assert!(out.status.success(), "seed {seed}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn seeds_choose_interleavings_and_repeat_them() {
    let mut seen = std::collections::BTreeSet::new();
    let file = program("racy");
    for seed in 1..=20 {
        let first = run(&file, seed);
        assert_eq!(first.trim().len(), 16, "every value arrives: {first}");
        assert_eq!(first.matches('a').count(), 8);
        assert_eq!(run(&file, seed), first, "seed {seed} is not reproducible");
        seen.insert(first);
    }
    assert!(seen.len() > 1, "20 seeds gave one interleaving: {seen:?}");
}

#[test]
fn clocks() {
    let file = program("sleep");
    let timed = |args: &[&str]| {
        let start = std::time::Instant::now();
        let out = Command::new(env!("CARGO_BIN_EXE_gosub")).arg("run").args(args).arg(&file).output().unwrap();
        assert!(out.status.success());
        (String::from_utf8(out.stdout).unwrap(), start.elapsed())
    };
    let (virt, fast) = timed(&[]);
    let (real, slow) = timed(&["--clock=real"]);
    assert_eq!(virt, "second\nfirst\n");
    assert_eq!(real, virt);
    assert!(slow >= std::time::Duration::from_millis(300), "real sleeps take time: {slow:?}");
    assert!(fast < slow, "virtual time is not slower: {fast:?} vs {slow:?}");
}

#[test]
fn traces_are_byte_identical() {
    let file = program("racy");
    let trace = || {
        let out = Command::new(env!("CARGO_BIN_EXE_gosub"))
            .args(["trace", "--gomaxprocs", "4", "--seed", "5", "--only=sched,chan,time,defer,panic"])
            .arg(&file)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        out.stderr
    };
    let first = trace();
    assert!(first.len() > 1000, "a trace was written");
    for _ in 0..19 {
        assert!(trace() == first, "two runs gave different traces");
    }
}

/// The machine-readable traces: every JSON-lines event has the documented
/// fields (schema version 1), and the Chrome export is one JSON array whose
/// goroutine slices open and close in pairs.
#[test]
fn json_traces_follow_their_schemas() {
    let file = program("racy");
    let run = |format: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_gosub"))
            .args(["trace", "--gomaxprocs", "2", "--format", format])
            .arg(&file)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stderr).unwrap()
    };
    let lines = run("jsonl");
    for line in lines.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("each line is JSON");
        assert_eq!(v["v"], 1);
        for key in ["step", "time_ns", "g", "func", "file", "line", "kind", "detail"] {
            assert!(v.get(key).is_some(), "{key} missing in {line}");
        }
    }
    let chrome: serde_json::Value = serde_json::from_str(&run("chrome")).expect("one JSON document");
    let events = chrome.as_array().expect("an array of events");
    let count = |ph: &str| events.iter().filter(|e| e["ph"] == ph).count();
    assert!(count("B") > 2);
    assert_eq!(count("B"), count("E"), "every goroutine slice ends");
}
