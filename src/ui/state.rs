//! The widget's state and every change to it, in one reducer: what is selected,
//! hovered, focused, zoomed, which data is shown and which alerts are up.

use super::frame::MapFrame;
use super::shared::Shared;
use super::view::View;
use crate::data::shares::{measure, Shares};
use crate::data::{DataError, Dataset, Occupation, Terms};
use crate::embed::{Options, Theme};
use crate::geo::Point;
use crate::i18n::{Lang, Msg};
use std::rc::Rc;
use yew::Reducible;

/// The region under the pointer and where the pointer is, as fractions of the stage.
#[derive(Clone, Debug, PartialEq)]
pub struct Hover {
    pub iso: String,
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
    pub data: Shared<Dataset>,
    pub frame: Shared<MapFrame>,
    pub shares: Shared<Shares>,
    /// Region whose popup is open.
    pub selected: Option<String>,
    pub hover: Option<Hover>,
    /// Region that has keyboard focus right now (draws the focus ring).
    pub focus: Option<String>,
    /// The one region reachable with Tab (roving tabindex); arrows move it.
    pub tab_stop: String,
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
    Select(String),
    Close,
    Hover(Option<Hover>),
    Focus(Option<String>),
    SetView(View),
    UseOccupation(Occupation),
    UseTerms(Terms),
    Alert(Alert),
    SetTheme(Theme),
    Ready,
}

impl WidgetState {
    pub fn new(data: Shared<Dataset>, options: &Options) -> WidgetState {
        let frame = Shared::new(MapFrame::new(&data));
        let shares = Shared::new(measure(&data.regions, &data.occupation));
        let tab_stop = data
            .regions
            .iter()
            .find(|r| r.iso == "UA-30")
            .or(data.regions.first())
            .map(|r| r.iso.clone())
            .unwrap_or_default();
        let mut state = WidgetState {
            lang: options.lang,
            theme: options.theme,
            view: View::whole(frame.width, frame.height),
            data,
            frame,
            shares,
            selected: None,
            hover: None,
            focus: None,
            tab_stop,
            alerts: Vec::new(),
            ready: false,
            announcement: String::new(),
            focus_popup: false,
        };
        if let Some(iso) = options.region.as_ref().filter(|iso| state.data.region(iso).is_some()) {
            state.select(iso.clone(), false);
        }
        state
    }

    fn select(&mut self, iso: String, by_reader: bool) {
        if let Some(region) = self.data.region(&iso) {
            let status = super::status::region_status(self.lang, &iso, &self.shares);
            self.announcement = crate::i18n::selected(self.lang, region.name(self.lang), &status);
            self.tab_stop = iso.clone();
            self.selected = Some(iso);
            self.hover = None;
            self.focus_popup = by_reader;
        }
    }

    fn with_occupation(&mut self, occupation: Occupation) {
        self.frame = Shared::new(self.frame.with_occupation(&occupation));
        self.shares = Shared::new(measure(&self.data.regions, &occupation));
        self.data = Shared::new(Dataset { occupation, ..(*self.data).clone() });
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
                if let Some(iso) = o.region.filter(|iso| s.data.region(iso).is_some()) {
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
                if let Some(iso) = &f {
                    s.tab_stop = iso.clone();
                }
                s.focus = f;
            }
            Action::SetView(v) => s.view = v,
            Action::UseOccupation(o) => s.with_occupation(o),
            Action::UseTerms(t) => s.data = Shared::new(Dataset { terms: t, ..(*s.data).clone() }),
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
