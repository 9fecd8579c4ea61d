//! Going back in `gosub step` is replay: re-running the program silently
//! to a step must reach exactly the state the original run had there.
//! For programs with goroutines, channels and allocation, every stop of a
//! `step`-by-`step` session is compared with `goto` to its step number.

use std::process::{Command, Stdio};

/// Runs a scripted session; its transcript.
fn session(file: &str, script: &str) -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/step");
    let cmds = std::env::temp_dir().join(format!("gosub-replay-{}-{file}.cmds", std::process::id()));
    std::fs::write(&cmds, script).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_gosub"))
        .args(["step", "--gomaxprocs=1", "--commands"])
        .arg(&cmds)
        .arg(file)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&cmds);
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The stops of a transcript: (step, the stop line and what `goroutines`
/// and `locals` printed there).
fn stops(t: &str) -> Vec<(u64, String)> {
    let mut out = Vec::new();
    for block in t.split("\n> ").skip(1) {
        let Some(step) = block.split("step ").nth(1).and_then(|s| s.split([')', ',']).next()) else { continue };
        let Ok(step) = step.parse() else { continue };
        // The stop line and the views, up to the next command that runs.
        let view: String = block
            .lines()
            .take_while(|l| {
                !l.starts_with("(gosub) ") || l.starts_with("(gosub) goroutines") || l.starts_with("(gosub) locals")
            })
            .collect::<Vec<_>>()
            .join("\n");
        out.push((step, view));
    }
    out
}

fn check(file: &str, steps: usize) {
    let forward = session(file, &format!("events none\n{}", "step\ngoroutines\nlocals\n".repeat(steps)));
    let want = stops(&forward);
    assert!(want.len() >= 5, "too few stops in\n{forward}");
    for (step, view) in &want {
        let back = session(file, &format!("events none\ngoto {step}\ngoroutines\nlocals\nexit\n"));
        let got = stops(&back);
        let got = got.iter().find(|(s, _)| s == step).map(|(_, v)| v.as_str());
        assert_eq!(got, Some(view.as_str()), "{file}: goto {step} differs from stepping there");
    }
}

#[test]
fn replay_reaches_the_same_state() {
    check("chan_handoff.go", 14);
    check("goroutines.go", 30);
    check("back_goto.go", 12);
}
