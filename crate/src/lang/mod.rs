//! The Go front end: lexer, parser, syntax tree, diagnostics.

pub mod ast;
pub mod diag;
pub mod lexer;
pub mod parser;
pub mod printer;
