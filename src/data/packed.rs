//! Reads the polygons that build.rs packed: for each polygon feature of a file, in
//! order, its polygons as zigzag-LEB128 coordinate deltas in thousandths of a degree.

use super::error::DataError;
use crate::geo::Polygon;

/// The polygons of every polygon feature, in file order.
pub fn unpack(bytes: &[u8]) -> Result<Vec<Vec<Polygon>>, DataError> {
    let mut r = Reader { bytes, at: 0 };
    let features = r.count()?;
    let mut out = Vec::with_capacity(features);
    for _ in 0..features {
        let polygons = r.count()?;
        let mut feature = Vec::with_capacity(polygons);
        for _ in 0..polygons {
            let rings = r.count()?;
            let mut polygon = Vec::with_capacity(rings);
            for _ in 0..rings {
                let points = r.count()?;
                let (mut x, mut y) = (0i64, 0i64);
                let mut ring = Vec::with_capacity(points);
                for _ in 0..points {
                    x += r.signed()?;
                    y += r.signed()?;
                    ring.push([x as f64 / 1000.0, y as f64 / 1000.0]);
                }
                polygon.push(ring);
            }
            feature.push(polygon);
        }
        out.push(feature);
    }
    Ok(out)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn varint(&mut self) -> Result<u64, DataError> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b =
                *self.bytes.get(self.at).ok_or_else(|| DataError::WrongShape("packed geometry ends early".into()))?;
            self.at += 1;
            n |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(n);
            }
        }
        Err(DataError::WrongShape("packed geometry: varint too long".into()))
    }

    /// A length, bounded by what the remaining bytes could hold.
    fn count(&mut self) -> Result<usize, DataError> {
        let n = self.varint()?;
        usize::try_from(n)
            .ok()
            .filter(|n| *n <= self.bytes.len())
            .ok_or_else(|| DataError::WrongShape("packed geometry: bad count".into()))
    }

    fn signed(&mut self) -> Result<i64, DataError> {
        let n = self.varint()?;
        Ok((n >> 1) as i64 ^ -((n & 1) as i64))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncated_input_is_an_error_not_a_panic() {
        assert!(unpack(&[1, 1, 1, 5, 2]).is_err());
        assert!(unpack(&[0xff; 12]).is_err());
        assert_eq!(unpack(&[0]).unwrap(), Vec::<Vec<Polygon>>::new());
    }

    #[test]
    fn one_triangle() {
        // 1 feature, 1 polygon, 1 ring of 4 points: (0,0) (1,0) (0,1) (0,0) in thousandths.
        let bytes = [1, 1, 1, 4, 0, 0, 2, 0, 1, 2, 0, 1];
        let p = unpack(&bytes).unwrap();
        assert_eq!(p[0][0][0], vec![[0.0, 0.0], [0.001, 0.0], [0.0, 0.001], [0.0, 0.0]]);
    }
}
