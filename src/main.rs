//! The `gosub` binary: everything is in the library; see `cli.rs`.
//!
//! The work runs on a thread with a large stack so that deeply nested
//! source (long operator chains, deep brackets) is handled by the recursive
//! passes over the tree instead of overflowing the host's default stack.
fn main() {
    let code = std::thread::Builder::new()
        .name("gosub".into())
        .stack_size(gosub::HOST_STACK)
        .spawn(gosub::cli::main)
        .expect("spawn main thread")
        .join()
        .unwrap_or(3);
    std::process::exit(code);
}
