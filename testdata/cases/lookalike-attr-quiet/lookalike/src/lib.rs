//! A third-party attribute that happens to be called `data`. It has nothing
//! to do with redline; it passes its item through unchanged.

use proc_macro::TokenStream;

#[proc_macro_attribute]
pub fn data(_args: TokenStream, item: TokenStream) -> TokenStream {
    item
}
