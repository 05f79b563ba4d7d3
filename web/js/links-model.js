// The link editor's state without any DOM: the suggestions for one text, what the editor decided
// for each, and the text as Markdown with the accepted links. Offsets from the API are UTF-8
// bytes; they are turned into string indices once, here.
import {byteToIndex} from './utf8.js';

export const REJECT_REASONS = [
  'falsche Bedeutung',
  'falscher Eintrag',
  'zu allgemein',
  'Wortgrenze falsch',
  'Sonstiges',
];

export class LinkSession {
  // suggestions: the API's links for `text`, in text order.
  constructor(text, suggestions, previous = null) {
    const toIndex = byteToIndex(text);
    this.text = text;
    this.suggestions = suggestions.map((s) => ({...s, from: toIndex(s.start), to: toIndex(s.end)}));
    // A new threshold keeps what was already decided for the same place and target.
    this.decisions = new Map();
    if (previous && previous.text === text) {
      for (const s of this.suggestions) {
        const decision = previous.decisions.get(LinkSession.key(s));
        if (decision) this.decisions.set(LinkSession.key(s), decision);
      }
    }
  }

  static key(suggestion) {
    return `${suggestion.start}:${suggestion.end}:${suggestion.target}`;
  }

  decision(index) {
    return this.decisions.get(LinkSession.key(this.suggestions[index])) || null;
  }

  decide(index, state, reason = '') {
    this.decisions.set(LinkSession.key(this.suggestions[index]), {state, reason});
  }

  // The next suggestion after `index` that has no decision yet (skipped ones count as open),
  // wrapping around; -1 when every one is accepted or rejected.
  nextOpen(index) {
    const count = this.suggestions.length;
    for (let step = 1; step <= count; step += 1) {
      const candidate = (index + step) % count;
      const decision = this.decision(candidate);
      if (!decision || decision.state === 'skipped') return candidate;
    }
    return -1;
  }

  counts() {
    const counts = {accepted: 0, rejected: 0, open: 0};
    this.suggestions.forEach((_, i) => {
      const decision = this.decision(i);
      if (decision && decision.state !== 'skipped') counts[decision.state] += 1;
      else counts.open += 1;
    });
    return counts;
  }

  // The text with every accepted suggestion as [text](target), nothing else changed.
  markdown() {
    let out = this.text;
    const accepted = this.suggestions
      .filter((_, i) => (this.decision(i) || {}).state === 'accepted')
      .sort((a, b) => b.from - a.from);
    for (const s of accepted) {
      out = `${out.slice(0, s.from)}[${out.slice(s.from, s.to)}](${s.target})${out.slice(s.to)}`;
    }
    return out;
  }
}
