//! The widget's state and every change to it, in one reducer: what is selected,
//! hovered, focused and zoomed, which date and terms are shown, which alerts are up.
//! Geography, the timeline's prepared stops and terms are separate shared values: an
//! editor's file replaces one of them without copying (or re-rendering) the others, and
//! choosing a date only moves an index into stops prepared once.

use super::shared::Shared;
use crate::data::proposals::Proposals;
use crate::data::shares::{Change, Shares};
use crate::data::terms::Text;
use crate::data::{DataError, Dataset, Geography, Terms, Timeline};
use crate::geo::Point;
use crate::host::{DateChoice, Options, Theme};
use crate::i18n::{self, t, Lang, Msg};
use crate::scene::status::region_status;
use crate::scene::{MapFrame, Stop, Stops, View};
use std::rc::Rc;
use yew::Reducible;

/// The data the widget started with, as shared values (see the module comment).
#[derive(Clone, Debug, PartialEq)]
pub struct Sources {
    pub geography: Shared<Geography>,
    /// The map's frame, fitted once; in the browser, with the regions' outlines taken
    /// from the server-rendered map (`MapFrame::adopt_region_paths`).
    pub frame: Shared<MapFrame>,
    pub timeline: Shared<Timeline>,
    pub terms: Shared<Terms>,
    pub proposals: Shared<Proposals>,
}

impl Sources {
    pub fn new(data: Dataset) -> Sources {
        let Dataset { geography, timeline, terms, proposals } = data;
        #[allow(unused_mut)]
        let mut frame = MapFrame::new(&geography);
        #[cfg(target_arch = "wasm32")]
        {
            let paths = crate::ui::browser::server_map::region_paths();
            frame.adopt_region_paths(|iso| paths.iter().find(|(i, _)| i == iso).map(|(_, d)| d.clone()));
        }
        Sources {
            frame: Shared::new(frame),
            geography: Shared::new(geography),
            timeline: Shared::new(timeline),
            terms: Shared::new(terms),
            proposals: Shared::new(proposals),
        }
    }
}

/// What an editor may write in the widget, as plain text (see `host::options`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EditorsWords {
    pub headline: Option<String>,
    pub subtitle: Option<String>,
    pub note: Option<String>,
}

impl EditorsWords {
    fn of(o: &Options) -> EditorsWords {
        EditorsWords { headline: o.headline.clone(), subtitle: o.subtitle.clone(), note: o.note.clone() }
    }
}

/// The proposal drawn when the page names none: the one the article reports.
pub const DEFAULT_PROPOSAL: &str = "april-2025";

/// A file the reader asked for, shown in the widget where the page forbids downloads.
#[derive(Clone, Debug, PartialEq)]
pub struct FileView {
    pub name: String,
    pub body: FileBody,
}

#[derive(Clone, Debug, PartialEq)]
pub enum FileBody {
    Text(String),
    /// A `data:` URL.
    Image(String),
}

/// The region under the pointer and where the pointer is, as fractions of the stage.
#[derive(Clone, Debug, PartialEq)]
pub struct Hover {
    pub iso: &'static str,
    pub at: Point,
}

/// A problem to show the reader (`role="alert"`).
#[derive(Clone, Debug, PartialEq)]
pub enum Alert {
    /// A file the editor pointed the widget at could not be used.
    File { title: Msg, error: DataError, url: String },
    /// `date=` names no date of the timeline: what was asked, the dates there are, and
    /// the date shown instead.
    UnknownDate { asked: String, available: Vec<String>, shown: String },
    /// `proposal=` names no proposal: what was asked, the ids there are, and the name of
    /// the plan drawn instead.
    UnknownProposal { asked: String, available: Vec<String>, shown: Text },
}

impl Alert {
    pub fn for_file(title: Msg, error: DataError, url: &str) -> Alert {
        Alert::File { title, error, url: url.to_string() }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct WidgetState {
    pub lang: Lang,
    pub theme: Theme,
    pub geography: Shared<Geography>,
    pub frame: Shared<MapFrame>,
    /// Every date, measured and drawn once; `stop` is the one shown.
    pub stops: Shared<Stops>,
    pub stop: usize,
    /// `date=` from the page: it decides the date shown, also when an editor's file joins
    /// the timeline later, until the reader picks a date.
    pub page_date: Option<DateChoice>,
    /// The reader picked a date (a timeline button, the chart, Play): nothing else moves it.
    pub reader_chose_date: bool,
    /// The page's `date=` names no date, and the reader has been told.
    pub told_unknown_date: bool,
    /// `proposal=` from the page: drawn once it is known (an editor's terms file may bring
    /// it), until the reader picks a plan or a date.
    pub page_proposal: Option<String>,
    /// An editor's terms file is coming (`terms=`): an unknown `proposal=` waits for it.
    pub expects_terms: bool,
    pub told_unknown_proposal: bool,
    /// Stepping through the dates (the reader pressed Play).
    pub playing: bool,
    /// Where Play stops: the date the reader started it from (the last date when started
    /// from the first), so that Play always tells the story from the invasion's eve.
    pub play_until: usize,
    /// Inside a sandbox that forbids downloads (AMP): files open in the widget instead.
    pub sandboxed: bool,
    pub file: Option<FileView>,
    pub terms: Shared<Terms>,
    pub proposals: Shared<Proposals>,
    /// The editor's own headline, subtitle and note (`headline=`, `subtitle=`, `note=`).
    pub editors_words: EditorsWords,
    /// The proposal whose provisions are drawn (an index into `proposals`).
    pub proposal: usize,
    /// Region whose popup is open.
    pub selected: Option<&'static str>,
    pub hover: Option<Hover>,
    /// Region that has keyboard focus right now (draws the focus ring).
    pub focus: Option<&'static str>,
    /// The one region reachable with Tab (roving tabindex); arrows move it.
    pub tab_stop: &'static str,
    pub view: View,
    /// The full legends are open on a phone (`key`): folded there until the reader asks.
    pub details_open: bool,
    /// The map's width on screen (CSS px), once measured: the cities' names are placed
    /// for it (`scene::cities`). None in the server's HTML and until measured.
    pub map_px: Option<f64>,
    pub alerts: Vec<Alert>,
    /// Interactive: set once the app has mounted (or hydrated) in the browser.
    pub ready: bool,
    /// Text for the `aria-live` region.
    pub announcement: String,
    /// Move focus into the popup when it renders: yes when the reader opened it, no
    /// when `region=` opened it on load (stealing focus would scroll the host page).
    pub focus_popup: bool,
    /// The last download the reader asked for could not be made (e.g. the worker did not
    /// start): told beside the download buttons, where the reader looks.
    pub download_failed: bool,
}

pub enum Action {
    ApplyOptions(Options),
    Select(&'static str),
    Close,
    Hover(Option<Hover>),
    Focus(Option<&'static str>),
    SetView(View),
    /// Zoom by a factor around a point of the stage, then move by `pan` (both as
    /// fractions of the stage): the wheel zooms, a pinch zooms and drifts.
    ZoomAt {
        factor: f64,
        at: Point,
        pan: Point,
    },
    /// A date the worker prepared from an editor's file (`scene::protocol`): the stop, and
    /// the change of the stop after it, which now counts from it. It goes in its place by
    /// date ([`Stops::placement`](crate::scene::Stops::placement)).
    InsertStop {
        stop: Stop,
        next_change: Option<Change>,
    },
    UseTerms(Terms, Proposals),
    /// Draw the proposal at this index, over the line of its own date.
    ShowProposal(usize),
    /// Show the stop at this index of the timeline.
    ShowStop(usize),
    Play(bool),
    ShowFile(FileView),
    CloseFile,
    /// The play timer's tick: the next date, or stop at the last.
    PlayStep,
    Alert(Alert),
    /// A download was asked for (`false`: clears the last failure) or failed (`true`).
    DownloadFailed(bool),
    SetTheme(Theme),
    /// The map's width on screen changed (CSS px).
    MapWidth(f64),
    /// Open or fold the full legends (a phone's "Figures and sources").
    ToggleDetails,
    Ready,
}

impl WidgetState {
    pub fn new(sources: &Sources, options: &Options) -> WidgetState {
        let geography = sources.geography.clone();
        let frame = sources.frame.clone();
        let stops = Stops::new(&sources.timeline, &frame.projection);
        let mut state = WidgetState {
            lang: options.lang,
            theme: options.theme,
            view: View::whole(frame.width, frame.height),
            stop: stops.default,
            stops: Shared::new(stops),
            page_date: None,
            reader_chose_date: false,
            told_unknown_date: false,
            page_proposal: None,
            expects_terms: false,
            told_unknown_proposal: false,
            playing: false,
            play_until: 0,
            sandboxed: options.amp,
            file: None,
            terms: sources.terms.clone(),
            proposals: sources.proposals.clone(),
            editors_words: EditorsWords::of(options),
            proposal: sources.proposals.find(DEFAULT_PROPOSAL).unwrap_or(0),
            tab_stop: crate::data::regions_table::KYIV_CITY,
            geography,
            frame,
            map_px: None,
            details_open: false,
            selected: None,
            hover: None,
            focus: None,
            alerts: Vec::new(),
            ready: false,
            announcement: String::new(),
            focus_popup: false,
            download_failed: false,
        };
        state.page_date = options.date.clone();
        state.show_page_proposal(options);
        state.show_page_date();
        if let Some(iso) = &options.region {
            state.select(iso, false);
        }
        state
    }

    /// The stop shown.
    pub fn current(&self) -> &Stop {
        &self.stops.list[self.stop]
    }

    /// The stop before the one shown, which its change is measured from.
    pub fn previous(&self) -> Option<&Stop> {
        self.stop.checked_sub(1).map(|i| &*self.stops.list[i])
    }

    pub fn shares(&self) -> &Shares {
        &self.current().shares
    }

    /// Before the default date (the article's), the headline speaks in the past tense.
    pub fn is_past(&self) -> bool {
        self.stop < self.stops.default && !self.current().is_external()
    }

    /// Opens a region's popup, if `iso` is one of the regions.
    fn select(&mut self, iso: &str, by_reader: bool) {
        if let Some(region) = self.geography.region(iso) {
            let status = region_status(self.lang, iso, self.shares());
            self.announcement = i18n::selected(self.lang, region.name(self.lang), &status);
            self.tab_stop = region.iso();
            self.selected = Some(region.iso());
            self.hover = None;
            self.focus_popup = by_reader;
        }
    }

    fn show_stop(&mut self, index: usize) {
        if index < self.stops.list.len() {
            self.stop = index;
            let headline = i18n::headline(self.lang, self.shares().occupied_pct(), self.is_past());
            self.announcement = format!("{}. {headline}", i18n::as_of(self.lang, &self.current().as_of));
        }
    }

    /// The proposal the page's `proposal=` asks for, over its own line unless `date=` says
    /// otherwise (then `show_page_date` moves it); an unknown id is told and the default kept.
    fn show_page_proposal(&mut self, options: &Options) {
        self.page_proposal = options.proposal.clone();
        self.expects_terms = options.terms.is_some();
        self.show_asked_proposal();
    }

    /// Draws the plan `proposal=` asks for, unless the reader has chosen, or it is drawn
    /// already. One the widget does not have is told, once: when no editor's terms file
    /// can still bring it.
    fn show_asked_proposal(&mut self) {
        let Some(asked) = self.page_proposal.clone() else { return };
        if self.reader_chose_date || self.proposals.list.get(self.proposal).is_some_and(|p| p.id == asked) {
            return;
        }
        match self.proposals.find(&asked) {
            Some(i) => {
                self.alerts.retain(|a| !matches!(a, Alert::UnknownProposal { .. }));
                self.show_proposal(i);
            }
            None if (self.ready || !self.expects_terms) && !self.told_unknown_proposal => {
                let available = self.proposals.list.iter().map(|p| p.id.clone()).collect();
                let shown = self.proposals.list.get(self.proposal).map(|p| p.name.clone()).unwrap_or_default();
                self.push_alert(Alert::UnknownProposal { asked, available, shown });
                self.told_unknown_proposal = true;
            }
            None => {}
        }
    }

    /// An editor's terms, and their plans (schema 2), which join ours: the plan shown
    /// stays shown (by id), and `proposal=` may now name one of theirs.
    fn use_terms(&mut self, terms: Terms, proposals: Proposals) {
        self.terms = Shared::new(terms);
        if proposals.list.is_empty() {
            return;
        }
        let shown = self.proposals.list.get(self.proposal).map(|p| p.id.clone());
        self.proposals = Shared::new(self.proposals.joined(&proposals));
        self.proposal = shown.and_then(|id| self.proposals.find(&id)).unwrap_or(self.proposal);
        self.show_asked_proposal();
        self.show_page_date();
    }

    /// Draws a proposal, and shows the line of its date: the latest of our dates on or
    /// before it (the default date for a proposal dated only by its year).
    fn show_proposal(&mut self, index: usize) {
        let Some(proposal) = self.proposals.list.get(index) else { return };
        self.proposal = index;
        let ours: Vec<&str> = self.stops.list.iter().filter(|s| !s.is_external()).map(|s| s.as_of.as_str()).collect();
        let default = self.stops.list[self.stops.default].as_of.clone();
        let line = proposal.line_date(&ours, &default).to_string();
        if let Some(i) = self.stops.find(&line) {
            self.stop = i;
        }
        self.announcement = i18n::proposal_shown(self.lang, proposal.name.get(self.lang), &self.current().as_of);
    }

    /// Shows the date the page's `date=` asks for, unless the reader has picked one. A date
    /// the timeline does not have (yet: an editor's file may bring it) is told to the
    /// reader once everything is loaded.
    fn show_page_date(&mut self) {
        if self.reader_chose_date {
            return;
        }
        let found = match &self.page_date {
            None => return,
            Some(DateChoice::Latest) => Some(self.stops.list.len() - 1),
            Some(DateChoice::At(d)) => self.stops.find(&d.to_string()),
        };
        match (found, &self.page_date) {
            (Some(i), _) => self.stop = i,
            (None, Some(DateChoice::At(asked))) if self.ready && !self.told_unknown_date => {
                let available = self.stops.dates().into_iter().map(str::to_string).collect();
                let shown = self.stops.list[self.stop].as_of.clone();
                self.push_alert(Alert::UnknownDate { asked: asked.to_string(), available, shown });
                self.told_unknown_date = true;
            }
            _ => {}
        }
    }

    /// An editor's file joins the timeline in its place by date. The date shown stays the
    /// one the reader picked, or the page's `date=`; without either, the editor's date is
    /// shown. A change the reader did not make is announced.
    fn insert_stop(&mut self, stop: Stop, next_change: Option<Change>) {
        let shown_before = self.current().as_of.clone();
        let (stops, at) = self.stops.placed(stop, next_change);
        self.stops = Shared::new(stops);
        self.stop = self.stops.find(&shown_before).unwrap_or(at);
        if !self.reader_chose_date {
            if self.page_date.is_some() {
                self.show_page_date();
            } else {
                self.stop = at;
            }
        }
        if self.current().as_of != shown_before || self.stop == at {
            let as_of = i18n::as_of(self.lang, &self.current().as_of);
            self.announcement = format!("{}: {as_of}.", t(self.lang, Msg::EditorDateShown));
        }
    }

    fn push_alert(&mut self, alert: Alert) {
        if !self.alerts.contains(&alert) {
            self.alerts.push(alert);
        }
    }
}

impl Reducible for WidgetState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::ApplyOptions(o) => {
                s.lang = o.lang;
                s.theme = o.theme;
                s.sandboxed = o.amp;
                s.page_date = o.date.clone();
                s.editors_words = EditorsWords::of(&o);
                s.show_page_proposal(&o);
                s.show_page_date();
                if let Some(iso) = &o.region {
                    s.select(iso, false);
                }
            }
            Action::Select(iso) => s.select(iso, true),
            Action::Close => {
                s.selected = None;
                s.announcement.clear();
            }
            Action::Hover(h) => {
                if s.hover == h {
                    return self;
                }
                s.hover = h;
            }
            Action::Focus(f) => {
                if let Some(iso) = f {
                    s.tab_stop = iso;
                }
                s.focus = f;
            }
            Action::SetView(v) => s.view = v,
            Action::ZoomAt { factor, at, pan } => s.view = s.view.zoom_at_screen(factor, at).pan_screen(pan),
            Action::InsertStop { stop, next_change } => s.insert_stop(stop, next_change),
            Action::UseTerms(t, p) => s.use_terms(t, p),
            Action::ShowProposal(i) => {
                s.playing = false;
                s.reader_chose_date = true;
                s.show_proposal(i);
            }
            Action::ShowStop(i) => {
                s.playing = false;
                s.reader_chose_date = true;
                s.show_stop(i);
            }
            Action::Play(on) => {
                s.playing = on;
                s.reader_chose_date = true;
                if on {
                    // Always from the first date, back to the one the reader was on.
                    s.play_until = if s.stop == 0 { s.stops.list.len() - 1 } else { s.stop };
                    s.show_stop(0);
                }
            }
            Action::PlayStep => {
                if s.playing && s.stop < s.play_until {
                    s.show_stop(s.stop + 1);
                }
                s.playing = s.playing && s.stop < s.play_until;
            }
            Action::ShowFile(f) => s.file = Some(f),
            Action::CloseFile => s.file = None,
            Action::Alert(a) => s.push_alert(a),
            Action::DownloadFailed(failed) => s.download_failed = failed,
            Action::SetTheme(t) => s.theme = t,
            Action::MapWidth(px) => s.map_px = Some(px),
            Action::ToggleDetails => s.details_open = !s.details_open,
            Action::Ready => {
                s.ready = true;
                s.show_asked_proposal();
                s.show_page_date();
            }
        }
        Rc::new(s)
    }
}
