//! What the widget and its worker say to each other: one [`Request`] and one [`Reply`]
//! type, encoded here and nowhere else (with the bundle's codec), so that a field cannot
//! be misspelt on one side and read as 0 or "" on the other.
//!
//! Dates travel by value, never as an index into a list each side keeps: a download names
//! the date it is of, an editor's date travels with its stop, and every reply names the
//! date it answers, which the widget checks. A worker that was replaced since it read the
//! editor's file, or that placed the editor's date elsewhere, can therefore never hand
//! over a file of another date than its name says.

use super::layers::LayerPaths;
use super::timeline::{ChangePaths, Stop};
use super::view::View;
use crate::data::bundle::{
    decode_change, decode_proposals, decode_shares, decode_terms, encode_change, encode_proposals, encode_shares,
    encode_terms, Shown,
};
use crate::data::codec::{Reader, Writer};
use crate::data::proposals::Proposals;
use crate::data::shares::Change;
use crate::data::{DataError, LayerId, Origin, Terms};
use crate::geo::rows::Rows;
use crate::i18n::Lang;

/// What the widget asks of its worker. (One message per request, made and read once: the
/// size of its largest variant costs nothing worth a box.)
#[derive(Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum Request {
    /// Fetch, read, check, measure and draw an editor's file of occupied areas.
    Occupied { url: String, asof: String },
    /// Fetch and read an editor's terms file.
    Terms { url: String },
    /// A download of one date (the one shown).
    Download(Download),
}

/// A download: what it is, of which date, and (for an editor's date, which a new worker
/// does not have) the stop itself.
#[derive(Debug, PartialEq)]
pub struct Download {
    pub kind: DownloadKind,
    pub date: String,
    /// The id of the plan drawn (its provisions go into the files); "" for none.
    pub proposal: String,
    pub editors_stop: Option<Stop>,
    pub picture: Option<PictureSpec>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DownloadKind {
    /// The picture of the map (SVG; the widget draws the PNG from it).
    Picture,
    Csv,
    Geojson,
}

/// How the reader sees the map, for its picture.
#[derive(Clone, Debug, PartialEq)]
pub struct PictureSpec {
    pub lang: Lang,
    /// The map's width on screen, CSS px.
    pub width: f64,
    pub view: View,
    pub past: bool,
    /// The date before the one shown, which its change counts from.
    pub previous: Option<String>,
    /// The theme's colours from the live widget: (token, value).
    pub tokens: Vec<(String, String)>,
}

/// What the worker answers.
#[derive(Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum Reply {
    /// An editor's date, ready to show, and the change of the date after it, which now
    /// counts from it.
    Stop {
        stop: Stop,
        next_change: Option<Change>,
    },
    /// An editor's terms, and the plans their file carries (schema 2; none in schema 1).
    Terms(Terms, Proposals),
    Picture {
        date: String,
        svg: String,
        width: f64,
        height: f64,
    },
    /// A text file of `date` (none where there is nothing to give, e.g. the GeoJSON of an
    /// editor's file, which is not ours to publish).
    Text {
        date: String,
        text: Option<String>,
    },
    Failed(DataError),
}

impl Reply {
    /// Whether this reply can answer `request` (its kind, and the date it names): checked
    /// by the widget on arrival.
    pub fn answers(&self, request: &Request) -> bool {
        match (request, self) {
            (_, Reply::Failed(_)) => true,
            (Request::Occupied { .. }, Reply::Stop { .. }) | (Request::Terms { .. }, Reply::Terms(..)) => true,
            (Request::Download(d), Reply::Picture { date, .. }) => d.kind == DownloadKind::Picture && *date == d.date,
            (Request::Download(d), Reply::Text { date, .. }) => d.kind != DownloadKind::Picture && *date == d.date,
            _ => false,
        }
    }
}

// Tags: a byte at the start of each message, so that a message of another kind (or of an
// older worker) is refused instead of misread.
const OCCUPIED: usize = 1;
const TERMS: usize = 2;
const DOWNLOAD: usize = 3;
const STOP: usize = 11;
const TERMS_REPLY: usize = 12;
const PICTURE: usize = 13;
const TEXT: usize = 14;
const FAILED: usize = 15;
/// The largest tag or kind number a message holds.
const MAX_TAG: usize = 255;

impl Request {
    pub fn encode(&self) -> Vec<u8> {
        let mut w = Writer::default();
        match self {
            Request::Occupied { url, asof } => {
                w.count(OCCUPIED);
                w.str(url);
                w.str(asof);
            }
            Request::Terms { url } => {
                w.count(TERMS);
                w.str(url);
            }
            Request::Download(d) => {
                w.count(DOWNLOAD);
                w.count(match d.kind {
                    DownloadKind::Picture => 0,
                    DownloadKind::Csv => 1,
                    DownloadKind::Geojson => 2,
                });
                w.str(&d.date);
                w.str(&d.proposal);
                optional(&mut w, d.editors_stop.as_ref(), encode_stop);
                optional(&mut w, d.picture.as_ref(), encode_picture);
            }
        }
        w.bytes
    }

    pub fn decode(bytes: &[u8]) -> Result<Request, DataError> {
        let mut r = Reader::new(bytes);
        let request = match r.tag(MAX_TAG) {
            OCCUPIED => Request::Occupied { url: r.str(), asof: r.str() },
            TERMS => Request::Terms { url: r.str() },
            DOWNLOAD => {
                let kind = r.pick(&[DownloadKind::Picture, DownloadKind::Csv, DownloadKind::Geojson], "download kind");
                let date = r.str();
                let proposal = r.str();
                let editors_stop = read_optional(&mut r, decode_stop);
                let picture = read_optional(&mut r, decode_picture);
                Request::Download(Download { kind, date, proposal, editors_stop, picture })
            }
            _ => return Err(broken("request")),
        };
        r.finish(request, broken("trailing bytes"))
    }
}

impl Reply {
    pub fn encode(&self) -> Vec<u8> {
        let mut w = Writer::default();
        match self {
            Reply::Stop { stop, next_change } => {
                w.count(STOP);
                encode_stop(&mut w, stop);
                optional(&mut w, next_change.as_ref(), encode_change);
            }
            Reply::Terms(terms, proposals) => {
                w.count(TERMS_REPLY);
                encode_proposals(&mut w, proposals, Shown::OnThePage);
                encode_terms(&mut w, terms);
            }
            Reply::Picture { date, svg, width, height } => {
                w.count(PICTURE);
                w.str(date);
                w.str(svg);
                w.f64(*width);
                w.f64(*height);
            }
            Reply::Text { date, text } => {
                w.count(TEXT);
                w.str(date);
                optional(&mut w, text.as_ref(), |w, t| w.str(t));
            }
            Reply::Failed(error) => {
                w.count(FAILED);
                let (kind, text, number) = error.to_parts();
                w.count(kind as usize);
                w.str(&text);
                w.f64(number);
            }
        }
        w.bytes
    }

    pub fn decode(bytes: &[u8]) -> Result<Reply, DataError> {
        let mut r = Reader::new(bytes);
        let reply = match r.tag(MAX_TAG) {
            STOP => Reply::Stop { stop: decode_stop(&mut r), next_change: read_optional(&mut r, decode_change) },
            TERMS_REPLY => {
                // Checked by the worker against their sources' passages, which the
                // message does not carry (as the bundle does not).
                let proposals = decode_proposals(&mut r);
                let terms = decode_terms(&mut r);
                return r
                    .finish((terms, proposals), broken("trailing bytes"))
                    .and_then(|(terms, proposals)| Ok(Reply::Terms(terms.validated()?, proposals)));
            }
            PICTURE => Reply::Picture { date: r.str(), svg: r.str(), width: r.f64(), height: r.f64() },
            TEXT => Reply::Text { date: r.str(), text: read_optional(&mut r, |r| r.str()) },
            FAILED => {
                let kind = r.tag(u32::MAX as usize) as u32;
                Reply::Failed(DataError::from_parts(kind, r.str(), r.f64()))
            }
            _ => return Err(broken("reply")),
        };
        r.finish(reply, broken("trailing bytes"))
    }
}

fn broken(what: &str) -> DataError {
    DataError::WrongShape(format!("worker message: {what}"))
}

fn optional<T: ?Sized>(w: &mut Writer, value: Option<&T>, write: impl FnOnce(&mut Writer, &T)) {
    w.count(usize::from(value.is_some()));
    if let Some(v) = value {
        write(w, v);
    }
}

fn read_optional<T>(r: &mut Reader, read: impl FnOnce(&mut Reader) -> T) -> Option<T> {
    (r.tag(1) == 1).then(|| read(r))
}

fn encode_picture(w: &mut Writer, p: &PictureSpec) {
    w.str(p.lang.code());
    w.f64(p.width);
    for x in [p.view.scale, p.view.center[0], p.view.center[1], p.view.frame[0], p.view.frame[1]] {
        w.f64(x);
    }
    w.count(usize::from(p.past));
    optional(w, p.previous.as_deref(), |w, s| w.str(s));
    w.count(p.tokens.len());
    for (k, v) in &p.tokens {
        w.str(k);
        w.str(v);
    }
}

fn decode_picture(r: &mut Reader) -> PictureSpec {
    let lang = Lang::parse(&r.str());
    let lang = r.check(lang, || broken("language"));
    let width = r.f64();
    let [scale, x, y, fw, fh] = [r.f64(), r.f64(), r.f64(), r.f64(), r.f64()];
    let past = r.tag(1) == 1;
    let previous = read_optional(r, |r| r.str());
    let mut tokens = Vec::new();
    for _ in 0..r.count() {
        tokens.push((r.str(), r.str()));
    }
    PictureSpec { lang, width, view: View { scale, center: [x, y], frame: [fw, fh] }, past, previous, tokens }
}

/// A stop as drawn and measured (its change drawn as masks: an editor's polygons were
/// never cut per region).
fn encode_stop(w: &mut Writer, stop: &Stop) {
    w.str(&stop.as_of);
    w.str(match &stop.origin {
        Origin::External { url } => url,
        Origin::Embedded => "",
    });
    encode_shares(w, &stop.shares);
    let p = &stop.paths;
    w.count(p.layers.len());
    for (id, d) in &p.layers {
        w.count(id.index());
        w.str(d);
    }
    w.str(p.extent.as_deref().unwrap_or(""));
    w.count(usize::from(p.clip_to_ukraine));
    w.str(&p.area);
    optional(w, stop.change.as_ref(), encode_change);
}

fn decode_stop(r: &mut Reader) -> Stop {
    let as_of = r.str();
    let url = r.str();
    let origin = if url.is_empty() { Origin::Embedded } else { Origin::External { url } };
    let shares = decode_shares(r);
    let mut layers = Vec::new();
    for _ in 0..r.count() {
        let id = r.pick(&LayerId::ALL, "layer");
        layers.push((id, r.str().into()));
    }
    let extent = Some(r.str()).filter(|d| !d.is_empty()).map(Into::into);
    let clip_to_ukraine = r.tag(1) == 1;
    let area = r.str().into();
    let change = read_optional(r, decode_change);
    Stop {
        as_of,
        origin,
        shares,
        paths: LayerPaths { layers, extent, clip_to_ukraine, area },
        change_paths: if change.is_some() { ChangePaths::Masked } else { ChangePaths::None },
        change,
        area: Rows::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_error() -> Vec<DataError> {
        use DataError::*;
        vec![
            NotJson("x".into()),
            WrongShape("".into()),
            WrongGeometry { what: crate::data::Subject::Feature(2), found: "Point".into() },
            BadCoordinates { what: crate::data::Subject::Code("occupied-2022".into()), at: "[NaN, 1]".into() },
            UnclosedRing { what: crate::data::Subject::Feature(1), points: 3 },
            SelfIntersection { what: crate::data::Subject::Feature(2), near: "[30.100, 50.200]".into() },
            TooComplex { limit: crate::data::Limit::Polygons, count: 10_000 },
            UnknownRegion("UA-99".into()),
            Empty,
            TooLarge { limit_bytes: 4_000_000 },
            Http(404),
            Timeout { seconds: 10 },
            Network("blocked".into()),
            WorkerFailed,
            NotWebAddress { scheme: "javascript".into() },
        ]
    }

    /// Every error kind arrives as it was sent: short messages (an error without text is
    /// a few bytes) are where a tag read as a length once failed.
    #[test]
    fn every_failure_round_trips() {
        for error in every_error() {
            let reply = Reply::Failed(error.clone());
            assert_eq!(Reply::decode(&reply.encode()), Ok(reply), "{error:?}");
        }
    }

    #[test]
    fn short_replies_and_requests_round_trip() {
        for reply in [
            Reply::Text { date: "2025-04-25".into(), text: None },
            Reply::Text { date: "".into(), text: Some("".into()) },
            Reply::Picture { date: "x".into(), svg: "".into(), width: 1.0, height: 2.0 },
        ] {
            assert_eq!(Reply::decode(&reply.encode()), Ok(reply));
        }
        for request in [
            Request::Terms { url: "".into() },
            Request::Occupied { url: "a".into(), asof: "".into() },
            Request::Download(Download {
                kind: DownloadKind::Geojson,
                date: "".into(),
                proposal: "28-points".into(),
                editors_stop: None,
                picture: None,
            }),
        ] {
            assert_eq!(Request::decode(&request.encode()), Ok(request));
        }
    }

    #[test]
    fn a_message_of_another_kind_or_with_trailing_bytes_is_refused() {
        assert!(Reply::decode(&[200]).is_err());
        assert!(Request::decode(&[]).is_err());
        let mut bytes = Reply::Failed(DataError::Empty).encode();
        bytes.push(0);
        assert!(Reply::decode(&bytes).is_err());
    }
}
