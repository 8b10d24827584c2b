//! Route splitting is for release builds of the browser app only.
//!
//! `--cfg slacalc_split` turns each route in `src/routes.rs` into a split
//! point: its view is compiled into the wasm as an import that only
//! `wasm-split-cli` (run by scripts/postbuild.mjs) can resolve. So it is set
//! only where that post-processing runs: a release build for wasm32
//! (`trunk build --release`). Debug builds (`trunk serve`) and the browser
//! tests (`cargo test --target wasm32-unknown-unknown`, a debug build that
//! wasm-bindgen-test-runner loads as it is) keep one wasm.
//!
//! `SLACALC_SPLIT=0 trunk build --release` builds the release app as one
//! wasm, as before splitting (to measure what splitting costs and saves, or
//! to ship without it); scripts/postbuild.mjs reads the same variable.
fn main() {
    println!("cargo::rustc-check-cfg=cfg(slacalc_split)");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=SLACALC_SPLIT");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    let release = std::env::var("PROFILE").as_deref() == Ok("release");
    let wanted = std::env::var("SLACALC_SPLIT").as_deref() != Ok("0");
    if wasm && release && wanted {
        println!("cargo::rustc-cfg=slacalc_split");
    }
}
