//! `gosub step` on a real terminal: the program is driven through a
//! pseudo-terminal, as a learner types, and the screen must show the
//! prompt, the stops, printed values and the line editor's behaviour
//! (Enter repeats the last command).

use rexpect::session::spawn_command;
use std::process::Command;

fn program() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("gosub-tty-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("count.go");
    std::fs::write(
        &path,
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tn := 0\n\tfor i := 0; i < 3; i++ {\n\t\tn += i\n\t}\n\tfmt.Println(\"total\", n)\n}\n",
    )
    .unwrap();
    path
}

#[test]
fn interactive_session() {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gosub"));
    cmd.arg("step").arg("--gomaxprocs=1").arg(program());
    let mut p = spawn_command(cmd, Some(20_000)).expect("spawn gosub step on a pty");
    p.exp_string("=>     6:\t\tn := 0").unwrap();
    p.exp_string("(gosub) ").unwrap();
    p.send_line("break 8").unwrap();
    p.exp_string("Breakpoint 1 set at ./count.go:8").unwrap();
    p.exp_string("(gosub) ").unwrap();
    p.send_line("continue").unwrap();
    p.exp_string("[Breakpoint 1] main.main() ./count.go:8").unwrap();
    // Enter repeats the last command: the breakpoint is hit again.
    p.exp_string("(gosub) ").unwrap();
    p.send_line("").unwrap();
    p.exp_string("(hits goroutine(1):2 total:2)").unwrap();
    p.exp_string("(gosub) ").unwrap();
    p.send_line("print n + i").unwrap();
    p.exp_string("\r\n1\r\n").unwrap();
    p.send_line("clearall").unwrap();
    p.exp_string("All breakpoints cleared").unwrap();
    p.exp_string("(gosub) ").unwrap();
    p.send_line("continue").unwrap();
    p.exp_string("total 3").unwrap();
    p.exp_string("Process has exited with status 0").unwrap();
    p.send_line("exit").unwrap();
    p.exp_eof().unwrap();
}
