//! Generates the parser from grammar/go.lalrpop into OUT_DIR (never committed).
fn main() {
    println!("cargo:rerun-if-changed=grammar/go.lalrpop");
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .set_out_dir(out)
        .emit_rerun_directives(true)
        .process()
        .expect("grammar/go.lalrpop");
}
