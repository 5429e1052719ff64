//! What the widget and its worker pass to each other, as bytes: a date prepared by the
//! worker (an editor's file, measured and drawn), and terms read from an editor's file.
//! The worker reads files, measures and draws off the main thread; the widget receives
//! values ready to show, so the JSON readers never ship in its own bundle.

use super::layers::LayerPaths;
use super::timeline::{ChangePaths, Stop};
use crate::data::bundle::{decode_change, decode_shares, decode_terms, encode_change, encode_shares, encode_terms};
use crate::data::codec::{Reader, Writer};
use crate::data::shares::Change;
use crate::data::{DataError, LayerId, Origin, Terms};
use crate::geo::rows::Rows;

fn text(w: &mut Writer, s: &str) {
    w.str(s);
}

/// A stop the worker prepared, where it goes, and the next stop's new change.
pub fn encode_stop(stop: &Stop, at: usize, next_change: Option<&Change>) -> Vec<u8> {
    let mut w = Writer::default();
    w.count(at);
    text(&mut w, &stop.as_of);
    text(
        &mut w,
        match &stop.origin {
            Origin::External { url } => url,
            Origin::Embedded => "",
        },
    );
    encode_shares(&mut w, &stop.shares);
    let p = &stop.paths;
    w.count(p.layers.len());
    for (id, d) in &p.layers {
        w.count(id.index());
        text(&mut w, d);
    }
    text(&mut w, p.extent.as_deref().unwrap_or(""));
    w.count(usize::from(p.clip_to_ukraine));
    text(&mut w, &p.area);
    for change in [stop.change.as_ref(), next_change] {
        w.count(usize::from(change.is_some()));
        if let Some(c) = change {
            encode_change(&mut w, c);
        }
    }
    w.bytes
}

/// The inverse of [`encode_stop`]: (where it goes, the stop, the next stop's change).
pub fn decode_stop(bytes: &[u8]) -> Result<(usize, Stop, Option<Change>), DataError> {
    let mut r = Reader::new(bytes);
    let at = r.count()?;
    let as_of = r.str()?;
    let url = r.str()?;
    let origin = if url.is_empty() { Origin::Embedded } else { Origin::External { url } };
    let shares = decode_shares(&mut r)?;
    let mut layers = Vec::new();
    for _ in 0..r.count()? {
        let id = *LayerId::ALL.get(r.count()?).ok_or_else(|| DataError::WrongShape("worker: layer".into()))?;
        layers.push((id, r.str()?.into()));
    }
    let extent = Some(r.str()?).filter(|d| !d.is_empty()).map(Into::into);
    let clip_to_ukraine = r.count()? == 1;
    let area = r.str()?.into();
    let mut changes = [None, None];
    for c in &mut changes {
        if r.count()? == 1 {
            *c = Some(decode_change(&mut r)?);
        }
    }
    let [change, next_change] = changes;
    let stop = Stop {
        as_of,
        origin,
        shares,
        paths: LayerPaths { layers, extent, clip_to_ukraine, area },
        change_paths: if change.is_some() { ChangePaths::Masked } else { ChangePaths::None },
        change,
        area: Rows::default(),
    };
    Ok((at, stop, next_change))
}

pub fn encode_terms_bytes(terms: &Terms) -> Vec<u8> {
    let mut w = Writer::default();
    encode_terms(&mut w, terms);
    w.bytes
}

pub fn decode_terms_bytes(bytes: &[u8]) -> Result<Terms, DataError> {
    decode_terms(&mut Reader::new(bytes))?.validated()
}
