// The conversation as the widget showed it, kept in sessionStorage so a reload restores
// it (same session id, same messages). sessionStorage ends with the tab, which suits
// health data on a shared computer better than storage that outlives it.

import { isObject } from "./dom.js";

const MAX_EVENTS = 300;

export function createHistory(server) {
  const key = "kneebot-widget:" + server;
  const state = { session: null, events: [], open: null, disclosure: null, greeted: false };
  try {
    const saved = JSON.parse(window.sessionStorage.getItem(key) || "null");
    if (saved && Array.isArray(saved.events)) {
      state.session = typeof saved.session === "string" ? saved.session : null;
      state.events = saved.events.filter(isObject);
      state.open = typeof saved.open === "boolean" ? saved.open : null;
      state.disclosure = typeof saved.disclosure === "string" ? saved.disclosure : null;
      state.greeted = saved.greeted === true;
    }
  } catch (error) {
    // Storage may be disabled or hold something unreadable: start afresh.
  }

  function save() {
    try {
      state.events = state.events.slice(-MAX_EVENTS);
      window.sessionStorage.setItem(key, JSON.stringify(state));
    } catch (error) {
      // Private modes can refuse storage; the conversation goes on without it.
    }
  }

  return {
    get session() { return state.session; },
    set session(value) { state.session = value; save(); },
    get open() { return state.open; },
    set open(value) { state.open = value; save(); },
    get disclosure() { return state.disclosure; },
    set disclosure(value) { state.disclosure = value; save(); },
    get greeted() { return state.greeted; },
    set greeted(value) { state.greeted = value; save(); },
    get events() { return state.events; },
    push(event) { state.events.push(event); save(); return event; },
    save,
    clear() { state.events = []; save(); },
  };
}
