//! The theme and the starter site are compiled into the binary with `include_dir!`, which Cargo
//! does not watch on stable Rust: without this, editing a template would not rebuild Vigie.
fn main() {
    println!("cargo:rerun-if-changed=themes/default");
    println!("cargo:rerun-if-changed=starter");
}
