//! The widget's state and every change to it, in one reducer: what is selected,
//! hovered, focused and zoomed, which occupation and terms are shown, which alerts are
//! up. Geography, occupation and terms are separate shared values: an editor's file
//! replaces one of them without copying (or re-rendering) the others.

use super::shared::Shared;
use crate::data::shares::{measure, Shares};
use crate::data::{DataError, Dataset, Geography, Occupation, Terms, Timeline};
use crate::embed::{Options, Theme};
use crate::geo::Point;
use crate::i18n::{self, Lang, Msg};
use crate::scene::status::region_status;
use crate::scene::{LayerPaths, MapFrame, View};
use std::rc::Rc;
use yew::Reducible;

/// The data the widget started with, as shared values (see the module comment).
#[derive(Clone, Debug, PartialEq)]
pub struct Sources {
    pub geography: Shared<Geography>,
    pub timeline: Shared<Timeline>,
    pub terms: Shared<Terms>,
}

impl Sources {
    pub fn new(data: Dataset) -> Sources {
        let Dataset { geography, timeline, terms } = data;
        Sources { geography: Shared::new(geography), timeline: Shared::new(timeline), terms: Shared::new(terms) }
    }
}

/// The region under the pointer and where the pointer is, as fractions of the stage.
#[derive(Clone, Debug, PartialEq)]
pub struct Hover {
    pub iso: &'static str,
    pub at: Point,
}

/// A problem to show the reader (`role="alert"`).
#[derive(Clone, Debug, PartialEq)]
pub struct Alert {
    pub title: Msg,
    pub error: DataError,
    pub url: Option<String>,
}

impl Alert {
    /// A file the editor pointed the widget at could not be used.
    pub fn for_file(title: Msg, error: DataError, url: &str) -> Alert {
        Alert { title, error, url: Some(url.to_string()) }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct WidgetState {
    pub lang: Lang,
    pub theme: Theme,
    pub geography: Shared<Geography>,
    pub frame: Shared<MapFrame>,
    /// The occupation shown, its layers as paths, and what it measures.
    pub occupation: Shared<Occupation>,
    pub layers: Shared<LayerPaths>,
    pub shares: Shared<Shares>,
    pub terms: Shared<Terms>,
    /// Region whose popup is open.
    pub selected: Option<&'static str>,
    pub hover: Option<Hover>,
    /// Region that has keyboard focus right now (draws the focus ring).
    pub focus: Option<&'static str>,
    /// The one region reachable with Tab (roving tabindex); arrows move it.
    pub tab_stop: &'static str,
    pub view: View,
    pub alerts: Vec<Alert>,
    /// Interactive: set once the app has mounted (or hydrated) in the browser.
    pub ready: bool,
    /// Text for the `aria-live` region.
    pub announcement: String,
    /// Move focus into the popup when it renders: yes when the reader opened it, no
    /// when `region=` opened it on load (stealing focus would scroll the host page).
    pub focus_popup: bool,
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
    ZoomAt { factor: f64, at: Point, pan: Point },
    UseOccupation(Occupation),
    UseTerms(Terms),
    Alert(Alert),
    SetTheme(Theme),
    Ready,
}

impl WidgetState {
    pub fn new(sources: &Sources, options: &Options) -> WidgetState {
        let geography = sources.geography.clone();
        let frame = Shared::new(MapFrame::new(&geography));
        let occupation = sources.timeline.default_stop().clone();
        let mut state = WidgetState {
            lang: options.lang,
            theme: options.theme,
            view: View::whole(frame.width, frame.height),
            layers: Shared::new(LayerPaths::new(&occupation, &frame.projection)),
            shares: Shared::new(measure(&geography.regions, &occupation)),
            occupation: Shared::new(occupation),
            terms: sources.terms.clone(),
            tab_stop: crate::data::regions_table::KYIV_CITY,
            geography,
            frame,
            selected: None,
            hover: None,
            focus: None,
            alerts: Vec::new(),
            ready: false,
            announcement: String::new(),
            focus_popup: false,
        };
        if let Some(iso) = &options.region {
            state.select(iso, false);
        }
        state
    }

    /// Opens a region's popup, if `iso` is one of the regions.
    fn select(&mut self, iso: &str, by_reader: bool) {
        if let Some(region) = self.geography.region(iso) {
            let status = region_status(self.lang, iso, &self.shares);
            self.announcement = i18n::selected(self.lang, region.name(self.lang), &status);
            self.tab_stop = region.iso();
            self.selected = Some(region.iso());
            self.hover = None;
            self.focus_popup = by_reader;
        }
    }

    fn show_occupation(&mut self, occupation: Occupation) {
        self.layers = Shared::new(LayerPaths::new(&occupation, &self.frame.projection));
        self.shares = Shared::new(measure(&self.geography.regions, &occupation));
        self.occupation = Shared::new(occupation);
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
            Action::UseOccupation(o) => s.show_occupation(o),
            Action::UseTerms(t) => s.terms = Shared::new(t),
            Action::Alert(a) => {
                if !s.alerts.contains(&a) {
                    s.alerts.push(a);
                }
            }
            Action::SetTheme(t) => s.theme = t,
            Action::Ready => s.ready = true,
        }
        Rc::new(s)
    }
}
