//! Browser entry point: everything lives in the library so that
//! wasm-bindgen tests can mount the same components.

fn main() {
    slacalc_app::start();
}
