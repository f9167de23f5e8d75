//! Placeholder: replaced by the engine.
