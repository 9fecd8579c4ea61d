//! A goroutine blocked reading standard input hands its P off (issue 5):
//! other goroutines keep running while it waits. Each test gives gosub a
//! pipe as stdin and writes nothing until the worker's line has appeared
//! on stdout, so the read really blocks; with the P kept in the syscall
//! (no handoff) the worker never runs and the test times out.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(20);

/// Copies a program from testdata/scheduler to a temporary `.go` file.
fn program(name: &str) -> std::path::PathBuf {
    let src =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/scheduler").join(format!("{name}.go.txt"));
    let dir = std::env::temp_dir().join(format!("gosub-syscall-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("{name}.go"));
    std::fs::copy(src, &file).unwrap();
    file
}

/// Runs `gosub ARGS FILE` with stdin a pipe; once stdout shows `wait_for`,
/// writes `input` and closes stdin. Returns (stdout, stderr, status).
fn run_fed(args: &[&str], name: &str, wait_for: &str, input: &str) -> (String, String, i32) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gosub"))
        .args(args)
        .arg(program(name))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (tx, rx) = mpsc::channel();
    let mut stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        let mut b = [0u8; 4096];
        while let Ok(n) = stdout.read(&mut b) {
            if n == 0 || tx.send(b[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut stderr = child.stderr.take().unwrap();
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    let start = Instant::now();
    let mut out = Vec::new();
    while !String::from_utf8_lossy(&out).contains(wait_for) {
        match rx.recv_timeout(TIMEOUT.saturating_sub(start.elapsed())) {
            Ok(b) => out.extend(b),
            Err(_) => {
                let _ = child.kill();
                panic!("no {wait_for:?} within {TIMEOUT:?} while main waits for input; stdout: {:?}", out);
            }
        }
    }
    // Let what follows the line (the workers' last steps) settle first.
    std::thread::sleep(Duration::from_millis(200));
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(input.as_bytes()).unwrap();
    drop(stdin);
    while let Ok(b) = rx.recv_timeout(TIMEOUT.saturating_sub(start.elapsed())) {
        out.extend(b);
    }
    let status = child.wait().unwrap().code().unwrap_or(-1);
    (String::from_utf8(out).unwrap(), err.join().unwrap(), status)
}

/// Go 1.27 prints the same (the program built by goref's toolchain, fed
/// the same way).
#[test]
fn worker_runs_while_main_reads_stdin() {
    let (out, err, status) = run_fed(&["run"], "syscall_handoff", "worker:", "hello from the pipe\n");
    assert_eq!(out, "worker: sum of squares 14\nmain read: hello from the pipe\nmain: done\n", "stderr: {err}");
    assert_eq!(status, 0);
}

/// The spinner holds the only P when the read returns: main goes to the
/// global queue and runs at the spinner's preemption.
#[test]
fn spinner_runs_while_main_reads_stdin() {
    let (out, err, status) = run_fed(&["run"], "syscall_spinner", "worker:", "hello from the pipe\n");
    assert_eq!(out, "worker: spinning\nmain read: hello from the pipe\nmain: done\n", "stderr: {err}");
    assert_eq!(status, 0);
}

/// The events: entersyscall, sysmon's retake handing P0 to a new M, the
/// workers on P0, then exitsyscall (taking the idle P0 back, or to the
/// global queue if the input arrives while a worker still runs).
#[test]
fn handoff_trace() {
    let (_, trace, status) = run_fed(&["trace", "--only=sched"], "syscall_handoff", "worker:", "hello from the pipe\n");
    assert_eq!(status, 0);
    let lines: Vec<&str> = trace.lines().collect();
    let find = |what: &str| {
        lines.iter().position(|l| l.contains(what)).unwrap_or_else(|| panic!("no {what:?} in the trace:\n{trace}"))
    };
    let enter = find("syscall     read of standard input (entersyscall)");
    let handoff = find("syscall.handoff sysmon retakes P0 from M0 (blocked in read); handoffp: P0 -> M3");
    let worker = find("go.start    G8 on P0");
    let end = find("go.end");
    // Which exit path main takes depends on when the host delivers the
    // input: after the workers are done P0 is idle and main takes it back;
    // while one still runs, main goes to the global run queue.
    let exit = lines
        .iter()
        .position(|l| {
            l.contains("syscall.exit exitsyscall: reacquires its idle P0")
                || l.contains("syscall.exit exitsyscall: no idle P: to the global run queue")
        })
        .unwrap_or_else(|| panic!("no syscall.exit in the trace:\n{trace}"));
    assert!(enter < handoff && handoff < worker && worker < end && end < exit, "{trace}");
    assert!(lines[exit].contains("G1 "), "main leaves the syscall: {}", lines[exit]);
}

/// When the read returns while the spinner runs, no P is idle.
#[test]
fn spinner_trace_exit_via_global_queue() {
    let (_, trace, status) = run_fed(&["trace", "--only=sched"], "syscall_spinner", "worker:", "hello from the pipe\n");
    assert_eq!(status, 0);
    assert!(trace.contains("syscall.exit exitsyscall: no idle P: to the global run queue, its M parks"), "{trace}");
}

/// With `--clock=real` the wait for input ends at each timer's deadline:
/// the sleeper ticks meanwhile, as in Go.
#[test]
fn timers_fire_while_main_reads_stdin_on_the_real_clock() {
    let (out, err, status) =
        run_fed(&["run", "--clock=real"], "syscall_ticker", "worker: tick 2", "hello from the pipe\n");
    assert_eq!(out, "worker: tick 0\nworker: tick 1\nworker: tick 2\nmain read: hello from the pipe\n", "{err}");
    assert_eq!(status, 0);
}
