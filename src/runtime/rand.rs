//! The runtime's random source (`runtime/rand.go`): map iteration starting
//! points, select order and `math/rand`'s default source draw from it.
//!
//! Invariant: seeded from `--seed`, so every run with the same seed makes
//! the same choices (DESIGN invariant 5). The generator is wyrand, the one
//! Go's runtime uses for `cheaprand`.

#[derive(Clone)]
pub struct Rng {
    state: u64,
}

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng { state: seed ^ 0x9e37_79b9_7f4a_7c15 }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0xa076_1d64_78bd_642f);
        let t = (self.state as u128).wrapping_mul((self.state ^ 0xe703_7ed1_a0b4_28db) as u128);
        ((t >> 64) as u64) ^ (t as u64)
    }
}
