//! A minimal stand-in for hyper 1.8's crate root: its client module is declared inside a
//! `cfg_feature!` wrapper whose input starts with an inner attribute, the feature gate.
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[macro_use]
mod cfg;

pub mod body;

cfg_feature! {
    #![feature = "client"]

    pub mod client;
}
