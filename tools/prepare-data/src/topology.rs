//! Shared borders as arcs, the way TopoJSON does it.
//!
//! Two neighbouring regions describe their common border twice, once in each direction.
//! Simplifying each copy on its own would move the copies apart and open gaps or
//! overlaps. So we cut every ring at its *junctions* (points where the set of
//! neighbours changes), keep one copy of each piece (an *arc*), simplify each arc
//! once, and rebuild the rings from the simplified arcs. Natural Earth's neighbours
//! share bit-identical vertices, which is what makes the matching exact.

use std::collections::HashMap;

pub type Point = [f64; 2];
type Key = (u64, u64);

fn key(p: &Point) -> Key {
    (p[0].to_bits(), p[1].to_bits())
}

/// One use of an arc by a ring: the arc's index and whether the ring walks it backwards.
#[derive(Clone, Copy, Debug)]
pub struct ArcUse {
    pub arc: usize,
    pub reversed: bool,
}

pub struct Topology {
    /// Polylines whose ends are junctions; a ring without junctions is one closed arc.
    pub arcs: Vec<Vec<Point>>,
    /// For every input ring, the arcs that rebuild it, in order.
    pub rings: Vec<Vec<ArcUse>>,
}

impl Topology {
    /// Builds arcs from closed rings (first point == last point).
    pub fn build(rings: &[Vec<Point>]) -> Topology {
        let open: Vec<&[Point]> = rings.iter().map(|r| &r[..r.len() - 1]).collect();
        let junctions = find_junctions(&open);
        let mut topo = Topology { arcs: Vec::new(), rings: Vec::new() };
        let mut index: HashMap<Vec<Key>, usize> = HashMap::new();
        for ring in &open {
            let uses = match ring.iter().position(|p| junctions.contains_key(&key(p))) {
                None => vec![topo.intern(closed_arc(ring), &mut index)],
                Some(start) => {
                    let n = ring.len();
                    let rotated: Vec<Point> = (0..=n).map(|i| ring[(start + i) % n]).collect();
                    let mut uses = Vec::new();
                    let mut arc = vec![rotated[0]];
                    for p in &rotated[1..] {
                        arc.push(*p);
                        if junctions.contains_key(&key(p)) {
                            uses.push(topo.intern(std::mem::replace(&mut arc, vec![*p]), &mut index));
                        }
                    }
                    uses
                }
            };
            topo.rings.push(uses);
        }
        topo
    }

    /// Stores an arc once; a second copy (either direction) becomes a reference.
    fn intern(&mut self, arc: Vec<Point>, index: &mut HashMap<Vec<Key>, usize>) -> ArcUse {
        let forward: Vec<Key> = arc.iter().map(key).collect();
        if let Some(&i) = index.get(&forward) {
            return ArcUse { arc: i, reversed: false };
        }
        let backward: Vec<Key> = forward.iter().rev().copied().collect();
        // A junction-free ring walked backwards starts elsewhere: compare it rotated too.
        let rotated = (arc.first() == arc.last()).then(|| canonical_closed(&backward));
        for candidate in std::iter::once(&backward).chain(rotated.as_ref()) {
            if let Some(&i) = index.get(candidate) {
                return ArcUse { arc: i, reversed: true };
            }
        }
        index.insert(forward, self.arcs.len());
        self.arcs.push(arc);
        ArcUse { arc: self.arcs.len() - 1, reversed: false }
    }

    /// Rebuilds ring `i` (closed) from the current arcs.
    pub fn ring(&self, i: usize) -> Vec<Point> {
        let mut out: Vec<Point> = Vec::new();
        for u in &self.rings[i] {
            let arc = &self.arcs[u.arc];
            let pts: Box<dyn Iterator<Item = &Point>> =
                if u.reversed { Box::new(arc.iter().rev()) } else { Box::new(arc.iter()) };
            for p in pts {
                if out.last() != Some(p) {
                    out.push(*p);
                }
            }
        }
        if out.first() != out.last() {
            if let Some(&first) = out.first() {
                out.push(first);
            }
        }
        out
    }

    pub fn vertex_count(&self) -> usize {
        self.arcs.iter().map(|a| a.len()).sum()
    }
}

/// A point is a junction when, over all rings, it has more than two distinct neighbours.
fn find_junctions(rings: &[&[Point]]) -> HashMap<Key, ()> {
    let mut neighbours: HashMap<Key, Vec<Key>> = HashMap::new();
    for ring in rings {
        let n = ring.len();
        for i in 0..n {
            let entry = neighbours.entry(key(&ring[i])).or_default();
            for j in [(i + n - 1) % n, (i + 1) % n] {
                let k = key(&ring[j]);
                if !entry.contains(&k) {
                    entry.push(k);
                }
            }
        }
    }
    neighbours.into_iter().filter(|(_, v)| v.len() > 2).map(|(k, _)| (k, ())).collect()
}

/// A ring with no junction, rotated to start at its smallest point so that the same
/// ring met again (say, as the hole Kyiv city leaves in Kyiv oblast) matches exactly.
fn closed_arc(ring: &[Point]) -> Vec<Point> {
    let start = (0..ring.len()).min_by_key(|&i| key(&ring[i])).unwrap_or(0);
    let n = ring.len();
    (0..=n).map(|i| ring[(start + i) % n]).collect()
}

fn canonical_closed(keys: &[Key]) -> Vec<Key> {
    let open = &keys[..keys.len() - 1];
    let n = open.len();
    let start = (0..n).min_by_key(|&i| open[i]).unwrap_or(0);
    (0..=n).map(|i| open[(start + i) % n]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_squares_share_one_arc() {
        // Two unit squares side by side; their common edge x=1 must become one arc.
        let a = vec![[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]];
        let b = vec![[1.0, 0.0], [2.0, 0.0], [2.0, 1.0], [1.0, 1.0], [1.0, 0.0]];
        let t = Topology::build(&[a.clone(), b]);
        let shared: Vec<_> = t.rings[0].iter().filter(|u| t.rings[1].iter().any(|v| v.arc == u.arc)).collect();
        assert_eq!(shared.len(), 1);
        assert_eq!(t.ring(0).len(), a.len());
    }
}
