//! Go 1.27's size classes (`internal/runtime/gc/sizeclasses.go`).
//!
//! 68 classes: class 0 stands for large objects; classes 1..=67 run from
//! 8 B to 32 KiB, each with the number of 8 KiB pages its spans take. The
//! slot count of a span follows the Green Tea build (the default in 1.27):
//! spans of 16..=512-byte objects reserve 128 B for inline mark bits, and
//! scan spans of objects up to 512 B reserve span/64 bytes for the pointer
//! bitmap (RUNTIME-REFERENCE §1.3).
//! Invariant: `class_of` picks the smallest class whose size fits, which is
//! what gc's `SizeToSizeClass8/128` tables encode.

pub const PAGE_SHIFT: u32 = 13;
pub const PAGE_SIZE: u64 = 1 << PAGE_SHIFT;
pub const MAX_SMALL_SIZE: u64 = 32768;
pub const NUM_SIZE_CLASSES: usize = 68;
pub const NUM_SPAN_CLASSES: usize = NUM_SIZE_CLASSES * 2;
pub const TINY_SIZE: u64 = 16;
pub const TINY_SIZE_CLASS: usize = 2;
pub const MALLOC_HEADER_SIZE: u64 = 8;
pub const MIN_SIZE_FOR_MALLOC_HEADER: u64 = 512;

/// (bytes per object, pages per span) for classes 0..=67.
pub const CLASSES: [(u32, u8); NUM_SIZE_CLASSES] = [
    (0, 0),
    (8, 1),
    (16, 1),
    (24, 1),
    (32, 1),
    (48, 1),
    (64, 1),
    (80, 1),
    (96, 1),
    (112, 1),
    (128, 1),
    (144, 1),
    (160, 1),
    (176, 1),
    (192, 1),
    (208, 1),
    (224, 1),
    (240, 1),
    (256, 1),
    (288, 1),
    (320, 1),
    (352, 1),
    (384, 1),
    (416, 1),
    (448, 1),
    (480, 1),
    (512, 1),
    (576, 1),
    (640, 1),
    (704, 1),
    (768, 1),
    (896, 1),
    (1024, 1),
    (1152, 1),
    (1280, 1),
    (1408, 2),
    (1536, 1),
    (1792, 2),
    (2048, 1),
    (2304, 2),
    (2688, 1),
    (3072, 3),
    (3200, 2),
    (3456, 3),
    (4096, 1),
    (4864, 3),
    (5376, 2),
    (6144, 3),
    (6528, 4),
    (6784, 5),
    (6912, 6),
    (8192, 1),
    (9472, 7),
    (9728, 6),
    (10240, 5),
    (10880, 4),
    (12288, 3),
    (13568, 5),
    (14336, 7),
    (16384, 2),
    (18432, 9),
    (19072, 7),
    (20480, 5),
    (21760, 8),
    (24576, 3),
    (27264, 10),
    (28672, 7),
    (32768, 4),
];

/// A span class: size class << 1 | noscan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SpanClass(pub u8);

impl SpanClass {
    pub fn new(sizeclass: usize, noscan: bool) -> SpanClass {
        SpanClass(((sizeclass as u8) << 1) | noscan as u8)
    }
    pub fn sizeclass(self) -> usize {
        (self.0 >> 1) as usize
    }
    pub fn noscan(self) -> bool {
        self.0 & 1 == 1
    }
}

/// The smallest size class that holds `size` bytes (1 ..= 32768).
pub fn class_of(size: u64) -> usize {
    CLASSES.iter().skip(1).position(|&(s, _)| s as u64 >= size).map_or(0, |i| i + 1)
}

pub fn class_size(class: usize) -> u64 {
    CLASSES[class].0 as u64
}

pub fn class_pages(class: usize) -> u64 {
    CLASSES[class].1 as u64
}

/// Slots in a span of this class (Green Tea's reserves, §1.3).
pub fn nelems(spc: SpanClass) -> u64 {
    let class = spc.sizeclass();
    if class == 0 {
        return 1;
    }
    let size = class_size(class);
    let span = class_pages(class) * PAGE_SIZE;
    let mut reserve = 0;
    if (16..=512).contains(&size) {
        reserve += 128;
    }
    if !spc.noscan() && size <= 512 {
        reserve += span / 64;
    }
    (span - reserve) / size
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_matches_go() {
        assert_eq!(class_of(1), 1);
        assert_eq!(class_of(8), 1);
        assert_eq!(class_of(9), 2);
        assert_eq!(class_of(33), 5);
        assert_eq!(class_of(1025), 33);
        assert_eq!(class_of(32768), 67);
        // nelems noscan / scan, from RUNTIME-REFERENCE §1.3.
        for (class, noscan, scan) in
            [(1, 1024, 1008), (2, 504, 496), (3, 336, 330), (26, 15, 15), (27, 14, 14), (35, 11, 11)]
        {
            assert_eq!(nelems(SpanClass::new(class, true)), noscan, "class {class} noscan");
            assert_eq!(nelems(SpanClass::new(class, false)), scan, "class {class} scan");
        }
    }
}
