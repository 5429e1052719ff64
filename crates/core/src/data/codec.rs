//! The primitives of the widget's binary bundle (see `bundle`): unsigned LEB128
//! varints, zigzag for signed numbers, strings as length + UTF-8, and polygons as
//! coordinate deltas in thousandths of a degree (the precision the data tool rounds to).
//! Writer and reader sit side by side so the format is written down once.

use super::error::DataError;
use crate::geo::{Point, Polygon};

/// Coordinates are stored on this grid: 0.001°.
const UNITS_PER_DEGREE: f64 = 1000.0;

#[derive(Default)]
pub struct Writer {
    pub bytes: Vec<u8>,
    /// The last point written: every point is stored as its difference from it.
    last: (i64, i64),
}

impl Writer {
    pub fn unsigned(&mut self, mut n: u64) {
        while n >= 0x80 {
            self.bytes.push((n as u8) | 0x80);
            n >>= 7;
        }
        self.bytes.push(n as u8);
    }

    pub fn count(&mut self, n: usize) {
        self.unsigned(n as u64);
    }

    pub fn signed(&mut self, n: i64) {
        self.unsigned(((n << 1) ^ (n >> 63)) as u64);
    }

    /// A number as its 8 bytes (little-endian): for measurements passed between the
    /// widget and its worker, and for the page bundle's fitted frame (which must equal
    /// the server's exactly); never for coordinates.
    pub fn f64(&mut self, x: f64) {
        self.bytes.extend_from_slice(&x.to_le_bytes());
    }

    pub fn str(&mut self, s: &str) {
        self.count(s.len());
        self.bytes.extend_from_slice(s.as_bytes());
    }

    pub fn point(&mut self, p: Point) -> Result<(), String> {
        let (x, y) = (grid(p[0])?, grid(p[1])?);
        self.signed(x - self.last.0);
        self.signed(y - self.last.1);
        self.last = (x, y);
        Ok(())
    }

    pub fn polygons(&mut self, polygons: &[Polygon]) -> Result<(), String> {
        self.count(polygons.len());
        for rings in polygons {
            self.count(rings.len());
            for ring in rings {
                self.count(ring.len());
                for p in ring {
                    self.point(*p)?;
                }
            }
        }
        Ok(())
    }
}

fn grid(v: f64) -> Result<i64, String> {
    let x = v * UNITS_PER_DEGREE;
    if !x.is_finite() || (x - x.round()).abs() > 1e-6 {
        return Err(format!("coordinate {v} is not on the 0.001° grid"));
    }
    Ok(x.round() as i64)
}

/// Reads what [`Writer`] wrote. A reader stops at the first damaged value: it keeps
/// the first error, every later read gives an empty value (0, "", no items), and
/// [`Reader::finish`] returns that error. Decoders therefore read straight through
/// without an early return per field, each of which would cost WebAssembly its own
/// path dropping what was read so far.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    last: (i64, i64),
    error: Option<DataError>,
}

fn broken(what: &str) -> DataError {
    DataError::WrongShape(format!("embedded data: {what}"))
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, at: 0, last: (0, 0), error: None }
    }

    pub fn is_at_end(&self) -> bool {
        self.at == self.bytes.len()
    }

    /// Records why the bytes cannot be read (the first reason wins) and stops reading.
    pub fn fail(&mut self, error: DataError) {
        self.error.get_or_insert(error);
        self.at = self.bytes.len();
    }

    /// `value`, unless a read failed or bytes remain.
    pub fn finish<T>(mut self, value: T, trailing: DataError) -> Result<T, DataError> {
        if !self.is_at_end() {
            self.fail(trailing);
        }
        self.error.map_or(Ok(value), Err)
    }

    /// A value checked by the caller: `None` fails with `error`, and gives `T`'s default.
    pub fn check<T: Default>(&mut self, value: Option<T>, error: impl FnOnce() -> DataError) -> T {
        value.unwrap_or_else(|| {
            self.fail(error());
            T::default()
        })
    }

    pub fn unsigned(&mut self) -> u64 {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let Some(&b) = self.bytes.get(self.at) else {
                self.fail(broken("ends early"));
                return 0;
            };
            self.at += 1;
            n |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return n;
            }
        }
        self.fail(broken("varint too long"));
        0
    }

    /// A length, bounded by what the remaining bytes could hold.
    pub fn count(&mut self) -> usize {
        let n = self.unsigned();
        let fits = usize::try_from(n).ok().filter(|n| *n <= self.bytes.len() - self.at);
        self.check(fits, || broken("bad count"))
    }

    /// A small number that is not a length (a message's tag, a kind, a flag): bounded by
    /// `max`, not by the bytes that remain, which a tag of 15 before a short message
    /// would exceed.
    pub fn tag(&mut self, max: usize) -> usize {
        let n = self.unsigned();
        let fits = usize::try_from(n).ok().filter(|n| *n <= max);
        self.check(fits, || broken("bad tag"))
    }

    /// One of `all` by its position (the first when the bytes are damaged).
    pub fn pick<T: Copy>(&mut self, all: &[T], what: &str) -> T {
        let n = self.tag(usize::MAX);
        match all.get(n) {
            Some(v) => *v,
            None => {
                self.fail(broken(what));
                all[0]
            }
        }
    }

    pub fn signed(&mut self) -> i64 {
        let n = self.unsigned();
        (n >> 1) as i64 ^ -((n & 1) as i64)
    }

    pub fn f64(&mut self) -> f64 {
        match self.bytes.get(self.at..self.at + 8).and_then(|b| <[u8; 8]>::try_from(b).ok()) {
            Some(bytes) => {
                self.at += 8;
                f64::from_le_bytes(bytes)
            }
            None => {
                self.fail(broken("ends early"));
                0.0
            }
        }
    }

    pub fn str(&mut self) -> String {
        let n = self.count();
        let text = std::str::from_utf8(&self.bytes[self.at..self.at + n]).ok().map(str::to_string);
        self.at += n;
        self.check(text, || broken("text is not UTF-8"))
    }

    pub fn point(&mut self) -> Point {
        self.last = (self.last.0 + self.signed(), self.last.1 + self.signed());
        [self.last.0 as f64 / UNITS_PER_DEGREE, self.last.1 as f64 / UNITS_PER_DEGREE]
    }

    pub fn polygons(&mut self) -> Vec<Polygon> {
        let polygons = self.count();
        let mut out = Vec::with_capacity(polygons);
        for _ in 0..polygons {
            let rings = self.count();
            let mut polygon = Vec::with_capacity(rings);
            for _ in 0..rings {
                let points = self.count();
                let mut ring = Vec::with_capacity(points);
                for _ in 0..points {
                    ring.push(self.point());
                }
                polygon.push(ring);
            }
            out.push(polygon);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let square = vec![vec![[30.0, 48.0], [30.001, 48.0], [30.001, 48.5], [30.0, 48.0]]];
        let mut w = Writer::default();
        w.str("Київ");
        w.signed(-5);
        w.polygons(std::slice::from_ref(&square)).unwrap();
        let mut r = Reader::new(&w.bytes);
        assert_eq!(r.str(), "Київ");
        assert_eq!(r.signed(), -5);
        assert_eq!(r.polygons(), vec![square]);
        assert_eq!(r.finish((), broken("trailing")), Ok(()));
    }

    #[test]
    fn off_grid_coordinates_are_refused() {
        assert!(Writer::default().point([30.0004, 48.0]).is_err());
    }

    fn read<T>(bytes: &[u8], read: impl FnOnce(&mut Reader) -> T) -> Result<T, DataError> {
        let mut r = Reader::new(bytes);
        let value = read(&mut r);
        r.finish(value, broken("trailing"))
    }

    #[test]
    fn truncated_input_is_an_error_not_a_panic() {
        assert!(read(&[1, 1, 5, 2], |r| r.polygons()).is_err());
        assert!(read(&[0xff; 12], |r| r.polygons()).is_err());
        assert!(read(&[3, b'a'], |r| r.str()).is_err());
        assert!(read(&[2, 0xff, 0xfe], |r| r.str()).is_err());
        assert_eq!(read(&[0], |r| r.polygons()), Ok(Vec::<Polygon>::new()));
    }

    #[test]
    fn the_first_error_is_kept_and_nothing_is_read_after_it() {
        let mut r = Reader::new(&[9, b'a', 1]);
        assert_eq!(r.str(), "");
        assert_eq!((r.count(), r.f64(), r.str()), (0, 0.0, String::new()));
        assert_eq!(r.finish((), broken("trailing")), Err(broken("bad count")));
        let mut r = Reader::new(&[7]);
        assert_eq!(r.pick(&["a", "b"], "letter"), "a");
        assert_eq!(r.finish((), broken("trailing")), Err(broken("letter")));
        assert_eq!(read(&[1, 0], |r| r.count()), Err(broken("trailing")));
        assert_eq!(read(&[0x80], |r| r.count()), Err(broken("ends early")));
        assert_eq!(read(&[0xff; 12], |r| r.count()), Err(broken("varint too long")));
    }
}
