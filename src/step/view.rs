//! The stepper's views of runtime state: the scheduler, a channel, the
//! heap, the allocator's span hierarchy and the collector.
