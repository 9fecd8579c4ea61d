//! `gosub step`: a stepper over the event stream, with Delve's command
//! names and views of the runtime no debugger has (run queues, channels,
//! spans, colours, escape reasons).
//!
//! The stepper is an observer of `runtime::trace` events: the machine
//! calls it at every event, and at a statement it may stop and run the
//! command loop right there, with the whole machine to inspect.

pub mod view;
