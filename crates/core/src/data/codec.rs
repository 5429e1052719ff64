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

pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    last: (i64, i64),
}

fn broken(what: &str) -> DataError {
    DataError::WrongShape(format!("embedded data: {what}"))
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, at: 0, last: (0, 0) }
    }

    pub fn is_at_end(&self) -> bool {
        self.at == self.bytes.len()
    }

    pub fn unsigned(&mut self) -> Result<u64, DataError> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *self.bytes.get(self.at).ok_or_else(|| broken("ends early"))?;
            self.at += 1;
            n |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(n);
            }
        }
        Err(broken("varint too long"))
    }

    /// A length, bounded by what the remaining bytes could hold.
    pub fn count(&mut self) -> Result<usize, DataError> {
        let n = self.unsigned()?;
        usize::try_from(n).ok().filter(|n| *n <= self.bytes.len() - self.at).ok_or_else(|| broken("bad count"))
    }

    /// A small number that is not a length (a message's tag, a kind, a flag): bounded by
    /// `max`, not by the bytes that remain, which a tag of 15 before a short message
    /// would exceed.
    pub fn tag(&mut self, max: usize) -> Result<usize, DataError> {
        let n = self.unsigned()?;
        usize::try_from(n).ok().filter(|n| *n <= max).ok_or_else(|| broken("bad tag"))
    }

    pub fn signed(&mut self) -> Result<i64, DataError> {
        let n = self.unsigned()?;
        Ok((n >> 1) as i64 ^ -((n & 1) as i64))
    }

    pub fn f64(&mut self) -> Result<f64, DataError> {
        let bytes = self.bytes.get(self.at..self.at + 8).ok_or_else(|| broken("ends early"))?;
        self.at += 8;
        Ok(f64::from_le_bytes(bytes.try_into().map_err(|_| broken("ends early"))?))
    }

    pub fn str(&mut self) -> Result<String, DataError> {
        let n = self.count()?;
        let s = std::str::from_utf8(&self.bytes[self.at..self.at + n]).map_err(|_| broken("text is not UTF-8"))?;
        self.at += n;
        Ok(s.to_string())
    }

    pub fn point(&mut self) -> Result<Point, DataError> {
        self.last = (self.last.0 + self.signed()?, self.last.1 + self.signed()?);
        Ok([self.last.0 as f64 / UNITS_PER_DEGREE, self.last.1 as f64 / UNITS_PER_DEGREE])
    }

    pub fn polygons(&mut self) -> Result<Vec<Polygon>, DataError> {
        let polygons = self.count()?;
        let mut out = Vec::with_capacity(polygons);
        for _ in 0..polygons {
            let rings = self.count()?;
            let mut polygon = Vec::with_capacity(rings);
            for _ in 0..rings {
                let points = self.count()?;
                let mut ring = Vec::with_capacity(points);
                for _ in 0..points {
                    ring.push(self.point()?);
                }
                polygon.push(ring);
            }
            out.push(polygon);
        }
        Ok(out)
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
        assert_eq!(r.str().unwrap(), "Київ");
        assert_eq!(r.signed().unwrap(), -5);
        assert_eq!(r.polygons().unwrap(), vec![square]);
        assert!(r.is_at_end());
    }

    #[test]
    fn off_grid_coordinates_are_refused() {
        assert!(Writer::default().point([30.0004, 48.0]).is_err());
    }

    #[test]
    fn truncated_input_is_an_error_not_a_panic() {
        assert!(Reader::new(&[1, 1, 5, 2]).polygons().is_err());
        assert!(Reader::new(&[0xff; 12]).polygons().is_err());
        assert!(Reader::new(&[3, b'a']).str().is_err());
        assert_eq!(Reader::new(&[0]).polygons().unwrap(), Vec::<Polygon>::new());
    }
}
